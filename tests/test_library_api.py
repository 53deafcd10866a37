"""What a new user of the library runs into (issue 13): input types, logging, model checks,
one kind of tzinfo, the schema's identity, and subheadings kept apart from paragraphs."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from pydantic import ValidationError

import newsparse
from newsparse import Article, Block, ParseError, Quote, Source, parse_article, parse_pages
from newsparse.samples import SAMPLE_URL, sample_path

FIXTURES = Path(__file__).parent / "fixtures"
SAMPLE = newsparse.sample_html()


def _body_page(body: str, url: str = "https://www.tribunnews.com/regional/2024/11/01/x") -> tuple[str, str]:
    html = f"""<html><head><title>T</title></head><body><h1 id="arttitle">Judul Berita Uji</h1>
<div class="side-article txt-article multi-fontsize">{body}</div></body></html>"""
    return html, url


# -- input: paths and URL strings ---------------------------------------------------------------


def test_a_path_is_read_as_bytes() -> None:
    assert parse_article(sample_path(), url=SAMPLE_URL) == parse_article(SAMPLE, url=SAMPLE_URL)
    pages = sorted(FIXTURES.glob("2[789]-*.html"))
    assert parse_pages(pages) == parse_pages([p.read_bytes() for p in pages])


def test_an_unreadable_path_is_a_parse_error(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="cannot read"):
        parse_article(tmp_path / "missing.html")
    with pytest.raises(ParseError, match="cannot read"):
        parse_article(tmp_path)  # a directory


@pytest.mark.parametrize("url", [SAMPLE_URL, "http://solo.tribunnews.com/x", "  https://x.example/a?b=1\n"])
def test_a_url_string_says_newsparse_does_not_fetch(url: str) -> None:
    with pytest.raises(ParseError, match="newsparse does not fetch pages"):
        parse_article(url)
    with pytest.raises(ParseError, match="newsparse does not fetch pages"):
        parse_pages([url])


def test_html_that_starts_with_a_url_is_still_html() -> None:
    html = "https://www.tribunnews.com/ <html><body><p>Halo</p></body></html>"
    with pytest.raises(newsparse.NotAnArticleError):  # parsed as a page, not refused as a URL
        parse_article(html)


# -- logging ---------------------------------------------------------------------------------------


def test_the_package_logger_has_a_null_handler() -> None:
    assert any(isinstance(h, logging.NullHandler) for h in logging.getLogger("newsparse").handlers)


def test_debug_says_parser_layout_empty_fields_and_what_was_stripped(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="newsparse"):
        parse_article(SAMPLE, url=SAMPLE_URL)
        html, url = _body_page("<p>TRIBUNNEWS.COM, JAKARTA - Isi berita yang cukup panjang untuk diuji.</p>")
        parse_article(html, url)
    text = "\n".join(r.getMessage() for r in caplog.records)
    assert all(r.levelno == logging.DEBUG for r in caplog.records)
    assert "parser 'tribun' chosen by the host of the URL" in text
    assert "parser 'tribun', layout 'desktop-2022'" in text
    assert "stripped dateline 'TRIBUNNEWS.COM, SEMARANG -'" in text and "1 related link(s)" in text
    # The bare page has no date, no authors, no tags: each is named with the reason.
    assert f"{url}: published is empty: no JSON-LD/meta date" in text
    assert f"{url}: authors is empty:" in text and f"{url}: tags is empty:" in text
    assert f"{SAMPLE_URL}: published is empty" not in text


def test_nothing_at_info_for_a_normal_page(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="newsparse"):
        for path in sorted(FIXTURES.glob("*.html"))[:10]:
            parse_article(path.read_bytes())
    assert caplog.records == []


# -- models: offsets, zones, schema -----------------------------------------------------------------


def _article(**fields: object) -> Article:
    base: dict[str, object] = {"title": "T", "parser": "tribun", "paragraphs": ["Halo dunia.", "Kata dia."]}
    return Article.model_validate({**base, **fields})


def test_quote_offsets_must_select_the_quote_in_the_text() -> None:
    good = Quote(text="dunia", direct=False, paragraph=0, start=5, end=10)
    assert _article(quotes=[good]).quotes == [good]
    outside = Quote(text="dunia", direct=False, paragraph=0, start=500, end=505)
    with pytest.raises(ValidationError, match="outside the text"):
        _article(quotes=[outside])
    wrong = Quote(text="dunia", direct=False, paragraph=0, start=0, end=5)
    with pytest.raises(ValidationError, match="do not select its text"):
        _article(quotes=[wrong])
    with pytest.raises(ValidationError, match="outside the text"):
        _article(quotes=[Quote(text="Kata", direct=False, paragraph=7, start=13, end=17)])


def test_source_offsets_must_be_inside_the_text() -> None:
    assert _article(sources=[Source(name="Kata", kind="other", paragraph=1, start=13, end=17)]).sources
    with pytest.raises(ValidationError, match="outside the text"):
        _article(sources=[Source(name="AFP", kind="agency", paragraph=1, start=13, end=99)])
    with pytest.raises(ValidationError, match="paragraph 5"):
        _article(sources=[Source(name="AFP", kind="agency", paragraph=5)])
    with pytest.raises(ValidationError, match="both start and end"):
        _article(sources=[Source(name="AFP", kind="agency", start=1)])
    # Boilerplate sources (syndication) have no position at all.
    assert _article(sources=[Source(name="Kompas.com", kind="syndication")]).sources


def test_every_fixture_still_validates_and_round_trips() -> None:
    for path in sorted(FIXTURES.glob("*.html")):
        article = parse_article(path.read_bytes())
        assert Article.model_validate_json(article.model_dump_json()) == article, path.name


def test_one_kind_of_tzinfo_whatever_the_source() -> None:
    wita_visible = parse_article((FIXTURES / "07-amp2019-poskupang-wita.html").read_bytes())
    meta_offset = parse_article((FIXTURES / "06-regional2020-poskupang-pipe-bullets.html").read_bytes())
    wib_named = parse_article((FIXTURES / "01-www2015-mixed-case-dateline.html").read_bytes())
    dates = [wita_visible.published, meta_offset.published, wib_named.published, wib_named.modified]
    dates += [Article.model_validate_json(wita_visible.model_dump_json()).published]
    for value in dates:
        if value is not None:
            assert type(value.tzinfo) is timezone and value.tzinfo == timezone(value.utcoffset() or timedelta())
            assert value.tzname() in ("UTC+07:00", "UTC+08:00")
    assert wita_visible.published is not None and wita_visible.published.tzname() == "UTC+08:00"
    assert wib_named.published is not None and wib_named.published.tzname() == "UTC+07:00"
    # Built by hand with another tzinfo: normalised too, the instant unchanged.
    from dateutil.tz import tzoffset

    when = datetime(2024, 1, 2, 3, 4, tzinfo=tzoffset("WIT", 9 * 3600))
    article = _article(published=when)
    assert article.published == when and article.published is not None
    assert article.published.tzinfo == timezone(timedelta(hours=9)) and article.published.tzname() == "UTC+09:00"


def test_the_schema_names_its_dialect_and_id() -> None:
    schema = Article.model_json_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["$id"].startswith("https://") and schema["$id"].endswith(".schema.json")


# -- subheadings ------------------------------------------------------------------------------------


def test_the_sample_keeps_its_h2_as_a_subheading() -> None:
    article = parse_article(SAMPLE)
    (index,) = article.subheadings
    assert article.paragraphs[index] == "Halte Dilengkapi Papan Informasi"  # an <h2> in the page
    assert article.blocks[index] == Block(kind="subheading", text="Halte Dilengkapi Papan Informasi")
    assert [b.text for b in article.blocks] == article.paragraphs
    assert sum(b.kind == "subheading" for b in article.blocks) == 1


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<h3>Warga Mengungsi</h3>", True),
        ("<p><strong>Warga Mengungsi</strong></p>", True),
        ("<p><b>Warga  Mengungsi ke Balai Desa</b></p>", True),
        ("<p><strong>Warga</strong> mengungsi ke balai desa sejak pagi.</p>", False),  # a bold word only
        (f"<p><strong>{'Kalimat yang panjang sekali. ' * 6}</strong></p>", False),  # bold text, not a heading
        ("<p>Warga Mengungsi</p>", False),
    ],
)
def test_subheadings_from_headings_and_short_all_bold_paragraphs(markup: str, expected: bool) -> None:
    html, url = _body_page(
        "<p>TRIBUNNEWS.COM, JAKARTA - Banjir merendam desa itu sejak Senin pagi.</p>"
        f"{markup}<p>Air mulai surut pada sore hari.</p>"
    )
    article = parse_article(html, url)
    assert len(article.paragraphs) == 3
    assert article.subheadings == ([1] if expected else [])


def test_merged_pages_keep_subheadings_at_their_new_positions() -> None:
    first, url = _body_page("<p>TRIBUNNEWS.COM, JAKARTA - Paragraf pertama halaman satu.</p>"
                            "<h2>Bagian Satu</h2><p>Paragraf kedua halaman satu.</p>")
    second, _ = _body_page("<p>Paragraf pertama halaman dua.</p><h2>Bagian Dua</h2><p>Penutup.</p>")
    article = parse_pages([first, second], url=url)
    assert [article.paragraphs[i] for i in article.subheadings] == ["Bagian Satu", "Bagian Dua"]


def test_subheading_indices_are_checked() -> None:
    assert _article(subheadings=[1]).blocks[1].kind == "subheading"
    with pytest.raises(ValidationError, match="outside the 2 paragraphs"):
        _article(subheadings=[2])
    with pytest.raises(ValidationError, match="increasing"):
        _article(subheadings=[1, 0])


# -- renderings ---------------------------------------------------------------------------------------


def test_markdown_escapes_what_would_change_the_structure() -> None:
    from newsparse.render import to_markdown

    article = _article(
        title="Harga *Cabai* Naik",
        paragraphs=["1. Pertama, harga naik.", "# bukan judul", "Sub_bagian [A]", "Tarif <b>naik</b> 10%"],
        subheadings=[2],
    )
    text = to_markdown(article)
    assert text.startswith("# Harga \\*Cabai\\* Naik\n\n")
    assert "\n\n1\\. Pertama, harga naik.\n\n" in text  # not a numbered list
    assert "\n\n\\# bukan judul\n\n" in text  # not a heading
    assert "\n\n## Sub\\_bagian \\[A\\]\n\n" in text  # the subheading, escaped
    assert "Tarif \\<b\\>naik\\</b\\> 10%" in text  # no raw HTML


def test_csv_record_round_trips_through_the_csv_module() -> None:
    import csv
    import io
    import json

    from newsparse.render import CSV_COLUMNS, csv_header, csv_record

    article = parse_article(SAMPLE, url=SAMPLE_URL)
    rows = list(csv.reader(io.StringIO(csv_header() + csv_record(article) + csv_record(article.model_dump(mode="json")))))
    assert rows[0] == list(CSV_COLUMNS) and rows[1] == rows[2]
    row = dict(zip(rows[0], rows[1], strict=True))
    assert row["text"] == article.text and row["pages"] == "1" and row["next_page_url"] == ""
    assert [Quote.model_validate(q) for q in json.loads(row["quotes"])] == article.quotes
