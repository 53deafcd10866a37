"""One test per stripping rule of the body cleaner, on small hand-written bodies."""

from __future__ import annotations

import pytest
from lxml import html

from newsparse.cleaning import CleaningRules, clean_body, split_credit

RULES = CleaningRules(related=(".//p[contains(@class, 'baca')]",))


def clean(body: str):  # type: ignore[no-untyped-def]
    return clean_body(html.fragment_fromstring(f"<div>{body}</div>"), RULES)


@pytest.mark.parametrize(
    ("prefix", "outlet", "place"),
    [
        ("TRIBUNNEWS.COM, JAKARTA - ", "TRIBUNNEWS.COM", "JAKARTA"),
        ("TRIBUNNEWS.COM , SURABAYA - ", "TRIBUNNEWS.COM", "SURABAYA"),
        ("Tribunnews.com, Jakarta - ", "Tribunnews.com", "Jakarta"),
        ("TRIBUNNEWS.COM, JAKARTA -- ", "TRIBUNNEWS.COM", "JAKARTA"),
        ("TRIBUNNEWS.COM – ", "TRIBUNNEWS.COM", None),
        ("TRIBUNJATIM.COM, SURABAYA -  ", "TRIBUNJATIM.COM", "SURABAYA"),
        ("TRIBUN-TIMUR.COM,MAKASSAR - ", "TRIBUN-TIMUR.COM", "MAKASSAR"),
        ("TRIBUNLAMPUNG.CO.ID - ", "TRIBUNLAMPUNG.CO.ID", None),
        ("TRIBUNKALTIM.CO - ", "TRIBUNKALTIM.CO", None),
        ("TRIBUNJABAR.ID, BANDUNG - ", "TRIBUNJABAR.ID", "BANDUNG"),
        ("TRIBUNJATENG.COM- ", "TRIBUNJATENG.COM", None),
        ("POS-KUPANG.COM| KUPANG-- ", "POS-KUPANG.COM", "KUPANG"),
        ("POS-KUPANG.COM|KUPANG - ", "POS-KUPANG.COM", "KUPANG"),
        ("POS-KUPANG.COM | KUPANG - ", "POS-KUPANG.COM", "KUPANG"),
        ("POS-KUPANG.COM,KUPANG - ", "POS-KUPANG.COM", "KUPANG"),
        ("SERAMBINEWS.COM, SIGLI - ", "SERAMBINEWS.COM", "SIGLI"),
        ("<strong>TRIBUNSOLO.COM, JAKARTA</strong> --", "TRIBUNSOLO.COM", "JAKARTA"),
        ("YOGYA, TRIBUN - ", "TRIBUN", "YOGYA"),
    ],
)
def test_dateline_variants(prefix: str, outlet: str, place: str | None) -> None:
    out = clean(f"<p>{prefix}Warga antre sejak pagi.</p><p>Paragraf kedua.</p>")
    assert out.paragraphs == ["Warga antre sejak pagi.", "Paragraf kedua."]
    assert out.dateline is not None
    assert (out.dateline.outlet, out.dateline.place) == (outlet, place)


def test_ordinary_openings_are_not_datelines() -> None:
    out = clean("<p>Jakarta kembali macet pada Senin pagi - seperti biasa.</p>")
    assert out.dateline is None and out.paragraphs == ["Jakarta kembali macet pada Senin pagi - seperti biasa."]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Laporan Wartawan Tribunnews.com, Fransiskus Adhiyuda", ["Fransiskus Adhiyuda"]),
        ("Laporan Wartawan Tribunnews, Taufik Ismail", ["Taufik Ismail"]),
        ("Laporan Wartawan TribunJatim.com, Yusron Naufal Putra.", ["Yusron Naufal Putra"]),
        ("Laporan Wartawan Tribun Medan/Natalin", ["Natalin"]),
        ("Laporan Idris Ismail | Pidie", ["Idris Ismail"]),
        ("Laporan Reporter POS-KUPANG.COM, Asti Dhema", ["Asti Dhema"]),
        ("Laporan Wartawan Tribunnews.com, Gita Irawan dan Fersianus Waku", ["Gita Irawan", "Fersianus Waku"]),
    ],
)
def test_reporter_lines_become_authors(line: str, names: list[str]) -> None:
    out = clean(f"<p>{line}</p><p>TRIBUNNEWS.COM, JAKARTA - Isi berita.</p>")
    assert out.paragraphs == ["Isi berita."]
    assert out.authors == names


