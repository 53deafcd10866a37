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
#: "Tribunnews.com, Jakarta - ", "TRIBUNLAMPUNG.CO.ID - ", "SERAMBINEWS.COM - ", and the slips
#: seen on real pages: a period after the brand ("TRIBUNNEWS.COM. JAKARTA - "), a space inside
#: the domain ("TRIBUNNEWS. COM"), no space after the dash; other outlets: "REPUBLIKA.CO.ID,
#: MOSKOW --- ", "Liputan6.com, Jakarta: " (a colon closes the place).
DATELINE = (
    r"^\s*(?P<outlet>[A-Za-z][A-Za-z0-9-]{1,30}(?: [A-Za-z]{2,20})?\.\s?(?:com|co\.id|id|co|net))"
    r"\s*(?:(?:[,|]|\.(?=\s))\s*(?P<place>[A-Za-z][A-Za-z.'/ ]{0,40}?))?"
    r"(?:\s*(?P<dash>---|--|-|–|—)|(?<=[A-Za-z]):)\s*"
)

#: Outlets written by name (not domain) after the place: "Jakarta, CNN Indonesia -- ".
DATELINE_OUTLET_NAMES: tuple[str, ...] = (
    "CNN Indonesia", "CNBC Indonesia", "ANTARA", "Antara", "Antaranews", "Kontan", "Bisnis", "Beritasatu",
    "Republika", "Tempo", "Kompas", "Media Indonesia", "Sindonews", "Okezone", "Suara", "Tribun",
    "IDN Times", "Liputan6", "Merdeka", "JPNN", "Medcom", "VIVA", "Kumparan",
)  # fmt: skip

#: Place first: "YOGYA, TRIBUN - " (print), "Surabaya, TRIBUNJATIM.COM - ", "JAKARTA, KOMPAS.com - ",
#: "Jakarta, CNN Indonesia -- ".
DATELINE_PLACE_FIRST = (
    r"^\s*(?P<place>[A-Z][A-Za-z.' ]{1,30}),\s*"
    r"(?P<outlet>TRIBUN(?:[A-Za-z-]{0,30}\.(?:com|co\.id|id|co))?"
    r"|[A-Za-z][A-Za-z0-9-]{1,30}\.(?:com|COM|co\.id|CO\.ID|id|ID|co|CO)"
    r"|" + "|".join(name.replace(" ", r"\s") for name in DATELINE_OUTLET_NAMES) + r")"
    r"\s*(?P<dash>---|--|-|–|—)\s*"
)

#: Place, then an agency in parentheses: "Jakarta (ANTARA) - ", "Bandung (Antara) - ".
DATELINE_PLACE_AGENCY = (
    r"^\s*(?P<place>[A-Z][A-Za-z.']{1,30}(?: [A-Z][A-Za-z.']{1,30}){0,2})\s?"
    r"\((?P<outlet>[A-Za-z][A-Za-z0-9.-]{1,20}(?: [A-Za-z]{2,20})?)\)\s*(?P<dash>---|--|-|–|—)\s*"
)

#: Place only, no outlet (detik.com style): "Jakarta - ". Tried on the first paragraph only, and
#: only before a capital letter or an opening quote, never before a weekday ("Senin - Jumat").
DATELINE_PLACE_ONLY = (
    r"^\s*(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b)(?P<outlet>)"
    r"(?P<place>[A-Z][A-Za-z']{2,20}(?: [A-Z][A-Za-z']{2,20}){0,2}) (?P<dash>---|--|-|–|—) (?=[\"“A-Z])"
)

#: "Laporan Wartawan Tribunnews.com, Nama" / "Laporan Reporter POS-KUPANG.COM, Nama" /
#: "Laporan Wartawan Tribun Medan/Natalin".
REPORTER_LINE = (
    r"^\(?\s*Laporan\s+(?:(?:Wartawan|Reporter|Koresponden|Kontributor|Jurnalis)\s+)"
    r"(?P<outlet>[^,|/()]{1,60}?)\s*[,/]\s*(?P<names>[^()|]{2,120})\)?\s*$"
)

#: Serambinews form: "Laporan Nama | Tempat", also with a colon: "Laporan: Nama | Tempat".
REPORTER_LINE_WITH_PLACE = (
    r"^\(?\s*Laporan(?:\s*:\s*|\s+)(?P<names>[^,|/():]{2,60}?)\s*\|\s*(?P<place>[^()|]{2,40})\)?\s*$"
)

#: Without the comma: "Laporan Wartawan Tribunnews.com Nama" (the outlet is a domain, so it ends there).
REPORTER_LINE_NO_COMMA = (
    r"^\(?\s*Laporan\s+(?:Wartawan|Reporter|Koresponden|Kontributor|Jurnalis)\s+"
    r"(?P<outlet>[A-Za-z][\w-]{1,40}\.(?:com|co\.id|id|co|net))\s+(?P<names>[A-Za-z][^()|,/:]{1,80})\)?\s*$"
)

#: Labelled, without a place: "Laporan: Nama".
REPORTER_LINE_LABELLED = r"^\(?\s*Laporan\s*:\s*(?P<names>[A-Za-z][^()|,/:]{1,60})\)?\s*$"

#: A reporter line glued to the end of the last sentence: "… kata dia. (Laporan Reporter …)".
TRAILING_REPORTER = r"\(\s*(?P<inner>Laporan[\s:][^()]{3,160})\)\s*$"

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
    r"|berita\s+lain)\s*:\s*|berita\s+lain\s+tentang\s+(?:[^:]{1,60}:\s*)?|[•·●]\s*)"
)

#: Bullet characters that open related-link lines on regional sites (2019–2020).
BULLET = r"^\s*[•·●]"

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
    "simak breaking news",
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
    "copyright",  # "Copyright © ANTARA 2019", "© merdeka.com/arie basuki": footer and photo credits
    "©",
    "hak cipta",
    "scroll to continue",
    "akses berita lokal",
    "update berita terbaru",
    "cek berita dan artikel",
)

#: A leaked CDN fragment: ":quality(30):format(webp):focal(…)/…jpg)".
CDN_FRAGMENT = r"(?::(?i:quality\(\d+\)|format\(webp\)|focal\()|/(?i:foto/bank/))"

#: Labels of credit fields: "Penulis: X | Editor: Y", "Editor : Y". A value runs to the next label.
CREDIT_LABEL = r"(?i)\b(?P<label>penulis|editor|reporter|wartawan|pewarta|penyunting|redaktur)\s*:"

#: Labels whose names are editors rather than authors.
EDITOR_LABELS = frozenset({"editor", "penyunting", "redaktur"})

#: Syndication footers: "Artikel ini telah tayang di X dengan judul Y", also with a prefix
#: ("Sebagian artikel ini …"), "Berita ini sudah tayang di …", and with the title left for the
#: next paragraph ("… dengan judul" / "… dengan judul:" closing the line).
SYNDICATION_TAYANG = (
    r"(?i)^\s*(?:sebagian\s+(?:isi\s+)?)?(?:artikel|berita|tulisan)\s+ini\s+(?:telah\s+|sudah\s+)?"
    r"(?:tayang|terbit|dimuat)\s+(?:di|pada)\s+(?P<src>\S{2,60}?)"
    r"(?:\s+dengan\s+judul\s*:?\s*(?P<title>.*))?$"
)
SYNDICATION_SUMBER = r"(?i)^\s*sumber\s*:\s*(?P<src>[^\n]{2,80})$"

#: Tweet-embed attribution line: "— TRIBUNnews.com (@tribunnews) July 27, 2017".
TWEET_ATTRIBUTION = r"^\s*[—–-]\s*[^()\n]{1,80}\(@\w{1,30}\)\s"

#: Name connectors inside a byline ("Nama dan Nama", "Nama & Nama").
NAME_SEPARATORS = r"\s*(?:/|,|&|\bdan\b)\s*"

#: Team or desk bylines that are not people but are still credited as authors.
TEAM_PREFIXES = ("Tim ",)

# --- Credits around the body (issue 11) ---

#: Media credit lines after the text or its syndication footer: "Videografer: Nama",
#: "(Foto: TRIBUNNEWS/NAMA)". They credit pictures, not the text: dropped, nobody becomes an author.
MEDIA_CREDIT = (
    r"(?i)^\(?\s*(?:videografer|video|foto|fotografer|kamerawan|grafis|infografis|ilustrasi|"
    r"editor\s+video|penyunting\s+video)\s*:\s*[^()]{2,80}\)?\s*$"
)

