"""Core accuracy and speed of parse_article on the fixture pages and the real page.

    python benchmarks/core.py

Accuracy over tests/fixtures (expected JSON written by reading each page): title / authors /
published exact-match rates, body token F1 against the expected paragraphs, and boilerplate
strings left in ``Article.text`` (target 0). Speed, in one run on the same bytes: the median
time of ``parse_article`` per page next to lxml's bare ``document_fromstring`` (target: at most
1.5x). The real TribunSolo page is read from ../shared when present.
"""

from __future__ import annotations

import json
import re
import statistics
import sys
import time
from pathlib import Path

import lxml.html
from metrics import token_f1  # benchmarks/metrics.py (the script folder is on sys.path)

from newsparse import parse_article

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
REAL = ROOT.parent / "shared" / "tribun" / "real"
BOILERPLATE = (
    "Baca juga", "Baca:", "BACA JUGA", "Laporan Wartawan", "Laporan Reporter", "Laporan Idris", "(Tribunnews.com/",
    "(*)", "Artikel ini telah tayang", "Sumber:", "Penulis:", "Editor:", "Dapatkan Berita Pilihan", "Ikuti kami di",
    "Halaman selanjutnya", "googletag", "BERITA REKOMENDASI", "Berita Rekomendasi", "Simak berita terbaru", "•",
    "Langganan berita", "Klik >", "Follow akun", "Subscribe Youtube", "(@tribunnews)", ":quality(", "kompas.com)",
    "(tiah sm)", "(ee)", "Lihat juga", "Berita lain tentang", "Baca Selengkapnya",
)
# A dateline left at the start of a paragraph: a brand with a domain, then a dash (checked independently of
# the library's own pattern).
_DATELINE_LEFT = re.compile(r"^[A-Za-z-]+\.(?:com|co\.id|id|co)\b[^.]{0,30}?[-–]", re.IGNORECASE)


def _median_ms(function, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main(repeat: int = 30) -> None:
    pages = sorted(FIXTURES.glob("[0-9]*.html"))
    rows = []
    title_ok = authors_ok = date_ok = 0
    f1s: list[float] = []
    left: list[tuple[str, str]] = []
    for page in pages:
        expected = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        data = page.read_bytes()
        article = parse_article(data, url=expected["url"])
        title_ok += article.title == expected["title"]
        authors_ok += article.authors == expected["authors"]
        published = article.published.isoformat() if article.published else None
        date_ok += published == expected["published"]
        f1s.append(token_f1(article.text, expected["text"]))
        left.extend((page.stem, b) for b in BOILERPLATE if b in article.text)
        left.extend((page.stem, p[:40]) for p in article.paragraphs if _DATELINE_LEFT.match(p))
        rows.append((page.stem, data, expected["url"]))
    for real in sorted(REAL.glob("*.html")) if REAL.exists() else []:
        rows.append((real.stem, real.read_bytes(), None))
    n = len(pages)
    print(f"Accuracy over {n} fixture pages")
    print(f"  title exact match    {title_ok}/{n} = {title_ok / n:.3f}")
    print(f"  authors exact match  {authors_ok}/{n} = {authors_ok / n:.3f}")
    print(f"  published exact      {date_ok}/{n} = {date_ok / n:.3f}")
    print(f"  body token F1        mean {statistics.mean(f1s):.4f}  min {min(f1s):.4f}")
    print(f"  boilerplate left     {len(left)} {left if left else ''}")
    print()
    print(f"Speed (median of {repeat} runs per page, ms)")
    print(f"  {'page':<48} {'lxml':>8} {'newsparse':>10} {'ratio':>6}")
    ratios = []
    lxml_all, ours_all = [], []
    for name, data, url in rows:
        bare = _median_ms(lambda data=data: lxml.html.document_fromstring(data), repeat)
        ours = _median_ms(lambda data=data, url=url: parse_article(data, url=url), repeat)
        ratios.append(ours / bare)
        lxml_all.append(bare)
        ours_all.append(ours)
        print(f"  {name[:48]:<48} {bare:8.3f} {ours:10.3f} {ours / bare:6.2f}")
    print(
        f"  {'median over pages':<48} {statistics.median(lxml_all):8.3f} {statistics.median(ours_all):10.3f} "
        f"{statistics.median(ratios):6.2f}"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
