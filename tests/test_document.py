"""Document's XPath shortcuts give exactly the node-sets of libxml2's own evaluation.

``Document.xpath`` answers id-first expressions from libxml2's id table and rewrites ``//step``
to the descendant axis. Each shortcut is
checked here against plain ``lxml.etree.XPath`` on every selector of every registered parser,
over the fixture pages, the bundled sample, the real Tribun pages and pages made to trip it.
"""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest
from lxml import etree

import newsparse
from newsparse.document import Document, _descendant_axis, compiled_xpath
from newsparse.registry import parsers
from newsparse.sites.base import Selectors, has_class

FIXTURES = Path(__file__).parent / "fixtures"
SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "tribun"


def _page_selectors() -> list[str]:
    """Every whole-page selector (and layout marker) of every registered parser."""
    found: set[str] = set()
    for parser in parsers():
        groups = [parser.selectors, *(layout.selectors for layout in parser.layouts)]
        found.update(layout.marker for layout in parser.layouts if layout.marker)
        for selectors in groups:
            for field in attrs.fields(Selectors):
                found.update(e for e in getattr(selectors, field.name) if not e.startswith("."))
    return sorted(found)


SELECTORS = _page_selectors()


def _pages() -> list[tuple[str, bytes]]:
    pages = [(path.name, path.read_bytes()) for path in sorted(FIXTURES.glob("[0-9]*.html"))]
    pages.append(("sample", newsparse.sample_html()))
    for folder in ("real", "nonarticle"):
        pages.extend((path.name, path.read_bytes()) for path in sorted((SHARED / folder).glob("*.html")))
    return pages


TRICKY = {
    # The id is taken by an <a name> first; the <div> with it comes later.
    "a-name-first": b"<html><body><a name='penulis'>x</a><div id='penulis'><a href='/p'>Rina</a></div></body></html>",
    # The same id twice: both elements must be found.
    "duplicate-id": b"<html><body><div id='editor'><a>A</a></div><div id='editor'><a>B</a></div></body></html>",
    # The id belongs to an element of another tag.
    "other-tag": b"<html><body><span id='arttitle'>not a headline</span><h1>Judul</h1></body></html>",
    # A class name that only appears inside a longer one, and one only in a script.
    "class-substring": b"<html><body><div class='tagcloud3'><a>t</a></div><script>var c='credit';</script></body></html>",
}


def _plain(root: etree._Element, expression: str) -> list[object]:
    result = etree.XPath(expression)(root)
    return result if isinstance(result, list) else [result]


@pytest.mark.parametrize(("name", "html"), [*_pages(), *TRICKY.items()], ids=lambda v: v if isinstance(v, str) else "")
def test_shortcuts_match_libxml2(name: str, html: bytes) -> None:
    doc = Document.from_html(html)
    for expression in SELECTORS:
        assert doc.xpath(expression) == _plain(doc.root, expression), (name, expression)
        if "|" not in expression or expression.count("|") == expression.count(" | "):
            assert doc.exists(expression) == bool(_plain(doc.root, expression)), (name, expression)


def test_tricky_pages_hit_the_fallbacks() -> None:
    """The shortcut pages above exercise each fallback, so the comparison there means something."""
    doc = Document.from_html(TRICKY["duplicate-id"])
    assert doc.duplicate_ids == {"editor"}
    assert [a.text for a in doc.xpath("//div[@id='editor']//a")] == ["A", "B"]
    doc = Document.from_html(TRICKY["a-name-first"])
    assert [a.text for a in doc.xpath("//div[@id='penulis']//a")] == ["Rina"]
    doc = Document.from_html(TRICKY["other-tag"])
    assert doc.xpath("//h1[@id='arttitle']") == []


def test_removed_elements_are_not_found_by_id() -> None:
    """libxml2's id table keeps removed elements; the cleaner removes elements before later reads."""
    doc = Document.from_html(b"<html><body><div id='box'><p id='inner'>x</p></div><p>y</p></body></html>")
    box = doc.xpath("//div[@id='box']")[0]
    box.getparent().remove(box)
    assert doc.xpath("//p[@id='inner']") == []
    assert doc.xpath("//div[@id='box']") == []


@pytest.mark.parametrize(
    ("expression", "rewritten"),
    [
        ("//div[@id='x']//p", "/descendant::div[@id='x']/descendant::p"),
        ("//li[1]", "//li[1]"),
        ("//div//p[2]/a", "/descendant::div//p[2]/a"),
        ("(//ul[@class='b']/li[position() > 1])[last()]", "(/descendant::ul[@class='b']/li[position() > 1])[last()]"),
        ("//a[contains(., '//b')]", "/descendant::a[contains(., '//b')]"),
        ("//*[last()] | //b", "//*[last()] | /descendant::b"),
    ],
)
def test_descendant_axis_rewrite(expression: str, rewritten: str) -> None:
    assert _descendant_axis(expression) == rewritten