#: Parts of a credit split at a comma that are titles, not people: "Nama, S.Sos", "Nama, M.Si".
#: Compared lower-cased with dots and spaces removed.
CREDIT_TITLE_FRAGMENTS: frozenset[str] = frozenset(
    {
        "ssos", "msi", "si", "sh", "mh", "sip", "se", "st", "mm", "mpd", "spd", "skom", "ssi", "sth",
        "mhum", "phd", "dr", "ir", "prof", "drs", "dra", "hj", "sag", "sik", "mba", "ak", "skm", "sked",
        "mkes", "amd", "lc", "ma", "msc", "bsc", "sikom", "mikom", "ssn", "sfarm", "spsi", "mpsi",
    }
)  # fmt: skip

#: The label of a related-articles list printed below the body ("Berita Terkait :", "BERITA TERKAIT").
RELATED_LIST_LABEL = "berita terkait"

#: Photo credits written in parentheses without a slash at the end of a caption: "(istimewa)".
CAPTION_CREDIT_WORDS: tuple[str, ...] = (
    "istimewa", "ist.", "ist)", "dok.", "dok:", "dok ", "dokumentasi", "handout", "tangkap layar", "screenshot",
    "net", "kolase", "foto:", "foto ", "sumber foto",
)  # fmt: skip

#: Labels of social-media handles printed inside a byline block ("Twitter: @nama"): a credit
#: value ends where one starts.
SOCIAL_LABELS = r"(?i)\s(?:twitter|instagram|ig|facebook|fb|tiktok|youtube|email|e-mail|surel)\s*:"

#: JSON-LD ``@type`` values of organisations: never a person, never an author.
ORGANISATION_TYPES: frozenset[str] = frozenset(
    {"Organization", "NewsMediaOrganization", "Corporation", "LocalBusiness", "GovernmentOrganization", "WebSite"}
)

#: Labels of share buttons (lower case): never a section, even when a breadcrumb-shaped list holds
#: them (2019–2020 www desktop: "StumbleUpon"); the audit flags a section equal to one.
SHARE_LABELS: frozenset[str] = frozenset(
    {
        "facebook", "twitter", "x", "whatsapp", "line", "telegram", "google+", "googleplus", "stumbleupon",
        "pinterest", "linkedin", "reddit", "email", "e-mail", "share", "bagikan", "salin tautan", "copy link",
        "tumblr", "digg", "delicious", "salin link", "tweet", "print", "cetak", "komentar",
    }
)  # fmt: skip

# --- Attribution: quotes and sources ---
# Data for :mod:`newsparse.attribution` (issue 3). Word lists only; the logic lives there.
# Frequencies and shapes come from shared/quotes/NOTES.md §2 (PFSA-ID counts, Tribun texts).

#: Every double-quote mark, treated as one class and paired by position, never by identity.
QUOTE_MARKS = "\"“”„‟«»"

#: Marks that can only open or only close when written correctly (used to break ties).
OPENING_ONLY_MARKS = "„«"
CLOSING_ONLY_MARKS = "»"

#: Speech-verb roots used right after a closing quote mark, bare or with -nya ("kata", "ujarnya").
POST_QUOTE_CUES: frozenset[str] = frozenset(
    {
        "kata", "ujar", "tutur", "ucap", "ungkap", "imbuh", "papar", "beber", "pungkas", "tandas",
        "sambung", "tukas", "sergah", "kilah", "elak", "bantah", "klaim", "tanya", "jawab", "tulis",
        "lapor", "keluh", "kecam", "pesan", "ajak", "desak", "seru", "catat", "bilang", "seloroh",
        "timpal", "kenang", "canda", "aku", "cerita", "ulang", "ingat", "harap", "sindir", "kritik",
        "tanggap", "akui", "jelaskan", "katakan",
    }
)  # fmt: skip

#: Homograph cues ("jelas" = clear, "tambah" = more): cues only directly after a closing mark.
HOMOGRAPH_CUES: frozenset[str] = frozenset({"jelas", "tegas", "tambah", "lanjut", "terang", "tutup", "sebut"})

#: Post-quote cues that can open a parenthetical mid-sentence ("…, kata Paul, …"): no homographs.
PARENTHETICAL_CUES: frozenset[str] = frozenset({"kata", "ujar", "tutur", "ucap", "sambung", "imbuh", "ungkap"})

#: Cue words that open a sentence or clause before the speaker ("Menurut X, …", "Dikatakan X, …").
FRONTED_CUES: frozenset[str] = frozenset(
    {
        "Menurut", "Kata", "Dikatakan", "Dijelaskan", "Ditambahkan", "Diungkapkan", "Ditegaskan",
        "Disampaikan", "Dituturkan", "Diakui", "Disebutkan", "Dipaparkan", "Diterangkan", "Dikatakannya",
        "Dijelaskannya", "Ditambahkannya", "Diungkapkannya", "Ditegaskannya", "Disampaikannya",
        "Dituturkannya", "Diakuinya", "Menurutnya", "Disebutkannya", "Dipaparkannya", "Diterangkannya",
    }
)  # fmt: skip
#: What every word of FRONTED_CUES starts with: a paragraph without any is not searched for one.
FRONTED_CUE_LEADS: tuple[str, ...] = ("Di", "Kata", "Menurut")

#: Active verbs of reported speech ("X mengatakan (bahwa) …", also after a quote in translationese).
SPEECH_VERBS: frozenset[str] = frozenset(
    {
        "mengatakan", "berkata", "menyatakan", "menyampaikan", "menegaskan", "menjelaskan",
        "menuturkan", "menambahkan", "mengungkapkan", "mengungkap", "menyebut", "menyebutkan",
        "menilai", "mengaku", "mengakui", "berpendapat", "memaparkan", "menerangkan", "membeberkan",
        "mengklaim", "membantah", "menekankan", "mengingatkan", "meyakini", "menduga", "mengimbau",
        "bertutur", "berujar", "menceritakan", "bercerita", "menandaskan", "mengemukakan",
        "mengucapkan", "melanjutkan", "berharap", "mengeluhkan", "menyinggung", "menanggapi",
        "menjawab", "bertanya", "menulis", "menuliskan", "melaporkan", "memastikan", "mengharapkan",
        "meminta", "menyebutnya", "mengatakannya", "menganggap", "menerangkannya",
        "membenarkan", "mengimbuhkan", "menukas", "berkilah",
        # issue 12: bare-clause and request verbs (BARE_CLAUSE_VERBS, REQUEST_VERBS)
        "menepis", "mengumumkan", "mengancam", "menuduh", "membocorkan", "berjanji", "mengisyaratkan",
        "mengusulkan", "menginstruksikan", "mendesak", "menampik", "memperingatkan", "menanyakan",
        "mempertanyakan",
    }
)  # fmt: skip

#: Speech verbs that take a bare clause ("X menegaskan perjanjian itu …"); the others need
#: "bahwa", a comma or a colon before their content, so "menjelaskan alasannya" is not speech.
CLAUSE_VERBS: frozenset[str] = frozenset(
    {
        "mengatakan", "berkata", "menyatakan", "menegaskan", "menilai", "mengaku", "mengklaim",
        "menyebut", "menyebutkan", "berpendapat", "meyakini", "menduga", "mengakui", "berharap",
        "memastikan", "menganggap", "mengatakannya", "menuturkan",
    }
)  # fmt: skip

# --- issue 12: indirect speech recall ---------------------------------------------------------------

#: Speech verbs that take a bare clause only when the words after them read as a clause (a
#: predicate word within the first five words, see PREDICATE_WORDS): "X membantah Jokowi ikut
#: campur" is speech, "X mengumumkan pemenang lomba" is not. Issue 12 names the first nine; the
#: rest were seen in real Tribun texts.
BARE_CLAUSE_VERBS: frozenset[str] = frozenset(
    {
        "membantah", "menepis", "mengumumkan", "mengancam", "menuduh", "menekankan", "menyebut",
        "mengakui", "menegaskan", "membocorkan", "berjanji", "mengisyaratkan", "menampik",
    }
)  # fmt: skip

#: Verbs of request and proposal: their content is "agar/supaya/untuk …" right after the verb, or
#: an addressee followed by "untuk/agar/supaya …" ("meminta seluruh menteri untuk fokus …").
REQUEST_VERBS: frozenset[str] = frozenset(
    {"meminta", "mengimbau", "mengusulkan", "menginstruksikan", "mendesak", "memperingatkan", "mengingatkan"}
)

#: Words with a verb prefix that are no predicate: a subject followed by them is not the subject
#: of a clause ("Bupati X bersama jajaran …" in a caption).
NON_PREDICATE_WORDS: frozenset[str] = frozenset(
    {"bersama", "beserta", "bersama-sama", "terhadap", "tersebut", "termasuk", "diantaranya", "berikut"}
)

