"""The generic fallback parser: sites nobody registered, and pages that are not articles."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsparse import NotAnArticleError, parse_article

ROOT = Path(__file__).resolve().parent.parent
NONARTICLE = sorted((ROOT.parent / "shared" / "tribun" / "nonarticle").glob("*.html"))

URL = "https://www.warta-pesisir.example/daerah/2025/02/10/nelayan-muncar-panen-ikan-lemuru"

_LD = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "headline": "Nelayan Muncar Panen Ikan Lemuru, Harga di Pelelangan Turun",
    "datePublished": "2025-02-10T07:30:00+07:00",
    "dateModified": "2025-02-10T09:05:00+07:00",
    "author": [{"@type": "Person", "name": "Siti Rohmah"}, {"@type": "Person", "name": "Bayu Prasetyo"}],
    "articleSection": "Daerah",
    "keywords": "nelayan, Muncar",
}

# A made-up outlet on its own CMS: JSON-LD, Open Graph, a semantic <article> with the usual noise.
ARTICLE_PAGE = f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8">
<title>Nelayan Muncar Panen Ikan Lemuru, Harga di Pelelangan Turun | Warta Pesisir</title>
<meta name="description" content="Nelayan di Muncar, Banyuwangi, panen ikan lemuru sejak awal pekan.">
<meta property="og:site_name" content="Warta Pesisir">
<meta property="og:image" content="/img/2025/02/lemuru.jpg">
<meta name="keywords" content="nelayan, Muncar, lemuru">
<script type="application/ld+json">{json.dumps(_LD)}</script>
</head><body>
<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a>
<a href="/ekonomi">Ekonomi</a></nav></header>
<div class="wrap">
 <article>
  <header><h1>Nelayan Muncar Panen Ikan Lemuru, Harga di Pelelangan Turun</h1>
   <p class="meta">Oleh Siti Rohmah dan Bayu Prasetyo · 10 Februari 2025</p></header>
  <div class="share"><a href="https://facebook.com/share">Bagikan ke Facebook</a></div>
  <p>Nelayan di Pelabuhan Muncar, Kabupaten Banyuwangi, panen ikan lemuru sejak awal pekan ini
setelah cuaca di Selat Bali kembali bersahabat.</p>
  <p>Hasil tangkapan yang melimpah membuat harga lemuru di tempat pelelangan ikan turun dari Rp
9.000 menjadi Rp 6.500 per kilogram.</p>
  <aside class="related"><h3>Berita
terkait</h3><ul><li><a href="/daerah/2025/01/05/cuaca-buruk">Cuaca Buruk, Nelayan Muncar Tidak
Melaut</a></li></ul></aside>
  <p>"Sekali melaut satu perahu bisa membawa pulang dua ton. Tapi harganya jatuh karena semua panen
bersamaan," kata Sulaiman, nelayan setempat.</p>
  <p>Dinas Perikanan Banyuwangi meminta pabrik pengalengan menyerap hasil tangkapan nelayan agar
harga tidak terus merosot.</p>
  <footer><p>Editor: Ahmad Fauzi</p></footer>
 </article>
 <aside class="sidebar"><h3>Terpopuler</h3>
  <p><a href="/a">Harga beras di Banyuwangi naik menjelang bulan puasa tahun ini</a></p>
  <p><a href="/b">Festival Gandrung Sewu kembali digelar di Pantai Boom Banyuwangi</a></p>
 </aside>
</div>
<footer><p>© 2025 Warta Pesisir. Seluruh hak cipta dilindungi.</p></footer>
</body></html>"""

EXPECTED_PARAGRAPHS = [
    "Nelayan di Pelabuhan Muncar, Kabupaten Banyuwangi, panen ikan lemuru sejak awal pekan ini setelah "
    "cuaca di Selat Bali kembali bersahabat.",
    "Hasil tangkapan yang melimpah membuat harga lemuru di tempat pelelangan ikan turun dari Rp 9.000 "
    "menjadi Rp 6.500 per kilogram.",
    '"Sekali melaut satu perahu bisa membawa pulang dua ton. Tapi harganya jatuh karena semua panen '
    'bersamaan," kata Sulaiman, nelayan setempat.',
    "Dinas Perikanan Banyuwangi meminta pabrik pengalengan menyerap hasil tangkapan nelayan agar harga "
    "tidak terus merosot.",
]


