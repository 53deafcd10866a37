"""Quotes (issue 3): every "What must work" bullet, on sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsparse import Quote, extract_quotes

SEED = Path(__file__).resolve().parents[2] / "shared" / "tribun" / "seed-article.txt"


def _quotes(paragraphs: list[str]) -> list[Quote]:
    quotes = extract_quotes(paragraphs)
    joined = "\n\n".join(paragraphs)
    for q in quotes:
        assert joined[q.start : q.end] == q.text, q
        assert isinstance(q, Quote)
    return quotes


def _direct(paragraphs: list[str]) -> list[Quote]:
    return [q for q in _quotes(paragraphs) if q.direct]


# --- quote marks -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("para", "content"),
    [
        ('"Kami siap menghadapi laga besok," kata Budi Santoso.', "Kami siap menghadapi laga besok"),
        ("“Kami siap menghadapi laga besok,” kata Budi Santoso.", "Kami siap menghadapi laga besok"),
        ("”Kami siap menghadapi laga besok,” kata Budi Santoso.", "Kami siap menghadapi laga besok"),
        ('”Kami siap menghadapi laga besok," kata Budi Santoso.', "Kami siap menghadapi laga besok"),
        ("“Kami siap menghadapi laga besok,“ kata Budi Santoso.", "Kami siap menghadapi laga besok"),
        ('" Kami siap menghadapi laga besok, " kata Budi Santoso.', "Kami siap menghadapi laga besok"),
        ('"Kami siap menghadapi laga besok,"kata Budi Santoso.', "Kami siap menghadapi laga besok"),
        ("«Kami siap menghadapi laga besok,» kata Budi Santoso.", "Kami siap menghadapi laga besok"),
    ],
)
def test_marks_of_every_shape(para: str, content: str) -> None:
    [q] = _direct([para])
    assert q.text == content
    assert q.speaker == "Budi Santoso"
    assert q.cue == "kata"


def test_marks_are_paired_by_position_not_character() -> None:
    para = '”Saya sudah sangat lelah hari ini.” Ia lalu duduk. “Besok kita lanjutkan lagi latihannya," ujar Rina Wulandari.'
    quotes = _direct([para])
    assert [q.text for q in quotes] == ["Saya sudah sangat lelah hari ini.", "Besok kita lanjutkan lagi latihannya"]
    assert quotes[1].speaker == "Rina Wulandari"


# --- attribution position and speaker shapes -------------------------------------------------


def test_attribution_before_the_quote() -> None:
    [q] = _direct(['Camat Sukajadi Hendra Gunawan mengatakan: "Jalan ini akan diperbaiki bulan depan."'])
    assert q.text == "Jalan ini akan diperbaiki bulan depan."
    assert q.speaker == "Hendra Gunawan"
    assert q.role == "Camat Sukajadi"
    assert q.cue == "mengatakan"


@pytest.mark.parametrize("sep", [", ", " "])
def test_role_then_name_with_or_without_comma(sep: str) -> None:
    para = f'"Pelaku sudah kami amankan," kata Kapolres Asahan{sep}AKBP Yemi Mandagi, Senin (3/6/2024).'
    [q] = _direct([para])
    assert q.speaker == "Yemi Mandagi"
    assert q.role == "Kapolres Asahan"


def test_role_and_name_without_rank_or_comma() -> None:
    [q] = _direct(['"Anggaran sudah cair," ujar Wali Kota Malang Sutiaji Pratama di Balai Kota.'])
    assert q.speaker == "Sutiaji Pratama"
    assert q.role == "Wali Kota Malang"


def test_name_then_appositive_role() -> None:
    para = '"Pasar masih menunggu data inflasi," kata Dewi Lestari, seorang analis di Bank Sentosa, Jakarta.'
    [q] = _direct([para])
    assert q.speaker == "Dewi Lestari"
    assert q.role is not None and "analis" in q.role


def test_name_then_capitalised_appositive_role() -> None:
    para = '"Kami menolak usulan itu," kata Andi Pratama, Ketua Komisi III DPRD Banten, kepada wartawan.'
    [q] = _direct([para])
    assert q.speaker == "Andi Pratama"
    assert q.role == "Ketua Komisi III DPRD Banten"


def test_several_quotes_of_one_speaker_and_pronoun_cues() -> None:
    paras = [
        "Menteri Perhubungan Agus Salim meninjau terminal baru di Bekasi, Rabu (5/6/2024).",
        '"Terminal ini akan dibuka untuk umum pada bulan Juli," kata Agus.',
        '"Kami juga menyiapkan bus pengumpan dari stasiun," ujarnya.',
        "Ia menambahkan, tarif bus pengumpan tidak akan naik tahun ini.",
        '"Tidak ada kenaikan tarif," kata dia.',
    ]
    quotes = _quotes(paras)
    assert [q.direct for q in quotes] == [True, True, False, True]
    assert {q.speaker for q in quotes} == {"Agus Salim"}
    assert quotes[1].cue == "ujarnya"
    assert quotes[2].cue == "menambahkan"
    assert quotes[2].text == "tarif bus pengumpan tidak akan naik tahun ini"
    assert quotes[0].role == "Menteri Perhubungan"


def test_role_only_and_role_anaphor_resolve_to_the_person() -> None:
    paras = [
        "Gubernur Sulawesi Selatan Andi Sudirman membuka pameran UMKM di Makassar.",
        '"Produk lokal harus bisa bersaing," kata Gubernur.',
        '"Kita dorong ekspor," ucap mantan Bupati Bone itu.',
    ]
    quotes = _direct(paras)
    assert [q.speaker for q in quotes] == ["Andi Sudirman", "Andi Sudirman"]


def test_cue_less_quote_paragraph_inherits_the_speaker() -> None:
    paras = [
        '"Banjir tahun ini lebih parah dari tahun lalu," kata Kepala BPBD Garut Rudi Hartono.',
        '"Ada 300 rumah yang terendam dan dua jembatan putus di Kecamatan Cibatu."',
        "Hujan deras turun sejak Jumat sore.",
    ]
    quotes = _direct(paras)
    assert len(quotes) == 2
    assert quotes[1].speaker == "Rudi Hartono"
    assert quotes[1].cue is None


def test_quote_over_two_paragraphs_without_closing_mark() -> None:
    paras = [
        '"Kami sudah tiga kali melapor ke kelurahan, tetapi belum ada tanggapan sama sekali.',
        '"Sekarang kami minta wali kota turun langsung ke lapangan," kata Siti Aminah, warga Cempaka Putih.',
    ]
    quotes = _direct(paras)
    assert len(quotes) == 2
    assert quotes[0].paragraph == 0 and quotes[1].paragraph == 1
    assert quotes[0].text.endswith("belum ada tanggapan sama sekali.")
    assert quotes[0].speaker == quotes[1].speaker == "Siti Aminah"


def test_question_and_answer_in_one_paragraph() -> None:
    para = '"Sudah bawa KTP, Pak?" tanya petugas. "Sudah, ini," jawab Slamet Riyadi.'
    quotes = _direct([para])
    assert [q.text for q in quotes] == ["Sudah bawa KTP, Pak?", "Sudah, ini"]
    assert [q.cue for q in quotes] == ["tanya", "jawab"]
    assert quotes[0].speaker == "petugas"  # issue 12: a descriptive speaker is the speaker (was None)
    assert quotes[1].speaker == "Slamet Riyadi"


# --- indirect speech -------------------------------------------------------------------------


def test_indirect_mengatakan_bahwa() -> None:
    [q] = _quotes(["Ketua KPU Jawa Tengah Hasan Basri mengatakan bahwa logistik pemilu sudah tiba di semua kabupaten."])
    assert not q.direct
    assert q.text == "logistik pemilu sudah tiba di semua kabupaten"
    assert q.speaker == "Hasan Basri"
    assert q.role == "Ketua KPU Jawa Tengah"
    assert q.cue == "mengatakan"


def test_indirect_mengatakan_with_comma() -> None:
    [q] = _quotes(["Rektor Universitas Andalas, Yuliandri Yusuf, mengatakan, kuliah tatap muka dimulai pekan depan."])
    assert not q.direct and q.speaker == "Yuliandri Yusuf"
    assert q.text == "kuliah tatap muka dimulai pekan depan"


def test_indirect_menurut() -> None:
    paras = [
        "Pengamat transportasi Joko Susilo menilai tarif baru terlalu mahal untuk pelajar.",
        "Menurut Joko, pemerintah daerah seharusnya memberi subsidi khusus.",
        "Menurutnya, subsidi itu bisa diambil dari pajak kendaraan.",
    ]
    quotes = _quotes(paras)
    assert [q.cue for q in quotes] == ["menilai", "Menurut", "Menurutnya"]
    assert {q.speaker for q in quotes} == {"Joko Susilo"}
    assert quotes[1].text == "pemerintah daerah seharusnya memberi subsidi khusus"
    assert not any(q.direct for q in quotes)


def test_indirect_parenthetical_kata_mid_sentence() -> None:
    [q] = _quotes(["Perbaikan jembatan itu, kata Kepala Dinas PUPR Bambang Irawan, akan selesai akhir tahun."])
    assert not q.direct
    assert q.speaker == "Bambang Irawan"
    assert q.cue == "kata"
    assert "akan selesai akhir tahun" in q.text


def test_hal_itu_disampaikan_names_the_speaker_of_unquoted_speech() -> None:
    paras = [
        "Kami akan menambah dua puskesmas keliling untuk desa terpencil tahun ini.",
        "Hal itu disampaikan Bupati Sleman Kustini Sri Purnomo di Pendopo Sleman, Kamis (6/6/2024).",
    ]
    [q] = _quotes(paras)
    assert not q.direct and q.paragraph == 0
    assert q.speaker == "Kustini Sri Purnomo"


def test_hal_itu_disampaikan_attributes_a_cue_less_quote() -> None:
    paras = [
        '"Stok beras aman sampai Lebaran."',
        "Hal itu disampaikan Kepala Bulog Cabang Solo Andi Wijaya, Jumat (7/6/2024).",
    ]
    [q] = _direct(paras)
    assert q.speaker == "Andi Wijaya"


def test_reporting_verb_with_noun_object_is_not_speech() -> None:
    assert _quotes(["Kapolres Sleman AKBP Yuswanto menjelaskan alasan penutupan jalan kepada warga."]) == []


# --- cues inside quotes and homographs -------------------------------------------------------


def test_no_cue_from_inside_an_open_quote() -> None:
    para = '"Menurut Anda, kami mengatakan bahwa semua baik-baik saja? Tidak," kata Lina Marlina.'
    quotes = _quotes([para])
    assert len(quotes) == 1 and quotes[0].direct
    assert quotes[0].speaker == "Lina Marlina"


@pytest.mark.parametrize("cue", ["jelas", "tegas", "tambah", "lanjut", "terang", "tutup", "sebut"])
def test_homograph_cue_right_after_closing_mark(cue: str) -> None:
    [q] = _direct([f'"Semua berkas sudah lengkap," {cue} Heru Prasetyo.'])
    assert q.cue == cue and q.speaker == "Heru Prasetyo"
    [q] = _direct([f'"Semua berkas sudah lengkap," {cue}nya.'])
    assert q.cue == f"{cue}nya"


def test_homograph_words_elsewhere_are_not_cues() -> None:
    text = "Aturan itu jelas Heru Prasetyo tidak mau. Sikap tegas Rudi dinilai tepat, lanjut pembahasan."
    assert _quotes([text]) == []


def test_titles_and_scare_quotes_are_not_quotes() -> None:
    para = 'Film "Gadis Kretek" ditonton dua juta orang, apa yang disebut produser sebagai "ajaib".'
    assert _quotes([para]) == []


# --- robustness ------------------------------------------------------------------------------


HOSTILE = {
    "100k straight marks": '"' * 100_000,
    "100k mixed marks": '“a” ”b“ "c, ' * 25_000,
    "5 MB of one letter": "a" * 5_000_000,
    "5 MB of cue words": "kata " * 1_000_000,
    "5 MB of commas": ", " * 2_500_000,
    "5 MB of open marks and words": "“Menurut " * 555_556,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_does_not_hang(name: str, finishes: Callable[..., bool]) -> None:
    """No regex backtracking and no quadratic loop: each input finishes (generous 20 s limit)."""
    text = HOSTILE[name]
    assert finishes(lambda: extract_quotes([text]))


def test_empty_and_plain_text() -> None:
    assert extract_quotes([]) == []
    assert extract_quotes("") == []
    assert extract_quotes("Hujan turun sejak pagi di Bandung.") == []


# --- the seed article ------------------------------------------------------------------------


def seed_paragraphs() -> list[str]:
    if not SEED.exists():
        pytest.skip(f"seed article not found at {SEED} (needs the shared material next to the repo)")
    lines = [line.strip() for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()]
    body = [line for line in lines if not line.startswith("Baca juga") and not line.startswith("(Tribunnews.com/")]
    assert body[0].startswith("TRIBUNNEWS.COM - ")
    body[0] = body[0][len("TRIBUNNEWS.COM - ") :]
    return body


def test_seed_article_quotes() -> None:
    paras = seed_paragraphs()
    direct = _direct(paras)
    assert len(direct) == 3
    assert {q.speaker for q in direct} == {"Sergei Lavrov"}
    assert {q.role for q in direct} == {"Menteri Luar Negeri Rusia"}
    assert [q.cue for q in direct] == ["kata", "katanya", "katanya"]
    assert direct[0].text.startswith("Perjanjian kemitraan strategis komprehensif")
    assert direct[2].text.endswith("regional dan global")


def test_bare_clause_after_menuturkan_names_the_speaker_for_the_next_nya_cue() -> None:
    paragraphs = [
        "Kepala Dinas Perhubungan Kota Semarang, Danang Kurniawan, menuturkan sebanyak 14 halte di koridor "
        "itu telah dilengkapi papan informasi.",
        "“Penumpang cukup melihat papan di halte, jadi tidak perlu menunggu,” ujarnya.",
    ]
    quotes = extract_quotes(paragraphs)
    assert [(q.speaker, q.cue, q.direct) for q in quotes] == [
        ("Danang Kurniawan", "menuturkan", False),
        ("Danang Kurniawan", "ujarnya", True),
    ]
    assert quotes[0].role == "Kepala Dinas Perhubungan Kota Semarang"


def test_relative_clause_subject_resolves_to_the_named_head_not_to_yang() -> None:
    text = (
        "Salah satunya Sulastri (45), pedagang di Pasar Johar, yang mengaku waktu tempuhnya ke pasar "
        "kini lebih singkat."
    )
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.cue, quote.direct) == ("Sulastri", "mengaku", False)
    assert quote.role != "yang"
    assert text[quote.start : quote.end] == quote.text == "waktu tempuhnya ke pasar kini lebih singkat"


# --- the fast-search patterns match what the plain ones match ---------------------------------

def _reference_patterns() -> dict[str, str]:
    """The cue patterns written plainly (a look-around first, a case-insensitive alternation)."""
    from newsparse.lang import id as lang

    verbs = "|".join(sorted(lang.SPEECH_VERBS, key=len, reverse=True))
    fronted = "|".join(sorted(lang.FRONTED_CUES, key=len, reverse=True))
    subjects = "|".join(sorted(word.capitalize() for word in lang.BACKREF_SUBJECTS))
    return {
        "_SPEECH_VERB": rf"\b(?:{verbs})\b",
        "_FRONT": rf"(?:^|(?<=[.!?]\s)|(?<=,\s))(?:{fronted})\b",
        "_BACKREF": rf"(?:^|(?<=[.!?]\s))(?:{subjects})\s(?:itu|ini|tersebut|senada|serupa|yang\ssama)\s"
        rf"(?:juga\s|pun\s)?(?:{'|'.join(sorted(lang.BACKREF_VERBS))})\s(?:oleh\s)?",
        "_CAPWORD": r"(?<![\w-])[A-Z][\w.-]*",
        "_CLAUSE_START": r"(?:, |(?:--|-|–|—|\|) )",
    }


def test_fast_patterns_find_the_same_spans_as_plain_ones(real_text_lines: list[str]) -> None:
    """words_pattern() and the other rewrites exist for speed only: same matches on real text."""
    import re

    from newsparse.attribution import quotes as module

    lines = [
        *real_text_lines,
        # edges the real texts lack: a cue glued inside a longer word, at the very start
        "Hal itu disampaikan Budi.", "Menurutnya, harga naik. Kata dia, tidak.", "Ia mengatakan-nya x",
        "Ia memengatakan itu, xMenurut dia, lalu diberkata.", "mengatakan dulu", "AMenurut x. XHal itu dikatakan",
        # clause separators run together
        "JAKARTA -- Budi", "a--- b", "a,, b", ",- x", "x | y – z — w", ", ", "-- -- ", "Gibran,- Raka |- kata",
    ]
    matched = 0
    for name, reference in _reference_patterns().items():
        plain = re.compile(reference)
        for line in lines:
            spans = [m.span() for m in plain.finditer(line)]
            if name == "_CLAUSE_START":  # now str.find per separator: the same clause starts
                assert sorted(set(module._clause_starts(line))) == sorted({end for _, end in spans}), line
            else:
                assert [m.span() for m in getattr(module, name).finditer(line)] == spans, (name, line)
            matched += len(spans)
    assert matched > 500  # the comparison covers many real matches


def test_search_leads_cover_every_cue() -> None:
    """Speed (issue 14): paragraphs without a lead word skip the fronted-cue and back-reference
    searches, so every such cue must start with a lead word."""
    from newsparse.attribution.quotes import _BACKREF, _BACKREF_LEADS, _FRONT, _FRONT_LEADS
    from newsparse.lang import id as lang

    assert all(cue.startswith(_FRONT_LEADS) for cue in lang.FRONTED_CUES)
    for cue in lang.FRONTED_CUES:
        assert _FRONT.search(f"Ia datang. {cue}, hal itu benar.")
    for subject in lang.BACKREF_SUBJECTS:
        text = f"Ia datang. {subject.capitalize()} itu disampaikan Budi Santoso."
        assert _BACKREF.search(text) and any(lead in text for lead in _BACKREF_LEADS)

