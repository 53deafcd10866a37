"""Bad input gets a clear ``newsparse`` exception and nothing else (issue 2).

Every case here either parses into an Article or raises a :class:`newsparse.NewsparseError`
subclass; a raw lxml, pydantic, codec or recursion error escaping is a failure. The one
documented exception: passing something that is neither ``str`` nor ``bytes`` raises
``TypeError`` (a programming error, not bad page content).
"""

from __future__ import annotations

import html
import random
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import (
    Article,
    DecodingError,
    EmptyDocumentError,
    NewsparseError,
    NotAnArticleError,
    ParseError,
    parse_article,
    parse_pages,
)
from newsparse.samples import SAMPLE_URL

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
NONARTICLE = SHARED / "tribun" / "nonarticle"

SAMPLE: bytes = newsparse.sample_html()
SAMPLE_TEXT = SAMPLE.decode("utf-8")
#: "Does not hang": generous, so a loaded CI machine does not fail it; a quadratic blow-up on these
#: inputs takes minutes, a normal parse well under a few seconds.
HANG_SECONDS = 30
#: A sentence of the sample's body, used to check a page was decoded and parsed for real.
SAMPLE_SENTENCE = "Uji coba berlangsung selama dua pekan dan penumpang tidak dikenai tarif selama masa itu."


def parse_or_newsparse_error(data: object, url: str | None = None) -> Article | NewsparseError:
    """Parse ``data``; return the Article or the NewsparseError. Anything else propagates."""
    try:
        return parse_article(data, url=url)  # type: ignore[arg-type]
    except NewsparseError as exc:
        assert str(exc).strip(), f"{type(exc).__name__} without a message"
        return exc


def assert_message_is_readable(exc: BaseException) -> None:
    message = str(exc)
    assert 10 <= len(message) <= 2000
    assert "Traceback" not in message


# -- empty and whitespace -----------------------------------------------------------------------------


@pytest.mark.parametrize("data", [b"", "", b" ", "   ", "\n\t\r\n", b"\r\n\r\n", "\u00a0\u3000 \n", b"\x0c"])
def test_empty_or_whitespace_is_empty_document_error(data: bytes | str) -> None:
    with pytest.raises(EmptyDocumentError) as info:
        parse_article(data)
    assert isinstance(info.value, ParseError) and isinstance(info.value, NewsparseError)
    assert_message_is_readable(info.value)
    assert "empty" in str(info.value).lower()


@pytest.mark.parametrize("data", [b"", "   "])
def test_empty_with_url_is_still_empty_document_error(data: bytes | str) -> None:
    with pytest.raises(EmptyDocumentError):
        parse_article(data, url=SAMPLE_URL)


def test_parse_pages_with_no_pages_is_parse_error() -> None:
    with pytest.raises(ParseError):
        parse_pages([], url=SAMPLE_URL)


def test_parse_pages_with_an_empty_page_is_empty_document_error() -> None:
    with pytest.raises(EmptyDocumentError):
        parse_pages([SAMPLE, b""], url=SAMPLE_URL)


# -- binary junk and non-HTML ------------------------------------------------------------------------

_PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x02\x00\x00\x00" + bytes(64)
_GZIP = b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03" + bytes(range(256))
_PDF_WITH_NUL = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\x00\x00endobj"


def _random_bytes(seed: int, size: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(size))


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(_PNG, id="png-header"),
        pytest.param(_GZIP, id="gzip"),
        pytest.param(_PDF_WITH_NUL, id="pdf-with-nul"),
        pytest.param(_random_bytes(1, 4096), id="random-4k"),
        pytest.param(_random_bytes(2, 64), id="random-64"),
        pytest.param(b"\x00" * 100, id="nuls"),
        pytest.param(b"<html>\x00\x00\x00<body>" + bytes(200), id="html-then-nuls"),
        pytest.param("<html>\x00<body>\x01\x02\x03\x04</body></html>" + "\x05" * 50, id="str-with-controls"),
    ],
)
def test_binary_junk_is_parse_error(data: bytes | str) -> None:
    with pytest.raises(ParseError) as info:
        parse_article(data, url=SAMPLE_URL)
    assert_message_is_readable(info.value)


