"""Benchmark for quotes and sources (issue 3). One command: ``python benchmarks/attribution/run.py``.

Reads the real texts and PFSA-ID from ``../shared`` (skips those parts, saying why, when absent),
scores newsparse and the naive baseline with NOTES.md §4.2, then PFSA-ID entity F1 and speed.
"""

from __future__ import annotations

import json
import sys
import zlib
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "src"))

import baseline  # noqa: E402
import blind  # noqa: E402
import corpus  # noqa: E402
from metric import Span, match, prf, same_speaker  # noqa: E402
from own_cases import CASES  # noqa: E402

from newsparse import extract_quotes, extract_sources  # noqa: E402
from newsparse.attribution.sources import lookup_outlet  # noqa: E402


def _docs() -> tuple[dict[str, list[str]], list[Span], list[tuple[str, int, str, str]], set[str]]:
    """Documents (id -> paragraphs), gold quotes, gold sources (doc, para, name, cue), trap docs."""
    docs: dict[str, list[str]] = {}
    gq: list[Span] = []
    gs: list[tuple[str, int, str, str]] = []
    traps: set[str] = set()
    texts = corpus.load_texts()
    if texts:
        gold = json.loads((HERE / "gold_tribun.json").read_text(encoding="utf-8"))
        for name, paras in texts.items():
            docs["real/" + name] = paras
        for q in gold["quotes"]:
            paras = texts[q["file"]]
            base = sum(len(p) + 2 for p in paras[: q["para"]])
            span = paras[q["para"]][q["start"] : q["end"]]
            if zlib.crc32(span.encode()) != q["crc"]:
                raise SystemExit(f"gold drift in {q['file']} paragraph {q['para']}: texts changed?")
            gq.append(
                Span(
                    "real/" + q["file"],
                    base + q["start"],
                    base + q["end"],
                    q["direct"],
                    q["speaker"],
                    q["cue"],
                    q["coref"],
                    {"role": q["role"]},
                )
            )
        for s in gold["sources"]:
            gs.append(("real/" + s["file"], s["para"], s["name"], s["cue"]))
    else:
        print(f"[skip] real texts not found at {corpus.TEXTS}: scoring own sentences only")
    for i, case in enumerate(CASES):
        doc = f"own/{i:02d}"
        paras = case["paragraphs"]
        docs[doc] = paras
        if case.get("trap"):
            traps.add(doc)
        for pi, content, speaker, direct, coref in case.get("quotes", []):
            base = sum(len(p) + 2 for p in paras[:pi])
            s = paras[pi].index(content)
            gq.append(Span(doc, base + s, base + s + len(content), direct, speaker, None, coref))
        for pi, _written, name in case.get("sources", []):
            gs.append((doc, pi, name, ""))
    return docs, gq, gs, traps


def _blind_docs() -> tuple[dict[str, list[str]], list[Span], list[tuple[str, int, str, str]], list[dict[str, object]]]:
    """The blind gold (``gold_blind_tribun.json``, see blind.py): documents, quotes, sources, unmapped."""
    data = blind.load()
    if data is None:
        return {}, [], [], []
    docs: dict[str, list[str]] = {}
    gq: list[Span] = []
    gs: list[tuple[str, int, str, str]] = []
    for file in data["files"]:
        try:
            docs["blind/" + file] = blind.paragraphs_of(file)
        except FileNotFoundError:
            print(f"[skip] blind gold file {file}: its text is not available here")
    for q in data["quotes"]:
        doc = "blind/" + q["file"]
        if doc not in docs:
            continue
        paras = docs[doc]
        span = paras[q["para"]][q["start"] : q["end"]]
        if zlib.crc32(span.encode()) != q["crc"]:
            raise SystemExit(f"blind gold drift in {q['file']} paragraph {q['para']}: texts changed?")
        base = sum(len(p) + 2 for p in paras[: q["para"]])
        extra = {"role": q["role"], "mention": q.get("speaker_mention")}
        gq.append(Span(doc, base + q["start"], base + q["end"], q["direct"], q["speaker"], q["cue"], q["coref"], extra))
    for src in data["sources"]:
        if "blind/" + src["file"] in docs:
            gs.append(("blind/" + src["file"], src["para"], src["name"], src["cue"] or ""))
    return docs, gq, gs, data.get("unmapped", [])


