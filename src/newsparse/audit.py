"""Signs that a parse went wrong, read from the Article alone: for users running newsparse at scale.

A site that changes its template rarely breaks parsing outright; it leaves a dateline in the
first paragraph, a "Baca juga" line in the body, the site's name as the author. :func:`audit`
looks for those signs in one :class:`~newsparse.models.Article` and returns them as
:class:`Finding` objects; counted over a crawl (``newsparse batch --audit``) they show when and
where a site changed. A finding is a suspicion, not a verdict: the docs list the known false
alarms of each kind.

The patterns are the language module's (:mod:`newsparse.lang.id`), the same ones the cleaner
strips with, so a finding means the cleaner did not see that line as boilerplate.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from . import titles
from .document import host_of
from .lang import id as lang
from .models import Article

__all__ = ["Finding", "FindingKind", "audit"]

FindingKind = Literal[
    "dateline-in-body",
    "boilerplate-in-body",
    "author-is-site",
    "author-is-organisation",
    "title-is-site",
    "section-is-share-label",
    "replacement-character",
    "quote-without-speaker",
]

_DATELINES = (
    re.compile(lang.DATELINE, re.IGNORECASE),
    re.compile(lang.DATELINE_PLACE_FIRST),
    re.compile(lang.DATELINE_SHAPE),
)
_BOILERPLATE_LINES = tuple(
    re.compile(source, flags)
    for source, flags in (
        (lang.REPORTER_LINE, re.IGNORECASE),
        (lang.REPORTER_LINE_WITH_PLACE, re.IGNORECASE),
        (lang.RELATED_PREFIX, 0),
        (lang.SYNDICATION_TAYANG, 0),
        (lang.SYNDICATION_SUMBER, 0),
        (lang.CREDIT_LABEL, 0),
        (lang.CREDIT_ONLY_LINE, 0),
        (lang.EMBED_PLACEHOLDER, 0),
    )
)
_BULLET = re.compile(lang.BULLET)
_PROMO_PREFIXES = tuple(prefix.lower() for prefix in lang.PROMO_PREFIXES)
_BOILERPLATE_INSIDE = tuple(phrase.lower() for phrase in lang.BOILERPLATE_PHRASES)
_OUTLET_NAMES = frozenset(
    titles.key(alias) for _, (kind, aliases) in lang.OUTLETS.items() if kind != "social" for alias in aliases
)
_SHARE_LABELS = frozenset(label.casefold() for label in lang.SHARE_LABELS)
_REPLACEMENT = "\ufffd"


class Finding(BaseModel):
    """One sign that a field may be wrong: what kind, a message for people, and where."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: FindingKind = Field(description="What was found; counted per kind by `newsparse batch --audit`.")
    message: str = Field(description="What was found, with the text in question.")
    where: str = Field(description='The field, e.g. "title", "authors[0]", "paragraphs[3]", "quotes[2]".')


def audit(article: Article) -> list[Finding]:
    """Findings that suggest ``article`` was parsed wrong; an empty list when nothing looks off.

    Kinds: ``dateline-in-body`` (a paragraph still opens with "KOTA, SITUS.COM -"),
    ``boilerplate-in-body`` (a reporter line, "Baca juga", a syndication footer, a credit or
    promo line left in a paragraph), ``author-is-site`` / ``author-is-organisation`` (the site
    or an outlet credited as a person), ``title-is-site``, ``section-is-share-label``
    ("StumbleUpon"), ``replacement-character`` (U+FFFD: the page was decoded with the wrong
    encoding) and ``quote-without-speaker``.
    """
    findings: list[Finding] = []
    site = _site_names(article)
    if site.is_site(article.title):
        findings.append(Finding(kind="title-is-site", message=f"the title is the site's name: {article.title!r}",
                                where="title"))  # fmt: skip
    for index, name in enumerate(article.authors):
        where = f"authors[{index}]"
        if name.startswith(lang.TEAM_PREFIXES):
            continue  # "Tim Tribunnews": a desk credited on purpose
        if site.is_site(name):
            findings.append(Finding(kind="author-is-site", message=f"the site is credited as author: {name!r}",
                                    where=where))  # fmt: skip
        elif titles.key(name) in _OUTLET_NAMES:
            findings.append(Finding(kind="author-is-organisation", message=f"an outlet is credited as author: "
                                    f"{name!r}", where=where))  # fmt: skip
    if article.section and article.section.casefold() in _SHARE_LABELS:
        findings.append(Finding(kind="section-is-share-label", message=f"the section is a share button's label: "
                                f"{article.section!r}", where="section"))  # fmt: skip
    for index, paragraph in enumerate(article.paragraphs):
        findings.extend(_paragraph_findings(index, paragraph))
    for where, value in (("title", article.title), *((f"authors[{i}]", a) for i, a in enumerate(article.authors))):
        if _REPLACEMENT in value:
            findings.append(_replacement(where))
    for index, quote in enumerate(article.quotes):
        if quote.speaker is None:
            role = f" (role {quote.role!r})" if quote.role else ""
            findings.append(Finding(kind="quote-without-speaker", message=f"no speaker{role} for "
                                    f"{_short(quote.text)!r}", where=f"quotes[{index}]"))  # fmt: skip
    return findings


def _paragraph_findings(index: int, paragraph: str) -> list[Finding]:
    where = f"paragraphs[{index}]"
    found = []
    dateline = next((m for m in (p.match(paragraph) for p in _DATELINES) if m is not None), None)
    if dateline is not None and dateline.end() < len(paragraph):
        found.append(Finding(kind="dateline-in-body", message=f"opens with a dateline: {dateline.group(0).strip()!r}",
                             where=where))  # fmt: skip
    if _is_boilerplate(paragraph):
        found.append(_boilerplate(where, paragraph))
    if _REPLACEMENT in paragraph:
        found.append(_replacement(where))
    return found


def _is_boilerplate(paragraph: str) -> bool:
    """A whole-line pattern of the cleaner, a promo opening, or a footer phrase anywhere."""
    if any(pattern.match(paragraph) for pattern in _BOILERPLATE_LINES) and not _BULLET.match(paragraph):
        return True
    lowered = paragraph.lower()
    return lowered.startswith(_PROMO_PREFIXES) or any(phrase in lowered for phrase in _BOILERPLATE_INSIDE)


def _boilerplate(where: str, paragraph: str) -> Finding:
    return Finding(kind="boilerplate-in-body", message=f"boilerplate left in the body: {_short(paragraph)!r}",
                   where=where)  # fmt: skip


def _replacement(where: str) -> Finding:
    return Finding(kind="replacement-character", message="U+FFFD in the text: the page was decoded with the "
                   "wrong encoding", where=where)  # fmt: skip


def _short(text: str, size: int = 80) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def _site_names(article: Article) -> titles.SiteNames:
    brands: set[str] = set()
    for url in (article.url, article.canonical_url):
        brands.update(titles.host_brands(host_of(url)))
    if article.site:
        brands.update(titles.host_brands(article.site))
    return titles.SiteNames(brands=frozenset(brands - {""}))
