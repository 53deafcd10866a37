"""Pass rates of the generated speaker variants (tests/speaker_variants.py), per family and shape.

    PYTHONPATH=src python benchmarks/speaker_variants.py [--failures N]

A case passes when its quote is found once, direct or reported as built, with the speaker (and
the role, where the case states one) of its construction. ``--failures N`` prints the first N
failing cases of each group with what differed.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from speaker_variants import cases, check  # tests/speaker_variants.py


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--failures", type=int, default=0, help="show this many failing cases per group")
    args = parser.parse_args()
    totals: Counter[tuple[str, str]] = Counter()
    passed: Counter[tuple[str, str]] = Counter()
    failing: dict[tuple[str, str], list[str]] = defaultdict(list)
    for case in cases():
        group = (case.family, case.shape)
        totals[group] += 1
        wrong = check(case)
        if not wrong:
            passed[group] += 1
        elif len(failing[group]) < args.failures:
            failing[group].append(f"{' / '.join(case.paragraphs)}  -> {', '.join(wrong)}")
    print(f"{'speaker family':22} {'sentence shape':16} {'passed':>12}")
    for group in sorted(totals):
        print(f"{group[0]:22} {group[1]:16} {passed[group]:5}/{totals[group]:<5}")
        for line in failing[group]:
            print(f"    {line}")
    print(f"all: {sum(passed.values())}/{sum(totals.values())}")


if __name__ == "__main__":
    main()
