"""Direct and indirect quotes with their speakers.

Three passes over each paragraph, all linear: pair the quote marks (:mod:`.marks`), read the cue
around every quoted span ("…," kata X / X mengatakan: "…"), and find reported speech outside the
quotes ("X mengatakan (bahwa) …", "Menurut X, …", "…, kata X, …", "Hal itu disampaikan X").
Every statement becomes an event at the offset of its cue; events are then replayed in order so
that "katanya", "ia" and "<jabatan> itu" resolve to the last named speaker, and cue-less quote
paragraphs inherit the speaker of their run. A quote that runs over several paragraphs (no
closing mark before the paragraph break) is returned as one `Quote` per paragraph, all with the
speaker and cue of the closing piece, so that ``joined[start:end] == text`` never spans the
next paragraph's opening mark.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice

from ..arguments import checked_paragraphs
from ..lang import id as lang
from ..models import Quote
from ..text import words_pattern
from .discourse import People, resolve, topic
from .marks import QuoteSpan, pair_marks
from .speakers import (
    Phrase,
    clean_name,
    comma_subject,
    coordinated_subject,
    could_head_role,
    is_role_head,
    parse_after,
    parse_before,
)
from .text import WORD, as_paragraphs, paragraph_starts, sentence_at, sentence_bounds, strip_span

_MARKS = lang.QUOTE_MARKS
# Written with words_pattern: each starts with plain characters, so re's search skips ahead.
_SPEECH_VERB = re.compile(words_pattern(lang.SPEECH_VERBS))
_FRONT = re.compile(words_pattern(lang.FRONTED_CUES, before=("^", r"[.!?]\s", r",\s")))
_PAREN = re.compile(r",\s(" + "|".join(sorted(lang.PARENTHETICAL_CUES)) + r")(?:nya)?\s")
_BACKREF = re.compile(
    words_pattern({word.capitalize() for word in lang.BACKREF_SUBJECTS}, before=("^", r"[.!?]\s"), after=r"\s")
    + r"(?:itu|ini|tersebut|senada|serupa|yang\ssama)\s(?:juga\s|pun\s)?(?:"
    + "|".join(sorted(lang.BACKREF_VERBS))
    + r")\s(?:oleh\s)?"
)
#: Every fronted cue and every back-reference subject starts with one of these words: a paragraph
#: without any of them is not searched for one (a few plain searches instead of a regex scan).
_FRONT_LEADS = lang.FRONTED_CUE_LEADS
_BACKREF_LEADS = tuple(sorted(word.capitalize() for word in lang.BACKREF_SUBJECTS))
_MAX_SENTENCE = 600
#: lang.PERSON_MARKING_TITLES as they are written before a name ("AKBP", "Prof.", "Pak"):
#: capitalised words are tested as they are, without lowering each one.
_PERSON_MARKING_FORMS = frozenset(
    form for title in lang.PERSON_MARKING_TITLES for form in (title.capitalize(), title.upper())
)
_PASSIVE_AGENT = re.compile(
    words_pattern(lang.PASSIVE_AGENT_CUES, after=r" (?:oleh )?(?=[A-Z])")
)
_INNER_MENURUTNYA = re.compile(r"menurutnya(?<=[\w,] menurutnya)(?=[ ,])")  # plain-led: quick search
_INTERROGATIVE_STARTS = tuple(word + " " for word in lang.INTERROGATIVES)
_CAPWORD = re.compile(r"[A-Z](?<![\w-].)[\w.-]*")
#: A clause starts after these ("X, Y", "JAKARTA - X", "X | Y"; "--" ends as "-" does). Found with
#: str.find, several times cheaper than a regex scan of the paragraph.
_CLAUSE_SEPARATORS = (", ", "- ", "– ", "— ", "| ")
_ANY_MARK = re.compile("[" + re.escape(lang.QUOTE_MARKS) + "]")
_WORDS3 = re.compile(r"\S+\s+\S+\s+\S")


def _enough_words(text: str, start: int, end: int) -> bool:
    """At least three words in text[start:end], looking at a bounded prefix only."""
    return _WORDS3.match(text, start, min(end, start + 200)) is not None


def _first_mark(text: str, start: int, end: int) -> int:
    m = _ANY_MARK.search(text, start, end)
    return m.start() if m else -1


_FIRST_PERSON = re.compile(r"\b(?:saya|kami|kita|aku)\b", re.IGNORECASE)


@dataclass(slots=True)
class _Stmt:
    """A statement found in one paragraph, before speaker resolution."""

    para: int
    start: int  # local offsets of the content
    end: int
    direct: bool
    cue: str | None
    cue_pos: int  # local offset used to order events
    phrase: Phrase | None
    span: QuoteSpan | None = None
    speaker: str | None = None
    role: str | None = None
    resolved: bool = False
    backref_after: bool = False


@dataclass(frozen=True, slots=True)
class _Event:
    """Something in the text that changes or uses the discourse state, at (paragraph, offset).

    Events are replayed in text order; at one offset, mentions and back-references (rank 0)
    come before the statement they may name (rank 1).
    """

    para: int
    pos: int

    rank = 0

    def order(self) -> tuple[int, int, int]:
        return self.para, self.pos, self.rank


@dataclass(frozen=True, slots=True)
class _Statement(_Event):
    """A quote or reported statement: its speaker phrase is resolved against the discourse."""

    statement: _Stmt
    rank = 1


@dataclass(frozen=True, slots=True)
class _Mention(_Event):
    """A known person as the subject of a clause: becomes the current person."""

    phrase: Phrase


@dataclass(frozen=True, slots=True)
class _BackReference(_Event):
    """'Hal itu disampaikan X' (back) or 'Hal senada disampaikan X' (forward)."""

    phrase: Phrase
    back: bool


def _cue_word(word: str) -> tuple[str, bool] | None:
    """(root, has -nya) when ``word`` is a post-quote cue."""
    low = word.lower()
    if low in lang.POST_QUOTE_CUES or low in lang.HOMOGRAPH_CUES:
        return low, False
    if low.endswith("nya"):
        root = low[:-3]
        if root in lang.POST_QUOTE_CUES or root in lang.HOMOGRAPH_CUES:
            return root, True
    return None


def _post_cue(text: str, span: QuoteSpan, people: People) -> tuple[str, int, Phrase] | None:
    """The cue right after a closing mark: '," kata X', '" ujarnya', ',”jelas AKBP …'."""
    i = span.close_mark + 1
    n = len(text)
    while i < n and i < span.close_mark + 4 and (text[i].isspace() or text[i] in ",."):
        i += 1
    m = WORD.match(text, i)
    if m is None:
        return None
    word = m.group().rstrip(".")
    cue = _cue_word(word)
    if cue is not None:
        root, nya = cue
        after = i + len(word)
        if nya:
            ph = Phrase("pronoun", i, after)
            # Redundant name: '"…," ujarnya, Elwin, Kamis'.
            rest = text[after : after + 40]
            if rest.startswith(", ") and rest[2:3].isupper():
                nxt = parse_after(text, after + 2, people, 40)
                if nxt.kind == "name" and nxt.name and people.known(nxt.name):
                    ph = nxt
            return word, i, ph
        j = after
        while j < n and text[j] == " ":
            j += 1
        ph = parse_after(text, j, people)
        if ph.kind == "none" and root in lang.HOMOGRAPH_CUES | {"kata", "ujar", "tutur", "ucap"}:
            return word, i, Phrase("none", j, j)
        return word, i, ph
    low = word.lower()
    if low == lang.DEMIKIAN:
        # '"…," demikian pernyataan X' / 'demikian ajakan Prabowo dalam video'.
        m2 = WORD.match(text, i + len(word) + 1)
        if m2 is not None:
            ph = parse_after(text, m2.end() + 1, people)
            return text[i : m2.end()], i, ph
        return None
    # Translationese: '"…," Jokowi mengatakan.' or '"…," petugas medis mengatakan'.
    window = text[i : i + 80]
    vm = _SPEECH_VERB.search(window)
    if vm is not None and vm.start() > 0 and "." not in window[: vm.start()] and "," not in window[: vm.start()]:
        subj = window[: vm.start()].strip()
        if 0 < len(subj.split()) <= 5:
            ph = parse_after(text, i, people, vm.start())
            if ph.kind != "none":
                return vm.group(), i + vm.start(), ph
    return None


def _pre_cue(text: str, span: QuoteSpan, floor: int, people: People) -> tuple[str, int, Phrase] | None:
    """A cue just before an opening mark: 'X mengatakan: "…"', 'Kata dia, "…"', 'Menurutnya, "'."""
    j = span.open_mark
    k = j
    while k > floor and text[k - 1] in " ,:;":
        k -= 1
    seg = text[max(floor, k - 40) : k]
    m = re.search(r"(\w+)$", seg)
    if m is None:
        return None
    word = m.group(1)
    wstart = k - len(word)
    low = word.lower()
    if low in lang.SPEECH_VERBS:
        subj = parse_before(text, wstart, floor)
        if subj is None:
            return None
        ph = _subject_phrase(text, subj[0], wstart, people)
        return word, wstart, ph
    if low in {"menurutnya", "katanya", "ujarnya"}:
        return word, wstart, Phrase("pronoun", wstart, k)
    # "Kata dia, "…"" / "Menurut X, "…"".
    fm = _FRONT.search(text, max(floor, k - 60), k)
    if fm is not None and fm.group().lower() in {"kata", "menurut"}:
        ph = parse_after(text, fm.end() + 1, people, k - fm.end() - 1)
        if ph.kind != "none":
            return fm.group(), fm.start(), ph
    return None


_DISEBUT_OLEH = re.compile(r"disebut(?:kan)? oleh ")


def _partial_cue(
    text: str, span: QuoteSpan, floor: int, start: int, end: int, people: People
) -> tuple[str, int, Phrase] | None:
    """The speaker of a quote inside a sentence of reported speech: 'X menuduh Y "…" dan "…"',
    'yang disebut oleh X sebagai "…"'. Only quotes that read as someone's words (starting in
    lowercase, or three words or more not all capitalised), so that titles stay out."""
    words = text[start:end].split()
    if not words or not (words[0][0].islower() or (len(words) >= 3 and not all(w[0].isupper() for w in words))):
        return None
    lo = max(floor, span.open_mark - 200)
    by = None
    for m in _DISEBUT_OLEH.finditer(text, lo, span.open_mark):
        by = m
    if by is not None:
        ph = parse_after(text, by.end(), people, span.open_mark - by.end())
        if ph.kind in {"name", "role"}:
            return by.group().split()[0], by.start(), ph
    verb = None
    for m in _SPEECH_VERB.finditer(text, lo, span.open_mark):
        verb = m
    if verb is None:
        return None
    subject = parse_before(text, verb.start(), floor)
    if subject is None:
        return None
    ph = _subject_phrase(text, subject[0], verb.start(), people)
    return (verb.group(), verb.start(), ph) if ph.kind != "none" else None


def _subject_phrase(text: str, start: int, verb_start: int, people: People) -> Phrase:
    if text.find(" dan ", start, verb_start) >= 0:
        pair = coordinated_subject(text, start, verb_start, people)
        if pair is not None:
            return pair
    if text.find(",", start, verb_start) >= 0:
        split = comma_subject(text, start, verb_start)
        if split is not None:
            return split
    words = text[start:verb_start].strip(" ,")
    bare = words.split()
    while len(bare) > 1 and bare[-1].lower() in lang.SUBJECT_ADVERBS:
        bare.pop()
    if len(bare) > 1 and bare[-1].lower() in lang.OTHER_MARKERS:
        # "Warga lainnya (juga) mengaku …": someone other than the one named before.
        return Phrase("descriptor", start, verb_start, role=" ".join(bare))
    ph = parse_after(text, start, people, verb_start - start)
    if (
        ph.kind == "role"
        and ph.role == bare[0]
        and 1 < len(bare) <= 4
        and all(w.islower() and w not in lang.SPEAKER_STOPWORDS and w not in lang.DEMONSTRATIVES for w in bare[1:])
    ):
        # "Pengamat pemilu menilai …": the lowercase field is part of the role that speaks.
        role = " ".join(bare)
        return Phrase("role", start, start + len(role), role=role)
    if ph.kind == "none" and words:
        if words.lower() == "yang" or words.lower().startswith("yang "):
            return _relative_head(text, start, people)
        return Phrase("descriptor", start, verb_start, role=words)
    return ph


_NAME_WITH_AGE = re.compile(r"[A-Z][\w'’-]{1,30}(?: [A-Z][\w'’-]{1,30}){0,3}(?=\s?\(\d{1,3}\))")


def _relative_head(text: str, start: int, people: People) -> Phrase:
    """The speaker of "X (45), pedagang di Pasar Johar, yang mengaku …": the named head the
    relative clause hangs on (a name followed by an age, or a person already named), else nobody.
    """
    window = max(0, start - 200)
    candidates = list(_NAME_WITH_AGE.finditer(text, window, start))
    if not candidates:
        return Phrase("none", start, start)
    head = candidates[-1]
    ph = parse_after(text, head.start(), people, head.end() - head.start())
    return ph if ph.kind != "none" else Phrase("none", start, start)


def _content_after(text: str, pos: int, send: int, verb: str) -> tuple[int, int] | None:
    """Content of reported speech after a speech verb, up to the sentence end."""
    i = pos
    while i < send and text[i] == " ":
        i += 1
    marked = False
    if i < send and text[i] in ",:":
        i += 1
        marked = True
    rest = text[i:send].lstrip()
    i = send - len(rest)
    low = rest.lower()
    if not marked and low.startswith(lang.VERB_PREPOSITIONS):
        # "mengatakan kepada wartawan (di Jakarta, Senin,) bahwa …": skip the phrase to "bahwa".
        k = low.find(" bahwa ", 0, 160)
        if k > 0 and _first_mark(low, 0, k) < 0:
            i += k + 1
            low = low[k + 1 :]
    for conj in ("bahwa ", "kalau ", "jika "):
        if low.startswith(conj):
            i += len(conj)
            marked = True
            break
    if not marked and verb in lang.QUESTION_VERBS and low.startswith(_INTERROGATIVE_STARTS):
        marked = True  # "bertanya mengapa …": the interrogative opens the content
    if not marked and verb in lang.REQUEST_VERBS:
        return _request_content(text, i, send, low)
    if not marked and verb in lang.BARE_CLAUSE_VERBS and _reads_as_clause(low):
        marked = True
    if not marked and verb not in lang.CLAUSE_VERBS:
        return None
    if not marked and not low:
        return None
    if low.startswith("hal ") or low.startswith("kepada") or low.startswith("di "):
        return None
    span = _bounded_span(text, i, send)
    if span is None:
        return None
    s, e = span
    if not _enough_words(text, s, e) and not (verb in lang.SHORT_CONTENT_VERBS and _two_words(text, s, e)):
        return None
    return s, e


_WORDS2 = re.compile(r"\S+\s+\S")


def _two_words(text: str, start: int, end: int) -> bool:
    return _WORDS2.match(text, start, min(end, start + 100)) is not None


_WORD_RUN = re.compile(r"[\w-]+")


def _reads_as_clause(low: str) -> bool:
    """Whether the lowercased words after a verb read as a clause: a predicate word among the
    first five words, with no "untuk" before it ("pemerintah menunda …", "Jokowi ikut campur")."""
    for k, m in enumerate(_WORD_RUN.finditer(low, 0, 80)):
        if k >= 5:
            return False
        w = m.group()
        if w in lang.NON_CLAUSE_WORDS:
            return False
        if w in lang.PREDICATE_WORDS:
            return True
        if len(w) >= 6 and w.startswith(lang.PREDICATE_PREFIXES) and w not in lang.DESCRIPTOR_NOUNS:
            return True
    return False


def _request_content(text: str, i: int, send: int, low: str) -> tuple[int, int] | None:
    """Content of "meminta agar …" (after the conjunction) or "meminta seluruh menteri untuk …"
    (the addressee and the request, when a conjunction follows within eight words)."""
    for conj in lang.REQUEST_CONJUNCTIONS:
        if low.startswith(conj + " "):
            return _bounded_content(text, i + len(conj) + 1, send)
    words = list(islice(_WORD_RUN.finditer(low, 0, 160), 13))
    if any(m.group() in lang.REQUEST_CONJUNCTIONS for m in words[1:]):
        return _bounded_content(text, i, send)
    return None


def _bounded_span(text: str, i: int, send: int) -> tuple[int, int] | None:
    """Reported content from ``i`` to the sentence end, a "(Laporan …" credit or a quote mark;
    None when a quote mark follows at once (a pre-quote cue: the direct quote is handled there)."""
    end = send
    credit = text.find("(Laporan", i, end)
    if credit >= 0:
        end = credit
    q = _first_mark(text, i, end)
    if q >= 0:
        if q - i < 15:
            return None
        end = q
    return strip_span(text, i, end, " \t\n,.;:")


def _bounded_content(text: str, i: int, send: int) -> tuple[int, int] | None:
    span = _bounded_span(text, i, send)
    return span if span is not None and _enough_words(text, *span) else None


class _Para:
    """Per-paragraph lookups: quote spans and sentence bounds."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = pair_marks(text)
        self.bounds = sentence_bounds(text)
        self._opens = [s.open_mark if s.open_mark >= 0 else 0 for s in self.spans]

    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self._opens, pos) - 1
        if i < 0:
            return False
        s = self.spans[i]
        end = s.close_mark if s.close_mark >= 0 else len(self.text)
        return (s.open_mark if s.open_mark >= 0 else -1) < pos <= end

    def sentence(self, pos: int) -> tuple[int, int]:
        """The sentence around ``pos``, clipped to 600 characters each side (linear time)."""
        start, end = sentence_at(self.bounds, len(self.text), pos)
        return max(start, pos - _MAX_SENTENCE), min(end, pos + _MAX_SENTENCE)


