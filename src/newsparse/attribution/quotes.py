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

from ..arguments import checked_paragraphs
from ..lang import id as lang
from ..models import Quote
from ..text import words_pattern
from .marks import QuoteSpan, pair_marks
from .speakers import People, Phrase, clean_name, could_head_role, is_role_head, parse_after, parse_before
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
_MAX_SENTENCE = 600
_CAPWORD = re.compile(r"[A-Z](?<![\w-].)[\w.-]*")
_CLAUSE_START = re.compile(r"(?:, |-- |- |– |— |\| )")  # each branch led by a plain character: fast search
_ANY_MARK = re.compile("[" + re.escape(lang.QUOTE_MARKS) + "]")
_WORDS3 = re.compile(r"\S+\s+\S+\s+\S")


def _enough_words(text: str, start: int, end: int) -> bool:
    """At least three words in text[start:end], looking at a bounded prefix only."""
    return _WORDS3.match(text, start, min(end, start + 200)) is not None


def _first_mark(text: str, start: int, end: int) -> int:
    m = _ANY_MARK.search(text, start, end)
    return m.start() if m else -1


_FIRST_PERSON = re.compile(r"\b(?:saya|kami|kita|aku)\b", re.IGNORECASE)


@dataclass
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


def _subject_phrase(text: str, start: int, verb_start: int, people: People) -> Phrase:
    ph = parse_after(text, start, people, verb_start - start)
    words = text[start:verb_start].strip(" ,")
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
    for conj in ("bahwa ", "kalau ", "jika "):
        if low.startswith(conj):
            i += len(conj)
            marked = True
            break
    if not marked and verb not in lang.CLAUSE_VERBS:
        return None
    if not marked and (low.startswith("hal ") or (low.startswith("dirinya") is False and low[:1] == "")):
        return None
    if low.startswith("hal ") or low.startswith("kepada") or low.startswith("di "):
        return None
    end = send
    credit = text.find("(Laporan", i, end)
    if credit >= 0:
        end = credit
    q = _first_mark(text, i, end)
    if q >= 0:
        if q - i < 15:
            return None  # the content is a direct quote: a pre-quote cue, handled there
        end = q
    s, e = strip_span(text, i, end, " \t\n,.;:")
    if not _enough_words(text, s, e):
        return None
    return s, e


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
        pre = _pre_cue(text, span, floor, people) if span.open_mark >= 0 else None
        cue: tuple[str, int, Phrase] | None = post
        if pre is not None and (post is None or post[2].kind in {"pronoun", "none"}):
            cue = (post[0], post[1], pre[2]) if post is not None else pre
        if cue is None:
            # A cue-less quote only when it stands as a sentence of its own (not a title or a
            # scare quote inside a sentence) and reads as speech.
            k = span.open_mark - 1
            while k >= 0 and k > span.open_mark - 50 and text[k].isspace():
                k -= 1
            starts_sentence = span.open_mark <= 0 or k < 0 or text[k] in ".!?:;)"
            if not starts_sentence or not _enough_words(text, s, e):
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
    for m in _FRONT.finditer(text):
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
    for m in _BACKREF.finditer(para.text):
        ph = parse_after(para.text, m.end(), people)
        if ph.kind == "none":
            continue
        forward = any(w in m.group() for w in ("senada", "serupa", "sama"))
        out.append((m.start(), ph, not forward))
    return out


def _resolve(ph: Phrase | None, people: People) -> tuple[str | None, str | None, bool]:
    """(speaker, role, named) for a phrase, updating the people of the article."""
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
        return None, ph.role, False
    if ph.kind == "pronoun":
        last = people.last
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
    return None, ph.role, False


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
            if m.start() < done_to or not could_head_role(w) or para.in_quote(m.start()):
                continue
            words = text[m.start() : m.start() + 60].split()
            if is_role_head(words):
                ph = parse_after(text, m.start(), None)
                parsed[pi, m.start()] = ph
                done_to = ph.end
                if ph.kind == "name" and ph.name and ph.role and len(ph.name.split()) >= 2:
                    people.add(ph.name, ph.role)
    return parsed


def _mentions(
    pi: int, para: _Para, people: People, parsed: dict[tuple[int, int], Phrase]
) -> list[tuple[int, Phrase]]:
    """Known people named as the subject of a sentence or clause: they become the referent of a
    later "katanya" or "ia" ("Saat dikonfirmasi, Eri Cahyadi masih enggan berkomentar.")."""
    text = para.text
    starts = list(para.bounds)
    starts += [m.end() for m in _CLAUSE_START.finditer(text)]
    out: list[tuple[int, Phrase]] = []
    known = people.first_words()
    for pos in sorted(set(starts)):
        if pos >= len(text) or not text[pos].isupper():
            continue
        first = WORD.match(text, pos)
        if first is None or (first.group().lower() not in known and not could_head_role(first.group())):
            continue
        if para.in_quote(pos):
            continue
        ph = parsed.get((pi, pos)) or parse_after(text, pos, people, 120)
        if ph.kind != "name" or not ph.name or not people.known(ph.name):
            continue
        nxt = text[ph.end : ph.end + 2]
        if nxt[:1] == " " and nxt[1:2].islower():
            out.append((pos, ph))
    return out


def extract_quotes(paragraphs: str | Sequence[str]) -> list[Quote]:
    """Quotes in ``paragraphs`` (offsets into ``"\\n\\n".join(paragraphs)``)."""
    paragraphs = checked_paragraphs(paragraphs)
    texts = as_paragraphs(paragraphs)
    starts = paragraph_starts(texts)
    paras = [_Para(t) for t in texts]
    people = People()
    parsed = _prescan(paras, people)
    stmts: list[_Stmt] = []
    events: list[tuple[int, int, int, object]] = []  # (para, pos, order, payload)
    for pi, para in enumerate(paras):
        direct = _direct(pi, para, people)
        dstarts = [d.start for d in direct]
        indirect = [s for s in _indirect(pi, para, people) if not _overlaps(s, direct, dstarts)]
        for st in direct + indirect:
            stmts.append(st)
            events.append((pi, st.cue_pos, 1, st))
        for pos, ph, back in _backrefs(pi, para, people):
            events.append((pi, pos, 0, (ph, back)))
        spans = sorted((s.start, s.end) for s in direct + indirect)
        for pos, ph in _mentions(pi, para, people, parsed):
            if not any(a <= pos < b for a, b in spans):
                events.append((pi, pos, 0, ph))
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    done: list[_Stmt] = []
    for pi, pos, _, payload in events:
        if isinstance(payload, _Stmt):
            st = payload
            if st.phrase is not None:
                st.speaker, st.role, _ = _resolve(st.phrase, people)
                st.resolved = st.phrase.kind != "none"
            done.append(st)
            continue
        if isinstance(payload, Phrase):
            _resolve(payload, people)  # a subject mention: only updates the current person
            continue
        ph, back = payload  # type: ignore[misc]
        speaker, role, _ = _resolve(ph, people)
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
