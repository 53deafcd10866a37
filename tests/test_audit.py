"""``newsparse.audit``: findings that suggest a parse went wrong, one kind at a time."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from newsparse import Article, Finding, Quote, audit, parse_article, sample_html
from newsparse.cli import main

URL = "https://www.tribunnews.com/regional/2024/11/01/pemkot-semarang-uji-coba-bus-listrik"
CLEAN = "Pemerintah Kota Semarang mulai menguji coba enam bus listrik di koridor baru."


def article(**fields: object) -> Article:
    values: dict[str, object] = {"url": URL, "site": "www.tribunnews.com", "title": "Bus Listrik Diuji Coba",
                                 "paragraphs": [CLEAN], "parser": "tribun"}  # fmt: skip
    values.update(fields)
    return Article.model_validate(values)


def kinds(found: list[Finding]) -> list[str]:
    return [finding.kind for finding in found]


def test_a_clean_article_has_no_findings() -> None:
    assert audit(article()) == []
    assert audit(parse_article(sample_html())) == []


@pytest.mark.parametrize(
    "paragraph",
    [
        "TRIBUNNEWS.COM, JAKARTA - " + CLEAN,
        "SEMARANG, TRIBUN - " + CLEAN,
        "POS-KUPANG.COM| KUPANG-- " + CLEAN,
        # other outlets' datelines, which the audit knows by shape
        "Jakarta - " + CLEAN,
        "JAKARTA, KOMPAS.com - " + CLEAN,
        "Jakarta, CNN Indonesia -- " + CLEAN,
        "Jakarta (ANTARA) - " + CLEAN,
        "REPUBLIKA.CO.ID, MOSKOW --- " + CLEAN,
        "Liputan6.com, Jakarta: " + CLEAN,
        "Bandung, Tribun Jabar — " + CLEAN,
    ],
)
def test_a_dateline_left_in_a_paragraph(paragraph: str) -> None:
    found = audit(article(paragraphs=[CLEAN, paragraph]))
    assert kinds(found) == ["dateline-in-body"]
    assert found[0].where == "paragraphs[1]"


@pytest.mark.parametrize(
    "paragraph",
    [
        "Baca juga: Tarif Trans Semarang Tidak Naik hingga Akhir Tahun",
        "BACA JUGA : Tarif Trans Semarang Tidak Naik",
        CLEAN + " Baca juga: Tarif Trans Semarang Tidak Naik",  # glued to the text
        "Laporan Wartawan Tribunnews.com, Rina Ayu Panca Rini",
        "Artikel ini telah tayang di Kompas.com dengan judul Bus Listrik",
        "Penulis: Rina Ayu | Editor: Adi Suhendi",
        "Dapatkan Berita Pilihan dan Terbaru Setiap Hari dari Tribunnews.com",
        "(tor/nrl)",
        "(ADO)",
        "[Gambas:Video CNN]",
    ],
)
def test_boilerplate_left_in_a_paragraph(paragraph: str) -> None:
    assert kinds(audit(article(paragraphs=[CLEAN, paragraph]))) == ["boilerplate-in-body"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "• Memakai masker saat berada di luar rumah",  # a list item, not a related link
        "Tanya: Apa rencana Anda tahun depan?",  # an interview, not a dateline
        "Menurut dia, bus listrik - yang dibeli tahun lalu - sudah siap.",
        "Harga cabai naik (lihat tabel).",
        "Program Keluarga Harapan (PKH) tetap berjalan.",
    ],
)
def test_ordinary_paragraphs_are_not_findings(paragraph: str) -> None:
    assert audit(article(paragraphs=[CLEAN, paragraph])) == []


@pytest.mark.parametrize(
    ("authors", "expected"),
    [
        (["Tribunnews.com"], "author-is-site"),
        (["Tribunnews"], "author-is-site"),
        (["Kompas.com"], "author-is-site"),  # any web address is a site, not a writer
        (["Reuters"], "author-is-organisation"),
        (["Associated Press"], "author-is-organisation"),
    ],
)
def test_an_organisation_credited_as_author(authors: list[str], expected: str) -> None:
    assert kinds(audit(article(authors=authors))) == [expected]


def test_people_are_not_organisations() -> None:
    assert audit(article(authors=["Rina Ayu Panca Rini", "Tim Tribunnews"])) == []


def test_the_title_is_the_site() -> None:
    assert kinds(audit(article(title="Tribunnews.com"))) == ["title-is-site"]


@pytest.mark.parametrize("label", ["StumbleUpon", "WhatsApp", "Bagikan"])
def test_a_share_button_as_section(label: str) -> None:
    assert kinds(audit(article(section=label))) == ["section-is-share-label"]
    assert audit(article(section="Regional")) == []


def test_replacement_characters() -> None:
    found = audit(article(paragraphs=[CLEAN, "\ufffdKami siap,\ufffd kata dia."]))
    assert kinds(found) == ["replacement-character"]


def test_a_quote_without_speaker() -> None:
    said = '"Kami siap," kata Budi.'
    quote = Quote(text="Kami siap", speaker=None, direct=True, paragraph=1, start=len(CLEAN) + 3, end=len(CLEAN) + 12)
    named = quote.model_copy(update={"speaker": "Budi"})
    assert kinds(audit(article(paragraphs=[CLEAN, said], quotes=[quote, named]))) == ["quote-without-speaker"]


def test_batch_audit_counts_findings_per_kind(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    good = tmp_path / "good.html"
    good.write_bytes(sample_html())
    bad = tmp_path / "bad.html"
    bad.write_text(
        sample_html().decode("utf-8").replace("Pemerintah Kota Semarang mulai", "Baca juga: Pemerintah Kota Semarang mulai"),
        encoding="utf-8",
    )
    assert main(["batch", str(tmp_path), "-o", str(tmp_path / "out.jsonl"), "--audit"]) == 0
    err = capsys.readouterr().err
    assert "audit: 2 articles" in err
    assert "boilerplate-in-body 1" in err
    lines = (tmp_path / "out.jsonl").read_text().splitlines()
    assert [json.loads(line)["parser"] for line in lines] == ["tribun", "tribun"]


def test_batch_audit_needs_json_lines(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "page.html").write_bytes(sample_html())
    assert main(["batch", str(tmp_path), "-o", str(tmp_path / "out.csv"), "--audit"]) == 2
    assert "--audit" in capsys.readouterr().err
    assert not (tmp_path / "out.csv").exists()


HOSTILE = {
    "1 MB of capitalised words": "Jakarta " * 125_000,
    "1 MB of dashes": "A -" * 333_333,
    "1 MB of parentheses": "(ab/" * 250_000,
    "1 MB of brackets": "[" * 1_000_000,
    "1 MB of domains": "Aa.com, " * 125_000,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_paragraphs_do_not_hang(name: str, finishes: Callable[..., bool]) -> None:
    text = HOSTILE[name]
    assert finishes(lambda: audit(article(paragraphs=[text], title=text[:200], authors=[text[:300]])), 10.0)


def test_long_titles_and_pages_stay_fast(finishes: Callable[..., bool]) -> None:
    html = "<html><head><title>" + " - ".join(["Kabar Pesisir"] * 20_000) + "</title></head><body>"
    html += "<div>" + "<br>".join(["Nelayan Muncar panen ikan lemuru sejak awal pekan ini."] * 20_000) + "</div>"
    html += "<h2>x</h2>" * 2_000 + "</body></html>"
    assert finishes(lambda: parse_article(html, url="https://www.kabarpesisir.com/a/b"), 10.0)
