"""Tribunnews.com and the Tribun Network: www/m/AMP, ``*.tribunnews.com`` and the brand domains.

Site knowledge only: where each field is in each template era (see the layouts), which hosts
belong to the network, and which zone each regional site prints its times in. All cleaning is
the library's.
"""

from __future__ import annotations

from lxml import etree

from ..lang import id as lang
from ..models import Link
from ..text import element_text, normalize_space
from .base import Layout, Page, Selectors, SiteParser, has_class, json_ld_body

__all__ = ["TribunParser"]

_BRAND_DOMAINS = (
    "tribunnews.com",
    "tribunnewswiki.com",
    "tribunstyle.com",
    "tribuntravel.com",
    "tribunjualbeli.com",
    "serambinews.com",
    "pos-kupang.com",
    "tribun-timur.com",
    "tribun-medan.com",
    "tribunjatim.com",
    "tribunjabar.id",
    "tribunjateng.com",
    "tribunjogja.com",
    "tribunsolo.com",
    "tribunjakarta.com",
    "tribunnewsbogor.com",
    "tribunbogor.com",
    "wartakotalive.com",
    "tribunpekanbaru.com",
    "tribunbatam.id",
    "tribunjambi.com",
    "tribunsumsel.com",
    "bangkapos.com",
    "tribunlampung.co.id",
    "surya.co.id",
    "suryamalang.com",
    "tribunmadura.com",
    "tribun-bali.com",
    "tribunpontianak.co.id",
    "tribunkalteng.com",
    "banjarmasinpost.co.id",
    "tribunkaltim.co",
    "tribunmanado.co.id",
    "tribunambon.com",
    "tribun-papua.com",
    "tribunbanten.com",
    "tribunlombok.com",
    "tribunsulbar.com",
    "tribunpalu.com",
    "sriwijayapost.com",
)

#: Regional sites east of WIB print local times without saying so: subdomain or brand keyword → zone.
_ZONES = {
    "WITA": (
        "kupang", "pos-kupang", "bali", "tribun-bali", "makassar", "tribun-timur", "manado",
        "tribunmanado", "kaltim", "tribunkaltim", "kaltara", "banjarmasin", "banjarmasinpost",
        "lombok", "tribunlombok", "palu", "tribunpalu", "sultra", "gorontalo", "sulbar", "tribunsulbar",
        "flores", "mataram", "toraja", "bone",
    ),
    "WIT": ("ambon", "tribunambon", "papua", "tribun-papua", "maluku", "sorong", "papuabarat"),
}

_BODY = f"div[{has_class('txt-article')}]"
#: A cheap first test for the related-list label ("Berita Terkait"): its last word without the
#: first letter, so that "Terkait" and "terkait" both contain it.
_LABEL_WORD = lang.RELATED_LIST_LABEL.split()[-1][1:]
#: Elements that carry that label: a heading, or a ``span``/``strong`` inside a title ``div``.
_TERKAIT_TAGS = ("h2", "h3", "h4", "span", "strong")
#: How far up from the body the list is looked for: its siblings, its parent's, its grandparent's.
_TERKAIT_LEVELS = 3
#: "Penulis: X" / "Editor: Y" in plain divs with no id (2015–2016 www desktop, below `#related`).
_LABELLED_CREDITS = (
    f".//div[not(div)][starts-with(normalize-space(.), 'Penulis') or starts-with(normalize-space(.), 'Editor')]"
    f"[not(ancestor::div[{has_class('txt-article')}])]"
)
_SOURCE_CREDIT = (
    "//div[@id='editor']/following-sibling::div[starts-with(normalize-space(.), 'Sumber')]",
    "//div[@id='sumber']",
)
#: "Sumber:" in the small grey credit block without an `#editor` line before it (2015 desktop;
#: 2022–2025 pages that print no editor there).
_SOURCE_CREDIT_IN_GREY_BLOCK = (
    *_SOURCE_CREDIT,
    f".//div[{has_class('grey')}][{has_class('f12')}]/div[starts-with(normalize-space(.), 'Sumber')]",
)
_HEADER_TIME = (
    f"//div[@id='article']//div[{has_class('grey')}]//time[not({has_class('timeago')})]",
    f".//div[{has_class('grey')}][{has_class('bdr3')}]//time",
    f".//div[{has_class('mt10')}]/time",
    f".//time[{has_class('grey')}][not({has_class('timeago')})]",
    f"//div[@id='article']//time[not({has_class('timeago')})]",
)


