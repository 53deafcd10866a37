"""Inputs shared by the property tests (test_fuzz.py) and the atheris harness (benchmarks/fuzz.py).

The seeds are the fixture pages (tests/fixtures/*.html with their URLs) and the bundled sample;
the mutations are what the web does to pages, and what an attacker would try.
"""

from __future__ import annotations

import json
from pathlib import Path

import newsparse
from newsparse import Article, NewsparseError

FIXTURES_DIR = Path(__file__).resolve().parent / "fixtures"


def seed_pages() -> list[tuple[bytes, str | None]]:
    """(page bytes, URL) of every fixture page and the sample."""
    pages = [(newsparse.sample_html(), "https://www.tribunnews.com/regional/2024/11/01/pemkot-semarang-uji-coba")]
    for path in sorted(FIXTURES_DIR.glob("*.html")):
        expected = path.with_suffix(".json")
        url = json.loads(expected.read_text(encoding="utf-8")).get("url") if expected.exists() else None
        pages.append((path.read_bytes(), url))
    return pages


#: Byte strings spliced into pages: declarations, quote marks, boilerplate-like lines, controls,
#: surrogates, odd dates and links, markup fragments.
INJECTIONS: tuple[bytes, ...] = (
    b'<meta charset="utf-7">', b'<meta charset="base64">', b'<meta charset="unicode_escape">',
    b'<meta charset="x-user-defined">', b'<meta charset="iso-2022-jp">', b'<meta charset="utf-16">',
    b'<meta charset="replacement">', b"<?xml version='1.0' encoding='rot13'?>", b'<meta charset="zlib">',
    "“".encode(), "”".encode(), b'"', "‘’«»„‹›".encode(), b"\x93", b"\x94", b"\x81", b"\xff\xfe",
    b"JAKARTA, TRIBUNNEWS.COM - ", b"TRIBUNNEWS.COM, JAKARTA -- ", b"<p>Laporan Wartawan Tribun, Budi | Solo</p>",
    b"<p>Baca juga: <a href='javascript:alert(1)'>Judul</a></p>", b"<p>Baca Juga:</p>", b"\xe2\x80\xa2 ",
    b"<p>Artikel ini telah tayang di Kompas.com dengan judul X</p>", b"(Tribunnews.com/Nama)", b"(*)",
    b"\x00", b"\x0b", b"\x1b", b"\x7f", b"\xed\xa0\x80", b"\xc0\x80", b"&#xD800;", b"&#0;", b"&#x110000;",
    b'<time datetime="0001-01-01T00:00:00+99:00">', b"2024-11-01T06:16:00+23:59", b'"datePublished": "9999-12-31"',
    b'<a href="data:text/html,x">x</a>', b'<img src="file:///etc/passwd">', b'<link rel="canonical" href="http://[::1">',
    b"<div>" * 40, b"<b>" * 1200, b"<span><i>" * 1100, b"</div>", b"</p>", b"<p>", b"<script>", b"</script>", b"<!--", b"-->", b"<![CDATA[", b"<h1>",
    b'<script type="application/ld+json">{"@type": "NewsArticle", "author": [[[[[[[[', b"kata dia.", b"ujarnya",
)  # fmt: skip


def mutate(data: bytes, operations: list[tuple[int, int, int]]) -> bytes:
    """``data`` changed by each (operation, position, argument) in turn.

    Operations: 0 flip a byte, 1 truncate, 2 delete a tag, 3 duplicate a tag, 4 inject
    ``INJECTIONS[argument]``, 5 delete a run of bytes, 6 duplicate a run of bytes.
    """
    buf = bytearray(data)
    for operation, position, argument in operations:
        if not buf:
            break
        at = position % len(buf)
        kind = operation % 7
        if kind == 0:
            buf[at] ^= 1 << (argument % 8)
        elif kind == 1:
            del buf[at:]
        elif kind in (2, 3):
            start = buf.find(b"<", at)
            end = buf.find(b">", start) + 1 if start >= 0 else 0
            if start >= 0 and end > start:
                if kind == 2:
                    del buf[start:end]
                else:
                    buf[start:start] = buf[start:end]
        elif kind == 4:
            buf[at:at] = INJECTIONS[argument % len(INJECTIONS)]
        elif kind == 5:
            del buf[at : at + argument % 200]
        else:
            buf[at:at] = buf[at : at + argument % 200]
    return bytes(buf)


def check_article(article: Article) -> None:
    """What every Article promises: it serialises and reads back, and its offsets index its text."""
    assert Article.model_validate_json(article.model_dump_json()) == article
    assert article.text == "\n\n".join(article.paragraphs)
    for quote in article.quotes:
        assert article.text[quote.start : quote.end] == quote.text, quote
        assert 0 <= quote.paragraph < len(article.paragraphs)
    for source in article.sources:
        if source.start is not None:
            assert source.end is not None and 0 <= source.start < source.end <= len(article.text), source
            assert source.paragraph is not None and 0 <= source.paragraph < len(article.paragraphs)


def parse_checked(data: bytes | str, url: str | None) -> Article | NewsparseError:
    """parse_article, letting only NewsparseError through as a value; any other exception escapes."""
    try:
        article = newsparse.parse_article(data, url=url)
    except NewsparseError as exc:
        return exc
    check_article(article)
    return article
