"""The 41 real Tribun article texts in ../shared/tribun/texts/, rendered into our page template.

Each ``texts/NNN.json`` holds a real page as extracted text (``page_text``) plus notes
(``observations``). The text is read at test time and never copied into the project; what lives
here is the human review of every file: which lines are body paragraphs and which are
boilerplate, as line indices and one-letter roles (see ``ROLES``), plus the dateline outlet/place
and the author names the reporter lines and trailing bylines give.

The body lines and the in-body boilerplate lines are rendered, in page order, into a 2022-era
Tribun article page (``h1#arttitle``, ``div.side-article.txt-article.multi-fontsize``); the
after-body chrome goes into the sibling ``div.side-article.mb5``. Then ``parse_article`` must
give back exactly the body paragraphs (dateline and glued end markers removed, whitespace
normalised), leave no boilerplate line in ``text``, move related lines into ``related``, and
credit the reporters.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from newsparse import Article, parse_article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TEXTS = SHARED / "tribun" / "texts"

#: Line roles. Inside the body container, in page order:
#:   B body paragraph · H in-body subheading (<h2>, a body paragraph too)
#:   G body paragraph ending in a glued end marker ("tandasnya.(*)", "… (Laporan Reporter …)")
#:   R reporter line · L related line ("Baca juga:", "Baca:", "BACA JUGA :", "•", "Berita lain tentang")
#:   as plain <p> text · J the same with the headline linked · K related line as <p class="baca">
#:   with a link · A related headline as a link-only <p>
#:   Z the rest of a related link split by an ad ("Z31=27": line 31 continues line 27's link)
#:   E standalone end credit ("(Tribunnews.com/Nama)", "(*)") · Y syndication ("Artikel ini
#:   telah tayang di …", "Sumber: …") · P promo / widget label / leaked junk · N "Penulis:"/"Editor:"
#:   line at the bottom of the body · F in-body image caption (<figure>) · T embedded tweet
#: After the body container: X footer chrome.
#: Lines not listed are chrome before the body (promo bar, section, title, lead, credits,
#: lead-image credit and caption) and are not rendered.
ROLES = "BHGRLJKAZEYPNFTX"
BODY_ROLES = "BHG"
RELATED_ROLES = "LJKA"


@dataclass(frozen=True)
class Review:
    """The human classification of one text."""

    spec: str
    dateline: tuple[str, str | None] | None = None
    authors: tuple[str, ...] = ()


# Every file was read line by line; ranges skip blank lines, later tokens override earlier ones.
REVIEWS: dict[str, Review] = {
    "001": Review("B3-11 H4"),
    "002": Review("R10 B12-20 G20 P22 X23-29", ("TRIBUNNEWS.COM", "JAKARTA"), ("Fransiskus Adhiyuda",)),
    "003": Review("R44 B46-60", ("TRIBUNNEWS.COM", "JAKARTA"), ("Abdul Majid",)),
    "004": Review("B11-34 K19 F21-22 L24"),
    "005": Review("B9-37 L25", ("TRIBUNLAMPUNG.CO.ID", None)),
    "006": Review("B13-25 H17 J27 J29 Z31=27 L33 F37"),
    "007": Review("B26-36", ("Tribunnews.com", "Jakarta")),
    "008": Review("B12-32 P26 E34 Y36 X37-43", ("TRIBUNNEWS.COM", "JAKARTA"), ("Dani Prabowo",)),
    "009": Review("B13-33 P27", ("TRIBUNNEWS.COM", "JAKARTA")),
    "010": Review("B11-27 P23 Y29 X30-36", ("TRIBUNNEWS.COM", "SURABAYA")),
    "011": Review("L44 B46-52 G52 E54 X56-61", None, ("Faisal Abdul Muhaimin", "Arif Tio")),
    "012": Review("B2-10 L5 G10 Y11 P12"),
    "013": Review("B4-15", ("SURYAMALANG.COM", "SURABAYA")),
    "014": Review("R11 B13-31 A25 A27 A29 Y33 X34-40", ("TRIBUNJATIM.COM", "SURABAYA"), ("Yusron Naufal Putra",)),
    "015": Review("B4-18 H5 X19-25"),
    "016": Review("B0-18 H12", ("TRIBUN-TIMUR.COM", "MAKASSAR")),
    "017": Review("B4-12 G12 R13 P14-17 E18", ("TRIBUN-TIMUR.COM", "MAKASSAR"), ("Sayyid Zulfadli",)),
    "018": Review("R0 B2-26", ("TRIBUN-MEDAN.COM", "MEDAN"), ("Natalin",)),
    "019": Review("R10 B12-22 L16 G22 N24-25 X26-30", ("SERAMBINEWS.COM", "SIGLI"), ("Idris Ismail",)),
    "020": Review("B3-10 H3 H8 E11 Y12", None, ("Andari Wulan Nugrahani",)),
    "021": Review("B7-10 E11 L12 P13", None, ("Maliana",)),
    "022": Review("B10-43 F24-25 K37 L39", ("TRIBUNJAMBI.COM", None)),
    "023": Review("B10-28 J14 L20 G28 X30-34", ("SERAMBINEWS.COM", None)),
    "024": Review("B12-14 G14 X16-23"),
    "025": Review("B8-26 G26 Y28 X29-35", ("TRIBUNJABAR.ID", "BANDUNG"), ("tiah sm",)),
    "026": Review("B10-32 J28", ("TRIBUNJABAR.ID", "BANDUNG")),
    "027": Review("B4-9 G9", ("TRIBUNNEWS.COM", "JAKARTA")),
    "028": Review("B3-18 J16", ("TRIBUNJAKARTA.COM", "JAKARTA")),
    "029": Review("B3-12 L10-11 G12", ("POS-KUPANG.COM", "KUPANG"), ("Vinsen Huler",)),
    "030": Review("B0-6 J4 L5 G6", None, ("Edi Hayong",)),
    "031": Review("B1-8 L4-6 G8", ("POS-KUPANG.COM", "KUPANG"), ("Oby Lewanmeru",)),
    "032": Review("R0 B2-20", ("POS-KUPANG.COM", "KUPANG"), ("Asti Dhema",)),
    "033": Review("B4-16 K8 L9-10", ("POS-KUPANG.COM", "KUPANG")),
    "034": Review("B8-14 G14 Y16 X17-25", None, ("ee",)),
    "035": Review("R0 B1-13 L4 T5-10", ("TRIBUNNEWS.COM", "BOGOR"), ("M Zulfikar",)),
    "036": Review("B13-27 J21", ("TRIBUNNEWS.COM", "JAKARTA")),
    "037": Review("R10 B12-28 K20 L22", ("TRIBUNNEWS.COM", "JAKARTA"), ("Taufik Ismail",)),
    "038": Review("B7-9 E11 Y13 Y15 X16-25", None, ("Tsarina Maharani",)),
    "039": Review("B4-19 J12 L19", ("TRIBUNKALTIM.CO", None)),
    "040": Review("B13-35 A27 H29"),
    "041": Review("R9 B11-27 P23 G27 Y29 X30-36", ("TRIBUNNEWS.COM", "JAKARTA"), ("Theo Yonathan Simon Laturiuw",)),
}  # fmt: skip

#: Cases the parser currently gets wrong, keyed by (check, file id): "body", "boilerplate", "meta"
#: or "split". Each is one precise defect; remove the entry once the parser is fixed.
XFAIL: dict[tuple[str, str], str] = {
    # Fixed in ff6d31f (were: T:021 "Berita lain tentang X" without a colon kept in the body, and the
    # byline before it kept too; T:006 split related headline not rejoined across another related line).
}


# -- reading and classifying --------------------------------------------------------------------

_CORPUS_PREFIX = re.compile(r"^\s*date \d{4}-\d{2}\s+")  # added when the texts were saved (STRUCTURE.md)
_RELATED_PREFIX = re.compile(r"^\s*(?:(?:baca juga|baca|berita lain tentang)\s*:?\s*|•\s*)", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


def norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@dataclass
class Line:
    index: int
    text: str  # whitespace-normalised
    role: str
    ref: int | None = None  # for Z: the related line it continues


@dataclass
class Case:
    file_id: str
    data: dict[str, Any]
    review: Review
    lines: list[Line] = field(default_factory=list)

    @property
    def url(self) -> str:
        return str(self.data["url"])

    @property
    def observations(self) -> dict[str, Any]:
        return dict(self.data.get("observations") or {})

    def role(self, *roles: str) -> list[Line]:
        return [line for line in self.lines if line.role in roles]


def parse_spec(spec: str) -> dict[int, tuple[str, int | None]]:
    roles: dict[int, tuple[str, int | None]] = {}
    for token in spec.split():
        match = re.fullmatch(r"([A-Z])(\d+)(?:-(\d+))?(?:=(\d+))?", token)
        assert match and match.group(1) in ROLES, f"bad review token {token!r}"
        start = int(match.group(2))
        end = int(match.group(3) or start)
        ref = int(match.group(4)) if match.group(4) else None
        for index in range(start, end + 1):
            roles[index] = (match.group(1), ref)
    return roles


@cache
def load(file_id: str) -> Case:
    path = TEXTS / f"{file_id}.json"
    if not path.is_file():
        pytest.skip("../shared not found: real Tribun material is not available")
    data = json.loads(path.read_text("utf-8"))
    review = REVIEWS[file_id]
    raw = str(data["page_text"]).split("\n")
    case = Case(file_id, data, review)
    for index, (role, ref) in sorted(parse_spec(review.spec).items()):
        assert index < len(raw), f"{file_id}: line {index} does not exist"
        text = norm(_CORPUS_PREFIX.sub("", raw[index]))
        if text:
            case.lines.append(Line(index, text, role, ref))
    return case


# -- rendering -------------------------------------------------------------------------------------


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def _clean_name(value: str | None) -> str | None:
    """An observation's name without its note: "Kun (short handle)" → "Kun"."""
    if not value:
        return None
    return re.sub(r"\s*\(.*\)\s*$", "", str(value)).strip() or None


