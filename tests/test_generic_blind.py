"""The generic parser on pages written blind (issue 11, classes 9, 10, 12 and the rest).

``tests/fixtures/generic_blind/NN-outlet-variant.html`` are realistic article pages of other
Indonesian outlets, each with an expected ``.json`` written by a helper session that saw the
page and the Tribun structure notes but never this library's code or output. Where an expectation
was examined and found wrong, the JSON was corrected and its ``notes`` say why.

Compared per page: title, language, paragraphs (exact, and bag-of-tokens F1 of the text),
dateline, published, and whether the page is an article (``NotAnArticleError`` when not).
Exact matches are asserted where the library is meant to be exact; the body is held to a floor
on the mean token F1, because an expectation and a parser may split one paragraph differently.

``language: null`` in an expectation means "the page declares no language"; the library then
gives the parser's default, "id" (see the data model docs). ``title: null`` on an article means
"the page has no headline": the helper's notes accept a ``NotAnArticleError`` that says so as
the alternative to a null title, and that is what newsparse documents (``Article.title`` is
required; see the errors guide). Such pages are counted apart, not in the body score.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from newsparse import Article, NotAnArticleError, parse_article

FOLDER = Path(__file__).resolve().parent / "fixtures" / "generic_blind"
PAGES = sorted(FOLDER.glob("[0-9]*.html"))
DEFAULT_LANGUAGE = "id"

#: Floors over all pages (measured numbers are in the issue's closing note).
MIN_MEAN_BODY_F1 = 0.95
MIN_TITLES_EXACT = 1.0
MIN_PUBLISHED = 0.85

_TOKEN = re.compile(r"\w+")


def token_f1(predicted: str, expected: str) -> float:
    """Bag-of-tokens F1 of lower-cased word tokens (as benchmarks/metrics.py)."""
    pred, gold = Counter(_TOKEN.findall(predicted.lower())), Counter(_TOKEN.findall(expected.lower()))
    if not pred and not gold:
        return 1.0
    overlap = sum((pred & gold).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(pred.values()), overlap / sum(gold.values())
    return 2 * precision * recall / (precision + recall)


@dataclass(frozen=True)
class Outcome:
    name: str
    expected: dict[str, Any]
    article: Article | None
    error: str | None

    @property
    def headline_missing(self) -> bool:
        """An article page without a headline, rejected as documented."""
        return self.expected["is_article"] and self.expected["title"] is None

    @property
    def f1(self) -> float:
        if self.article is None:
            return 1.0 if not self.expected["is_article"] else 0.0
        return token_f1(self.article.text, self.expected["text"]) if self.expected["is_article"] else 0.0


@cache
def outcome(name: str) -> Outcome:
    path = FOLDER / name
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    try:
        article = parse_article(path.read_bytes(), url=expected["url"])
    except NotAnArticleError as exc:
        return Outcome(name, expected, None, str(exc))
    return Outcome(name, expected, article, None)


NAMES = [page.name for page in PAGES]
pytestmark = pytest.mark.skipif(not PAGES, reason="tests/fixtures/generic_blind/ holds no pages")


def _published(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


@pytest.mark.parametrize("name", NAMES)
def test_article_or_not(name: str) -> None:
    result = outcome(name)
    if result.headline_missing:
        assert result.article is None and "no headline" in (result.error or "")
    else:
        assert (result.article is not None) == result.expected["is_article"], result.error


@pytest.mark.parametrize("name", NAMES)
def test_title(name: str) -> None:
    result = outcome(name)
    if result.article is not None:
        assert result.article.title == result.expected["title"]


@pytest.mark.parametrize("name", NAMES)
def test_language(name: str) -> None:
    result = outcome(name)
    if result.article is not None:
        assert result.article.language == (result.expected["language"] or DEFAULT_LANGUAGE)


def test_published_share() -> None:
    """Two misses are not the generic parser's: 02's visible minute against a seconds-exact meta
    tag nobody reads, and 12's date lost to the undeclared-encoding bytes (decoding, class 13)."""
    articles = [
        outcome(name) for name in NAMES if outcome(name).expected["is_article"] and not outcome(name).headline_missing
    ]
    right = sum(
        1 for r in articles if r.article is not None and r.article.published == _published(r.expected["published"])
    )
    assert right / len(articles) >= MIN_PUBLISHED


def test_mean_body_token_f1() -> None:
    scores = {name: outcome(name).f1 for name in NAMES if not outcome(name).headline_missing}
    mean = sum(scores.values()) / len(scores)
    print({name: round(score, 3) for name, score in scores.items()}, f"mean {mean:.3f}")
    assert mean >= MIN_MEAN_BODY_F1


def test_titles_exact_share() -> None:
    articles = [
        outcome(name) for name in NAMES if outcome(name).expected["is_article"] and not outcome(name).headline_missing
    ]
    exact = sum(1 for r in articles if r.article is not None and r.article.title == r.expected["title"])
    assert exact / len(articles) >= MIN_TITLES_EXACT


def summary() -> dict[str, Any]:
    """The numbers of the closing note: run ``python -c "import test_generic_blind as t; print(t.summary())"``."""
    everything = [outcome(name) for name in NAMES]
    results = [r for r in everything if not r.headline_missing]
    articles = [r for r in results if r.expected["is_article"]]

    def share(test: Any) -> str:
        return f"{sum(1 for r in articles if r.article is not None and test(r))}/{len(articles)}"

    return {
        "pages": len(everything),
        "no headline, rejected as documented": sum(1 for r in everything if r.headline_missing and r.article is None),
        "wrongly rejected": sum(1 for r in articles if r.article is None),
        "non-articles rejected": sum(1 for r in results if not r.expected["is_article"] and r.article is None),
        "mean body token F1": round(sum(r.f1 for r in results) / len(results), 3),
        "paragraphs exact": share(lambda r: r.article.paragraphs == r.expected["paragraphs"]),
        "title exact": share(lambda r: r.article.title == r.expected["title"]),
        "language": share(lambda r: r.article.language == (r.expected["language"] or DEFAULT_LANGUAGE)),
        "published": share(lambda r: r.article.published == _published(r.expected["published"])),
        "dateline": share(
            lambda r: (
                (r.article.dateline.text if r.article.dateline else None) == (r.expected["dateline"] or {}).get("text")
            )
        ),
    }