@pytest.mark.parametrize(
    ("last", "kept", "names"),
    [
        ("Harga naik, tandasnya.(*)", "Harga naik, tandasnya.", []),
        ("Harga naik. (*)", "Harga naik.", []),
        ("Harga naik. (Tribunnews.com/Maliana)", "Harga naik.", ["Maliana"]),
        ("Harga naik. (Tribunnews.com/Faisal Abdul Muhaimin/Arif Tio)", "Harga naik.", ["Faisal Abdul Muhaimin", "Arif Tio"]),
        ("Harga naik. (Dani Prabowo/kompas.com)", "Harga naik.", ["Dani Prabowo"]),
        ("Harga naik. (tiah sm)", "Harga naik.", ["tiah sm"]),
        ("Harga naik. (Laporan Reporter POS KUPANG.COM, Vinsen Huler)", "Harga naik.", ["Vinsen Huler"]),
        ("Rapat digelar Kamis (31/10/2024).", "Rapat digelar Kamis (31/10/2024).", []),
        ("Ia didampingi istrinya (Ani).", "Ia didampingi istrinya (Ani).", []),
    ],
)
def test_end_markers(last: str, kept: str, names: list[str]) -> None:
    out = clean(f"<p>Paragraf pertama.</p><p>{last}</p>")
    assert out.paragraphs == ["Paragraf pertama.", kept]
    assert out.authors == names


@pytest.mark.parametrize(
    "line",
    [
        'Baca juga: <a href="/a">Judul Lain</a>',
        'Baca: <a href="/a">Judul Lain</a>',
        'BACA JUGA : <a href="/a">Judul Lain</a>',
        '• <a href="/a">Judul Lain</a>',
        '<strong><a href="/a">Judul Lain</a></strong>',
        'Lihat juga: <a href="/a">Judul Lain</a>',
        'Baca Selengkapnya: <a href="/a">Judul Lain</a>',
    ],
)
def test_related_lines_become_links(line: str) -> None:
    out = clean(f"<p>Awal.</p><p>{line}</p><p>Akhir.</p>")
    assert out.paragraphs == ["Awal.", "Akhir."]
    assert [(link.title, link.url) for link in out.related] == [("Judul Lain", "/a")]


def test_p_baca_element_and_a_link_split_by_an_ad() -> None:
    out = clean(
        '<p>Awal.</p><p class="baca">Baca: <a href="/x">Suporter Geruduk Tribun Sup</a></p>'
        '<div id="div-gpt-ad-1"><script>ad()</script></div><p><a href="/x">orter Malaysia</a></p><p>Akhir.</p>'
    )
    assert out.paragraphs == ["Awal.", "Akhir."]
    assert [link.title for link in out.related] == ["Suporter Geruduk Tribun Suporter Malaysia"]


def test_inline_links_and_bold_text_are_kept_and_not_glued() -> None:
    out = clean('<p>Produk itu dijual di <strong>Uni Eropa</strong> ketika <a href="/t">Prabowo</a> datang.</p>')
    assert out.paragraphs == ["Produk itu dijual di Uni Eropa ketika Prabowo datang."]


@pytest.mark.parametrize(
    "junk",
    [
        "Dapatkan Berita Pilihan di WhatsApp Anda",
        "Ikuti kami di Google News",
        "Simak berita terbaru Tribunnews.com di Google News",
        "Langganan berita pilihan tribun-timur.com di WhatsApp",
        "Klik &gt; http://bit.ly/x",
        "Halaman selanjutnya",
        "BERITA REKOMENDASI",
        ":quality(30):format(webp):focal(0.5x0.5)/pekanbaru/foto/bank/originals/x.jpg)",
        "— TRIBUNnews.com (@tribunnews) July 27, 2017",
        "&nbsp;",
    ],
)
def test_promo_widget_and_leak_paragraphs_are_dropped(junk: str) -> None:
    assert clean(f"<p>Awal.</p><p>{junk}</p><p>Akhir.</p>").paragraphs == ["Awal.", "Akhir."]


def test_scripts_ads_iframes_and_figures_are_removed_captions_kept() -> None:
    out = clean(
        "<p>Awal.</p><script>var a = 1;</script><iframe src='x'></iframe><ins class='adsbygoogle'></ins>"
        "<figure><img src='/f.jpg'><figcaption>Suasana rapat. (TRIBUNNEWS/IRWAN)</figcaption></figure><p>Akhir.</p>"
    )
    assert out.paragraphs == ["Awal.", "Akhir."]
    assert [(i.url, i.caption, i.credit) for i in out.images] == [("/f.jpg", "Suasana rapat.", "TRIBUNNEWS/IRWAN")]


