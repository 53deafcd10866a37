"""Unit tests for ``newsparse.dates.parse_date`` and the Article-level date rules (issue 2).

Expected values are written out by hand (calendar facts, the WIB/WITA/WIT offsets), never taken
from the program's output: the month and weekday tables below are deliberately independent of
``newsparse.lang.id`` so that a wrong entry there makes these tests fail.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest
from dateutil import parser as dateutil_parser
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import parse_article
from newsparse.dates import parse_date, zone
from newsparse.samples import SAMPLE_URL

WIB = timezone(timedelta(hours=7))
WITA = timezone(timedelta(hours=8))
WIT = timezone(timedelta(hours=9))


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0, tz: timezone = WIB) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=tz)


def same_instant_and_offset(got: datetime | None, expected: datetime) -> bool:
    """Equal instant *and* equal UTC offset (aware datetimes compare equal across zones)."""
    return got is not None and got == expected and got.utcoffset() == expected.utcoffset()


# -- months ------------------------------------------------------------------------------------

#: Every Indonesian month name and the short forms Tribun prints, with the month number.
MONTH_NAMES: list[tuple[str, int]] = [
    ("Januari", 1), ("Jan", 1),
    ("Februari", 2), ("Feb", 2), ("Pebruari", 2),
    ("Maret", 3), ("Mar", 3),
    ("April", 4), ("Apr", 4),
    ("Mei", 5),
    ("Juni", 6), ("Jun", 6),
    ("Juli", 7), ("Jul", 7),
    ("Agustus", 8), ("Agu", 8), ("Ags", 8), ("Agt", 8), ("Aug", 8),
    ("September", 9), ("Sep", 9), ("Sept", 9),
    ("Oktober", 10), ("Okt", 10), ("Oct", 10),
    ("November", 11), ("Nov", 11), ("Nop", 11), ("Nopember", 11),
    ("Desember", 12), ("Des", 12), ("Dec", 12),
]  # fmt: skip


@pytest.mark.parametrize(("name", "month"), MONTH_NAMES)
def test_every_month_name_and_short_form(name: str, month: int) -> None:
    # The 13th exists in every month and can never be mistaken for a month number.
    assert same_instant_and_offset(parse_date(f"13 {name} 2023 10:30 WIB"), at(2023, month, 13, 10, 30))


@pytest.mark.parametrize(("name", "month"), [(n, m) for n, m in MONTH_NAMES if len(n) <= 4 and n != "Mei"])
def test_short_month_with_dot(name: str, month: int) -> None:
    assert same_instant_and_offset(parse_date(f"13 {name}. 2023 10:30 WIB"), at(2023, month, 13, 10, 30))


@pytest.mark.parametrize(("name", "month"), [("JANUARI", 1), ("mei", 5), ("agustus", 8), ("DESEMBER", 12)])
def test_month_names_are_case_insensitive(name: str, month: int) -> None:
    assert same_instant_and_offset(parse_date(f"2 {name} 2021 07:05 WIB"), at(2021, month, 2, 7, 5))


def test_tribun_tables_cover_every_month() -> None:
    """Each of the twelve months is reachable through its full Indonesian name."""
    full = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
            "Oktober", "November", "Desember"]  # fmt: skip
    got = [parse_date(f"1 {name} 2020") for name in full]
    assert [d.month if d else None for d in got] == list(range(1, 13))


# -- weekdays ----------------------------------------------------------------------------------

#: 4–10 November 2024 ran Monday to Sunday (1 November 2024 was a Friday).
WEEKDAYS: list[tuple[str, int]] = [
    ("Senin", 4), ("Selasa", 5), ("Rabu", 6), ("Kamis", 7), ("Jumat", 8), ("Jum'at", 8), ("Jum’at", 8),
    ("Sabtu", 9), ("Minggu", 10), ("Ahad", 10),
]  # fmt: skip


@pytest.mark.parametrize(("weekday", "day"), WEEKDAYS)
def test_every_weekday_name(weekday: str, day: int) -> None:
    assert same_instant_and_offset(parse_date(f"{weekday}, {day} November 2024 06:16 WIB"), at(2024, 11, day, 6, 16))


@pytest.mark.parametrize("weekday", ["SENIN", "selasa", "jumat", "JUM'AT", "minggu"])
def test_weekday_case_does_not_matter(weekday: str) -> None:
    # The weekday is informational: the calendar date decides.
    got = parse_date(f"{weekday}, 1 November 2024 06:16 WIB")
    assert same_instant_and_offset(got, at(2024, 11, 1, 6, 16))


# -- zones ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tz"),
    [
        ("Jumat, 1 November 2024 06:16 WIB", WIB),
        ("Jumat, 1 November 2024 06:16 WITA", WITA),
        ("Jumat, 1 November 2024 06:16 WIT", WIT),
        ("Jumat, 1 November 2024 06:16 wib", WIB),
        ("Jumat, 1 November 2024 06:16 wita", WITA),
        ("Jumat, 1 November 2024 06:16 wit", WIT),
        ("Jumat, 1 November 2024 06:16 Wita", WITA),
    ],
)
def test_indonesian_zones(text: str, tz: timezone) -> None:
    got = parse_date(text)
    assert same_instant_and_offset(got, at(2024, 11, 1, 6, 16, tz))


def test_zone_offsets_are_fixed() -> None:
    reference = datetime(2024, 1, 1)
    assert zone("WIB").utcoffset(reference) == timedelta(hours=7)
    assert zone("WITA").utcoffset(reference) == timedelta(hours=8)
    assert zone("WIT").utcoffset(reference) == timedelta(hours=9)
    assert zone("wita").utcoffset(reference) == timedelta(hours=8)


def test_no_zone_means_wib() -> None:
    assert same_instant_and_offset(parse_date("Jumat, 1 November 2024 06:16"), at(2024, 11, 1, 6, 16))


@pytest.mark.parametrize(("default_zone", "tz"), [("WIB", WIB), ("WITA", WITA), ("WIT", WIT), ("wita", WITA)])
def test_default_zone_applies_only_without_a_zone(default_zone: str, tz: timezone) -> None:
    assert same_instant_and_offset(
        parse_date("Jumat, 1 November 2024 06:16", default_zone=default_zone), at(2024, 11, 1, 6, 16, tz)
    )
    # A zone printed in the text wins over the default.
    assert same_instant_and_offset(
        parse_date("Jumat, 1 November 2024 06:16 WIB", default_zone=default_zone), at(2024, 11, 1, 6, 16, WIB)
    )


def test_unknown_default_zone_does_not_raise() -> None:
    got = parse_date("1 November 2024 06:16", default_zone="XYZ")
    assert got is not None and got.tzinfo is not None and (got.year, got.month, got.day) == (2024, 11, 1)


# -- prefixes, separators, dotted times ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tayang: Rabu, 7 Mei 2025 14:05 WIB", at(2025, 5, 7, 14, 5)),
        ("Tayang : Rabu, 7 Mei 2025 14:05 WIB", at(2025, 5, 7, 14, 5)),
        ("Dipublikasikan: Senin, 11 Agustus 2025 09:00 WITA", at(2025, 8, 11, 9, 0, WITA)),
        ("Diperbarui: Kamis, 13 Februari 2025 21:45 WIB", at(2025, 2, 13, 21, 45)),
        ("Jumat, 1 November 2024 06.16 WIB", at(2024, 11, 1, 6, 16)),
        ("Jum'at, 1 Nov 2024 | 06.16 WITA", at(2024, 11, 1, 6, 16, WITA)),
        ("Jumat, 1 November 2024 | 6.05 WIT", at(2024, 11, 1, 6, 5, WIT)),
        ("Jumat, 1 November 2024 pukul 06.16 WIB", at(2024, 11, 1, 6, 16)),
        ("  Jumat,  1 November 2024   06:16 WIB  ", at(2024, 11, 1, 6, 16)),
        ("Jumat, 9 Oktober 2020 13:52", at(2020, 10, 9, 13, 52)),
        ("Kamis, 31 Desember 2020 23:59 WIB", at(2020, 12, 31, 23, 59)),
        ("Sabtu, 29 Februari 2020 00:00 WIB", at(2020, 2, 29, 0, 0)),
    ],
)
def test_visible_date_forms(text: str, expected: datetime) -> None:
    assert same_instant_and_offset(parse_date(text), expected)


def test_date_without_time_is_midnight_local() -> None:
    assert same_instant_and_offset(parse_date("Rabu, 7 Mei 2025"), at(2025, 5, 7))


# -- ISO / machine dates ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-11-01T06:16:00+07:00", at(2024, 11, 1, 6, 16)),
        ("2024-11-01T06:16:00+08:00", at(2024, 11, 1, 6, 16, WITA)),
        ("2024-10-31T23:16:00Z", datetime(2024, 10, 31, 23, 16, tzinfo=timezone.utc)),
        ("2024-11-01T06:16:00", at(2024, 11, 1, 6, 16)),  # naive → WIB
        ("2020-10-09 13:52:50", datetime(2020, 10, 9, 13, 52, 50, tzinfo=WIB)),  # Tribun's timeago title
        ("2024-11-01", at(2024, 11, 1)),
    ],
)
def test_iso_dates(text: str, expected: datetime) -> None:
    assert same_instant_and_offset(parse_date(text), expected)


def test_naive_iso_takes_the_default_zone() -> None:
    assert same_instant_and_offset(parse_date("2024-11-01T06:16:00", default_zone="WIT"), at(2024, 11, 1, 6, 16, WIT))
    # An explicit offset is never overridden.
    assert same_instant_and_offset(
        parse_date("2024-11-01T06:16:00+07:00", default_zone="WIT"), at(2024, 11, 1, 6, 16, WIB)
    )


# -- the "Mei" trap ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["Rabu, 7 Mei 2025", "Rabu, 7 Mei 2025 10:00 WIB", "Kamis, 8 Oktober 2020", "Rabu, 25 Desember 2024"],
)
def test_plain_dateutil_gets_indonesian_months_wrong_and_we_do_not(text: str) -> None:
    right = {
        "Rabu, 7 Mei 2025": date(2025, 5, 7),
        "Rabu, 7 Mei 2025 10:00 WIB": date(2025, 5, 7),
        "Kamis, 8 Oktober 2020": date(2020, 10, 8),
        "Rabu, 25 Desember 2024": date(2024, 12, 25),
    }[text]
    try:
        plain = dateutil_parser.parse(text).date()
    except (ValueError, OverflowError):
        plain = None  # refusing is also "not the right date"
    assert plain != right, f"plain dateutil unexpectedly understood {text!r}; the trap test is stale"
    ours = parse_date(text)
    assert ours is not None and ours.date() == right


def test_mei_trap_with_fuzzy_dateutil() -> None:
    """The tempting "fix", ``fuzzy=True``, silently drops "Mei" and returns a wrong date."""
    try:
        plain = dateutil_parser.parse("Rabu, 7 Mei 2025", fuzzy=True).date()
    except (ValueError, OverflowError):
        plain = None
    assert plain != date(2025, 5, 7)
    got = parse_date("Rabu, 7 Mei 2025")
    assert got is not None and got.date() == date(2025, 5, 7)


# -- what is not a publication date --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2 jam lalu",
        "5 menit lalu",
        "3 hari lalu",
        "kemarin",
        "Kemarin 10:00",
        "2 hours ago",
        "1 November",  # no year
        "Jumat, 1 November 06:16 WIB",  # no year
        "Jumat (1/11)",
        "06:16 WIB",
        "Jumat",
        "",
        "   ",
        None,
        "lorem ipsum dolor",
        "Berita Populer",
        "!!!???",
        "x" * 1000,
        "2024" * 100,
        "32 Januari 2024",
        "30 Februari 2024",
        "1 November 2024 25:61 WIB",
        "9999-99-99",
        "Tayang:",
    ],
)
def test_not_a_date_gives_none(text: str | None) -> None:
    assert parse_date(text) is None


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=120))
def test_parse_date_never_raises(text: str) -> None:
    got = parse_date(text)
    assert got is None or (isinstance(got, datetime) and got.tzinfo is not None)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Sabtu", "Minggu", ""]),
    st.integers(1, 28),
    st.sampled_from(MONTH_NAMES),
    st.integers(1990, 2035),
    st.integers(0, 23),
    st.integers(0, 59),
    st.sampled_from([("WIB", WIB), ("WITA", WITA), ("WIT", WIT), ("", WIB)]),
    st.sampled_from([":", "."]),
)
def test_generated_visible_dates(
    weekday: str,
    day: int,
    month: tuple[str, int],
    year: int,
    hour: int,
    minute: int,
    zone_name: tuple[str, timezone],
    separator: str,
) -> None:
    prefix = f"{weekday}, " if weekday else ""
    text = f"{prefix}{day} {month[0]} {year} {hour:02d}{separator}{minute:02d} {zone_name[0]}"
    assert same_instant_and_offset(parse_date(text), at(year, month[1], day, hour, minute, zone_name[1]))


# -- Article level: which date on the page counts ----------------------------------------------------

_ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
              "Oktober", "November", "Desember"]  # fmt: skip
_ID_WEEKDAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
SAMPLE_PUBLISHED = at(2024, 11, 1, 6, 16)  # the sample's JSON-LD datePublished / visible header time


def _indonesian(day: date) -> str:
    return f"{_ID_WEEKDAYS[day.weekday()]}, {day.day} {_ID_MONTHS[day.month - 1]} {day.year}"


def _sample_with_today_masthead() -> str:
    """The bundled sample, with the masthead set to today's date (as a live page shows it)."""
    html = newsparse.sample_html().decode("utf-8")
    today = date.today()
    html, n = re.subn(
        r'(<li class="fbo2 grey ar" title=")[^"]*(">)[^<]*(</li>)',
        rf"\g<1>{today.isoformat()}T05:00:00+07:00\g<2>{_indonesian(today)}\g<3>",
        html,
    )
    assert n == 1, "the sample's masthead markup changed; update this test"
    assert "2 jam lalu" in html and 'class="foot timeago"' in html
    return html


