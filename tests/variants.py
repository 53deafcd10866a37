"""Generated Tribun pages: every boilerplate family, in every form and position, in every template era.

A plain combinatorial builder. Each :class:`Case` is a whole page (one of the Tribun parser's
template eras, or a plain page of another Indonesian outlet for the shared cleaner) assembled from
an article body and one family of boilerplate (see ``shared/tribun/STRUCTURE.md`` §2–§3 and
issue 11): datelines, reporter lines, bylines and end credits, "Baca juga" lines, ads, images,
subheadings, syndication footers, related lists after the body, section markup. The expected
:class:`~newsparse.models.Article` fields are known by construction: the body sentences are ours,
and each boilerplate form says what it contributes (an author, a related link, a source).

The body sentences were written for this module in Indonesian news style; they are not copied
from any real article. ``cases()`` yields every combination (a few thousand), ``check(case)``
returns the names of the fields that came out wrong. ``tests/test_variants.py`` runs them all;
``benchmarks/variants.py`` prints pass rates per family and era.
"""

from __future__ import annotations

import html as _html
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from newsparse import Article, parse_article

ESC = _html.escape

# -- article texts (written for this module) ----------------------------------------------------

STORIES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Pemkot Siapkan Tiga Lokasi Baru untuk Pasar Malam Akhir Tahun",
        (
            "Pemerintah kota menyiapkan tiga lokasi baru untuk pasar malam menjelang akhir tahun.",
            "Kepala Dinas Perdagangan, Budi Santoso, mengatakan izin para pedagang akan diperiksa satu per satu.",
            "\"Kami ingin pasar ini tertib dan bersih sejak hari pertama,\" kata Budi di kantornya, Senin (4/11/2024).",
            "Menurut Budi, setiap pedagang wajib menyediakan tempat sampah sendiri di lapaknya.",
            "Warga sekitar menyambut baik rencana itu karena jalan utama tidak lagi macet setiap malam.",
            "Pasar malam direncanakan dibuka mulai pekan kedua Desember hingga awal Januari.",
        ),
    ),
    (
        "Hujan Deras Sejak Subuh, Puluhan Rumah di Tepi Sungai Terendam",
        (
            "Puluhan rumah di tepi sungai terendam air setelah hujan deras mengguyur sejak subuh.",
            "Ketinggian air di permukiman warga mencapai lutut orang dewasa pada siang hari.",
            "Petugas BPBD mendirikan dapur umum di halaman masjid untuk warga yang mengungsi.",
            "\"Air naik cepat sekali, kami hanya sempat menyelamatkan surat-surat penting,\" ujar Siti Rahmawati, seorang warga.",
            "Hingga sore hari, belum ada laporan korban jiwa akibat banjir tersebut.",
            "BPBD mengimbau warga tetap waspada karena hujan diperkirakan turun hingga akhir pekan.",
        ),
    ),
    (
        "Harga Cabai Rawit di Pasar Tradisional Naik Dua Kali Lipat",
        (
            "Harga cabai rawit di sejumlah pasar tradisional naik hampir dua kali lipat dalam sepekan.",
            "Pedagang menyebut pasokan dari daerah sentra berkurang karena gagal panen.",
            "Seorang pedagang, Rudi Hartono, kini menjual cabai rawit Rp 80.000 per kilogram.",
            "\"Pembeli banyak yang mengurangi belanja, biasanya satu kilo sekarang cuma seperempat,\" katanya.",
            "Dinas pertanian berjanji menggelar operasi pasar mulai pekan depan.",
            "Harga bawang merah dan tomat sejauh ini masih stabil.",
        ),
    ),
)

WRITER = "Rina Ayu Lestari"
EDITOR = "Hendra Gunawan"
RELATED_TITLE = "Warga Keluhkan Jalan Rusak di Kawasan Pasar Lama"
RELATED_TITLE_2 = "Dua Jembatan Baru Mulai Dibangun Bulan Depan"
SOURCE_TITLE = "Pemkot Siapkan Lokasi Baru Pasar Malam"

# -- expectations -------------------------------------------------------------------------------


@dataclass
class Expected:
    """What the Article must say; ``None`` means "not checked for this case"."""

    title: str
    paragraphs: list[str]
    authors: list[str] | None = None
    editors: list[str] | None = None
    dateline: tuple[str, str | None] | None = None  # (outlet, place); checked when check_dateline
    check_dateline: bool = False
    related: list[str] = field(default_factory=list)  # titles that must be in Article.related
    syndication: list[tuple[str, str | None]] | None = None  # (name, title)
    section: str | None = None


@dataclass
class Case:
    """One generated page with its expectation."""

    family: str
    variant: str
    position: str
    era: str
    url: str
    html: str
    expected: Expected

    @property
    def id(self) -> str:
        return f"{self.family}/{self.era}/{self.variant}/{self.position}"


# -- page templates (one per template era of the Tribun parser, plus a non-Tribun page) -----------


@dataclass
class Spec:
    """The parts a template fills in."""

    title: str
    body: list[str]
    penulis: str | None = WRITER
    editor: str | None = EDITOR
    byline_html: str | None = None  # replaces the era's own byline markup
    ld_author: Any = None  # the JSON-LD author object (None: the editor, as Tribun's JSON-LD does)
    after_body: str = ""  # markup after the body (related lists)
    section_html: str | None = None  # replaces the era's breadcrumb / section markup
    head_extra: str = ""


def _head(spec: Spec, url: str, site: str, amp: bool = False) -> str:
    author = spec.ld_author if spec.ld_author is not None else {"@type": "Person", "name": spec.editor or ""}
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": spec.title,
        "datePublished": "2019-04-08T10:15:00+07:00",
        "author": author,
    }
    return (
        f'<meta charset="utf-8"><title>{ESC(spec.title)} - {ESC(site)}</title>'
        f'<link rel="canonical" href="{ESC(url)}">'
        f'<meta property="og:site_name" content="{ESC(site)}"><meta property="og:type" content="article">'
        f'<meta property="og:title" content="{ESC(spec.title)} - {ESC(site)}">'
        + ('<script async src="https://cdn.ampproject.org/v0.js"></script>' if amp else "")
        + f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        + spec.head_extra
    )


def _breadcrumb(section: str) -> str:
    return (
        '<div class="bsh mb20" id="va"><ul class="breadcrumb"><li><a href="/"><span>Home</span></a></li>'
        f'<li><a href="/x"><span>{ESC(section)}</span></a></li></ul></div>'
    )


