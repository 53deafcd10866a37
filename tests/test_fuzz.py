"""Property tests: random bytes and mutated fixture pages through every public entry point.

The only exceptions allowed are :class:`~newsparse.NewsparseError` subclasses, and every Article
that comes out serialises, reads back, and has offsets that index its text (``check_article``).
Example counts are fixed so the whole module stays within ~15 s; ``benchmarks/fuzz.py`` (atheris)
runs the same mutations for as long as you like.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsparse
from fuzz_inputs import INJECTIONS, check_article, mutate, parse_checked, seed_pages
from newsparse import Article, NewsparseError, ParseFailure, extract_quotes, extract_sources, parse_many, parse_pages

SEEDS = seed_pages()
FAST = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
#: NEWSPARSE_FUZZ_SCALE=20 runs twenty times the examples (a longer run by hand).
SCALE = float(os.environ.get("NEWSPARSE_FUZZ_SCALE", "1"))


def examples(count: int) -> int:
    return max(1, int(count * SCALE))
NEWSPARSE_ERRORS = {cls.__name__ for cls in (NewsparseError, *NewsparseError.__subclasses__())} | {
    sub.__name__ for cls in NewsparseError.__subclasses__() for sub in cls.__subclasses__()
}

operations = st.lists(st.tuples(st.integers(0, 6), st.integers(0, 2**20), st.integers(0, 255)), min_size=1, max_size=8)


@st.composite
def mutated_pages(draw: st.DrawFn) -> tuple[bytes, str | None]:
    data, url = draw(st.sampled_from(SEEDS))
    return mutate(data, draw(operations)), draw(st.sampled_from([url, None]))


def test_every_seed_page_gives_a_checked_article() -> None:
    assert len(SEEDS) >= 31
    for data, url in SEEDS:
        result = parse_checked(data, url)
        assert isinstance(result, Article), (url, result)


@settings(FAST, max_examples=examples(2000))
@given(mutated_pages())
def test_mutated_pages_give_an_article_or_a_newsparse_error(page: tuple[bytes, str | None]) -> None:
    parse_checked(*page)


@settings(FAST, max_examples=examples(400))
@given(mutated_pages())
def test_mutated_pages_as_str_with_surrogates(page: tuple[bytes, str | None]) -> None:
    data, url = page
    parse_checked(data.decode("utf-8", errors="surrogateescape"), url)


@settings(FAST, max_examples=examples(1000))
@given(st.binary(max_size=3000), st.sampled_from([None, "https://www.tribunnews.com/x/2024/01/01/y", "http://[::1"]))
@example(b"<meta charset='uu'><p>x</p>", None)
@example(b"<?xml version='1.0' encoding='undefined'?><p>x</p>", None)
def test_random_bytes_give_an_article_or_a_newsparse_error(data: bytes, url: str | None) -> None:
    parse_checked(data, url)


@settings(FAST, max_examples=examples(800))
@given(st.lists(st.sampled_from(INJECTIONS) | st.binary(max_size=30), max_size=40))
def test_random_splices_of_hostile_fragments(parts: list[bytes]) -> None:
    data = b"<html><body><h1>Judul</h1><div class='side-article txt-article'><p>" + b"".join(parts) + b"</p></div></body></html>"
    parse_checked(data, "https://www.tribunnews.com/regional/2024/01/01/x")


@settings(FAST, max_examples=examples(200))
@given(st.lists(mutated_pages(), min_size=1, max_size=3))
def test_parse_pages_gives_an_article_or_a_newsparse_error(pages: list[tuple[bytes, str | None]]) -> None:
    try:
        article = parse_pages([data for data, _ in pages], url=pages[0][1])
    except NewsparseError:
        return
    check_article(article)


@settings(FAST, max_examples=examples(200))
@given(st.lists(mutated_pages(), max_size=4))
def test_parse_many_in_process_reports_only_newsparse_failures(pages: list[tuple[bytes, str | None]]) -> None:
    results = list(parse_many(pages))
    assert len(results) == len(pages)
    for result in results:
        if isinstance(result, ParseFailure):
            assert result.error_type in NEWSPARSE_ERRORS, result
        else:
            check_article(result)


WORDS = ["kata", "ujarnya", "katanya", "menurut", "dia", "Budi", "Menteri", "Reuters", "AFP", "dilansir", "Kompas.com",
         "seperti", "diberitakan", "mengatakan", "Presiden", "Joko", "Widodo", ",", ".", ":", "“", "”", '"', "‘", "’",
         "«", "»", "\n", "\u00a0", "\ufffd", "\x00", "(", ")", "-", "—", "nya", "itu", "Sumber:", "AP", "News"]  # fmt: skip
paragraph_text = st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=40).map(" ".join)


@settings(FAST, max_examples=examples(800))
@given(st.lists(paragraph_text, max_size=6) | paragraph_text)
def test_extract_quotes_and_sources_offsets_index_the_text(paragraphs: list[str] | str) -> None:
    texts = [paragraphs] if isinstance(paragraphs, str) else paragraphs
    joined = "\n\n".join(texts)
    for quote in extract_quotes(paragraphs):
        assert joined[quote.start : quote.end] == quote.text
        assert 0 <= quote.paragraph < len(texts)
    for source in extract_sources(paragraphs):
        assert source.start is not None and source.end is not None
        assert 0 <= source.start < source.end <= len(joined)
        assert source.paragraph is not None and 0 <= source.paragraph < len(texts)


@pytest.mark.parametrize("data", [data for data, _ in SEEDS[:3]])
def test_truncation_at_every_tag_boundary(data: bytes) -> None:
    for cut in range(0, len(data), max(1, len(data) // 150)):
        parse_checked(data[:cut], None)


def test_sample_is_a_seed() -> None:
    assert SEEDS[0][0] == newsparse.sample_html()


SHARED = Path(__file__).resolve().parents[2] / "shared" / "tribun"


def test_every_real_page_gives_a_checked_article_or_a_newsparse_error() -> None:
    pages = sorted(SHARED.glob("real/*.html")) + sorted(SHARED.glob("nonarticle/*.html"))
    if not pages:
        pytest.skip(f"{SHARED} not found: the real Tribun pages in ../shared are not available here")
    outcomes = [type(parse_checked(path.read_bytes(), None)).__name__ for path in pages]
    assert "Article" in outcomes


@settings(FAST, max_examples=examples(150))
@given(st.sampled_from(sorted(SHARED.glob("real/*.html")) or [None]), operations)
def test_mutated_real_pages(path: Path | None, edits: list[tuple[int, int, int]]) -> None:
    if path is None:
        return  # ../shared absent: nothing to mutate
    parse_checked(mutate(path.read_bytes(), edits), "https://solo.tribunnews.com/2020/10/09/x")