def _direct(pi: int, para: _Para, people: People) -> list[_Stmt]:
    text = para.text
    out: list[_Stmt] = []
    for span in para.spans:
        s, e = strip_span(text, span.start, span.end)
        if e <= s:
            continue
        post = _post_cue(text, span, people) if span.close_mark >= 0 else None
        floor = para.sentence(span.open_mark)[0] if span.open_mark >= 0 else 0
        # A cue before the quote only counts when the one after names nobody: not read otherwise.
        weak_post = post is None or post[2].kind in {"pronoun", "none"}
        pre = _pre_cue(text, span, floor, people) if span.open_mark >= 0 and weak_post else None
        cue: tuple[str, int, Phrase] | None = post
        if pre is not None:
            cue = (post[0], post[1], pre[2]) if post is not None else pre
        if cue is None:
            # A cue-less quote only when it stands as a sentence of its own (not a title or a
            # scare quote inside a sentence) and reads as speech.
            k = span.open_mark - 1
            while k >= 0 and k > span.open_mark - 50 and text[k].isspace():
                k -= 1
            starts_sentence = span.open_mark <= 0 or k < 0 or text[k] in ".!?:;)"
            if not starts_sentence:
                partial = _partial_cue(text, span, floor, s, e, people)
                if partial is not None:  # 'X menuduh Y "bermain mata"': a partial quote of X
                    out.append(_Stmt(pi, s, e, True, partial[0], partial[1], partial[2], span))
                continue
            if not _enough_words(text, s, e):
                continue
            out.append(_Stmt(pi, s, e, True, None, span.start, None, span))
            continue
        out.append(_Stmt(pi, s, e, True, cue[0], cue[1], cue[2], span))
    return out