def www2015(spec: Spec, url: str) -> str:
    """2013–2016 www desktop: `.content h1`, date in `div.grey.bdr3 > h3`, `#related` list, then a
    small grey block with "Penulis:" and "Editor:" in plain divs (no ids)."""
    byline = spec.byline_html
    if byline is None:
        rows = ([f"<div>Penulis: {ESC(spec.penulis)}</div>"] if spec.penulis else []) + (
            [f"<div>Editor: {ESC(spec.editor)}</div>"] if spec.editor else []
        )
        byline = f'<div class="f12 grey mt10 mb10">{"".join(rows)}</div>'
    return f"""<!DOCTYPE html><html lang="id"><head>{_head(spec, url, "Tribunnews.com")}</head><body>
<div class="content"><div class="main">{spec.section_html if spec.section_html is not None else _breadcrumb("Nasional")}
<h1 class="f40 fbo black">{ESC(spec.title)}</h1>
<div class="grey bdr3 pb10 pt10"><h3>Senin, 8 April 2019 10:15 WIB</h3></div>
<div class="side-article txt-article mb20 helvetica">
{"".join(spec.body)}
</div>
<div id="related"><h3>Baca Juga</h3><ul><li><a href="/nasional/2015/08/12/lain">Berita lain di daftar terkait</a></li></ul></div>
{spec.after_body}{byline}
<div class="tagcloud"><h5 class="tagcloud3"><a href="/tag/pasar">pasar</a></h5></div>
</div></div><div class="footer">TRIBUNnews.com Network &copy; 2015 About Us Help</div></body></html>"""


def mobile2017(spec: Spec, url: str) -> str:
    """2016–2019 m.tribunnews.com: `h1#arttitle`, `#penulis`/`#editor` with links, `.mt10 time`."""
    byline = spec.byline_html
    if byline is None:
        byline = (
            f'<div id="penulis">Penulis: <a href="/penulis/x">{ESC(spec.penulis)}</a></div>' if spec.penulis else ""
        ) + (f'<div id="editor">Editor: <a href="/editor/y">{ESC(spec.editor)}</a></div>' if spec.editor else "")
    return f"""<!DOCTYPE html><html lang="id"><head>{_head(spec, url, "Tribunnews.com")}</head><body>
<div id="article">{spec.section_html or ""}<h1 id="arttitle" class="f22 fbo">{ESC(spec.title)}</h1>{byline}
<div class="mt10"><time>Senin, 8 April 2019 10:15 WIB</time></div>
<div id="article_con"><div class="side-article txt-article">
{"".join(spec.body)}
</div>{spec.after_body}
<div class="wa"><span>Dapatkan Berita Pilihan</span> <span>di WhatsApp Anda</span></div></div></div>
</body></html>"""


def amp2019(spec: Spec, url: str) -> str:
    """AMP pages: `html[amp]`, plain-text `#penulis`/`#editor`, text-size controls."""
    byline = spec.byline_html
    if byline is None:
        byline = (f'<div id="penulis">Penulis: {ESC(spec.penulis)}</div>' if spec.penulis else "") + (
            f'<div id="editor">Editor: {ESC(spec.editor)}</div>' if spec.editor else ""
        )
    return f"""<!DOCTYPE html><html amp lang="id"><head>{_head(spec, url, "Tribunnews.com", amp=True)}</head><body>
<nav class="menu"><ul><li>News</li><li>Bisnis</li><li>Super Skor</li></ul></nav>
<article>{spec.section_html or ""}<h1 id="arttitle">{ESC(spec.title)}</h1>{byline}
<div class="fontsize">AA <span>Text Sizes</span> <span>Medium</span></div><time>Senin, 8 April 2019 10:15 WIB</time>
<div class="side-article txt-article">
{"".join(spec.body)}
</div>{spec.after_body}</article><div class="wa">Dapatkan Berita Pilihan di WhatsApp Anda</div></body></html>"""


_SHARE = (
    '<div class="bsh mb20" id="va"><ul class="share"><li><a href="#">Facebook</a></li><li><a href="#">Twitter</a></li>'
    '<li><a href="#">Google+</a></li><li><a href="#">StumbleUpon</a></li></ul></div>'
)


def www2019(spec: Spec, url: str) -> str:
    """2019–2020 www desktop: main menu with the selected section, share buttons in `#va`."""
    byline = spec.byline_html
    if byline is None:
        byline = (
            f'<div id="penulis">Penulis: <a href="/penulis/x">{ESC(spec.penulis)}</a></div>' if spec.penulis else ""
        ) + (f'<div id="editor">Editor: <a href="/editor/y">{ESC(spec.editor)}</a></div>' if spec.editor else "")
    section = spec.section_html
    if section is None:
        section = (
            '<div class="main-menu" id="main-menu"><div><ul><li><a href="/" title="Home">Home</a></li>'
            '<li class="nw selected"><a href="/nasional" title="Nasional">Nasional</a></li>'
            '<li class="nw"><a href="/regional" title="Regional">Regional</a></li></ul></div></div>' + _SHARE
        )
    return f"""<!DOCTYPE html><html lang="id"><head>{_head(spec, url, "Tribunnews.com")}</head><body>
{section}<div class="content"><div class="fl w677"><div class="pos_rel" id="article">
<h1 class="f50 black2 f400 crimson" id="arttitle">{ESC(spec.title)}</h1>{byline}
<time class="grey">Senin, 8 April 2019 10:15 WIB</time>
<div id="article_con"><div class="side-article txt-article">
{"".join(spec.body)}
</div>{spec.after_body}</div></div></div></div></body></html>"""


def regional2020(spec: Spec, url: str) -> str:
    """2019–2021 regional desktop (as the real TribunSolo page): one-line credit, editor below."""
    byline = spec.byline_html
    if byline is None:
        byline = (
            f'<div class="credit"><div class="mt5 f14">Penulis: <a href="/penulis/x">{ESC(spec.penulis)}</a>'
            f' | Editor: <a href="/editor/y">{ESC(spec.editor or "")}</a></div></div>'
            if spec.penulis
            else ""
        )
    return f"""<!DOCTYPE html><html lang="id"><head>{_head(spec, url, "Tribunjatim.com")}</head><body id="bodyart">
<div class="content"><div class="fl w677">{spec.section_html if spec.section_html is not None else _breadcrumb("Surabaya")}
<div class="pos_rel" id="article"><h1 class="f50 black2 f400 crimson" id="arttitle">{ESC(spec.title)}</h1>
{byline}<div class="grey bdr3 pb10 pt10"><time>Senin, 8 April 2019 10:15 WIB</time></div>
<div id="article_con" class="fl pt20 pos_rel"><div class="side-article txt-article">
{"".join(spec.body)}
</div><div class="side-article mb5">{spec.after_body}
<div class="f12 grey mb15"><div id="editor">Editor: {ESC(spec.editor or "")}</div></div>
<div class="mb5"><span>Ikuti kami di</span></div></div></div></div></div></div></body></html>"""