class TribunParser(SiteParser):
    """Tribunnews.com and every Tribun Network site on the same CMS, 2012–2025."""

    name = "tribun"
    hosts = tuple(host for domain in _BRAND_DOMAINS for host in (domain, f"*.{domain}"))
    site_names = (
        "Tribunnews.com", "Tribunnews", "TribunNews.com", "Tribun Solo", "TribunSolo.com", "Tribun Jabar",
        "Tribun Jateng", "TribunJateng", "Tribun Jogja", "Tribun Timur", "Tribun-Timur.com", "Tribun Medan",
        "Serambinews.com", "Serambi Indonesia", "Pos Kupang", "Pos-Kupang.com", "TribunJatim.com",
        "Tribun Jatim", "TribunJakarta.com", "Tribun Kaltim", "Tribun Manado", "Tribun Ambon",
        "Warta Kota", "Surya", "SuryaMalang.com", "Bangka Pos", "Tribun Lampung", "Tribun Jambi",
        "Tribun Pekanbaru", "Tribun Bali", "Banjarmasin Post", "Tribun Batam", "TribunnewsBogor.com",
    )
    selectors = Selectors(
        # What is looked for with a scan (`.//`) is inside `#article` on the pages that have one
        # (2012–2025 www, mobile and regional; AMP pages have none); the breadcrumb and the menu
        # are not. Ids (`//div[@id='penulis']`) are looked up, not scanned, and stay page-wide.
        container=("//div[@id='article']",),
        title=(
            "//h1[@id='arttitle']",
            f".//h1[{has_class('crimson')}]",
            f"//div[{has_class('content')}]//h1",  # `#article` is inside `.content`
            ".//article//h1",
            ".//h1",
        ),
        body=(
            f"//div[@id='article_con']/{_BODY}",  # a child on every page we have (and in scraper #13)
            f".//{_BODY}",
            "//div[@id='article_box']",
            "//div[@itemprop='articleBody']",
        ),
        authors=("//div[@id='penulis']//a",),
        editors=("//div[@id='editor']//a",),
        credits=("//div[@id='penulis']", "//div[@id='editor']", f".//div[{has_class('credit')}]"),
        published=_HEADER_TIME,
        section=(
            f"(//ul[{has_class('breadcrumb')}]/li[position() > 1])[last()]",
            f"(//div[{has_class('breadcrumb')}]/a[position() > 1])[last()]",  # "Home » Nasional" (2013–2016)
            "(//div[@id='va']//li[position() > 1])[last()]",
            # 2019–2020 www desktop: no breadcrumb, `#va` holds share buttons; the menu marks the section.
            # One expression per class, tried in turn: a "selected" item before an "active" one.
            *(
                f"//li[{has_class(state)}][ancestor::*[@id='menu' or @id='main-menu' or {has_class('main-menu')}"
                f" or {has_class('menu')}]]/a"
                for state in ("selected", "active")
            ),
        ),
        tags=(
            f".//h5[{has_class('tagcloud3')}]/a",
            f".//div[{has_class('tagcloud')}]//a",
            f".//div[{has_class('tags')}]//a[contains(@href, '/tag/')]",
        ),
        image=(
            f".//img[{has_class('imgfull')}]/@src",
            f".//amp-img[{has_class('imgfull')}]/@src",
            "//div[@id='artimg']//img/@src",
        ),
        image_caption=(
            f"//div[@id='artimg']//div[{has_class('grey2')}]",
            "//div[@id='artimg']//figcaption",
        ),
        image_credit=(
            f"//div[@id='artimg']//div[{has_class('white')}]",
            f"//div[@id='artimg']//*[{has_class('credit')}]",
            f"//div[@id='artimg']/div[{has_class('ar')}]",  # 2015–2016: right-aligned small grey credit
        ),
        next_page=(
            f".//a[{has_class('bgblue')}][contains(normalize-space(.), 'Halaman selanjutnya')]/@href",
            "//div[@id='article']//a[contains(translate(normalize-space(.), 'HS', 'hs'), 'halaman selanjutnya')]/@href",
            # the next number; on the last page the next link is "All" (?page=all), not a next page
            f".//div[{has_class('paging')}]//a[@id='pagecurrent']/following-sibling::a[1]"
            "[not(contains(@href, 'page=all'))]/@href",
            "//link[@rel='next']/@href",
        ),
        pagination=(f".//div[{has_class('paging')}]", f".//span[{has_class('total-page')}]"),
        related_outside=("//div[@id='related']//a",),
        source_credit=_SOURCE_CREDIT,
        drop=(
            ".//div[starts-with(@id, 'div-')]",
            f".//*[{has_class('ads')} or {has_class('ads-placeholder')} or {has_class('ads-on-body')}]",
            ".//amp-ad",
            ".//amp-embed",
            ".//amp-analytics",
            f".//*[{has_class('sharecot')} or {has_class('share')}]",
        ),
        related=(
            f".//p[{has_class('baca')}]",
            f".//*[{has_class('_popIn_recommend_art_title')}]",
            f".//*[{has_class('baca-juga')}]",
        ),
        figures=(f".//div[{has_class('imgfull_div')}]", f".//*[{has_class('photo-in-article')}]"),
    )
    layouts = (
        # 2012–2016 www desktop: `.content h1`, date in `div.grey.bdr3 > h3`, credits after the body
        # (in plain "Penulis:"/"Editor:" divs of a small grey block below `#related`).
        Layout(
            "desktop-2015",
            marker=f".//div[{has_class('txt-article')}][{has_class('helvetica')}]",
            selectors=Selectors(
                published=(f".//div[{has_class('grey')}][{has_class('bdr3')}]/h3", *_HEADER_TIME),
                credits=(
                    f".//div[{has_class('credit')}]",
                    "//div[@id='penulis']",
                    "//div[@id='editor']",
                    _LABELLED_CREDITS,
                ),
                source_credit=_SOURCE_CREDIT_IN_GREY_BLOCK,
            ),
        ),
        # Accelerated Mobile Pages: m.tribunnews.com/amp/… and <region>.tribunnews.com/amp/….
        Layout(
            "amp",
            marker="//script[contains(@src, 'ampproject.org')] | /html[@amp]",
            selectors=Selectors(
                published=("//article//time", "//time"),
                image=("//amp-img[@layout='responsive']/@src", "//article//amp-img/@src"),
                image_caption=(
                    f"//figure//*[{has_class('caption')}]",
                    "//article//figcaption",
                    "//figure[1]//figcaption",
                ),
                image_credit=(f"//figure//*[{has_class('credit')}]",),
            ),
        ),
        # 2022–2025: `multi-fontsize` / `editcontent` bodies, one-line "Penulis: X | Editor: Y".
        Layout(
            "desktop-2022",
            marker=f".//div[{has_class('multi-fontsize')} or {has_class('editcontent')}]",
            selectors=Selectors(
                credits=(f".//div[{has_class('credit')}]", "//div[@id='penulis']", "//div[@id='editor']"),
                source_credit=_SOURCE_CREDIT_IN_GREY_BLOCK,
            ),
        ),
    )

    def related(self, page: Page) -> list[Link]:
        """``#related`` (2015), then a "Berita Terkait" list or table printed after the body."""
        links = super().related(page)
        body = self.body(page)
        if body is not None:
            links.extend(_terkait_links(page, body))
        return links

    def body(self, page: Page) -> etree._Element | None:
        """The ``.txt-article`` body; else JSON-LD ``articleBody`` (markup changed, body still there)."""
        return page.memo("body", lambda: _body(page))

    def zone_for(self, page: Page) -> str:
        """WITA or WIT for the network's eastern regional sites, WIB elsewhere."""
        host = page.host or ""
        labels = set(host.split("."))
        for zone_name, keys in _ZONES.items():
            if labels & set(keys):
                return zone_name
        return self.default_zone