def _indirect(pi: int, para: _Para, people: People) -> list[_Stmt]:
    text = para.text
    out: list[_Stmt] = []
    # "X mengatakan (bahwa) …".
    for m in _SPEECH_VERB.finditer(text):
        if para.in_quote(m.start()):
            continue
        sstart, send = para.sentence(m.start())
        subj = parse_before(text, m.start(), sstart)
        if subj is None:
            continue
        content = _content_after(text, m.end(), send, m.group())
        if content is None:
            continue
        ph = _subject_phrase(text, subj[0], m.start(), people)
        out.append(_Stmt(pi, content[0], content[1], False, m.group(), m.start(), ph))
    # "Menurut X, …", "Kata dia, …", "Dikatakan Marten, …", "Diakuinya, …".
    for m in _FRONT.finditer(text) if any(lead in text for lead in _FRONT_LEADS) else ():
        if para.in_quote(m.start()):
            continue
        sstart, send = para.sentence(m.start())
        word = m.group()
        comma = text.find(",", m.end(), min(send, m.end() + 120))
        if comma < 0:
            continue
        if word.lower().endswith("nya"):
            if comma != m.end():
                continue
            ph = Phrase("pronoun", m.start(), m.end())
        else:
            ph = parse_after(text, m.end() + 1, people, comma - m.end() - 1)
            if ph.kind == "none" or ph.end < comma - 1:
                continue
            # "Menurut Kapolres Asahan, AKBP Yemi Mandagi, …": the phrase goes on past the role's comma.
            if text[comma + 1 : comma + 3].lstrip()[:1].isupper():  # a capital after the comma
                named, named_comma = _name_past_comma(text, m.end() + 1, send, people)
                if named is not None and named.end > comma:
                    ph, comma = named, named_comma
            if ph.kind == "name" and ph.name and _outlet_name(ph.name):
                continue  # "Menurut Reuters, …" is a source, not a speaker
        s, e = strip_span(text, comma + 1, send, " \t\n,.;:")
        q = _first_mark(text, s, e)
        if q >= 0:
            if q - s < 15:
                continue
            s, e = strip_span(text, s, q, " \t\n,.;:")
        if not _enough_words(text, s, e):
            continue
        out.append(_Stmt(pi, s, e, False, word, m.start(), ph))
    # "… yang diprediksi IMF bahwa …": a passive cue, its agent, then "bahwa" and the content.
    for m in _PASSIVE_AGENT.finditer(text) if " bahwa " in text else ():
        if para.in_quote(m.start()):
            continue
        sstart, send = para.sentence(m.start())
        k = text.find(" bahwa ", m.end(), min(send, m.end() + 90))
        if k < 0:
            continue
        ph = parse_after(text, m.end(), people, k - m.end())
        if ph.kind not in {"name", "role"} or text[ph.end : k].strip(" ,"):
            continue  # the agent must run right up to "bahwa"
        s, e = strip_span(text, k + 7, send, " \t\n,.;:")
        if not _enough_words(text, s, e) or _first_mark(text, s, e) >= 0:
            continue
        cue = m.group().split()[0]
        out.append(_Stmt(pi, s, e, False, cue, m.start(), ph))
    # "Presiden menurutnya juga menghindari …": the cue inside the sentence, the sentence is the content.
    for m in _INNER_MENURUTNYA.finditer(text) if "menurutnya" in text else ():
        if para.in_quote(m.start()):
            continue
        sstart, send = para.sentence(m.start())
        s, e = strip_span(text, sstart, send, " \t\n,.;:")
        if s >= m.start() or not _enough_words(text, s, e) or _first_mark(text, s, e) >= 0:
            continue
        out.append(_Stmt(pi, s, e, False, m.group(), m.start(), Phrase("pronoun", m.start(), m.end())))
    # "…, kata X, …" mid-sentence and "…, kata seorang pejabat, kepada AFP." at the end.
    for m in _PAREN.finditer(text):
        if para.in_quote(m.start()) or (m.start() > 0 and text[m.start() - 1] in _MARKS):
            continue
        sstart, send = para.sentence(m.start())
        ph = parse_after(text, m.end(), people)
        if ph.kind == "none":
            continue
        after = text[ph.end : min(send, ph.end + 200)].lstrip()
        cont_end = m.start()
        tail = after[1:].lstrip()
        if after.startswith(",") and _enough_words(tail, 0, len(tail)) and not tail.startswith("kepada"):
            cont_end = send
        s, e = strip_span(text, sstart, cont_end, " \t\n,.;:")
        if not _enough_words(text, s, e) or _first_mark(text, s, e) >= 0:
            continue
        cue = m.group()[2:].strip()
        out.append(_Stmt(pi, s, e, False, cue, m.start() + 2, ph))
    return out