@pytest.mark.parametrize(
    "data",
    [
        "Ini hanya teks biasa tanpa markup sama sekali.",
        b"Presiden Jokowi: reshuffle jangan didorong-dorong, fokus kerja saja.\n\nParagraf kedua.",
        '{"title": "bukan html", "body": "json"}',
        "TRIBUNNEWS.COM, JAKARTA - Teks berita tanpa HTML. (Tribunnews.com/Nama)",
    ],
)
def test_plain_text_without_markup_is_parse_error(data: bytes | str) -> None:
    with pytest.raises(ParseError) as info:
        parse_article(data)
    assert "markup" in str(info.value).lower() or "html" in str(info.value).lower()


# -- HTML that is not an article ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [
        pytest.param("<html><head><title>Tribunnews</title></head></html>", id="no-body"),
        pytest.param("<html><head><title>x</title></head><body></body></html>", id="empty-body"),
        pytest.param(
            "<html><body><nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>News</a></li>"
            "</ul></nav><footer>© 2024 TRIBUNnews.com</footer></body></html>",
            id="nav-only",
        ),
        pytest.param("<p>satu paragraf pendek</p>", id="fragment"),
        pytest.param("<html><body><h1 id='arttitle'>Judul saja</h1></body></html>", id="title-without-body"),
        pytest.param(
            "<html><body><h1 id='arttitle'>Judul</h1><div class='side-article txt-article'>"
            "<p class='baca'>Baca juga: <a href='/a'>Lain</a></p><script>x()</script></div></body></html>",
            id="body-all-boilerplate",
        ),
    ],
)
@pytest.mark.parametrize("url", [None, SAMPLE_URL, "https://example.org/news/1"])
def test_html_without_an_article_is_not_an_article_error(data: str, url: str | None) -> None:
    result = parse_or_newsparse_error(data, url=url)
    assert isinstance(result, NotAnArticleError), result
    assert_message_is_readable(result)


@pytest.mark.parametrize("data", ["<!DOCTYPE html>", "<!-- only a comment -->", "<", "<>", "</>"])
def test_markup_without_any_element(data: str) -> None:
    """Nothing lxml can build a document from: either error is a fair description."""
    result = parse_or_newsparse_error(data, url=SAMPLE_URL)
    assert isinstance(result, (ParseError, NotAnArticleError)), result


def test_body_without_headline_is_not_an_article_error() -> None:
    page = (
        "<html><body><div class='side-article txt-article'><p>Paragraf pertama yang cukup panjang "
        "untuk dianggap isi berita.</p><p>Paragraf kedua.</p></div></body></html>"
    )
    with pytest.raises(NotAnArticleError, match="headline"):
        parse_article(page, url=SAMPLE_URL)


def _homepages() -> list[Path]:
    return sorted(NONARTICLE.glob("*.html")) if NONARTICLE.is_dir() else []


@pytest.mark.parametrize("url", ["https://m.tribunnews.com/", "https://www.tribunnews.com/", None])
def test_real_homepage_is_not_an_article(url: str | None) -> None:
    pages = _homepages()
    if not pages:
        pytest.skip("../shared not found: real Tribun material is not available")
    for page in pages:
        with pytest.raises(NotAnArticleError) as info:
            parse_article(page.read_bytes(), url=url)
        assert_message_is_readable(info.value)
        assert "not an article" in str(info.value)


def test_real_homepage_as_text_is_not_an_article() -> None:
    pages = _homepages()
    if not pages:
        pytest.skip("../shared not found: real Tribun material is not available")
    for page in pages:
        with pytest.raises(NotAnArticleError):
            parse_article(page.read_text("utf-8", errors="replace"), url="https://m.tribunnews.com/")


# -- truncated pages --------------------------------------------------------------------------------


