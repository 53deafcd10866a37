"""Read article pages out of WARC files (Common Crawl, CC-NEWS, your own crawls).

Needs the optional extra: ``pip install "newsparse[warc]"`` (FastWARC).

>>> from newsparse.warc import iter_warc
>>> for html, url in iter_warc("CC-NEWS-20241101.warc.gz", host="*.tribunnews.com"):  # doctest: +SKIP
...     article = parse_article(html, url=url)

Only ``response`` records are read; the record's ``WARC-Target-URI`` is the page URL. Records
whose host does not match ``host``, whose HTTP status is not 2xx, or whose HTTP content type is
not HTML are skipped *before* their payload is parsed, so filtering a crawl for Tribun pages
costs next to nothing. HTTP ``Content-Encoding`` (gzip, deflate, brotli) and chunked transfer
encoding are undone.

FastWARC was chosen over warcio after measuring both on the same generated WARC
(``python benchmarks/warc_readers.py``): it reads the records several times faster.
"""

from __future__ import annotations

import fnmatch
import logging
import os
import re
import warnings
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

from .document import host_of
from .errors import NewsparseError

__all__ = [
    "CorruptRecordError",
    "HostFilter",
    "InvalidWarcError",
    "WarcPage",
    "host_filter",
    "is_warc_path",
    "iter_warc",
    "iter_warc_pages",
    "write_warc",
]

StrPath = str | os.PathLike[str]
HostFilter = Callable[[str | None], bool]

_EXTRA_MESSAGE = (
    'reading WARC files needs the optional dependency FastWARC: pip install "newsparse[warc]"'
)
_WARC_SUFFIXES = (".warc", ".warc.gz")


class CorruptRecordError(NewsparseError, ValueError):
    """A WARC record is cut off (the file ends inside it) or does not match its block digest.

    Raised by :func:`iter_warc` / :func:`iter_warc_pages` in place of the record, after every
    whole record before it was yielded: a cut-off page is never handed on as if it were whole.
    """


class InvalidWarcError(NewsparseError, OSError):
    """A file is not a readable WARC where a record should start: another format, garbage, or
    bytes changed inside the file.

    Raised by :func:`iter_warc` / :func:`iter_warc_pages` after every whole record before that
    point was yielded. An ``OSError`` too, as FastWARC's own error was before.
    """


class WarcPage(NamedTuple):
    """One HTML response out of a WARC file."""

    html: bytes
    url: str
    #: ``path@offset`` of the record: where to look when this page fails.
    input: str


def is_warc_path(path: StrPath) -> bool:
    """True when ``path`` names a WARC file (``.warc`` or ``.warc.gz``)."""
    return str(path).lower().endswith(_WARC_SUFFIXES)


def host_filter(patterns: str | Iterable[str] | None) -> HostFilter:
    """A predicate on URLs: does the URL's host match any of ``patterns``?

    A pattern is a host (``tribunnews.com`` matches it and every subdomain) or a shell-style
    glob on the host (``*.tribunnews.com``, ``solo.tribunnews.*``); case does not matter. No
    patterns (``None`` or empty) match everything.
    """
    if patterns is None:
        return _everything
    wanted = [patterns] if isinstance(patterns, str) else list(patterns)
    wanted = [p.strip().lower().rstrip(".") for p in wanted if p.strip()]
    if not wanted:
        return _everything
    globs = [p for p in wanted if any(ch in p for ch in "*?[")]
    domains = tuple(p for p in wanted if p not in globs)
    suffixes = tuple("." + d for d in domains)

    def matches(url: str | None) -> bool:
        host = host_of(url)
        if host is None:
            return False
        if host in domains or host.endswith(suffixes):
            return True
        return any(fnmatch.fnmatchcase(host, g) for g in globs)

    return matches


def _everything(url: str | None) -> bool:
    return True


