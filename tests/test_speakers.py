"""Who said it (issue 12): one test per failure class, on sentences written for these tests in
Tribun style, plus the real TribunSolo page the issue quotes (skipped when ../shared is absent)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsparse import Quote, extract_quotes, parse_article

#: Classes not made right yet: each test is expected to fail until its fix lands (strict).
TODO = pytest.mark.xfail(strict=True, reason="issue 12: not fixed yet")

REAL = Path(__file__).resolve().parents[2] / "shared" / "tribun" / "real"


def _quotes(paragraphs: list[str]) -> list[Quote]:
    quotes = extract_quotes(paragraphs)
    joined = "\n\n".join(paragraphs)
    for q in quotes:
        assert joined[q.start : q.end] == q.text, q
    return quotes


def _one(paragraphs: list[str], starts: str) -> Quote:
    found = [q for q in _quotes(paragraphs) if q.text.startswith(starts)]
    assert len(found) == 1, [(q.text, q.speaker) for q in _quotes(paragraphs)]
    return found[0]


# --- 1. carry-over: -nya and pronoun cues across paragraphs and mentioned names -----------------


@pytest.mark.parametrize(
    "cue", ["ujarnya", "tambahnya", "tutupnya", "pungkasnya", "imbuh dia", "tanyanya lagi", "katanya sebelum pergi"]
)
def test_nya_cue_skips_people_merely_mentioned(cue: str) -> None:
    paras = [
        "Kepala Dinas Pekerjaan Umum Klaten, Sri Handayani, mengatakan perbaikan jalan dimulai pekan depan.",
        "Ia menyebut Presiden Joko Widodo pernah melintasi jalan itu saat meninjau Waduk Bendo di Ponorogo.",
        f'"Kami targetkan selesai sebelum Lebaran," {cue}.',
    ]
    assert _one(paras, "Kami targetkan").speaker == "Sri Handayani"


# --- 2. descriptive and anonymous speakers --------------------------------------------------------


@pytest.mark.parametrize(
    ("para", "speaker"),
    [
        ('"Harga cabai naik terus sejak pekan lalu," ungkap seorang pedagang di Pasar Gede.', "seorang pedagang"),
        ('"Antreannya panjang sekali," keluh salah seorang ibu sambil menggendong anaknya.', "salah seorang ibu"),
        ('"Apakah jembatan ini aman dilewati truk?" tanya wartawan.', "wartawan"),
        ('"Kami belum menerima laporan resmi," sebut kepolisian setempat.', "kepolisian setempat"),
    ],
)
def test_descriptive_speaker_is_the_description(para: str, speaker: str) -> None:
    [q] = _quotes([para])
    assert q.speaker is not None and q.speaker.lower().startswith(speaker.lower())


def test_descriptive_subject_of_indirect_speech() -> None:
    [q] = _quotes(["Beberapa pedagang mengatakan, harga bawang merah sudah turun sejak awal bulan."])
    assert not q.direct
    assert q.speaker == "Beberapa pedagang"


# --- 3. role-only cues -----------------------------------------------------------------------------


def test_role_only_cue_is_the_named_holder() -> None:
    paras = [
        "Kapolresta Surakarta Kombes Pol Iwan Saktiadi memimpin apel pengamanan malam tahun baru.",
        '"Seluruh personel siaga sampai pagi," pungkas Kapolresta.',
    ]
    assert _one(paras, "Seluruh personel").speaker == "Iwan Saktiadi"


# --- 4. canonical names and roles ------------------------------------------------------------------


def test_long_role_with_dari_and_titles_around_the_name() -> None:
    paras = [
        "Kepala Seksi Pencegahan dari Dinas Kesehatan Kabupaten Sleman, Dr dr Hendra Wijaya, SpPD-KHOM "
        "mengatakan, warga tetap diminta memakai masker di ruang tertutup.",
        '"Jangan lengah dulu," kata Hendra di kantornya, Senin (3/2/2025).',
    ]
    quotes = _quotes(paras)
    first = _one(paras, "warga tetap diminta")
    assert first.speaker == "Hendra Wijaya"
    assert first.role is not None and first.role.startswith("Kepala Seksi Pencegahan")
    later = _one(paras, "Jangan lengah")
    assert later.speaker == "Hendra Wijaya"
    assert len(quotes) == 2


def test_lowercase_role_before_the_name_keeps_both() -> None:
    [q] = _quotes(["Sementara itu camat Banguntapan, Rudi Santoso mengatakan, jalan desa akan diaspal bulan depan."])
    assert q.speaker == "Rudi Santoso"
    assert q.role == "camat Banguntapan"


def test_first_name_links_to_the_full_name_given_earlier() -> None:
    paras = [
        "Ketua RT 05 Kelurahan Mojosongo, Bambang Triyono, mengatakan warga sudah kerja bakti sejak pagi.",
        '"Semua selokan sudah dibersihkan," kata Bambang.',
    ]
    later = _one(paras, "Semua selokan")
    assert later.speaker == "Bambang Triyono"
    assert later.role is not None and later.role.startswith("Ketua RT 05")


# --- 5. indirect speech recall ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "Bupati Klaten Sri Mulyani membantah pemerintah daerah menunda pembayaran insentif guru honorer.",
            "pemerintah daerah menunda pembayaran insentif guru honorer",
        ),
        (
            "Bupati Klaten Sri Mulyani mengatakan kepada wartawan bahwa insentif guru cair pekan depan.",
            "insentif guru cair pekan depan",
        ),
        (
            "Bupati Klaten Sri Mulyani mengatakan dalam pernyataannya bahwa insentif guru cair pekan depan.",
            "insentif guru cair pekan depan",
        ),
        (
            "Bupati Klaten Sri Mulyani meminta seluruh camat untuk mendata guru honorer di wilayahnya.",
            "seluruh camat untuk mendata guru honorer di wilayahnya",
        ),
        (
            "Bupati Klaten Sri Mulyani meminta agar seluruh camat mendata guru honorer di wilayahnya.",
            "seluruh camat mendata guru honorer di wilayahnya",
        ),
        (
            "Bupati Klaten Sri Mulyani mengumumkan insentif guru honorer naik mulai tahun depan.",
            "insentif guru honorer naik mulai tahun depan",
        ),
    ],
)
def test_clause_verbs_without_bahwa_and_prepositional_phrases(sentence: str, content: str) -> None:
    [q] = _quotes([sentence])
    assert not q.direct
    assert q.text == content
    assert q.speaker == "Sri Mulyani"


def test_menegaskan_takes_a_clause_without_bahwa() -> None:
    [q] = _quotes(["Bupati Klaten Sri Mulyani menegaskan pemerintah daerah tidak pernah menunda insentif guru."])
    assert (q.text, q.speaker, q.direct) == ("pemerintah daerah tidak pernah menunda insentif guru", "Sri Mulyani", False)


def test_verbs_with_a_noun_object_stay_out() -> None:
    assert _quotes(["Bupati Klaten Sri Mulyani meminta maaf kepada warga atas keterlambatan itu."]) == []
    assert _quotes(["Bupati Klaten Sri Mulyani mengumumkan pemenang lomba desa."]) == []


def test_menurutnya_resolves_to_the_current_speaker() -> None:
    paras = [
        "Kepala Dinas Pertanian Boyolali, Joko Suranto, meninjau sawah yang terendam banjir di Sawit.",
        "Menurutnya, petani yang gagal panen akan mendapat bantuan benih dari pemerintah daerah.",
    ]
    q = _one(paras, "petani yang gagal")
    assert q.speaker == "Joko Suranto"


# --- 6. questions ----------------------------------------------------------------------------------


def test_tanya_names_the_asker_not_the_answerer() -> None:
    paras = [
        "Bupati Sleman Kustini Sri Purnomo meninjau jembatan yang rusak, Selasa (4/2/2025).",
        '"Kapan jembatan ini diperbaiki, Bu?" tanya seorang warga kepada Kustini. "Bulan depan," jawab Kustini.',
    ]
    question = _one(paras, "Kapan jembatan")
    assert question.speaker is not None and question.speaker.startswith("seorang warga")
    answer = _one(paras, "Bulan depan")
    assert answer.speaker == "Kustini Sri Purnomo"


# --- 7. a quote is never dropped for want of a speaker ---------------------------------------------


def test_quote_without_findable_speaker_is_kept_with_none() -> None:
    [q] = _quotes(['"Pokoknya kami tidak akan pindah dari sini sampai kapan pun," katanya.'])
    assert q.speaker is None
    assert q.text.startswith("Pokoknya")


# --- the real TribunSolo page of the issue ---------------------------------------------------------


def test_real_tribunsolo_page_speaker_and_role() -> None:
    pages = sorted(REAL.glob("tribunsolo_*.html")) if REAL.is_dir() else []
    if not pages:
        pytest.skip(f"{REAL} not found: the real TribunSolo page in ../shared is not available here")
    article = parse_article(pages[0].read_bytes())
    by_para = {q.paragraph: q for q in article.quotes}
    # Paragraph 2: "Ketua Tim Pedoman & Protokol dari Tim Mitigasi PB IDI, Dr dr Eka Ginanjar, SpPD-KKV mengatakan, …"
    assert 2 in by_para, [(q.paragraph, q.text[:30]) for q in article.quotes]
    assert by_para[2].speaker == "Eka Ginanjar"
    assert by_para[2].role is not None and "Tim Mitigasi PB IDI" in by_para[2].role
    for para in (3, 4, 5, 9):  # "Menurutnya, …", "kata Eka", "Eka melanjutkan", "jelasnya"
        assert by_para[para].speaker == "Eka Ginanjar", para


# --- more classes found on the blind gold (sentences written here) --------------------------------


def test_subject_with_adverbs_and_negation_before_the_verb() -> None:
    [q] = _quotes(["Kapolda Jateng Irjen Ribut Hari Wibowo tidak menampik bahwa ada anggota yang terlibat."])
    assert (q.text, q.speaker) == ("ada anggota yang terlibat", "Ribut Hari Wibowo")


def test_warning_with_addressee_far_from_untuk() -> None:
    [q] = _quotes(
        ["BMKG sebelumnya memperingatkan warga di lereng Gunung Merapi sisi barat daya dan selatan untuk menjauhi sungai."]
    )
    assert q.speaker == "BMKG"
    assert q.text.endswith("menjauhi sungai")


def test_a_name_without_a_verb_does_not_take_over_the_pronoun() -> None:
    paras = [
        "Ketua DPRD Sukoharjo Wawan Pribadi menanggapi keluhan warga soal jalan berlubang.",
        "Bupati Sukoharjo Etik Suryani bersama jajaran Dinas Pekerjaan Umum di lokasi proyek, Senin (3/2/2025).",
        '"Kami minta perbaikan dipercepat sebelum musim hujan," ucap dia.',
    ]
    assert _one(paras, "Kami minta").speaker == "Wawan Pribadi"


def test_pronoun_with_no_current_person_is_the_first_person_named() -> None:
    paras = [
        "Diusung tujuh partai, pasangan nomor urut 2 ini terus berkampanye.",
        "Calon Bupati Sragen Sigit Pamungkas optimistis menang.",
        "Menurutnya, program bantuan petani akan dilanjutkan pada periode berikutnya.",
    ]
    assert _one(paras, "program bantuan").speaker == "Sigit Pamungkas"


def test_lowercase_role_after_the_cue_then_the_name() -> None:
    [q] = _quotes(['"Semua logistik sudah tiba," kata anggota KPU Kabupaten Klaten, Siti Rahayu, ketika dihubungi.'])
    assert (q.speaker, q.role) == ("Siti Rahayu", "anggota KPU Kabupaten Klaten")


def test_short_role_alias_resolves_to_the_holder_of_the_full_role() -> None:
    paras = [
        "Kepala Dinas Penerangan TNI AL Laksamana Pertama Julius Widjojono meninjau kapal itu.",
        '"Kapal ini bisa dipakai untuk misi SAR," kata Kadispen TNI AL.',
    ]
    assert _one(paras, "Kapal ini").speaker == "Julius Widjojono"


def test_indirect_question_after_bertanya() -> None:
    [q] = _quotes(["Seorang warga bertanya mengapa jembatan itu belum juga diperbaiki sejak banjir tahun lalu."])
    assert not q.direct
    assert q.text == "mengapa jembatan itu belum juga diperbaiki sejak banjir tahun lalu"
    assert q.speaker == "Seorang warga"


def test_subject_after_a_temporal_phrase_without_comma() -> None:
    [q] = _quotes(["Saat banjir Rudi Hartono mengaku belum menerima bantuan apa pun dari kelurahan."])
    assert (q.text, q.speaker) == ("belum menerima bantuan apa pun dari kelurahan", "Rudi Hartono")


def test_capitalised_descriptor_subject_with_lainnya() -> None:
    [q] = _quotes(["Warga lainnya juga mengaku kecewa karena bantuan tidak dibagikan merata."])
    assert q.text == "kecewa karena bantuan tidak dibagikan merata"
    assert q.speaker == "Warga lainnya"  # someone other than the warga named before


def test_reminder_with_agar_and_plural_pronoun() -> None:
    paras = [
        "Beberapa petugas KPPS berjaga di depan bilik suara sejak pagi.",
        "Mereka juga mengingatkan warga agar tidak memotret surat suara di bilik.",
    ]
    q = _one(paras, "warga agar")
    assert not q.direct


def test_menurutnya_inside_the_sentence() -> None:
    paras = [
        "Ketua KPU Boyolali Siti Aminah mengatakan logistik pemilu sudah tiba di semua kecamatan.",
        "Distribusi ke TPS menurutnya akan dimulai dua hari sebelum pemungutan suara.",
    ]
    q = _one(paras, "Distribusi ke TPS")
    assert q.text == "Distribusi ke TPS menurutnya akan dimulai dua hari sebelum pemungutan suara"
    assert (q.speaker, q.direct) == ("Siti Aminah", False)


def test_mengaku_with_a_short_predicate() -> None:
    paras = [
        '"Harga emas naik lagi pekan ini," kata seorang pedagang emas di Pasar Klewer.',
        "Sejak harga naik, ia mengaku sepi pembeli.",
    ]
    q = _one(paras, "sepi pembeli")
    assert q.speaker == "seorang pedagang emas"


def test_coordinated_speakers_are_one_speaker_and_the_next_nya() -> None:
    paras = [
        "Sri Mulyani warga RT 03 RW 05 dan Bambang Triyono warga RT 04 RW 05 mengatakan, "
        "bantuan beras belum sampai ke rumah mereka.",
        '"Kami sudah menunggu sejak pagi," ujarnya.',
    ]
    reported = _one(paras, "bantuan beras")
    assert reported.speaker == "Sri Mulyani dan Bambang Triyono"
    assert _one(paras, "Kami sudah").speaker == "Sri Mulyani dan Bambang Triyono"


def test_dan_inside_a_role_is_no_pair_of_speakers() -> None:
    [q] = _quotes(["Staf Khusus Bidang Ekonomi dan Keuangan Budi Santoso mengatakan, rapat digelar pekan depan."])
    assert q.speaker == "Budi Santoso"


def test_role_with_administrative_places_between_commas_then_the_name() -> None:
    [q] = _quotes(
        ['"Warga belum menerima bantuan," kata Kepala Dusun Nglahar, Kelurahan Sumbersari, '
         "Kecamatan Moyudan, Wahyu Wibowo, di rumahnya."]
    )
    assert q.speaker == "Wahyu Wibowo"
    assert q.role is not None and q.role.startswith("Kepala Dusun Nglahar")


def test_anaphoric_description_introduced_earlier_is_that_description() -> None:
    paras = [
        "Prabowo Subianto bercerita pernah ditanya oleh salah seorang wartawan asing soal pencalonannya.",
        '"Mengapa Anda masih mau maju?" tanya wartawan asing tersebut.',
    ]
    assert _one(paras, "Mengapa Anda").speaker == "wartawan asing"


def test_anaphoric_description_of_the_current_speaker() -> None:
    paras = [
        '"Kami tidak akan mundur," kata Menteri Luar Negeri Retno Marsudi di Jenewa.',
        '"Dialog tetap terbuka," imbuh diplomat senior ini.',
    ]
    assert _one(paras, "Dialog tetap").speaker == "Retno Marsudi"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ancaman terbesar adalah resesi global yang diprediksi IMF bahwa ekonomi dunia akan terkontraksi tahun ini.",
        "Dalam rapat itu disebutkan Kapolres Sleman AKBP Yuswanto Ardi bahwa ekonomi dunia akan terkontraksi tahun ini.",
    ],
)
def test_passive_cue_with_an_agent_before_bahwa(sentence: str) -> None:
    [q] = _quotes([sentence])
    assert q.text == "ekonomi dunia akan terkontraksi tahun ini"
    assert q.speaker in {"IMF", "Yuswanto Ardi"}
    assert not q.direct


def test_partial_quotes_inside_reported_speech_are_direct_quotes_of_the_subject() -> None:
    quotes = _quotes(
        ['Bupati Klaten Sri Mulyani menuduh kontraktor "bermain mata" dan "sengaja mengulur waktu" dalam proyek itu.']
    )
    partial = [(q.text, q.speaker, q.direct) for q in quotes if q.direct]
    assert partial == [
        ("bermain mata", "Sri Mulyani", True),
        ("sengaja mengulur waktu", "Sri Mulyani", True),
    ]


def test_partial_quote_after_disebut_oleh() -> None:
    [q] = _quotes(['Krisis itu berkembang menjadi apa yang disebut oleh Sekjen PBB Antonio Guterres sebagai "bencana".'])
    assert (q.text, q.speaker, q.direct) == ("bencana", "Antonio Guterres", True)


def test_titles_inside_a_reported_sentence_stay_out() -> None:
    quotes = _quotes(['Sutradara Riri Riza mengatakan film "Silariang" akan tayang bulan depan di bioskop.'])
    assert all(q.text != "Silariang" for q in quotes)


def test_appositive_relative_clause_keeps_name_and_role() -> None:
    [q] = _quotes(
        ["Kasat Reskrim Polres Sleman AKP Rony Prasadana, yang menangani kasus itu, mengatakan pelaku sudah ditahan."]
    )
    assert (q.text, q.speaker, q.role) == ("pelaku sudah ditahan", "Rony Prasadana", "Kasat Reskrim Polres Sleman")


def test_name_then_relative_clause_without_role() -> None:
    [q] = _quotes(["Sumarni, yang sudah berjualan sejak 1990, mengaku omzetnya turun separuh."])
    assert (q.text, q.speaker) == ("omzetnya turun separuh", "Sumarni")


def test_cue_less_quote_run_keeps_the_speaker_across_a_mentioned_name() -> None:
    paras = [
        '"Kami sudah mengajukan anggaran perbaikan," kata Kepala Dinas PU Sragen, Hartono.',
        "Usulan itu sudah disampaikan kepada Gubernur Jawa Tengah Ahmad Luthfi bulan lalu.",
        '"Mudah-mudahan tahun ini bisa cair sehingga jembatan segera dibangun."',
        '"Warga sudah terlalu lama menunggu," tambahnya.',
    ]
    assert _one(paras, "Mudah-mudahan").speaker == "Hartono"
    assert _one(paras, "Warga sudah").speaker == "Hartono"


def test_new_paths_stay_linear_on_hostile_input(finishes: Callable[..., bool]) -> None:
    many_anaphors = ['"Ya," kata pria itu. ' * 3000]
    many_partials = ['X menuduh Y "bermain mata" dan ' * 3000]
    many_relatives = ["Budi, yang " + "a " * 5000 + ", mengatakan bahwa " * 2000]
    many_pairs = ["Ani dan Budi dan " * 3000 + "mengatakan, jalan rusak."]
    for paragraphs in (many_anaphors, many_partials, many_relatives, many_pairs):
        assert finishes(lambda paragraphs=paragraphs: extract_quotes(paragraphs), 20.0)


@pytest.mark.parametrize(
    ("introduction", "later"),
    [
        ("Wali Kota Semarang Hevearita Gunaryanti Rahayu yang akrab disapa Mbak Ita meninjau halte baru.", "kata Mbak Ita"),
        ("Wali Kota Semarang Hevearita Gunaryanti Rahayu atau biasa dipanggil Ita meninjau halte baru.", "kata Ita"),
        ("Hevearita Gunaryanti Rahayu alias Ita, tersangka kasus itu, ditangkap di rumahnya.", "kata Ita"),
        ("Hevearita Gunaryanti Rahayu (Ita), warga Mojosongo, mengatakan warga sudah kerja bakti.", "kata Ita"),
    ],
)
def test_aliases_map_to_the_full_name(introduction: str, later: str) -> None:
    paras = [introduction, f'"Halte ini untuk semua warga," {later}.']
    assert _one(paras, "Halte ini").speaker == "Hevearita Gunaryanti Rahayu"


def test_tokens_are_read_lazily_and_as_the_full_scan_reads_them() -> None:
    """Speed (issue 14): parse_after reads tokens only as far as it looks; the same tokens."""
    from itertools import islice

    from newsparse.attribution.speakers import _TOKEN, PHRASE_TOKENS, _Tokens

    text = 'kata Kapolres Cianjur AKBP Muhamad Rufai (45), "ya" ; ( 12 ) Senin: ' + "a b " * 20
    for start, end in ((5, len(text)), (5, 40), (0, 3), (10, 10)):
        want = [(m.start(), m.group()) for m in islice(_TOKEN.finditer(text, start, end), PHRASE_TOKENS)]
        tokens = _Tokens(text, start, end)
        assert tokens.has(2) == (len(want) > 2) and len(tokens.items) == min(3, len(want))
        assert tokens.all() == want and not tokens.has(len(want))


# A title written lowercase before a name: medical titles are lowercase by convention ("dr",
# "drg", "drh", "apt"), everyday honorifics often are ("pak", "bu", "mbak"). The title is not
# part of the name, as "Dr." and "Pak" are not.
LOWERCASE_TITLES = ["dr", "dr.", "drg", "drg.", "drh.", "apt.", "pak", "bu", "mbak"]


@pytest.mark.parametrize("title", LOWERCASE_TITLES)
@pytest.mark.parametrize(
    "shape",
    [
        "“Pasien harus banyak istirahat,” {cue} {title} Rina Kartika.",
        "“Pasien harus banyak istirahat,” {cue} {title} Rina Kartika, Senin (3/2/2025).",
        "“Pasien harus banyak istirahat,” {cue} {title} Rina Kartika kepada Tribunnews.com.",
        "Pasien harus banyak istirahat, {cue} {title} Rina Kartika saat ditemui di rumah sakit.",
    ],
)
@pytest.mark.parametrize("cue", ["kata", "ujar", "tutur"])
def test_a_lowercase_title_before_the_name_is_not_the_speaker(title: str, shape: str, cue: str) -> None:
    quotes = _quotes([shape.format(title=title, cue=cue)])
    assert [(q.speaker, q.role) for q in quotes] == [("Rina Kartika", None)]


@pytest.mark.parametrize("title", ["dr", "dr.", "drg", "pak"])
@pytest.mark.parametrize("role", ["dokter spesialis anak", "juru bicara rumah sakit", "ketua tim medis"])
def test_a_role_then_a_comma_then_a_lowercase_title_and_the_name(title: str, role: str) -> None:
    quotes = _quotes([f"“Jangan panik,” ujar {role}, {title} Rina Kartika, Selasa (4/2/2025)."])
    assert [(q.speaker, q.role) for q in quotes] == [("Rina Kartika", role)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“Saya kehilangan anak saya,” kata ibu korban.", "ibu korban"),  # no name follows: a descriptor
        ("“Saya kehilangan anak saya,” kata ibu korban, Siti Aminah.", "Siti Aminah"),
        ("“Kami siap,” ujar dia.", None),  # a pronoun, with nobody before it
        ("“Kami siap,” kata Dr. Rina Kartika.", "Rina Kartika"),  # capitalised, as before
    ],
)
def test_lowercase_words_that_are_not_a_title_before_a_name_read_as_before(sentence: str, speaker: str | None) -> None:
    assert [q.speaker for q in _quotes([sentence])] == [speaker]


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Menurut Dr. Rina Kartika, jalan itu rusak. Warga mengeluh.", ["Menurut", "Warga"]),
        ("Kata Prof. Dr. Budi Santoso, MSi, jalan itu rusak. Warga mengeluh.", ["Kata", "Warga"]),
        ("Ujar drg. Siti, gigi anak itu rusak. Ia datang.", ["Ujar", "Ia"]),
        ("Hadir pula H. Ahmad dan Hj. Siti Aminah. Mereka pulang.", ["Hadir", "Mereka"]),
        ("Budi S. Santoso datang. Ia pulang.", ["Budi", "Ia"]),
        ("Harga naik 5 persen. Pedagang mengeluh. Dr Budi diam.", ["Harga", "Pedagang", "Dr"]),
        ("Kami datang ke sana. Rumah itu sepi.", ["Kami", "Rumah"]),
    ],
)
def test_a_title_or_an_initial_before_a_name_ends_no_sentence(text: str, starts: list[str]) -> None:
    from newsparse.attribution.text import sentence_bounds

    assert [text[at:].split()[0] for at in sentence_bounds(text)] == starts


# --- long roles after a cue: commas, "dan", "/" and institution nouns inside the role ------------
# A role in Indonesian news can run over commas ("Kepala Bagian Umum dan Humas, RSUD Cibabat,
# Budi"), list its fields ("Bidang Politik, Hukum, dan Keamanan"), join two offices with "/" and
# name an office by nouns in pe-…-an / ke-…-an ("Penanggulangan Kemiskinan"). The person is the
# name that ends the phrase; the rest is the role.

LONG_ROLE_TAILS = [".", " saat dihubungi.", ", Senin (3/2/2025).", " kepada Tribunnews.com."]


@pytest.mark.parametrize("tail", LONG_ROLE_TAILS)
@pytest.mark.parametrize("cue", ["kata", "ujar", "tutur"])
@pytest.mark.parametrize(
    "role",
    [
        "Kepala Bagian Umum dan Humas, Rumah Sakit Umum Daerah Cibabat",
        "Kepala Puskesmas Sukamaju, Bandung Barat",
        "Kepala Seksi Operasional, Balai Besar Wilayah Sungai Citarum",
        "Manajer Humas, PT Angkasa Pura Kualanamu",
    ],
)
def test_a_role_over_commas_ends_with_the_name(role: str, cue: str, tail: str) -> None:
    quotes = _quotes([f"“Layanan tetap buka seperti biasa,” {cue} {role}, Rina Marlina{tail}"])
    assert [(q.speaker, q.role) for q in quotes] == [("Rina Marlina", role)]


@pytest.mark.parametrize("tail", LONG_ROLE_TAILS[:3])
@pytest.mark.parametrize("cue", ["kata", "ujar", "ungkap"])
@pytest.mark.parametrize(
    "role",
    [
        "Menteri Koordinator Bidang Politik, Hukum, dan Keamanan",
        "Kepala Dinas Kebudayaan, Pariwisata, dan Olahraga Kota Garut",
        "Ketua Komisi Pendidikan, Kesehatan, serta Kesejahteraan Rakyat DPRD Jabar",
        "Menteri Pariwisata dan Ekonomi Kreatif / Kepala Badan Pariwisata Nasional",
        "Kepala Dinas Perhubungan / Plt Kepala Dinas Pekerjaan Umum",
    ],
)
def test_a_role_listing_fields_or_joining_offices_ends_with_the_name(role: str, cue: str, tail: str) -> None:
    quotes = _quotes([f"“Semua jalur sudah kami siapkan,” {cue} {role} Andi Saputra{tail}"])
    assert [(q.speaker, q.role) for q in quotes] == [("Andi Saputra", role)]


@pytest.mark.parametrize("name", ["Dewi Lestari", "Wiwin"])
@pytest.mark.parametrize(
    "role",
    [
        "Staf Ahli Bidang Sosial dan Penanggulangan Kemiskinan",
        "Deputi Bidang Pencegahan dan Pemberantasan",
        "Kepala Bidang Kedaruratan dan Logistik BPBD",
        "Kepala Seksi Kesiapsiagaan",
        "Kepala Dinas Pertanian dan Ketahanan",
    ],
)
@pytest.mark.parametrize("cue", ["kata", "jelas"])
def test_institution_nouns_belong_to_the_role(role: str, name: str, cue: str) -> None:
    quotes = _quotes([f"“Posko dibuka 24 jam,” {cue} {role} {name} di kantornya."])
    assert [(q.speaker, q.role) for q in quotes] == [(name, role)]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("“Harga naik terus,” kata Ketua Paguyuban Pedagang Kurniawan Santosa.", "Kurniawan Santosa"),
        ("“Harga naik terus,” kata Ketua Paguyuban Pedagang Hermawan Pebriyan.", "Hermawan Pebriyan"),
        ("“Harga naik terus,” kata pedagang, Setiawan, Senin (3/2/2025).", "Setiawan"),
        ("“Harga naik terus,” kata Budi Santoso, Kamis (6/2/2025).", "Budi Santoso"),
        ("“Harga naik terus,” kata Wali Kota Bogor, Dedie Rachim, di Balai Kota.", "Dedie Rachim"),
        ("“Harga naik terus,” kata Ketua Paguyuban, Ujang Suryana, dan istrinya.", "Ujang Suryana"),
        ("“Harga naik terus,” kata Menteri Perdagangan, Rudi Hartono, Jakarta.", "Rudi Hartono"),
    ],
)
def test_names_like_institution_nouns_and_plain_comma_names_stay_names(sentence: str, speaker: str) -> None:
    assert [q.speaker for q in _quotes([sentence])] == [speaker]


@pytest.mark.parametrize("cue", ["kata", "sebut", "ujar"])
@pytest.mark.parametrize(
    "role",
    [
        "peneliti Lembaga Riset Ekonomi (LRE)",
        "juru bicara Satgas Penanganan Covid-19 Kabupaten Garut Jawa Barat",
        "dosen Fakultas Ilmu Sosial dan Ilmu Politik (FISIP) Universitas Padjadjaran",
    ],
)
def test_a_long_lowercase_role_then_a_comma_and_the_name(role: str, cue: str) -> None:
    quotes = _quotes([f"“Angkanya masih bisa naik,” {cue} {role}, Siti Aminah, dalam diskusi daring."])
    assert [q.speaker for q in quotes] == ["Siti Aminah"]
    assert quotes[0].role is not None and quotes[0].role.startswith(role.split(" (")[0])


@pytest.mark.parametrize("name", ["Arif Santoso", "Wiwin"])
@pytest.mark.parametrize(
    "role",
    [
        "Menteri Energi dan Sumber Daya Mineral",
        "Kepala Dinas Kependudukan dan Pencatatan Sipil",
        "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi",
        "Kepala Dinas Koperasi dan Usaha Mikro",
    ],
)
@pytest.mark.parametrize("shape", ["“Stok aman,” kata {role} {name}.", "{role} {name} mengatakan, stok beras di gudang masih aman sampai akhir tahun."])
def test_multi_word_fields_after_dan_belong_to_the_role(role: str, name: str, shape: str) -> None:
    quotes = _quotes([shape.format(role=role, name=name)])
    assert [(q.speaker, q.role) for q in quotes] == [(name, role)]


# --- subjects written in comma parts before the verb: "Role, Name, verb" and "Name, role, verb" ---
# The role may hold a body in brackets, lowercase words, "dan", a place between commas, or the
# person may carry a police rank written out; the "-nya" that follows is the same person.

FOLLOW_UP = "“Kami terus memantau perkembangannya setiap hari,” {cue}."


@pytest.mark.parametrize("cue", ["katanya", "ujarnya", "tuturnya"])
@pytest.mark.parametrize("verb", ["mengatakan,", "menjelaskan,", "mengungkapkan,"])
@pytest.mark.parametrize(
    ("subject", "role"),
    [
        ("Budi Santoso, Ketua Pusat Kajian Hak Asasi Manusia (Puskaham) Jabar,", "Ketua Pusat Kajian Hak Asasi Manusia (Puskaham) Jabar"),
        ("Budi Santoso, dokter jaga dari Ikatan Dokter Indonesia Garut,", "dokter jaga dari Ikatan Dokter Indonesia Garut"),
        ("Budi Santoso, kuasa hukum PT Maju dan Rudi Hartono,", "kuasa hukum PT Maju dan Rudi Hartono"),
        ("Kepala Kepolisian Sektor Cibeunying Kaler, Komisaris Budi Santoso,", "Kepala Kepolisian Sektor Cibeunying Kaler"),
        ("Kepala Unit Reskrim, Ajun Komisaris Polisi Budi Santoso,", "Kepala Unit Reskrim"),
        ("Pengajar Fakultas Hukum Universitas Pasundan, Budi Santoso,", "Pengajar Fakultas Hukum Universitas Pasundan"),
        ("Kepala Puskesmas Cibiru, Bandung, Budi Santoso,", "Kepala Puskesmas Cibiru, Bandung"),
        ("Kepala Seksi Pelayanan, Kantor Imigrasi Kelas I Bandung, Budi Santoso,", "Kepala Seksi Pelayanan, Kantor Imigrasi Kelas I Bandung"),
    ],
)
def test_a_subject_in_comma_parts_names_the_speaker_and_the_nya_after_it(
    subject: str, role: str, verb: str, cue: str
) -> None:
    paras = [f"{subject} {verb} pasien terus bertambah sejak awal bulan ini.", FOLLOW_UP.format(cue=cue)]
    quotes = _quotes(paras)
    assert [(q.speaker, q.role) for q in quotes] == [("Budi Santoso", role)] * 2


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # Two capitalised parts before a name: still the name last ("Kota" is a place here).
        ("Ketua RW 05, Kelurahan Sukapura, Ujang Suryana, mengatakan, air sudah surut sejak pagi.", "Ujang Suryana"),
        # A plain "Name, role, verb" reads as before.
        ("Budi Santoso, Ketua Paguyuban Pedagang Pasar Kosambi, mengatakan, omzet turun sejak Januari.", "Budi Santoso"),
        # Name, role, body: the body joins the role.
        ("Budi Santoso, Ketua Pusat Kajian, Universitas Pasundan, mengatakan, omzet turun sejak Januari.", "Budi Santoso"),
    ],
)
def test_comma_subjects_that_read_as_before(sentence: str, speaker: str | None) -> None:
    quotes = _quotes([sentence])
    assert [q.speaker for q in quotes] == [speaker] * len(quotes)


@pytest.mark.parametrize("head", ["Pengamat", "Pegiat", "Pakar", "Akademisi"])
@pytest.mark.parametrize("field", ["pemilu", "hukum tata negara", "kebijakan publik"])
@pytest.mark.parametrize("verb", ["menilai", "mengatakan", "menyebut"])
def test_a_role_only_subject_keeps_its_lowercase_field(head: str, field: str, verb: str) -> None:
    quotes = _quotes([f"{head} {field} {verb} laporan dana kampanye itu tidak menggambarkan belanja sebenarnya."])
    assert [(q.speaker, q.role) for q in quotes] == [(f"{head} {field}", f"{head} {field}")]


@pytest.mark.parametrize("cue", ["kata", "ujar"])
@pytest.mark.parametrize(
    "office",
    [
        "Kepala Unit Pelaksana Teknis Daerah Pemakaman Dinas Perumahan, Kawasan Permukiman, dan Pertanahan Kota Bekasi",
        "Kepala Seksi Pengendalian Operasional Dinas Perhubungan, Komunikasi, dan Informatika Kabupaten Bandung Barat",
    ],
)
def test_an_office_of_twenty_tokens_still_ends_with_the_whole_name(office: str, cue: str) -> None:
    paras = [
        f"{office} Yusuf Hidayat mengatakan, makam di blok baru sudah penuh sejak pekan lalu.",
        f"“Kami sudah minta tambahan lahan,” {cue} Yusuf.",
    ]
    assert [q.speaker for q in _quotes(paras)] == ["Yusuf Hidayat", "Yusuf Hidayat"]


@pytest.mark.parametrize("name", ["Rudi Hartono", "Siti Nurhaliza"])
@pytest.mark.parametrize(
    "role",
    [
        "Pelaksana Tugas Kepala Dinas Kesehatan",
        "Direktur Jenderal Bina Marga Kementerian PUPR",
        "Sekretaris Jenderal Kementerian Sosial",
        "Pelaksana Harian Direktur Jenderal Pencegahan dan Pengendalian Penyakit",
        "Pelaksana Tugas Bupati Garut",
        "Manajer Humas PT KAI Daop 2 Bandung",
        "Komandan Kodim 0618 Kota Bandung",
    ],
)
@pytest.mark.parametrize("shape", ["“Stok aman,” kata {role} {name} saat dihubungi.", "“Stok aman,” ujar {role} {name}."])
def test_written_out_acting_roles_and_unit_numbers_stay_in_the_role(role: str, name: str, shape: str) -> None:
    quotes = _quotes([shape.format(role=role, name=name)])
    assert [(q.speaker, q.role) for q in quotes] == [(name, role)]


@pytest.mark.parametrize("role", ["juru bicara", "kuasa hukum", "istri", "ajudan", "pengacara"])
@pytest.mark.parametrize("cue", ["kata", "ujar"])
def test_a_name_after_a_role_that_takes_a_possessor_is_not_the_speaker(role: str, cue: str) -> None:
    """"ujar juru bicara Brahimi" is Brahimi's spokesperson speaking, not Brahimi."""
    quotes = _quotes([f"“Semua pihak harus kembali ke meja perundingan,” {cue} {role} Lakhdar Brahimi."])
    assert len(quotes) == 1 and quotes[0].speaker != "Lakhdar Brahimi"


@pytest.mark.parametrize("role", ["pengamat kebijakan publik", "peneliti senior", "dosen hukum tata negara"])
@pytest.mark.parametrize("tail", [".", ", Senin (3/2/2025).", " kepada Tribunnews.com."])
def test_a_lowercase_role_of_several_words_then_the_name(role: str, tail: str) -> None:
    quotes = _quotes([f"“Tarif itu terlalu mahal bagi warga,” kata {role} Rina Kartika{tail}"])
    assert [(q.speaker, q.role) for q in quotes] == [("Rina Kartika", role)]