@pytest.mark.parametrize("cut", [1, 2, 15, 64, 200, 1000, 2500, 3500, 4200, 4600, 5000, 5500, 6000, 7000, -200, -20])
def test_truncated_sample_parses_or_raises_a_newsparse_error(cut: int) -> None:
    data = SAMPLE[:cut]
    result = parse_or_newsparse_error(data, url=SAMPLE_URL)
    if isinstance(result, Article):
        assert result.paragraphs and result.title
        assert result.text == "\n\n".join(result.paragraphs)


def test_truncated_sample_at_every_256th_byte() -> None:
    for cut in range(0, len(SAMPLE), 256):
        parse_or_newsparse_error(SAMPLE[:cut], url=SAMPLE_URL)


def test_truncated_inside_a_multibyte_character() -> None:
    # "©" (U+00A9, in the footer) is two bytes in UTF-8: cut after its first byte.
    index = SAMPLE.index("©".encode())
    result = parse_or_newsparse_error(SAMPLE[: index + 1], url=SAMPLE_URL)
    if isinstance(result, Article):
        assert result.paragraphs


def test_cut_just_after_the_body_still_parses_the_whole_body() -> None:
    end = SAMPLE.index(b"(Tribunnews.com/Rina Ayu Panca Rini)</p>") + len(b"(Tribunnews.com/Rina Ayu Panca Rini)</p>")
    article = parse_article(SAMPLE[:end], url=SAMPLE_URL)
    assert SAMPLE_SENTENCE in article.paragraphs
    assert article.authors == ["Rina Ayu Panca Rini"]


def _real_pages() -> list[Path]:
    real = SHARED / "tribun" / "real"
    return sorted(real.glob("*.html")) if real.is_dir() else []