def desktop2022(spec: Spec, url: str) -> str:
    """2022–2025 desktop and regional: `multi-fontsize editcontent`, `div.credit` one-liner."""
    byline = spec.byline_html
    if byline is None:
        penulis = (
            f'<div id="penulis">Penulis: <a href="/penulis/x">{ESC(spec.penulis)}</a></div>' if spec.penulis else ""
        )
        sep = " | " if spec.penulis else ""
        editor = f'<div id="editor">{sep}Editor: <a href="/editor/y">{ESC(spec.editor)}</a></div>' if spec.editor else ""
        byline = f'<div class="credit mt10">{penulis}{editor}</div>'
    return f"""<!DOCTYPE html><html lang="id"><head>{_head(spec, url, "Tribun Jateng")}</head><body>
<div class="content"><div class="fl w677">{spec.section_html if spec.section_html is not None else _breadcrumb("Semarang")}
<div class="pos_rel" id="article"><h1 class="f32 ln40 fbo txt-black display-block mt10" id="arttitle">{ESC(spec.title)}</h1>
{byline}<div class="grey bdr3 pb10 pt10"><time><span>Senin, 8 April 2019 10:15 WIB</span></time></div>
<div id="article_con" class="fl pt20 pos_rel"><div class="side-article txt-article multi-fontsize editcontent">
{"".join(spec.body)}
</div><div class="side-article mb5">{spec.after_body}
<div class="mb5"><span>Rekomendasi untuk Anda</span></div></div></div></div></div></div></body></html>"""


ERAS = {
    "www2015": (www2015, "https://www.tribunnews.com/nasional/2015/08/13/pemkot-siapkan-lokasi"),
    "mobile2017": (mobile2017, "https://m.tribunnews.com/nasional/2017/03/11/pemkot-siapkan-lokasi"),
    "amp2019": (amp2019, "https://m.tribunnews.com/amp/nasional/2019/04/08/pemkot-siapkan-lokasi"),
    "www2019": (www2019, "https://www.tribunnews.com/nasional/2019/04/08/pemkot-siapkan-lokasi"),
    "regional2020": (regional2020, "https://jatim.tribunnews.com/2020/07/29/pemkot-siapkan-lokasi"),
    "desktop2022": (desktop2022, "https://jateng.tribunnews.com/2022/08/07/pemkot-siapkan-lokasi"),
}

#: Expected section per era when the page's own markup is used.
ERA_SECTION = {"www2015": "Nasional", "www2019": "Nasional", "regional2020": "Surabaya", "desktop2022": "Semarang"}

# -- boilerplate families ------------------------------------------------------------------------

#: Datelines: (as written, outlet as written without spaces, place or None).
DATELINES: tuple[tuple[str, str, str | None], ...] = (
    ("TRIBUNNEWS.COM, JAKARTA - ", "TRIBUNNEWS.COM", "JAKARTA"),
    ("TRIBUNNEWS.COM , SURABAYA - ", "TRIBUNNEWS.COM", "SURABAYA"),
    ("Tribunnews.com, Jakarta - ", "Tribunnews.com", "Jakarta"),
    ("TRIBUNNEWS.COM, JAKARTA -- ", "TRIBUNNEWS.COM", "JAKARTA"),
    ("TRIBUNNEWS.COM – ", "TRIBUNNEWS.COM", None),
    ("TRIBUNNEWS.COM, SURABAYA – ", "TRIBUNNEWS.COM", "SURABAYA"),
    ("TRIBUNJATIM.COM, SURABAYA -  ", "TRIBUNJATIM.COM", "SURABAYA"),
    ("TRIBUN-TIMUR.COM,MAKASSAR - ", "TRIBUN-TIMUR.COM", "MAKASSAR"),
    ("SERAMBINEWS.COM - ", "SERAMBINEWS.COM", None),
    ("TRIBUNLAMPUNG.CO.ID - ", "TRIBUNLAMPUNG.CO.ID", None),
    ("TRIBUNKALTIM.CO - ", "TRIBUNKALTIM.CO", None),
    ("POS-KUPANG.COM| KUPANG-- ", "POS-KUPANG.COM", "KUPANG"),
    ("POS-KUPANG.COM | KUPANG - ", "POS-KUPANG.COM", "KUPANG"),
    ("TRIBUNJATENG.COM- ", "TRIBUNJATENG.COM", None),
    ("TRIBUNJABAR.ID, BANDUNG — ", "TRIBUNJABAR.ID", "BANDUNG"),
    ("TRIBUNNEWS.COM. JAKARTA - ", "TRIBUNNEWS.COM", "JAKARTA"),
    ("TRIBUNNEWS.COM, JAKARTA -", "TRIBUNNEWS.COM", "JAKARTA"),  # no space after the dash
    ("TRIBUNNEWS. COM, JAKARTA - ", "TRIBUNNEWS.COM", "JAKARTA"),  # a space inside the domain
    ("Tribunnews.Com, Jakarta - ", "Tribunnews.Com", "Jakarta"),
    ("TRIBUN-MEDAN.COM, MEDAN - ", "TRIBUN-MEDAN.COM", "MEDAN"),
    ("YOGYA, TRIBUN - ", "TRIBUN", "YOGYA"),
    ("WARTAKOTALIVE.COM, BEKASI - ", "WARTAKOTALIVE.COM", "BEKASI"),
)

#: Reporter lines: (as written, names credited).
REPORTERS: tuple[tuple[str, list[str]], ...] = (
    ("Laporan Wartawan Tribunnews.com, Fransiskus Adhiyuda", ["Fransiskus Adhiyuda"]),
    ("Laporan Wartawan Tribunnews.com Fransiskus Adhiyuda", ["Fransiskus Adhiyuda"]),
    ("Laporan Wartawan Tribunnews, Taufik Ismail", ["Taufik Ismail"]),
    ("Laporan Wartawan TribunJatim.com, Yusron Naufal Putra.", ["Yusron Naufal Putra"]),
    ("Laporan Wartawan Tribun Medan/Natalin", ["Natalin"]),
    ("Laporan: Idris Ismail | Pidie", ["Idris Ismail"]),
    ("Laporan Idris Ismail | Pidie", ["Idris Ismail"]),
    ("Laporan Reporter POS-KUPANG.COM, Asti Dhema", ["Asti Dhema"]),
    ("Laporan wartawan tribun-timur.com, Sayyid Zulfadli", ["Sayyid Zulfadli"]),
    ("Laporan Wartawan Tribunnews.com , Gita Irawan", ["Gita Irawan"]),
    ("Laporan Wartawan Wartakotalive.com Theo Yonathan", ["Theo Yonathan"]),
    ("Laporan Kontributor Tribunnews.com, Yuli Kurniawati", ["Yuli Kurniawati"]),
)

