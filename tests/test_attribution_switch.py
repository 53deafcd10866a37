"""Attribution on demand: ``attribution=False`` skips quotes and cited sources, and nothing else.

The same quotes and sources come out either way: found while parsing (the default), or later by
:func:`~newsparse.extract_quotes` / :func:`~newsparse.extract_sources` on an Article parsed
without them. Syndication credits are boilerplate the cleaner keeps, not attribution: they stay.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsparse
from newsparse import extract_quotes, extract_sources, parse_article, parse_many, parse_pages
from newsparse.cli import EXIT_OK, EXIT_USAGE, main
from newsparse.samples import SAMPLE_URL

FIXTURES = Path(__file__).parent / "fixtures"
REAL = Path(__file__).resolve().parents[2] / "shared" / "tribun" / "real"


def _pages() -> list[tuple[str, bytes, str | None]]:
    found = []
    for folder in (FIXTURES, FIXTURES / "blind"):
        for path in sorted(folder.glob("*.html")):
            url = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))["url"]
            found.append((path.name, path.read_bytes(), url))
    found.append(("sample", newsparse.sample_html(), SAMPLE_URL))
    found += [(path.name, path.read_bytes(), None) for path in sorted(REAL.glob("*.html"))] if REAL.is_dir() else []
    return found


def test_without_attribution_only_quotes_and_cited_sources_are_left_out() -> None:
    pages = _pages()
    with_quotes = with_cited = with_syndication = 0
    for name, html, url in pages:
        on = parse_article(html, url=url)
        off = parse_article(html, url=url, attribution=False)
        assert off.quotes == [], name
        assert all(source.paragraph is None for source in off.sources), name
        assert off.model_dump(exclude={"quotes", "sources"}) == on.model_dump(exclude={"quotes", "sources"}), name
        # The other way to the same result: attribution run later on the paragraphs.
        assert extract_quotes(off.paragraphs) == on.quotes, name
        assert [*extract_sources(off.paragraphs), *off.sources] == on.sources, name
        with_quotes += bool(on.quotes)
        with_cited += any(source.paragraph is not None for source in on.sources)
        with_syndication += any(source.kind == "syndication" for source in off.sources)
    # The comparison is not vacuous: most pages have quotes, many cite or syndicate.
    assert with_quotes > len(pages) / 2 and with_cited >= 5 and with_syndication >= 5, (
        with_quotes, with_cited, with_syndication,
    )


def test_the_default_is_attribution_on() -> None:
    html = newsparse.sample_html()
    assert parse_article(html, url=SAMPLE_URL) == parse_article(html, url=SAMPLE_URL, attribution=True)
    assert parse_article(html, url=SAMPLE_URL).quotes


def test_the_switch_is_keyword_only() -> None:
    with pytest.raises(TypeError):
        parse_article(newsparse.sample_html(), SAMPLE_URL, None, False)  # type: ignore[misc]


def test_parse_pages_without_attribution() -> None:
    pages = [newsparse.sample_html(), newsparse.sample_html()]
    on = parse_pages(pages, url=SAMPLE_URL)
    off = parse_pages(pages, url=SAMPLE_URL, attribution=False)
    assert on.quotes and off.quotes == []
    assert off.model_dump(exclude={"quotes", "sources"}) == on.model_dump(exclude={"quotes", "sources"})
    assert extract_quotes(off.paragraphs) == on.quotes


@pytest.mark.parametrize("workers", [1, 2])
def test_parse_many_without_attribution(workers: int) -> None:
    items = [(newsparse.sample_html(), SAMPLE_URL)] * 3
    timeout = 60.0 if workers > 1 else None
    on = list(parse_many(items, workers=workers, timeout=timeout))
    off = list(parse_many(items, workers=workers, timeout=timeout, attribution=False))
    assert [a.quotes for a in off] == [[], [], []]  # type: ignore[union-attr]
    assert off == [parse_article(html, url=url, attribution=False) for html, url in items]
    assert on == [parse_article(html, url=url) for html, url in items]


def test_cli_parse_and_batch_with_no_attribution(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(newsparse.sample_html())
    assert main(["parse", str(page), "--url", SAMPLE_URL, "--no-attribution", "--format", "jsonl"]) == EXIT_OK
    printed = json.loads(capsys.readouterr().out)
    assert printed["quotes"] == [] and printed["paragraphs"]
    out = tmp_path / "out.jsonl"
    assert main(["batch", str(page), "-o", str(out), "--no-attribution"]) == EXIT_OK
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["quotes"] == [] and written["paragraphs"] == printed["paragraphs"]
    assert main(["batch", str(page), "-o", str(tmp_path / "on.jsonl")]) == EXIT_OK
    assert json.loads((tmp_path / "on.jsonl").read_text(encoding="utf-8"))["quotes"]


def test_batch_resume_refuses_the_other_attribution_setting(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(newsparse.sample_html())
    out = tmp_path / "out.jsonl"
    state = {"inputs": [str(page)], "host": [], "format": "jsonl", "done": 0, "output_bytes": 0,
             "errors_bytes": 0, "complete": False}  # written by a run before --no-attribution existed
    (tmp_path / "out.progress.json").write_text(json.dumps(state))
    out.write_bytes(b"")
    assert main(["batch", str(page), "-o", str(out), "--resume", "--no-attribution"]) == EXIT_USAGE
    assert main(["batch", str(page), "-o", str(out), "--resume"]) == EXIT_OK


def test_dask_readers_without_attribution(tmp_path: Path) -> None:
    pytest.importorskip("dask.bag", reason="the dask extra is not installed")
    from newsparse.dask import read_html, read_jsonl

    (tmp_path / "page.html").write_bytes(newsparse.sample_html())
    records = tmp_path / "pages.jsonl"
    records.write_text(json.dumps({"url": SAMPLE_URL, "html": newsparse.sample_html().decode("utf-8")}) + "\n")
    for bag in (read_html(tmp_path, attribution=False), read_jsonl(records, attribution=False)):
        (row,) = bag.compute(scheduler="sync")
        assert row["quotes"] == [] and row["paragraphs"]
    (row,) = read_jsonl(records).compute(scheduler="sync")
    assert row["quotes"]