def _title(case: Case) -> str:
    title = case.observations.get("title")
    if title:
        return re.sub(r"\s{2,}\(.*\)$", "", str(title))  # drop a reviewer's note after two spaces
    slug = case.url.split("?")[0].rstrip("/").rsplit("/", 1)[-1]
    return slug.replace("-", " ").capitalize()


def related_url(case: Case, index: int) -> str:
    host = case.data.get("site") or "www.tribunnews.com"
    return f"https://{host}/related/{case.file_id}/{index}"


def _related_parts(line: Line) -> tuple[str, str]:
    match = _RELATED_PREFIX.match(line.text)
    assert match, f"line {line.index} is not a related line: review says {line.role}"
    return line.text[: match.end()], line.text[match.end() :]


def render(case: Case) -> str:
    body: list[str] = []
    tweet: list[str] | None = None
    first_body = case.role(*BODY_ROLES)[0]
    for line in case.lines:
        if line.role != "T" and tweet is not None:
            body.append('<blockquote class="twitter-tweet">' + "".join(tweet) + "</blockquote>")
            tweet = None
        text = _e(line.text)
        if line.role == "X":
            continue
        if line.role in BODY_ROLES:
            if line is first_body and case.review.dateline is not None and int(case.file_id) % 2:
                # Odd files: the dateline in <strong>, as the 2022–2025 template prints it.
                prefix = _dateline_prefix(case, line.text).group(0)
                head, dash = re.match(r"(.*?)(\s*(?:--|-|–|—)\s*)$", prefix).groups()  # type: ignore[union-attr]
                text = f"<strong>{_e(head)}</strong>{_e(dash)}{_e(line.text[len(prefix) :])}"
            body.append(f"<h2>{text}</h2>" if line.role == "H" else f"<p>{text}</p>")
        elif line.role == "L":
            body.append(f"<p>{text}</p>")
        elif line.role in "JK":
            prefix, headline = _related_parts(line)
            link = f'<a href="{related_url(case, line.index)}">{_e(headline)}</a>'
            if line.role == "K":
                body.append(f'<p class="baca"><strong>{_e(prefix)}{link}</strong></p>')
            else:
                body.append(f"<p>{_e(prefix)}{link}</p>")
        elif line.role == "A":
            body.append(f'<p><strong><a href="{related_url(case, line.index)}">{text}</a></strong></p>')
        elif line.role == "Z":
            assert line.ref is not None
            body.append(f'<div id="div-Inside-MediumRectangle" class="ads-on-body"><script>ad()</script></div>'
                        f'<p><a href="{related_url(case, line.ref)}">{text}</a></p>')  # fmt: skip
        elif line.role == "F":
            body.append(
                f'<figure class="image"><img src="https://asset-2.tstatic.net/x/{case.file_id}-{line.index}.jpg"'
                f' alt=""><figcaption>{text}</figcaption></figure>'
            )
        elif line.role == "T":
            if tweet is None or "https://t.co/" in line.text:
                if tweet is not None:
                    body.append('<blockquote class="twitter-tweet">' + "".join(tweet) + "</blockquote>")
                tweet = []
            tweet.append(f"<p>{text}</p>")
        else:  # R E Y P N: plain paragraphs the parser must recognise by their text
            body.append(f"<p>{text}</p>")
    if tweet is not None:
        body.append('<blockquote class="twitter-tweet">' + "".join(tweet) + "</blockquote>")
    footer = "".join(f"<div>{_e(line.text)}</div>" for line in case.role("X"))
    obs = case.observations
    credits = ""
    if not case.role("N"):
        penulis, editor = _clean_name(obs.get("penulis")), _clean_name(obs.get("editor"))
        if penulis:
            credits += f'<div id="penulis" class="fl">Penulis: <a href="/penulis/x">{_e(penulis)}</a></div>'
        if editor:
            credits += f'<div id="editor" class="fl">&nbsp;| Editor: <a href="/editor/y">{_e(editor)}</a></div>'
    lead = obs.get("subtitle_lead")
    title = _title(case)
    return f"""<!DOCTYPE html>
<html lang="id"><head><meta charset="UTF-8">
<title>{_e(title)} - Tribunnews.com</title>
{f'<meta name="description" content="{_e(str(lead))}">' if lead else ""}
<link rel="canonical" href="{_e(case.url)}">
<meta property="og:type" content="article">
</head><body>
<div class="content"><div class="fl w677">
<div class="pos_rel" id="article">
<h1 class="f32 ln40 fbo txt-black display-block mt10" id="arttitle">{_e(title)}</h1>
<div class="credit mt10">{credits}</div>
<div id="article_con" class="fl pt20 pos_rel">
<div class="side-article txt-article multi-fontsize">
{chr(10).join(body)}
</div>
<div class="side-article mb5">{footer}</div>
</div></div></div></div>
<div class="footer">© 2022 TRIBUNnews.com</div>
</body></html>"""