def test_truncated_real_page_parses_or_raises_a_newsparse_error() -> None:
    """The real 2020 Tribun Solo page (scripts, ads, JSON-LD, sidebar) cut at 97 points."""
    pages = _real_pages()
    if not pages:
        pytest.skip("../shared not found: real Tribun material is not available")
    data = pages[0].read_bytes()
    url = "https://solo.tribunnews.com/2020/10/09/protokol-kesehatan-3m-adalah-vaksin-terbaik-cegah-covid-19"
    outcomes = set()
    for cut in range(0, len(data), max(1, len(data) // 97)):
        result = parse_or_newsparse_error(data[:cut], url=url)
        outcomes.add(type(result).__name__)
    assert "Article" in outcomes  # the later cuts keep the whole body
    assert outcomes & {"EmptyDocumentError", "NotAnArticleError", "ParseError"}  # the early ones cannot


@pytest.mark.parametrize("codec", ["utf-16", "utf-8-sig"])
def test_real_page_in_another_unicode_encoding_gives_the_same_article(codec: str) -> None:
    pages = _real_pages()
    if not pages:
        pytest.skip("../shared not found: real Tribun material is not available")
    data = pages[0].read_bytes()
    url = "https://solo.tribunnews.com/2020/10/09/protokol-kesehatan-3m-adalah-vaksin-terbaik-cegah-covid-19"
    assert parse_article(data.decode("utf-8").encode(codec), url=url) == parse_article(data, url=url)


# -- broken and unusual encodings -----------------------------------------------------------------


def test_a_few_invalid_utf8_bytes_do_not_lose_the_page() -> None:
    data = SAMPLE.replace(b"Uji coba berlangsung", b"Uji \xff\xfe coba berlangsung", 1)
    article = parse_article(data, url=SAMPLE_URL)
    assert article.title.startswith("Pemkot Semarang Uji Coba Bus Listrik")
    assert "Menurut dia, setiap bus mampu menempuh sekitar 250 kilometer dalam sekali pengisian daya." in (
        article.paragraphs
    )
    assert any(p.startswith("Uji") and p.endswith("masa itu.") for p in article.paragraphs)


def test_windows_1252_page_is_decoded_by_its_declared_charset() -> None:
    text = SAMPLE_TEXT.replace('<meta charset="UTF-8">', '<meta charset="windows-1252">', 1)
    text = text.replace(SAMPLE_SENTENCE, "Uji coba di kafé “Sehat” berlangsung — gratis… sampai Desember.", 1)
    data = text.encode("cp1252")
    assert b"\xe9" in data and b"\x93" in data and b"\x97" in data  # é, “, — as single cp1252 bytes
    article = parse_article(data, url=SAMPLE_URL)
    assert "Uji coba di kafé “Sehat” berlangsung — gratis… sampai Desember." in article.paragraphs


def test_iso_8859_1_label_means_windows_1252() -> None:
    text = SAMPLE_TEXT.replace(
        '<meta charset="UTF-8">',
        '<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">',
        1,
    )
    text = text.replace(SAMPLE_SENTENCE, "Harga “naik” di kafé.", 1)
    article = parse_article(text.encode("cp1252"), url=SAMPLE_URL)
    assert "Harga “naik” di kafé." in article.paragraphs


def test_undeclared_cp1252_bytes_fall_back_without_crashing() -> None:
    text = SAMPLE_TEXT.replace('<meta charset="UTF-8">', "", 1)
    data = text.encode("utf-8").replace(SAMPLE_SENTENCE.encode(), "Harga “naik” di kafé.".encode("cp1252"), 1)
    article = parse_article(data, url=SAMPLE_URL)
    assert article.title.startswith("Pemkot Semarang")


@pytest.mark.parametrize("label", ["x-bogus-9", "utf-99", "", "klingon", "utf-8;", "'"])
def test_bogus_declared_charset_falls_back_to_utf8(label: str) -> None:
    data = SAMPLE.replace(b'charset="UTF-8"', f'charset="{label}"'.encode(), 1)
    article = parse_article(data, url=SAMPLE_URL)
    assert "“Penumpang cukup melihat papan di halte, jadi tidak perlu menunggu tanpa kepastian,” ujarnya." in (
        article.paragraphs
    )


def test_declared_charset_that_lies_does_not_crash() -> None:
    # Declares UTF-16 but is UTF-8: whatever comes out must be an Article or a NewsparseError.
    data = SAMPLE.replace(b'charset="UTF-8"', b'charset="utf-16"', 1)
    parse_or_newsparse_error(data, url=SAMPLE_URL)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_with_bom(codec: str) -> None:
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}.get(codec, b"")
    data = bom + SAMPLE_TEXT.encode(codec)
    article = parse_article(data, url=SAMPLE_URL)
    assert SAMPLE_SENTENCE in article.paragraphs
    assert article.title == "Pemkot Semarang Uji Coba Bus Listrik di Koridor Baru, Warga Diminta Beri Masukan"


def test_utf16_without_bom_is_a_newsparse_error_or_parses() -> None:
    parse_or_newsparse_error(SAMPLE_TEXT.encode("utf-16-le"), url=SAMPLE_URL)


def test_utf8_with_bom() -> None:
    article = parse_article(b"\xef\xbb\xbf" + SAMPLE, url=SAMPLE_URL)
    assert SAMPLE_SENTENCE in article.paragraphs
    assert not article.title.startswith("\ufeff")


def test_str_with_bom_character() -> None:
    article = parse_article("\ufeff" + SAMPLE_TEXT, url=SAMPLE_URL)
    assert SAMPLE_SENTENCE in article.paragraphs


def test_bom_that_lies_is_a_decoding_error() -> None:
    # A UTF-32-LE BOM followed by bytes that are not UTF-32.
    with pytest.raises(ParseError) as info:
        parse_article(b"\xff\xfe\x00\x00" + SAMPLE[:1001], url=SAMPLE_URL)
    assert isinstance(info.value, NewsparseError)


def test_str_and_bytes_give_the_same_article() -> None:
    assert parse_article(SAMPLE, url=SAMPLE_URL) == parse_article(SAMPLE_TEXT, url=SAMPLE_URL)


def test_lone_surrogates_in_str_do_not_escape() -> None:
    text = SAMPLE_TEXT.replace(SAMPLE_SENTENCE, "Uji coba \ud800 berlangsung.", 1)
    parse_or_newsparse_error(text, url=SAMPLE_URL)


@pytest.mark.parametrize("char", ["\x01", "\x08", "\x0b", "\x0c", "\x1f", "\ufffe", "\uffff"])
def test_stray_control_characters_are_dropped_not_raised(char: str) -> None:
    """Found by the mutation property test: a \\x01 before a removed ad slot made lxml raise ValueError."""
    text = SAMPLE_TEXT.replace('<div id="div-Inside-MediumRectangle"', f'{char}<div id="div-Inside-MediumRectangle"')
    text = text.replace("Uji coba berlangsung", f"Uji {char}coba berlangsung", 1)
    for data in (text, text.encode("utf-8")):
        article = parse_article(data, url=SAMPLE_URL)
        assert SAMPLE_SENTENCE in article.paragraphs


def test_bytearray_and_memoryview_are_accepted() -> None:
    assert parse_article(bytearray(SAMPLE), url=SAMPLE_URL).paragraphs
    assert parse_article(memoryview(SAMPLE), url=SAMPLE_URL).paragraphs


# -- wrong types --------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [5, None, 3.5, ["<html>"], {"html": "x"}, object()])
def test_wrong_type_is_type_error(value: object) -> None:
    """Documented: a value that is neither str nor bytes is a programming error → TypeError."""
    with pytest.raises(TypeError, match="str or bytes"):
        parse_article(value)  # type: ignore[arg-type]


# -- pathological structure and size --------------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "depth"),
    # <p> and <li> cannot nest in HTML: lxml turns them into siblings, so fewer make the same point.
    [("div", 100_000), ("span", 100_000), ("b", 100_000), ("p", 20_000), ("li", 20_000)],
)
def test_deeply_nested_markup_does_not_hang_or_recurse(tag: str, depth: int) -> None:
    body = f"<{tag}>" * depth + "<p>Teks isi berita yang cukup panjang di sini untuk diuji.</p>" + f"</{tag}>" * depth
    page = (
        "<html><head><title>Judul</title></head><body><h1 id='arttitle'>Judul</h1>"
        f"<div class='side-article txt-article'>{body}</div></body></html>"
    )
    started = time.monotonic()
    result = parse_or_newsparse_error(page, url=SAMPLE_URL)
    assert time.monotonic() - started < HANG_SECONDS
    assert isinstance(result, (Article, NewsparseError))