#: Conjunctions that open the content of a request.
REQUEST_CONJUNCTIONS: tuple[str, ...] = ("agar", "supaya", "untuk")

#: Prepositions that open a phrase between a speech verb and its "bahwa" ("mengatakan kepada
#: wartawan bahwa …", "menyatakan dalam pernyataannya bahwa …", "menegaskan di Jakarta bahwa …").
VERB_PREPOSITIONS: tuple[str, ...] = (
    "kepada", "dalam", "di", "melalui", "lewat", "saat", "ketika", "usai", "seusai", "pada", "dengan",
)  # fmt: skip

#: Words that make a bare word sequence read as a clause: auxiliaries, negations, copulas and
#: common intransitive predicates (verbs with a me-/ber-/di-/ter- prefix are recognised by form).
PREDICATE_WORDS: frozenset[str] = frozenset(
    {
        "akan", "bakal", "sudah", "telah", "tidak", "tak", "belum", "sedang", "tengah", "masih",
        "bisa", "dapat", "harus", "perlu", "ingin", "mau", "ikut", "adalah", "merupakan", "bukan",
        "pernah", "segera", "naik", "turun", "ada", "cair", "tetap", "siap", "sempat", "kerap",
    }
)  # fmt: skip

#: Verbs of asking: their content is an indirect question opened by an interrogative
#: ("X bertanya mengapa …", "menanyakan apakah …"), kept in the content.
QUESTION_VERBS: frozenset[str] = frozenset({"bertanya", "menanyakan", "mempertanyakan"})
INTERROGATIVES: tuple[str, ...] = (
    "apakah", "mengapa", "kenapa", "bagaimana", "siapa", "kapan", "di mana", "dimana", "berapa", "apa",
)  # fmt: skip

#: Temporal prepositions of a short phrase before a subject without a comma ("Saat reformasi
#: Prabowo mengaku …").
TEMPORAL_PREPOSITIONS: frozenset[str] = frozenset(
    {"saat", "ketika", "sejak", "usai", "seusai", "setelah", "sebelum", "selama", "sesudah", "kala"}
)

#: Verbs whose content may be a two-word predicate ("ia mengaku sepi pembeli"); other verbs need
#: three words, so that "mengatakan hal itu" is no statement.
SHORT_CONTENT_VERBS: frozenset[str] = frozenset({"mengaku", "merasa"})

#: Words that, before any predicate, show that what follows a verb is an object or a purpose,
#: not a clause ("mengungkapkan keengganannya untuk membebani …").
NON_CLAUSE_WORDS: frozenset[str] = frozenset({"untuk", "agar", "supaya", "kepada", "atas", "soal"})

#: Quantifiers of a plural descriptive speaker ("para petugas", "beberapa warga"): "mereka"
#: refers back to it.
PLURAL_MARKERS: frozenset[str] = frozenset({"para", "beberapa", "sejumlah", "sebagian"})

#: Passive speech verbs that may take their agent and then "bahwa" mid-sentence ("resesi yang
#: diprediksi IMF bahwa …", "disebutkan Kapolres bahwa …"): the agent is the speaker.
PASSIVE_AGENT_CUES: frozenset[str] = frozenset(
    {
        "dikatakan", "disebutkan", "diungkapkan", "dijelaskan", "ditegaskan", "disampaikan",
        "diprediksi", "diperkirakan", "diklaim", "dinyatakan", "dilaporkan",
    }
)  # fmt: skip

#: Indefinite markers that introduce a new participant ("salah seorang wartawan asing"): a later
#: "<description> itu/tersebut" refers to that participant, not to the current speaker.
INDEFINITE_MARKERS: tuple[str, ...] = ("seorang", "sebuah", "seekor", "sejumlah", "beberapa")

#: "Warga lainnya", "pedagang lain": someone other than the one named before.
OTHER_MARKERS: frozenset[str] = frozenset({"lainnya", "lain"})

#: Plural pronouns: "mereka" refers to a group speaker ("para petugas"), never to one person.
PLURAL_PRONOUNS: frozenset[str] = frozenset({"mereka"})

#: Verb prefixes that mark a predicate in PREDICATE_WORDS' test ("menunda", "bermain", "dinyatakan").
PREDICATE_PREFIXES: tuple[str, ...] = ("me", "ber", "di", "ter")

#: Words after "Hal itu/ini/tersebut" that make the sentence attribute the previous statement.
BACKREF_SUBJECTS: frozenset[str] = frozenset({"hal", "pernyataan", "ungkapan", "penjelasan", "keterangan"})
BACKREF_VERBS: frozenset[str] = frozenset(
    {
        "disampaikan", "dikatakan", "diungkapkan", "ditegaskan", "dijelaskan", "dikemukakan",
        "diutarakan", "dituturkan", "dipaparkan", "disebutkan", "dilontarkan",
    }
)  # fmt: skip

#: Nominal cues after a quote: '"…," demikian pernyataan X', "demikian ajakan Prabowo".
DEMIKIAN = "demikian"

#: Personal pronouns that refer back to the current speaker (3rd person singular).
PRONOUNS: frozenset[str] = frozenset({"dia", "ia", "beliau"})

#: Demonstratives that make "<role or epithet> itu/ini/tersebut" anaphoric.
DEMONSTRATIVES: frozenset[str] = frozenset({"itu", "ini", "tersebut"})

#: Words that end a speaker phrase after the cue ("kata Lavrov pada sesi …", "ujar Ema melalui …").
SPEAKER_STOPWORDS: frozenset[str] = frozenset(
    {
        "di", "pada", "saat", "ketika", "usai", "seusai", "selepas", "setelah", "sebelum", "dalam",
        "kepada", "melalui", "lewat", "via", "didampingi", "yang", "seraya", "sambil", "lalu",
        "kemudian", "ditemui", "dihubungi", "dikonfirmasi", "dengan", "menjelang", "jelang",
        "dari", "kala", "tatkala", "sembari", "sebagaimana", "seperti", "mengutip", "dikutip",
        "dilansir", "singkat", "menambahkan", "mengatakan", "sendiri", "juga", "pula", "pun",
        "kemarin", "tadi", "beberapa", "waktu", "untuk", "atas", "ke", "soal", "terkait", "mengenai",
        "tentang", "bahwa", "sebelumnya", "kembali", "lagi", "dan", "serta", "namun", "tetapi",
        "tapi", "sehingga", "karena", "agar", "hingga", "sampai", "sesaat", "sesudah", "selama",
        "pekan", "malam", "pagi", "siang", "sore",
    }
)  # fmt: skip

#: Day names: "kata X, Senin (17/8/2020)" ends the speaker phrase.
DAY_NAMES: frozenset[str] = frozenset({"senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu"})

#: Honorifics and titles dropped from a canonical speaker name (kept nowhere else). Written
#: lowercase before a capitalised word ("kata dr Andi", "ujar pak Budi") they start a name.
HONORIFICS: frozenset[str] = frozenset(
    {
        "pak", "bu", "bapak", "ibu", "mas", "mbak", "bang", "kak", "tuan", "nyonya", "ny", "ny.",
        "prof", "prof.", "profesor", "dr", "dr.", "ir", "ir.", "h", "h.", "hj", "hj.", "kh", "gus",
        "drs", "drs.", "oma", "opa", "mama", "papa", "om", "tante", "sdr", "sdr.", "habib", "ustaz",
        "ustadz", "kiai", "romo", "pastor", "pendeta", "haji", "hajjah", "syekh", "cak", "ning", "mr",
        "mr.", "mrs", "mrs.", "ms", "ms.", "sir",
        # Professional titles written lowercase by convention: dokter, dokter gigi, dokter hewan,
        # apoteker ("kata dr Reisa Broto Asmoro", "ujar drg. Siti Aminah").
        "drg", "drg.", "drh", "drh.", "apt", "apt.",
    }
)  # fmt: skip

