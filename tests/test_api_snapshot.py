"""The public API, frozen: ``newsparse.__all__``, the signatures and class hierarchy of every public
name, and the JSON Schema of Article are compared with committed snapshots in tests/snapshots/.

A change to any of them must be deliberate. Regenerate the snapshots with

    NEWSPARSE_UPDATE_SNAPSHOTS=1 python -m pytest tests/test_api_snapshot.py

review ``git diff tests/snapshots``, and add a CHANGELOG.md entry saying what changed for users.
"""

from __future__ import annotations

import difflib
import importlib
import inspect
import json
import os
import re
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

import newsparse

SNAPSHOTS = Path(__file__).parent / "snapshots"
API = SNAPSHOTS / "api.json"
SCHEMA = SNAPSHOTS / "article.schema.json"
UPDATE = "NEWSPARSE_UPDATE_SNAPSHOTS"
COMMAND = f"{UPDATE}=1 python -m pytest tests/test_api_snapshot.py"
#: The package and the optional modules documented as public (docs/stability.rst); they import
#: without their extras (dask, warcio are imported only when used).
PUBLIC_MODULES = ("newsparse", "newsparse.warc", "newsparse.render", "newsparse.dask")
#: Names whose value, not shape, changes from release to release.
VALUES_NOT_FROZEN = {"__version__"}


def _signature(thing: Any) -> str:
    """``inspect.signature`` as text, without memory addresses in default values."""
    try:
        text = str(inspect.signature(thing))
    except (TypeError, ValueError):
        return "(no signature)"
    return re.sub(r" at 0x[0-9a-fA-F]+", "", text)


def _members(cls: type) -> dict[str, str]:
    """The public methods and properties a newsparse class defines (not those of pydantic,
    attrs or builtins): methods with their signature, properties as ``property``."""
    found: dict[str, str] = {}
    for klass in reversed(cls.__mro__):
        if not klass.__module__.startswith("newsparse"):
            continue
        for name, value in vars(klass).items():
            if name.startswith("_"):
                continue
            if isinstance(value, (property, staticmethod, classmethod)) or inspect.isfunction(value):
                kind = "property" if isinstance(value, property) else _signature(getattr(cls, name))
                found[name] = kind
    return dict(sorted(found.items()))


def _fields(model: type[BaseModel]) -> dict[str, Any]:
    """Each field's JSON Schema (types, default, bounds) without its prose, and whether it is required."""
    schema = model.model_json_schema()
    required = set(schema.get("required", ()))
    fields: dict[str, Any] = {}
    for name, spec in schema["properties"].items():
        shape = {key: value for key, value in spec.items() if key not in ("description", "title")}
        fields[name] = {"required": name in required, **shape}
    return fields


def _constructor(cls: type) -> dict[str, Any]:
    """How the class is built. A model's or a named tuple's constructor is its fields, recorded
    from its JSON Schema or ``_fields``, which read the same on every Python version (the reprs of
    typing's objects in their generated signatures do not)."""
    if issubclass(cls, BaseModel):
        return {"fields": _fields(cls)}
    if issubclass(cls, tuple) and hasattr(cls, "_fields"):
        return {"fields": list(cls._fields)}
    return {"signature": _signature(cls)}


def _describe(name: str, value: Any) -> Any:
    """What the snapshot records about one public name."""
    if name in VALUES_NOT_FROZEN:
        return type(value).__name__
    if inspect.isclass(value):
        return {
            "bases": [f"{k.__module__}.{k.__qualname__}" for k in value.__mro__[1:] if k is not object],
            **_constructor(value),
            "members": _members(value),
        }
    if inspect.isroutine(value):
        return {"signature": _signature(value)}
    return "value"  # a constant or a type alias: its name is the API


def current_api() -> dict[str, Any]:
    """Each public module's ``__all__`` and what the snapshot records about each name in it."""
    api: dict[str, Any] = {}
    for module in PUBLIC_MODULES:
        imported = importlib.import_module(module)
        names = sorted(imported.__all__)
        api[module] = {"__all__": names, "names": {name: _describe(name, getattr(imported, name)) for name in names}}
    return api


def current_schema() -> dict[str, Any]:
    return newsparse.Article.model_json_schema()


def _as_text(data: Any) -> str:
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _compare(path: Path, data: dict[str, Any], what: str) -> None:
    text = _as_text(data)
    if os.environ.get(UPDATE):
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        pytest.skip(f"{path.name} rewritten ({UPDATE} is set): review `git diff {path.parent.name}`")
    assert path.exists(), f"no snapshot {path}; create it with: {COMMAND}"
    committed = path.read_text(encoding="utf-8")
    if committed == text:
        return
    diff = "".join(
        difflib.unified_diff(
            committed.splitlines(keepends=True), text.splitlines(keepends=True), "committed", "now", n=2
        )
    )
    pytest.fail(
        f"{what} changed (tests/snapshots/{path.name}). Changing the public API must be deliberate: "
        f"if it is, regenerate the snapshot with `{COMMAND}`, review the diff and add a CHANGELOG.md "
        f"entry saying what changed for users.\n{diff}",
        pytrace=False,
    )


def test_the_public_names_and_signatures_match_the_snapshot() -> None:
    _compare(API, current_api(), "The public API (newsparse.__all__, signatures, class hierarchy)")


def test_the_article_json_schema_matches_the_snapshot() -> None:
    _compare(SCHEMA, current_schema(), "The JSON Schema of Article")


def test_the_snapshot_covers_every_public_function() -> None:
    """Guards the snapshot itself: the entry points are in it, with their parameters."""
    names = current_api()["newsparse"]["names"]
    for function in ("parse_article", "parse_pages", "parse_many", "extract_quotes", "extract_sources", "audit"):
        assert "(" in names[function]["signature"] and "html" in _signature(newsparse.parse_article)
    assert "NewsparseError" in "".join(names["NotAnArticleError"]["bases"])
    assert names["Article"]["members"].get("blocks") == "property"
