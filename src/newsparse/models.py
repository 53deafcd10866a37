"""The objects newsparse returns: frozen pydantic models.

They are the stable, documented surface of the library: every field serialises to JSON
(``Article.model_dump_json()``) and ``Article.model_json_schema()`` is the published schema.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from typing import Any, ClassVar, Generic, Literal, SupportsIndex, TypeVar, get_args, overload

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, GetCoreSchemaHandler, model_validator
from pydantic_core import CoreSchema, core_schema

__all__ = [
    "SCHEMA_ID",
    "Article",
    "Block",
    "BlockKind",
    "Dateline",
    "FrozenList",
    "Image",
    "Link",
    "Quote",
    "Source",
    "SourceKind",
]

PARAGRAPH_SEPARATOR = "\n\n"
#: The ``$id`` of the published JSON Schema of :class:`Article` (``Article.model_json_schema()``).
SCHEMA_ID = "https://newsparse.readthedocs.io/en/stable/article.schema.json"
#: The JSON Schema dialect the schema is written in (pydantic emits draft 2020-12).
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"

BlockKind = Literal["paragraph", "subheading"]
SourceKind = Literal["agency", "outlet", "syndication", "social", "organisation", "other"]


_Item = TypeVar("_Item")


class FrozenList(tuple[_Item, ...], Generic[_Item]):
    """The read-only list in a list field of :class:`Article`: a tuple, so a frozen Article cannot
    be changed in place (``text`` always equals ``"\\n\\n".join(paragraphs)``) and is hashable.

    It compares equal to a ``list`` with the same items (``article.tags == ["a", "b"]`` keeps
    working), and ``model_dump()`` gives fresh lists, as it did when the fields were lists.
    """

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, list):
            return tuple.__eq__(self, tuple(other))
        return tuple.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = tuple.__hash__

    # Slices, ``+`` and ``*`` stay FrozenLists, so they too compare equal to lists.
    @overload
    def __getitem__(self, index: SupportsIndex) -> _Item: ...
    @overload
    def __getitem__(self, index: slice) -> FrozenList[_Item]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> _Item | FrozenList[_Item]:
        if isinstance(index, slice):
            return FrozenList(tuple.__getitem__(self, index))
        return tuple.__getitem__(self, index)

    def __add__(self, other: tuple[_Item, ...] | list[_Item]) -> FrozenList[_Item]:  # type: ignore[override]
        if not isinstance(other, (tuple, list)):
            return NotImplemented
        return FrozenList((*self, *other))

    def __radd__(self, other: tuple[_Item, ...] | list[_Item]) -> FrozenList[_Item]:
        if not isinstance(other, (tuple, list)):
            return NotImplemented
        return FrozenList((*other, *self))

    def __mul__(self, times: SupportsIndex) -> FrozenList[_Item]:
        return FrozenList(tuple.__mul__(self, times))

    __rmul__ = __mul__

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: GetCoreSchemaHandler) -> CoreSchema:
        """Validated as ``tuple[item, ...]`` (any sequence; JSON Schema "array"), dumped as a list."""
        (item,) = get_args(source) or (Any,)
        return core_schema.no_info_after_validator_function(
            cls,
            handler.generate_schema(tuple[item, ...]),  # type: ignore[valid-type]
            # Dumped through a list (``list`` is a builtin: no Python frame), so model_dump() gives lists.
            serialization=core_schema.plain_serializer_function_ser_schema(
                list, return_schema=handler.generate_schema(list[item])  # type: ignore[valid-type]
            ),
        )


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class _SharedFieldsSet(set[str]):
    """The set of given field names that many objects of one model share (see :class:`_Part`).

    A ``set`` (pydantic's serializer accepts nothing else) that refuses changes, since it is
    shared; its copies are plain sets, because ``model_copy(update=...)`` adds to its copy.
    """

    __slots__ = ()

    def _shared(self, *args: Any) -> Any:
        raise TypeError("the set of given field names is shared by many objects: change a copy")

    add = discard = remove = pop = clear = _shared
    update = difference_update = intersection_update = symmetric_difference_update = _shared
    __ior__ = __iand__ = __isub__ = __ixor__ = _shared

    def __copy__(self) -> set[str]:
        return set(self)

    def __deepcopy__(self, memo: dict[int, Any]) -> set[str]:
        return set(self)


#: One shared set per distinct set of given names: at most 2**fields per part model, so bounded.
_SHARED_FIELDS_SETS: dict[frozenset[str], _SharedFieldsSet] = {}


class _Part(_Model):
    """A model a page can hold thousands of (quotes, sources, links): it sheds per-object waste.

    pydantic gives every instance its own ``set`` of the names it was given, 728 bytes once it
    holds five names: more than a Quote's own dict. Objects given the same names share one
    read-only set instead. Label fields repeat the same few strings on every object of a page
    (a speaker's name, "kata", "Reuters"): they are interned, so a page keeps one copy of each.
    On a quote-dense body this halves the memory of the Article (``benchmarks/memory.py``).
    """

    #: The fields holding short labels that repeat from object to object.
    _labels: ClassVar[tuple[str, ...]] = ()

    def model_post_init(self, context: Any, /) -> None:
        given = frozenset(self.__pydantic_fields_set__)
        shared = _SHARED_FIELDS_SETS.get(given)
        if shared is None:
            shared = _SHARED_FIELDS_SETS.setdefault(given, _SharedFieldsSet(given))
        object.__setattr__(self, "__pydantic_fields_set__", shared)
        values = self.__dict__
        for name in self._labels:
            value = values[name]
            if type(value) is str:
                values[name] = sys.intern(value)


class Link(_Part):
    """A related-article link that was removed from the body ("Baca juga: …", ``p.baca``, "•")."""

    title: str = Field(description="The link text: the headline of the related article.")
    url: str | None = Field(default=None, description="Absolute URL of the related article, when linked.")


class Image(_Part):
    """An image of the article: the lead image or a figure found inside the body."""

    url: str | None = Field(default=None, description="Absolute URL of the image file.")
    caption: str | None = Field(default=None, description="The caption, without the photo credit.")
    credit: str | None = Field(default=None, description='Photo credit, e.g. "TRIBUNNEWS/IRWAN RISMAWAN".')


class Dateline(_Part):
    """The dateline that opened the first paragraph, e.g. ``TRIBUNNEWS.COM, JAKARTA -``."""

    outlet: str = Field(description='The brand as written, e.g. "TRIBUNNEWS.COM", "POS-KUPANG.COM".')
    place: str | None = Field(default=None, description='The place as written, e.g. "JAKARTA", or None.')
    text: str = Field(description="The whole dateline prefix as it appeared, separator included.")


class Quote(_Part):
    """A statement attributed to someone: direct (in quote marks) or indirect (reported speech)."""

    _labels: ClassVar[tuple[str, ...]] = ("speaker", "role", "cue")

    text: str = Field(description="The quoted content, without its quote marks.")
    speaker: str | None = Field(default=None, description="Canonical name of the speaker, or None.")
    role: str | None = Field(default=None, description='Role or title, e.g. "Menteri Luar Negeri Rusia".')
    cue: str | None = Field(default=None, description='The speech verb as written: "kata", "ujarnya".')
    direct: bool = Field(description="True for words in quote marks, False for reported speech.")
    paragraph: int = Field(ge=0, description="Index of the paragraph the quote starts in.")
    start: int = Field(ge=0, description="Offset of the first character of `text` in the joined text.")
    end: int = Field(ge=0, description="Offset just past the last character of `text` in the joined text.")


class Source(_Part):
    """An outlet, agency or publication the article cites or was syndicated from."""

    _labels: ClassVar[tuple[str, ...]] = ("name", "kind", "cue")

    name: str = Field(description='Normalised name: "Reuters", "AFP", "Kompas.com".')
    kind: SourceKind = Field(description="What sort of source this is.")
    cue: str | None = Field(default=None, description='The citing phrase: "seperti diberitakan", "Sumber:".')
    paragraph: int | None = Field(
        default=None, ge=0, description="Paragraph index of the citation; None when it was boilerplate."
    )
    start: int | None = Field(default=None, ge=0, description="Offset of the name in the joined text.")
    end: int | None = Field(default=None, ge=0, description="Offset just past the name in the joined text.")
    url: str | None = Field(default=None, description="URL when the citation is a link.")
    title: str | None = Field(default=None, description="Title of the syndicated original, when given.")


class Block(_Part):
    """One block of the body, in order: a paragraph or a subheading (see :attr:`Article.blocks`)."""

    kind: BlockKind = Field(description='"subheading" for a heading inside the body, else "paragraph".')
    text: str = Field(description="The block's text, as in `Article.paragraphs`.")


_ZONES: dict[timedelta, timezone] = {}


def _one_kind_of_zone(value: Any) -> Any:
    """Every aware datetime carries ``datetime.timezone(offset)``, whatever parser read it:
    ``WITA``, dateutil's ``tzoffset`` and pydantic's ``TzInfo`` all become ``UTC+08:00``.

    Runs before validation (no extra validator call per field): ISO 8601 strings, as in JSON,
    are read here too; anything else is left for pydantic to accept or reject.
    """
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00", 1) if value.endswith("Z") else value)
        except ValueError:
            return value
    if not isinstance(value, datetime):
        return value
    offset = value.utcoffset()
    if offset is None:
        return value  # naive: pydantic's AwareDatetime refuses it
    zone = _ZONES.get(offset)
    if zone is None:
        zone = _ZONES.setdefault(offset, timezone(offset))
    return value if value.tzinfo is zone else value.replace(tzinfo=zone)


class Article(_Model):
    """One news article: metadata, the clean body, and what was stripped from it."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        json_schema_extra={"$schema": SCHEMA_DIALECT, "$id": SCHEMA_ID},
    )

    url: str | None = Field(default=None, description="The URL the page was fetched from, if given.")
    canonical_url: str | None = Field(default=None, description='The page\'s <link rel="canonical">.')
    site: str | None = Field(default=None, description='Host name, e.g. "solo.tribunnews.com".')
    language: str = Field(default="id", description="ISO 639-1 language code of the text.")
    title: str = Field(description="The headline as the page shows it in its h1, without a site suffix.")
    description: str | None = Field(default=None, description="The lead / meta description.")
    authors: FrozenList[str] = Field(default_factory=FrozenList, description="Writers and reporters, de-duplicated.")
    editors: FrozenList[str] = Field(default_factory=FrozenList, description='People credited as "Editor:".')
    published: AwareDatetime | None = Field(default=None, description="Publication time, tz-aware.")
    modified: AwareDatetime | None = Field(default=None, description="Last modification time, tz-aware.")
    section: str | None = Field(default=None, description="Section or category (breadcrumb).")
    tags: FrozenList[str] = Field(default_factory=FrozenList, description="Tags / keywords of the article.")
    image: Image | None = Field(default=None, description="The lead image.")
    images: FrozenList[Image] = Field(default_factory=FrozenList, description="Figures removed from inside the body.")
    dateline: Dateline | None = Field(default=None, description="The dateline stripped from the body.")
    paragraphs: FrozenList[str] = Field(default_factory=FrozenList, description="The clean body, one string each.")
    text: str = Field(default="", description='The clean body: "\\n\\n".join(paragraphs).')
    subheadings: FrozenList[int] = Field(
        default_factory=FrozenList,
        description="Indices (in `paragraphs`) of the subheadings inside the body; `blocks` pairs each "
        "paragraph with its kind.",
    )
    related: FrozenList[Link] = Field(default_factory=FrozenList, description="Related links removed from the body.")
    quotes: FrozenList[Quote] = Field(default_factory=FrozenList, description="Attributed statements in `text`.")
    sources: FrozenList[Source] = Field(default_factory=FrozenList, description="Outlets and agencies cited.")
    next_page_url: str | None = Field(default=None, description="URL of the next page of the article.")
    single_page_url: str | None = Field(
        default=None, description="URL of the whole article on one page (?page=all), when paginated."
    )
    pages: int = Field(default=1, ge=1, description="How many pages were merged into this article.")
    parser: str = Field(description="Name of the site parser that produced this article.")

    @model_validator(mode="before")
    @classmethod
    def _fill_text(cls, data: Any) -> Any:
        """Keep `text` and `paragraphs` consistent: `text` is derived, never set on its own.
        Dates get one kind of tzinfo (see :func:`_one_kind_of_zone`)."""
        if not isinstance(data, dict):
            return data
        changes: dict[str, Any] = {}
        published, modified = data.get("published"), data.get("modified")
        if published is not None or modified is not None:
            changes.update(published=_one_kind_of_zone(published), modified=_one_kind_of_zone(modified))
        if "paragraphs" in data:
            joined = PARAGRAPH_SEPARATOR.join(data["paragraphs"])
            given = data.get("text")
            if given not in (None, "", joined):
                raise ValueError("text must equal '\\n\\n'.join(paragraphs)")
            changes["text"] = joined
        if changes:
            data = {**data, **changes}
        return data

    @model_validator(mode="after")
    def _offsets_inside_text(self) -> Article:
        """Quotes, sources and subheadings must point into this article's own text."""
        if not (self.quotes or self.sources or self.subheadings):
            return self
        count, size = len(self.paragraphs), len(self.text)
        for index in self.subheadings:
            if index >= count:
                raise ValueError(f"subheading index {index} is outside the {count} paragraphs")
        if self.subheadings != sorted(set(self.subheadings)):
            raise ValueError("subheadings must be increasing paragraph indices, each once")
        for quote in self.quotes:
            if quote.paragraph >= count or quote.end > size or quote.start > quote.end:
                raise ValueError(
                    f"quote at {quote.start}:{quote.end} (paragraph {quote.paragraph}) is outside the "
                    f"text ({size} characters, {count} paragraphs)"
                )
            if self.text[quote.start : quote.end] != quote.text:
                raise ValueError(f"quote offsets {quote.start}:{quote.end} do not select its text {quote.text!r}")
        for source in self.sources:
            if source.paragraph is not None and source.paragraph >= count:
                raise ValueError(f"source {source.name!r}: paragraph {source.paragraph} is not in the text")
            if (source.start is None) != (source.end is None):
                raise ValueError(f"source {source.name!r}: give both start and end, or neither")
            if source.start is not None and source.end is not None and not source.start <= source.end <= size:
                raise ValueError(
                    f"source {source.name!r} at {source.start}:{source.end} is outside the text ({size} characters)"
                )
        return self

    @property
    def blocks(self) -> list[Block]:
        """The body as :class:`Block` objects: each paragraph, marked as a subheading or not."""
        marked = set(self.subheadings)
        return [
            Block(kind="subheading" if index in marked else "paragraph", text=text)
            for index, text in enumerate(self.paragraphs)
        ]