#: Titles and ranks that, written before a capitalised word, say a person's name follows
#: ("AKBP Rina Kartika meninjau …", "Prof. Dr. Budi …"): such a subject is a person mention, the
#: referent of a later "katanya". Not "Ibu"/"Bapak"/"Haji" ("Ibu Kota Nusantara", "Haji 2025").
PERSON_MARKING_TITLES: frozenset[str] = frozenset(
    {
        "pak", "bu", "mas", "mbak", "bang", "prof", "prof.", "dr", "dr.", "drs", "drs.", "drg", "drg.",
        "drh", "drh.", "ir", "ir.", "h", "h.", "hj", "hj.", "kh", "gus", "habib", "ustaz", "ustadz",
        "kiai", "syekh", "romo", "pendeta", "pastor",
        "komjen", "irjen", "brigjen", "kombes", "akbp", "kompol", "akp", "iptu", "ipda", "aiptu", "aipda",
        "bripka", "brigpol", "brigadir", "briptu", "bripda", "bharada", "kolonel", "letkol", "mayor",
        "kapten", "lettu", "letda", "serka", "serma", "sertu", "kopda", "laksma", "laksdya", "marsma",
        "marsda", "mayjen", "letjen",
    }
)  # fmt: skip

#: Police and military ranks written before a name ("AKBP Yemi Mandagi", "Kombes Pol Setija").
RANKS: frozenset[str] = frozenset(
    {
        "jenderal", "jendral", "komjen", "irjen", "brigjen", "kombes", "akbp", "kompol", "akp", "iptu",
        "ipda", "aiptu", "aipda", "bripka", "brigpol", "brigadir", "briptu", "bripda", "bharada",
        "kolonel", "letkol", "mayor", "kapten", "lettu", "letda", "serka", "serma", "sertu", "kopda",
        "laksamana", "laksma", "laksdya", "marsekal", "marsma", "marsda", "mayjen", "letjen", "pol",
        "pol.", "inf", "inf.", "(purn)", "purn", "cpn", "jenderal polisi", "polisi",
        # issue 12: second words of navy and air-force ranks ("Laksamana Pertama", "Marsekal Muda")
        "pertama", "muda", "madya",
    }
)  # fmt: skip

#: issue 12: a medical or academic specialist suffix after a name, as one token: "SpPD-KKV",
#: "Sp.OG", "M.Kes", "S.H." (a capital, then letters and dots, an optional "-" and capitals).
SPECIALIST_SUFFIX = r"^(?:Sp|M|S|Dr|Ir)\.?[A-Za-z.]{0,6}(?:-[A-Z]{2,6})?$"

#: issue 12: lowercase words a subject phrase may hold between capitalised words ("Ketua Tim
#: Pedoman & Protokol dari Tim Mitigasi PB IDI", "Staf Khusus untuk Urusan Luar Negeri").
ROLE_LINK_WORDS: frozenset[str] = frozenset({"&", "dari", "untuk", "di", "pada"})

#: Academic and religious suffixes after a name ("Setija, SIK, MSi").
NAME_SUFFIXES: frozenset[str] = frozenset(
    {"sh", "sik", "sag", "msi", "mm", "phd", "se", "st", "mh", "mba", "spd", "mpd", "skm", "ak", "ssos", "mt"}
)

# --- speaker phrases: role and place vocabulary (moved from attribution/speakers.py, issue 12) ---

#: Role heads of two or three words ("Wali Kota Bandung", "Juru Bicara KPK"), matched before the
#: one-word ROLE_HEADS.
ROLE_HEADS_MULTI: tuple[str, ...] = (
    "wali kota",
    "juru bicara",
    "kuasa hukum",
    "guru besar",
    "duta besar",
    "perdana menteri",
    "wakil presiden",
    "ketua umum",
    "penanggung jawab",
    "wakil ketua",
    "wakil wali kota",
    # w-speakers: "Plt" and "Plh" written out ("Pelaksana Tugas Kepala Dinas Kesehatan Budi")
    "pelaksana tugas",
    "pelaksana harian",
)

#: Prefixes of verbs: a lowercase word with one of them ends a role phrase ("Pengamat
#: transportasi Joko" keeps "transportasi", "Kapolres mengatakan" stops at the verb).
VERB_PREFIXES: tuple[str, ...] = ("me", "ber", "di", "ter", "se", "ke")

#: Administrative units: a capitalised part starting with one, between commas after a role,
#: belongs to the role ("Kepala Dusun Nglahar, Kelurahan Sumbersari, Kecamatan Moyudan, Wahyu").
ADMINISTRATIVE_UNITS: frozenset[str] = frozenset(
    {"kelurahan", "kecamatan", "kabupaten", "kota", "desa", "dusun", "provinsi", "kampung", "dukuh"}
)

#: Roles that are followed by their jurisdiction ("Kapolres Cianjur", "Wali Kota Bandung").
JURISDICTION_ROLES: frozenset[str] = frozenset(
    {"kapolres", "kapolresta", "kapolrestabes", "kapolda", "kapolsek", "bupati", "gubernur", "wali",
     "walikota", "camat", "lurah", "kades", "wabup", "wagub", "wawali", "pangdam", "dandim", "danrem",
     "kajari", "kajati", "sekda", "kadis", "kepala", "ketua", "direktur", "menteri", "kabid", "kasat",
     "pejabat", "warga", "pedagang", "korban", "petugas", "tentara", "polisi", "militer", "juru", "sumber"}
)  # fmt: skip

#: First words of two-word place names ("Jawa Tengah", "Kota Bandung").
PLACE_PREFIXES: frozenset[str] = frozenset(
    {"jawa", "sulawesi", "sumatera", "sumatra", "kalimantan", "nusa", "papua", "maluku", "bangka", "dki",
     "kota", "kabupaten", "kepulauan", "daerah", "di", "tanah", "pulau", "timnas", "polda", "polres"}
)  # fmt: skip

#: Words that continue a role after its head ("Menteri Luar Negeri", "Kepala Dinas Kesehatan Kota").
ROLE_COMPLEMENTS: frozenset[str] = frozenset(
    {"luar", "dalam", "negeri", "humas", "polda", "polres", "umum", "besar", "bicara", "kota", "hukum",
     "jawab", "partai", "bidang", "komisi", "ri", "pusat", "daerah", "dinas", "badan", "kantor", "cabang",
     "kementerian", "pengadilan", "kejaksaan", "universitas", "fakultas", "rumah", "sakit", "bank", "timnas",
     "klub", "perusahaan", "lembaga", "yayasan", "satuan", "unit", "seksi", "bagian", "divisi", "biro",
     "direktorat", "sekolah", "perguruan", "institut", "dewan", "majelis", "mahkamah", "komite", "tim",
     "satgas", "gugus", "tugas", "pemkot", "pemkab", "pemprov", "kabupaten", "provinsi", "kecamatan",
     "kelurahan", "desa", "perdagangan", "keuangan", "pertahanan", "kesehatan", "pendidikan", "agama",
     "sosial", "perhubungan", "koordinator", "sekretariat", "jenderal", "ekonomi", "politik", "hubungan",
     "internasional", "nasional", "operasional", "reskrim", "satreskrim", "satlantas", "lalu", "lintas",
     "kebudayaan", "pariwisata", "perindustrian", "pertanian", "kehutanan", "lingkungan", "hidup",
     "perumahan", "rakyat", "pekerjaan", "tenaga", "kerja", "urusan"}
)  # fmt: skip

#: Organisation words: the word after one names the organisation and still belongs to the role
#: ("Ketua Umum Partai Gerindra").
ORGANISATION_WORDS: frozenset[str] = frozenset(
    {"partai", "dinas", "badan", "kementerian", "universitas", "komisi", "pengadilan", "kejaksaan", "bank",
     "klub", "yayasan", "lembaga", "institut", "fakultas", "majelis", "mahkamah", "dewan", "kantor"}
)  # fmt: skip

#: Last words of place names ("Jakarta Selatan", "Jawa Tengah"): a word before one is a place too.
PLACE_SUFFIXES: frozenset[str] = frozenset(
    {"utara", "selatan", "barat", "timur", "tengah", "raya", "jaya", "indonesia"}
)