#: How a whole-paragraph line is wrapped.
LINE_WRAPS = ("<p>{}</p>", "<p><strong>{}</strong></p>", "<p><em>{}</em></p>", "<p>{}<br></p>", "<div>{}</div>")

#: How a dateline opens the lead: ``{d}`` the dateline, ``{t}`` the lead sentence.
DATELINE_WRAPS = (
    "<p>{d}{t}</p>",
    "<p><strong>{d}</strong>{t}</p>",
    "<p><b>{d}</b>{t}</p>",
    "<p><strong>{d_nodash}</strong>{dash}{t}</p>",
)

#: Related-link lines: (markup with {t} title and {u} url, title kept).
RELATED_LINES: tuple[str, ...] = (
    '<p>Baca juga: <a href="{u}">{t}</a></p>',
    '<p><strong>Baca juga:</strong> <a href="{u}">{t}</a></p>',
    '<p>Baca: <a href="{u}">{t}</a></p>',
    '<p>BACA JUGA : <a href="{u}">{t}</a></p>',
    '<p>Baca Juga:<a href="{u}">{t}</a></p>',
    "<p>Baca juga: {t}</p>",
    '<p>• <a href="{u}">{t}</a></p>',
    '<p class="baca"><strong> &bull; <a href="{u}">{t}</a></strong></p>',
    '<p class="baca">Baca juga: <a href="{u}">{t}</a></p>',
    '<p><a href="{u}">{t}</a></p>',
    '<p><strong><a href="{u}">{t}</a></strong></p>',
    '<p>Lihat juga: <a href="{u}">{t}</a></p>',
    '<p>Berita Terkait: <a href="{u}">{t}</a></p>',
    '<p><strong>Baca Selengkapnya: <a href="{u}">{t}</a></strong></p>',
    '<div class="_popIn_recommend_art_title"><a href="{u}">{t}</a></div>',
)

ADS: tuple[str, ...] = (
    "<div id='div-gpt-ad-1234-0'><script>googletag.cmd.push(function(){googletag.display('x');});</script></div>",
    "<div id='div-Inside-MediumRectangle' class='mb20'><script>googletag.display('y');</script></div>",
    '<ins class="adsbygoogle" data-ad-slot="123"></ins>',
    '<div class="ads-on-body"><div class="ads">ADVERTISEMENT</div></div>',
    "<p>ADVERTISEMENT</p>",
    '<div class="ads-placeholder">Scroll to continue with content</div>',
    "<script>var x = 'Baca juga';</script>",
)

IMAGES: tuple[str, ...] = (
    '<figure class="image"><img src="https://cdn2.tstatic.net/foto/a.jpg" alt="a">'
    "<figcaption>Suasana pasar pada Senin pagi. (TRIBUNNEWS/IRWAN RISMAWAN)</figcaption></figure>",
    '<div class="ovh imgfull_div"><img class="imgfull" src="https://cdn2.tstatic.net/foto/b.jpg">'
    "<div>TRIBUNNEWS/IRWAN RISMAWAN</div></div>",
    '<div class="photo-in-article"><img src="https://cdn2.tstatic.net/foto/c.jpg"><span>Ilustrasi (dok: PSSI)</span></div>',
    '<p><img src="https://cdn2.tstatic.net/foto/d.jpg" alt="d"></p>',
    '<figure><img src="https://cdn2.tstatic.net/foto/e.jpg"><figcaption>Tank bersiaga di perbatasan. (istimewa)'
    "</figcaption></figure>",
)

SUBHEADS: tuple[str, ...] = ("<h2>{}</h2>", "<h3>{}</h3>", "<p><strong>{}</strong></p>", "<p><b>{}</b></p>")
SUBHEAD_TEXT = "Persiapan Lokasi"

#: Syndication footers: (paragraph markups, outlet, title or None).
SYNDICATION: tuple[tuple[tuple[str, ...], str, str | None], ...] = (
    ((f'<p>Artikel ini telah tayang di Kompas.com dengan judul "{SOURCE_TITLE}"</p>',), "Kompas.com", SOURCE_TITLE),
    (
        (
            '<p>Artikel ini telah tayang di <a href="https://jatim.tribunnews.com/">TribunJatim.com</a> dengan judul '
            f'<a href="https://jatim.tribunnews.com/2020/x">{SOURCE_TITLE}</a>,</p>',
        ),
        "TribunJatim.com",
        SOURCE_TITLE,
    ),
    ((f"<p>Sebagian artikel ini telah tayang di Tribunnews.com dengan judul {SOURCE_TITLE}</p>",), "Tribunnews.com",
     SOURCE_TITLE),
    (("<p>Artikel ini telah tayang di Kompas.com dengan judul</p>", f'<p>"{SOURCE_TITLE}"</p>'), "Kompas.com",
     SOURCE_TITLE),
    (("<p>Artikel ini telah tayang di Kompas.com dengan judul:</p>", f'<p><a href="https://kompas.com/x">{SOURCE_TITLE}</a></p>'),
     "Kompas.com", SOURCE_TITLE),
    ((f'<p>Artikel ini sudah tayang di SerambiNews.com dengan judul "{SOURCE_TITLE}".</p>',), "SerambiNews.com",
     SOURCE_TITLE),
    ((f"<p><strong>Artikel ini telah tayang di Tribun-Timur.com dengan judul {SOURCE_TITLE}</strong></p>",),
     "Tribun-Timur.com", SOURCE_TITLE),
    (("<p>Sumber: Kompas.com</p>",), "Kompas.com", None),
    (("<p>Sumber : Tribun Jatim</p>",), "Tribun Jatim", None),
    ((f'<p>Berita ini telah tayang di Tribunjabar.id dengan judul "{SOURCE_TITLE}"</p>',), "Tribunjabar.id",
     SOURCE_TITLE),
)

#: What may follow a syndication footer and must leave the body too (no author credited).
AFTER_FOOTER: tuple[tuple[str, list[str]], ...] = (
    ("", []),
    ("<p>Videografer: Bima Sakti</p>", []),
    ("<p>(Foto: TRIBUNNEWS/IRWAN RISMAWAN)</p>", []),
    ("<p>Dapatkan Berita Pilihan di WhatsApp Anda</p>", []),
    (f'<p>Baca juga: <a href="/x/related-after">{RELATED_TITLE_2}</a></p>', []),
    ("<p>(Tribunnews.com/Gita Irawan)</p>", ["Gita Irawan"]),
)

