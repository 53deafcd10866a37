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
import os
import warnings
from collections.abc import Callable, Iterable, Iterator
from typing import Any, NamedTuple

from .document import host_of

__all__ = [
    "HostFilter",
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
        OSError: a file cannot be opened or is not a readable WARC.
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

        def wanted(record: Any) -> bool:
            return bool(keep(record.headers.get("WARC-Target-URI")))

        iterator = warc.ArchiveIterator(
            name,
            record_types=warc.WarcRecordType.response,
            parse_http=False,
            func_filter=wanted,
            fsspec_args=None if "://" in name else False,  # URLs (s3://…) go through fsspec
        )
        for record in iterator:
            try:
                record.parse_http(auto_decode="all")
            except (OSError, ValueError) as exc:  # one broken HTTP message: skip it, say so
                warnings.warn(f"{name}@{record.stream_pos}: unreadable HTTP response skipped: {exc}", stacklevel=2)
                continue
            status = record.http_headers.status_code
            if status is not None and not 200 <= status < 300:
                continue
            content_type = (record.http_content_type or "").lower()
            if content_type and "html" not in content_type:
                continue
            url = (record.headers.get("WARC-Target-URI") or "").strip().strip("<>")
            yield WarcPage(record.reader.read(), url, f"{name}@{record.stream_pos}")


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

