"""Issue 11, Tribun parser: one test per failure class, on pages and bodies written here.

The generated variants (tests/variants.py) cover the same classes in every form, position and
era; these tests pin each class with hand-written inputs that the generator does not produce.
"""

from __future__ import annotations

import json

import pytest
from lxml import html

from newsparse import parse_article
from newsparse.cleaning import CleaningRules, clean_body
from newsparse.metadata import unique_people

RULES = CleaningRules(related=(".//p[contains(@class, 'baca')]",))
LEAD = "Ratusan warga memadati alun-alun sejak pukul enam pagi untuk menonton pawai budaya."
SECOND = "Panitia mencatat sedikitnya empat puluh kelompok seni ikut dalam pawai tahun ini."


def clean(body: str):  # type: ignore[no-untyped-def]
    return clean_body(html.fragment_fromstring(f"<div>{body}</div>"), RULES)


def page(body: str, *, head: str = "", byline: str = "", after: str = "", url_path: str = "nasional/2019/04/08/x",
         chrome: str = "", ld_author: object = None) -> tuple[str, str]:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Pawai Budaya Meriah",
          "datePublished": "2019-04-08T10:15:00+07:00"}
    if ld_author is not None:
        ld["author"] = ld_author
    url = f"https://www.tribunnews.com/{url_path}"
    return url, (
        f"<html><head><title>Pawai Budaya Meriah - Tribunnews.com</title>{head}"
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body>{chrome}'
        f'<div id="article"><h1 id="arttitle">Pawai Budaya Meriah</h1>{byline}<div id="article_con">'
        f'<div class="side-article txt-article">{body}</div>{after}</div></div></body></html>'
    )


# -- class 1: the 2015–2016 www desktop byline ------------------------------------------------


@pytest.mark.parametrize(
    "block",
    [
        '<div class="f12 grey mt10"><div>Penulis: Ferdinand Waskita</div><div>Editor: Hendra Gunawan</div></div>',
        '<div class="grey"><div>Penulis : Ferdinand Waskita</div><div>Editor : Hendra Gunawan</div></div>',
        '<div class="f11 grey2"><div>Penulis: <a href="/p">Ferdinand Waskita</a></div>'
        '<div>Editor: <a href="/e">Hendra Gunawan</a></div></div>',
    ],
)
def test_2015_desktop_byline_in_plain_divs_after_the_related_list(block: str) -> None:
    url = "https://www.tribunnews.com/nasional/2015/08/13/x"
    doc = (
        '<html><head><title>Pawai - Tribunnews.com</title></head><body><div class="content"><h1>Pawai Budaya</h1>'
        '<div class="grey bdr3"><h3>Kamis, 13 Agustus 2015 20:10 WIB</h3></div>'
        f'<div class="side-article txt-article mb20 helvetica"><p>{LEAD}</p><p>{SECOND}</p></div>'
        f'<div id="related"><ul><li><a href="/a">Berita lain</a></li></ul></div>{block}</div></body></html>'
    )
    article = parse_article(doc, url=url)
    assert article.authors == ["Ferdinand Waskita"]
    assert article.editors == ["Hendra Gunawan"]


# -- class 2: organisations and doubled people as authors --------------------------------------


@pytest.mark.parametrize(
    "ld_author",
    [
        {"@type": "Organization", "name": "Tribunnews.com"},
        {"@type": "NewsMediaOrganization", "name": "Tribun Network"},
        {"@type": "Person", "name": "Tribunnews.com"},
        {"@type": "Person", "name": "www.tribunnews.com"},
        [{"@type": "Person", "name": "Tribun Jatim"}],
        "Tribunnews",
    ],
)
def test_json_ld_organisation_or_brand_is_not_an_author(ld_author: object) -> None:
    url, doc = page(f"<p>{LEAD}</p>", ld_author=ld_author)
    assert parse_article(doc, url=url).authors == []


def test_json_ld_person_is_still_an_author() -> None:
    url, doc = page(f"<p>{LEAD}</p>", ld_author={"@type": "Person", "name": "Dewi Sartika Putri"})
    assert parse_article(doc, url=url).authors == ["Dewi Sartika Putri"]


@pytest.mark.parametrize(
    ("names", "kept"),
    [
        (["Rizki Sandi Saputra", "Rizki Sandi S"], ["Rizki Sandi Saputra"]),
        (["Rizki Sandi S.", "Rizki Sandi Saputra"], ["Rizki Sandi Saputra"]),
        (["M Nur Ichsan", "Muhammad Nur Ichsan"], ["Muhammad Nur Ichsan"]),
        (["Rizki Sandi Saputra", "rizkisandi", "Rizki Sandi Saputrarizkisandi"], ["Rizki Sandi Saputra"]),
        (["Rizki Sandi Saputra", "@rizkisandi"], ["Rizki Sandi Saputra"]),
        (["Dewi Lestari", "Dewa Lestari"], ["Dewi Lestari", "Dewa Lestari"]),  # two people
        (["Ari S", "Ari Sulistyo", "Ari Santoso"], ["Ari S", "Ari Sulistyo", "Ari Santoso"]),  # ambiguous: keep
    ],
)
def test_one_person_spelt_two_ways_is_one_author(names: list[str], kept: list[str]) -> None:
    assert unique_people(names) == kept