def _body(page: Page) -> etree._Element | None:
    found = page.element(page.selectors.body)
    return found if found is not None else json_ld_body(page.doc)


def _terkait_links(page: Page, body: etree._Element) -> list[Link]:
    """The links of the first "Berita Terkait" list after the body: a heading followed by a list
    (mobile and AMP), or a labelled ``span`` in a title ``div`` followed by a table of headlines
    (the real 2020 TribunSolo page). A walk over the body's following siblings, not a scan of the
    whole page: the list sits next to the body or next to one of its containers."""
    node: etree._Element | None = body
    for _ in range(_TERKAIT_LEVELS):
        if node is None:
            break
        for sibling in node.itersiblings():
            for label in sibling.iter(*_TERKAIT_TAGS):
                text = label.text
                if not text or (_LABEL_WORD not in text and _LABEL_WORD.upper() not in text):  # most spans
                    continue
                if not normalize_space(text).casefold().startswith(lang.RELATED_LIST_LABEL):
                    continue
                start = label.getparent() if label.tag in ("span", "strong") else label
                if start is None:
                    continue
                links = []
                for after in start.itersiblings():
                    for anchor in after.iter("a"):
                        title = element_text(anchor)
                        href = anchor.get("href")
                        if title and href:
                            links.append(Link(title=title, url=page.doc.absolute(href)))
                return links
        node = node.getparent()
    return []
