"""WARC input: response records, the target URI as the URL, host filtering before parsing."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from newsparse import Article, ParseFailure, parse_many
from newsparse.samples import SAMPLE_URL

pytest.importorskip("fastwarc", reason="the warc extra (FastWARC) is not installed")

from newsparse.warc import host_filter, is_warc_path, iter_warc, iter_warc_pages, write_warc

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = newsparse.sample_html()


def _pages() -> list[tuple[bytes, str]]:
    pages = [(SAMPLE, SAMPLE_URL)]
    for i, path in enumerate(sorted(FIXTURES.glob("*.html"))):
        pages.append((path.read_bytes(), f"https://regional.tribunnews.com/fixture/{i}"))
    return pages


def test_host_filter() -> None:
    keep = host_filter(["tribunnews.com", "*.tribun-*.com"])
    assert keep("https://www.tribunnews.com/a")
    assert keep("https://tribunnews.com/a")
    assert keep("https://SOLO.TribunNews.com/a")
    assert keep("https://www.tribun-timur.com/a")
    assert not keep("https://nottribunnews.com/a")
    assert not keep("https://www.kompas.com/tribunnews.com")
    assert not keep(None) and not keep("not a url")
    assert host_filter(None)("https://anything.example/")
    assert host_filter("solo.tribunnews.*")("https://solo.tribunnews.com/x")


@pytest.mark.parametrize("name", ["pages.warc", "pages.warc.gz"])
def test_round_trip_and_filter(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    pages = [*_pages(), (b"<html><body><p>Other site</p></body></html>", "https://www.kompas.com/read/1")]
    assert write_warc(path, pages) == len(pages)
    assert is_warc_path(path)
    assert list(iter_warc(path)) == pages
    tribun = list(iter_warc([path, path], host="tribunnews.com"))
    assert tribun == pages[:-1] * 2
    inputs = [page.input for page in iter_warc_pages(path)]
    assert inputs[0] == f"{path}@0" and len(set(inputs)) == len(pages)


def test_host_filter_runs_before_the_payload_is_read(tmp_path: Path) -> None:
    path = tmp_path / "mixed.warc.gz"
    write_warc(path, [(SAMPLE, SAMPLE_URL), (b"\xff" * 1000, "https://www.example.com/binary")])
    seen: list[str | None] = []

    def keep(url: str | None) -> bool:
        seen.append(url)
        return url == SAMPLE_URL

    assert [url for _, url in iter_warc(path, host=keep)] == [SAMPLE_URL]
    assert seen == [SAMPLE_URL, "https://www.example.com/binary"]


def test_non_html_and_non_response_records_are_skipped(tmp_path: Path) -> None:
    warcio = pytest.importorskip("warcio", reason="warcio writes the request/PDF records here")
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    path = tmp_path / "other-writer.warc.gz"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        req = writer.create_warc_record(SAMPLE_URL, "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        writer.write_record(req)
        for url, ctype, body, status in [
            (SAMPLE_URL, "text/html; charset=utf-8", SAMPLE, "200 OK"),
            ("https://www.tribunnews.com/a.pdf", "application/pdf", b"%PDF-1.4", "200 OK"),
            ("https://www.tribunnews.com/moved", "text/html", b"<html></html>", "301 Moved"),
        ]:
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers)
            writer.write_record(record)
    assert warcio.__name__ == "warcio"
    assert list(iter_warc(path)) == [(SAMPLE, SAMPLE_URL)]


def test_parse_many_over_a_warc(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, [*_pages(), (b"<html><body><nav>x</nav></body></html>", "https://www.tribunnews.com/")])
    results = list(parse_many(iter_warc(path)))
    assert isinstance(results[0], Article) and results[0].url == SAMPLE_URL
    assert isinstance(results[-1], ParseFailure) and results[-1].not_an_article


def test_missing_file_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        list(iter_warc(tmp_path / "missing.warc.gz"))