#: Bylines and end credits: (name, how authors / editors come out, markup pieces).
#: Each entry: variant name -> dict(penulis, editor, ld_author, tail, authors, editors).
BYLINES: dict[str, dict[str, Any]] = {
    "penulis-editor": {"authors": [WRITER], "editors": [EDITOR]},
    "editor-only": {"penulis": None, "authors": [], "editors": [EDITOR]},
    "ld-organization": {
        "penulis": None,
        "ld_author": {"@type": "Organization", "name": "Tribunnews.com"},
        "authors": [],
        "editors": [EDITOR],
    },
    "ld-person-brand": {
        "penulis": None,
        "ld_author": {"@type": "Person", "name": "Tribun Jateng"},
        "authors": [],
        "editors": [EDITOR],
    },
    "ld-person-domain": {
        "penulis": None,
        "ld_author": [{"@type": "Person", "name": "tribunnews.com"}],
        "authors": [],
        "editors": [EDITOR],
    },
    "ld-person-writer": {
        "ld_only": True,  # JSON-LD names a writer only when the page credits nobody else
        "penulis": None,
        "ld_author": {"@type": "Person", "name": WRITER},
        "authors": [WRITER],
        "editors": [EDITOR],
    },
    "end-credit-short-spelling": {
        "penulis": "Rizki Sandi Saputra",
        "tail": "(Tribunnews.com/Rizki Sandi S)",
        "authors": ["Rizki Sandi Saputra"],
        "editors": [EDITOR],
    },
    "end-credit-foreign-outlet": {
        "penulis": None,
        "tail": "(Tribunnews.com/Al Jazeera/Gita Irawan)",
        "authors": ["Gita Irawan"],
        "editors": [EDITOR],
    },
    "end-credit-agency-first": {
        "penulis": None,
        "tail": "(AFP/Reuters/Gita Irawan)",
        "authors": ["Gita Irawan"],
        "editors": [EDITOR],
    },
    "end-credit-syndicated": {
        "penulis": None,
        "tail": "(Dani Prabowo/kompas.com)",
        "authors": ["Dani Prabowo"],
        "editors": [EDITOR],
    },
    "end-credit-two-names": {
        "penulis": None,
        "tail": "(Tribunnews.com/Faisal Abdul Muhaimin/Arif Tio)",
        "authors": ["Faisal Abdul Muhaimin", "Arif Tio"],
        "editors": [EDITOR],
    },
    "penulis-suffix-fragment": {
        "penulis": "Yulis Sulistyawan, S.Sos",
        "authors": ["Yulis Sulistyawan"],
        "editors": [EDITOR],
    },
    "penulis-handle-glued": {
        "byline": (
            '<div id="penulis">Penulis: <a href="/penulis/rizkisandi">Rizki Sandi Saputra</a>'
            '<a href="/penulis/rizkisandi"><span>rizkisandi</span></a></div>'
            f'<div id="editor">Editor: <a href="/editor/y">{EDITOR}</a></div>'
        ),
        "authors": ["Rizki Sandi Saputra"],
        "editors": [EDITOR],
    },
    "penulis-handle-at": {
        "byline": (
            '<div id="penulis">Penulis: <a href="/penulis/rizkisandi">Rizki Sandi Saputra</a> @rizkisandi</div>'
            f'<div id="editor">Editor: <a href="/editor/y">{EDITOR}</a></div>'
        ),
        "authors": ["Rizki Sandi Saputra"],
        "editors": [EDITOR],
    },
    "one-line-byline": {
        "byline": f'<div class="credit"><div>Penulis: {WRITER} | Editor: {EDITOR}</div></div>',
        "authors": [WRITER],
        "editors": [EDITOR],
    },
    "spaced-labels": {
        "byline": f'<div class="f12 grey"><div>Penulis : {WRITER}</div><div>Editor : {EDITOR}</div></div>',
        "eras": ("www2015",),  # plain label divs: the 2015–2016 desktop trait
        "authors": [WRITER],
        "editors": [EDITOR],
    },
    "plain-grey-block": {
        "byline": f'<div class="grey f12 mt10"><div>Penulis: {WRITER}</div><div>Editor: {EDITOR}</div></div>',
        "eras": ("www2015",),
        "authors": [WRITER],
        "editors": [EDITOR],
    },
    "team-byline": {"penulis": "Tim Tribun Manado", "authors": ["Tim Tribun Manado"], "editors": [EDITOR]},
    "penulis-social-line": {
        "byline": (
            f'<div class="credit"><div>Penulis: <a href="/penulis/x">{WRITER}</a></div>'
            '<div class="sosmed-penulis">Twitter: <a href="https://twitter.com/rina_ayu">@rina_ayu</a></div>'
            f'<div>Editor: <a href="/editor/y">{EDITOR}</a></div></div>'
        ),
        "authors": [WRITER],
        "editors": [EDITOR],
    },
    "penulis-instagram-inline": {
        "byline": f'<div class="credit"><div>Penulis: {WRITER} Instagram: @rinaayu | Editor: {EDITOR}</div></div>',
        "authors": [WRITER],
        "editors": [EDITOR],
    },
}

#: Related lists printed after the body ("Berita Terkait"; 2015 also has its `#related` list).
RELATED_AFTER_ERAS = tuple(ERAS)
RELATED_AFTER: dict[str, str] = {
    "berita-terkait-table": (
        '<div class="mb10"><div class="f18 fbo2 pb10"><span class="fbo2 pr5 grey f16">Berita Terkait :</span>'
        '<span><a href="/topic/pasar" class="red" title="Pasar">#Pasar</a></span></div><div class="mt5 bdr"></div>'
        '<div class="f14"><ul><table style="width: 100%"><tbody><tr><th class="bdr2">'
        f'<a href="https://jatim.tribunnews.com/2020/07/28/warga-keluhkan" class="f16 fbo">{RELATED_TITLE}</a></th>'
        '<td><a href="https://jatim.tribunnews.com/2020/07/28/warga-keluhkan"><img src="/a.jpg"></a></td></tr>'
        f'<tr><th class="bdr2"><a href="https://jatim.tribunnews.com/2020/07/27/dua-jembatan">{RELATED_TITLE_2}</a>'
        "</th><td></td></tr></tbody></table></ul></div></div>"
    ),
    "berita-terkait-list": (
        '<div class="mb10"><h3 class="f18">Berita Terkait</h3><ul>'
        f'<li><a href="https://jatim.tribunnews.com/2020/07/28/warga-keluhkan">{RELATED_TITLE}</a></li>'
        f'<li><a href="https://jatim.tribunnews.com/2020/07/27/dua-jembatan">{RELATED_TITLE_2}</a></li></ul></div>'
    ),
    "berita-terkait-div-label": (
        '<div class="related-box"><div class="title"><strong>BERITA TERKAIT</strong></div><ul class="lsi">'
        f'<li><h3><a href="https://jatim.tribunnews.com/2020/07/28/warga-keluhkan">{RELATED_TITLE}</a></h3></li>'
        f'<li><h3><a href="https://jatim.tribunnews.com/2020/07/27/dua-jembatan">{RELATED_TITLE_2}</a></h3></li></ul></div>'
    ),
}

