"""Which block is the article (issue 11, class 9): text density and structure, not the first match.

Layouts of 2010s–2020s Indonesian portals, made up here: text separated by ``<br>`` with no
``<p>`` (in a ``div``, a ``td``, a ``span``), photo stories whose text is in captions, a side box
that comes before the article, an article split by an ad slot, an ``articleBody`` mark on the
wrong element. Each must give back the article's paragraphs exactly.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from newsparse import NotAnArticleError, parse_article

URL = "https://www.kabarlintas.com/daerah/2016/03/14/banjir-rob-genangi-pesisir-pekalongan"
PARAGRAPHS = [
    "Banjir rob kembali menggenangi kawasan pesisir Kota Pekalongan sejak Minggu malam.",
    "Ketinggian air di permukiman warga Kelurahan Panjang Wetan mencapai 40 sentimeter.",
    "Warga memilih bertahan di rumah sambil meninggikan perabot dengan tumpukan batu bata.",
    "Badan Penanggulangan Bencana Daerah menyiapkan dapur umum di balai kelurahan setempat.",
    "Petugas memperkirakan air baru surut dua hari lagi bila pasang laut mulai berkurang.",
]
SIDE_BOX = (
    "<div class='box-info'><h3>Info Lalu Lintas</h3>"
    "<p>Jalur pantura Pekalongan ramai lancar pagi ini.</p>"
    "<p>Perbaikan jembatan Comal selesai akhir bulan depan.</p>"
    "<p>Tarif tol Batang–Semarang tidak berubah tahun ini.</p></div>"
)
SIDEBAR = (
    "<div class='sidebar'><h3>Terpopuler</h3>"
    "<p><a href='/a'>Harga cabai di Pasar Banjarsari naik dua kali lipat pekan ini</a></p>"
    "<p><a href='/b'>Festival batik Pekalongan digelar di alun-alun kota bulan depan</a></p>"
    "<p>Ramalan cuaca: hujan ringan di sebagian besar wilayah pantura Jawa Tengah sore nanti.</p></div>"
)


def page(body_html: str, *, declared: bool, before: str = SIDE_BOX, after: str = SIDEBAR) -> str:
    meta = "<meta property='og:type' content='article'>" if declared else ""
    return (
        "<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'>"
        f"<title>Banjir Rob Genangi Pesisir Pekalongan - Kabar Lintas</title>{meta}</head><body>"
        "<div id='header'><a href='/'>Kabar Lintas</a> <a href='/daerah'>Daerah</a></div>"
        f"<table width='100%'><tr><td class='kiri'>{before}</td><td class='tengah'>"
        f"<h1>Banjir Rob Genangi Pesisir Pekalongan</h1>{body_html}</td>"
        f"<td class='kanan'>{after}</td></tr></table>"
        "<div id='footer'>Copyright © 2016 Kabar Lintas. All rights reserved.</div></body></html>"
    )


def br_lines(separator: str = "<br><br>") -> str:
    return separator.join(PARAGRAPHS)


BODIES = {
    "br-in-div": f"<div class='isi'>{br_lines()}</div>",
    "br-single": f"<div id='detail'>{br_lines('<br/>')}</div>",
    "br-in-span": f"<span class='txt'>{br_lines()}</span>",
    "br-in-font": f"<div><font face='Arial' size='2'>{br_lines()}</font></div>",
    "br-inline-markup": "<div class='news-body'>"
    + "<br><br>".join(p.replace("Pekalongan", "<b>Pekalongan</b>").replace("rob", "<a href='/tag/rob'>rob</a>")
                      for p in PARAGRAPHS)
    + "</div>",
    "br-with-dateline-in-bold": "<div class='isi'>" + br_lines() + "</div>",
    "p-split-by-ad": "<div class='article-body'>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:2])
    + "</div><div class='ads'><script>ad()</script>Iklan</div><div class='article-body'>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[2:])
    + "</div>",
    "p-in-plain-divs": "<div><div>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div></div>",
}  # fmt: skip


@pytest.mark.parametrize("layout", list(BODIES))
@pytest.mark.parametrize("declared", [True, False], ids=["og-article", "undeclared"])
def test_the_article_block_wins_over_side_boxes(layout: str, declared: bool) -> None:
    article = parse_article(page(BODIES[layout], declared=declared), url=URL)
    assert article.parser == "generic"
    assert article.paragraphs == PARAGRAPHS


@pytest.mark.parametrize("layout", ["br-in-div", "p-split-by-ad"])
def test_the_side_box_after_the_article_does_not_win_either(layout: str) -> None:
    html = page(BODIES[layout], declared=False, before="", after=SIDE_BOX + SIDEBAR)
    assert parse_article(html, url=URL).paragraphs == PARAGRAPHS


def test_an_article_body_mark_on_a_side_box_is_not_trusted() -> None:
    box = SIDE_BOX.replace("<div class='box-info'>", "<div class='box-info' itemprop='articleBody'>")
    article = parse_article(page(BODIES["br-in-div"], declared=True, before=box), url=URL)
    assert article.paragraphs == PARAGRAPHS


def test_an_article_body_mark_on_the_article_is_used() -> None:
    body = "<div itemprop='articleBody'><div class='lead'><p>" + PARAGRAPHS[0] + "</p></div>"
    body += "".join(f"<p>{p}</p>" for p in PARAGRAPHS[1:]) + "</div>"
    assert parse_article(page(body, declared=True), url=URL).paragraphs == PARAGRAPHS


CAPTIONS = [
    "Warga menaikkan perabot ke atas meja saat banjir rob menggenangi rumah di Panjang Wetan, Pekalongan.",
    "Anak-anak bermain air di jalan kampung yang tergenang rob setinggi lutut orang dewasa.",
    "Petugas BPBD membagikan makanan dari dapur umum kepada warga yang rumahnya terendam.",
    "Sebuah perahu kecil dipakai warga untuk menyeberangi jalan utama yang berubah menjadi sungai.",
]


@pytest.mark.parametrize(
    "gallery",
    [
        "<div class='gallery'>"
        + "".join(f"<figure><img src='/f/{i}.jpg'><figcaption>{c}</figcaption></figure>" for i, c in enumerate(CAPTIONS))
        + "</div>",
        "<div class='foto-story'>"
        + "".join(f"<div class='slide'><img src='/f/{i}.jpg'><p class='caption'>{c}</p></div>" for i, c in enumerate(CAPTIONS))
        + "</div>",
    ],
    ids=["figcaption", "caption-paragraphs"],
)  # fmt: skip
@pytest.mark.parametrize("declared", [True, False], ids=["og-article", "undeclared"])
def test_a_photo_story_is_an_article_of_its_captions(gallery: str, declared: bool) -> None:
    article = parse_article(page(gallery, declared=declared), url=URL)
    assert article.paragraphs == CAPTIONS


def test_json_ld_article_body_beats_a_thin_block() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "articleBody": "\n".join(PARAGRAPHS * 2)}
    html = page("<div id='app'></div>", declared=True).replace(
        "</head>", f"<script type='application/ld+json'>{json.dumps(ld)}</script></head>"
    )
    assert parse_article(html, url=URL).paragraphs == PARAGRAPHS * 2


def test_a_page_of_side_boxes_only_is_not_an_article() -> None:
    with pytest.raises(NotAnArticleError):
        parse_article(page("<div class='kosong'></div>", declared=False), url=URL)


INTRO = "Warga pesisir Pekalongan kembali berjibaku dengan banjir rob yang datang setiap bulan purnama."


@pytest.mark.parametrize("credit", ["<span class='credit'>Foto: Kabar Lintas/Budi</span>", " KABARLINTAS/BUDI SANTOSO"])
def test_a_photo_story_keeps_its_intro_and_drops_photo_credits(credit: str) -> None:
    figures = "".join(
        f"<figure><img src='/f/{i}.jpg'><figcaption><p>{c}</p>{credit}</figcaption></figure>"
        for i, c in enumerate(CAPTIONS)
    )
    body = f"<div class='intro'><p>{INTRO}</p></div><div class='ads'></div><div class='galeri'>{figures}</div>"
    assert parse_article(page(body, declared=True), url=URL).paragraphs == [INTRO, *CAPTIONS]


def test_the_lead_image_caption_before_the_body_is_not_an_intro() -> None:
    lead = "<div class='foto-utama'><img src='/f/0.jpg'><p>Banjir rob menggenangi permukiman di Panjang Wetan (Kabar Lintas/Budi)</p></div>"
    body = lead + "<div class='isi'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div>"
    assert parse_article(page(body, declared=True), url=URL).paragraphs == PARAGRAPHS


@pytest.mark.parametrize("heading", ["h2", "h3", "h4"])
@pytest.mark.parametrize("declared", [True, False], ids=["og-article", "undeclared"])
def test_an_index_of_teasers_is_not_an_article(heading: str, declared: bool) -> None:
    items = "".join(
        f"<div class='item'><{heading}><a href='/berita/{i}'>Judul berita nomor {i}</a></{heading}>"
        f"<p>PEKALONGAN, KABARLINTAS - {p}</p><span class='waktu'>14/03/2016</span></div>"
        for i, p in enumerate(PARAGRAPHS * 2)
    )
    with pytest.raises(NotAnArticleError):
        parse_article(page(f"<div class='indeks'>{items}</div>", declared=declared), url=URL)


def test_an_article_with_a_few_linked_subheadings_is_still_an_article() -> None:
    body = "<div class='isi'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS * 2)
    body += "<h3><a href='/topik/rob'>Topik: Banjir Rob</a></h3></div>"
    assert parse_article(page(body, declared=False), url=URL).paragraphs[:10] == PARAGRAPHS * 2


def test_read_also_and_tag_lines_in_the_body_are_not_paragraphs() -> None:
    body = "<div class='isi'>" + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:3])
    body += "<p class='read-also'><strong>Read More:</strong> <a href='/x'>Rob Meluas ke Batang</a></p>"
    body += "".join(f"<p>{p}</p>" for p in PARAGRAPHS[3:])
    body += "<p class='tagline-end'>Tags: <a href='/tag/rob'>rob</a></p></div>"
    article = parse_article(page(body, declared=True), url=URL)
    assert article.paragraphs == PARAGRAPHS
    assert [link.title for link in article.related] == ["Rob Meluas ke Batang"]


FIXTURES = sorted((Path(__file__).resolve().parent / "fixtures").glob("[0-9]*.html"))


def _token_f1(predicted: str, expected: str) -> float:
    pred, gold = Counter(re.findall(r"\w+", predicted.lower())), Counter(re.findall(r"\w+", expected.lower()))
    overlap = sum((pred & gold).values())
    return 2 * overlap / (sum(pred.values()) + sum(gold.values())) if overlap else 0.0


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_the_generic_parser_finds_the_body_of_every_tribun_fixture(path: Path) -> None:
    """Tribun pages are a hard case for a generic finder: the body's class is "side-article
    txt-article" (a chrome word and a body word), each paragraph one <p>, related links in between.
    The generic parser must find the same body as the site parser (benchmarks/generic_vs_site.py)."""
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    article = parse_article(path.read_bytes(), url=expected["url"], parser="generic")
    assert _token_f1(article.text, "\n\n".join(expected["paragraphs"])) >= 0.99