def _outlet_name(name: str) -> bool:
    from .sources import lookup_outlet

    return lookup_outlet(name) is not None


def _backrefs(pi: int, para: _Para, people: People) -> list[tuple[int, Phrase, bool]]:
    """'Hal itu disampaikan X': (offset, speaker phrase, refers back (True) or forward)."""
    out: list[tuple[int, Phrase, bool]] = []
    if not any(lead in para.text for lead in _BACKREF_LEADS):
        return out
    for m in _BACKREF.finditer(para.text):
        ph = parse_after(para.text, m.end(), people)
        if ph.kind == "none":
            continue
        forward = any(w in m.group() for w in ("senada", "serupa", "sama"))
        out.append((m.start(), ph, not forward))
    return out


_ALIAS_CUE = re.compile(
    r"(?<=[\w,] )(?:" + "|".join(re.escape(c) for c in sorted(lang.ALIAS_CUES, key=len, reverse=True)) + r") (?=[A-Z])"
)
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w'’-]+ ){1,7}[A-Z][\w'’-]+,? $")
_NICKNAME = re.compile(r" \(([A-Z][a-z'’-]{1,15})\)")
_ALIAS_WORDS_AFTER = re.compile(r"(?:[A-Z][\w'’.-]*)(?: [A-Z][\w'’.-]*){0,2}")