#: Role heads: a speaker phrase starting with one of these is a role (possibly followed by a name).
#: Compared case-insensitively against the first word ("Menteri Luar Negeri Rusia", "Kapolres").
ROLE_HEADS: frozenset[str] = frozenset(
    {
        "presiden", "wapres", "wakil", "menteri", "menlu", "menkeu", "menhan", "mendagri", "menko",
        "menkes", "mensesneg", "seskab", "jubir", "juru", "kepala", "ka", "kapolri", "kapolda",
        "kapolres", "kapolresta", "kapolrestabes", "kapolsek", "kabid", "kasat", "kasi", "kasubbag",
        "kabag", "kasatreskrim", "kanit", "gubernur", "wagub", "bupati", "wabup", "wali", "walikota",
        "wawali", "camat", "lurah", "kades", "ketua", "ketum", "sekjen", "sekretaris", "direktur",
        "dirut", "dirjen", "ceo", "anggota", "duta", "dubes", "panglima", "pangdam", "kasad",
        "pengamat", "pakar", "analis", "peneliti", "dosen", "guru", "kuasa", "pengacara", "jaksa",
        "hakim", "saksi", "warga", "korban", "tersangka", "pelatih", "kapten", "manajer", "manager",
        "bek", "striker", "kiper", "gelandang", "penyerang", "pemain", "pedagang", "pejabat",
        "perdana", "pm", "raja", "ratu", "pangeran", "kanselir", "komisioner", "komandan", "danramil",
        "dandim", "danrem", "kapuspen", "kadiv", "karopenmas", "kabidhumas", "kasubdit", "dirreskrimum",
        "dirreskrimsus", "plt", "plh", "pj", "pjs", "ketua umum", "staf", "staff", "asisten",
        "penasihat", "penasehat", "rektor", "dekan", "kabiro", "kepsek", "kadis", "kadinas",
        "sekda", "sekdes", "kapus", "jurnalis", "wartawan", "pewarta", "reporter", "ahli", "aktivis",
        "politikus", "politisi", "legislator", "senator", "petugas", "pengurus", "pendiri", "pemilik",
        "founder", "koordinator", "kordinator", "humas", "kasubag", "kapusdatin", "kabareskrim",
        "kakorlantas", "kasatlantas", "kanwil", "deputi", "inspektur", "auditor", "bendahara",
        "ekonom", "budayawan", "sejarawan", "psikolog", "dokter", "perawat", "bidan", "ustaz", "imam",
        "eks", "mantan", "calon", "capres", "cawapres", "cagub", "caleg", "komisaris", "presdir",
        "wamen", "wakapolri", "wakapolda", "wakapolres", "kasdim", "kapendam", "kapolsekta",
        "pimpinan", "pemimpin", "dirops", "sekum", "waketum", "bendum", "pengelola",
        "penanggung", "kasubsi", "kaur", "kapolair",
        # issue 12: short forms that ROLE_ALIASES expands
        "kadispen", "kasubbid", "kadinkes",
    }
)  # fmt: skip

#: Alternate spellings of a role head that refer to the same office ("Wapres" = "Wakil Presiden").
ROLE_ALIASES: dict[str, str] = {
    "wapres": "wakil presiden",
    "menlu": "menteri luar negeri",
    "menkeu": "menteri keuangan",
    "menhan": "menteri pertahanan",
    "dubes": "duta besar",
    "jubir": "juru bicara",
    "ketum": "ketua umum",
    "sekjen": "sekretaris jenderal",
    "pm": "perdana menteri",
    "wali kota": "walikota",
    "kapolresta": "kapolres",
    "kapolrestabes": "kapolres",
    # issue 12: short forms of police and military public-relations roles
    "kadispen": "kepala dinas penerangan",
    "kapuspen": "kepala pusat penerangan",
    "kabid humas": "kepala bidang hubungan masyarakat",
    "kabag humas": "kepala bagian hubungan masyarakat",
    "kasubbid": "kepala subbidang",
    "kadinkes": "kepala dinas kesehatan",
}

#: Lowercase words allowed inside a role phrase ("Menteri Koordinator bidang Perekonomian").
ROLE_INNER_LOWER: frozenset[str] = frozenset({"bidang", "urusan", "dan", "nomor", "urut", "besar", "umum"})

# --- long roles after a cue (w-speakers): lists, joined offices, institution nouns -------------

#: Conjunctions that list the fields of one office inside a role, after a comma or not
#: ("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan"; "Komisi Pendidikan serta Kesehatan").
ROLE_LIST_CONJUNCTIONS: frozenset[str] = frozenset({"dan", "serta"})

#: The mark that joins two offices held by one person ("Menteri … / Kepala Badan … Nama").
ROLE_JOINER: str = "/"

#: Institution nouns are built with the circumfixes pe(N)-…-an and ke-…-an ("Penanggulangan",
#: "Kemiskinan", "Kesiapsiagaan", "Pertanian"): a capitalised word of that shape inside a role names
#: the office, not the person. Words this short or with these endings are left out because personal
#: names take them ("Kurniawan", "Setiawan", "Febriyan").
INSTITUTION_NOUN_PREFIXES: tuple[str, ...] = ("pe", "ke")
INSTITUTION_NOUN_SUFFIX: str = "an"
INSTITUTION_NOUN_MIN_LENGTH: int = 8
INSTITUTION_NOUN_NOT_ENDINGS: tuple[str, ...] = ("wan", "yan")

#: Fields of ministries and agencies that follow "dan" in an office's name and are no personal
#: names ("Menteri Energi dan Sumber Daya Mineral", "Kepala Dinas Kependudukan dan Pencatatan
#: Sipil", "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi"); they belong to the role
#: as ROLE_COMPLEMENTS do. Words that are also name parts ("Alam", "Tata") are left out.
ROLE_FIELD_WORDS: frozenset[str] = frozenset(
    {"energi", "sumber", "daya", "mineral", "manusia", "aparatur", "negara", "reformasi", "birokrasi",
     "pemuda", "olahraga", "riset", "teknologi", "inovasi", "informatika", "komunikasi", "tertinggal",
     "transmigrasi", "agraria", "ruang", "investasi", "koperasi", "usaha", "mikro", "kecil", "menengah",
     "sipil", "pangan", "logistik", "kreatif", "statistik", "bencana", "kesejahteraan"}
)  # fmt: skip

#: Police ranks written out in full before a name ("Komisaris Besar Budi", "Ajun Komisaris Polisi
#: Rina", "Inspektur Dua Andi"): in a "Role, Rank Name, verb" subject they are no part of the name.
SPELLED_RANK_WORDS: frozenset[str] = frozenset(
    {"ajun", "komisaris", "besar", "inspektur", "satu", "dua", "polisi", "brigadir", "kepala"}
)
#: The words a written-out rank starts with.
SPELLED_RANK_LEADS: frozenset[str] = frozenset({"ajun", "komisaris", "inspektur", "brigadir"})

#: Role nouns of people quoted as experts or office holders that ROLE_HEADS lacks: a subject part
#: starting with one is the role in "Pengajar Fakultas Hukum Unpas, Budi, mengatakan".
MORE_ROLE_HEADS: frozenset[str] = frozenset(
    {"pengajar", "akademisi", "praktisi", "pemerhati", "pegiat", "penggiat", "ketum", "relawan",
     "pembina", "penyuluh", "kurator", "konsultan", "tokoh", "sosiolog", "epidemiolog", "kriminolog",
     "ekonom", "ahli", "sekretaris"}
)  # fmt: skip
ROLE_HEADS = ROLE_HEADS | MORE_ROLE_HEADS  # one list of role heads for the parsers

#: Roles that take a possessor: "juru bicara Brahimi" is Brahimi's spokesperson, "kuasa hukum
#: Budi" Budi's lawyer, so a name right after them is not the speaker.
RELATIONAL_ROLE_WORDS: frozenset[str] = frozenset(
    {
        "juru", "jubir", "kuasa", "pengacara", "ajudan", "asisten", "staf", "istri", "suami", "anak",
        "ayah", "ibu", "bapak", "adik", "kakak", "keluarga", "kerabat", "tetangga", "teman", "rekan",
        "sahabat", "kekasih", "pacar", "cucu", "menantu", "mertua", "paman", "bibi", "sekretaris",
    }
)  # fmt: skip

#: Lowercase words that qualify a role before the name ("Peneliti senior Budi", "Jaksa madya Rina").
ROLE_MODIFIERS: frozenset[str] = frozenset({"senior", "muda", "madya", "utama"})

#: Civil offices named "… Jenderal" ("Direktur Jenderal", "Sekretaris Jenderal"): there "Jenderal"
#: is part of the office, not a rank that ends the role.
GENERAL_OFFICES: frozenset[str] = frozenset({"direktur", "sekretaris"})

