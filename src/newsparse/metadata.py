"""Generic readers of page metadata: JSON-LD, Open Graph, ``<meta>`` and credit lines.

Site parsers fall back on these, so each site parser only states what differs on its site.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

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
# " - Tribunnews.com", " | TribunJatim.com", " - Tribun Solo", " - Halaman all", " - Halaman 2".
_SUFFIX = re.compile(r"\s+[-|–—]\s+(?:Halaman\s+(?:all|\d{1,3})|[^-|–—]{2,40})$", re.IGNORECASE)
_SITE_WORD = re.compile(r"(?i)tribun|\.com|\.id|\.co\b|pos[- ]kupang|serambi|surya|warta|bangka|banjarmasin")


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
    """Remove " - Tribunnews.com"-style suffixes (and " - Halaman all") from a title."""
    text = normalize_space(text)
    names = {name.casefold() for name in site_names}
    for _ in range(3):
        match = _SUFFIX.search(text)
        if not match:
            break
        tail = match.group(0).strip(" -|–—")
        if tail.casefold() in names or _SITE_WORD.search(tail) or tail.lower().startswith("halaman"):
            text = text[: match.start()].rstrip()
        else:
            break
    return text


def _ld(doc: Document, key: str) -> Any:
    article = doc.article_json_ld
    return article.get(key) if article else None


def title(doc: Document, site_names: Iterable[str] = ()) -> str | None:
    """Headline from JSON-LD, Open Graph, Twitter or ``<title>``, site suffix removed."""
    candidates: list[Any] = [
        _ld(doc, "headline"),
        doc.meta_content("og:title", "twitter:title"),
        doc.first_text("//title"),
    ]
    site = doc.meta_content("og:site_name")
    names = [*site_names, *([site] if site else [])]
    for value in candidates:
        if isinstance(value, str) and normalize_space(value):
            return strip_site_suffix(value, names)
    return None


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