# -- expectations --------------------------------------------------------------------------------


def _dateline_prefix(case: Case, first: str) -> re.Match[str]:
    assert case.review.dateline is not None
    outlet, place = case.review.dateline
    pattern = re.escape(outlet) + (rf"\s*[,|]\s*{re.escape(place)}" if place else "") + r"\s*(?:--|-|–|—)\s*"
    match = re.match(pattern, first)
    assert match, f"{case.file_id}: review says the body opens with {outlet} {place}, it does not"
    return match


def _glued_marker_start(text: str) -> int:
    start = text.rindex("(")
    assert text.endswith(")"), text[-30:]
    return start


def expected_paragraphs(case: Case) -> list[str]:
    paragraphs = []
    for line in case.role(*BODY_ROLES):
        text = line.text
        if line.role == "G":
            text = text[: _glued_marker_start(text)].rstrip()
        paragraphs.append(text)
    if case.review.dateline is not None:
        paragraphs[0] = paragraphs[0][_dateline_prefix(case, paragraphs[0]).end() :].strip()
    return paragraphs


def boilerplate_strings(case: Case) -> list[tuple[int, str]]:
    """Strings that must not remain anywhere in ``article.text``."""
    found = []
    for line in case.lines:
        if line.role in BODY_ROLES:
            if line.role == "G":
                found.append((line.index, line.text[_glued_marker_start(line.text) :]))
            continue
        if line.role == "X" and len(line.text) < 15:
            continue  # "AA", "Atas", "Tribunnews": too short to search for in prose
        found.append((line.index, line.text))
        if line.role in "LJK":
            found.append((line.index, _related_parts(line)[1]))
    if case.review.dateline is not None:
        first = case.role(*BODY_ROLES)[0].text
        found.append((case.role(*BODY_ROLES)[0].index, _dateline_prefix(case, first).group(0).strip()))
    return found