def _strip_machine_dates(html: str) -> str:
    """Remove JSON-LD and every meta date so only the visible page dates remain."""
    html, n = re.subn(r'<script type="application/ld\+json">.*?</script>', "", html, flags=re.DOTALL)
    assert n == 1
    html = re.sub(r"<meta [^>]*(?:published_time|modified_time|datePublished|dateModified)[^>]*>", "", html)
    assert "datePublished" not in html and "published_time" not in html
    return html


def test_sample_published_is_the_articles_date_not_the_masthead_or_sidebar() -> None:
    article = parse_article(_sample_with_today_masthead(), url=SAMPLE_URL)
    assert same_instant_and_offset(article.published, SAMPLE_PUBLISHED)
    today = date.today()
    assert article.modified is None or article.modified.date() != today or today == date(2024, 11, 1)


def test_visible_header_time_is_used_when_machine_dates_are_missing() -> None:
    html = _strip_machine_dates(_sample_with_today_masthead())
    article = parse_article(html, url=SAMPLE_URL)
    assert same_instant_and_offset(article.published, SAMPLE_PUBLISHED)


def test_no_header_time_means_no_date_rather_than_masthead_sidebar_or_body_date() -> None:
    html = _strip_machine_dates(_sample_with_today_masthead())
    html, n = re.subn(r"<time><span>[^<]*</span></time>", "", html)
    assert n == 1
    article = parse_article(html, url=SAMPLE_URL)
    # Left on the page: today's masthead, "2 jam lalu" (title 2024-11-01 10:00:00) in the
    # sidebar, "Jumat (1/11/2024)" and "Desember 2024" in the body. None of them is the date.
    assert article.published is None