#: Section markup for the www 2019 layout: (markup, expected section).
SECTIONS: dict[str, tuple[str, str]] = {
    "selected-menu-share-va": (
        '<div class="main-menu"><div><ul><li><a href="/">Home</a></li><li class="nw selected"><a href="/nasional" '
        'title="Nasional">Nasional</a></li><li class="nw"><a href="/bisnis">Bisnis</a></li></ul></div></div>' + _SHARE,
        "Nasional",
    ),
    "share-va-meta-section": (
        '<meta property="article:section" content="Nasional">' + _SHARE,
        "Nasional",
    ),
    "share-only-ld-section": (_SHARE, "Nasional"),  # the JSON-LD articleSection is added below
    "breadcrumb": (_breadcrumb("Nasional"), "Nasional"),
    "div-breadcrumb-links": (
        '<div class="breadcrumb f12 grey"><a href="/">Home</a> &raquo; <a href="/nasional">Nasional</a></div>',
        "Nasional",
    ),
    "menu-id-ul-class": (
        '<div id="menu"><ul class="menu"><li><a href="/news">News</a></li><li class="selected">'
        '<a href="/nasional">Nasional</a></li></ul></div>' + _SHARE,
        "Nasional",
    ),
    "selected-menu-active": (
        '<div class="menu"><ul><li><a href="/">Home</a></li><li class="active"><a href="/nasional">Nasional</a></li>'
        "</ul></div>" + _SHARE,
        "Nasional",
    ),
}

#: Datelines of other Indonesian outlets for the shared cleaner (generic pages): (written, outlet, place, host).
OUTLET_DATELINES: tuple[tuple[str, str, str | None, str], ...] = (
    ("JAKARTA, KOMPAS.com - ", "KOMPAS.com", "JAKARTA", "nasional.kompas.com"),
    ("Jakarta - ", "", "Jakarta", "news.detik.com"),
    ("Jakarta (ANTARA) - ", "ANTARA", "Jakarta", "www.antaranews.com"),
    ("Jakarta, CNN Indonesia -- ", "CNN Indonesia", "Jakarta", "www.cnnindonesia.com"),
    ("REPUBLIKA.CO.ID, MOSKOW --- ", "REPUBLIKA.CO.ID", "MOSKOW", "internasional.republika.co.id"),
    ("Liputan6.com, Jakarta: ", "Liputan6.com", "Jakarta", "www.liputan6.com"),
    ("Liputan6.com, Jakarta - ", "Liputan6.com", "Jakarta", "www.liputan6.com"),
    ("SURABAYA, KOMPAS.com – ", "KOMPAS.com", "SURABAYA", "regional.kompas.com"),
    ("Bandung (ANTARA) - ", "ANTARA", "Bandung", "jabar.antaranews.com"),
    ("TEMPO.CO, Jakarta - ", "TEMPO.CO", "Jakarta", "nasional.tempo.co"),
    ("Surabaya - ", "", "Surabaya", "news.detik.com"),
    ("Jakarta, CNBC Indonesia - ", "CNBC Indonesia", "Jakarta", "www.cnbcindonesia.com"),
    ("Jakarta, IDN Times - ", "IDN Times", "Jakarta", "www.idntimes.com"),
)


def _generic_page(title: str, paragraphs: list[str], url: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "2021-05-16T10:00:00+07:00"}
    return (
        f'<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>{ESC(title)}</title>'
        f'<link rel="canonical" href="{ESC(url)}"><meta property="og:type" content="article">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
        f'<article><h1>{ESC(title)}</h1><div itemprop="articleBody">{body}</div></article></body></html>'
    )


# -- assembly -------------------------------------------------------------------------------------


def _p(text: str) -> str:
    return f"<p>{ESC(text, quote=False)}</p>"


def _dateline_lead(dateline: str, lead: str, wrap: str) -> str:
    stripped = dateline.rstrip()
    dash = ""
    head = stripped
    for candidate in ("---", "--", "—", "–", "-"):
        if stripped.endswith(candidate):
            head = stripped[: -len(candidate)]
            dash = dateline[len(head) :]
            break
    return wrap.format(d=ESC(dateline), t=ESC(lead, quote=False), d_nodash=ESC(head), dash=ESC(dash))


def _page(era: str, spec: Spec) -> tuple[str, str]:
    template, url = ERAS[era]
    return url, template(spec, url)


def _base_expected(title: str, sentences: tuple[str, ...], era: str) -> Expected:
    return Expected(title=title, paragraphs=list(sentences), authors=[WRITER], editors=[EDITOR],
                    section=ERA_SECTION.get(era))


def _story(index: int) -> tuple[str, tuple[str, ...]]:
    return STORIES[index % len(STORIES)]


def _dateline_cases() -> Iterator[Case]:
    positions = ("start", "after-reporter", "after-subhead", "after-image", "after-ad", "after-baca")
    n = 0
    for era in ERAS:
        for d_index, (dateline, outlet, place) in enumerate(DATELINES):
            for position in positions:
                wrap = DATELINE_WRAPS[(d_index + len(position)) % len(DATELINE_WRAPS)]
                n += 1
                title, sentences = _story(n)
                exp = _base_expected(title, sentences, era)
                exp.check_dateline, exp.dateline = True, (outlet, place)
                body = [_dateline_lead(dateline, sentences[0], wrap)] + [_p(s) for s in sentences[1:]]
                if position == "after-reporter":
                    body.insert(0, "<p>Laporan Wartawan Tribunnews.com, Gita Irawan</p>")
                    exp.authors = [WRITER, "Gita Irawan"]
                elif position == "after-subhead":
                    body.insert(0, f"<h2>{SUBHEAD_TEXT}</h2>")
                    exp.paragraphs = [SUBHEAD_TEXT, *sentences]
                elif position == "after-image":
                    body.insert(0, IMAGES[n % len(IMAGES)])
                elif position == "after-ad":
                    body.insert(0, ADS[n % 3])
                elif position == "after-baca":
                    body.insert(0, f'<p>Baca juga: <a href="/x/baca">{RELATED_TITLE}</a></p>')
                    exp.related = [RELATED_TITLE]
                url, page = _page(era, Spec(title, body))
                yield Case("dateline", dateline.strip() or dateline, position, era, url, page, exp)