POSITIONAL_PAGE = b"""<html><body><ul class='b'><li>a</li><li>b</li><li>c</li></ul>
<div><p>1</p><p>2</p></div><div><p>3</p><p>4</p><span><p>5</p></span></div></body></html>"""


@pytest.mark.parametrize(
    "expression",
    ["//p[1]", "//div//p[2]", "(//ul[@class='b']/li[position() > 1])[last()]", "//div/p[last()]", "//span//p"],
)
def test_rewrite_keeps_positional_meaning(expression: str) -> None:
    root = Document.from_html(POSITIONAL_PAGE).root
    assert compiled_xpath(expression)(root) == _plain(root, expression)


NEGATIONS_PAGE = b"<html><body><div class='a'><p>x</p></div><div id='d'><p class='c'>y</p></div></body></html>"


@pytest.mark.parametrize(
    "expression",
    [
        "//div[not(p[@id='missing'])]",  # a demanded id inside not(): the path still matches
        "//div[p[@id='missing'] or @class='a']",
        "//div[@id='missing'] | //p",
        "count(//p[@id='missing'])",
        "//div[@id='missing'] = ''",
        "//div[.//p[contains(@class, 'c')]]//p",
        "//p[contains(@class, 'missing')]",
        "//div[@id='d']//p[(contains(@class, 'c') and contains(concat(' ', normalize-space(@class), ' '), ' c '))]",
    ],
)
def test_word_filter_only_rules_out_what_cannot_match(expression: str) -> None:
    doc = Document.from_html(NEGATIONS_PAGE)
    assert doc.xpath(expression) == _plain(doc.root, expression)


# --- simple body rules (newsparse.simple_rules) -----------------------------------------------

from newsparse.cleaning import GENERIC_DROP, GENERIC_FIGURES, _select  # noqa: E402
from newsparse.simple_rules import simple_rules  # noqa: E402


def _rule_groups() -> list[tuple[str, ...]]:
    groups = [GENERIC_DROP, GENERIC_FIGURES]
    for parser in parsers():
        for selectors in [parser.selectors, *(layout.selectors for layout in parser.layouts)]:
            groups += [selectors.drop, selectors.related, selectors.figures, GENERIC_DROP + selectors.drop]
            groups.append(GENERIC_FIGURES + selectors.figures)
    return [group for group in dict.fromkeys(groups) if group]


RULE_PAGE = b"""<html><body><div class='txt-article'>
<p class='baca'>a</p><p class='bacaan'>b</p><p class='x\tbaca'>c</p><p class='x\xc2\xa0baca'>d</p>
<div id='div-gpt-ad-1'>e</div><div id='xdiv-gpt'>f</div><span data-ad=''>g</span><div class='ads share'>h</div>
<blockquote class='twitter-tweet-x'>i</blockquote><figure><img src='a.jpg'/></figure><amp-ad>j</amp-ad>
<div class='imgfull_div'><div class='photo-in-article'>k</div></div><script>l</script><nav>m</nav>
</div></body></html>"""


def test_every_rule_group_is_simple() -> None:
    """The library's own rule groups all take the fast path (a regression would only be slower)."""
    assert all(simple_rules(group) is not None for group in _rule_groups())


@pytest.mark.parametrize(("name", "html"), [*_pages(), ("rules", RULE_PAGE)], ids=lambda v: v if isinstance(v, str) else "")
def test_simple_rules_match_libxml2(name: str, html: bytes) -> None:
    doc = Document.from_html(html)
    bodies = [doc.root, *doc.root.iter("article"), *doc.xpath("//div[@class]")[:20]]
    for group in _rule_groups():
        union = etree.XPath(_descendant_axis(" | ".join(group)))
        for body in bodies:
            expected = [node for node in union(body) if node is not body]
            assert _select(body, group) == expected, (name, group)


def test_other_rule_forms_fall_back_to_xpath() -> None:
    assert simple_rules((".//p[@class='baca']",)) is None
    assert simple_rules((".//div//p",)) is None
    assert simple_rules((".//*",)) is None
    doc = Document.from_html(RULE_PAGE)
    assert [p.text for p in _select(doc.root, (".//p[@class='baca']",))] == ["a"]


# --- html_bytes: the bytes lxml parses are those decode_html would give ----------------------

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from newsparse.decoding import _XML_DECLARATION, decode_html, html_bytes  # noqa: E402
from newsparse.errors import NewsparseError  # noqa: E402


