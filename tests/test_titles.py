"""Headlines (issue 11, classes 6 and 10): never the site's name, never its suffix, section or slogan.

Pages are made-up outlets on the generic parser and Tribun pages on the Tribun parser. Each case
varies where the site's name is written (og:site_name, only the host, only the repeated part of
<title>), the separator, and what the site appends after its name.
"""

from __future__ import annotations

import json

import pytest

from newsparse import NotAnArticleError, parse_article
from newsparse.metadata import strip_site_suffix

HEADLINE = "Nelayan Muncar Panen Ikan Lemuru, Harga di Pelelangan Turun"
BODY = "".join(
    f"<p>{text}</p>"
    for text in (
        "Nelayan di Pelabuhan Muncar, Kabupaten Banyuwangi, panen ikan lemuru sejak awal pekan ini.",
        "Hasil tangkapan yang melimpah membuat harga lemuru di tempat pelelangan ikan turun tajam.",
        "Dinas Perikanan Banyuwangi meminta pabrik pengalengan menyerap hasil tangkapan nelayan.",
        "Sebagian nelayan memilih menyimpan ikan di gudang pendingin sambil menunggu harga naik.",
    )
)
URL = "https://www.wartapesisir.com/daerah/2025/02/10/nelayan-muncar-panen-ikan-lemuru"


def page(head: str, before_body: str = "", url_body: str = BODY) -> str:
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>"
        f"<header><a href='/'>Beranda</a></header>{before_body}"
        f"<div class='isi-berita'>{url_body}</div>"
        "<footer><p>© 2025 Warta Pesisir. Seluruh hak cipta dilindungi undang-undang.</p></footer>"
        "</body></html>"
    )


SUFFIXED_TITLES = [
    f"{HEADLINE} :: Warta Pesisir",
    f"{HEADLINE}::Warta Pesisir",
    f"{HEADLINE} | WARTAPESISIR.COM",
    f"{HEADLINE} - Warta Pesisir",
    f"{HEADLINE} – Wartapesisir.com",
    f"{HEADLINE} - Warta Pesisir - Kabar Terpercaya dari Pesisir Jawa Timur",
    f"{HEADLINE} | Daerah | Warta Pesisir",
    f"{HEADLINE} - Halaman 2 - Warta Pesisir",
    f"{HEADLINE} » Warta Pesisir Online",
]


@pytest.mark.parametrize("title", SUFFIXED_TITLES)
@pytest.mark.parametrize("named_by", ["og:site_name", "host only"])
def test_the_site_name_and_what_follows_it_leave_the_title(title: str, named_by: str) -> None:
    site = "<meta property='og:site_name' content='Warta Pesisir'>" if named_by == "og:site_name" else ""
    head = f"<title>{title}</title>{site}<meta property='article:section' content='Daerah'>"
    article = parse_article(page(head), url=URL)
    assert article.title == HEADLINE


@pytest.mark.parametrize("title", SUFFIXED_TITLES[:6])
def test_og_title_with_suffix_and_no_h1(title: str) -> None:
    head = f"<meta property='og:title' content='{title}'><meta property='og:site_name' content='Warta Pesisir'>"
    assert parse_article(page(head), url=URL).title == HEADLINE


def test_a_dash_inside_the_headline_stays() -> None:
    headline = "Kasus Covid-19 Naik Lagi - Dinkes Minta Warga Pakai Masker"
    head = f"<title>{headline} - Warta Pesisir</title>"
    assert parse_article(page(head), url=URL).title == headline


@pytest.mark.parametrize(
    "heading_html",
    [
        "<h1 class='logo'>Warta Pesisir</h1>",  # the logo
        "<h1>Daerah</h1>",  # the section
        "<h1>Regional</h1>",
        "<h1 class='slogan'>Kabar Terpercaya dari Pesisir Jawa Timur</h1>",  # the slogan
        "<h1>News</h1>",
    ],
)
@pytest.mark.parametrize("headline_tag", ["h1", "h2"])
def test_the_heading_that_matches_the_title_wins(heading_html: str, headline_tag: str) -> None:
    head = (
        f"<title>{HEADLINE} | Warta Pesisir - Kabar Terpercaya dari Pesisir Jawa Timur</title>"
        f"<meta property='og:title' content='{HEADLINE}'>"
    )
    before = f"{heading_html}<div class='judul'><{headline_tag}>{HEADLINE}</{headline_tag}></div>"
    assert parse_article(page(head, before), url=URL).title == HEADLINE


def test_a_heading_other_than_the_title_loses_to_the_title() -> None:
    head = f"<title>{HEADLINE} - Warta Pesisir</title>"
    before = "<h1>Kabar Terpercaya dari Pesisir Jawa Timur</h1><h2>Berita Terpopuler</h2>"
    assert parse_article(page(head, before), url=URL).title == HEADLINE