@pytest.mark.parametrize(
    ("host", "tz"),
    [
        ("kupang.tribunnews.com", WITA),
        ("makassar.tribunnews.com", WITA),
        ("ambon.tribunnews.com", WIT),
        ("jateng.tribunnews.com", WIB),
    ],
)
def test_regional_host_zone_for_visible_time_without_zone(host: str, tz: timezone) -> None:
    html = _strip_machine_dates(_sample_with_today_masthead())
    html, n = re.subn(r"Jumat, 1 November 2024 06:16 WIB", "Jumat, 1 November 2024 06:16", html)
    assert n == 1
    url = SAMPLE_URL.replace("www.tribunnews.com/regional", host)
    html = html.replace(SAMPLE_URL, url)
    article = parse_article(html, url=url)
    assert article.site == host
    assert same_instant_and_offset(article.published, at(2024, 11, 1, 6, 16, tz))


def test_regional_host_keeps_an_explicit_zone() -> None:
    html = _strip_machine_dates(_sample_with_today_masthead())
    url = SAMPLE_URL.replace("www.tribunnews.com/regional", "kupang.tribunnews.com")
    article = parse_article(html.replace(SAMPLE_URL, url), url=url)
    assert same_instant_and_offset(article.published, at(2024, 11, 1, 6, 16, WIB))