def _reporter_cases() -> Iterator[Case]:
    positions = ("head", "head-after-image", "head-br-dateline", "tail", "tail-glued")
    n = 0
    for era in ERAS:
        for r_index, (line, names) in enumerate(REPORTERS):
            for position in positions:
                n += 1
                title, sentences = _story(n)
                exp = _base_expected(title, sentences, era)
                exp.authors = [WRITER, *names]
                lead = _dateline_lead("TRIBUNNEWS.COM, JAKARTA - ", sentences[0], "<p>{d}{t}</p>")
                rest = [_p(s) for s in sentences[1:]]
                wrap = LINE_WRAPS[(r_index + n) % len(LINE_WRAPS)]
                if position == "head":
                    body = [wrap.format(ESC(line)), lead, *rest]
                elif position == "head-after-image":
                    body = [IMAGES[n % len(IMAGES)], wrap.format(ESC(line)), lead, *rest]
                elif position == "head-br-dateline":
                    body = [f"<p><strong>{ESC(line)}</strong><br>{lead[3:-4]}</p>", *rest]
                elif position == "tail":
                    body = [lead, *rest, wrap.format(ESC(line))]
                else:
                    body = [lead, *rest[:-1], f"<p>{ESC(sentences[-1])} ({ESC(line.rstrip('.'))})</p>"]
                exp.check_dateline, exp.dateline = True, ("TRIBUNNEWS.COM", "JAKARTA")
                url, page = _page(era, Spec(title, body))
                yield Case("reporter", line, position, era, url, page, exp)


def _byline_cases() -> Iterator[Case]:
    n = 0
    for era in ERAS:
        for variant, spec_data in BYLINES.items():
            if era not in spec_data.get("eras", ERAS):
                continue
            for position in ("plain", "with-dateline"):
                n += 1
                title, sentences = _story(n)
                exp = _base_expected(title, sentences, era)
                exp.authors, exp.editors = spec_data["authors"], spec_data["editors"]
                body = [_p(s) for s in sentences]
                if position == "with-dateline":
                    body[0] = _dateline_lead("TRIBUNNEWS.COM, JAKARTA - ", sentences[0], "<p>{d}{t}</p>")
                tail = spec_data.get("tail")
                if tail:
                    body[-1] = f"<p>{ESC(sentences[-1])} {ESC(tail)}</p>"
                spec = Spec(title, body, penulis=spec_data.get("penulis", WRITER), editor=EDITOR,
                            byline_html=spec_data.get("byline"), ld_author=spec_data.get("ld_author"))
                if era == "regional2020" and spec.penulis is None and spec.byline_html is None:
                    spec.byline_html = ""  # the editor is printed below the body on this layout
                url, page = _page(era, spec)
                yield Case("byline", variant, position, era, url, page, exp)


def _related_cases() -> Iterator[Case]:
    positions = ("after-lead", "middle", "before-last", "end", "two-in-a-row", "first")
    n = 0
    for era in ERAS:
        for r_index, form in enumerate(RELATED_LINES):
            for position in positions:
                n += 1
                title, sentences = _story(n)
                exp = _base_expected(title, sentences, era)
                body = [_p(s) for s in sentences]
                line = form.format(t=ESC(RELATED_TITLE), u=f"/regional/2020/07/28/related-{r_index}")
                exp.related = [RELATED_TITLE]
                if position == "after-lead":
                    body.insert(1, line)
                elif position == "middle":
                    body.insert(3, line)
                elif position == "before-last":
                    body.insert(len(body) - 1, line)
                elif position == "end":
                    body.append(line)
                elif position == "first":
                    body.insert(0, line)
                else:
                    second = form.format(t=ESC(RELATED_TITLE_2), u=f"/regional/2020/07/27/related2-{r_index}")
                    body[2:2] = [line, second]
                    exp.related = [RELATED_TITLE, RELATED_TITLE_2]
                url, page = _page(era, Spec(title, body))
                yield Case("related", f"form-{r_index}", position, era, url, page, exp)


def _element_cases(family: str, forms: tuple[str, ...], make: Any) -> Iterator[Case]:
    positions = ("first", "after-lead", "middle", "end")
    n = 0
    for era in ERAS:
        for index, form in enumerate(forms):
            for position in positions:
                n += 1
                title, sentences = _story(n)
                exp = _base_expected(title, sentences, era)
                body = [_p(s) for s in sentences]
                markup, kept = make(form)
                at = {"first": 0, "after-lead": 1, "middle": 3, "end": len(body)}[position]
                body.insert(at, markup)
                if kept:
                    exp.paragraphs.insert(at, kept)
                url, page = _page(era, Spec(title, body))
                yield Case(family, f"{family}-{index}", position, era, url, page, exp)


def _syndication_cases() -> Iterator[Case]:
    n = 0
    for era in ERAS:
        for s_index, (lines, name, source_title) in enumerate(SYNDICATION):
            for after, names in AFTER_FOOTER:
                n += 1
                title, sentences = _story(n)
                exp = _base_expected(title, sentences, era)
                exp.syndication = [(name, source_title)]
                exp.authors = [WRITER, *names]
                body = [_p(s) for s in sentences] + list(lines) + ([after] if after else [])
                if "Baca juga" in after:
                    exp.related = [RELATED_TITLE_2]
                position = "end" if not after else "before-" + after.split(">")[1].split(":")[0][:14].strip()
                url, page = _page(era, Spec(title, body))
                yield Case("syndication", f"footer-{s_index}", position, era, url, page, exp)


def _section_cases() -> Iterator[Case]:
    n = 0
    for era in ("www2019", "mobile2017", "amp2019"):
        for variant, (markup, section) in SECTIONS.items():
            n += 1
            title, sentences = _story(n)
            exp = _base_expected(title, sentences, era)
            exp.section = section
            head_extra = ""
            if markup.startswith("<meta"):
                head_extra, markup = markup.split(">", 1)[0] + ">", markup.split(">", 1)[1]
            spec = Spec(title, [_p(s) for s in sentences], section_html=markup, head_extra=head_extra)
            url, page = _page(era, spec)
            if variant == "share-only-ld-section":
                page = page.replace('"author":', '"articleSection": "Nasional", "author":', 1)
            yield Case("section", variant, "header", era, url, page, exp)


def _related_after_cases() -> Iterator[Case]:
    n = 0
    for era in RELATED_AFTER_ERAS:
        for variant, markup in RELATED_AFTER.items():
            n += 1
            title, sentences = _story(n)
            exp = _base_expected(title, sentences, era)
            exp.related = [RELATED_TITLE, RELATED_TITLE_2]
            url, page = _page(era, Spec(title, [_p(s) for s in sentences], after_body=markup))
            yield Case("related-after", variant, "after-body", era, url, page, exp)


