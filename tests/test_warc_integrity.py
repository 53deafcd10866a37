"""A truncated or corrupt WARC record is reported, never parsed as a whole page; an empty WARC is warned about."""

from __future__ import annotations

import gzip
import logging
from pathlib import Path

import pytest

import newsparse
from newsparse import NewsparseError

pytest.importorskip("fastwarc", reason="the warc extra (FastWARC) is not installed")

from newsparse.warc import CorruptRecordError, InvalidWarcError, iter_warc, iter_warc_pages, write_warc

SAMPLE = newsparse.sample_html()
URLS = [f"https://www.tribunnews.com/regional/2024/11/01/page-{n}" for n in range(3)]


def _warc(tmp_path: Path, name: str) -> tuple[Path, bytes]:
    path = tmp_path / name
    write_warc(path, [(SAMPLE, url) for url in URLS])
    return path, path.read_bytes()


@pytest.mark.parametrize("name", ["pages.warc", "pages.warc.gz"])
@pytest.mark.parametrize("keep", [0.95, 0.9, 0.8, 0.7])
def test_a_record_cut_off_is_reported_not_parsed(tmp_path: Path, name: str, keep: float) -> None:
    _, data = _warc(tmp_path, name)
    cut = tmp_path / ("cut-" + name)
    cut.write_bytes(data[: int(len(data) * keep)])
    pages = []
    with pytest.raises(CorruptRecordError, match="cut off") as info:
        for page in iter_warc_pages(cut):
            pages.append(page)
    assert isinstance(info.value, NewsparseError) and isinstance(info.value, ValueError)
    assert str(cut) in str(info.value)
    assert all(page.html == SAMPLE for page in pages)  # every page yielded is whole
    assert len(pages) < len(URLS)


def test_a_whole_warc_reads_without_error(tmp_path: Path) -> None:
    path, _ = _warc(tmp_path, "pages.warc.gz")
    assert [url for _, url in iter_warc(path)] == URLS


def test_a_record_cut_inside_its_http_headers_is_reported(tmp_path: Path) -> None:
    _, data = _warc(tmp_path, "pages.warc")
    second = data.index(b"WARC/1.", 10)
    head_end = data.index(b"\r\n\r\n", second) + 4
    cut = tmp_path / "cut.warc"
    cut.write_bytes(data[: head_end + 20])  # WARC headers whole, the HTTP status line cut
    with pytest.raises(CorruptRecordError):
        list(iter_warc_pages(cut))


@pytest.mark.parametrize(
    "content",
    [b"", b"not a warc file at all\n" * 50, bytes(range(256)) * 20, gzip.compress(b"<html>not a warc</html>")],
)
def test_a_warc_that_yields_nothing_is_warned_about(tmp_path: Path, content: bytes, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "garbage.warc.gz"
    path.write_bytes(content)
    with caplog.at_level(logging.WARNING, logger="newsparse"):
        try:
            pages = list(iter_warc_pages(path))
        except (OSError, ValueError):
            return  # an error is a report too
    assert pages == []
    assert any("no response records" in record.getMessage() and str(path) in record.getMessage() for record in caplog.records)


def test_a_host_filter_that_matches_nothing_is_not_a_warning(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path, _ = _warc(tmp_path, "pages.warc.gz")
    with caplog.at_level(logging.WARNING, logger="newsparse"):
        assert list(iter_warc(path, host="kompas.com")) == []
    assert not caplog.records


def test_the_command_line_reports_a_cut_warc_and_keeps_the_whole_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from newsparse.cli import main

    _, data = _warc(tmp_path, "pages.warc.gz")
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.9)])
    code = main(["batch", str(cut), "-o", str(tmp_path / "out.jsonl"), "--timeout", "0"])
    captured = capsys.readouterr()
    assert code != 0
    assert "cut off" in captured.err
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 2  # the two whole records, not the cut third


def test_a_whole_record_without_http_headers_is_skipped(tmp_path: Path) -> None:
    from fastwarc.warc import WarcRecord, WarcRecordType

    path = tmp_path / "dns.warc"
    with open(path, "wb") as out:
        record = WarcRecord()
        record.init_headers(record_type=WarcRecordType.response)
        record.headers["WARC-Target-URI"] = "dns:www.tribunnews.com"
        record.headers["Content-Type"] = "text/dns"
        record.set_bytes_content(b"20241101000000\nwww.tribunnews.com. 300 IN A 1.2.3.4\n")
        record.write(out)
    write_warc(tmp_path / "page.warc", [(SAMPLE, URLS[0])])
    path.write_bytes(path.read_bytes() + (tmp_path / "page.warc").read_bytes())
    assert [url for _, url in iter_warc(path)] == [URLS[0]]


def _members(data: bytes) -> list[bytes]:
    import zlib

    out = []
    while data:
        member = zlib.decompressobj(wbits=31)
        out.append(member.decompress(data))
        data = member.unused_data
    return out


