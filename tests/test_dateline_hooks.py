"""Issue 11, class 11: other outlets' datelines in the shared cleaner, and a site's own patterns."""

from __future__ import annotations

import pytest
from lxml import html

from newsparse import parse_article
from newsparse.cleaning import CleaningRules, clean_body
from newsparse.sites.base import Selectors, SiteParser

LEAD = "Harga beras medium di pasar induk turun tipis setelah panen raya dimulai."


def clean(body: str, rules: CleaningRules = CleaningRules()):  # type: ignore[no-untyped-def]  # noqa: B008
    return clean_body(html.fragment_fromstring(f"<div>{body}</div>"), rules)


@pytest.mark.parametrize(
    ("prefix", "outlet", "place"),
    [
        ("JAKARTA, KOMPAS.com - ", "KOMPAS.com", "JAKARTA"),
        ("Jakarta - ", "", "Jakarta"),
        ("Jakarta (ANTARA) - ", "ANTARA", "Jakarta"),
        ("Jakarta, CNN Indonesia -- ", "CNN Indonesia", "Jakarta"),
        ("REPUBLIKA.CO.ID, MOSKOW --- ", "REPUBLIKA.CO.ID", "MOSKOW"),
        ("Liputan6.com, Jakarta: ", "Liputan6.com", "Jakarta"),
        ("MEDAN, KOMPAS.com – ", "KOMPAS.com", "MEDAN"),
        ("Palembang (ANTARA News) - ", "ANTARA News", "Palembang"),
        ("Jakarta, CNBC Indonesia - ", "CNBC Indonesia", "Jakarta"),
        ("Bandar Lampung - ", "", "Bandar Lampung"),
        ("Jakarta, IDN Times - ", "IDN Times", "Jakarta"),
        ("Surabaya, JPNN - ", "JPNN", "Surabaya"),
    ],
)
def test_datelines_of_other_indonesian_outlets(prefix: str, outlet: str, place: str) -> None:
    out = clean(f"<p>{prefix}{LEAD}</p><p>Paragraf kedua.</p>")
    assert out.paragraphs == [LEAD, "Paragraf kedua."]
    assert out.dateline is not None and (out.dateline.outlet, out.dateline.place) == (outlet, place)


@pytest.mark.parametrize(
    "text",
    [
        "Senin - Jumat kantor pelayanan buka pukul delapan pagi.",
        "Menurut Budi, harga - harga naik.",
        "Pasar - pasar tradisional masih ramai.",
    ],
)
def test_ordinary_first_sentences_are_not_place_datelines(text: str) -> None:
    out = clean(f"<p>{text}</p>")
    assert out.dateline is None and out.paragraphs == [text]


def test_a_place_only_dateline_is_only_taken_from_the_first_paragraph() -> None:
    out = clean(f"<h2>Harga Pangan</h2><p>Jakarta - {LEAD}</p>")
    assert out.dateline is None


def test_site_dateline_and_footer_patterns_through_cleaning_rules() -> None:
    rules = CleaningRules(
        datelines=(r"^(?P<place>[A-Z]+) \| (?P<outlet>KABAR) \|\s*",),
        footers=(r"(?i)disadur dari (?P<src>\S+) berjudul (?P<title>.+)", r"\(red\)"),
    )
    out = clean(f"<p>SOLO | KABAR | {LEAD}</p><p>(red)</p><p>Disadur dari Solopos.com berjudul Beras Turun</p>", rules)
    assert out.paragraphs == [LEAD]
    assert out.dateline is not None and (out.dateline.outlet, out.dateline.place) == ("KABAR", "SOLO")
    assert [(s.name, s.kind, s.title) for s in out.syndication] == [("Solopos.com", "syndication", "Beras Turun")]


class _KabarParser(SiteParser):
    name = "kabar-test"
    selectors = Selectors(title=("//h1",), body=("//div[@id='isi']",))
    dateline_patterns = (r"^(?P<place>[A-Z]+) \| (?P<outlet>KABAR) \|\s*",)
    footer_patterns = (r"(?i)disadur dari (?P<src>\S+) berjudul (?P<title>.+)",)


def test_site_parser_hooks_reach_the_cleaner() -> None:
    page = (
        f"<html><body><h1>Beras Turun</h1><div id='isi'><p>SOLO | KABAR | {LEAD}</p><p>Paragraf kedua.</p>"
        "<p>Disadur dari Solopos.com berjudul Beras Turun di Pasar</p></div></body></html>"
    )
    article = parse_article(page, url="https://kabar.example/a", parser=_KabarParser())
    assert article.paragraphs == [LEAD, "Paragraf kedua."]
    assert article.dateline is not None and article.dateline.place == "SOLO"
    assert [(s.name, s.title) for s in article.sources if s.kind == "syndication"] == [
        ("Solopos", "Beras Turun di Pasar")  # the outlet's canonical name (lang.OUTLETS)
    ]