def test_deeply_nested_markup_without_article_container() -> None:
    page = "<html><body>" + "<div>" * 100_000 + "x" + "</div>" * 100_000 + "</body></html>"
    started = time.monotonic()
    result = parse_or_newsparse_error(page)
    assert time.monotonic() - started < HANG_SECONDS
    assert isinstance(result, NewsparseError)


def test_many_unclosed_tags() -> None:
    page = SAMPLE_TEXT.replace("<p>Uji coba", "<p>" + "<b><i><a href='#'>" * 20_000 + "Uji coba", 1)
    started = time.monotonic()
    parse_or_newsparse_error(page, url=SAMPLE_URL)
    assert time.monotonic() - started < HANG_SECONDS


def test_huge_paragraph_parses_quickly() -> None:
    filler = "Kalimat yang panjang sekali untuk menguji ukuran masukan. " * 20_000  # ≈ 1.2 MB
    page = SAMPLE_TEXT.replace("<p>Uji coba", f"<p>{filler}</p><p>Uji coba", 1)
    started = time.monotonic()
    article = parse_article(page, url=SAMPLE_URL)
    assert time.monotonic() - started < HANG_SECONDS
    assert SAMPLE_SENTENCE in article.paragraphs
    assert any(len(p) > 1_000_000 for p in article.paragraphs)


def test_many_paragraphs_parse_quickly() -> None:
    many = "".join(f"<p>Paragraf nomor {i} dari berita yang sangat panjang.</p>" for i in range(10_000))
    page = SAMPLE_TEXT.replace("<p>Uji coba", f"{many}<p>Uji coba", 1)
    started = time.monotonic()
    article = parse_article(page, url=SAMPLE_URL)
    assert time.monotonic() - started < HANG_SECONDS
    assert "Paragraf nomor 9999 dari berita yang sangat panjang." in article.paragraphs