def iter_warc(
    paths: StrPath | Iterable[StrPath], host: str | Iterable[str] | HostFilter | None = None
) -> Iterator[tuple[bytes, str]]:
    """``(html_bytes, url)`` for every HTML response record in ``paths``, in file order.

    Args:
        paths: one WARC file (``.warc`` / ``.warc.gz``) or several, read in the order given.
        host: keep only pages whose host matches (see :func:`host_filter`), or a predicate on the
            URL. Filtering happens on the WARC headers, before any payload is read.

    Raises:
        ImportError: the ``warc`` extra (FastWARC) is not installed.
        OSError: a file cannot be opened.
        InvalidWarcError: a file is not a readable WARC (an ``OSError`` too).
        CorruptRecordError: a record is cut off or does not match its digest.
    """
    for page in iter_warc_pages(paths, host):
        yield page.html, page.url


def iter_warc_pages(
    paths: StrPath | Iterable[StrPath], host: str | Iterable[str] | HostFilter | None = None
) -> Iterator[WarcPage]:
    """Like :func:`iter_warc`, with each record's ``path@offset`` as :attr:`WarcPage.input`."""
    warc = _fastwarc()
    keep = host if callable(host) else host_filter(host)
    path_list = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    for path in path_list:
        name = os.fspath(path)

        tally = _Tally(keep)
        iterator = warc.ArchiveIterator(
            name,
            record_types=warc.WarcRecordType.response,
            parse_http=False,
            func_filter=tally,
            fsspec_args=None if "://" in name else False,  # URLs (s3://…) go through fsspec
        )
        for record in _records(iterator, name, tally):
            _check_whole(record, name)
            try:
                record.parse_http(auto_decode="all")
            except (OSError, ValueError) as exc:  # one broken HTTP message: skip it, say so
                warnings.warn(f"{name}@{record.stream_pos}: unreadable HTTP response skipped: {exc}", stacklevel=2)
                continue
            if record.http_headers is None:  # not HTTP (a dns: record) or no status line: not a page
                continue
            status = record.http_headers.status_code
            if status is not None and not 200 <= status < 300:
                continue
            content_type = (record.http_content_type or "").lower()
            if content_type and "html" not in content_type:
                continue
            url = (record.headers.get("WARC-Target-URI") or "").strip().strip("<>")
            yield WarcPage(record.reader.read(), url, f"{name}@{record.stream_pos}")
        if not tally.seen:
            logging.getLogger("newsparse").warning(
                "%s: no response records found (is it a WARC file, and whole?)", name
            )
        elif "://" not in name and not _ends_whole(name, tally.last_start):
            raise CorruptRecordError(
                f"{name}: the file is cut off after the record at offset {tally.last_start} "
                "(a truncated download or a corrupt file): the records after it are lost"
            )


class _Tally:
    """FastWARC's record filter for one file: keeps the wanted hosts, and counts the response
    records it is shown and where the last one began (for the checks after the last record)."""

    __slots__ = ("keep", "last_start", "seen")

    def __init__(self, keep: HostFilter) -> None:
        self.keep = keep
        self.seen = 0
        self.last_start = 0

    def __call__(self, record: Any) -> bool:
        self.seen += 1
        self.last_start = record.stream_pos
        return bool(self.keep(record.headers.get("WARC-Target-URI")))


def _records(iterator: Iterator[Any], name: str, tally: _Tally) -> Iterator[Any]:
    """FastWARC's records, with its error for bytes that are not a WARC record (an ``OSError``
    without an errno) turned into :class:`InvalidWarcError`; errors of the file system stay."""
    while True:
        try:
            record = next(iterator)
        except StopIteration:
            return
        except OSError as exc:
            if exc.errno is not None:
                raise
            where = f"after the record at offset {tally.last_start}" if tally.seen else "at its start"
            raise InvalidWarcError(
                f"{name}: not a readable WARC {where} ({exc}): another format, garbage or a corrupt file"
            ) from exc
        yield record


