"""Body rules that need no XPath engine: tag names, class tokens, id prefixes, attributes.

Cleaning asks "which elements under the body does this rule group match?" three times per page.
Article bodies are small (a few dozen elements), and there libxml2's XPath costs more in setting
up each expression and casting each attribute to a string than the walk itself: a group of
twenty rules took ~150 µs on a real page, a Python walk over the same elements ~10 µs.

So a rule group written only in the simple forms below is matched in one Python walk; any other
expression sends its whole group to libxml2 as before. The forms (``has_class`` is
:func:`newsparse.document.has_class`)::

    .//tag                                      .//*[has_class('x') or has_class('y')]
    .//tag[starts-with(@id, 'p')]               .//tag[contains(@class, 's')]
    .//tag[@attribute or @other]                .//tag[<any of these conditions> or …]
"""

from __future__ import annotations

import functools
import re

import attrs
from lxml import etree

__all__ = ["ClassMarker", "SimpleRules", "class_marker", "simple_rules"]

_STEP = re.compile(r"\.//(?P<tag>\*|[a-z][a-z0-9-]{0,40})(?:\[(?P<conditions>[^\[\]]{1,2000})\])?")
_HAS_CLASS = re.compile(
    r"\(contains\(@class, '(?P<token>[\w-]{1,100})'\) and contains\(concat\(' ', normalize-space\(@class\), ' '\),"
    r" ' (?P=token) '\)\)"
)
#: A layout marker that asks for class tokens only: ``.//tag[has_class('a') or …][has_class('b')]…``.
_CLASS_MARKER = re.compile(r"\.//(?P<tag>\*|[a-z][a-z0-9-]{0,40})(?P<predicates>(?:\[[^\[\]]{1,2000}\]){1,8})")
_PREDICATE = re.compile(r"\[(?P<conditions>[^\[\]]{1,2000})\]")
_ID_PREFIX = re.compile(r"starts-with\(@id, '(?P<prefix>[^']{1,100})'\)")
_CLASS_SUBSTRING = re.compile(r"contains\(@class, '(?P<part>[^']{1,100})'\)")
_ATTRIBUTE = re.compile(r"@(?P<name>[a-z][a-z0-9_-]{0,40})")
#: normalize-space() splits on XML whitespace only; str.split() would also split on NBSP.
_XML_SPACE = str.maketrans("\t\n\r", "   ")


def _class_tokens(value: str) -> list[str]:
    """The tokens of a class attribute as ``normalize-space()`` sees them (and some empty strings).

    ``str.translate`` with a table costs a few thousand instructions per class string (callgrind):
    it runs only on the rare value that holds a tab or a line break.
    """
    if "\t" in value or "\n" in value or "\r" in value:
        value = value.translate(_XML_SPACE)
    return value.split(" ")


@attrs.frozen
class _Conditions:
    """Any of these makes an element match."""

    classes: frozenset[str] = frozenset()
    class_parts: tuple[str, ...] = ()
    id_prefixes: tuple[str, ...] = ()
    attributes: tuple[str, ...] = ()

    def match(self, element: etree._Element) -> bool:
        if self.classes or self.class_parts:
            names = element.get("class")
            if names:
                if self.classes and not self.classes.isdisjoint(_class_tokens(names)):
                    return True
                for part in self.class_parts:
                    if part in names:
                        return True
        if self.id_prefixes:
            key = element.get("id")
            if key and key.startswith(self.id_prefixes):
                return True
        for name in self.attributes:  # noqa: SIM110 - a loop, not any(): no generator per element
            if element.get(name) is not None:
                return True
        return False

    def merged(self, other: _Conditions) -> _Conditions:
        return _Conditions(
            self.classes | other.classes,
            self.class_parts + other.class_parts,
            self.id_prefixes + other.id_prefixes,
            self.attributes + other.attributes,
        )


