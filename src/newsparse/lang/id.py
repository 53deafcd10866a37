"""Indonesian language knowledge used by newsparse: dates, boilerplate phrases, bylines.

Everything here is data (word lists and regular-expression sources). The logic that applies it
lives in :mod:`newsparse.dates` and :mod:`newsparse.cleaning` (and, for quotes and sources, in
:mod:`newsparse.attribution`). Every pattern is anchored or bounded so that it runs in linear time
on hostile input: no nested quantifiers over the same characters, no lazy group followed by an
unbounded tail.
"""

from __future__ import annotations

LANGUAGE = "id"

# --------------------------------------------------------------------------------------------
# Dates and time zones
# --------------------------------------------------------------------------------------------

#: Month names with the short forms seen on Tribun pages ("Agu", "Ags", "Okt", "Des", "Sept").
MONTHS: tuple[tuple[str, ...], ...] = (
    ("Januari", "Jan"),
    ("Februari", "Feb", "Pebruari"),
    ("Maret", "Mar"),
    ("April", "Apr"),
    ("Mei",),
    ("Juni", "Jun"),
    ("Juli", "Jul"),
    ("Agustus", "Agu", "Ags", "Agt", "Aug"),
    ("September", "Sep", "Sept"),
    ("Oktober", "Okt", "Oct"),
    ("November", "Nov", "Nop", "Nopember"),
    ("Desember", "Des", "Dec"),
)

#: Weekday names, Monday first (dateutil's order); "Jum'at" is normalised to "Jumat" first.
WEEKDAYS: tuple[tuple[str, ...], ...] = (
    ("Senin", "Sen"),
    ("Selasa", "Sel"),
    ("Rabu", "Rab"),
    ("Kamis", "Kam"),
    ("Jumat", "Jum"),
    ("Sabtu", "Sab"),
    ("Minggu", "Min", "Ahad"),
)

#: Indonesian time zones, in seconds east of UTC.
TIMEZONES: dict[str, int] = {"WIB": 7 * 3600, "WITA": 8 * 3600, "WIT": 9 * 3600}

#: The zone assumed when a date carries none.
DEFAULT_TIMEZONE = "WIB"

#: Words that may precede a visible date and carry no information.
DATE_PREFIXES = ("Tayang", "Dipublikasikan", "Diterbitkan", "Diperbarui", "Update", "Updated")

#: Relative times ("2 jam lalu", "kemarin") are listing chrome, never an article's date.
RELATIVE_TIME_MARKERS = ("lalu", "kemarin", "ago")

# --------------------------------------------------------------------------------------------
# Boilerplate inside the body
# --------------------------------------------------------------------------------------------

#: Dateline at the start of the first paragraph: brand with a TLD, optional place, a dash.
#: "TRIBUNNEWS.COM, JAKARTA - ", "POS-KUPANG.COM| KUPANG-- ", "TRIBUNJATENG.COM- ",
#: "Tribunnews.com, Jakarta - ", "TRIBUNLAMPUNG.CO.ID - ", "SERAMBINEWS.COM - ".
DATELINE = (
    r"^\s*(?P<outlet>[A-Za-z][A-Za-z-]{1,30}(?: [A-Za-z]{2,20})?\.(?:com|co\.id|id|co|net))"
    r"\s*(?:[,|]\s*(?P<place>[A-Za-z][A-Za-z.'/ ]{0,40}?))?"
    r"\s*(?P<dash>--|-|–|—)\s*"
)

#: Print-style dateline, place first: "YOGYA, TRIBUN - ", "Surabaya, TRIBUNJATIM.COM - ".
DATELINE_PLACE_FIRST = (
    r"^\s*(?P<place>[A-Z][A-Za-z.' ]{1,30}),\s*"
    r"(?P<outlet>TRIBUN(?:[A-Za-z-]{0,30}\.(?:com|co\.id|id|co))?)\s*(?P<dash>--|-|–|—)\s*"
)

#: Words introducing a reporter line ("Laporan Wartawan Tribunnews.com, Nama").
REPORTER_WORDS = ("Wartawan", "Reporter", "Koresponden", "Kontributor", "Jurnalis")

#: "Laporan Wartawan Tribunnews.com, Nama" / "Laporan Reporter POS-KUPANG.COM, Nama" /
#: "Laporan Wartawan Tribun Medan/Natalin".
REPORTER_LINE = (
    r"^\(?\s*Laporan\s+(?:(?:Wartawan|Reporter|Koresponden|Kontributor|Jurnalis)\s+)"
    r"(?P<outlet>[^,|/()]{1,60}?)\s*[,/]\s*(?P<names>[^()|]{2,120})\)?\s*$"
)