def _reference_bytes(data: bytes | str) -> bytes | tuple[str, str]:
    """decode_html, the declaration stripped, encoded: the slow path every page used to take."""
    try:
        return _XML_DECLARATION.sub("", decode_html(data), count=1).encode("utf-8", "surrogatepass")
    except NewsparseError as exc:
        return type(exc).__name__, str(exc)


def _fast_bytes(data: bytes | str) -> bytes | tuple[str, str]:
    try:
        return html_bytes(data)
    except NewsparseError as exc:
        return type(exc).__name__, str(exc)


EDGE_INPUTS = [
    b"", b"   \n\t", b"\x1c\x1d", b"\x00<p>x</p>", b"<p>x</p>", b"plain text", b"\x01\x02\x03<p>" * 50,
    b"<?xml version='1.0' encoding='iso-8859-1'?><p>caf\xe9</p>", b"  <?XML version='1.0'?><p>x</p>",
    b"<meta charset='windows-1252'><p>caf\xe9 \x93kutip\x94</p>", b"<meta charset='utf-16'><p>ab</p>",
    b"<meta charset=shift_jis><p>\\~</p>", "<p>kata “dia”</p>".encode(), b"\xef\xbb\xbf<p>bom</p>",
    b"\xff\xfe<\x00p\x00>\x00", b"<p>broken \xff utf-8</p>", "<p>é</p>".encode() * 3,
    b"<meta charset='iso-8859-1'><p>x</p>", b"<meta charset='ascii'><p>\xe9</p>",
    b"<meta charset='windows-1252'><p>" + "caf\u00e9".encode() + b"</p>",  # valid UTF-8, declared otherwise
]


@pytest.mark.parametrize("data", EDGE_INPUTS + [html for _, html in _pages()], ids=lambda v: repr(v[:30]))
def test_html_bytes_equals_decoding_and_reencoding(data: bytes) -> None:
    assert _fast_bytes(data) == _reference_bytes(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=600) | st.text(max_size=300).map(lambda t: ("<p>" + t).encode("utf-8", "surrogatepass")))
def test_html_bytes_equals_decoding_for_any_bytes(data: bytes) -> None:
    assert _fast_bytes(data) == _reference_bytes(data)


# --- Layout markers written .//… are looked for inside the parser's article container -----------


def test_container_markers_pick_the_layout_the_page_wide_marker_picks() -> None:
    """On every page, each layout whose marker is scoped to the container fits exactly when the
    same marker over the whole page says so."""
    from newsparse.sites.base import _container

    checked = 0
    for parser in parsers():
        for layout in parser.layouts:
            if not (layout.marker or "").startswith("."):
                continue
            page_wide = attrs.evolve(layout, marker=layout.marker.replace(".//", "//"))  # type: ignore[union-attr]
            for name, html in [*_pages(), *TRICKY.items()]:
                doc = Document.from_html(html)
                scoped = layout.fits(doc, None, _container(doc, parser.selectors))
                assert scoped == page_wide.fits(doc, None), (name, layout.name)
                checked += scoped
    assert checked >= 3  # some pages do match a layout with a scoped marker


def test_a_dot_marker_is_looked_for_inside_the_scope_only() -> None:
    from newsparse.sites.base import Layout

    doc = Document.from_html(b"<html><body><div class='txt'>x</div><div id='article'><p>y</p></div></body></html>")
    layout = Layout("x", marker=".//div[@class='txt']")
    assert layout.fits(doc, None)  # no scope: the whole page
    assert not layout.fits(doc, None, doc.ids["article"])
    assert Layout("x", marker="//div[@class='txt']").fits(doc, None, doc.ids["article"])  # page-wide


MARKER_PAGE = b"""<html><body><div id='article'>
<div class='side-article txt-article mb20 helvetica'>a</div><div class='txt-articlex helvetica'>b</div>
<div class='x\ttxt-article\nhelvetica '>c</div><div class='x\xc2\xa0multi-fontsize'>d</div><span class='editcontent'>e</span>
<div class=''>f</div><div>g</div><p class='multi-fontsize'>h</p>
</div></body></html>"""


