"""Selectors.container: page fields written ``.//…`` are looked for inside the article container."""

from __future__ import annotations

from newsparse import Layout, Selectors, SiteParser, has_class, parse_article

PAGE = """<html><head><title>Judul</title></head><body>
<div class="sidebar"><div class="kredit">Penulis: Orang Samping</div><h1>Terpopuler</h1></div>
<div id="artikel">
  <h1 class="judul">Jalan Desa Diperbaiki</h1>
  <div class="kredit">Penulis: Sri Wahyuni</div>
  <div class="isi"><p>Jalan desa diperbaiki mulai pekan ini oleh warga bersama pemerintah desa.</p></div>
</div></body></html>"""


class ContainerParser(SiteParser):
    name = "container-demo"
    selectors = Selectors(
        container=("//div[@id='artikel']",),
        title=(".//h1",),
        credits=(f".//div[{has_class('kredit')}]",),
        body=(f"//div[{has_class('isi')}]",),
    )


class NoContainerParser(ContainerParser):
    name = "no-container-demo"
    selectors = ContainerParser.selectors.merged(Selectors(container=("//div[@id='tidak-ada']",)))


def test_dot_selectors_look_inside_the_container_only() -> None:
    article = parse_article(PAGE, parser=ContainerParser, attribution=False)
    assert article.title == "Jalan Desa Diperbaiki"  # not the sidebar's "Terpopuler", first on the page
    assert article.authors == ("Sri Wahyuni",)


def test_a_page_without_the_container_is_searched_whole() -> None:
    article = parse_article(PAGE, parser=NoContainerParser, attribution=False)
    assert article.title == "Terpopuler"
    assert article.authors == ("Orang Samping", "Sri Wahyuni")


def test_page_select_scopes_dot_expressions_and_not_page_expressions() -> None:
    from newsparse.document import Document

    doc = Document.from_html(PAGE)
    page = ContainerParser().page(doc)
    assert page.scope.get("id") == "artikel"
    assert [h.text for h in page.select(".//h1")] == ["Jalan Desa Diperbaiki"]
    assert [h.text for h in page.select("//h1")] == ["Terpopuler", "Jalan Desa Diperbaiki"]
    assert page.exists(".//h1") and not page.exists(".//div[@class='sidebar']")
    assert page.exists("//div[@class='sidebar']")


class LayoutContainerParser(ContainerParser):
    """An older template whose article sits in another element: the layout names its container."""

    name = "layout-container-demo"
    layouts = (
        Layout("old", Selectors(container=("//div[@class='sidebar']",)), marker="//div[@class='sidebar']"),
    )


def test_a_layout_that_names_its_own_container_is_read_inside_that_one() -> None:
    from newsparse.document import Document

    page = LayoutContainerParser().page(Document.from_html(PAGE))
    assert page.layout == "old" and page.scope.get("class") == "sidebar"
    article = parse_article(PAGE, parser=LayoutContainerParser, attribution=False)
    assert article.title == "Terpopuler"
    assert article.authors == ("Orang Samping",)