def _aliases(texts: list[str], people: People) -> None:
    """Aliases the article introduces ("X yang akrab disapa Mbak Ita", "X alias Ita", "X (Ita)"):
    a later "kata Ita" or "kata Mbak Ita" is X. The full name is the capitalised run (two to four
    words, a role before it is not part of it) right before the cue."""
    for text in texts:
        if "alias" in text or "disapa" in text or "dipanggil" in text:
            for m in _ALIAS_CUE.finditer(text):
                full = _name_before(text, m.start())
                alias = _ALIAS_WORDS_AFTER.match(text, m.end())
                if full and alias:
                    _record_alias(people, alias.group(), full)
        if "(" in text:
            for m in _NICKNAME.finditer(text):
                full = _name_before(text, m.start() + 1)
                if full:
                    _record_alias(people, m.group(1), full)


def _name_before(text: str, end: int) -> str | None:
    """The person's name ending at ``end``: up to four capitalised words, rank, title and role
    words before it dropped ("Wali Kota Semarang Hevearita Gunaryanti Rahayu" -> the name)."""
    m = _NAME_BEFORE.search(text, max(0, end - 120), end)
    if m is None:
        return None
    phrase = m.group().rstrip(", ")
    if is_role_head(phrase.split()):
        ph = parse_after(text, m.start(), None, len(phrase))  # role and name split as after a cue
        name = (ph.name or "").split() if ph.kind == "name" else []
    else:
        name = clean_name(phrase.split())[-4:]
    return " ".join(name) if len(name) >= 2 else None


