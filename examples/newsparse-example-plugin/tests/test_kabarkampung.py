"""The plugin's own tests: run them with ``pytest examples/newsparse-example-plugin/tests``."""

from __future__ import annotations

from pathlib import Path

from newsparse import parse_article

FIXTURES = Path(__file__).parent / "fixtures"
URL = "https://kaltim.kabarkampung.example/berita/2025/03/03/jembatan-gantung-long-bagun-dibuka-lagi"


def test_current_layout() -> None:
    article = parse_article((FIXTURES / "kabarkampung-2025.html").read_bytes(), url=URL)
    assert article.parser == "kabarkampung"
    assert article.title.startswith("Jembatan Gantung Long Bagun Dibuka Lagi")
    assert article.authors == ["Dewi Anggraini"]
    assert article.editors == ["Yusuf Hamdani"]
    assert article.published is not None and article.published.isoformat() == "2025-03-03T09:40:00+08:00"
    assert article.section == "Peristiwa"
    assert article.tags == ["MahakamUlu", "Jembatan"]
    assert len(article.paragraphs) == 6
    assert not any("ADVERTISEMENT" in p or "Bagikan" in p or "WhatsApp" in p for p in article.paragraphs)
    assert article.related[0].title == "Debit Sungai Mahakam Naik, Warga Diminta Waspada"


def test_klasik_layout() -> None:
    article = parse_article((FIXTURES / "kabarkampung-2020-klasik.html").read_bytes())
    assert article.parser == "kabarkampung"
    assert article.authors == ["Rahmat Hidayat"]
    assert article.published is not None and article.published.isoformat() == "2020-08-14T15:05:00+08:00"
    assert len(article.paragraphs) == 3