@pytest.mark.parametrize(
    ("line", "name", "cue", "title"),
    [
        ("Artikel ini telah tayang di tribunjabar.id dengan judul Geng Motor Ditangkap", "tribunjabar.id", "Artikel ini telah tayang di", "Geng Motor Ditangkap"),
        ("Artikel ini telah tayang di Tribunnews.com dengan judul Warga Tewas,", "Tribunnews.com", "Artikel ini telah tayang di", "Warga Tewas"),
        ('Artikel ini telah tayang di Kompas.com dengan judul "Menteri Dipanggil"', "Kompas.com", "Artikel ini telah tayang di", "Menteri Dipanggil"),
        ("Sumber: Kompas.com", "Kompas.com", "Sumber:", None),
    ],
)
def test_syndication_footers_become_sources(line: str, name: str, cue: str, title: str | None) -> None:
    out = clean(f"<p>Isi.</p><p>{line}</p>")
    assert out.paragraphs == ["Isi."]
    assert [(s.name, s.kind, s.cue, s.title) for s in out.syndication] == [(name, "syndication", cue, title)]


def test_credit_lines_inside_the_body() -> None:
    out = clean("<p>Isi.</p><p>Penulis: Idris Ismail<br>Editor: Yusmadi</p>")
    assert out.paragraphs == ["Isi."]
    assert (out.authors, out.editors) == (["Idris Ismail"], ["Yusmadi"])


def test_a_body_paragraph_mentioning_baca_is_not_dropped() -> None:
    text = "Warga diminta membaca petunjuk: jangan membuang sampah ke sungai."
    assert clean(f"<p>{text}</p>").paragraphs == [text]


def test_split_credit() -> None:
    assert split_credit("Aksi suporter di SUGBK. TRIBUNNEWS/IRWAN RISMAWAN") == ("Aksi suporter di SUGBK.", "TRIBUNNEWS/IRWAN RISMAWAN")
    assert split_credit("Tanpa kredit.") == ("Tanpa kredit.", None)


def test_bullet_list_items_of_the_article_are_kept() -> None:
    out = clean("<p>Tips dari dokter:</p><p>• Memakai masker saat keluar rumah.</p><p>• Rajin mencuci tangan dengan sabun.</p>")
    assert out.paragraphs == ["Tips dari dokter:", "• Memakai masker saat keluar rumah.", "• Rajin mencuci tangan dengan sabun."]
    assert out.related == []


def test_unlinked_bullet_headline_is_a_related_line() -> None:
    out = clean("<p>Awal.</p><p>• Suwanto, Mudik Tahun Ini Diganti Dengan Lebaran Haji</p><p>Akhir.</p>")
    assert out.paragraphs == ["Awal.", "Akhir."]
    assert [link.title for link in out.related] == ["Suwanto, Mudik Tahun Ini Diganti Dengan Lebaran Haji"]


def test_tribun_page_without_body_markup_falls_back_to_json_ld_article_body() -> None:
    from newsparse import parse_article

    page = (
        '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Judul", '
        '"articleBody": "TRIBUNNEWS.COM, JAKARTA - Paragraf pertama.\\nParagraf kedua. (Tribunnews.com/Nama Penulis)"}'
        "</script></head><body><h1 id='arttitle'>Judul</h1><div class='new-template'>…</div></body></html>"
    )
    article = parse_article(page, url="https://www.tribunnews.com/nasional/2025/01/01/judul")
    assert article.paragraphs == ["Paragraf pertama.", "Paragraf kedua."]
    assert article.authors == ["Nama Penulis"]
    assert article.dateline is not None and article.dateline.place == "JAKARTA"


def test_a_shorter_credit_of_the_same_writer_is_not_a_second_author() -> None:
    from newsparse.metadata import unique_people

    assert unique_people(["Sayyid Zulfadli Saleh Wahab", "Sayyid Zulfadli"]) == ["Sayyid Zulfadli Saleh Wahab"]
    assert unique_people(["Maliana", "Inza Maliana"]) == ["Inza Maliana"]
    assert unique_people(["Tiah SM", "tiah sm"]) == ["Tiah SM"]
    assert unique_people(["Gita Irawan", "Fersianus Waku"]) == ["Gita Irawan", "Fersianus Waku"]
    assert unique_people(["Ali", "Alian Saputra"]) == ["Ali", "Alian Saputra"]


@pytest.mark.parametrize(
    "placeholder", ["[Gambas:Video CNN]", "[Gambas:Video 20detik]", "[video]", "[ Gambas:Instagram ]"]
)
@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_unrendered_embed_placeholders_leave_the_body(placeholder: str, where: str) -> None:
    paragraphs = ["Paragraf pertama tentang banjir.", "Paragraf kedua tentang pengungsi."]
    position = {"start": 0, "middle": 1, "end": 2}[where]
    items = [*paragraphs[:position], placeholder, *paragraphs[position:]]
    out = clean("".join(f"<p>{item}</p>" for item in items))
    assert out.paragraphs == paragraphs


def test_bracketed_text_inside_a_paragraph_stays() -> None:
    kept = "[Update] Polisi menutup jalan itu sejak pagi."
    assert clean(f"<p>{kept}</p><p>Paragraf kedua.</p>").paragraphs == [kept, "Paragraf kedua."]
