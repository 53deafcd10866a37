"""The blind attribution gold (issue 12): offsets mapped from page text onto paragraphs stay valid."""

from __future__ import annotations

import json
import sys
import zlib
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks" / "attribution"
sys.path.insert(0, str(BENCH))

import blind  # noqa: E402
import corpus  # noqa: E402


def test_locate_maps_kept_lines_and_reports_dropped_ones() -> None:
    page_text = "Baca juga: Judul lain\n  Bupati Klaten Sri Mulyani mengatakan, jalan desa akan diaspal.  \nMenu\n"
    start = page_text.index("jalan desa")
    line = "Bupati Klaten Sri Mulyani mengatakan, jalan desa akan diaspal."
    assert blind.locate(page_text, start, start + len("jalan desa")) == (0, 38, 48)
    assert line[38:48] == "jalan desa"
    assert isinstance(blind.locate(page_text, 0, 9), str)  # a "Baca juga" line: dropped chrome
    crossing = page_text.index("diaspal")
    assert "line break" in str(blind.locate(page_text, crossing, len(page_text) - 2))


def test_line_spans_keep_exactly_the_split_paragraphs() -> None:
    page_text = "Judul\n\nTRIBUNNEWS.COM - Polisi mengatakan, jalan ditutup sejak pagi.\nPenulis: Budi\n"
    kept = [page_text[s:e] for s, e, k in blind.line_spans(page_text) if k]
    assert kept == corpus.split_page_text(page_text)


def test_stored_blind_gold_matches_the_shared_texts() -> None:
    if not corpus.TEXTS.is_dir():
        pytest.skip(f"{corpus.TEXTS} not found: the real Tribun texts in ../shared are not available here")
    data = json.loads(blind.GOLD.read_text(encoding="utf-8"))
    paragraphs = {file: blind.paragraphs_of(file) for file in data["files"]}
    for item in [*data["quotes"], *data["sources"]]:
        span = paragraphs[item["file"]][item["para"]][item["start"] : item["end"]]
        assert zlib.crc32(span.encode()) == item["crc"], item
    assert "text" not in json.dumps(data["quotes"][:1])  # offsets only, never the words