#: Common nouns that describe an (often anonymous) speaker: "kata seorang ibu", "ucap pria itu".
DESCRIPTOR_NOUNS: frozenset[str] = frozenset(
    {
        "pria", "wanita", "perempuan", "laki-laki", "lelaki", "ibu", "bapak", "pemuda", "remaja",
        "gadis", "bocah", "anak", "nenek", "kakek", "sosok", "orang", "pemain", "pelatih", "pejabat",
        "diplomat", "presiden", "menteri", "warga", "pedagang", "petugas", "politikus", "politisi",
        "jenderal", "perwira", "polisi", "dokter", "pengacara", "sang", "tokoh", "aktor", "aktris",
        "penyanyi", "artis", "istri", "suami", "ayah", "mantan", "eks", "legislator", "pemilik",
        "korban", "tersangka", "saksi", "pengamat", "pakar", "ketua", "kepala", "wakil", "bupati",
        "gubernur", "camat", "lurah", "kapolres", "kapolda", "jaksa", "hakim", "pewarta", "wartawan",
        "yang", "bersangkutan",
        # issue 12: institutions and the press as anonymous speakers ("sebut kepolisian setempat",
        # "tanya wartawan asing tersebut", "kata juru warta").
        "kepolisian", "jurnalis", "reporter", "awak", "aparat", "otoritas", "militer", "tentara",
        "relawan", "penumpang", "pengunjung", "pengendara", "sopir", "guru", "siswa", "mahasiswa",
    }
)  # fmt: skip

#: Quantifiers of anonymous speakers: "salah seorang ibu", "seorang pejabat Irak".
ANONYMOUS_MARKERS: frozenset[str] = frozenset({"seorang", "salah", "sejumlah", "beberapa", "para", "sebagian"})

#: Connectives that may precede the subject of a sentence ("Sementara itu, X mengatakan …").
CLAUSE_CONNECTIVES: frozenset[str] = frozenset(
    {
        "namun", "sementara", "itu", "selain", "kemudian", "lalu", "adapun", "sedangkan", "tetapi",
        "akan", "dan", "bahkan", "sebelumnya", "terpisah", "secara", "terkait", "menanggapi",
        "juga", "pun", "sendiri", "saat", "ketika", "kala", "dalam", "usai", "seusai", "selanjutnya",
        "kini", "sedang", "apalagi", "tak", "hanya",
    }
)  # fmt: skip

#: Adverbs allowed between a subject and its speech verb ("X juga mengatakan").
SUBJECT_ADVERBS: frozenset[str] = frozenset(
    {"juga", "pun", "kembali", "sebelumnya", "lebih", "lanjut", "sendiri", "bahkan", "pula", "kemudian",
     "lantas", "sempat", "telah", "sudah", "pernah", "hanya", "turut", "tetap", "terus", "justru", "pun,",
     # issue 12: "X tidak menampik bahwa …" (a denied denial is a statement)
     "tidak", "tak"}
)  # fmt: skip

#: Capitalised words that start sentences but are never part of a person's name.
NON_NAME_WORDS: frozenset[str] = frozenset(
    {
        "ia", "dia", "beliau", "mereka", "kami", "kita", "saya", "aku", "anda", "ini", "itu", "hal",
        "namun", "sementara", "selain", "kemudian", "lalu", "adapun", "sedangkan", "tetapi", "dan",
        "bahkan", "sebelumnya", "menurut", "menurutnya", "kata", "dikatakan", "pada", "dalam", "di",
        "saat", "ketika", "setelah", "sebelum", "jika", "kalau", "meski", "meskipun", "walau", "karena",
        "sebab", "untuk", "dengan", "oleh", "agar", "supaya", "sejak", "hingga", "sampai", "sebagai",
        "tak", "tidak", "bukan", "ada", "yang", "apa", "siapa", "bagaimana", "mengapa", "kenapa",
        "kapan", "berikut", "begitu", "demikian", "selanjutnya", "akhirnya", "alhasil", "kini",
        "sekarang", "nah", "ya", "tapi", "terkait", "soal", "mengenai", "tentang", "baca", "juga",
        "pemerintah", "polisi", "sejumlah", "para", "seorang", "salah", "semua", "seluruh", "tim",
        "usai", "seusai", "sesuai", "diberitakan", "dilansir", "dikutip", "mengutip", "melansir",
        "sumber", "editor", "penulis", "laporan", "artikel", "pantauan", "diketahui", "rabu", "senin",
        "selasa", "kamis", "jumat", "sabtu", "minggu", "hari", "pukul", "sekitar", "antara", "bagi",
        "atas", "dari", "ke", "pun", "terpisah", "secara", "padahal", "selama", "dia,", "masih",
    }
)  # fmt: skip

#: Source-citation cues written before the outlet's name, longest first where they overlap.
#: Each is (regular-expression source, canonical cue). Matched case-insensitively on word starts.
SOURCE_CUES_BEFORE: tuple[tuple[str, str], ...] = (
    (r"seperti\s+yang\s+diberitakan", "seperti diberitakan"),
    (r"seperti\s+diberitakan", "seperti diberitakan"),
    (r"sebagaimana\s+(?:yang\s+)?diberitakan", "sebagaimana diberitakan"),
    (r"seperti\s+(?:yang\s+)?dilaporkan", "seperti dilaporkan"),
    (r"sebagaimana\s+(?:yang\s+)?dilaporkan", "sebagaimana dilaporkan"),
    (r"seperti\s+(?:yang\s+)?dilansir", "dilansir"),
    (r"sebagaimana\s+(?:yang\s+)?dilansir", "dilansir"),
    (r"seperti\s+(?:yang\s+)?dikutip", "dikutip dari"),
    (r"sebagaimana\s+(?:yang\s+)?dikutip", "dikutip dari"),
    (r"(?:yang\s+)?dikutip?", "dikutip dari"),
    (r"dilansir", "dilansir"),
    (r"diberitakan", "seperti diberitakan"),
    (r"diwartakan", "diwartakan"),
    (r"dilaporkan", "dilaporkan"),
    (r"melansir", "melansir"),
    (r"mengutip", "mengutip"),
    (r"menurut\s+laporan", "menurut laporan"),
    (r"berdasarkan\s+laporan", "berdasarkan laporan"),
    (r"menurut", "menurut"),
    (r"melalui", "melalui"),
    (r"kepada", "kepada"),
    (r"(?<=nya\s)pada", "kepada"),  # '"…," katanya pada Tribun Timur': the interviewing outlet
    # "Dalam unggahan di akun Facebook resmi Pemkot Kupang, …": a post the article reports from.
    (r"dalam\s+(?:unggahan|postingan|cuitan|kicauan)(?:\s+di)?", "dalam unggahan"),
)

#: Every citation cue (before or after the outlet) contains one of these, lower-cased: a
#: paragraph with none of them cites nothing, and is not searched further.
SOURCE_CUE_STEMS: tuple[str, ...] = (
    "berita", "lapor", "lansir", "kuti", "mengutip", "warta", "menurut", "melalui", "pada", "tulis",
    "menyebutkan", "unggah", "posting", "cuitan", "kicauan",
)  # fmt: skip

#: The word each cue of SOURCE_CUES_BEFORE starts with, lower-cased ("yang" for "yang dikutip",
#: "pada" for "katanya pada"): the cue pattern is tried only where one of these is written.
SOURCE_CUE_FIRST_WORDS: tuple[str, ...] = (
    "seperti", "sebagaimana", "yang", "dikuti", "dilansir", "diberitakan", "diwartakan", "dilaporkan",
    "melansir", "mengutip", "menurut", "berdasarkan", "melalui", "kepada", "pada", "dalam",
)  # fmt: skip

#: Cues that only count when the outlet is in the gazetteer (they take people and places too).
GAZETTEER_ONLY_SOURCE_CUES: frozenset[str] = frozenset(
    {"menurut", "melalui", "kepada", "dilaporkan", "diwartakan", "seperti diberitakan", "dalam unggahan"}
)

#: Verbs after an outlet that make it a cited source ("Rodong Sinmun melaporkan …").
SOURCE_CUES_AFTER: frozenset[str] = frozenset({"melaporkan", "memberitakan", "mewartakan", "menulis", "menyebutkan"})

#: Words between a cue and the outlet ("dilansir kantor berita resmi Korut KCNA").
SOURCE_DESCRIPTORS: frozenset[str] = frozenset(
    {
        "dari", "oleh", "kantor", "berita", "resmi", "media", "pemerintah", "harian", "surat", "kabar",
        "situs", "laman", "outlet", "stasiun", "televisi", "tv", "lembaga", "penyiaran", "majalah",
        "portal", "jaringan", "radio", "milik", "negara", "pro", "koran", "akun", "lokal",
        "internasional", "asing", "pemberitaan", "program", "siaran", "independen", "online", "daring",
        "tribunnews", "tribunnews.com", "setempat", "sebuah", "sumber",
        # issue 11: a post of a social account ("mengutip unggahan Instagram @pemkotsolo")
        "unggahan", "postingan", "cuitan", "kicauan", "video", "utas", "langsung",
    }
)  # fmt: skip