def blind_scores(all_lines: bool = False) -> dict[str, object] | None:
    """newsparse on the blind gold; None when it is absent.

    Predictions on the paragraphs the annotators declared chrome (``chrome_lines``: deck and
    subtitle copies, captions that ``split_page_text`` keeps) are left out unless ``all_lines``.
    """
    docs, gq, gs, unmapped = _blind_docs()
    if not docs:
        return None
    pq, ps = _predict(docs)
    data = blind.load() or {}
    if not all_lines:
        chrome = {("blind/" + c["file"], c["para"]) for c in data.get("chrome_lines", [])}
        para_of = {d: _para_starts(p) for d, p in docs.items()}
        pq = [p for p in pq if (p.doc, _para_index(para_of[p.doc], p.start)) not in chrome]
        ps = [s for s in ps if (s[0], s[1]) not in chrome]
    res = score(docs, gq, pq)
    res["sources"] = _source_scores(gs, ps, set())
    res["_docs"] = docs
    res["_gold"] = gq
    res["_pred"] = pq
    res["_unmapped"] = unmapped
    return res


def _para_starts(paras: list[str]) -> list[int]:
    out, pos = [], 0
    for p in paras:
        out.append(pos)
        pos += len(p) + 2
    return out


def _para_index(starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return bisect_right(starts, offset) - 1


def _predict(docs: dict[str, list[str]]) -> tuple[list[Span], list[tuple[str, int, str, str]]]:
    pq: list[Span] = []
    ps: list[tuple[str, int, str, str]] = []
    for doc, paras in docs.items():
        for q in extract_quotes(paras):
            pq.append(Span(doc, q.start, q.end, q.direct, q.speaker, q.cue, False, {"role": q.role}))
        for s in extract_sources(paras):
            ps.append((doc, s.paragraph or 0, s.name, s.cue or ""))
    return pq, ps


def _predict_baseline(docs: dict[str, list[str]]) -> tuple[list[Span], list[tuple[str, int, str, str]]]:
    pq: list[Span] = []
    ps: list[tuple[str, int, str, str]] = []
    for doc, paras in docs.items():
        for s, e, direct, spk, cue in baseline.quotes(paras):
            pq.append(Span(doc, s, e, direct, spk, cue))
        for pi, written in baseline.sources(paras):
            found = lookup_outlet(written)
            ps.append((doc, pi, found[0] if found else written, ""))
    return pq, ps


def _source_scores(
    gold: list[tuple[str, int, str, str]], pred: list[tuple[str, int, str, str]], traps: set[str]
) -> dict[str, float]:
    g = Counter((d, p, n.lower()) for d, p, n, _ in gold if d not in traps)
    p = Counter((d, pi, n.lower()) for d, pi, n, _ in pred if d not in traps)
    tp = sum((g & p).values())
    P, R, F = prf(tp, sum(p.values()), sum(g.values()))
    false_traps = sum(1 for d, *_ in pred if d in traps)
    cue_ok = sum(
        1
        for d, pi, n, c in gold
        if c and any((d, pi, n.lower()) == (d2, p2, n2.lower()) and c == c2 for d2, p2, n2, c2 in pred)
    )
    cue_n = sum(1 for *_, c in gold if c)
    return {
        "P": P,
        "R": R,
        "F1": F,
        "tp": tp,
        "gold": sum(g.values()),
        "pred": sum(p.values()),
        "false_on_traps": false_traps,
        "cue_acc": cue_ok / cue_n if cue_n else 0.0,
    }


def score(docs: dict[str, list[str]], gq: list[Span], pq: list[Span]) -> dict[str, object]:
    texts = {d: "\n\n".join(p) for d, p in docs.items()}
    res: dict[str, object] = {}
    pairs = match(gq, pq, texts)
    for kind, direct in (("direct", True), ("indirect", False)):
        ng = sum(1 for g in gq if g.direct == direct)
        npred = sum(1 for p in pq if p.direct == direct)
        for label, ok in (
            ("exact", lambda ov, ex: ex),
            ("0.8", lambda ov, ex: ov >= 0.8),
            ("0.3", lambda ov, ex: ov >= 0.3),
        ):
            tp = sum(1 for g, p, ov, ex in pairs if g.direct == direct and ok(ov, ex))
            res[f"{kind} F1 @{label}"] = prf(tp, npred, ng)
        res[f"{kind} n"] = (ng, npred)
    matched = [(g, p) for g, p, ov, ex in pairs if ov >= 0.3]
    spk = [speaker_ok(g, p) for g, p in matched]
    cor = [speaker_ok(g, p) for g, p in matched if g.coref]
    non = [speaker_ok(g, p) for g, p in matched if not g.coref]
    res["speaker acc"] = (sum(spk) / len(spk) if spk else 0.0, len(spk))
    res["speaker acc -nya/pronoun"] = (sum(cor) / len(cor) if cor else 0.0, len(cor))
    res["speaker acc other"] = (sum(non) / len(non) if non else 0.0, len(non))
    roles = [_same_role(g.extra.get("role"), p.extra.get("role")) for g, p in matched if g.extra.get("role")]
    res["role acc (gold role set)"] = (sum(roles) / len(roles) if roles else 0.0, len(roles))
    cues = [(g.cue or "").lower() == (p.cue or "").lower() for g, p in matched if g.cue]
    res["cue acc"] = (sum(cues) / len(cues) if cues else 0.0, len(cues))
    for label, direct in (("all", None), ("direct", True)):
        gsel = [g for g in gq if direct is None or g.direct == direct]
        psel = [p for p in pq if direct is None or p.direct == direct]
        tp = sum(
            1
            for g, p, ov, ex in pairs
            if ov >= 0.8 and speaker_ok(g, p) and (direct is None or g.direct == direct)
        )
        res[f"end-to-end F1 ({label})"] = prf(tp, len(psel), len(gsel))
    res["_pairs"] = pairs
    return res


def speaker_ok(g: Span, p: Span) -> bool:
    """NOTES.md §4.2.3: the canonical speaker, or the gold ``speaker_mention`` when one is given."""
    mention = g.extra.get("mention")
    return same_speaker(g.speaker, p.speaker) or (
        isinstance(mention, str) and p.speaker is not None and same_speaker(mention, p.speaker)
    )


def _same_role(gold: object, pred: object) -> bool:
    """Roles match when one contains the other after lowercasing and squeezing spaces."""
    if not isinstance(gold, str) or not isinstance(pred, str):
        return False
    g, p = " ".join(gold.lower().split()), " ".join(pred.lower().split())
    return g in p or p in g


def _fmt(v: object) -> str:
    if isinstance(v, tuple) and len(v) == 3 and all(isinstance(x, float) for x in v):
        return f"P {v[0]:.3f}  R {v[1]:.3f}  F1 {v[2]:.3f}"
    if isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], float):
        return f"{v[0]:.3f}  (n={v[1]})"
    if isinstance(v, tuple):
        return f"gold {v[0]}, predicted {v[1]}"
    return str(v)