def _record_alias(people: People, alias: str, full: str) -> None:
    cleaned = clean_name(alias.split())
    if not cleaned or " ".join(cleaned) == full:
        return
    people.alias(alias, full)
    people.alias(" ".join(cleaned), full)  # "Mbak Ita" is read as "Ita" after a cue


def _prescan(paras: list[_Para], people: People) -> dict[tuple[int, int], Phrase]:
    """Register role + name pairs written anywhere ("Kapolres Cianjur AKBP Muhamad Rufai").

    Returns the phrases parsed, by (paragraph, offset), so later passes need not parse them again.
    """
    parsed: dict[tuple[int, int], Phrase] = {}
    for pi, para in enumerate(paras):
        text = para.text
        done_to = -1
        for m in _CAPWORD.finditer(text):
            w = m.group()
            if m.start() < done_to or para.in_quote(m.start()):
                continue
            if could_head_role(w):
                words = text[m.start() : m.start() + 60].split()
                if is_role_head(words):
                    ph = parse_after(text, m.start(), None)
                    parsed[pi, m.start()] = ph
                    done_to = ph.end
                    if ph.kind == "name" and ph.name and ph.role and len(ph.name.split()) >= 2:
                        people.add(ph.name, ph.role)
            elif w in _PERSON_MARKING_FORMS and _CAPWORD.match(text, m.end() + 1):
                # "AKBP Rina Kartika meninjau …": a title or rank, then a name: a person.
                ph = parse_after(text, m.start(), None)
                parsed[pi, m.start()] = ph
                done_to = ph.end
                if ph.kind == "name" and ph.name:
                    people.add(ph.name, ph.role)
    return parsed