def _name_in(name: str, authors: list[str]) -> bool:
    key = f" {name.casefold()} "
    return any(name.casefold() == a.casefold() or key in f" {a.casefold()} " for a in authors)


# -- the review itself is checked against the observations -----------------------------------------


def _cases(check: str, only: str | None = None) -> list[Any]:
    params = []
    for file_id, review in REVIEWS.items():
        if only is not None and only not in review.spec:
            continue
        reason = XFAIL.get((check, file_id))
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(file_id, id=file_id, marks=marks))
    return params


def test_every_text_is_reviewed() -> None:
    if not TEXTS.is_dir():
        pytest.skip("../shared not found: real Tribun material is not available")
    on_disk = sorted(p.stem for p in TEXTS.glob("[0-9][0-9][0-9].json"))
    assert on_disk == sorted(REVIEWS), "a text was added or removed: review it and update REVIEWS"


@pytest.mark.parametrize("file_id", list(REVIEWS))
def test_review_agrees_with_observations(file_id: str) -> None:
    case = load(file_id)
    obs = case.observations
    noted = obs.get("dateline")
    if case.review.dateline is None:
        assert noted is None, f"observations note a dateline {noted!r}"
    else:
        outlet, place = case.review.dateline
        assert noted and str(noted).startswith(outlet), noted
        assert place is None or place in str(noted)
    credited = " ".join(str(obs.get(k) or "") for k in ("reporter_line", "trailing_byline", "penulis"))
    for name in case.review.authors:
        assert name in credited, f"{name!r} is not in the observed reporter line / byline"
    # Related lines the observations quote are classified as related.
    related_texts = [line.text for line in case.role(*RELATED_ROLES)]
    for noted_link in obs.get("baca_juga") or []:
        head = norm(str(noted_link)).split(" (")[0].rstrip(". ")[:25]
        if head.startswith(("Baca", "•", "BACA")):
            assert any(text.startswith(head) for text in related_texts), noted_link
    assert case.role(*BODY_ROLES), "a text without body lines"


