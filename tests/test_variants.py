"""Every generated Tribun variant (tests/variants.py) parses to what its construction says.

A few thousand pages: each boilerplate family of shared/tribun/STRUCTURE.md in each of its
forms and positions, in every template era of the Tribun parser, plus other outlets' datelines
through the generic parser. One test per family and era, so a failure names the family; the
message lists the first cases that failed and the fields that differed.
"""

from __future__ import annotations

import time
from collections import defaultdict

import pytest

from variants import Case, cases, check

ALL = cases()
GROUPS: dict[tuple[str, str], list[Case]] = defaultdict(list)
for _case in ALL:
    GROUPS[(_case.family, _case.era)].append(_case)


def test_the_generator_makes_thousands_of_cases_of_every_family_and_era() -> None:
    assert len(ALL) >= 2500
    families = {case.family for case in ALL}
    assert families >= {"dateline", "reporter", "byline", "related", "ads", "images", "subhead", "syndication",
                        "section", "related-after", "outlet-dateline"}
    eras = {case.era for case in ALL}
    assert eras >= {"www2015", "mobile2017", "amp2019", "www2019", "regional2020", "desktop2022"}


@pytest.mark.parametrize(("family", "era"), sorted(GROUPS), ids=[f"{f}-{e}" for f, e in sorted(GROUPS)])
def test_generated_variants(family: str, era: str) -> None:
    failures = []
    for case in GROUPS[(family, era)]:
        wrong = check(case)
        if wrong:
            failures.append(f"{case.id}: " + "; ".join(f"{k}: want {v[0]!r}, got {v[1]!r}" for k, v in wrong.items()))
    assert not failures, f"{len(failures)} of {len(GROUPS[(family, era)])} failed:\n" + "\n".join(failures[:5])


def test_the_generated_set_runs_in_bounded_time() -> None:
    started = time.process_time()
    for case in ALL[::10]:
        check(case)
    assert time.process_time() - started < 15  # a tenth of the set; the whole set takes a few seconds