#: issue 11: a social account cited as a source is Source(kind="social", name=<platform>) with
#: ``url`` the account's profile address, built from the handle written after the platform
#: ("akun Instagram @pemkotsolo" -> https://www.instagram.com/pemkotsolo).
SOCIAL_PROFILE_URLS: dict[str, str] = {
    "Instagram": "https://www.instagram.com/{}",
    "Twitter": "https://twitter.com/{}",
    "TikTok": "https://www.tiktok.com/@{}",
    "YouTube": "https://www.youtube.com/@{}",
    "Facebook": "https://www.facebook.com/{}",
}

#: issue 11: words between a platform and the handle ("akun Instagram resmi @pemkotsolo").
SOCIAL_ACCOUNT_WORDS: tuple[str, ...] = ("resmi", "resminya", "milik", "miliknya")

#: issue 11: an account handle: "@" and up to 30 letters, digits, "_" or "." (Instagram's rule).
SOCIAL_HANDLE = r"@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}[A-Za-z0-9_])?)"

#: issue 11: cues that cite media, after which an unknown capitalised name (up to five words,
#: digits allowed: "Channel 12") is taken as an outlet; other cues take only known outlets.
MEDIA_SOURCE_CUES: frozenset[str] = frozenset(
    {"dilansir", "melansir", "mengutip", "dikutip dari", "seperti diberitakan", "sebagaimana diberitakan"}
)

#: Outlets, agencies and social platforms: canonical name -> (kind, aliases as written).
#: Aliases of four letters or fewer written in capitals are matched case-sensitively ("AP", "RT").
OUTLETS: dict[str, tuple[str, tuple[str, ...]]] = {
    "Reuters": ("agency", ("Reuters", "Kantor Berita Reuters")),
    "AFP": ("agency", ("AFP", "Agence France-Presse", "Agence France Presse")),
    "AP": ("agency", ("AP", "Associated Press", "The Associated Press", "AP News", "APNews", "apnews.com")),
    "Bloomberg": ("agency", ("Bloomberg",)),
    "Antara": ("agency", ("ANTARA", "Antara", "Antaranews", "Antaranews.com", "Antara News")),
    "Xinhua": ("agency", ("Xinhua",)),
    "TASS": ("agency", ("TASS", "Tass")),
    "RIA Novosti": ("agency", ("RIA Novosti", "RIA")),
    "Sputnik": ("agency", ("Sputnik", "Sputnik News")),
    "Interfax": ("agency", ("Interfax",)),
    "Interfax-Ukraina": ("agency", ("Interfax-Ukraina", "Interfax-Ukraine")),
    "Anadolu Agency": ("agency", ("Anadolu Agency", "Anadolu", "AA")),
    "Yonhap": ("agency", ("Yonhap",)),
    "KCNA": ("agency", ("KCNA", "KNCA", "Korean Central News Agency")),
    "Kyodo": ("agency", ("Kyodo", "Kyodo News")),
    "Jiji": ("agency", ("Jiji", "Jiji Press")),
    "Bernama": ("agency", ("Bernama",)),
    "ANI": ("agency", ("ANI",)),
    "PTI": ("agency", ("PTI",)),
    "IRNA": ("agency", ("IRNA",)),
    "Tasnim": ("agency", ("Tasnim",)),
    "Fars": ("agency", ("Fars",)),
    "Mehr": ("agency", ("Mehr",)),
    "WAFA": ("agency", ("WAFA", "Wafa")),
    "SPA": ("agency", ("SPA", "Saudi Press Agency")),
    "EFE": ("agency", ("EFE",)),
    "ANSA": ("agency", ("ANSA",)),
    "dpa": ("agency", ("dpa", "DPA")),
    "UPI": ("agency", ("UPI",)),
    "Ukrinform": ("agency", ("Ukrinform",)),
    "UNIAN": ("agency", ("UNIAN",)),
    "CNA": ("outlet", ("CNA", "Channel NewsAsia", "Channel News Asia")),
    "Vietnam News Agency": ("agency", ("Vietnam News Agency", "VNA")),
    "PNA": ("agency", ("PNA",)),
    "BBC": ("outlet", ("BBC", "BBC News", "BBC Indonesia")),
    "CNN": ("outlet", ("CNN",)),
    "Al Jazeera": ("outlet", ("Al Jazeera", "Al-Jazeera", "Aljazeera")),
    "Al Arabiya": ("outlet", ("Al Arabiya", "Al-Arabiya")),
    "RT": ("outlet", ("Russia Today", "RT")),
    "CGTN": ("outlet", ("CGTN",)),
    "Global Times": ("outlet", ("Global Times",)),
    "China Daily": ("outlet", ("China Daily",)),
    "South China Morning Post": ("outlet", ("South China Morning Post", "SCMP")),
    "NHK": ("outlet", ("NHK",)),
    "Korea Herald": ("outlet", ("Korea Herald", "The Korea Herald")),
    "Korea Times": ("outlet", ("Korea Times", "The Korea Times")),
    "Times of Israel": ("outlet", ("Times of Israel", "The Times of Israel", "Israel Times")),
    "Haaretz": ("outlet", ("Haaretz",)),
    "Jerusalem Post": ("outlet", ("Jerusalem Post", "The Jerusalem Post")),
    "The Guardian": ("outlet", ("The Guardian", "Guardian")),
    "New York Times": ("outlet", ("New York Times", "The New York Times", "NYT")),
    "Washington Post": ("outlet", ("Washington Post", "The Washington Post")),
    "Wall Street Journal": ("outlet", ("Wall Street Journal", "The Wall Street Journal", "WSJ")),
    "Financial Times": ("outlet", ("Financial Times", "The Financial Times")),
    "New York Post": ("outlet", ("New York Post", "The New York Post")),
    "Daily Mail": ("outlet", ("Daily Mail", "The Daily Mail")),
    "Daily Mirror": ("outlet", ("Daily Mirror", "The Mirror", "Mirror")),
    "The Independent": ("outlet", ("The Independent",)),
    "Sky News": ("outlet", ("Sky News",)),
    "Fox News": ("outlet", ("Fox News",)),
    "NBC": ("outlet", ("NBC", "NBC News")),
    "CBS": ("outlet", ("CBS", "CBS News")),
    "ABC": ("outlet", ("ABC", "ABC News")),
    "NPR": ("outlet", ("NPR",)),
    "Politico": ("outlet", ("Politico",)),
    "Axios": ("outlet", ("Axios",)),
    "Newsweek": ("outlet", ("Newsweek",)),
    "Time": ("outlet", ("Time Magazine", "majalah Time")),
    "Euronews": ("outlet", ("Euronews",)),
    "DW": ("outlet", ("Deutsche Welle", "DW")),
    "France 24": ("outlet", ("France 24", "France24")),
    "Le Monde": ("outlet", ("Le Monde",)),
    "Der Spiegel": ("outlet", ("Der Spiegel", "Spiegel")),
    "Rodong Sinmun": ("outlet", ("Rodong Sinmun",)),
    "Pravda": ("outlet", ("Pravda",)),
    "Izvestia": ("outlet", ("Izvestia",)),
    "Kommersant": ("outlet", ("Kommersant",)),
    "Arab News": ("outlet", ("Arab News",)),
    "The Straits Times": ("outlet", ("The Straits Times", "Straits Times")),
    "Bangkok Post": ("outlet", ("Bangkok Post",)),
    "The Star": ("outlet", ("The Star",)),
    "Malaysiakini": ("outlet", ("Malaysiakini",)),
    "Rappler": ("outlet", ("Rappler",)),
    "Inquirer": ("outlet", ("Inquirer", "Philippine Daily Inquirer")),
    "BuzzFeed": ("outlet", ("BuzzFeed", "buzzfeed.com")),
    "TNA-MCOT": ("outlet", ("TNA-MCOT", "MCOT")),
    "Kompas.com": ("outlet", ("Kompas.com", "kompas.com", "Kompas com")),
    "Kompas TV": ("outlet", ("Kompas TV", "KompasTV")),
    "Harian Kompas": ("outlet", ("Harian Kompas", "Kompas")),
    "Tribunnews.com": ("outlet", ("Tribunnews.com", "Tribunnews", "TRIBUNNEWS.COM")),
    "Detik.com": ("outlet", ("Detik.com", "detikcom", "detikNews", "Detik", "detik.com", "DetikNews")),
    "CNN Indonesia": ("outlet", ("CNN Indonesia", "CNNIndonesia.com", "CNN Indonesia.com")),
    "CNBC Indonesia": ("outlet", ("CNBC Indonesia", "CNBCIndonesia.com")),
    "Tempo": ("outlet", ("Tempo", "Tempo.co", "Koran Tempo", "Majalah Tempo")),
    "Liputan6.com": ("outlet", ("Liputan6.com", "Liputan6")),
    "Kumparan": ("outlet", ("Kumparan", "kumparan", "kumparan.com")),
    "Okezone": ("outlet", ("Okezone", "Okezone.com")),
    "Sindonews": ("outlet", ("Sindonews", "Sindonews.com", "Koran Sindo")),
    "Republika": ("outlet", ("Republika", "Republika.co.id")),
    "Media Indonesia": ("outlet", ("Media Indonesia",)),
    "Suara.com": ("outlet", ("Suara.com",)),
    "IDN Times": ("outlet", ("IDN Times",)),
    "Merdeka.com": ("outlet", ("Merdeka.com",)),
    "Viva.co.id": ("outlet", ("Viva.co.id", "VIVA", "Viva")),
    "iNews": ("outlet", ("iNews", "iNews.id")),
    "JPNN": ("outlet", ("JPNN", "JPNN.com")),
    "Jawa Pos": ("outlet", ("Jawa Pos", "JawaPos", "JawaPos.com")),
    "Bisnis Indonesia": ("outlet", ("Bisnis Indonesia", "Bisnis.com")),
    "Kontan": ("outlet", ("Kontan", "Kontan.co.id")),
    "Katadata": ("outlet", ("Katadata",)),
    "Tirto": ("outlet", ("Tirto", "Tirto.id")),
    "Kompasiana": ("outlet", ("Kompasiana",)),
    "The Jakarta Post": ("outlet", ("The Jakarta Post", "Jakarta Post")),
    "Metro TV": ("outlet", ("Metro TV", "MetroTV")),
    "TVOne": ("outlet", ("TVOne", "tvOne", "TV One")),
    "RCTI": ("outlet", ("RCTI",)),
    "SCTV": ("outlet", ("SCTV",)),
    "RRI": ("outlet", ("RRI",)),
    "TVRI": ("outlet", ("TVRI",)),
    "Berita Satu": ("outlet", ("Berita Satu", "BeritaSatu", "Beritasatu.com")),
    "Pikiran Rakyat": ("outlet", ("Pikiran Rakyat",)),
    "Solopos": ("outlet", ("Solopos", "Solopos.com")),
    "Suara Merdeka": ("outlet", ("Suara Merdeka",)),
    "Harian Jogja": ("outlet", ("Harian Jogja", "Harianjogja.com")),
    "Gatra": ("outlet", ("Gatra",)),
    "RMOL": ("outlet", ("RMOL", "RMOL.id")),
    "Surya": ("outlet", ("Surya", "Harian Surya", "Surya.co.id")),
    "Warta Kota": ("outlet", ("Warta Kota", "WartaKota", "Wartakotalive.com", "Harian Warta Kota")),
    "Serambinews.com": ("outlet", ("Serambinews.com", "Serambinews", "Serambi Indonesia")),
    "Banjarmasin Post": ("outlet", ("Banjarmasin Post",)),
    "Sriwijaya Post": ("outlet", ("Sriwijaya Post",)),
    "Bangka Pos": ("outlet", ("Bangka Pos", "BangkaPos")),
    "Pos Kupang": ("outlet", ("Pos Kupang", "POS-KUPANG.COM", "Pos-Kupang.com")),
    "YouTube": ("social", ("YouTube", "Youtube", "kanal YouTube")),
    "Instagram": ("social", ("Instagram",)),
    "Twitter": ("social", ("Twitter", "X (Twitter)")),
    "Facebook": ("social", ("Facebook",)),
    "TikTok": ("social", ("TikTok", "Tiktok")),
}

