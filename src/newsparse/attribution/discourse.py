"""The discourse state of one article: the people named so far, who is speaking now, who the
article is about, and the group a "mereka" refers to.

:mod:`.quotes` replays the statements and mentions of an article in text order; each speaker
phrase (:class:`~.speakers.Phrase`) is resolved here against that state and updates it, so that
"katanya", "ia", "Menurutnya", "<jabatan> itu" and a role alone find their person.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..lang import id as lang
from .speakers import Phrase, is_role_head

__all__ = ["People", "Person", "resolve", "topic"]


@dataclass(slots=True)
class Person:
    """A person of the article: canonical name and the roles seen with it."""

    name: str
    tokens: tuple[str, ...]
    roles: list[str] = field(default_factory=list)


_ALIAS_WORDS = frozenset(alias.lower() for alias in lang.PERSON_ALIASES)


class People:
    """The people of one article, for canonical names and for resolving pronouns and roles."""

    def __init__(self) -> None:
        self.persons: list[Person] = []
        self.last: Person | None = None
        self.topic: Person | None = None  # the person the article is about (see topic())
        self.group: Person | None = None  # the last plural descriptive speaker, for "mereka"
        self._first_words: frozenset[str] | None = None
        self.aliases: dict[str, str] = {}  # alias (lowercased) -> full name, from this article

    def alias(self, alias: str, name: str) -> None:
        """Record that ``alias`` ("Ita", "Mbak Ita") names ``name`` in this article."""
        self.aliases[alias.lower()] = name
        self._first_words = None

    def _canonical(self, name: str) -> str:
        return self.aliases.get(name.lower()) or lang.PERSON_ALIASES.get(name, name)

    def _find(self, name: str) -> Person | None:
        name = self._canonical(name)
        toks = tuple(t.lower() for t in name.split())
        if not toks:
            return None
        best: Person | None = None
        n = len(toks)
        head = toks[0]
        for p in self.persons:
            if head not in p.tokens:
                continue  # cheap rejection: the name's first word is none of this person's words
            if any(p.tokens[i : i + n] == toks for i in range(len(p.tokens) - n + 1)) and (
                best is None or len(p.tokens) >= len(best.tokens)
            ):
                best = p
        if best is None and len(toks) == 1 and len(toks[0]) >= 3:
            # A shortened first name: "Alex" for "Alexander Marwata".
            for p in reversed(self.persons):
                if p.tokens[0].startswith(toks[0]):
                    return p
        return best

    def first_words(self) -> frozenset[str]:
        """Every token of every known name, lowercased (a cheap filter before parsing)."""
        if self._first_words is None:
            words = {t for p in self.persons for t in p.tokens}
            words.update(_ALIAS_WORDS)
            words.update(w for alias in self.aliases for w in alias.split())
            self._first_words = frozenset(words)
        return self._first_words

    def known(self, name: str) -> bool:
        return self._find(name) is not None

    def add(self, name: str, role: str | None) -> Person:
        name = self._canonical(name)
        person = self._find(name)
        toks = tuple(t.lower() for t in name.split())
        if person is None or (len(toks) > len(person.tokens) and person.tokens == toks[-len(person.tokens) :]):
            if person is not None:
                person.name, person.tokens = name, toks
            else:
                person = Person(name, toks)
                self.persons.append(person)
            self._first_words = None
        if role and role not in person.roles:
            person.roles.append(role)
        return person

    def by_role(self, role: str) -> Person | None:
        """The most recent person whose role starts like ``role`` ("Wapres" ~ "Wakil Presiden")."""
        want = _normal_role(role)
        if not want:
            return None
        if self.last is not None and any(_normal_role(r).startswith(want) for r in self.last.roles):
            return self.last
        for p in reversed(self.persons):
            if any(_normal_role(r).startswith(want) for r in p.roles):
                return p
        return None


def _normal_role(role: str) -> str:
    low = " ".join(role.lower().replace(",", " ").split())
    for short, full in lang.ROLE_ALIASES.items():
        if low == short or low.startswith(short + " "):
            low = full + low[len(short) :]
    return low


def resolve(ph: Phrase | None, people: People) -> tuple[str | None, str | None, bool]:
    """(speaker, role, named) for a speaker phrase, updating the discourse state (who speaks now)."""
    if ph is None or ph.kind == "none":
        return None, None, False
    if ph.kind == "name" and ph.name:
        person = people.add(ph.name, ph.role)
        people.last = person
        return person.name, ph.role or (person.roles[0] if person.roles else None), True
    if ph.kind == "role" and ph.role:
        found = people.by_role(ph.role)
        if found is not None:
            people.last = found
            return found.name, ph.role, True
        # Nobody in the article holds the role: the role is the speaker ("kata Pejabat Palestina").
        people.last = Person(ph.role, tuple(ph.role.lower().split()))
        return ph.role, ph.role, False
    if ph.kind == "pronoun":
        last = people.last
        if last is None:
            # Nobody has spoken or acted yet: the person the article is about.
            last = people.topic
        if last is None:
            return None, None, False
        return last.name, last.roles[0] if last.roles else None, False
    if ph.kind == "anaphor":
        ref = people.by_role(ph.role) if ph.role and is_role_head(ph.role.split()) else None
        if ref is None:
            ref = people.last
        if ref is None:
            return None, ph.role, False
        return ref.name, ref.roles[0] if ref.roles else ph.role, False
    if ph.kind == "group" and ph.name:
        # Two people speaking together: one speaker "A dan B", the current one and a group.
        people.last = people.group = Person(ph.name, tuple(ph.name.lower().split()))
        return ph.name, None, True
    if ph.kind == "plural":
        group = people.group
        return (group.name, None, False) if group is not None else (None, None, False)
    if ph.kind == "descriptor" and ph.role:
        # An anonymous or descriptive speaker is a speaker, as written ("seorang pedagang",
        # "kepolisian setempat"; NOTES.md §2.4). It becomes the current speaker for a later
        # "tuturnya" or "ia", but it is no person of the article: no name or role resolves to it.
        people.last = Person(ph.role, tuple(ph.role.lower().split()))
        if ph.role.split()[0].lower() in lang.PLURAL_MARKERS:
            people.group = people.last  # "mereka" will refer to it
        return ph.role, None, False
    return None, ph.role, False


def topic(people: People, texts: list[str]) -> Person | None:
    """The person the article is about: of the people named with a role, the one whose surname
    recurs most often (the earliest on a tie); a fallback referent for a pronoun with no antecedent."""
    best: Person | None = None
    best_count = 0
    for person in people.persons:
        if not all(t.isalpha() for t in person.tokens):
            continue
        surname = person.name.split()[-1]
        count = sum(t.count(surname) for t in texts)
        if count > best_count:
            best, best_count = person, count
    return best
