"""KabarKampung (kabarkampung.example): local news from East Kalimantan, in two template eras."""

from __future__ import annotations

from newsparse import Layout, Page, Selectors, SiteParser, has_class

__all__ = ["KabarKampungParser"]


class KabarKampungParser(SiteParser):
    """Articles of kabarkampung.example and its regional subdomains (kaltim., kaltara., …)."""

    name = "kabarkampung"
    hosts = ("kabarkampung.example", "*.kabarkampung.example")
    site_names = ("KabarKampung", "KabarKampung.example")
    default_zone = "WITA"

    selectors = Selectors(
        title=(f"//h1[{has_class('kk-judul')}]",),
        description=(f"//p[{has_class('kk-ringkasan')}]",),
        body=(f"//div[{has_class('kk-isi')}]",),
        credits=(f"//div[{has_class('kk-byline')}]/span",),
        published=(f"//time[{has_class('kk-waktu')}]",),
        section=(f"(//nav[{has_class('kk-remah')}]/a)[last()]",),
        tags=(f"//ul[{has_class('kk-tag')}]//a",),
        image=(f"//figure[{has_class('kk-foto-utama')}]//img/@src",),
        image_caption=(f"//figure[{has_class('kk-foto-utama')}]//figcaption",),
        related_outside=(f"//section[{has_class('kk-terkait')}]//a",),
        drop=(
            f".//div[{has_class('kk-iklan')}]",
            f".//div[{has_class('kk-bagikan')}]",
            f".//div[{has_class('kk-langganan')}]",
        ),
        related=(f".//div[{has_class('kk-bacajuga')}]",),
    )

    layouts = (
        Layout(
            "klasik",
            marker="//div[@id='isi-berita']",
            selectors=Selectors(
                title=("//h1[@id='judul-berita']",),
                body=("//div[@id='isi-berita']",),
                credits=("//div[@id='info-berita']/span",),
                published=("//div[@id='info-berita']/span[@class='tanggal']",),
            ),
        ),
    )

    def tags(self, page: Page) -> list[str]:
        """Tags are printed as hashtags ("#Mahakam"): keep the words."""
        return [tag.lstrip("#") for tag in super().tags(page)]