_CONTENT_LENGTH = re.compile(rb"(?im)^content-length[ \t]*:[ \t]*(\d{1,18})[ \t]*\r?$")
#: How much of a file's end is checked for a cut-off record (the last response record and the
#: request and metadata records after it are usually a few hundred KiB).
_TAIL_LIMIT = 64 * 1024 * 1024


def _ends_whole(name: str, start: int) -> bool:
    """Whether the records from offset ``start`` (the last response record) run to the end of the file.

    FastWARC stops quietly where a ``.warc.gz`` member or a record is cut off, dropping it; this
    re-reads the few records after the last response record: every gzip member must end, and
    every record's Content-Length must be there. Ends larger than ``_TAIL_LIMIT`` are trusted.
    """
    with open(name, "rb") as file:
        file.seek(start)
        tail = file.read(_TAIL_LIMIT + 1)
    if len(tail) > _TAIL_LIMIT:
        return True
    if name.lower().endswith(".gz"):
        while tail.strip(b"\x00"):
            member = zlib.decompressobj(wbits=31)
            pending = tail
            try:
                while pending and not member.eof:
                    member.decompress(pending, 1 << 20)  # the output is not needed, only the end
                    pending = member.unconsumed_tail
            except zlib.error:
                return False
            if not member.eof:
                return False
            tail = member.unused_data
        return True
    position = 0
    while tail[position:].strip():
        head_end = tail.find(b"\r\n\r\n", position)
        length = _CONTENT_LENGTH.search(tail, position, head_end) if head_end >= 0 else None
        if length is None:
            return False
        position = head_end + 4 + int(length.group(1)) + 4  # the block, then CRLF CRLF
        if position > len(tail):
            return False
    return True


def _check_whole(record: Any, name: str) -> None:
    """Raise :class:`CorruptRecordError` when the file ends before the record's Content-Length, or
    the block does not match its ``WARC-Block-Digest`` (when it has one, as crawlers write).

    ``freeze()`` reads the record block into memory (it is read whole right after anyway) and
    sets ``content_length`` to what was actually there.
    """
    declared = record.content_length
    record.freeze()
    if record.content_length < declared:
        raise CorruptRecordError(
            f"{name}@{record.stream_pos}: the record is cut off: {record.content_length:,} of its "
            f"{declared:,} bytes are in the file (a truncated download or a corrupt file)"
        )
    if record.headers.get("WARC-Block-Digest") and not record.verify_block_digest(consume=False):
        raise CorruptRecordError(
            f"{name}@{record.stream_pos}: the record does not match its WARC-Block-Digest (a wrong "
            "Content-Length or changed bytes: a corrupt file)"
        )


def write_warc(
    path: StrPath,
    pages: Iterable[tuple[bytes | str, str]],
    *,
    content_type: str = "text/html; charset=UTF-8",
) -> int:
    """Write ``(html, url)`` pairs as HTTP ``response`` records to a WARC file; returns the count.

    A ``.gz`` path is gzip-compressed per record (the standard ``.warc.gz`` layout every reader
    accepts). Meant for tests, benchmarks and small samples.
    """
    warc = _fastwarc()
    from fastwarc.stream_io import GzipWriter

    count = 0
    with open(path, "wb") as raw:
        out: Any = GzipWriter(raw) if str(path).endswith(".gz") else raw
        for html, url in pages:
            body = html.encode("utf-8") if isinstance(html, str) else html
            head = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
            record = warc.WarcRecord()
            record.init_headers(record_type=warc.WarcRecordType.response)
            record.headers["WARC-Target-URI"] = url
            record.set_bytes_content(head.encode("latin-1") + body)
            record.is_http = True
            record.write(out, checksum_data=True)
            if out is not raw:
                out.finish()
            count += 1
        if out is not raw:
            out.close()
    return count


def _fastwarc() -> Any:
    try:
        import fastwarc.warc
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise ImportError(_EXTRA_MESSAGE) from exc
    return fastwarc.warc

