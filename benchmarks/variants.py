"""Pass rates of the generated Tribun variants (tests/variants.py), per family and per template era.

    PYTHONPATH=src python benchmarks/variants.py [--failures N]

A case passes when every field its expectation checks comes out right. ``--failures N`` prints
the first N failing cases of each family with the fields that differed.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from variants import cases, check  # tests/variants.py


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--failures", type=int, default=0, help="show this many failing cases per family")
    args = parser.parse_args()
    started = time.perf_counter()
    all_cases = cases()
    totals: Counter[str] = Counter()
    passed: Counter[str] = Counter()
    by_era: dict[str, Counter[str]] = defaultdict(Counter)
    fields: dict[str, Counter[str]] = defaultdict(Counter)
    shown: Counter[str] = Counter()
    for case in all_cases:
        wrong = check(case)
        totals[case.family] += 1
        by_era[case.family][case.era + (":ok" if not wrong else ":all")] += 1
        if not wrong:
            passed[case.family] += 1
            by_era[case.family][case.era + ":all"] += 1
        for name in wrong:
            fields[case.family][name] += 1
        if wrong and shown[case.family] < args.failures:
            shown[case.family] += 1
            print(f"FAIL {case.id}: " + "; ".join(f"{k}: want {v[0]!r} got {v[1]!r}" for k, v in wrong.items()))
    eras = sorted({case.era for case in all_cases})
    print(f"\n{len(all_cases)} cases in {time.perf_counter() - started:.1f} s\n")
    print(f"{'family':16} {'pass':>11}  " + "  ".join(f"{era:>12}" for era in eras) + "  wrong fields")
    for family in totals:
        cells = []
        for era in eras:
            n = by_era[family][era + ":all"]
            cells.append(f"{by_era[family][era + ':ok'] / n:12.2f}" if n else f"{'-':>12}")
        rate = f"{passed[family]}/{totals[family]}"
        wrong_fields = ", ".join(f"{k} {v}" for k, v in fields[family].most_common())
        print(f"{family:16} {rate:>11}  " + "  ".join(cells) + f"  {wrong_fields}")
    print(f"{'all':16} {sum(passed.values())}/{sum(totals.values())}")


if __name__ == "__main__":
    main()
