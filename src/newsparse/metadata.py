"""Generic readers of page metadata: JSON-LD, Open Graph, ``<meta>`` and credit lines.

Site parsers fall back on these, so each site parser only states what differs on its site.
"""

from __future__ import annotations

import functools
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
    "is_brand_name",
    "is_outlet_name",
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
_SOCIAL_LABEL = re.compile(lang.SOCIAL_LABELS)
_DOMAIN = re.compile(r"(?i)[a-z0-9]\.\s?(?:com|co\.id|id|co|net|org|tv)\b")
_TRIBUN_BRAND = re.compile(lang.TRIBUN_BRAND)
_TITLE_FRAGMENT_CHARS = str.maketrans("", "", ". ")
#: Outlet names as written in credits: long aliases case-insensitively, short ones ("AP") exactly.
_OUTLET_ALIASES = frozenset(
    alias.casefold() if len(alias) > 4 else alias
    for _, (_, aliases) in lang.OUTLETS.items()
    for alias in aliases
)


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
    So is a name with an initial for a word of exactly one other name ("Rizki Sandi S" and
    "Rizki Sandi Saputra"). A byline that renders a handle next to the name glues them
    ("Rizki Sandi Saputrarizkisandi"): the glued form and the bare handle are dropped, as is any
    "@handle".
    """
    people = unique(_without_handle(name) for name in names)
    people = [name for name in people if name]
    glued = _glued_handles(people)
    people = [name for name in people if name.casefold() not in glued]
    words = [name.casefold().split() for name in people]
    kept = []
    for index, name in enumerate(people):
        mine = words[index]
        others = [other for j, other in enumerate(words) if j != index]
        if any(len(other) > len(mine) and _contains_run(other, mine) for other in others):
            continue
        by_initials = [other for other in others if other != mine and _contains_run(other, mine, initials=True)]
        if len(by_initials) == 1 and len(by_initials[0]) >= len(mine):
            continue
        kept.append(name)
    return kept


def _without_handle(name: str) -> str:
    return normalize_space(" ".join(word for word in name.split() if not word.startswith("@")))


def _glued_handles(people: list[str]) -> set[str]:
    """Casefolded names that are a name with a handle glued on, and the handles themselves."""
    found: set[str] = set()
    for name in people:
        for other in people:
            if (
                len(other) >= 5
                and len(other.split()[-1]) >= 3
                and len(name) > len(other) + 2
                and name.startswith(other)
                and not name[len(other) - 1].isspace()
                and " " not in name[len(other) :]
                and name[len(other)].islower()
            ):
                found.add(name.casefold())
                found.add(name[len(other) :].casefold())
    return found


def _contains_run(longer: list[str], shorter: list[str], initials: bool = False) -> bool:
    size = len(shorter)
    if not initials:
        return any(longer[start : start + size] == shorter for start in range(len(longer) - size + 1))
    for start in range(len(longer) - size + 1):
        pairs = list(zip(shorter, longer[start : start + size], strict=True))
        if all(mine == theirs or _is_initial_of(mine, theirs) for mine, theirs in pairs) and any(
            _is_initial_of(mine, theirs) for mine, theirs in pairs
        ):
            return True
    return False


def _is_initial_of(initial: str, word: str) -> bool:
    letter = initial.rstrip(".")
    return len(letter) == 1 and len(word) > 1 and word.startswith(letter)


def is_brand_name(name: str, site_names: Iterable[str] = ()) -> bool:
    """Whether ``name`` is a site or network brand, not a person: a domain ("tribunnews.com"),
    a Tribun brand ("Tribun Jatim", "Tribunnews"), or one of ``site_names``."""
    text = normalize_space(name)
    if _DOMAIN.search(text) or _TRIBUN_BRAND.fullmatch(text):
        return True
    return _name_key(text) in _name_keys(tuple(site_names))


def _name_key(name: str) -> str:
    return "".join(name.split()).casefold()


@functools.lru_cache(maxsize=256)
def _name_keys(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_name_key(name) for name in names)


def is_outlet_name(name: str) -> bool:
    """Whether ``name`` is a news outlet or agency by name ("Al Jazeera", "BBC", "AP")."""
    text = normalize_space(name)
    return text in _OUTLET_ALIASES or (len(text) > 4 and text.casefold() in _OUTLET_ALIASES)


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
    """Author names from JSON-LD (``author`` as a string, object or list); organisations are not authors."""
    value = _ld(doc, "author")
    items = value if isinstance(value, list) else [value]
    names = []
    for item in items:
        if isinstance(item, Mapping) and _is_organisation_type(item.get("@type")):
            continue
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
        value = line[match.end() : end]
        social = _SOCIAL_LABEL.search(value)
        value = (value[: social.start()] if social else value).strip(" |")
        if 0 < len(value) <= _MAX_CREDIT_VALUE:
            fields.append((match.group("label").lower(), value))
    return fields


def _is_organisation_type(value: Any) -> bool:
    kinds = value if isinstance(value, list) else [value]
    return any(isinstance(kind, str) and kind in lang.ORGANISATION_TYPES for kind in kinds)


def split_names(value: str) -> list[str]:
    """Split "Nama/Nama", "Nama dan Nama", "Nama, Nama" into clean names.

    A part that is only an academic or honorific title ("Nama, S.Sos") is not a second name.
    """
    names = [normalize_space(part).strip(" .,;:-|") for part in _NAME_SEPARATORS.split(value)]
    names = [name for name in names if name]
    if len(names) > 1:
        names = [name for name in names if not _is_title_fragment(name)] or names
    return names


def _is_title_fragment(part: str) -> bool:
    return part.translate(_TITLE_FRAGMENT_CHARS).casefold() in lang.CREDIT_TITLE_FRAGMENTS


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
