"""PFSA-ID (dev-20 split) entity-level F1, seqeval-style exact spans, computed here.

The corpus is read from ``../shared/quotes/pfsa-id/dev-20.txt`` at run time (CC BY-NC-SA:
evaluation only, never copied into the project). Steps, as ABOUT.md asks:

1. split documents at the "<PLACE> , KOMPAS.com —" opening sentence;
2. move an opening quote mark that the sentence splitter left at the end of the previous sentence
   back to the start of the next one;
3. rebuild paragraphs: a new paragraph at a sentence boundary unless a quote is still open;
4. detokenise, keeping each token's character span; run ``extract_quotes``;
5. map predictions back to tokens: STATEMENT = the direct quote with its marks (gold includes
   them); CUE / CUECOREF = the cue word ("kata" / "katanya"); the speaker phrase after the cue gives
   PERSON (first mention of the name in the document) or PERSONCOREF (a later mention, a pronoun
   or "<jabatan> itu") and ROLE.
Gold entities come from the BILOU tags. A predicted entity counts only with identical label and
token span. Only public figures' direct statements are tagged, so precision is a lower bound.
"""

from __future__ import annotations

import re
from collections import Counter

import corpus
from metric import same_speaker

from newsparse import extract_quotes
from newsparse.attribution.speakers import parse_after
from newsparse.lang import id as lang

MARKS = set('"“”„‟«»')
NO_SPACE_BEFORE = set(",.;:!?)]}%")
NO_SPACE_AFTER = set("([{")
LABELS = ("STATEMENT", "CUE", "CUECOREF", "PERSON", "PERSONCOREF", "ROLE")
PUBLISHED = {  # NOTES.md §1: nayarasaffa/Quotes-Extraction, direct-quote model, per-label F1
    "PERSON": 79.6,
    "PERSONCOREF": 89.2,
    "ROLE": 62.2,
    "CUE": 95.3,
    "CUECOREF": 90.8,
    "STATEMENT": 81.9,
}
BASELINE_ISSUE = {"STATEMENT": 90, "CUE": 91, "PERSONCOREF": 87, "PERSON": 56, "ROLE": 0}


def read_sentences(path: str) -> list[list[tuple[str, str]]]:
    sents: list[list[tuple[str, str]]] = [[]]
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if sents[-1]:
                    sents.append([])
                continue
            tok, _, tag = line.partition("\t")
            sents[-1].append((tok, tag or "O"))
    return [s for s in sents if s]


def documents(sents: list[list[tuple[str, str]]]) -> list[list[list[tuple[str, str]]]]:
    docs: list[list[list[tuple[str, str]]]] = []
    for s in sents:
        head = [t for t, _ in s[:6]]
        if not docs or (any(t.upper().startswith("KOMPAS") for t in head[:4]) and any(t in "—–-" for t in head)):
            docs.append([])
        docs[-1].append(s)
    return docs


def fix_marks(doc: list[list[tuple[str, str]]]) -> list[list[tuple[str, str]]]:
    """Move a trailing opening mark ("… . ”") to the start of the next sentence."""
    out = [list(s) for s in doc]
    for i in range(len(out) - 1):
        s = out[i]
        if len(s) >= 2 and s[-1][0] in MARKS and s[-2][0] in ".?!":
            inside = sum(1 for t, _ in s[:-1] if t in MARKS) % 2 == 1
            if not inside:
                out[i + 1].insert(0, s.pop())
    return out


def paragraphs(doc: list[list[tuple[str, str]]]) -> list[list[tuple[str, str]]]:
    paras: list[list[tuple[str, str]]] = []
    open_q = False
    for s in doc:
        if not paras or not open_q:
            paras.append([])
        paras[-1].extend(s)
        for t, _ in s:
            if t in MARKS:
                open_q = not open_q
    return paras


