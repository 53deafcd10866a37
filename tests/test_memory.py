"""What a returned Article costs in memory: the objects a page has many of (quotes, sources,
links) do not each carry their own copy of what they share, and sharing changes nothing a caller
can see. ``benchmarks/memory.py`` measures whole parses; these tests pin the mechanism."""

from __future__ import annotations

import copy
import pickle
import tracemalloc

import pytest

from newsparse import Article, Block, Dateline, Image, Link, Quote, Source, parse_article, sample_html

QUOTED = "<p>“Kami ingin warga mencoba dulu,” kata Budi Santoso. Seperti diberitakan Reuters, “ya,” ujar Ani.</p>"


def _quote(**changes: object) -> Quote:
    values: dict[str, object] = dict(
        text="Kami ingin", speaker="Budi Santoso", cue="kata", direct=True, paragraph=0, start=1, end=11
    )
    values.update(changes)
    return Quote.model_validate(values)


@pytest.fixture(scope="module")
def dense() -> Article:
    sample = sample_html()
    at = sample.index(b">", sample.index(b'<div class="side-article txt-article')) + 1
    body = "".join(QUOTED.replace("Budi", f"Budi{n % 7}") for n in range(300)).encode()
    return parse_article(sample[:at] + body + sample[sample.index(b"</div>", at) :])


def test_objects_given_the_same_fields_share_one_set_of_names(dense: Article) -> None:
    assert len(dense.quotes) >= 600 and len(dense.sources) >= 300
    assert len({id(quote.model_fields_set) for quote in dense.quotes}) == 1
    assert len({id(source.model_fields_set) for source in dense.sources}) == 1
    # ... while what each was given stays its own: a Source without a url was not given one.
    assert dense.sources[0].model_fields_set == {"name", "kind", "cue", "paragraph", "start", "end", "url"}
    assert _quote().model_fields_set is not Source(name="AFP", kind="agency").model_fields_set


def test_repeated_labels_are_one_string(dense: Article) -> None:
    speakers = {quote.speaker for quote in dense.quotes}
    assert len(speakers) >= 8
    assert len({id(quote.speaker) for quote in dense.quotes}) == len(speakers)
    assert len({id(quote.cue) for quote in dense.quotes}) == len({quote.cue for quote in dense.quotes})
    assert len({id(source.name) for source in dense.sources}) == 1


def test_a_quote_costs_less_than_its_text_and_half_a_kilobyte() -> None:
    """Before sharing, a Quote with this short text held 1,080 bytes of its own (its dict 272,
    its set of given names 728, itself 80). Now the set and the labels are shared."""
    text, speaker = "x" * 40, "Budi Santoso"
    _quote(text=text, speaker=speaker)
    tracemalloc.start()
    try:
        quotes = [_quote(text=text, speaker=speaker + "") for _ in range(1000)]
        held = tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()
    assert len(quotes) == 1000
    assert held / 1000 < 450


@pytest.mark.parametrize("model", [Quote, Source, Link, Image, Dateline, Block])
def test_the_shared_set_cannot_be_changed_in_place(model: type) -> None:
    given = {
        Quote: lambda: _quote(),
        Source: lambda: Source(name="AFP", kind="agency", cue="mengutip"),
        Link: lambda: Link(title="Berita lain", url="https://www.tribunnews.com/a"),
        Image: lambda: Image(url="https://img.tribunnews.com/a.jpg", caption="Foto", credit="TRIBUNNEWS"),
        Dateline: lambda: Dateline(outlet="TRIBUNNEWS.COM", place="JAKARTA", text="TRIBUNNEWS.COM, JAKARTA - "),
        Block: lambda: Block(kind="paragraph", text="Isi."),
    }[model]()
    with pytest.raises(TypeError, match="shared"):
        given.model_fields_set.add("extra")
    with pytest.raises(TypeError, match="shared"):
        given.model_fields_set.clear()
    with pytest.raises(TypeError, match="shared"):
        given.model_fields_set |= {"extra"}
    assert model.model_validate(given.model_dump()) == given


def test_copies_pickles_and_dumps_behave_as_before() -> None:
    quote = _quote(role=None)
    changed = quote.model_copy(update={"speaker": "Ani"})
    assert changed.speaker == "Ani" and quote.speaker == "Budi Santoso"
    assert _quote().model_fields_set == quote.model_fields_set - {"role"}
    assert copy.deepcopy(quote) == quote and copy.copy(quote) == quote
    assert pickle.loads(pickle.dumps(quote)) == quote
    source = Source(name="Reuters", kind="agency")
    assert source.model_dump(exclude_unset=True) == {"name": "Reuters", "kind": "agency"}
    assert Source.model_validate_json(source.model_dump_json()) == source
    # A copy's set of names is its own, plain set: changing it does not reach the others.
    copied = quote.model_copy()
    copied.model_fields_set.add("extra")
    assert "extra" not in _quote().model_fields_set