def _failures(docs: dict[str, list[str]], gq: list[Span], pq: list[Span], pairs: list, limit: int = 25) -> None:
    matched_g = {id(g) for g, p, ov, ex in pairs if ov >= 0.8}
    matched_p = {id(p) for g, p, ov, ex in pairs if ov >= 0.8}
    print("\nFailing cases (gold location only for real texts; text stays in ../shared):")
    n = 0
    for g in gq:
        if id(g) not in matched_g and n < limit:
            print(f"  MISSED  {'D' if g.direct else 'I'} {g.doc} @{g.start} speaker={g.speaker!r} cue={g.cue!r}")
            n += 1
    for g, p, ov, _ in pairs:
        if ov >= 0.3 and not speaker_ok(g, p) and n < limit * 2:
            print(f"  SPEAKER {'D' if g.direct else 'I'} {g.doc} @{g.start} gold={g.speaker!r} got={p.speaker!r}")
            n += 1
    for p in pq:
        if id(p) not in matched_p and n < limit * 3:
            print(
                f"  EXTRA   {'D' if p.direct else 'I'} {p.doc} @{p.start} speaker={p.speaker!r} cue={p.cue!r}"
                f" len={p.end - p.start}"
            )
            n += 1


def main() -> None:
    docs, gq, gs, traps = _docs()
    n_real = sum(1 for g in gq if g.doc.startswith("real/"))
    print(
        f"Gold: {len(gq)} quotes ({n_real} on real texts, {sum(g.direct for g in gq)} direct), "
        f"{len(gs)} sources, {len(traps)} trap cases, {len(docs)} documents\n"
    )
    rows: dict[str, dict[str, object]] = {}
    for system, fn in (("newsparse", _predict), ("baseline", _predict_baseline)):
        pq, ps = fn(docs)
        res = score(docs, gq, pq)
        res["sources"] = _source_scores(gs, ps, traps)
        rows[system] = res
        if system == "newsparse":
            real_docs = {d: p for d, p in docs.items() if d.startswith("real/")}
            if real_docs:
                rr = score(
                    real_docs,
                    [g for g in gq if g.doc.startswith("real/")],
                    [p for p in pq if p.doc.startswith("real/")],
                )
                rows["newsparse (real texts only)"] = rr
            failing = (gq, pq, res["_pairs"])
    blind_res = blind_scores()
    if blind_res is None:
        print(f"[skip] blind gold: {blind.GOLD.name} or the shared texts are absent")
    else:
        rows["newsparse on the BLIND gold (annotators never saw the code)"] = blind_res
        every_line = blind_scores(all_lines=True)
        if every_line is not None:
            rows["  … BLIND gold, predictions on the annotators' chrome lines counted too"] = every_line
    keys = [k for k in rows["newsparse"] if not k.startswith("_") and k != "sources"]
    width = max(len(k) for k in keys) + 2
    for system, res in rows.items():
        print(f"== {system}")
        for k in keys:
            if k in res:
                print(f"  {k:<{width}} {_fmt(res[k])}")
        if "sources" in res:
            s = res["sources"]
            print(
                f"  {'source P/R/F1':<{width}} P {s['P']:.3f}  R {s['R']:.3f}  F1 {s['F1']:.3f}"
                f"  (gold {s['gold']}, predicted {s['pred']})"
            )
            print(f"  {'source cue acc (real)':<{width}} {s['cue_acc']:.3f}")
            print(f"  {'false sources on traps':<{width}} {s['false_on_traps']}")
        print()
    _failures(docs, *failing)
    if blind_res is not None:
        unmapped = blind_res["_unmapped"]
        assert isinstance(unmapped, list)
        print(f"\nBlind gold: {len(unmapped)} annotations on lines split_page_text drops (not scored):")
        for u in unmapped:
            print(f"  {u['kind']} {u['file']} @{u['start']}-{u['end']}: {u['why']}")
        if "--blind-failures" in sys.argv:
            _failures(blind_res["_docs"], blind_res["_gold"], blind_res["_pred"], blind_res["_pairs"], limit=400)
    if "--no-pfsa" not in sys.argv:
        import pfsa

        pfsa.main()
    if "--no-speed" not in sys.argv:
        import speed

        speed.main(docs)


if __name__ == "__main__":
    main()