@pytest.mark.parametrize(
    ("tail", "names"),
    [
        ("(Tribunnews.com/Al Jazeera/Gita Irawan)", ["Gita Irawan"]),
        ("(BBC/Gita Irawan)", ["Gita Irawan"]),
        ("(Reuters/AP/Gita Irawan)", ["Gita Irawan"]),
        ("(Tribunnews.com/Gita Irawan, S.Sos)", ["Gita Irawan"]),
    ],
)
def test_outlets_and_title_fragments_in_end_credits_are_not_authors(tail: str, names: list[str]) -> None:
    out = clean(f"<p>{LEAD} {tail}</p>")
    assert out.paragraphs == [LEAD]
    assert out.authors == names


def test_degree_after_a_comma_in_the_byline_is_not_a_second_author() -> None:
    url, doc = page(f"<p>{LEAD}</p>", byline='<div id="penulis">Penulis: Yulis Sulistyawan, M.Si</div>')
    assert parse_article(doc, url=url).authors == ["Yulis Sulistyawan"]


# -- class 3: datelines not at the very start of the first paragraph ---------------------------


@pytest.mark.parametrize(
    ("head", "names"),
    [
        ("<p>Laporan Wartawan Tribunnews.com Danang Triatmojo</p>", ["Danang Triatmojo"]),
        ("<p>Laporan: Danang Triatmojo | Klaten</p>", ["Danang Triatmojo"]),
        ("<p><em>Laporan Wartawan TribunSolo.com, Danang Triatmojo</em></p>", ["Danang Triatmojo"]),
        ("<h2>Pawai Dimulai Pagi</h2>", []),
        ("<h3>Pawai Dimulai Pagi</h3><p>Laporan Wartawan Tribunnews.com, Danang Triatmojo</p>", ["Danang Triatmojo"]),
    ],
)
def test_dateline_after_a_reporter_line_or_a_subheading(head: str, names: list[str]) -> None:
    out = clean(f"{head}<p>TRIBUNNEWS.COM, KLATEN - {LEAD}</p><p>{SECOND}</p>")
    assert out.dateline is not None and out.dateline.place == "KLATEN"
    assert out.authors == names
    assert out.paragraphs[-2:] == [LEAD, SECOND]
    assert not any("Laporan" in p for p in out.paragraphs)


@pytest.mark.parametrize(
    ("prefix", "outlet", "place"),
    [
        ("TRIBUNNEWS.COM. JAKARTA - ", "TRIBUNNEWS.COM", "JAKARTA"),
        ("TRIBUNNEWS.COM, JAKARTA -", "TRIBUNNEWS.COM", "JAKARTA"),
        ("TRIBUNNEWS. COM, JAKARTA - ", "TRIBUNNEWS. COM", "JAKARTA"),  # the outlet as written
        ("TRIBUNJATIM. COM - ", "TRIBUNJATIM. COM", None),
        ("SURYA.co.id. SURABAYA - ", "SURYA.co.id", "SURABAYA"),
    ],
)
def test_dateline_punctuation_variants(prefix: str, outlet: str, place: str | None) -> None:
    out = clean(f"<p>{prefix}{LEAD}</p>")
    assert out.paragraphs == [LEAD]
    assert out.dateline is not None and (out.dateline.outlet, out.dateline.place) == (outlet, place)


def test_a_dateline_deep_in_the_body_is_left_alone() -> None:
    body = "".join(f"<p>{SECOND}</p>" for _ in range(4)) + f"<p>TRIBUNNEWS.COM, KLATEN - {LEAD}</p>"
    assert clean(body).dateline is None


# -- class 4: syndication footers ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("tail", "name", "title", "authors"),
    [
        ('<p>Sebagian artikel ini telah tayang di Kompas.com dengan judul "Pawai Budaya Digelar"</p>',
         "Kompas.com", "Pawai Budaya Digelar", []),
        ('<p>Artikel ini telah tayang di Kompas.com dengan judul "Pawai Budaya Digelar"</p><p>Videografer: Bayu Aji</p>',
         "Kompas.com", "Pawai Budaya Digelar", []),
        ('<p>Artikel ini telah tayang di TribunSolo.com dengan judul Pawai Budaya Digelar</p><p>(Foto: TRIBUNSOLO/ADI)</p>',
         "TribunSolo.com", "Pawai Budaya Digelar", []),
        ("<p>Artikel ini telah tayang di Kompas.com dengan judul</p><p>Pawai Budaya Digelar</p>",
         "Kompas.com", "Pawai Budaya Digelar", []),
        ('<p>Artikel ini telah tayang di Kompas.com dengan judul "Pawai Budaya Digelar"</p>'
         "<p>(Tribunnews.com/Danang Triatmojo)</p>", "Kompas.com", "Pawai Budaya Digelar", ["Danang Triatmojo"]),
        ('<p>Berita ini sudah tayang di TribunJateng.com dengan judul: Pawai Budaya Digelar</p><p>Fotografer: Adi</p>',
         "TribunJateng.com", "Pawai Budaya Digelar", []),
    ],
)
def test_syndication_footers_not_at_the_end(tail: str, name: str, title: str, authors: list[str]) -> None:
    out = clean(f"<p>{LEAD}</p><p>{SECOND}</p>{tail}")
    assert out.paragraphs == [LEAD, SECOND]
    assert [(s.name, s.kind, s.title) for s in out.syndication] == [(name, "syndication", title)]
    assert out.authors == authors


