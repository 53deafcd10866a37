"""Generated attribution variants: every speaker shape of NOTES.md §2.4 in every sentence shape.

Each case is one or two paragraphs built from parts — a speaker (a name, with or without an
honorific, a rank, a capitalised role before it, a lowercase role and a comma before it), a cue
verb, a sentence shape (after a direct quote, before it, reported speech, "Menurut X,", the
parenthetical "…, kata X", a "-nya" cue pointing back to the last person) and what may follow the
speaker (a day and date, "kepada Tribunnews.com", an age) — so the expected speaker and role are
known by construction. The sentences are ours, written for these tests in Tribun style; the
families are the failure classes a user would meet, and ``benchmarks/speaker_variants.py``
prints the pass rate of each.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from itertools import product

from newsparse import Quote, extract_quotes

NAMES = ("Rina Kartika", "Yohanes Bria Seran", "Sutrisno")

#: (family, written before the name). The name is the speaker without them.
TITLES = (
    ("plain", ""),
    ("honorific", "Pak "), ("honorific", "Bu "), ("honorific", "Ibu "), ("honorific", "Mbak "),
    ("honorific", "H. "), ("honorific", "Hj. "), ("honorific", "KH "),
    ("academic", "Dr. "), ("academic", "Prof. "), ("academic", "Prof. Dr. "), ("academic", "Ir. "),
    ("lowercase-title", "dr "), ("lowercase-title", "dr. "), ("lowercase-title", "drg. "),
    ("lowercase-title", "pak "), ("lowercase-title", "bu "),
    ("rank", "AKBP "), ("rank", "Kompol "), ("rank", "Iptu "), ("rank", "Kombes Pol "), ("rank", "Kolonel "),
)  # fmt: skip

#: (family, role written before the name, the role expected). The name follows the role.
ROLES = (
    ("role-name", "Kepala Dinas Kesehatan Kota Semarang ", "Kepala Dinas Kesehatan Kota Semarang"),
    ("role-name", "Ketua DPRD Jawa Tengah ", "Ketua DPRD Jawa Tengah"),
    ("role-name", "Wali Kota Surakarta ", "Wali Kota Surakarta"),
    ("role-name", "Camat Banyumanik ", "Camat Banyumanik"),
    ("role-comma-name", "Kapolres Asahan, AKBP ", "Kapolres Asahan"),
    ("role-comma-name", "Kepala Desa Sukamaju, ", "Kepala Desa Sukamaju"),
    ("lowercase-role-comma", "pengamat transportasi, ", "pengamat transportasi"),
    ("lowercase-role-comma", "juru bicara rumah sakit, ", "juru bicara rumah sakit"),
    ("lowercase-role-comma", "kepala sekolah, ", "kepala sekolah"),
    ("role-lowercase-words-name", "Pengamat kebijakan publik ", "Pengamat kebijakan publik"),
    ("role-lowercase-words-name", "Peneliti senior ", "Peneliti senior"),
    ("role-lowercase-words-name", "Dosen hukum tata negara ", "Dosen hukum tata negara"),
    ("lowercase-role-name", "pengamat kebijakan publik ", "pengamat kebijakan publik"),
    ("lowercase-role-name", "peneliti senior ", "peneliti senior"),
)

#: What may follow the speaker before the sentence ends.
TAILS = ("", ", Senin (3/2/2025)", " kepada Tribunnews.com", " saat ditemui di kantornya, Selasa (4/2/2025)")

POST_CUES = ("kata", "ujar", "tutur", "ungkap", "jelas", "tegas", "imbuh", "terang")
ACTIVE_CUES = ("mengatakan", "menjelaskan", "menegaskan", "mengungkapkan")
PARENTHETICAL_CUES = ("kata", "ujar", "tutur")

DIRECT = "Kami akan memperbaiki jalan itu pekan depan"
INDIRECT = "pihaknya akan memperbaiki jalan itu pekan depan"


@dataclass(frozen=True)
class SpeakerCase:
    family: str  # the speaker's shape
    shape: str  # the sentence's shape
    paragraphs: tuple[str, ...]
    text: str  # the expected quote's content
    direct: bool
    speaker: str
    role: str | None  # None: any role is accepted (the case does not state one)


def _speakers() -> Iterator[tuple[str, str, str, str | None]]:
    """(family, speaker as written, expected speaker, expected role)."""
    for name in NAMES:
        for family, title in TITLES:
            yield family, title + name, name, None
        for family, role, expected_role in ROLES:
            yield family, role + name, name, expected_role


def _sentence_start(written: str) -> bool:
    """Whether the speaker can open a sentence as written (a lowercase title or role cannot)."""
    return written[:1].isupper()


def cases() -> list[SpeakerCase]:
    out: list[SpeakerCase] = []
    for (family, written, name, role), tail in product(_speakers(), TAILS):
        for cue in POST_CUES[:: 1 if tail == "" else 3]:
            for shape, opening, closing in (("after-curly", "“", ",”"), ("after-straight", '"', ',"')):
                sentence = f"{opening}{DIRECT}{closing} {cue} {written}{tail}."
                out.append(SpeakerCase(family, shape, (sentence,), DIRECT, True, name, role))
        if tail == "":
            for cue in ACTIVE_CUES[:2]:
                if _sentence_start(written):
                    sentence = f"{written} {cue}, “{DIRECT}.”"
                    out.append(SpeakerCase(family, "before", (sentence,), DIRECT, True, name, role))
                    sentence = f"{written} {cue} bahwa {INDIRECT}."
                    out.append(SpeakerCase(family, "reported", (sentence,), INDIRECT, False, name, role))
            sentence = f"Menurut {written}, {INDIRECT}."
            out.append(SpeakerCase(family, "menurut", (sentence,), INDIRECT, False, name, role))
        for cue in PARENTHETICAL_CUES[:: 1 if tail == "" else 3]:
            sentence = f"{INDIRECT[0].upper()}{INDIRECT[1:]}, {cue} {written}{tail}."
            out.append(SpeakerCase(family, "parenthetical", (sentence,), INDIRECT, False, name, role))
        if tail == "" and _sentence_start(written):
            first = f"{written} meninjau jalan yang rusak di Kelurahan Sukamaju pada Senin pagi."
            for cue in POST_CUES[:3]:
                second = f"“{DIRECT},” {cue}nya."
                out.append(SpeakerCase(family, "nya-back", (first, second), DIRECT, True, name, role))
    return out


def _same(found: str, expected: str) -> bool:
    """The quote's content, whatever the case of its first letter and a final period (where the
    quote ends inside the sentence or with it, its period is part of it)."""
    return found.rstrip(".").lower() == expected.lower()


def check(case: SpeakerCase) -> list[str]:
    """What is wrong with the quotes of ``case``: [] when its quote has the expected speaker."""
    quotes: list[Quote] = [q for q in extract_quotes(list(case.paragraphs)) if _same(q.text, case.text)]
    if len(quotes) != 1:
        return [f"quote found {len(quotes)} times"]
    quote = quotes[0]
    wrong = []
    if quote.direct != case.direct:
        wrong.append(f"direct {quote.direct}")
    if quote.speaker != case.speaker:
        wrong.append(f"speaker {quote.speaker!r}")
    if case.role is not None and (quote.role or "").lower() != case.role.lower():
        wrong.append(f"role {quote.role!r}")
    return wrong
