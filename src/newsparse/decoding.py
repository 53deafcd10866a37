"""Bytes to text: BOM, then a declared charset, then UTF-8, then a lenient fallback.

There is no HTTP header to consult (newsparse parses what it is given), so the page itself is
the only evidence. The result is always ``str``; undecodable input becomes a
:class:`~newsparse.errors.DecodingError`, binary junk a :class:`~newsparse.errors.ParseError`.
"""

from __future__ import annotations

import codecs
import re

from .errors import DecodingError, EmptyDocumentError, ParseError

__all__ = ["declared_charset", "decode_html", "xml_safe"]

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Bounded, anchored on "charset": linear on any input. Searched in the lower-cased head: a
# literal start lets re skip ahead, where re.IGNORECASE would try the pattern at every byte.
_META_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([a-z0-9._:-]{1,40})""")
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]{0,200}encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})""")
# WHATWG: these labels mean windows-1252 in practice.
_LATIN1_LABELS = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "us-ascii", "ascii", "l1"}
_SNIFF_BYTES = 4096
#: Every byte but the C0 controls that never appear in text (tab, LF, FF and CR do).
_NOT_CONTROL = bytes(sorted(set(range(256)) - {*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20)}))
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_MAX_INVALID_UTF8_RATIO = 0.01


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in ``<meta>`` or an XML declaration, if Python knows it."""
    head = data[:_SNIFF_BYTES]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head.lower())
    if not match:
        return None
    label = match.group(1).decode("ascii").lower()
    if label in _LATIN1_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def xml_safe(text: str) -> str:
    """``text`` without the characters XML cannot hold (C0 controls, U+FFFE, U+FFFF).

    lxml's HTML parser keeps them in text nodes but refuses them when text is assigned back;
    only the rare code paths that assign text call this, so clean pages pay nothing. Vertical
    tab and form feed become spaces, the others vanish.
    """
    return _NOT_XML.sub(lambda m: " " if m.group(0) in "\x0b\x0c" else "", text)


def _looks_binary(text: str) -> bool:
    sample = text[:_SNIFF_BYTES]
    if "\x00" in sample:
        return True
    # bytes.translate() deletes in one C pass; a regex over a non-ASCII str is ~10x slower.
    controls = len(sample.encode("utf-8", "surrogatepass").translate(None, _NOT_CONTROL))
    return controls > len(sample) * 0.05


def decode_html(data: bytes | str) -> str:
    """Return the page as text, or raise a :class:`~newsparse.errors.ParseError` subclass.

    Order of evidence: a byte-order mark, the page's own charset declaration, strict UTF-8, and
    finally UTF-8 with replacement (when only a few bytes are broken) or windows-1252.
    """
    if isinstance(data, str):
        text = data
    elif isinstance(data, (bytes, bytearray, memoryview)):
        text = _decode_bytes(bytes(data))
    else:
        raise TypeError(f"html must be str or bytes, not {type(data).__name__}")
    _check_text(text)
    return text


#: ASCII characters str.isspace() counts as whitespace (the file and group separators too).
_ASCII_SPACE = b" \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f"
#: Encodings that decode every ASCII byte to the same character.
_ASCII_COMPATIBLE = frozenset({"utf-8", "ascii", "cp1252", "iso8859-1", "latin-1", "iso8859-15"})
_XML_DECLARATION_START = re.compile(rb"\s*<\?xml", re.IGNORECASE)
_BOM_PREFIXES = tuple(bom for bom, _ in _BOMS)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")


def html_bytes(data: bytes | str) -> bytes:
    """The page as UTF-8 bytes for lxml, with exactly the checks and decoding of :func:`decode_html`.

    Most pages arrive as bytes that already are UTF-8 (or plain ASCII); those are returned as
    they are. Decoding a 100 KiB page to ``str`` and encoding it back costs two copies of it, and
    on a busy machine the fresh memory for them costs more than the copying.
    """
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        if not _XML_DECLARATION_START.match(raw[:200]):  # a declaration is stripped: the slow path
            declared = declared_charset(raw)
            if raw.isascii():
                if declared in (None, *_ASCII_COMPATIBLE):
                    _check_ascii(raw)
                    return raw
            elif declared in (None, "utf-8") and not raw.startswith(_BOM_PREFIXES):
                text = _strict_utf8(raw)
                if text is not None:
                    _check_text(text)
                    return raw
    text = decode_html(data)
    text = _XML_DECLARATION.sub("", text, count=1)
    return text.encode("utf-8", "surrogatepass")


def _check_ascii(raw: bytes) -> None:
    """:func:`_check_text` on ASCII bytes, without decoding the whole page."""
    if not raw.strip(_ASCII_SPACE):
        raise EmptyDocumentError("the page is empty (no bytes or only whitespace)")
    if _looks_binary(raw[:_SNIFF_BYTES].decode("ascii")):
        raise ParseError("the input looks like binary data, not an HTML page")
    if b"<" not in raw:
        raise ParseError("the input contains no HTML markup")


def _strict_utf8(raw: bytes) -> str | None:
    """The page as ``decode_html`` decodes UTF-8 without a BOM or a NUL (its binary check), or None."""
    if b"\x00" in raw[:_SNIFF_BYTES]:
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _check_text(text: str) -> None:
    if not text or text.isspace():
        raise EmptyDocumentError("the page is empty (no bytes or only whitespace)")
    if _looks_binary(text):
        raise ParseError("the input looks like binary data, not an HTML page")
    if "<" not in text:
        raise ParseError("the input contains no HTML markup")


def _decode_bytes(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodingError(f"the page starts with a {encoding} byte-order mark but is not {encoding}") from exc
    if b"\x00" in data[:_SNIFF_BYTES]:
        raise ParseError("the input looks like binary data, not an HTML page")
    declared = declared_charset(data)
    for encoding in [name for name in (declared, "utf-8") if name]:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    lenient = data.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= len(lenient) * _MAX_INVALID_UTF8_RATIO:
        return lenient
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as exc:  # cp1252 leaves five bytes undefined
        raise DecodingError(
            "could not decode the page: it is not valid UTF-8, declares no usable charset "
            f"({declared or 'none'}), and is not windows-1252 either"
        ) from exc
