"""A returned Article cannot be changed, in place or through what it holds, and parsing is the
same from many threads as from one: nothing a caller does with a result reaches a later parse."""

from __future__ import annotations

import copy
import json
import pickle
import random
import sys
import typing
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel, ValidationError

from newsparse import (
    Article,
    Block,
    Dateline,
    Finding,
    FrozenList,
    Image,
    Link,
    ParseFailure,
    Quote,
    Source,
    parse_article,
)

FIXTURES = Path(__file__).parent / "fixtures"
PAGES = sorted(FIXTURES.rglob("*.html"))
MODELS = (Article, Quote, Source, Image, Link, Dateline, Block, ParseFailure, Finding)


def _url(page: Path) -> str | None:
    expected = page.with_suffix(".json")
    if not expected.exists():
        return None
    url = json.loads(expected.read_text(encoding="utf-8")).get("url")
    return url if isinstance(url, str) else None


def _parse(page: Path) -> Article | str:
    """The Article as JSON text, or the error's type (a fixture may be a non-article on purpose)."""
    try:
        return parse_article(page.read_bytes(), url=_url(page))
    except Exception as exc:  # compared, not hidden
        return type(exc).__name__


def _as_text(result: Article | str) -> str:
    return result.model_dump_json() if isinstance(result, Article) else result


def _values(model: BaseModel) -> Iterator[object]:
    """Every value an Article holds, nested models and list items included."""
    for name in type(model).model_fields:
        value = getattr(model, name)
        yield value
        items = value if isinstance(value, tuple) else (value,)
        for item in items:
            if isinstance(item, BaseModel):
                yield from _values(item)
            elif item is not value:
                yield item


def _mutable_in(hint: Any) -> bool:
    origin = typing.get_origin(hint) or hint
    if origin in (list, dict, set, bytearray):
        return True
    return any(_mutable_in(arg) for arg in typing.get_args(hint) if arg is not Ellipsis)


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    found = [result for result in map(_parse, PAGES) if isinstance(result, Article)]
    assert len(found) >= 60, "the fixture pages should give dozens of articles"
    return found


# -- 1. Immutability ---------------------------------------------------------------------------


def test_no_model_declares_a_mutable_container() -> None:
    """Every sequence field of every public model is a FrozenList (so a new field cannot
    slip in as a plain list)."""
    for model in MODELS:
        for name, field in model.model_fields.items():
            hint = typing.get_type_hints(model)[name]
            assert not _mutable_in(hint), f"{model.__name__}.{name} is declared as {hint}"
            assert field.frozen is not False


def test_every_value_in_a_parsed_article_is_immutable(articles: list[Article]) -> None:
    immutable = (str, int, bool, float, datetime, FrozenList, BaseModel, type(None))
    for article in articles:
        for value in _values(article):
            assert isinstance(value, immutable), f"{type(value).__name__} in {article.url}"
            assert not isinstance(value, (list, dict, set, bytearray))


def test_list_fields_cannot_be_changed_in_place(articles: list[Article]) -> None:
    article = next(a for a in articles if a.quotes and a.sources and a.authors and a.related)
    before = article.model_dump_json()
    for name in ("authors", "editors", "tags", "images", "paragraphs", "subheadings", "related", "quotes", "sources"):
        value = getattr(article, name)
        assert isinstance(value, FrozenList) and isinstance(value, tuple), name
        with pytest.raises(AttributeError):
            value.append(value[0] if value else "x")  # type: ignore[attr-defined]
        with pytest.raises(AttributeError):
            value.clear()  # type: ignore[attr-defined]
        with pytest.raises(TypeError):
            value[0] = "x"  # type: ignore[index]
        with pytest.raises(TypeError):
            del value[0]  # type: ignore[attr-defined]
        with pytest.raises(ValidationError):  # `+=` makes a new value and must set the field: refused
            setattr(article, name, value + ["x"])  # noqa: RUF005 - the operator is tested
    for nested in (article.quotes[0], article.sources[0], article.related[0]):
        with pytest.raises(ValidationError):
            nested.text = "changed"  # type: ignore[misc,union-attr]
    assert article.model_dump_json() == before
    assert article.text == "\n\n".join(article.paragraphs)


def test_text_and_paragraphs_agree_in_every_parsed_article(articles: list[Article]) -> None:
    for article in articles:
        assert article.text == "\n\n".join(article.paragraphs)
        for quote in article.quotes:
            assert article.text[quote.start : quote.end] == quote.text


