"""The fallback for hosts no parser claims: JSON-LD, Open Graph and a densest-text heuristic.

Quality is lower than a site parser's, but never garbage: a page whose best candidate body is
too thin raises :class:`~newsparse.errors.NotAnArticleError` rather than returning navigation.
"""

from __future__ import annotations

from lxml import etree

from ..document import has_class
from ..registry import register
from ..text import element_text
from .base import Page, Selectors, SiteParser, json_ld_body

__all__ = ["GenericParser"]

_MAX_LINK_DENSITY = 0.5


class _Thresholds:
    """How much text makes a body. A page that declares itself an article (Open Graph type
    ``article`` or a JSON-LD article) may be short (a page 2 of 3); any other page must hold a
    real block of prose before it is taken for an article."""

    def __init__(self, declared_article: bool) -> None:
        self.chars = 80 if declared_article else 250
        self.paragraphs = 1 if declared_article else 2


@register
class GenericParser(SiteParser):
    """Any news page: ``<article>``, ``itemprop=articleBody``, JSON-LD ``articleBody``, or the
    element with the most paragraph text."""

    name = "generic"
    selectors = Selectors(
        title=("//article//h1", "//h1"),
        body=("//*[@itemprop='articleBody']",),
        authors=("//*[@rel='author']", "//*[@itemprop='author']//*[@itemprop='name']"),
        published=("//article//time/@datetime", "//time/@datetime"),
        tags=("//*[@rel='tag']",),
        drop=(
            ".//nav",
            ".//aside",
            ".//header",
            ".//footer",
            f".//*[{has_class('related')} or {has_class('share')}]",
            f".//*[{has_class('ads')} or {has_class('advertisement')}]",
        ),
        related=(f".//p[{has_class('baca')}]",),
    )

    def body(self, page: Page) -> etree._Element | None:
        """articleBody markup, then the densest text block, then JSON-LD ``articleBody`` text."""
        doc = page.doc
        limits = _Thresholds(doc.article_json_ld is not None or doc.meta.get("og:type") == "article")
        found = page.element(page.selectors.body)
        if found is not None and _text_chars(found) >= limits.chars:
            return found
        best = _densest(doc.root, limits)
        if best is not None:
            return best
        return _from_json_ld(page, limits)


def _text_chars(element: etree._Element) -> int:
    return len(element_text(element))


def _densest(root: etree._Element, limits: _Thresholds) -> etree._Element | None:
    """The element whose direct ``<p>`` children hold the most non-link text."""
    scores: dict[etree._Element, int] = {}
    counts: dict[etree._Element, int] = {}
    for paragraph in root.iter("p"):
        parent = paragraph.getparent()
        if parent is None:
            continue
        text = element_text(paragraph)
        if len(text) < 25:
            continue
        link_text = sum(len(element_text(a)) for a in paragraph.iter("a"))
        if link_text > len(text) * _MAX_LINK_DENSITY:
            continue
        scores[parent] = scores.get(parent, 0) + len(text)
        counts[parent] = counts.get(parent, 0) + 1
    if not scores:
        return None
    best = max(scores, key=scores.__getitem__)
    if scores[best] < limits.chars or counts[best] < limits.paragraphs:
        return None
    return best


def _from_json_ld(page: Page, limits: _Thresholds) -> etree._Element | None:
    body = json_ld_body(page.doc)
    if body is None or len(element_text(body)) < limits.chars:
        return None
    return body
