"""Every generated speaker variant (tests/speaker_variants.py) gets the speaker its construction says.

One test per speaker family and sentence shape, so a failure names the class; the message lists
the first cases that failed and what differed. Groups known to fail are strict xfails with the
reason: when a fix makes them pass, the test says so.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import pytest

from speaker_variants import SpeakerCase, cases, check

ALL = cases()
GROUPS: dict[tuple[str, str], list[SpeakerCase]] = defaultdict(list)
for _case in ALL:
    GROUPS[(_case.family, _case.shape)].append(_case)

#: Classes not right yet: (why, which cases). Every other case must pass; these are checked to
#: fail still, so that a fix shows here and the class is taken off the list.
KNOWN: dict[str, tuple[str, Callable[[SpeakerCase], bool]]] = {
    "bare-name subject": (
        "a bare name as a subject is not taken for a person (a company or a place is written the "
        "same way), so a later 'katanya' has no referent",
        lambda case: case.shape == "nya-back" and case.family == "plain",
    ),
    "Ibu as a title": (
        "'Ibu X' is not a person marker ('Ibu Kota Nusantara')",
        lambda case: case.shape == "nya-back" and case.paragraphs[0].startswith("Ibu "),
    ),
    "one-word name after a place": (
        "a one-word name after a place ('Kota Semarang Sutrisno', 'Jawa Tengah Sutrisno') is read "
        "as a two-word name: there is no gazetteer of places",
        lambda case: case.speaker == "Sutrisno"
        and case.role in {"Kepala Dinas Kesehatan Kota Semarang", "Ketua DPRD Jawa Tengah"},
    ),
    "three-word name after a role's lowercase words": (
        "'Pengamat kebijakan publik Yohanes Bria Seran': the first name word is taken for a place "
        "after the role ('Dosen hukum Unpad Rina Kartika' is written the same way)",
        lambda case: case.speaker == "Yohanes Bria Seran" and case.family == "role-lowercase-words-name",
    ),
    "one-word name as a subject after a role": (
        "a role and a one-word name as a subject ('Camat Banyumanik Sutrisno meninjau …') is not "
        "registered as a person (two words are asked for), so a later 'katanya' has no referent",
        lambda case: case.speaker == "Sutrisno" and case.shape == "nya-back"
        and case.family in {"role-name", "role-comma-name", "role-lowercase-words-name"},
    ),
}  # fmt: skip


def _known(case: SpeakerCase) -> str | None:
    return next((name for name, (_, applies) in KNOWN.items() if applies(case)), None)


def test_the_generator_makes_thousands_of_cases_of_every_family_and_shape() -> None:
    assert len(ALL) >= 4000
    assert {case.family for case in ALL} >= {
        "plain", "honorific", "academic", "lowercase-title", "rank", "role-name", "role-comma-name",
        "lowercase-role-comma", "role-lowercase-words-name", "lowercase-role-name",
    }  # fmt: skip
    assert {case.shape for case in ALL} >= {
        "after-curly", "after-straight", "before", "reported", "menurut", "parenthetical", "nya-back",
    }  # fmt: skip


@pytest.mark.parametrize("group", sorted(GROUPS), ids=lambda key: f"{key[0]}-{key[1]}")
def test_every_variant_of_the_group_gets_its_speaker(group: tuple[str, str]) -> None:
    cases_here = [case for case in GROUPS[group] if _known(case) is None]
    failures = [(case.paragraphs[-1], wrong) for case in cases_here if (wrong := check(case))]
    assert not failures, f"{len(failures)} of {len(cases_here)} wrong, e.g. {failures[:3]}"


@pytest.mark.parametrize("name", sorted(KNOWN))
def test_a_known_class_still_fails_until_it_is_fixed(name: str) -> None:
    known = [case for case in ALL if _known(case) == name]
    passing = [case.paragraphs[-1] for case in known if not check(case)]
    assert known and not passing, f"{name}: {len(passing)} of {len(known)} now pass, e.g. {passing[:2]}: take it off KNOWN"
