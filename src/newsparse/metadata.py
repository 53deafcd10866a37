"""Generic readers of page metadata: JSON-LD, Open Graph, ``<meta>`` and credit lines.

Site parsers fall back on these, so each site parser only states what differs on its site.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from . import titles
from .dates import parse_date
from .document import Document
from .lang import id as lang
from .text import normalize_space

__all__ = [
    "credit_fields",
    "credits",
    "description",
    "image_url",
    "json_ld_authors",
    "keywords",
    "language",
    "language_tag",
    "modified",
    "published",
    "section",
    "split_names",
    "strip_site_suffix",
    "title",
    "unique",
    "unique_people",
]

_CREDIT_LABEL = re.compile(lang.CREDIT_LABEL)
_NAME_SEPARATORS = re.compile(lang.NAME_SEPARATORS, re.IGNORECASE)
_MAX_CREDIT_VALUE = 120


def unique(values: Iterable[str]) -> list[str]:
    """Values in first-seen order without case-insensitive duplicates."""
    seen: set[str] = set()
    result = []
    for value in values:
        key = value.casefold()
        if value and key not in seen:
            seen.add(key)
            result.append(value)
    return result


def unique_people(names: Iterable[str]) -> list[str]:
    """Names without duplicates, where a shorter credit of the same person gives way to the longer.

    Tribun credits one writer twice in different lengths ("Sayyid Zulfadli Saleh Wahab" in the
    byline block, "Sayyid Zulfadli" in the reporter line; "Inza Maliana" and "(…/Maliana)"):
    a name whose words all appear, in order and adjacent, in a longer name is the same person.
    """
    people = unique(names)
    words = [name.casefold().split() for name in people]
    kept = []
    for index, name in enumerate(people):
        mine = words[index]
        if not any(
            len(other) > len(mine) and _contains_run(other, mine) for j, other in enumerate(words) if j != index
        ):
            kept.append(name)
    return kept


def _contains_run(longer: list[str], shorter: list[str]) -> bool:
    size = len(shorter)
    return any(longer[start : start + size] == shorter for start in range(len(longer) - size + 1))


def strip_site_suffix(text: str, site_names: Iterable[str] = ()) -> str:
    """Remove " - Tribunnews.com"-style suffixes (and " - Halaman all") from a title.

    The site's name is cut with whatever follows it (see :mod:`newsparse.titles`).
    """
    return titles.strip_site_name(text, titles.SiteNames(exact=frozenset(map(titles.key, site_names))))[0]


def _ld(doc: Document, key: str) -> Any:
    article = doc.article_json_ld
    return article.get(key) if article else None


def title(doc: Document, site_names: Iterable[str] = (), host: str | None = None) -> str | None:
    """Headline from JSON-LD, Open Graph, Twitter or ``<title>``, without the site's name.

    None when each of them is only the site's name: a site's name is never a headline.
    """
    return titles.page_title(doc, titles.site_names(doc, site_names, host))


def description(doc: Document) -> str | None:
    """The meta / Open Graph / JSON-LD description."""
    value = doc.meta_content("description", "og:description", "twitter:description") or _ld(doc, "description")
    return normalize_space(value) or None if isinstance(value, str) else None


def _ld_date(doc: Document, key: str) -> datetime | None:
    value = _ld(doc, key)
    return parse_date(value) if isinstance(value, str) else None


def published(doc: Document) -> datetime | None:
    """Publication time from JSON-LD or ``article:published_time`` / ``datePublished`` meta."""
    return _ld_date(doc, "datePublished") or parse_date(
        doc.meta_content("article:published_time", "datepublished", "pubdate", "publishdate")
    )


def modified(doc: Document) -> datetime | None:
    """Modification time from JSON-LD or ``article:modified_time`` / ``dateModified`` meta."""
    return _ld_date(doc, "dateModified") or parse_date(
        doc.meta_content("article:modified_time", "datemodified", "og:updated_time")
    )


def section(doc: Document) -> str | None:
    """``article:section`` or JSON-LD ``articleSection``."""
    value = doc.meta_content("article:section") or _ld(doc, "articleSection")
    if isinstance(value, list):
        value = value[0] if value else None
    return normalize_space(value) or None if isinstance(value, str) else None


def keywords(doc: Document) -> list[str]:
    """``news_keywords`` / ``keywords`` meta, split on commas."""
    value = doc.meta_content("news_keywords", "keywords")
    if not value:
        return []
    return [normalize_space(part) for part in value.split(",") if normalize_space(part)]


def image_url(doc: Document) -> str | None:
    """Lead image URL from Open Graph or JSON-LD."""
    value = doc.meta_content("og:image", "twitter:image")
    if value:
        return doc.absolute(value)
    image = _ld(doc, "image")
    if isinstance(image, list):
        image = image[0] if image else None
    if isinstance(image, Mapping):
        image = image.get("url")
    return doc.absolute(image) if isinstance(image, str) else None


def json_ld_authors(doc: Document) -> list[str]:
    """Author names from JSON-LD (``author`` as a string, object or list)."""
    value = _ld(doc, "author")
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        name = item.get("name") if isinstance(item, Mapping) else item
        if isinstance(name, str) and normalize_space(name):
            names.append(normalize_space(name))
    return names


def credit_fields(line: str) -> list[tuple[str, str]]:
    """("penulis" | "editor" | …, value) pairs in a credit line; each value runs to the next label."""
    labels = list(_CREDIT_LABEL.finditer(line))
    fields = []
    for index, match in enumerate(labels):
        end = labels[index + 1].start() if index + 1 < len(labels) else len(line)
        value = line[match.end() : end].strip(" |")
        if 0 < len(value) <= _MAX_CREDIT_VALUE:
            fields.append((match.group("label").lower(), value))
    return fields


def split_names(value: str) -> list[str]:
    """Split "Nama/Nama", "Nama dan Nama", "Nama, Nama" into clean names."""
    names = (normalize_space(part).strip(" .,;:-|") for part in _NAME_SEPARATORS.split(value))
    return [name for name in names if name]


def credits(lines: Iterable[str]) -> tuple[list[str], list[str]]:
    """(authors, editors) named in lines such as "Penulis: X | Editor: Y"."""
    authors: list[str] = []
    editors: list[str] = []
    for line in lines:
        for label, value in credit_fields(line):
            (editors if label in lang.EDITOR_LABELS else authors).extend(split_names(value))
    return authors, editors


# -- language --------------------------------------------------------------------------------------

#: A BCP 47 tag or a POSIX locale: "id", "id-ID", "id_ID", "en-US", "ind".
_LANGUAGE_TAG = re.compile(r"^(?P<primary>[A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8}){0,4}$")
#: Old and three-letter codes for the same languages: Java locales still write Indonesian "in".
_LANGUAGE_ALIASES = {"in": "id", "ind": "id", "eng": "en", "msa": "ms", "may": "ms", "jav": "jv", "sun": "su"}
#: Codes that say no language: undetermined, several, none.
_NO_LANGUAGE = frozenset({"und", "mul", "zxx", "mis", "xx"})


def language_tag(value: str | None) -> str | None:
    """The primary language subtag of ``value`` in lower case: "id-ID" → "id", "en_US" → "en".

    ISO 639-1 codes where one exists ("in" and "ind" → "id"); None for anything else.
    """
    if not value:
        return None
    match = _LANGUAGE_TAG.match(value.split(",")[0].strip())
    if match is None:
        return None
    primary = match.group("primary").lower()
    primary = _LANGUAGE_ALIASES.get(primary, primary)
    return None if primary in _NO_LANGUAGE else primary


def language(doc: Document) -> str | None:
    """The language the page declares: ``<html lang>``, ``Content-Language``, ``og:locale``,
    JSON-LD ``inLanguage``, as a primary tag ("id-ID" → "id"); None when it declares none.

    When they disagree (a theme's ``lang="en-US"`` on an Indonesian site whose ``og:locale`` is
    ``id_ID``), the language most of them give wins, and ``<html lang>`` breaks a tie.
    """
    in_language = _ld(doc, "inLanguage")
    declared = [
        doc.html_lang,
        doc.meta_content("content-language"),
        doc.meta_content("og:locale"),
        in_language if isinstance(in_language, str) else None,
        doc.meta_content("dc.language", "language"),
    ]
    votes: dict[str, int] = {}
    for value in declared:
        tag = language_tag(value)
        if tag is not None:
            votes[tag] = votes.get(tag, 0) + 1
    if not votes:
        return None
    return max(votes, key=votes.__getitem__)  # a dict keeps first-seen order: ties go to the earliest