def detok(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    out = ""
    spans: list[tuple[int, int]] = []
    open_q = False
    glue_next = True
    for tok in tokens:
        is_mark = tok in MARKS
        closing = is_mark and open_q
        space = not glue_next and not (tok in NO_SPACE_BEFORE or closing or tok == "-")
        if space:
            out += " "
        spans.append((len(out), len(out) + len(tok)))
        out += tok
        glue_next = tok in NO_SPACE_AFTER or (is_mark and not open_q) or tok == "-"
        if is_mark:
            open_q = not open_q
    return out, spans


def gold_entities(tags: list[str]) -> set[tuple[str, int, int]]:
    ents: set[tuple[str, int, int]] = set()
    start = -1
    for i, tag in enumerate(tags):
        if tag == "O":
            start = -1
            continue
        pre, _, label = tag.partition("-")
        if pre == "U":
            ents.add((label, i, i))
        elif pre == "B":
            start = i
        elif pre == "L" and start >= 0:
            ents.add((label, start, i))
            start = -1
    return ents


def _tokens_in(spans: list[tuple[int, int]], base: int, s: int, e: int) -> tuple[int, int] | None:
    idx = [base + i for i, (a, b) in enumerate(spans) if a >= s and b <= e]
    return (idx[0], idx[-1]) if idx else None


def predict(paras_tok: list[list[tuple[str, str]]]) -> set[tuple[str, int, int]]:
    return predict_with_speakers(paras_tok)[0]


def predict_with_speakers(
    paras_tok: list[list[tuple[str, str]]],
) -> tuple[set[tuple[str, int, int]], list[tuple[int, int, str | None]]]:
    """Entities as :func:`predict`, and each direct quote's token span with newsparse's speaker."""
    texts: list[str] = []
    spans: list[list[tuple[int, int]]] = []
    bases: list[int] = []
    n = 0
    for p in paras_tok:
        t, sp = detok([tok for tok, _ in p])
        texts.append(t)
        spans.append(sp)
        bases.append(n)
        n += len(p)
    starts = []
    pos = 0
    for t in texts:
        starts.append(pos)
        pos += len(t) + 2
    joined = "\n\n".join(texts)
    ents: set[tuple[str, int, int]] = set()
    quoted: list[tuple[int, int, str | None]] = []
    seen_names: set[str] = set()
    for q in extract_quotes(texts):
        if not q.direct:
            continue
        pi = q.paragraph
        text, off = texts[pi], starts[pi]
        s, e = q.start - off, q.end - off
        a = s - 1
        while a >= 0 and text[a] == " ":
            a -= 1
        b = e
        while b < len(text) and text[b] in " ,.?!":
            b += 1
        if a >= 0 and text[a] in MARKS:
            s = a
        if b < len(text) and text[b] in MARKS:
            e = b + 1
        st = _tokens_in(spans[pi], bases[pi], s, e)
        if st:
            ents.add(("STATEMENT", *st))
            quoted.append((st[0], st[1], q.speaker))
        if not q.cue:
            continue
        # The cue: right after the closing mark, or before the opening mark.
        win_s, win_e = max(0, s - 120), min(len(text), e + 25)
        m = None
        for mm in re.finditer(r"(?<!\w)" + re.escape(q.cue) + r"(?!\w)", text[win_s:win_e], re.IGNORECASE):
            m = mm
            if win_s + mm.start() >= e:
                break
        if m is None:
            continue
        c0, c1 = win_s + m.start(), win_s + m.end()
        ct = _tokens_in(spans[pi], bases[pi], c0, c1)
        if ct:
            ents.add(("CUECOREF" if q.cue.lower().endswith("nya") else "CUE", *ct))
        if c0 < e or q.cue.lower().endswith("nya"):
            continue
        ph = parse_after(text, c1 + 1, None)
        if ph.kind in {"pronoun", "anaphor"}:
            pt = _tokens_in(spans[pi], bases[pi], ph.start, ph.end)
            if pt:
                ents.add(("PERSONCOREF", *pt))
        elif ph.kind in {"name", "role"}:
            seg = text[ph.start : ph.end]
            if ph.name:
                first = ph.name.split()[0]
                k = seg.find(first)
                if k >= 0:
                    ns = ph.start if not ph.role else ph.start + k  # keep a rank: "Irjen Fadil"
                    ne = ph.start + seg.rfind(ph.name.split()[-1]) + len(ph.name.split()[-1])
                    pt = _tokens_in(spans[pi], bases[pi], ns, ne)
                    earlier = ph.name.split()[-1] in joined[: off + ns]
                    if pt and earlier:
                        ents.add(("PERSONCOREF", *pt))
            if ph.role:
                k = seg.find(ph.role)
                if k >= 0:
                    rt = _tokens_in(spans[pi], bases[pi], ph.start + k, ph.start + k + len(ph.role))
                    if rt:
                        ents.add(("ROLE", *rt))
        if q.speaker and q.speaker not in seen_names:
            seen_names.add(q.speaker)
            first = _first_mention(texts, q.speaker)
            if first is not None:
                fp, fs, fe = first
                pt = _tokens_in(spans[fp], bases[fp], fs, fe)
                if pt:
                    ents.add(("PERSON", *pt))
    return ents, quoted


_COREF_WORDS = {"dia", "ia", "beliau", "nya"} | set(lang.DEMONSTRATIVES)


def gold_links(
    tokens: list[str], gold: set[tuple[str, int, int]]
) -> list[tuple[int, int, str | None]]:
    """For each gold STATEMENT: its token span and the gold PERSON it is attributed to.

    PFSA-ID marks entities, not links, so the link is rebuilt from the annotation, never from
    newsparse: the attribution of a statement is the nearest PERSON or PERSONCOREF mention within
    25 tokens of it and not past another statement (a CUECOREF "katanya" alone counts as a pronoun).
    A PERSONCOREF that shares a word with an earlier PERSON ("Lavrov" -> "Sergei Lavrov") resolves
    to that PERSON; a pronoun or "<jabatan> itu" resolves to the PERSON of the previous statement,
    else to the latest PERSON mention. None when no person can be found.
    """
    ents = sorted(gold, key=lambda e: e[1])
    statements = [e for e in ents if e[0] == "STATEMENT"]
    people = [e for e in ents if e[0] in {"PERSON", "PERSONCOREF", "CUECOREF"}]
    persons = [e for e in ents if e[0] == "PERSON"]
    out: list[tuple[int, int, str | None]] = []
    previous: str | None = None
    for si, (_, s, e) in enumerate(statements):
        lo = statements[si - 1][2] if si > 0 else -1
        hi = statements[si + 1][1] if si + 1 < len(statements) else len(tokens)
        near = [p for p in people if lo < p[1] < hi and (s - 25 <= p[1] <= e + 25) and not (s <= p[1] <= e)]
        if not near:
            out.append((s, e, None))
            continue
        lab, ps, pe = min(near, key=lambda p: min(abs(p[1] - e), abs(p[1] - s)))
        words = [t for t in tokens[ps : pe + 1]]
        name: str | None
        if lab == "PERSON":
            name = " ".join(words)
        else:
            name = _resolve_coref(tokens, persons, people, lab, ps, pe)
            if name is None:
                name = previous
        previous = name or previous
        out.append((s, e, name))
    return out


def _resolve_coref(
    tokens: list[str],
    persons: list[tuple[str, int, int]],
    mentions: list[tuple[str, int, int]],
    label: str,
    start: int,
    end: int,
) -> str | None:
    """The PERSON a PERSONCOREF or CUECOREF mention refers to (see :func:`gold_links`)."""

    def words(x: tuple[str, int, int]) -> set[str]:
        return {t.lower() for t in tokens[x[1] : x[2] + 1]} - _COREF_WORDS

    def person_of(x: tuple[str, int, int]) -> str | None:
        if x[0] == "PERSON":
            return " ".join(tokens[x[1] : x[2] + 1])
        match = [p for p in persons if p[2] < x[1] and words(x) & words(p)]
        return " ".join(tokens[match[-1][1] : match[-1][2] + 1]) if match else None

    if label == "PERSONCOREF" and words((label, start, end)):
        found = person_of((label, start, end))
        if found is not None:
            return found
    # A pronoun, "-nya" or "<jabatan> itu": the latest named mention before it.
    for x in reversed([m for m in mentions if m[2] < start and m[0] != "CUECOREF"]):
        found = person_of(x)
        if found is not None:
            return found
    return None


_RANK_WORDS = {
    w.lower() for w in ("Ajun", "Komisaris", "Besar", "Jenderal", "Polisi", "Inspektur", "Brigadir", "Kepala", "Ajun")
} | set(lang.RANKS)


def _first_mention(texts: list[str], name: str) -> tuple[int, int, int] | None:
    """Paragraph, start and end of the first full mention of ``name``, with a rank before it."""
    for pi, t in enumerate(texts):
        k = t.find(name)
        if k < 0:
            continue
        start = k
        while True:
            m = re.search(r"(\S+) $", t[max(0, start - 30) : start])
            if m is None or m.group(1).lower().strip(".") not in _RANK_WORDS:
                break
            start -= len(m.group(1)) + 1
        return pi, start, k + len(name)
    return None


def main() -> None:
    if not corpus.PFSA_DEV.exists():
        print(f"[skip] PFSA-ID not found at {corpus.PFSA_DEV}")
        return
    sents = read_sentences(str(corpus.PFSA_DEV))
    docs = documents(sents)
    unannotated: Counter[str] = Counter()
    tp: Counter[str] = Counter()
    npred: Counter[str] = Counter()
    ngold: Counter[str] = Counter()
    link_n = link_found = link_with_person = link_ok = 0
    for doc in docs:
        fixed = fix_marks(doc)
        paras = paragraphs(fixed)
        tags = [tag for p in paras for _, tag in p]
        gold = {e for e in gold_entities(tags) if e[0] in LABELS}
        pred, quoted = predict_with_speakers(paras)
        tokens = [t for p in paras for t, _ in p]
        for gs, ge, person in gold_links(tokens, gold):
            link_n += 1
            best = max(quoted, key=lambda q: min(q[1], ge) - max(q[0], gs), default=None)
            if best is None or min(best[1], ge) - max(best[0], gs) < 0:
                continue
            link_found += 1
            if person is not None:
                link_with_person += 1
                link_ok += same_speaker(person, best[2])
        for lab in LABELS:
            g = {e for e in gold if e[0] == lab}
            p = {e for e in pred if e[0] == lab}
            tp[lab] += len(g & p)
            unannotated[lab] += sum(1 for e in p - g if not any(x[1] <= e[2] and e[1] <= x[2] for x in g))
            npred[lab] += len(p)
            ngold[lab] += len(g)
    print(f"== PFSA-ID dev-20: {len(docs)} documents, {len(sents)} sentences (entity-level, exact span)")
    print(f"  {'label':<22} {'P':>6} {'R':>6} {'F1':>6}   gold  pred   published F1 (per label) / issue baseline")
    groups = [(lab, (lab,)) for lab in LABELS] + [
        ("CUE+CUECOREF", ("CUE", "CUECOREF")),
        ("PERSON+PERSONCOREF", ("PERSON", "PERSONCOREF")),
    ]
    for name, labs in groups:
        t = sum(tp[x] for x in labs)
        p_ = sum(npred[x] for x in labs)
        g_ = sum(ngold[x] for x in labs)
        P = t / p_ if p_ else 0.0
        R = t / g_ if g_ else 0.0
        F = 2 * P * R / (P + R) if P + R else 0.0
        pub = PUBLISHED.get(name, "")
        base = BASELINE_ISSUE.get(name, "")
        print(f"  {name:<22} {P:6.3f} {R:6.3f} {F:6.3f}  {g_:5d} {p_:5d}   {pub!s:>6} / {base!s:>3}")
    print("  Diagnostic: false positives that overlap no gold entity at all (mostly quotes by people PFSA-ID")
    print("  does not annotate: only public figures' statements are tagged), and P with those left out:")
    for lab in ("STATEMENT", "CUE", "CUECOREF", "PERSONCOREF"):
        fp = npred[lab] - tp[lab]
        kept = npred[lab] - unannotated[lab]
        print(
            f"    {lab:<12} {unannotated[lab]:4d} of {fp:4d} false positives;  P without them {tp[lab] / kept if kept else 0:.3f}"
        )
    print("  (published overall: BiLSTM-CRF 82.03, BLWCA 81.34, TWCA 81.01 F1 over all 11 labels)")
    print("  Speaker linking (docs/benchmarks.rst): for each gold STATEMENT, is newsparse's speaker the gold PERSON")
    print("  of that attribution (PERSONCOREF resolved to its PERSON)? The PFSA-ID papers report no such number.")
    print(
        f"    statements {link_n}; found by newsparse {link_found}; with a gold person {link_with_person}; "
        f"speaker right {link_ok}"
    )
    print(
        f"    speaker linking accuracy {link_ok / link_with_person if link_with_person else 0:.3f} (found statements"
        f" with a gold person);  end to end {link_ok / link_n if link_n else 0:.3f} (all statements)"
    )
