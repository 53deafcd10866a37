"""Every fixture page parses to its expected JSON, field by field.

The expected JSON (``tests/fixtures/*.json``) was written from what each page says and reviewed
by reading the page. ``quotes`` and the sources found in the text are scored by the attribution
benchmark; here ``syndication`` compares the sources that come from boilerplate credits.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsparse import Article, parse_article

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted(FIXTURES.glob("[0-9]*.html"))
FIELDS = [
    "url", "canonical_url", "site", "language", "title", "description", "authors", "editors",
    "published", "modified", "section", "tags", "image", "images", "dateline", "paragraphs", "subheadings", "text",
    "related", "next_page_url", "single_page_url", "pages", "parser",
]


def _expected(page: Path) -> dict[str, Any]:
    return json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))


def _actual(article: Article) -> dict[str, Any]:
    data = json.loads(article.model_dump_json())
    data["syndication"] = [
        {k: v for k, v in source.items() if k in {"name", "cue", "title", "url"} and v is not None}
        for source in data["sources"]
        if source["kind"] == "syndication"
    ]
    return data


def test_there_are_enough_fixture_pages() -> None:
    assert len(PAGES) >= 25


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_fixture_matches_expected_json(page: Path) -> None:
    expected = _expected(page)
    article = parse_article(page.read_bytes(), url=expected["url"])
    actual = _actual(article)
    mismatches = {
        field: (expected[field], actual[field])
        for field in [*FIELDS, "syndication"]
        if expected[field] != actual[field]
    }
    assert not mismatches, json.dumps(mismatches, ensure_ascii=False, indent=1)