def _shapes() -> list[str]:
    """Visible dates in every spelling the common-shape shortcut reads, and near misses."""
    from newsparse.lang import id as lang

    out = []
    for index, names in enumerate(lang.MONTHS):
        for name in (*names, names[0].upper(), names[0].lower()):
            day = 1 + (index * 3) % 28
            out += [
                f"Jumat, {day} {name} 2020 13:52 WIB",
                f"{day} {name} 2021",
                f"Senin {day:02d} {name} 2019 | 07.05 WITA",
                f"Kamis, {day} {name} 2024, 23:59:58 WIT",
                f"Minggu, {day} {name} 2022 pukul 6:30",
            ]
    out += [
        "31 Februari 2020 10:00 WIB", "Jum'at, 1 Nov 2024 | 06.16 WITA", "Ahad 3 Maret 2024",
        "Hari 9 Oktober 2020", "9 Oktober 2020 25:61", "9 Oktobre 2020", "Rabu 7 May 2025 10:00",
        "Tuesday 7 May 2025", "00 Mei 2025", "9 Oktober 20201",
    ]
    return out


def test_common_shape_shortcut_agrees_with_dateutil(monkeypatch: pytest.MonkeyPatch) -> None:
    """The regex shortcut for "Jumat, 9 Oktober 2020 13:52 WIB" gives what dateutil gives."""
    from newsparse import dates

    shapes = _shapes()
    fast = [(s, dates.parse_date(s), dates.parse_date(s, "WITA")) for s in shapes]
    monkeypatch.setattr(dates, "_common", lambda text, fallback: None)
    slow = [(s, dates.parse_date(s), dates.parse_date(s, "WITA")) for s in shapes]
    assert fast == slow
    assert sum(result is not None for _, result, _ in fast) > 200  # most shapes are dates