def test_class_markers_answer_as_libxml2_does() -> None:
    """Markers that only ask for class tokens are answered from the class attributes read once
    (simple_rules.ClassMarker); the answer is libxml2's on every page, for every such marker."""
    from newsparse.simple_rules import class_marker
    from newsparse.sites.base import _Markers

    markers = [layout.marker for parser in parsers() for layout in parser.layouts if layout.marker]
    markers += [
        f".//div[{has_class('txt-article')}][{has_class('helvetica')}]",
        f".//*[{has_class('multi-fontsize')}]",
        f".//p[{has_class('multi-fontsize')} or {has_class('nothing')}]",
        f".//div[{has_class('helvetica')}][{has_class('x')}][{has_class('txt-article')}]",
    ]
    simple = [marker for marker in markers if class_marker(marker) is not None]
    assert len(simple) >= 5  # the desktop-2015 and desktop-2022 markers among them
    blind = sorted((FIXTURES / "blind").glob("[0-9]*.html"))
    pages = [*_pages(), *((path.name, path.read_bytes()) for path in blind), ("marker", MARKER_PAGE)]
    for name, html in pages:
        doc = Document.from_html(html)
        for scope in (doc.root, *doc.root.iter("article"), *([doc.ids["article"]] if "article" in doc.ids else [])):
            answers = _Markers(doc, scope)
            for marker in simple:
                expected = bool(etree.XPath(f"boolean({_descendant_axis(marker)})")(scope))
                assert answers.found(marker) == expected, (name, marker)


def test_markers_that_ask_for_more_than_classes_go_to_libxml2() -> None:
    from newsparse.simple_rules import class_marker

    assert class_marker(".//div[@class='txt']") is None
    assert class_marker(f".//div[{has_class('a')} and {has_class('b')}]") is None
    assert class_marker(f"//div[{has_class('a')}]") is None
    assert class_marker(f".//div/p[{has_class('a')}]") is None
    marker = class_marker(f".//div[{has_class('a')} or {has_class('b')}][{has_class('c')}]")
    assert marker is not None and marker.groups == (frozenset({"a", "b"}), frozenset({"c"}))


SCRIPT_PAGES = {
    "amp-in-body": b"<html><body><div><script async src='https://cdn.ampproject.org/v0.js'></script></div></body></html>",
    "amp-attribute": b"<html amp><head><script src='/x.js'></script></head><body>x</body></html>",
    "amp-in-text": b"<html><head><script>var s = 'ampproject.org';</script></head><body>ampproject.org</body></html>",
    "ld-json-with-src": b"<html><head><script type='application/ld+json' src='/a.json'>{\"@type\": \"NewsArticle\"}"
    b"</script></head></html>",
}


@pytest.mark.parametrize("expression", [
    "//script[contains(@src, 'ampproject.org')] | /html[@amp]",
    "//script[contains(@src, 'ampproject.org')]",
    "//script[contains(@src, '/x.js')] | //p",
    "/html[@amp] | //div[@id='article'] | (//a | //p)[1]",
])
def test_exists_by_parts_and_script_sources_agrees_with_libxml2(expression: str) -> None:
    """Document.exists asks a union part by part and answers script-source tests from the
    scripts read with the head: the answer is libxml2's on every page."""
    for name, html in [*_pages(), *TRICKY.items(), *SCRIPT_PAGES.items()]:
        doc = Document.from_html(html)
        expected = bool(etree.XPath(f"boolean({expression})")(doc.root))
        assert doc.exists(expression) == expected, (name, expression)


def test_a_json_ld_script_with_a_src_is_still_read() -> None:
    doc = Document.from_html(SCRIPT_PAGES["ld-json-with-src"])
    assert doc.article_json_ld is not None and doc.script_srcs == ("/a.json",)


# --- Document.absolute: links already absolute skip urljoin, with urljoin's own result ----------

from urllib.parse import urljoin  # noqa: E402

from newsparse.document import _as_is  # noqa: E402

_URL_PIECES = st.sampled_from(
    ["https://", "http://", "HTTPS://", "a.com", "b.co.id", "/", "//", "?", "#", ";", "[", "]", ":", "@",
     "x", "é", " ", "\t", "\n", "%20", "=", "&", "..", ".", "\x01"]
)  # fmt: skip
_BASES = ("https://www.tribunnews.com/a/b?c=1", "http://m.tribunnews.com/", "ftp://x/y", "https://[::1]/")


@settings(max_examples=3000, deadline=None)
@given(st.lists(_URL_PIECES, max_size=8).map("".join))
def test_a_link_kept_as_is_is_what_urljoin_gives(link: str) -> None:
    if _as_is(link):
        for base in _BASES:
            assert urljoin(base, link) == link


@pytest.mark.parametrize(
    "link",
    ["https://a.com/x?", "https://a.com/x#", "https://a.com/x?#f", "https://a.com/x;p", "https://[::1",
     "https:///x", "https://a.com/x\ty", "https://ä.com/", "HTTPS://a.com/"],
)  # fmt: skip
def test_links_urljoin_would_change_are_not_kept_as_is(link: str) -> None:
    assert not _as_is(link)
    assert _as_is("https://a.com/x?q=1#f") and _as_is("http://a.com")