def test_a_frozen_list_compares_like_the_list_it_was() -> None:
    article = Article(title="T", parser="p", authors=["Ani", "Budi"], paragraphs=["Satu.", "Dua."], tags=[])
    assert article.authors == ["Ani", "Budi"] and ["Ani", "Budi"] == article.authors  # noqa: SIM300 - both sides
    assert article.authors == ("Ani", "Budi") and article.authors != ["Budi", "Ani"]
    assert not article.authors != ["Ani", "Budi"]  # noqa: SIM202 - __ne__ is tested
    assert article.tags == [] and article.editors == []
    assert article.paragraphs[:1] == ["Satu."] and article.paragraphs[-1] == "Dua."
    joined = article.authors + ["Cici"]  # noqa: RUF005 - the operator is tested
    assert joined == ["Ani", "Budi", "Cici"] == ["Ani"] + article.authors[1:] + ["Cici"]  # noqa: RUF005
    assert article.authors * 2 == ["Ani", "Budi", "Ani", "Budi"]
    assert article.authors != "AniBudi" and article.authors != {"Ani", "Budi"}
    assert hash(article) == hash(article.model_copy())  # a frozen Article is hashable now
    assert list(article.authors) == ["Ani", "Budi"] and sorted(article.authors) == ["Ani", "Budi"]


def test_dumps_are_fresh_lists_and_do_not_reach_the_article() -> None:
    article = Article(title="T", parser="p", authors=["Ani"], paragraphs=["Satu."])
    dumped = article.model_dump()
    assert type(dumped["authors"]) is list and type(dumped["paragraphs"]) is list
    dumped["authors"].append("Budi")
    dumped["paragraphs"][0] = "Lain."
    assert article.authors == ["Ani"] and article.paragraphs == ["Satu."] and article.text == "Satu."
    assert article.model_dump()["authors"] == ["Ani"]
    blocks = article.blocks
    blocks.clear()
    assert len(article.blocks) == 1


def test_round_trips_keep_the_frozen_lists() -> None:
    quote = Quote(text="Satu", speaker="Ani", direct=True, paragraph=0, start=0, end=4)
    article = Article(title="T", parser="p", paragraphs=["Satu."], quotes=[quote], subheadings=[0])
    for twin in (
        Article.model_validate_json(article.model_dump_json()),
        Article.model_validate(article.model_dump()),
        pickle.loads(pickle.dumps(article)),
        copy.deepcopy(article),
        article.model_copy(deep=True),
    ):
        assert twin == article
        assert type(twin.quotes) is FrozenList and type(twin.subheadings) is FrozenList
        assert json.loads(twin.model_dump_json())["quotes"][0]["speaker"] == "Ani"


def test_the_json_schema_still_says_array() -> None:
    properties = Article.model_json_schema()["properties"]
    for name in ("authors", "paragraphs", "subheadings", "quotes", "sources"):
        assert properties[name]["type"] == "array" and "items" in properties[name], name
        assert "prefixItems" not in properties[name] and "maxItems" not in properties[name]


# -- 2. Threads and isolation ------------------------------------------------------------------


def test_eight_threads_give_the_results_of_one() -> None:
    alone = [_as_text(_parse(page)) for page in PAGES]
    order = list(range(len(PAGES))) * 3
    random.Random(15).shuffle(order)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)  # threads swap every few bytecodes, not every 5 ms: more interleavings
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            together = list(pool.map(lambda index: _as_text(_parse(PAGES[index])), order))
    finally:
        sys.setswitchinterval(interval)
    for index, text in zip(order, together, strict=True):
        assert text == alone[index], f"{PAGES[index].name} differs when parsed beside other threads"


def test_what_a_caller_does_with_a_result_does_not_reach_the_next_parse() -> None:
    page = next(p for p in PAGES if p.name.startswith("03-"))
    first = _parse(page)
    assert isinstance(first, Article) and first.authors and first.paragraphs
    expected = first.model_dump_json()
    # Everything a caller can get hold of without private names: dumps, blocks, copies,
    # the model's own defaults.
    first.model_dump()["authors"].append("Penyusup")
    first.blocks.append(Block(kind="paragraph", text="Penyusup"))
    with pytest.raises(ValidationError):
        first.model_copy(update={"title": "x"}).authors = ["Penyusup"]  # type: ignore[misc]
    for field in Article.model_fields.values():
        default: Any = field.get_default(call_default_factory=True)
        if isinstance(default, FrozenList):
            with pytest.raises(AttributeError):
                default.append("Penyusup")  # type: ignore[attr-defined]
    second = _parse(page)
    assert isinstance(second, Article) and second.model_dump_json() == expected
    assert Article(title="T", parser="p").authors == []