def test_an_article_h1_that_differs_from_the_seo_title_is_kept() -> None:
    shown = "Lemuru Melimpah, Harga di Pelelangan Muncar Anjlok"
    head = f"<title>{HEADLINE} - Warta Pesisir</title>"
    body = f"<article><h1>{shown}</h1>{BODY}</article>"
    assert parse_article(page(head, url_body=body), url=URL).title == shown


def test_a_title_that_starts_with_the_site_needs_a_heading_to_confirm_it() -> None:
    """"Site - Something" is how home and index pages title themselves: the rest is a headline only
    when the page shows it as a heading too."""
    head = f"<title>Warta Pesisir - {HEADLINE}</title>"
    assert parse_article(page(head, f"<h2>{HEADLINE}</h2>"), url=URL).title == HEADLINE
    with pytest.raises(NotAnArticleError, match="no headline"):
        parse_article(page(head), url=URL)


# -- class 6: a page whose only "headline" is the site's name -----------------------------------

SITE_ONLY_HEADS = [
    "<title>Warta Pesisir</title><meta property='og:site_name' content='Warta Pesisir'>",
    "<title>Warta Pesisir - Kabar Terpercaya dari Pesisir Jawa Timur</title>"
    "<meta property='og:title' content='Warta Pesisir'><meta property='og:site_name' content='Warta Pesisir'>",
    "<title>WartaPesisir.com</title>",
    "<title>Wartapesisir.com | Berita Terkini Hari Ini</title>",
]


@pytest.mark.parametrize("head", SITE_ONLY_HEADS)
def test_a_page_whose_title_is_only_the_site_name_has_no_headline(head: str) -> None:
    with pytest.raises(NotAnArticleError, match="no headline"):
        parse_article(page(head, "<h1 class='logo'>Warta Pesisir</h1>"), url=URL)


@pytest.mark.parametrize("head", SITE_ONLY_HEADS)
def test_json_ld_headline_is_the_headline_when_the_rest_is_the_site(head: str) -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE}
    script = f"<script type='application/ld+json'>{json.dumps(ld)}</script>"
    assert parse_article(page(head + script), url=URL).title == HEADLINE


TRIBUN_URL = "https://www.tribunnews.com/regional/2024/11/01/pemkot-semarang-uji-coba-bus-listrik"
TRIBUN_BODY = (
    "<div class='side-article txt-article multi-fontsize'>"
    "<p><strong>TRIBUNNEWS.COM, SEMARANG</strong> - Pemerintah Kota Semarang mulai menguji coba enam bus.</p>"
    "<p>Wali Kota Semarang mengatakan armada baru itu disiapkan untuk mengurangi kemacetan.</p></div>"
)


@pytest.mark.parametrize(
    "head",
    [
        "<title>Tribunnews.com</title><meta property='og:title' content='Tribunnews.com'>",
        "<title>Tribunnews.com - Berita Terkini Indonesia Hari Ini</title>",
        "<title>TRIBUNNEWS.COM</title><meta property='og:site_name' content='Tribunnews.com'>",
    ],
)
def test_tribun_page_without_headline_is_not_titled_with_the_site(head: str) -> None:
    html = f"<html><head>{head}</head><body><div id='article'>{TRIBUN_BODY}</div></body></html>"
    with pytest.raises(NotAnArticleError, match="no headline"):
        parse_article(html, url=TRIBUN_URL)


def test_tribun_h1_that_is_the_site_name_is_not_the_headline() -> None:
    head = "<title>Pemkot Semarang Uji Coba Bus Listrik - Tribunnews.com</title>"
    html = f"<html><head>{head}</head><body><h1>Tribunnews.com</h1><div id='article'>{TRIBUN_BODY}</div></body></html>"
    assert parse_article(html, url=TRIBUN_URL).title == "Pemkot Semarang Uji Coba Bus Listrik"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Judul Berita - Tribunnews.com", "Judul Berita"),
        ("Judul Berita - Tribun Solo", "Judul Berita"),
        ("Judul Berita - Halaman all - Tribunnews.com", "Judul Berita"),
        ("Judul Berita | TribunJatim.com", "Judul Berita"),
        ("Judul Berita - Tribun Sumsel", "Judul Berita"),
        ("Judul Berita - Pos-Kupang.com", "Judul Berita"),
        ("Judul Berita - Kata Warga", "Judul Berita - Kata Warga"),
        ("Judul Berita :: Koran Kita", "Judul Berita"),
    ],
)
def test_strip_site_suffix(title: str, expected: str) -> None:
    assert strip_site_suffix(title, ["Tribun Solo", "Koran Kita"]) == expected