def test_a_credit_label_inside_the_article_is_not_dropped() -> None:
    body = f"<p>{LEAD}</p><p>Foto: warga berswafoto di depan panggung utama menjadi tren sore itu.</p><p>{SECOND}</p>"
    assert len(clean(body).paragraphs) == 3


# -- class 5: section ---------------------------------------------------------------------------


SHARE = (
    '<div class="bsh mb20" id="va"><ul><li><a>Facebook</a></li><li><a>Twitter</a></li><li><a>StumbleUpon</a></li>'
    "</ul></div>"
)


def test_section_from_the_selected_menu_item_not_a_share_button() -> None:
    menu = '<div class="main-menu"><ul><li><a>Home</a></li><li class="nw selected"><a>Bisnis</a></li></ul></div>'
    url, doc = page(f"<p>{LEAD}</p>", chrome=menu + SHARE)
    assert parse_article(doc, url=url).section == "Bisnis"


def test_section_from_the_page_metadata_when_the_breadcrumb_is_share_buttons() -> None:
    url, doc = page(f"<p>{LEAD}</p>", chrome=SHARE, head='<meta property="article:section" content="Regional">')
    assert parse_article(doc, url=url).section == "Regional"


def test_no_section_rather_than_a_share_button() -> None:
    url, doc = page(f"<p>{LEAD}</p>", chrome=SHARE)
    assert parse_article(doc, url=url).section is None


# -- class 7: related lists after the body -------------------------------------------------------


def test_berita_terkait_table_after_the_body_is_related() -> None:
    after = (
        '<div class="mb10"><div class="f18"><span>Berita Terkait :</span><span><a href="/topic/x">#Pawai</a></span></div>'
        '<div class="f14"><table><tr><th><a href="https://solo.tribunnews.com/2020/10/08/a">Kirab Pusaka Ditunda</a></th>'
        '<td><a href="https://solo.tribunnews.com/2020/10/08/a"><img src="/i.jpg"></a></td></tr>'
        '<tr><th><a href="https://solo.tribunnews.com/2020/10/07/b">Festival Payung Kembali Digelar</a></th></tr>'
        "</table></div></div>"
    )
    url, doc = page(f"<p>{LEAD}</p>", after=after, url_path="2020/10/09/x")
    titles = [link.title for link in parse_article(doc, url=url).related]
    assert titles == ["Kirab Pusaka Ditunda", "Festival Payung Kembali Digelar"]


def test_berita_terkait_heading_with_a_list() -> None:
    after = (
        '<div><h4>BERITA TERKAIT</h4><ul><li><a href="https://solo.tribunnews.com/2020/10/08/a">Kirab Pusaka Ditunda</a>'
        "</li></ul></div>"
    )
    url, doc = page(f"<p>{LEAD}</p>", after=after, url_path="2020/10/09/x")
    assert [link.title for link in parse_article(doc, url=url).related] == ["Kirab Pusaka Ditunda"]


# -- hostile input: the new patterns stay linear ---------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        "TRIBUNNEWS.COM" + " ," * 20000 + " x",
        "TRIBUNNEWS. COM. " + "JAKARTA " * 10000,
        "Laporan Wartawan Tribunnews.com " + "Nama " * 20000 + "(",
        "Laporan: " + "a|" * 20000,
        "Sebagian artikel ini telah tayang di " + "x" * 50 + " dengan judul" * 5000,
        "Jakarta (" + "ANTARA " * 10000,
        "Videografer: " + "(" * 20000,
        "Penulis: Nama " + "Twitter:" * 10000,
        "x " * 20000 + "(" + "Laporan: " * 5000 + ")",
    ],
)
def test_hostile_paragraphs_are_cleaned_in_bounded_time(paragraph: str, finishes) -> None:  # type: ignore[no-untyped-def]
    body = f"<p>{paragraph}</p>" * 2 + f"<p>{LEAD}</p>" + f"<p>{paragraph}</p>"
    assert finishes(lambda: clean(body), seconds=10)