#: Serambinews form: "Laporan Nama | Tempat".
REPORTER_LINE_WITH_PLACE = r"^\(?\s*Laporan\s+(?P<names>[^,|/()]{2,60}?)\s*\|\s*(?P<place>[^()|]{2,40})\)?\s*$"

#: A reporter line glued to the end of the last sentence: "… kata dia. (Laporan Reporter …)".
TRAILING_REPORTER = r"\(\s*(?P<inner>Laporan\s[^()]{3,160})\)\s*$"

#: A parenthesised credit at the very end of the body: "(Tribunnews.com/Nama)", "(*)", "(ee)".
TRAILING_CREDIT = r"\(\s*(?P<inner>[^()]{1,160})\)[\s.]*$"

#: Lowercase initials used as a credit: "(tiah sm)", "(ee)", "(yud)".
INITIALS = r"^[a-z]{2,5}(?: [a-z]{1,4})?$"

#: Outlet-looking credit parts: anything with a domain, or a Tribun Network brand word.
OUTLET_IN_CREDIT = (
    r"(?i)^(?:[\w-]+\.(?:com|co\.id|id|co|net)|tribun[\w -]*|kompas(?:tv)?|surya|serambi(?:news)?"
    r"|pos[ -]?kupang|warta ?kota|bangka ?pos|banjarmasin ?post|antara|afp|reuters|ap|ist|istimewa"
    r"|dok(?:umentasi)?|net|grafis)$"
)

#: Related-link prefixes ("Baca juga: …", "Baca: …", "BACA JUGA : …", "• …").
RELATED_PREFIX = (
    r"(?i)^\s*(?:(?:baca\s+(?:juga|selengkapnya)|baca|lihat\s+juga|simak\s+juga|berita\s+terkait"
    r"|berita\s+lain(?:\s+tentang\s[^:]{1,60})?)\s*:\s*|[•·●]\s*)"
)

#: Paragraphs that are navigation, promotion or widget labels: dropped whole when they start so.
PROMO_PREFIXES: tuple[str, ...] = (
    "dapatkan berita pilihan",
    "dapatkan informasi",
    "baca whatsapp tribun",
    "ikuti kami di",
    "ikuti berita",
    "ikuti saluran",
    "langganan berita",
    "klik >",
    "klik di sini",
    "follow akun",
    "follow juga",
    "silakan subscribe",
    "subscribe youtube",
    "simak berita terbaru",
    "simak berita lainnya",
    "simak video",
    "tonton juga",
    "lihat artikel asli",
    "halaman selanjutnya",
    "halaman berikutnya",
    "berita rekomendasi",
    "rekomendasi untuk anda",
    "berita terkait",
    "berita populer",
    "berita terkini",
    "nikmati berita interaktif",
    "zoom-in",
    "advertisement",
    "scroll to continue",
    "akses berita lokal",
    "update berita terbaru",
    "cek berita dan artikel",
)

#: A leaked CDN fragment: ":quality(30):format(webp):focal(…)/…jpg)".
CDN_FRAGMENT = r"(?i)(?::quality\(\d+\)|:format\(webp\)|:focal\(|/foto/bank/)"

#: Labels of credit fields: "Penulis: X | Editor: Y", "Editor : Y". A value runs to the next label.
CREDIT_LABEL = r"(?i)\b(?P<label>penulis|editor|reporter|wartawan|penyunting|redaktur)\s*:"

#: Labels whose names are editors rather than authors.
EDITOR_LABELS = frozenset({"editor", "penyunting", "redaktur"})

#: Syndication footers.
SYNDICATION_TAYANG = (
    r"(?i)^\s*artikel\s+ini\s+(?:telah\s+)?(?:tayang|terbit|dimuat)\s+di\s+(?P<src>\S{2,60}?)"
    r"(?:\s+dengan\s+judul\s+(?P<title>.*))?$"
)
SYNDICATION_SUMBER = r"(?i)^\s*sumber\s*:\s*(?P<src>[^\n]{2,80})$"

#: Tweet-embed attribution line: "— TRIBUNnews.com (@tribunnews) July 27, 2017".
TWEET_ATTRIBUTION = r"^\s*[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)\s"

#: Name connectors inside a byline ("Nama dan Nama", "Nama & Nama").
NAME_SEPARATORS = r"\s*(?:/|,|&|\bdan\b)\s*"

#: Team or desk bylines that are not people but are still credited as authors.
TEAM_PREFIXES = ("Tim ",)
