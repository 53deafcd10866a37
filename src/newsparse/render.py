"""Articles as plain text, Markdown and flat CSV rows (what ``newsparse parse --format`` prints).

Subheadings stay subheadings: plain text underlines them with dashes, Markdown makes them
``##`` headings; paragraphs are separated by blank lines in both. CSV has one column per
:class:`~newsparse.Article` field (:data:`CSV_COLUMNS`); list and object fields (``authors``,
``tags``, ``image``, ``quotes``, …) are written as JSON text, so nothing is lost and
``json.loads`` reads them back.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping
from typing import Any

from .models import Article

__all__ = ["CSV_COLUMNS", "csv_header", "csv_record", "flat_value", "to_markdown", "to_text"]

#: The columns of CSV output: every Article field in schema order, except ``paragraphs``
#: (``text`` holds them, joined by blank lines).
CSV_COLUMNS: tuple[str, ...] = tuple(name for name in Article.model_fields if name != "paragraphs")

# Characters with a meaning anywhere in a Markdown line, and markers that matter at its start.
_MARKDOWN_INLINE = re.compile(r"([\\`*_\[\]<>|])")
_MARKDOWN_LINE_START = re.compile(r"^(\s*)([#>+-]|\d+[.)])(?=\s|$)")


def to_text(article: Article) -> str:
    """The title, then the body; a subheading is underlined with dashes."""
    parts = [article.title]
    for block in article.blocks:
        if block.kind == "subheading":
            parts.append(f"{block.text}\n{'-' * len(block.text)}")
        else:
            parts.append(block.text)
    return "\n\n".join(parts) + "\n"


def to_markdown(article: Article) -> str:
    """The article as Markdown: ``#`` title, an italic byline, ``##`` subheadings, paragraphs."""
    parts = [f"# {_escape(article.title)}"]
    byline = [", ".join(article.authors)] if article.authors else []
    if article.published is not None:
        byline.append(article.published.isoformat())
    if byline:
        parts.append("*" + _escape(" · ".join(byline)) + "*")
    for block in article.blocks:
        text = _escape(block.text)
        parts.append(f"## {text}" if block.kind == "subheading" else text)
    return "\n\n".join(parts) + "\n"


def csv_header() -> str:
    """The header line of CSV output (``CSV_COLUMNS``), newline included."""
    return _csv_line(list(CSV_COLUMNS))


def csv_record(article: Article | Mapping[str, Any]) -> str:
    """One CSV record (newline included) for ``article`` or its ``model_dump(mode="json")`` dict.

    ``None`` is an empty cell; lists and objects are JSON text; dates are ISO 8601 with their
    offset. A cell may span lines (``text``): CSV readers (``csv``, pandas) handle the quoting.
    """
    data = article.model_dump(mode="json") if isinstance(article, Article) else article
    return _csv_line([_cell(data.get(column)) for column in CSV_COLUMNS])


def flat_value(value: Any) -> Any:
    """A value as one flat cell: lists and dicts as JSON text, anything else unchanged."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def _cell(value: Any) -> str:
    value = flat_value(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _csv_line(cells: list[str]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    return buffer.getvalue()


def _escape(text: str) -> str:
    text = _MARKDOWN_INLINE.sub(r"\\\1", text)
    return _MARKDOWN_LINE_START.sub(_escape_marker, text)


def _escape_marker(match: re.Match[str]) -> str:
    marker = match.group(2)  # "1." becomes "1\.", "#" becomes "\#": no list, no heading
    return match.group(1) + (marker[:-1] + "\\" + marker[-1] if marker[0].isdigit() else "\\" + marker)