def test_huge_junk_input_is_rejected_quickly() -> None:
    started = time.monotonic()
    with pytest.raises(ParseError):
        parse_article(b"\x00\x01\x02" * 2_000_000)
    assert time.monotonic() - started < HANG_SECONDS


def test_broken_json_ld_is_ignored() -> None:
    text = SAMPLE_TEXT.replace('"@type":"NewsArticle",', '"@type":"NewsArticle",,,{{', 1)
    article = parse_article(text, url=SAMPLE_URL)
    assert SAMPLE_SENTENCE in article.paragraphs


@pytest.mark.parametrize(
    "json_ld",
    [
        "[]",
        "null",
        "42",
        '"just a string"',
        '{"@type": ["NewsArticle"], "datePublished": 5, "author": 7, "headline": null}',
        '{"@type": "NewsArticle", "datePublished": "kemarin", "author": [{"name": null}, "x", 3]}',
        '{"@graph": {"@graph": {"@type": "NewsArticle", "datePublished": ["2024"]}}}',
        "[" * 5000 + "]" * 5000,
    ],
)
def test_odd_json_ld_values_do_not_escape(json_ld: str) -> None:
    text = SAMPLE_TEXT.replace("</head>", f'<script type="application/ld+json">{json_ld}</script></head>', 1)
    text = text.replace('"datePublished":"2024-11-01T06:16:00+07:00",', "", 1)
    parse_or_newsparse_error(text, url=SAMPLE_URL)


@pytest.mark.parametrize(
    "url",
    [
        "",
        "not a url",
        "http://[::1",
        "https://",
        "ftp://x",
        "javascript:alert(1)",
        "https://www.tribunnews.com:99999/",
    ],
)
def test_odd_urls_do_not_escape(url: str) -> None:
    parse_or_newsparse_error(SAMPLE, url=url)


@pytest.mark.parametrize("canonical", ["http://[::1", "https://[bad/x", "   "])
def test_invalid_canonical_url_in_the_page_is_ignored(canonical: str) -> None:
    text = SAMPLE_TEXT.replace(
        f'<link rel="canonical" href="{SAMPLE_URL}">', f'<link rel="canonical" href="{canonical}">'
    )
    text = text.replace(
        f'<meta property="og:url" content="{SAMPLE_URL}">', f'<meta property="og:url" content="{canonical}">'
    )
    assert canonical in text
    for url in (SAMPLE_URL, None):
        article = parse_article(text, url=url)
        assert SAMPLE_SENTENCE in article.paragraphs
        assert article.canonical_url is None


def test_invalid_url_argument_is_a_clear_parse_error() -> None:
    with pytest.raises(ParseError, match="not a valid URL"):
        parse_article(SAMPLE, url="http://[::1")


def test_xml_declaration_with_encoding_is_accepted() -> None:
    text = '<?xml version="1.0" encoding="UTF-8"?>\n' + SAMPLE_TEXT
    assert SAMPLE_SENTENCE in parse_article(text.encode("utf-8"), url=SAMPLE_URL).paragraphs
    assert SAMPLE_SENTENCE in parse_article(text, url=SAMPLE_URL).paragraphs


# -- property tests ---------------------------------------------------------------------------------


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2048))
def test_arbitrary_bytes_parse_or_raise_newsparse_error(data: bytes) -> None:
    parse_or_newsparse_error(data)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=2048))
def test_arbitrary_text_parse_or_raise_newsparse_error(text: str) -> None:
    parse_or_newsparse_error(text, url=SAMPLE_URL)


_TAGS = [
    "html",
    "head",
    "body",
    "div",
    "p",
    "h1",
    "a",
    "script",
    "time",
    "figure",
    "br",
    "!--",
    "?xml",
    "meta",
]
_ATTRS = ["", ' id="arttitle"', ' class="side-article txt-article"', ' class="baca"', ' charset="utf-16"',
          ' type="application/ld+json"', ' href="/x"', ' class="imgfull" src=""']  # fmt: skip
