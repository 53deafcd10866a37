"""Local Sphinx extension: content generated from the installed newsparse at build time.

``.. newsparse-schema:: newsparse.Article``
    The model's JSON Schema (``model_json_schema()``), pretty-printed as a JSON code block.

``.. newsparse-fields:: newsparse.Article``
    A table of the model's fields: name, type and the field's description.

``.. newsparse-other-api::``
    autodoc entries for every name in ``newsparse.__all__`` that the page does not document
    explicitly (under an "Other public names" heading), so a newly exported name is in the API
    reference from the day it is added, before anyone files it under a better heading.

Signatures of attrs classes (``Selectors``, ``Layout``, ``CleaningRules``) are rebuilt from
their fields: attrs generates ``__init__`` at run time, and with ``autodoc_preserve_defaults``
autodoc would print the generated source (``title=attr_dict['title'].default``).

The build also writes the Article JSON Schema to ``article.schema.json`` at the root of the
HTML output: the address its ``$id`` names.

All read the installed package, so the documentation cannot drift from the code.
"""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import Any

import attrs

from docutils import nodes
from docutils.parsers.rst import Directive
from docutils.statemachine import StringList
from pydantic import BaseModel
from sphinx.application import Sphinx
from sphinx.util.nodes import nested_parse_with_titles


def _model(dotted: str) -> type[BaseModel]:
    module_name, _, name = dotted.rpartition(".")
    model = getattr(importlib.import_module(module_name), name)
    if not (isinstance(model, type) and issubclass(model, BaseModel)):
        raise ValueError(f"{dotted} is not a pydantic model")
    return model


def _type_name(annotation: Any) -> str:
    text = repr(annotation) if not isinstance(annotation, type) else annotation.__name__
    text = re.sub(r"\b(?:typing|datetime|pydantic\.types|pydantic|newsparse\.models)\.", "", text)
    text = text.replace("NoneType", "None").replace("<class '", "").replace("'>", "")
    return re.sub(r"Annotated\[datetime, [^\]]*\]", "AwareDatetime", text)


class SchemaDirective(Directive):
    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        schema = _model(self.arguments[0]).model_json_schema()
        text = json.dumps(schema, indent=2, ensure_ascii=False)
        block = nodes.literal_block(text, text, language="json")
        return [block]


class FieldsDirective(Directive):
    required_arguments = 1

    def run(self) -> list[nodes.Node]:
        model = _model(self.arguments[0])
        table = nodes.table(classes=["newsparse-fields"])
        group = nodes.tgroup(cols=3)
        table += group
        for width in (20, 25, 55):
            group += nodes.colspec(colwidth=width)
        head = nodes.thead()
        group += head
        head += self._row("Field", "Type", "Meaning", literal=False)
        body = nodes.tbody()
        group += body
        for name, field in model.model_fields.items():
            body += self._row(name, _type_name(field.annotation), field.description or "", literal=True)
        return [table]

    @staticmethod
    def _row(name: str, kind: str, meaning: str, literal: bool) -> nodes.row:
        row = nodes.row()
        for index, value in enumerate((name, kind, meaning)):
            entry = nodes.entry()
            paragraph = nodes.paragraph()
            if literal and index < 2:
                paragraph += nodes.literal(value, value)
            else:  # `name` in a description is code
                for part, text in enumerate(value.split("`")):
                    if text:
                        paragraph += nodes.literal(text, text) if part % 2 else nodes.Text(text)
            entry += paragraph
            row += entry
        return row


_DOCUMENTED = re.compile(r"^\.\. (?:auto\w+|py:\w+):: newsparse\.(\w+)\s*$")