def _name_past_comma(text: str, start: int, end: int, people: People) -> tuple[Phrase | None, int]:
    """The speaker phrase from ``start`` read without stopping at the first comma, and the comma
    that ends it, when it is a name that runs right up to a comma (else ``(None, -1)``)."""
    ph = parse_after(text, start, people, min(end, start + 160) - start)
    if ph.kind != "name":
        return None, -1
    comma = text.find(",", ph.end, min(end, ph.end + 3))
    if comma < 0 or text[ph.end : comma].strip(" ."):
        return None, -1
    return ph, comma


def _clause_starts(text: str) -> list[int]:
    """Offsets just after each clause separator of ``text``, in no particular order."""
    starts: list[int] = []
    for separator in _CLAUSE_SEPARATORS:  # two characters each
        at = text.find(separator)
        while at >= 0:
            starts.append(at + 2)
            at = text.find(separator, at + 2)
    return starts


def _mentions(
    pi: int, para: _Para, people: People, parsed: dict[tuple[int, int], Phrase]
) -> list[tuple[int, Phrase]]:
    """Known people named as the subject of a sentence or clause: they become the referent of a
    later "katanya" or "ia" ("Saat dikonfirmasi, Eri Cahyadi masih enggan berkomentar.")."""
    text = para.text
    starts = list(para.bounds)
    starts += _clause_starts(text)
    out: list[tuple[int, Phrase]] = []
    known = people.first_words()
    for pos in sorted(set(starts)):
        if pos >= len(text) or not text[pos].isupper():
            continue
        first = WORD.match(text, pos)
        word = first.group() if first is not None else ""
        if not word or (word.lower() not in known and not could_head_role(word) and word not in _PERSON_MARKING_FORMS):
            continue
        if para.in_quote(pos):
            continue
        ph = parsed.get((pi, pos)) or parse_after(text, pos, people, 120)
        if ph.kind != "name" or not ph.name or not people.known(ph.name):
            continue
        nxt = text[ph.end : ph.end + 3].lstrip(",")  # "Joko Suranto, meninjau …" too
        if nxt[:1] == " " and nxt[1:2].islower() and _predicate_follows(text, ph.end):
            out.append((pos, ph))
    return out


_INTRODUCED_WINDOW = 4000  # characters before an anaphor searched for its newcomer


def _introduced(ph: Phrase, texts: list[str], para: int) -> Phrase:
    """An anaphoric description ("wartawan asing tersebut") whose words were introduced earlier
    as an indefinite description ("salah seorang wartawan asing") refers to that newcomer, not to
    the current speaker: it becomes that description. Otherwise it stays anaphoric."""
    if not ph.role:
        return ph
    words = ph.role.lower()
    parts = [texts[para][: ph.start]]
    k = para - 1
    while k >= 0 and sum(len(t) for t in parts) < _INTRODUCED_WINDOW:
        parts.append(texts[k])
        k -= 1
    low = "\n".join(reversed(parts))[-_INTRODUCED_WINDOW:].lower()  # bounded: linear per anaphor
    for marker in lang.INDEFINITE_MARKERS:
        if f"{marker} {words}" in low:
            return Phrase("descriptor", ph.start, ph.end, role=ph.role)
    return ph


def _predicate_follows(text: str, pos: int) -> bool:
    """Whether a predicate comes within three words after a subject: a caption's "Bupati X
    bersama jajaran …" names nobody who acts or speaks."""
    for k, m in enumerate(_WORD_RUN.finditer(text, pos, pos + 60)):
        if k >= 3:
            return False
        w = m.group().lower()
        if w in lang.NON_PREDICATE_WORDS:
            return False
        if w in lang.PREDICATE_WORDS or w in lang.SUBJECT_ADVERBS:
            return True
        if len(w) >= 6 and w.startswith(lang.PREDICATE_PREFIXES):
            return True
    return False


