"""``Article.language`` (issue 11, class 12): what the page declares, as a primary language tag."""

from __future__ import annotations

import json

import pytest

from newsparse import metadata, parse_article

BODY = "".join(
    f"<p>{text}</p>"
    for text in (
        "Nelayan di Pelabuhan Muncar, Kabupaten Banyuwangi, panen ikan lemuru sejak awal pekan ini.",
        "Hasil tangkapan yang melimpah membuat harga lemuru di tempat pelelangan ikan turun tajam.",
        "Dinas Perikanan Banyuwangi meminta pabrik pengalengan menyerap hasil tangkapan nelayan.",
    )
)
GENERIC_URL = "https://www.wartapesisir.com/daerah/2025/02/10/nelayan-muncar"
TRIBUN_URL = "https://www.tribunnews.com/regional/2024/11/01/pemkot-semarang-uji-coba-bus-listrik"


def generic(html_attrs: str = "", head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html {html_attrs}><head><title>Nelayan Muncar Panen Lemuru - Warta Pesisir</title>"
        f"{head}</head><body><div class='isi'>{BODY}</div></body></html>"
    )


def tribun(html_attrs: str = "", head: str = "") -> str:
    return (
        f"<html {html_attrs}><head>{head}</head><body><h1 id='arttitle'>Pemkot Semarang Uji Coba Bus Listrik</h1>"
        f"<div class='side-article txt-article'>{BODY}</div></body></html>"
    )


@pytest.mark.parametrize("build,url", [(generic, GENERIC_URL), (tribun, TRIBUN_URL)], ids=["generic", "tribun"])
@pytest.mark.parametrize(
    ("html_attrs", "head", "expected"),
    [
        ("lang='id'", "", "id"),
        ("lang='id-ID'", "", "id"),
        ("lang='ID_id'", "", "id"),
        ("lang='in-ID'", "", "id"),  # the old ISO code Java locales still write
        ("lang='en'", "", "en"),
        ("lang='en-US'", "", "en"),
        ("", "<meta property='og:locale' content='en_GB'>", "en"),
        ("", "<meta http-equiv='Content-Language' content='en'>", "en"),
        ("", "<meta http-equiv='content-language' content='ms-MY, en'>", "ms"),
        ("xml:lang='jv'", "", "id"),  # only the lang attribute of <html> counts, not xml:lang
        ("lang='und'", "", "id"),  # "undetermined" says nothing: the default
        ("lang=''", "", "id"),
        ("lang='not a tag!'", "", "id"),
        ("", "", "id"),  # the page says nothing: the parser's default
        # a theme's lang="en-US" on an Indonesian site: the majority of declarations wins
        ("lang='en-US'", "<meta property='og:locale' content='id_ID'>"
                         "<meta http-equiv='Content-Language' content='id'>", "id"),
        # a tie goes to <html lang>
        ("lang='en-US'", "<meta property='og:locale' content='id_ID'>", "en"),
    ],
)  # fmt: skip
def test_language_is_read_from_the_page(build, url, html_attrs: str, head: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert parse_article(build(html_attrs, head), url=url).language == expected


def test_json_ld_in_language_counts() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "inLanguage": "en-US"}
    head = f"<script type='application/ld+json'>{json.dumps(ld)}</script><meta property='og:locale' content='en_US'>"
    assert parse_article(generic("lang='id'", head), url=GENERIC_URL).language == "en"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("id", "id"), ("id-ID", "id"), ("id_ID", "id"), ("IND", "id"), ("zh-Hant-TW", "zh"), ("x-default", None),
     ("*", None), ("", None), (None, None), ("english", None), ("en-US, id", "en")],
)  # fmt: skip
def test_language_tag(value: str | None, expected: str | None) -> None:
    assert metadata.language_tag(value) == expected