def _outlet_dateline_cases() -> Iterator[Case]:
    n = 0
    for written, outlet, place, host in OUTLET_DATELINES:
        for wrap in ("{d}{t}", "<strong>{d}</strong>{t}"):
            n += 1
            title, sentences = _story(n)
            url = f"https://{host}/read/2021/05/16/10000001/berita"
            first = wrap.format(d=ESC(written), t=ESC(sentences[0], quote=False))
            page = _generic_page(title, [first, *(ESC(s, quote=False) for s in sentences[1:])], url)
            exp = Expected(title=title, paragraphs=list(sentences), check_dateline=True, dateline=(outlet, place))
            yield Case("outlet-dateline", written.strip(), "start", "generic", url, page, exp)


#: How many pages combine several families at random positions (seeded: the same every run).
MIXED_CASES = 800


def _mixed_cases(count: int = MIXED_CASES, seed: int = 11) -> Iterator[Case]:
    """Several families on one page, in random forms and positions: the interactions (a reporter
    line after a subheading after an image, a footer followed by a credit after a glued credit…)."""
    rng = random.Random(seed)
    eras = list(ERAS)
    for n in range(count):
        era = rng.choice(eras)
        title, sentences = _story(n)
        exp = _base_expected(title, sentences, era)
        byline_name, byline = rng.choice([(k, v) for k, v in BYLINES.items() if era in v.get("eras", ERAS)])
        authors = list(byline["authors"])
        head: list[str] = []
        kept_head: list[str] = []
        for kind in rng.sample(["image", "ad", "reporter", "subhead"], rng.randint(0, 3)):
            if kind == "image":
                head.append(rng.choice(IMAGES))
            elif kind == "ad":
                head.append(rng.choice(ADS[:4]))
            elif kind == "reporter":
                line, names = rng.choice(REPORTERS)
                head.append(rng.choice(LINE_WRAPS).format(ESC(line)))
                authors.extend(names)
            else:
                head.append(rng.choice(SUBHEADS).format(SUBHEAD_TEXT))
                kept_head.append(SUBHEAD_TEXT)
        dateline = rng.choice([None, *DATELINES])
        exp.check_dateline = True
        if dateline is None:
            lead = _p(sentences[0])
            exp.dateline = None
        else:
            lead = _dateline_lead(dateline[0], sentences[0], rng.choice(DATELINE_WRAPS))
            exp.dateline = (dateline[1], dateline[2])
        body = [lead] + [_p(s) for s in sentences[1:]]
        paragraphs = list(sentences)
        tail = byline.get("tail")
        if tail:
            body[-1] = f"<p>{ESC(sentences[-1])} {ESC(tail)}</p>"
        related = []
        for index in range(rng.randint(0, 2)):
            line_title = (RELATED_TITLE, RELATED_TITLE_2)[index]
            form = rng.choice(RELATED_LINES)
            body.insert(rng.randint(1, len(body)), form.format(t=ESC(line_title), u=f"/x/2020/07/28/mixed-{index}"))
            related.append(line_title)
        for _ in range(rng.randint(0, 2)):
            body.insert(rng.randint(1, len(body)), rng.choice(ADS[:4] + IMAGES))
        footer = rng.choice([None, *SYNDICATION])
        if footer is not None:
            after, names = rng.choice(AFTER_FOOTER)
            body.extend([*footer[0], *([after] if after else [])])
            authors.extend(names)
            if "Baca juga" in after:
                related.append(RELATED_TITLE_2)
            exp.syndication = [(footer[1], footer[2])]
        if byline.get("ld_only") and len(authors) > len(byline["authors"]):
            authors = authors[len(byline["authors"]) :]
        exp.authors = list(dict.fromkeys(authors))
        exp.editors = byline["editors"]
        exp.related = related
        exp.paragraphs = kept_head + paragraphs
        spec = Spec(title, head + body, penulis=byline.get("penulis", WRITER), editor=EDITOR,
                    byline_html=byline.get("byline"), ld_author=byline.get("ld_author"))
        if era == "regional2020" and spec.penulis is None and spec.byline_html is None:
            spec.byline_html = ""
        url, page = _page(era, spec)
        yield Case("mixed", f"{byline_name}+{len(head)}-head", f"seed11-{n}", era, url, page, exp)


def cases() -> list[Case]:
    """Every generated case, in a fixed order."""
    return [
        *_dateline_cases(),
        *_reporter_cases(),
        *_byline_cases(),
        *_related_cases(),
        *_element_cases("ads", ADS, lambda form: (form, None)),
        *_element_cases("images", IMAGES, lambda form: (form, None)),
        *_element_cases("subhead", SUBHEADS, lambda form: (form.format(SUBHEAD_TEXT), SUBHEAD_TEXT)),
        *_syndication_cases(),
        *_section_cases(),
        *_related_after_cases(),
        *_outlet_dateline_cases(),
        *_mixed_cases(),
    ]


# -- checking -------------------------------------------------------------------------------------


def _key(name: str) -> str:
    return "".join(name.split()).casefold()


def mismatches(case: Case, article: Article) -> dict[str, tuple[Any, Any]]:
    """Fields of ``article`` that differ from the case's expectation: name -> (expected, actual)."""
    exp = case.expected
    out: dict[str, tuple[Any, Any]] = {}
    if article.title != exp.title:
        out["title"] = (exp.title, article.title)
    if article.paragraphs != exp.paragraphs:
        out["paragraphs"] = (exp.paragraphs, article.paragraphs)
    if exp.authors is not None and sorted(map(_key, article.authors)) != sorted(map(_key, exp.authors)):
        out["authors"] = (exp.authors, article.authors)
    if exp.editors is not None and sorted(map(_key, article.editors)) != sorted(map(_key, exp.editors)):
        out["editors"] = (exp.editors, article.editors)
    if exp.check_dateline:
        got = article.dateline
        expected = exp.dateline
        if expected is None:
            if got is not None:
                out["dateline"] = (None, got.text)
        elif got is None or _key(got.outlet) != _key(expected[0]) or _key(got.place or "") != _key(expected[1] or ""):
            out["dateline"] = (expected, got and (got.outlet, got.place))
    titles = [link.title for link in article.related]
    missing = [t for t in exp.related if t not in titles]
    if missing:
        out["related"] = (exp.related, titles)
    if exp.syndication is not None:
        got_sources = [(s.name, s.title) for s in article.sources if s.kind == "syndication"]
        want = [(_key(n), t) for n, t in exp.syndication]
        if [(_key(n), t) for n, t in got_sources] != want:
            out["syndication"] = (exp.syndication, got_sources)
    if exp.section is not None and article.section != exp.section:
        out["section"] = (exp.section, article.section)
    return out


def check(case: Case) -> dict[str, tuple[Any, Any]]:
    """Parse the case's page and compare; a parse error counts as a mismatch of every field."""
    try:
        article = parse_article(case.html, url=case.url)
    except Exception as exc:  # a failure to parse is a result here
        return {"error": (None, f"{type(exc).__name__}: {exc}")}
    return mismatches(case, article)
