"""Speaker phrases: who a cue points at, and which person a pronoun or a bare role refers to.

A speaker phrase follows a post-quote cue ("kata Menteri Luar Negeri Rusia, Sergei Lavrov, pada
…") or precedes an active speech verb ("Kapolres Cianjur AKBP Muhamad Rufai mengatakan"). It is
read token by token up to a stop word, then split into role and name with the lexicons in
:mod:`newsparse.lang.id`. ``discourse.People`` keeps the people of one article so that "Lavrov",
"katanya", "ia", "Menteri Luar Negeri itu" and "Wapres" resolve to one canonical name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING

from ..lang import id as lang

if TYPE_CHECKING:
    from .discourse import People

_TOKEN = re.compile(r"\(\s?\d{1,3}\s?\)|[^\s,;:()\"“”„‟«»]+|[,;:()]|[\"“”„‟«»]")
# Vocabulary lives in lang/id.py (ROLE_HEADS_MULTI, JURISDICTION_ROLES, …); short local names here.
_MULTI_ROLE_HEADS = lang.ROLE_HEADS_MULTI
_VERB_PREFIXES = lang.VERB_PREFIXES
_MULTI_FIRST = frozenset(m.split()[0] for m in _MULTI_ROLE_HEADS)
_JURISDICTION_ROLES = lang.JURISDICTION_ROLES
_PLACE_PREFIXES = lang.PLACE_PREFIXES
_ROLE_COMPLEMENTS = lang.ROLE_COMPLEMENTS
_ORG_WORDS = lang.ORGANISATION_WORDS
_PLACE_SUFFIXES = lang.PLACE_SUFFIXES


@dataclass(slots=True)
class Phrase:
    """A parsed speaker phrase; ``kind`` is name, pronoun, anaphor, role, descriptor or none."""

    kind: str
    start: int = 0
    end: int = 0
    name: str | None = None
    role: str | None = None


def _is_cap(word: str) -> bool:
    return bool(word) and word[0].isupper()


def _strip_word(word: str) -> str:
    return word.rstrip(".").strip("'’")


def _low(word: str) -> str:
    return word.lower().rstrip(".")


@lru_cache(maxsize=8192)
def could_head_role(word: str) -> bool:
    """Cheap pre-check: can a phrase starting with ``word`` be a role ("Kapolres", "Wali")?
    Cached: the same capitalised words recur across paragraphs and articles."""
    low = word.lower().rstrip(".")
    return low in lang.ROLE_HEADS or low in _MULTI_FIRST or low.startswith(("kapol", "kasat"))


def is_role_head(words: list[str]) -> int:
    """How many of the leading ``words`` form a role head (0 when none)."""
    return _role_head_of(tuple(words[:3])) if words else 0


@lru_cache(maxsize=8192)
def _role_head_of(words: tuple[str, ...]) -> int:
    """is_role_head of up to three words as written (cached: the same words are asked again and
    again while one phrase is read, and recur across paragraphs)."""
    first = _low(words[0])
    if first not in _MULTI_FIRST and first not in lang.ROLE_HEADS and not first.startswith(("kapol", "kasat")):
        return 0
    return _role_head_len(tuple(_low(w) for w in words))


@lru_cache(maxsize=4096)
def _role_head_len(lows: tuple[str, ...]) -> int:
    """Role-head length for up to three lowercased words (cached: the same words recur)."""
    first = lows[0]
    two = " ".join(lows)
    for multi in _MULTI_ROLE_HEADS:
        if two.startswith(multi + " ") or two == multi:
            return len(multi.split())
    if first in lang.ROLE_HEADS or first.startswith("kapol") or first.startswith("kasat"):
        return 1
    return 0


def _is_acronym(word: str) -> bool:
    core = word.strip(".")
    return len(core) >= 2 and core.isupper() and core.isalpha()


@lru_cache(maxsize=4096)
def _is_institution_noun(word: str) -> bool:
    """Whether a capitalised ``word`` has the shape of an institution noun ("Penanggulangan",
    "Kesiapsiagaan"): such a word inside a role names the office, never the person."""
    low = word.lower().rstrip(".")
    return (
        len(low) >= lang.INSTITUTION_NOUN_MIN_LENGTH
        and low.isalpha()
        and low.startswith(lang.INSTITUTION_NOUN_PREFIXES)
        and low.endswith(lang.INSTITUTION_NOUN_SUFFIX)
        and not low.endswith(lang.INSTITUTION_NOUN_NOT_ENDINGS)
    )


def _split_role_name(words: list[str], people: People | None) -> tuple[list[str], list[str]]:
    """Split a capitalised run "Kapolres Asahan AKBP Yemi Mandagi" into role and name words."""
    head = is_role_head(words)
    if head == 0:
        return [], words
    # A rank ends the role: everything after the rank is the name.
    for i in range(head, len(words)):
        if _low(words[i]) in lang.RANKS and not (i and _low(words[i - 1]) in lang.GENERAL_OFFICES):
            j = i
            while j < len(words) and _low(words[j]) in lang.RANKS:
                j += 1
            return words[:i], words[j:]
    rest = words[head:]
    if people is not None:
        for k in range(len(rest)):
            if len(rest) - k >= 2 and people.known(" ".join(rest[k:])):
                return words[: head + k], rest[k:]
    # Acronyms, lowercase inner words, organisation words and further role words belong to the
    # role; the name is what follows the last of them.
    k = 0
    for i, w in enumerate(rest):
        lw = _low(w)
        if lw in lang.ROLE_LIST_CONJUNCTIONS and i + 2 < len(rest):
            k = i + 2  # "Pencegahan dan Pemberantasan Budi": the field after "dan" is the role's too
        elif (
            _is_acronym(w)
            or w.islower()
            or lw in lang.ROLE_HEADS
            or lw in _ROLE_COMPLEMENTS
            or lw in lang.ROLE_FIELD_WORDS
            or w == lang.ROLE_JOINER
            or w.isdigit()
            or (i + 1 < len(rest) and _is_institution_noun(w))
        ):
            k = max(k, i + 1)
    if 0 < k < len(rest) and _low(rest[k - 1]) in _ORG_WORDS:
        k += 1  # "Ketua Umum Partai Gerindra": the word after an organisation word names it
    tail = rest[k:]
    jurisdiction = _low(words[0]) in _JURISDICTION_ROLES or _low(words[0]).startswith("kapol")
    geo = 1
    if len(tail) >= 2 and (_low(tail[0]) in _PLACE_PREFIXES or _low(tail[1]) in _PLACE_SUFFIXES):
        geo = 2
    cut = min(len(tail), geo) if jurisdiction and k == 0 else (geo if len(tail) >= geo + 2 else 0)
    return words[: head + k + cut], tail[cut:]


def clean_name(words: list[str]) -> list[str]:
    """Drop honorifics, ranks, ages and academic suffixes from a name."""
    out = [w for w in words if not w.startswith("(")]
    if out and _low(out[0]) in lang.SPELLED_RANK_LEADS:
        unranked = _drop_spelled_rank(out)
        if len(out) - len(unranked) >= 2:
            out = unranked  # "Ajun Komisaris Polisi Budi": a rank of two words or more, written out
    while out and (_low(out[0]) in lang.HONORIFICS or _low(out[0]) in lang.RANKS or out[0].lower() in lang.HONORIFICS):
        out = out[1:]
    while out and _low(out[-1]).replace(".", "") in lang.NAME_SUFFIXES and len(out) > 1:
        out = out[:-1]
    return [_strip_word(w) for w in out if _strip_word(w)]


#: How many tokens a speaker phrase may span: long offices ("Kepala Pelaksana Teknis Daerah
#: Pemakaman Dinas Perumahan, Kawasan Permukiman, dan Pertanahan Kota Bekasi Budi Santoso") run to 20.
PHRASE_TOKENS = 24


class _Tokens:
    """The first PHRASE_TOKENS tokens of text[start:end], read from the text only as far as a
    parser looks: a name is a few words, and each token read costs a regex match."""

    __slots__ = ("_found", "items")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._found = islice(_TOKEN.finditer(text, start, end), PHRASE_TOKENS)
        self.items: list[tuple[int, str]] = []  # (offset, token), the ones read so far

    def has(self, i: int) -> bool:
        """Whether there is a token ``i`` (reading up to it)."""
        items = self.items
        while len(items) <= i:
            m = next(self._found, None)
            if m is None:
                return False
            items.append((m.start(), m.group()))
        return True

    def all(self) -> list[tuple[int, str]]:
        self.has(PHRASE_TOKENS - 1)
        return self.items


def parse_after(text: str, pos: int, people: People | None, limit: int = 160) -> Phrase:
    """Parse the speaker phrase starting at ``pos`` (just after a cue word)."""
    toks = _Tokens(text, pos, pos + limit)
    if not toks.has(0):
        return Phrase("none", pos, pos)
    start, first = toks.items[0]
    low = _low(first)
    if low in lang.PRONOUNS:
        return Phrase("pronoun", start, start + len(first.rstrip(".,")))
    if low in lang.PLURAL_PRONOUNS:
        return Phrase("plural", start, start + len(first.rstrip(".,")))
    if _is_cap(first) and low not in lang.ANONYMOUS_MARKERS:
        return _parse_capitalised(text, toks, people)
    if _titled_name_at(toks.items, 0, toks.has(1)):
        # "kata dr Andi Wijaya", "ujar pak Budi": a title written lowercase, then the name.
        return _parse_capitalised(text, _Tokens(text, toks.items[1][0], pos + limit), people)
    return _parse_descriptor(toks.all())


def _titled_name_at(toks: list[tuple[int, str]], i: int, has_next: bool) -> bool:
    """Whether ``toks[i]`` is an honorific written lowercase ("dr", "pak") and a capitalised word
    follows it (``has_next``: token ``i + 1`` exists)."""
    word = toks[i][1]
    return has_next and not _is_cap(word) and _low(word) in lang.HONORIFICS and _is_cap(toks[i + 1][1])


def _parse_descriptor(toks: list[tuple[int, str]]) -> Phrase:
    """Lowercase speaker phrases: "seorang pejabat Irak", "diplomat senior ini", "pewarta"."""
    words: list[tuple[int, str]] = []
    k = 0  # the token after the phrase: where a ", Name" may follow
    while k < min(len(toks), 12):
        off, w = toks[k]
        lw = _low(w)
        if w == "(" and words and k + 2 < len(toks) and toks[k + 2][1] == ")" and _is_acronym(toks[k + 1][1]):
            k += 3  # "peneliti Lembaga Riset Ekonomi (LRE), Siti": the acronym of the body
            continue
        if w in ",;:()" or w[0] in lang.QUOTE_MARKS:
            break
        if (
            lw in lang.ROLE_LIST_CONJUNCTIONS
            and words
            and _is_cap(words[-1][1])
            and k + 1 < len(toks)
            and _is_cap(toks[k + 1][1])
            and _names_a_body_or_place([x for _, x in words])
        ):
            words.append((off, w))  # "dosen Fakultas Ilmu Sosial dan Ilmu Politik": one body
            k += 1
            continue
        if lw in lang.SPEAKER_STOPWORDS or lw in lang.DAY_NAMES:
            if lw == "yang" and words and _low(words[-1][1]) in {"pria", "wanita", "orang"}:
                words.append((off, w))
                k += 1
                continue
            break
        words.append((off, w))
        k += 1
        if lw in lang.DEMONSTRATIVES:
            break
        if w.endswith("."):
            break
    if not words:
        return Phrase("none")
    first = _low(words[0][1])
    known = first in lang.DESCRIPTOR_NOUNS or first in lang.ANONYMOUS_MARKERS or first in lang.ROLE_HEADS
    named = _name_after_comma(toks, k) if known or is_role_head([w for _, w in words]) else None
    if named is not None:
        # "kata anggota KPU Kabupaten Klaten, Siti Rahayu, ketika …": the role, then the name.
        return Phrase("name", words[0][0], named[1], name=named[0], role=" ".join(_strip_word(w) for _, w in words))
    if first in lang.ROLE_HEADS and first not in lang.RELATIONAL_ROLE_WORDS:
        # "kata pengamat kebijakan publik Rina Kartika": a lowercase role, then the name (not
        # "juru bicara Brahimi": Brahimi's spokesperson).
        cap = len(words)
        while cap > 1 and _is_cap(words[cap - 1][1]):
            cap -= 1
        if cap < len(words) and all(w.islower() for _, w in words[:cap]) and _plain_name([w for _, w in words[cap:]]):
            end = words[-1][0] + len(words[-1][1].rstrip("."))
            name = " ".join(clean_name([w for _, w in words[cap:]]))
            return Phrase("name", words[0][0], end, name=name, role=" ".join(_strip_word(w) for _, w in words[:cap]))
    if not known and not any(_low(w) in lang.DEMONSTRATIVES for _, w in words):
        return Phrase("none")
    start, end = words[0][0], words[-1][0] + len(words[-1][1].rstrip("."))
    role = " ".join(_strip_word(w) for _, w in words)
    if _low(words[-1][1]) in lang.DEMONSTRATIVES or role.lower() == "yang bersangkutan":
        return Phrase("anaphor", start, end, role=" ".join(_strip_word(w) for _, w in words[:-1]) or None)
    return Phrase("descriptor", start, end, role=role)


def _name_after_comma(toks: list[tuple[int, str]], k: int) -> tuple[str, int] | None:
    """(name, end) when ``toks[k]`` is a comma followed by one to four capitalised name words
    (an honorific or rank may lead) and then a comma, a stop word, a day or the end."""
    if k >= len(toks) or toks[k][1] != ",":
        return None
    names: list[tuple[int, str]] = []
    i = k + 1
    while i < len(toks) and len(names) < 6:
        w = toks[i][1]
        if not names and _titled_name_at(toks, i, i + 1 < len(toks)):
            names.append(toks[i])  # "dokter spesialis anak, dr Andi Wijaya": clean_name drops it
            i += 1
            continue
        if not _is_cap(w) or _low(w) in lang.DAY_NAMES or _low(w) in lang.NON_NAME_WORDS:
            break
        names.append(toks[i])
        i += 1
    stop = toks[i][1] if i < len(toks) else ""
    if not names or not (stop in {"", ",", ".", ";"} or _low(stop) in lang.SPEAKER_STOPWORDS):
        return None
    cleaned = clean_name([w for _, w in names])
    if not 1 <= len(cleaned) <= 4 or is_role_head(cleaned):
        return None
    last = names[-1]
    return " ".join(cleaned), last[0] + len(last[1].rstrip("."))


def _parse_capitalised(text: str, tokens: _Tokens, people: People | None) -> Phrase:
    segments: list[list[tuple[int, str]]] = [[]]
    i = 0
    appositive: tuple[int, int] | None = None
    demonstrative = False
    seg_len = -1
    head_len = 0
    toks = tokens.items  # grows as tokens.has() reads further
    while i < PHRASE_TOKENS - 2 and tokens.has(i):
        off, w = toks[i]
        lw = _low(w)
        if w.startswith("(") and w[1:2].strip().isdigit():
            i += 1
            continue
        if w == ",":
            nxt = toks[i + 1][1] if tokens.has(i + 1) else ""
            lnxt = _low(nxt)
            if (
                lnxt in lang.ROLE_LIST_CONJUNCTIONS
                and segments[-1]
                and tokens.has(i + 2)
                and _is_cap(toks[i + 2][1])
                and is_role_head([x for _, x in segments[0][:3]])
            ):
                # "Bidang Politik, Hukum, dan Keamanan": the fields of one office, one role.
                segments = [[t for seg in segments for t in seg] + [toks[i + 1]]]
                seg_len = len(segments[0])
                head_len = is_role_head([x for _, x in segments[0][:3]])
                i += 2
                continue
            if nxt and _is_cap(nxt) and lnxt not in lang.DAY_NAMES and lnxt not in lang.NON_NAME_WORDS:
                segments.append([])
                i += 1
                continue
            if (
                nxt
                and segments[-1]
                and (
                    lnxt in lang.ANONYMOUS_MARKERS or lnxt in lang.ROLE_HEADS or lnxt in {"warga", "pedagang", "salah"}
                )
            ):
                # Appositive role in lowercase: ", seorang profesor di Ewha University, …".
                j = i + 1
                a_start = toks[j][0]
                a_end = a_start
                while j < i + 14 and tokens.has(j) and toks[j][1] not in ",;:":
                    a_end = toks[j][0] + len(toks[j][1].rstrip("."))
                    if toks[j][1].endswith(".") and len(toks[j][1]) > 3:
                        break
                    j += 1
                appositive = (a_start, a_end)
            break
        if w.isdigit() and segments[-1] and i > 0 and _low(toks[i - 1][1]) in {"urut", "nomor", "no"}:
            segments[-1].append((off, w))  # "Calon Presiden nomor urut 02 Prabowo Subianto"
            i += 1
            continue
        if (
            w.isdigit()
            and len(w) <= 4
            and head_len > 0
            and segments[-1]
            and _is_cap(segments[-1][-1][1])
            and (_is_short_acronym(segments[-1][-1][1]) or (tokens.has(i + 1) and _is_cap(toks[i + 1][1])))
        ):
            segments[-1].append((off, w))  # "Manajer Humas PT KAI Daop 2 Bandung Budi": a unit's number
            i += 1
            continue
        if w == "(" and segments[-1] and tokens.has(i + 2) and toks[i + 2][1] == ")" and _is_cap(toks[i + 1][1]):
            segments[-1].extend(toks[i : i + 3])  # "PT Pegadaian (Persero) Kanwil VI"
            i += 3
            continue
        if w in ";:()" or w[0] in lang.QUOTE_MARKS:
            break
        if w == lang.ROLE_JOINER and segments[-1] and tokens.has(i + 1) and could_head_role(toks[i + 1][1]):
            segments[-1].append((off, w))  # "Menteri … / Kepala Badan …": two offices, one person
            i += 1
            continue
        if segments[-1] and lw.startswith(("men", "mem", "meng", "meny")) and lw.endswith(("kan", "i")) and len(lw) > 7:
            break  # a capitalised verb after the name: "Ucap Marten Menanyakan"
        if lw in lang.DAY_NAMES and ((tokens.has(i + 1) and toks[i + 1][1].startswith("(")) or segments[-1]):
            break
        if lw in lang.DEMONSTRATIVES and segments[-1]:
            demonstrative = True
            break
        if len(segments[-1]) != seg_len:
            seg_len = len(segments[-1])
            head_len = is_role_head([x for _, x in segments[-1][:3]]) if seg_len and seg_len <= 3 else head_len
            if not seg_len:
                head_len = 0
        in_role = head_len > 0
        if (
            in_role
            and head_len <= len(segments[-1]) < head_len + 3  # up to three: "Pengamat kebijakan publik X"
            and all(x.islower() for _, x in segments[-1][head_len:])
            and w.islower()
            and lw not in lang.SPEAKER_STOPWORDS
            and lw not in lang.DEMONSTRATIVES
            # ke-/se- also lead nouns and modifiers of a role: "kebijakan publik", "senior"
            and (not lw.startswith(_VERB_PREFIXES) or _is_institution_noun(w) or lw in lang.ROLE_MODIFIERS)
        ):
            # "Pengamat transportasi Joko Susilo": a lowercase word inside a role, when a
            # capitalised word follows within three words.
            tokens.has(i + 3)
            ahead = [x for _, x in toks[i + 1 : i + 4]]
            for x in ahead:
                if _is_cap(x):
                    break
                if not x.islower() or _low(x) in lang.SPEAKER_STOPWORDS or _low(x) in lang.DEMONSTRATIVES:
                    ahead = []
                    break
            if ahead and any(_is_cap(x) for x in ahead):
                segments[-1].append((off, w))
                i += 1
                continue
        if _is_cap(w) or (lw in lang.ROLE_INNER_LOWER and in_role):
            if segments[-1] and segments[-1][-1][1].islower() and not _is_cap(w) and _low(toks[i - 1][1]) != "nomor":
                break
            if lw in lang.SPEECH_VERBS:
                break
            segments[-1].append((off, w))
            if w.endswith(".") and len(w) > 3 and not _is_acronym(w) and w.lower() not in lang.HONORIFICS:
                break  # a sentence's end; "Prof." and "Drs." before a name are not
            i += 1
            continue
        break
    segments = [s for s in segments if s]
    if not segments:
        return Phrase("none")
    start = segments[0][0][0]
    end = segments[-1][-1][0] + len(segments[-1][-1][1].rstrip("."))
    if demonstrative:
        return Phrase("anaphor", start, end, role=text[start:end])
    role_words: list[str] = []
    name_words: list[str] = []
    role_span: tuple[int, int] | None = None
    for si, seg in enumerate(segments[:5]):
        words = [w for _, w in seg]
        if role_span is not None and not name_words and _low(words[0]) in lang.ADMINISTRATIVE_UNITS:
            # "Kepala Dusun Nglahar, Kelurahan Sumbersari, Kecamatan Moyudan, Wahyu Wibowo": the
            # places between commas belong to the role.
            role_span = (role_span[0], seg[-1][0] + len(seg[-1][1].rstrip(".")))
            continue
        if si >= 3 and (name_words or role_span is None):
            break
        if is_role_head(words) and not name_words:
            follows = segments[si + 1] if si + 1 < len(segments) else None
            if (
                follows
                and not is_role_head([w for _, w in follows])
                and not any(_low(w) in lang.RANKS for w in words[1:])
            ):
                r, n = words, list[str]()  # "Menteri Luar Negeri Rusia, Sergei Lavrov": the comma splits
            else:
                r, n = _split_role_name(words, people)
            if r and not role_words:
                role_span = (seg[0][0], seg[len(r) - 1][0] + len(seg[len(r) - 1][1].rstrip(".")))
                role_words = r
            if n:
                name_words = n
        elif is_role_head(words) and name_words and not role_words:
            role_span = (seg[0][0], seg[-1][0] + len(seg[-1][1].rstrip(".")))
            role_words = words
        elif not name_words:
            if (
                role_span is not None
                and si + 1 < len(segments)
                and _names_a_body_or_place(words)
                and _plain_name([w for _, w in segments[si + 1]])
                and not (people is not None and people.known(" ".join(words)))
            ):
                # "Kepala Bagian Humas, Rumah Sakit Umum Daerah Cibabat, Budi": the body or the
                # place between commas belongs to the role; the name comes after it.
                role_span = (role_span[0], seg[-1][0] + len(seg[-1][1].rstrip(".")))
                continue
            name_words = words
        else:
            break
    role: str | None = text[role_span[0] : role_span[1]] if role_span else None
    if role is None and appositive is not None:
        role = text[appositive[0] : appositive[1]]
    name = clean_name(name_words)
    if not name and name_words:
        # Only a rank or an honorific: "kata AKBP" — keep it as the role.
        role = role or " ".join(name_words)
    if not name:
        return Phrase("role", start, end, role=role)
    return Phrase("name", start, end, name=" ".join(name), role=role)


def _names_a_body_or_place(words: list[str]) -> bool:
    """Whether capitalised ``words`` name an organisation or a place ("Rumah Sakit Umum Daerah
    Cibabat", "PT Angkasa Pura", "Bandung Barat") rather than a person."""
    for w in words:
        lw = _low(w)
        if (
            _is_acronym(w)
            or lw in _ROLE_COMPLEMENTS
            or lw in lang.ROLE_FIELD_WORDS
            or lw in _ORG_WORDS
            or lw in _PLACE_PREFIXES
            or lw in _PLACE_SUFFIXES
            or lw in lang.ADMINISTRATIVE_UNITS
            or _is_institution_noun(w)
        ):
            return True
    return False


def _plain_name(words: list[str]) -> bool:
    """Whether ``words`` read as a person's name alone: one to four words, no role, body or place."""
    cleaned = clean_name(words)
    return 1 <= len(cleaned) <= 4 and not is_role_head(words) and not _names_a_body_or_place(cleaned)


def _is_short_acronym(word: str) -> bool:
    """"RT", "RW", "RW/": the unit a number after it belongs to."""
    core = word.rstrip("/")
    return 2 <= len(core) <= 4 and core.isupper() and core.isalpha()


def coordinated_subject(text: str, start: int, end: int, people: People | None) -> Phrase | None:
    """Two named people joined by "dan" ("Martha Manafe warga RT 06 dan Mima Leo warga RT 11"): one
    speaker, "A dan B". None when either side is no name or the "dan" is inside a role."""
    segment = text[start:end]
    k = segment.find(" dan ")
    if k < 0 or segment.find(" dan ", k + 1) >= 0:
        return None
    left = parse_after(text, start, people, k)
    right = parse_after(text, start + k + 5, people, len(segment) - k - 5)
    if left.kind != "name" or right.kind != "name" or not left.name or not right.name:
        return None
    if left.role or is_role_head(text[start + k + 5 : end].split()[:3]):
        return None  # "Ketua dan Wakil Ketua …", "Staf Khusus Bidang Ekonomi dan Keuangan …"
    return Phrase("group", start, end, name=f"{left.name} dan {right.name}")


def _inside_name(toks: list[tuple[int, str]], j: int, low: str) -> bool:
    """Whether a capitalised word that is usually no name word ("Tim", "Hari") sits inside the
    subject: a role complement, or between two capitalised name words."""
    if low in _ROLE_COMPLEMENTS or low in lang.ROLE_FIELD_WORDS:
        return True
    before = toks[j - 1][1] if j > 0 else ""
    return _is_cap(before) and _low(before) not in lang.NON_NAME_WORDS


def _after_temporal_phrase(toks: list[tuple[int, str]], j: int) -> bool:
    """Whether toks[: j + 1] is a temporal phrase of one or two lowercase words at the start."""
    for lead in (j - 1, j - 2):
        if lead < 0 or _low(toks[lead][1]) not in lang.TEMPORAL_PREPOSITIONS:
            continue
        if all(toks[i][1].islower() for i in range(lead + 1, j + 1)) and (
            lead == 0 or toks[lead - 1][1] in ",." or toks[lead - 1][1].endswith(".")
        ):
            return True
    return False


#: ", yang <up to 100 characters without a comma>," right before the verb (linear: no nesting).
_RELATIVE_CLAUSE = re.compile(r", yang [^,]{1,100},[ ]?(?:(?:juga|pun|sendiri) )?$")


#: "<Name>, <appositive role without commas>, [juga] " right before the verb; the name is one to
#: four capitalised words at a clause start (linear: each part is one character class).
_APPOSITIVE_SUBJECT = re.compile(
    r"(?:^|(?<=[.,;:] ))([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}), ([^,;:\"“”]{3,120}), ?(?:(?:juga|pun|sendiri) )?$"
)


def parse_before(text: str, verb_start: int, floor: int) -> tuple[int, str] | None:
    """The start of the subject phrase that ends right before a speech verb, with its first word;
    a subject "Name, role …, verb" whose role the walk back cannot cross is found as a whole."""
    found = _walk_back_subject(text, verb_start, floor)
    if found is not None:
        return found
    near = text[max(floor, verb_start - 10) : verb_start].rstrip()
    if not near.endswith((",", ", juga", ", pun", ", sendiri")):
        return None  # cheap: an appositive subject ends with a comma right before the verb
    seg = text[max(floor, verb_start - 200) : verb_start]
    m = _APPOSITIVE_SUBJECT.search(seg)
    if m is None:
        return None
    role = m.group(2).split()
    if not (is_role_head(role) or _low(role[0]) in lang.DESCRIPTOR_NOUNS) or not _plain_name(m.group(1).split()):
        return None
    return verb_start - len(seg) + m.start(1), m.group(1).split()[0]


def _walk_back_subject(text: str, verb_start: int, floor: int) -> tuple[int, str] | None:
    """The start of the subject phrase that ends right before a speech verb, with its first word.

    Walks back over capitalised words, commas between them, ages and lowercase role words, never
    past ``floor`` (the sentence start). Returns None when the word before the verb cannot be a
    subject (lowercase words such as "dengan mengatakan").
    """
    seg = text[max(floor, verb_start - 140) : verb_start]
    base = verb_start - len(seg)
    relative = _RELATIVE_CLAUSE.search(seg)
    if relative is not None and relative.start() > 0:
        # "X, yang menangani kasus itu, mengatakan": the subject ends before the relative clause.
        return _walk_back_subject(text, base + relative.start(), floor)
    toks = [(m.start() + base, m.group()) for m in _TOKEN.finditer(seg)]
    # Adverbs between subject and verb ("X juga mengatakan").
    while toks and (_low(toks[-1][1]) in lang.SUBJECT_ADVERBS or toks[-1][1] == ","):
        toks.pop()
    if not toks:
        return None
    last = toks[-1][1]
    if _low(last) in lang.PRONOUNS or _low(last) in lang.PLURAL_PRONOUNS:
        return toks[-1][0], last
    j = len(toks) - 1
    if _low(last) in lang.DEMONSTRATIVES or last == ")":
        j -= 1
        if last == ")":
            while j >= 0 and toks[j][1] != "(":
                j -= 1
            j -= 1
    start = -1
    while j >= 0:
        w = toks[j][1]
        lw = _low(w)
        if _is_cap(w) and (lw not in lang.NON_NAME_WORDS or (start >= 0 and _inside_name(toks, j, lw))):
            start = j  # "Tim" inside "Ketua Tim Mitigasi PB IDI", "Hari" inside "Ribut Hari Wibowo"
            j -= 1
            continue
        if w.startswith("(") and w[1:2].strip().isdigit():
            j -= 1
            continue
        if w == ")" and start >= 0 and j >= 2 and toks[j - 2][1] == "(" and _is_cap(toks[j - 1][1]):
            j -= 3  # "Ketua Komisi Pemberantasan Korupsi (KPK) Abraham Samad", "(Puskaham) Jabar"
            continue
        if lw == "juga" and start >= 0 and j > 0 and toks[j - 1][1] == "yang":
            j -= 2  # "Prabowo Subianto, Menteri Pertahanan yang juga Ketua Umum Partai Gerindra"
            continue
        if w.isdigit() and start >= 0 and j > 0 and toks[j - 1][1].lower() in {"urut", "nomor", "no"}:
            j -= 1  # "Calon Presiden nomor urut 02 Prabowo"
            continue
        if (
            w.isdigit()
            and len(w) <= 3
            and (start >= 0 or j == len(toks) - 1)
            and j > 0
            and _is_short_acronym(toks[j - 1][1])
        ):
            j -= 1  # "Ketua RT 05 Kelurahan Mojosongo", "warga RT 06 RW 01 dan …"
            continue
        prev_word = toks[j - 1][1] if j > 0 else ""
        if (
            w == ","
            and start >= 0
            and (_is_cap(toks[start][1]) or any(t == "," for _, t in toks[start:]))
            and (
                _is_cap(prev_word)
                or _low(prev_word) in lang.HONORIFICS
                or (prev_word.isdigit() and j >= 2 and _is_short_acronym(toks[j - 2][1]))  # "Ketua RW 05,"
            )
            and (_low(prev_word) not in lang.NON_NAME_WORDS or _low(prev_word) in _ROLE_COMPLEMENTS)
        ):
            j -= 1
            continue
        if start >= 0 and (lw in lang.HONORIFICS or lw in lang.ROLE_LINK_WORDS) and _is_cap(prev_word):
            j -= 1  # "Dr dr Eka Ginanjar", "Protokol dari Tim Mitigasi PB IDI"
            continue
        if lw in lang.ROLE_INNER_LOWER and start >= 0:
            j -= 1
            continue
        if start >= 0 and lw != "yang" and (lw in lang.DESCRIPTOR_NOUNS or lw in {"nomor", "urut", "senior", "muda"}):
            start = j
            j -= 1
            continue
        if start >= 0 and w.islower() and lw not in lang.SPEAKER_STOPWORDS:
            # Lowercase words inside a role: "Pengamat transportasi Joko Susilo".
            k = j
            while k >= 0 and k > j - 3 and toks[k][1].islower() and _low(toks[k][1]) not in lang.SPEAKER_STOPWORDS:
                k -= 1
            if k >= 0 and _is_cap(toks[k][1]) and is_role_head([toks[k][1]]):
                start = k
                j = k - 1
                continue
        break
    if start < 0:
        # Lowercase descriptor subject: "Beberapa warga mengatakan", "petugas medis mengatakan".
        k = len(toks) - 1
        while k >= 0 and (toks[k][1].islower() or k == 0 or toks[k - 1][1] in ",.") and k >= len(toks) - 4:
            if _low(toks[k][1]) in lang.DESCRIPTOR_NOUNS or _low(toks[k][1]) in lang.ROLE_HEADS:
                s = k
                while s > 0 and _low(toks[s - 1][1]) in lang.ANONYMOUS_MARKERS | {"warga", "lainnya"}:
                    s -= 1
                before = toks[s - 1][1] if s > 0 else ","
                if before in ",." or _is_cap(before) or _low(before) in lang.CLAUSE_CONNECTIVES:
                    return toks[s][0], toks[s][1]
                return None
            k -= 1
        return None
    # The word before the subject must end a clause (sentence start, comma or a connective), or
    # close a short temporal phrase at the sentence start ("Saat reformasi Prabowo mengaku …").
    if j >= 0:
        before = toks[j][1]
        if (
            not _after_temporal_phrase(toks, j)
            and before not in ",;:"
            and _low(before) not in lang.CLAUSE_CONNECTIVES
            and not before.endswith(".")
            and before not in {"-", "--", "–", "—", "|"}
        ):
            return None
    return toks[start][0], toks[start][1]


_SPECIALIST = re.compile(lang.SPECIALIST_SUFFIX)


def comma_subject(text: str, start: int, end: int) -> Phrase | None:
    """Role and name of a subject written in comma-separated parts, in either order:
    "lurah Maulafa, Yanto Spay", "Ketua Tim … dari Tim Mitigasi PB IDI, Dr dr Eka Ginanjar, SpPD-KKV".

    Academic and professional titles around the name are dropped; None when the parts are not
    one role and one name.
    """
    parts: list[tuple[int, str]] = []
    pos = start
    for piece in text[start:end].split(","):
        stripped = piece.strip()
        if stripped:
            parts.append((pos + piece.index(stripped), stripped))
        pos += len(piece) + 1
    parts = [(o, p) for o, p in parts if not _is_suffix(p)]
    if len(parts) > 2:
        parts = _merge_role_parts(text, parts)
    if len(parts) != 2:
        return None
    role: tuple[int, str] | None = None
    name: list[str] = []
    for off, part in parts:
        words = part.split()
        if role is None and (is_role_head(words) or _low(words[0]) in lang.DESCRIPTOR_NOUNS) and len(words) >= 2:
            role = (off, part)
            continue
        cleaned = clean_name(_drop_spelled_rank(words))
        if (
            name
            or not cleaned
            or not all(_is_cap(w) for w in cleaned)
            or len(cleaned) > 4
            or is_role_head(cleaned)
            or _low(cleaned[0]) in _PLACE_PREFIXES
        ):
            return None
        name = cleaned
    if role is None or not name:
        return None
    last_off, last = parts[-1]
    return Phrase("name", parts[0][0], last_off + len(last), name=" ".join(name), role=role[1])


def _merge_role_parts(text: str, parts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """"Kepala Puskesmas Cibiru, Bandung, Budi" and "Budi, Ketua Pusat Kajian, RSUD Garut": the
    places and bodies after a role part join it, so that one role part and one name part remain."""

    def plain(part: str) -> bool:
        return _plain_name(_drop_spelled_rank(part.split()))

    def capitalised(part: str) -> bool:
        words = part.split()
        return len(words) <= 4 and all(_is_cap(w) for w in words) and not is_role_head(words)

    if is_role_head(parts[0][1].split()) and plain(parts[-1][1]) and all(capitalised(p) for _, p in parts[1:-1]):
        last = parts[-2]  # role, places…, name: the name comes last, right before the verb
        return [(parts[0][0], text[parts[0][0] : last[0] + len(last[1])]), parts[-1]]
    if (
        plain(parts[0][1])
        and is_role_head(parts[1][1].split())
        and all(_names_a_body_or_place(p.split()) for _, p in parts[2:])
    ):
        last = parts[-1]  # name, role, bodies…
        return [parts[0], (parts[1][0], text[parts[1][0] : last[0] + len(last[1])])]
    return parts


def _drop_spelled_rank(words: list[str]) -> list[str]:
    """"Komisaris Besar Budi Santoso" -> "Budi Santoso": a police rank written out before a name."""
    k = 0
    while k < len(words) - 1 and _low(words[k]) in lang.SPELLED_RANK_WORDS:
        k += 1
    return words[k:] if k and _low(words[0]) in lang.SPELLED_RANK_LEADS else words


def _is_suffix(part: str) -> bool:
    words = part.split()
    return bool(words) and all(
        _SPECIALIST.match(w) is not None or _low(w).replace(".", "") in lang.NAME_SUFFIXES for w in words
    )