class OtherApiDirective(Directive):
    def run(self) -> list[nodes.Node]:
        import newsparse

        source_file = Path(self.state.document.current_source or "")
        lines = source_file.read_text(encoding="utf-8").splitlines() if source_file.is_file() else []
        documented = {m.group(1) for line in lines if (m := _DOCUMENTED.match(line.strip()))}
        missing = [name for name in newsparse.__all__ if name not in documented]
        if not missing:
            return []
        source = ["Other public names", "------------------", ""]
        for name in missing:
            obj = getattr(newsparse, name)
            if isinstance(obj, type) and issubclass(obj, BaseModel):
                source += [f".. autoclass:: newsparse.{name}", "", f".. newsparse-fields:: newsparse.{name}", ""]
            elif isinstance(obj, type):
                source += [f".. autoclass:: newsparse.{name}", "   :members:", ""]
            elif callable(obj):
                source += [f".. autofunction:: newsparse.{name}", ""]
            else:
                source += [f".. autodata:: newsparse.{name}", ""]
        container = nodes.section()
        container.document = self.state.document
        nested_parse_with_titles(self.state, StringList(source, "<newsparse-other-api>"), container)
        return container.children


def _attrs_class(what: str, name: str, obj: Any) -> type | None:
    """The attrs class whose signature autodoc is about to render, if it is one."""
    if what == "class" and isinstance(obj, type):
        return obj if attrs.has(obj) else None
    if what == "method" and name.endswith(".__init__"):
        module_name, _, dotted = name.rpartition(".__init__")[0].rpartition(".")
        try:
            owner = getattr(importlib.import_module(module_name), dotted)
        except (ImportError, AttributeError, ValueError):
            return None
        return owner if isinstance(owner, type) and attrs.has(owner) else None
    return None


def attrs_signature(
    app: Sphinx, what: str, name: str, obj: Any, options: Any, signature: str | None, return_annotation: str | None
) -> tuple[str, str | None] | None:
    """``(title=(), description=(), …)`` for an attrs class, from its fields and their defaults."""
    cls = _attrs_class(what, name, obj)
    if cls is None or signature is None:
        return None
    parts = []
    for field in attrs.fields(cls):
        if not field.init:
            continue
        part = field.alias or field.name.lstrip("_")
        if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
            part += f"=<{field.default.factory.__name__}>"  # type: ignore[union-attr]
        elif field.default is not attrs.NOTHING:
            default = field.default
            plain = attrs.has(type(default)) and default == type(default)()
            part += f"={type(default).__name__}()" if plain else f"={default!r}"
        parts.append(part)
    return f"({', '.join(parts)})", return_annotation


def attrs_init_docstring(app: Sphinx, what: str, name: str, obj: Any, options: Any, lines: list[str]) -> None:
    """Replace attrs' "Method generated by attrs for class X." with what the arguments are."""
    if what == "method" and name.endswith(".__init__") and lines and lines[0].startswith("Method generated by attrs"):
        lines[:] = ["Every field is a keyword argument, with the default shown; see the class description."]


def skip_attrs_new(app: Sphinx, what: str, name: str, obj: Any, skip: bool, options: Any) -> bool | None:
    """attrs' generated ``__new__`` says nothing to a reader."""
    return True if name == "__new__" else None


def write_schema_file(app: Sphinx, exception: Exception | None) -> None:
    """``article.schema.json`` next to ``index.html``: where ``Article``'s ``$id`` points."""
    if exception is not None or app.builder.format != "html":
        return
    from newsparse import Article

    target = Path(app.outdir) / "article.schema.json"
    target.write_text(json.dumps(Article.model_json_schema(), indent=2, ensure_ascii=False), encoding="utf-8")


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("autodoc-process-signature", attrs_signature)
    app.connect("autodoc-process-docstring", attrs_init_docstring)
    app.connect("autodoc-skip-member", skip_attrs_new)
    app.connect("build-finished", write_schema_file)
    app.add_directive("newsparse-schema", SchemaDirective)
    app.add_directive("newsparse-fields", FieldsDirective)
    app.add_directive("newsparse-other-api", OtherApiDirective)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