#: Tribun Network brands ("TribunJakarta.com", "Tribun Jatim", "tribunjabar.id"): outlets by shape.
TRIBUN_BRAND = r"(?:Tribun|TRIBUN)(?:[\s-]?[A-Z][A-Za-z]{2,20}|[a-z]{3,20})(?:\.(?:com|co\.id|id|co))?"

#: A web domain written as a name ("Kompas.com", "suara.com"): an outlet when cited.
DOMAIN_NAME = r"[A-Za-z][A-Za-z0-9-]{1,30}(?:\.[A-Za-z]{2,10}){1,2}"

#: Words that mark a non-outlet after a citation cue ("mengutip data intelijen").
NON_SOURCE_WORDS: frozenset[str] = frozenset(
    {"wartawan", "awak", "media", "data", "keterangan", "pernyataan", "sumber", "pihak", "dokumen", "hasil"}
)

#: Well-known short names, resolved to the full name ("Jokowi" = "Joko Widodo").
#: issue 12: phrases that introduce a person's alias after the full name ("X yang akrab disapa
#: Mbak Ita", "X atau biasa dipanggil Ita", "X alias Ita"); a nickname in parentheses after a
#: name of two words or more ("X (Ita)") is one too.
ALIAS_CUES: tuple[str, ...] = (
    "yang akrab disapa", "yang biasa disapa", "yang akrab dipanggil", "yang biasa dipanggil",
    "atau akrab disapa", "atau biasa disapa", "atau akrab dipanggil", "atau biasa dipanggil",
    "akrab disapa", "biasa disapa", "akrab dipanggil", "biasa dipanggil", "alias",
)  # fmt: skip

PERSON_ALIASES: dict[str, str] = {
    "Jokowi": "Joko Widodo",
    "SBY": "Susilo Bambang Yudhoyono",
    "JK": "Jusuf Kalla",
    "Ahok": "Basuki Tjahaja Purnama",
    "Risma": "Tri Rismaharini",
    "Gus Dur": "Abdurrahman Wahid",
    "Megawati": "Megawati Soekarnoputri",
    "Prabowo": "Prabowo Subianto",
    "Gibran": "Gibran Rakabuming Raka",
    "Anies": "Anies Baswedan",
    "Ganjar": "Ganjar Pranowo",
    "Puan": "Puan Maharani",
}

# --- Output audit ---
# Data for :mod:`newsparse.audit`: signs of boilerplate the cleaner did not strip.

#: Phrases that never belong inside an article paragraph, wherever they stand in it: a related
#: link or a syndication footer glued to the text ("… kata dia. Baca juga: …").
BOILERPLATE_PHRASES: tuple[str, ...] = (
    "baca juga:",
    "baca juga :",
    "artikel ini telah tayang di",
    "artikel ini sudah tayang di",
    "dapatkan berita pilihan",
    "simak berita lainnya",
)

#: The shape of any outlet's dateline, looser than the cleaner's patterns on purpose: the audit
#: looks for datelines the cleaner did not know. A place or brand of one to three capitalised
#: words, optionally ", OUTLET" or "(OUTLET)", then a dash run: "Jakarta -", "SINJAI -",
#: "JAKARTA, KOMPAS.com -", "Jakarta, CNN Indonesia --", "Jakarta (ANTARA) -",
#: "REPUBLIKA.CO.ID, MOSKOW ---"; or a web address before a colon: "Liputan6.com, Jakarta:".
DATELINE_SHAPE = (
    r"^(?:[A-Z][A-Za-z0-9.'-]{1,25}(?: [A-Z][A-Za-z0-9.'-]{1,25}){0,2}"
    r"(?:\s?,\s?[A-Za-z][A-Za-z0-9.'-]{1,25}(?: [A-Za-z][A-Za-z0-9.'-]{1,25}){0,2}| \([A-Za-z][A-Za-z0-9. ]{1,25}\))?"
    r"\s?(?:-{1,3}|–|—)"
    r"|[A-Za-z][A-Za-z0-9-]{1,30}\.[a-z]{2,3}(?:\.[a-z]{2})?,\s?[A-Z][A-Za-z ]{1,25}:)\s"
)

#: A paragraph that is nothing but a credit: "(tor/nrl)", "(ugo/asa)", "(ADO)", "(fat/jpnn)".
CREDIT_ONLY_LINE = r"^\(\s?[A-Za-z.]{2,12}(?:\s?/\s?[A-Za-z.]{2,12}){0,3}\s?\)$"

#: A placeholder for an embed that did not render: "[Gambas:Video CNN]", "[video]"; the cleaner
#: drops such a paragraph and the audit flags one left in a body.
EMBED_PLACEHOLDER = r"^\[[^\[\]]{1,60}\]$"

#: The page part of a paginated article's title: "Halaman 2", "Halaman all", "Hal. 3", "Page 3";
#: never part of a headline (:mod:`newsparse.titles` cuts it from a title's end).
TITLE_PAGE_PART = r"(?i)^(?:halaman|hal\.?|page)\s+(?:all|semua|\d{1,3})$"