# -- the parser on the rendered pages ------------------------------------------------------------------


@cache
def parsed(file_id: str) -> Article:
    case = load(file_id)
    return parse_article(render(case).encode("utf-8"), url=case.url)


@pytest.mark.parametrize("file_id", _cases("body"))
def test_body_paragraphs_are_kept_exactly(file_id: str) -> None:
    article = parsed(file_id)
    expected = expected_paragraphs(load(file_id))
    missing = [p for p in expected if p not in article.paragraphs]
    assert not missing, f"paragraphs lost or altered: {missing}"
    assert article.paragraphs == expected
    assert article.text == "\n\n".join(expected)


@pytest.mark.parametrize("file_id", _cases("boilerplate"))
def test_no_boilerplate_left_in_text(file_id: str) -> None:
    article = parsed(file_id)
    left = [(index, s) for index, s in boilerplate_strings(load(file_id)) if s and s in article.text]
    assert not left, f"boilerplate left in text (line, string): {left}"


@pytest.mark.parametrize("file_id", _cases("meta"))
def test_dateline_authors_and_related(file_id: str) -> None:
    case = load(file_id)
    article = parsed(file_id)
    if case.review.dateline is None:
        assert article.dateline is None
    else:
        assert article.dateline is not None
        assert (article.dateline.outlet, article.dateline.place) == case.review.dateline
    for name in case.review.authors:
        assert _name_in(name, article.authors), f"{name!r} not in authors {article.authors}"
    editor = _clean_name(case.observations.get("editor"))
    if editor:  # from the credit block, or from an "Editor:" line at the bottom of the body (T:019)
        assert editor in article.editors, article.editors
        assert editor not in article.authors
    for line in case.role(*RELATED_ROLES):
        headline = _related_parts(line)[1] if line.role in "LJK" else line.text
        url = None if line.role == "L" else related_url(case, line.index)
        assert any(headline in link.title and link.url == url for link in article.related), (
            f"line {line.index} not in related: {[(link.title, link.url) for link in article.related]}"
        )
    for line in case.role("Y"):
        assert any(
            source.kind == "syndication" and source.name.casefold() in line.text.casefold()
            for source in article.sources
        ), f"line {line.index} is not a syndication source: {article.sources}"
    assert article.title == _title(case)


@pytest.mark.parametrize("file_id", _cases("split", only="Z"))
def test_split_related_link_is_joined(file_id: str) -> None:
    """A related headline split by an ad slot comes back whole, once (T:006)."""
    case = load(file_id)
    article = parsed(file_id)
    for line in case.role("Z"):
        assert line.ref is not None
        first = next(other for other in case.lines if other.index == line.ref)
        whole = _related_parts(first)[1] + line.text
        url = related_url(case, line.ref)
        titles = [link.title for link in article.related if link.url == url]
        assert titles == [whole], f"related links for the split headline: {titles}"