@pytest.mark.parametrize("name", ["pages.warc", "pages.warc.gz"])
@pytest.mark.parametrize("change", ["longer content-length", "shorter content-length", "flipped byte"])
def test_a_corrupt_record_in_the_middle_is_reported_not_parsed(tmp_path: Path, name: str, change: str) -> None:
    _, data = _warc(tmp_path, name)
    records = _members(data) if name.endswith(".gz") else [data]
    first = records[0]
    start = first.index(b"Content-Length: ") + len(b"Content-Length: ")
    end = first.index(b"\r\n", start)
    length = int(first[start:end])
    if change == "flipped byte":
        at = first.index(b"Uji coba")
        first = first[:at] + b"X" + first[at + 1 :]
    else:
        length += 300 if change.startswith("longer") else -300
        first = first[:start] + str(length).encode() + first[end:]
    records[0] = first
    bad = tmp_path / ("bad-" + name)
    bad.write_bytes(b"".join(gzip.compress(r) for r in records) if name.endswith(".gz") else records[0])
    with pytest.raises((CorruptRecordError, InvalidWarcError)):
        pages = list(iter_warc_pages(bad))
        assert all(page.html == SAMPLE for page in pages)  # never reached: the first record is caught
    first_pages = []
    try:
        for page in iter_warc_pages(bad):
            first_pages.append(page)
    except (CorruptRecordError, InvalidWarcError):
        pass
    assert all(page.html == SAMPLE for page in first_pages)


def test_a_cut_off_last_member_that_fastwarc_drops_quietly_is_reported(tmp_path: Path) -> None:
    _, data = _warc(tmp_path, "pages.warc.gz")
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[:-200])  # the last member is cut: FastWARC stops before it, silently
    pages = []
    with pytest.raises(CorruptRecordError, match="cut off"):
        for page in iter_warc_pages(cut):
            pages.append(page)
    assert [page.url for page in pages] == URLS[:2]


GARBAGE = {
    "text": b"not a warc file at all\n" * 50,
    "bytes": bytes(range(256)) * 20,
    "html": SAMPLE[:3000],
    "a WARC/1.1 line, then garbage": b"WARC/1.1\r\nnot: a record\r\n\r\n" + bytes(range(256)) * 4,
}


@pytest.mark.parametrize("name", ["pages.warc", "pages.warc.gz"])
@pytest.mark.parametrize("garbage", list(GARBAGE), ids=list(GARBAGE))
def test_a_file_that_is_not_a_warc_raises_a_newsparse_error(tmp_path: Path, name: str, garbage: str) -> None:
    path = tmp_path / name
    content = GARBAGE[garbage]
    path.write_bytes(gzip.compress(content) if name.endswith(".gz") else content)
    with pytest.raises(InvalidWarcError, match="not a readable WARC at its start") as info:
        list(iter_warc_pages(path))
    assert isinstance(info.value, NewsparseError) and isinstance(info.value, OSError)
    assert str(path) in str(info.value)


@pytest.mark.parametrize("name", ["pages.warc", "pages.warc.gz"])
@pytest.mark.parametrize("garbage", list(GARBAGE), ids=list(GARBAGE))
def test_garbage_between_records_comes_after_the_whole_records_before_it(tmp_path: Path, name: str, garbage: str) -> None:
    _, data = _warc(tmp_path, name)
    content = GARBAGE[garbage]
    if name.endswith(".gz"):
        members = [gzip.compress(member) for member in _members(data)]
        changed = b"".join(members[:2]) + gzip.compress(content) + members[2]
    else:
        third = data.index(b"WARC/1.", data.index(b"WARC/1.", 10) + 10)
        changed = data[:third] + content + data[third:]
    path = tmp_path / ("mixed-" + name)
    path.write_bytes(changed)
    pages = []
    with pytest.raises(InvalidWarcError, match="after the record at offset") as info:
        for page in iter_warc_pages(path):
            pages.append(page)
    assert [page.url for page in pages] == URLS[:2] and all(page.html == SAMPLE for page in pages)
    assert str(path) in str(info.value)


def test_the_command_line_reports_a_file_that_is_not_a_warc_and_goes_on(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from newsparse.cli import main

    garbage = tmp_path / "garbage.warc"
    garbage.write_bytes(GARBAGE["bytes"])
    good, _ = _warc(tmp_path, "pages.warc.gz")
    code = main(["batch", str(garbage), str(good), "-o", str(tmp_path / "out.jsonl"), "--timeout", "0"])
    captured = capsys.readouterr()
    assert code != 0
    assert "garbage.warc" in captured.err and "not a readable WARC" in captured.err
    assert len((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()) == len(URLS)


def test_an_error_of_the_file_system_is_not_called_garbage(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        list(iter_warc_pages(tmp_path / "missing.warc"))
