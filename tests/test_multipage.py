"""parse_pages merges a paginated article; a ?page=all page parses as the whole article."""

from __future__ import annotations

import json
from pathlib import Path

from newsparse import parse_article, parse_pages

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = [FIXTURES / f"{n}-desktop2024-multipage-{n - 26}-of-3.html" for n in (27, 28, 29)]
ALL = FIXTURES / "30-desktop2024-multipage-all.html"
URL = "https://www.tribunnews.com/nasional/2024/11/20/pemerintah-siapkan-beasiswa-untuk-guru-honorer"


def test_page_one_points_to_the_next_page_and_the_single_page() -> None:
    article = parse_article(PAGES[0].read_bytes(), url=URL)
    assert article.next_page_url == f"{URL}?page=2"
    assert article.single_page_url == f"{URL}?page=all"
    assert article.pages == 1


def test_merged_pages_equal_the_single_page_version() -> None:
    merged = parse_pages([p.read_bytes() for p in PAGES], url=URL)
    whole = parse_article(ALL.read_bytes(), url=f"{URL}?page=all")
    assert merged.pages == 3
    assert merged.paragraphs == whole.paragraphs
    assert merged.text == whole.text
    assert merged.title == whole.title == "Pemerintah Siapkan Beasiswa untuk 20.000 Guru Honorer"
    assert merged.authors == ["Gita Irawan", "Fersianus Waku"]
    assert merged.dateline is not None and merged.dateline.place == "JAKARTA"
    assert merged.related == whole.related
    assert merged.next_page_url is None
    assert merged.single_page_url == f"{URL}?page=all"


def test_merge_does_not_repeat_title_lead_or_byline() -> None:
    merged = parse_pages([p.read_bytes() for p in PAGES], url=URL)
    expected = []
    for page in PAGES:
        expected.extend(json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))["paragraphs"])
    assert merged.paragraphs == expected
    assert merged.text.count("Pemerintah menyiapkan beasiswa") == 1
    assert "Laporan Wartawan" not in merged.text and "Tribunnews.com/" not in merged.text
