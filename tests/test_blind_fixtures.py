"""Blind fixtures: Tribun pages and expected JSON written by someone who never saw the code.

A helper session given only ``shared/tribun/STRUCTURE.md`` and the real article texts built
these 24 pages (``tests/fixtures/blind/``, see its README) with the expectation of every field,
plus ``sources_cited`` (the outlets a reader sees cited) and ``notes``. Every disagreement with
the parser was examined: the code was fixed, or the expectation corrected with the reason in
its ``notes`` ("REVIEW (newsparse …)").
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from newsparse import parse_article
from newsparse.attribution.sources import lookup_outlet
from test_fixtures import FIELDS, _actual

BLIND = Path(__file__).parent / "fixtures" / "blind"
PAGES = sorted(BLIND.glob("[0-9]*.html"))


def _expected(page: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    return data


def test_there_are_blind_pages() -> None:
    assert len(PAGES) >= 20


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_blind_fixture_matches_expected_json(page: Path) -> None:
    expected = _expected(page)
    actual = _actual(parse_article(page.read_bytes(), url=expected["url"]))
    mismatches = {
        field: (expected[field], actual[field]) for field in [*FIELDS, "syndication"] if expected[field] != actual[field]
    }
    assert not mismatches, json.dumps(mismatches, ensure_ascii=False, indent=1)


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_blind_fixture_cited_sources(page: Path) -> None:
    expected = _expected(page)
    article = parse_article(page.read_bytes(), url=expected["url"])
    cited = sorted({source.name for source in article.sources if source.kind != "syndication"})
    assert cited == sorted({_canonical(name) for name in expected["sources_cited"]})


def _canonical(name: str) -> str:
    """The gazetteer's one name for an outlet ("Associated Press" and "AP News" are "AP")."""
    found = lookup_outlet(name)
    return found[0] if found else name
