"""Fixtures tied to structure (as fundus does): every layout has a page, every field is asserted.

Built-in parsers only: a plugin (such as the example one the plugin tests install) keeps its
own fixtures.

A layout added to a parser without a fixture page, or an Article field added without the
fixtures' expected JSON saying what it must be, fails here rather than going untested.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsparse import Article
from newsparse.document import Document
from newsparse.registry import parsers, resolve
from test_fixtures import FIELDS

HERE = Path(__file__).parent
PAGES = sorted((HERE / "fixtures").glob("[0-9]*.html")) + sorted((HERE / "fixtures" / "blind").glob("[0-9]*.html"))
#: Fields scored elsewhere: quotes and cited sources by the attribution benchmark and tests
#: (syndication sources, the boilerplate part, are the "syndication" key of the fixtures).
SCORED_ELSEWHERE = {"quotes", "sources"}


def _expected(page: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    return data


def _layouts_hit() -> dict[str, set[str]]:
    hit: dict[str, set[str]] = {}
    for page in PAGES:
        doc = Document.from_html(page.read_bytes(), str(_expected(page)["url"]))
        parser = resolve(doc)
        hit.setdefault(parser.name, set()).add(parser.page(doc).layout)
    return hit


def test_every_layout_of_every_builtin_parser_has_a_fixture_page() -> None:
    hit = _layouts_hit()
    missing = [
        f"{parser.name}: {layout}"
        for parser in parsers()
        if parser.layouts and type(parser).__module__.startswith("newsparse.")
        for layout in [*(layout.name for layout in parser.layouts), "default"]
        if layout not in hit.get(parser.name, set())
    ]
    assert not missing, f"layouts without a fixture page: {missing}"


def test_the_fixture_comparison_covers_every_article_field() -> None:
    assert set(Article.model_fields) - SCORED_ELSEWHERE <= set(FIELDS)


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_every_fixture_asserts_every_field(page: Path) -> None:
    expected = _expected(page)
    missing = sorted((set(Article.model_fields) - SCORED_ELSEWHERE | {"syndication"}) - set(expected))
    assert not missing, f"{page.name}: the expected JSON says nothing about {missing}"