_TEXTS = ["TRIBUNNEWS.COM, JAKARTA - ", "Baca juga: ", "(*)", "(Tribunnews.com/Nama)",
          "Laporan Wartawan X, Y", "Jumat, 1 November 2024 06:16 WIB", "{", '"', "&amp;", "&#0;",
          "&#x110000;", "Sumber: X", "\ufffd",
          "Artikel ini telah tayang di X dengan judul Y", "•", "", "kata dia."]  # fmt: skip


@st.composite
def html_soup(draw: st.DrawFn) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 40))):
        kind = draw(st.integers(0, 3))
        if kind == 0:
            parts.append(f"<{draw(st.sampled_from(_TAGS))}{draw(st.sampled_from(_ATTRS))}>")
        elif kind == 1:
            parts.append(f"</{draw(st.sampled_from(_TAGS))}>")
        elif kind == 2:
            parts.append(draw(st.sampled_from(_TEXTS)))
        else:
            parts.append(draw(st.text(max_size=20)))
    return "".join(parts)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_soup(), st.sampled_from([None, SAMPLE_URL, "https://kupang.tribunnews.com/2020/01/01/x"]))
def test_html_soup_parses_or_raises_newsparse_error(page: str, url: str | None) -> None:
    parse_or_newsparse_error(page, url=url)
    parse_or_newsparse_error(page.encode("utf-8", "surrogatepass"), url=url)


_BLOCKS = [
    "<p>{t}</p>", "<p><strong>{t}</strong> - {t}</p>", '<p class="baca">Baca juga: <a href="/r">{t}</a></p>',
    "<p>{t}<br>{t}</p>", '<p><a href="/x">{t}</a></p>', "<h2>{t}</h2>", "<div>{t}<p>{t}</p>{t}</div>",
    '<figure><img src="/i.jpg"><figcaption>{t}</figcaption></figure>', "<script>{t}</script>",
    '<div id="div-Inside-MediumRectangle" class="ads-on-body">{t}</div>', "{t}", "<ul><li>{t}</li></ul>",
    '<blockquote class="twitter-tweet"><p>{t}</p></blockquote>', "<table><tr><td>{t}</td></tr></table>",
]  # fmt: skip


@st.composite
def tribun_page(draw: st.DrawFn) -> str:
    """A well-formed 2022 Tribun page whose body is random blocks of Tribun-ish and random text."""
    pieces = st.one_of(st.sampled_from(_TEXTS), st.text(max_size=30))
    body = []
    for _ in range(draw(st.integers(0, 12))):
        block = draw(st.sampled_from(_BLOCKS))
        while "{t}" in block:
            block = block.replace("{t}", html.escape(draw(pieces)), 1)
        body.append(block)
    return (
        '<html><head><meta charset="utf-8"></head><body><h1 id="arttitle">' + html.escape(draw(pieces)) + "</h1>"
        '<div id="article_con"><div class="side-article txt-article multi-fontsize">' + "".join(body) + "</div></div>"
        "</body></html>"
    )


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tribun_page())
def test_random_tribun_bodies_parse_or_raise_newsparse_error(page: str) -> None:
    result = parse_or_newsparse_error(page, url=SAMPLE_URL)
    if isinstance(result, Article):
        assert result.paragraphs and all(p and p == p.strip() for p in result.paragraphs)
        assert result.text == "\n\n".join(result.paragraphs)
        assert result.title


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(SAMPLE) - 1), st.binary(min_size=0, max_size=8)), max_size=8))
def test_mutated_sample_parses_or_raises_newsparse_error(edits: list[tuple[int, bytes]]) -> None:
    data = bytearray(SAMPLE)
    for position, replacement in edits:
        data[position : position + len(replacement)] = replacement
    parse_or_newsparse_error(bytes(data), url=SAMPLE_URL)


def test_errors_form_one_hierarchy() -> None:
    for cls in (ParseError, EmptyDocumentError, DecodingError, NotAnArticleError):
        assert issubclass(cls, NewsparseError)
    assert issubclass(EmptyDocumentError, ParseError)
    assert issubclass(DecodingError, ParseError)
    assert not issubclass(NotAnArticleError, ParseError)