def extract_quotes(paragraphs: str | Sequence[str]) -> list[Quote]:
    """Quotes in ``paragraphs`` (offsets into ``"\\n\\n".join(paragraphs)``)."""
    paragraphs = checked_paragraphs(paragraphs)
    texts = as_paragraphs(paragraphs)
    starts = paragraph_starts(texts)
    paras = [_Para(t) for t in texts]
    people = People()
    _aliases(texts, people)
    parsed = _prescan(paras, people)
    people.topic = topic(people, texts)
    stmts: list[_Stmt] = []
    events: list[_Event] = []
    for pi, para in enumerate(paras):
        direct = _direct(pi, para, people)
        dstarts = [d.start for d in direct]
        indirect = [s for s in _indirect(pi, para, people) if not _overlaps(s, direct, dstarts)]
        for st in direct + indirect:
            stmts.append(st)
            events.append(_Statement(pi, st.cue_pos, st))
        for pos, ph, back in _backrefs(pi, para, people):
            events.append(_BackReference(pi, pos, ph, back))
        spans = sorted((s.start, s.end) for s in direct + indirect)
        for pos, ph in _mentions(pi, para, people, parsed):
            if not any(a <= pos < b for a, b in spans):
                events.append(_Mention(pi, pos, ph))
    events.sort(key=_Event.order)
    done: list[_Stmt] = []
    for event in events:
        match event:
            case _Statement(statement=st):
                if st.phrase is not None and st.phrase.kind == "anaphor":
                    st.phrase = _introduced(st.phrase, texts, st.para)
                if st.phrase is not None:
                    st.speaker, st.role, _ = resolve(st.phrase, people)
                    st.resolved = st.phrase.kind != "none"
                done.append(st)
            case _Mention(phrase=ph):
                resolve(ph, people)  # a subject mention: only updates the current person
            case _BackReference(para=pi, pos=pos, phrase=ph, back=back):
                speaker, role, _ = resolve(ph, people)
                if back:
                    _attribute_back(done, pi, pos, speaker, role, paras, stmts, starts, texts)
    _inherit(stmts, paras, people)
    stmts.sort(key=lambda s: (s.para, s.start))
    quotes: list[Quote] = []
    seen: set[tuple[int, int]] = set()
    for st in stmts:
        key = (st.para, st.start)
        if key in seen:
            continue
        seen.add(key)
        off = starts[st.para]
        quotes.append(
            Quote(
                text=texts[st.para][st.start : st.end],
                speaker=st.speaker,
                role=st.role,
                cue=st.cue,
                direct=st.direct,
                paragraph=st.para,
                start=off + st.start,
                end=off + st.end,
            )
        )
    return quotes


def _overlaps(st: _Stmt, others: list[_Stmt], starts: list[int]) -> bool:
    """Whether ``st`` overlaps one of ``others`` (sorted, non-overlapping; ``starts`` their starts)."""
    i = bisect_right(starts, st.end - 1) - 1
    return i >= 0 and others[i].end > st.start


def _attribute_back(
    done: list[_Stmt],
    pi: int,
    pos: int,
    speaker: str | None,
    role: str | None,
    paras: list[_Para],
    stmts: list[_Stmt],
    starts: list[int],
    texts: list[str],
) -> None:
    """'Hal itu disampaikan X' names the speaker of the cue-less statement just before."""
    targets: list[_Stmt] = []
    for st in reversed(done):
        if st.para < pi - 1 or len(targets) > 20:
            break
        if not st.resolved:
            targets.append(st)
    if targets:
        for st in targets:
            st.speaker, st.role, st.resolved = speaker, role, True
            st.cue = st.cue or "disampaikan"
        return
    # Unquoted first-person speech in the previous sentence or paragraph becomes indirect.
    text = paras[pi].text
    sstart = paras[pi].sentence(pos)[0]
    if sstart > 0:
        prev_start = paras[pi].sentence(sstart - 1)[0]
        tp, s0, e0 = pi, prev_start, sstart
    elif pi > 0:
        tp, s0, e0 = pi - 1, 0, len(texts[pi - 1])
    else:
        return
    if any(st.para == tp and st.start < e0 and s0 < st.end for st in stmts[-50:]):
        return
    ptext = paras[tp].text if tp != pi else text
    if not _FIRST_PERSON.search(ptext, s0, e0):
        return
    s, e = strip_span(ptext, s0, e0, " \t\n,.;:")
    st = _Stmt(tp, s, e, False, "disampaikan", s, None, speaker=speaker, role=role, resolved=True)
    stmts.append(st)


def _inherit(stmts: list[_Stmt], paras: list[_Para], people: People) -> None:
    """Cue-less quote paragraphs take the speaker of their run of quotes (NOTES.md §3.2).

    A quote left open at a paragraph end continues in the next paragraph, so it takes the
    speaker of the piece that closes it; any other cue-less quote takes the previous attributed
    statement within two paragraphs, else the next direct quote in the following paragraph.
    """
    ordered = sorted(stmts, key=lambda s: (s.para, s.start))
    # Forward pass for open-ended chains, from the end so each chain is walked once.
    for idx in range(len(ordered) - 2, -1, -1):
        st, nxt = ordered[idx], ordered[idx + 1]
        if (
            not st.resolved
            and st.direct
            and st.span is not None
            and st.span.close_mark < 0
            and nxt.para == st.para + 1
            and nxt.direct
            and nxt.resolved
        ):
            st.speaker, st.role, st.cue, st.resolved = nxt.speaker, nxt.role, nxt.cue, True
    prev: _Stmt | None = None
    for idx, st in enumerate(ordered):
        if st.resolved:
            if st.speaker:
                prev = st
            continue
        if not st.direct:
            continue
        if prev is not None and st.para - prev.para <= 2:
            st.speaker, st.role, st.resolved = prev.speaker, prev.role, True
            continue
        after = next((o for o in ordered[idx + 1 : idx + 4] if o.resolved), None)
        if after is not None and after.direct and after.para - st.para <= 1:
            st.speaker, st.role = after.speaker, after.role
        elif prev is not None:
            st.speaker, st.role = prev.speaker, prev.role


__all__ = ["clean_name", "extract_quotes"]