def test_an_unregistered_site_is_parsed_by_the_generic_parser() -> None:
    article = parse_article(ARTICLE_PAGE, url=URL)
    assert article.parser == "generic"
    assert article.site == "www.warta-pesisir.example"
    assert article.title == "Nelayan Muncar Panen Ikan Lemuru, Harga di Pelelangan Turun"
    assert article.paragraphs == EXPECTED_PARAGRAPHS
    assert article.authors == ["Siti Rohmah", "Bayu Prasetyo"]
    assert article.published is not None and article.published.isoformat() == "2025-02-10T07:30:00+07:00"
    assert article.modified is not None and article.modified.isoformat() == "2025-02-10T09:05:00+07:00"
    assert article.section == "Daerah"
    assert article.tags == ["nelayan", "Muncar", "lemuru"]
    assert article.description == "Nelayan di Muncar, Banyuwangi, panen ikan lemuru sejak awal pekan."
    assert article.image is not None and article.image.url == "https://www.warta-pesisir.example/img/2025/02/lemuru.jpg"


def test_generic_without_url_uses_the_page_alone() -> None:
    article = parse_article(ARTICLE_PAGE)
    assert article.parser == "generic"
    assert article.paragraphs == EXPECTED_PARAGRAPHS


def test_article_body_markup_is_preferred() -> None:
    page = ARTICLE_PAGE.replace("<article>", '<article><div itemprop="articleBody">', 1).replace(
        "</article>", "</div></article>", 1
    )
    assert parse_article(page, url=URL).paragraphs[:4] == EXPECTED_PARAGRAPHS


def test_json_ld_article_body_when_the_markup_has_no_text() -> None:
    ld = dict(_LD, articleBody="\n".join(EXPECTED_PARAGRAPHS))
    page = (
        "<html><head><title>x</title>"
        f'<script type="application/ld+json">{json.dumps(ld)}</script></head>'
        "<body><div id='app'></div></body></html>"
    )
    article = parse_article(page, url=URL)
    assert article.parser == "generic"
    assert article.title == _LD["headline"]
    assert article.paragraphs == EXPECTED_PARAGRAPHS


def test_densest_block_without_any_semantic_markup() -> None:
    body = "".join(f"<p>{p}</p>" for p in EXPECTED_PARAGRAPHS)
    page = (
        "<html><head><title>Nelayan Muncar Panen Ikan Lemuru - Warta Pesisir</title></head><body>"
        "<div id='menu'><p><a href='/a'>Beranda</a></p><p><a href='/b'>Daerah</a></p></div>"
        f"<div id='kolom-kiri'><h1>Nelayan Muncar Panen Ikan Lemuru</h1><div id='teks'>{body}</div></div>"
        "<div id='kolom-kanan'><p>Iklan: Jual perahu bekas kondisi baik, hubungi kami.</p></div>"
        "</body></html>"
    )
    article = parse_article(page, url=URL)
    assert article.title == "Nelayan Muncar Panen Ikan Lemuru"
    assert article.paragraphs == EXPECTED_PARAGRAPHS


NAV_ONLY_PAGE = """<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>Warta Pesisir - Berita Pesisir Jawa Timur</title>
<meta property="og:type" content="website"></head><body>
<header><nav><a href="/">Beranda</a> <a href="/daerah">Daerah</a> <a href="/ekonomi">Ekonomi</a>
<a href="/olahraga">Olahraga</a> <a href="/wisata">Wisata</a></nav></header>
<main><h1>Berita Terkini</h1>
<ul>
 <li><p><a href="/daerah/2025/02/10/a">Nelayan Muncar panen ikan lemuru, harga di pelelangan turun
tajam</a></p></li>
 <li><p><a href="/daerah/2025/02/10/b">Jalan provinsi di Glenmore rusak parah, warga menanam pohon
pisang</a></p></li>
 <li><p><a href="/daerah/2025/02/09/c">Festival Gandrung Sewu kembali digelar di Pantai Boom
Banyuwangi</a></p></li>
 <li><p><a href="/daerah/2025/02/09/d">Harga beras di Banyuwangi naik menjelang bulan puasa tahun
ini</a></p></li>
</ul></main>
<footer><p>© 2025 Warta Pesisir.</p></footer></body></html>"""


def test_a_navigation_page_is_not_an_article() -> None:
    with pytest.raises(NotAnArticleError, match="og:type is 'website'"):
        parse_article(NAV_ONLY_PAGE, url="https://www.warta-pesisir.example/")


def test_a_page_with_a_little_text_is_not_an_article() -> None:
    page = "<html><head><title>Kontak</title></head><body><h1>Kontak</h1><p>Hubungi kami di surel.</p></body></html>"
    with pytest.raises(NotAnArticleError):
        parse_article(page, url="https://www.warta-pesisir.example/kontak")


@pytest.mark.skipif(not NONARTICLE, reason="shared/tribun/nonarticle/ is not available")
@pytest.mark.parametrize("path", NONARTICLE, ids=lambda p: p.name)
@pytest.mark.parametrize("parser", ["generic", None])
def test_real_homepage_is_not_an_article(path: Path, parser: str | None) -> None:
    with pytest.raises(NotAnArticleError):
        parse_article(path.read_bytes(), parser=parser)