@attrs.frozen
class SimpleRules:
    """A rule group as data: tags that always match, and conditions per tag (``"*"``: any tag)."""

    tags: frozenset[str]
    conditions: dict[str, _Conditions]

    def select(self, body: etree._Element) -> list[etree._Element]:
        """Elements under ``body`` (not ``body`` itself) that match, in document order."""
        found = []
        tags, conditions = self.tags, self.conditions
        any_tag = conditions.get("*")
        for element in body.iter(etree.Element):
            tag = element.tag
            if tag in tags:
                found.append(element)
                continue
            specific = conditions.get(tag)
            if (specific is not None and specific.match(element)) or (any_tag is not None and any_tag.match(element)):
                found.append(element)
        if found and found[0] is body:
            found.pop(0)
        return found


@functools.lru_cache(maxsize=256)
def simple_rules(expressions: tuple[str, ...]) -> SimpleRules | None:
    """``expressions`` as :class:`SimpleRules`, or None when one of them is not a simple form."""
    tags: set[str] = set()
    conditions: dict[str, _Conditions] = {}
    for expression in expressions:
        step = _STEP.fullmatch(expression)
        if step is None:
            return None
        tag, text = step.group("tag"), step.group("conditions")
        if text is None:
            if tag == "*":
                return None  # every element: not worth a special case
            tags.add(tag)
            continue
        parsed = _parse_conditions(text)
        if parsed is None:
            return None
        conditions[tag] = conditions[tag].merged(parsed) if tag in conditions else parsed
    return SimpleRules(frozenset(tags), conditions)


def _parse_conditions(text: str) -> _Conditions | None:
    classes: set[str] = set()
    parts: list[str] = []
    prefixes: list[str] = []
    attributes: list[str] = []
    for condition in text.split(" or "):
        condition = condition.strip()
        if match := _HAS_CLASS.fullmatch(condition):
            classes.add(match.group("token"))
        elif match := _ID_PREFIX.fullmatch(condition):
            prefixes.append(match.group("prefix"))
        elif match := _CLASS_SUBSTRING.fullmatch(condition):
            parts.append(match.group("part"))
        elif match := _ATTRIBUTE.fullmatch(condition):
            attributes.append(match.group("name"))
        else:
            return None
    return _Conditions(frozenset(classes), tuple(parts), tuple(prefixes), tuple(attributes))


@attrs.frozen
class ClassMarker:
    """A layout marker that only asks for class tokens: a tag, and per predicate the tokens of
    which an element needs one.

    A page's layout is picked by markers that scan the article container; several of them look
    at the same elements' classes. Their class attributes are read once (one libxml2 call, plain
    strings) and every such marker is answered from them in Python: libxml2 would cast each
    ``@class`` to a string again for every ``contains()`` of every marker.
    """

    tag: str
    groups: tuple[frozenset[str], ...]

    def found_in(self, class_values: list[str]) -> bool:
        """Whether one of ``class_values`` (the ``class`` attributes of the marker's tag) fits."""
        first = self.groups[0]
        for value in class_values:
            for token in first:  # a substring test first: most values hold no token of the marker
                if token in value:
                    break
            else:
                continue
            tokens = _class_tokens(value)
            if all(not group.isdisjoint(tokens) for group in self.groups):
                return True
        return False


@functools.lru_cache(maxsize=256)
def class_marker(expression: str) -> ClassMarker | None:
    """``expression`` as a :class:`ClassMarker`, or None when it asks for more than class tokens."""
    match = _CLASS_MARKER.fullmatch(expression)
    if match is None:
        return None
    groups = []
    for predicate in _PREDICATE.finditer(match.group("predicates")):
        tokens = []
        for condition in predicate.group("conditions").split(" or "):
            token = _HAS_CLASS.fullmatch(condition.strip())
            if token is None:
                return None
            tokens.append(token.group("token"))
        groups.append(frozenset(tokens))
    return ClassMarker(match.group("tag"), tuple(groups))
