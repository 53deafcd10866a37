"""Bytes to text by the HTML standard's rules, as far as a page alone can tell.

There is no HTTP header to consult (newsparse parses what it is given), so the page itself is
the only evidence, read in this order (docs/guide/encodings.rst says why):

1. a byte-order mark (UTF-8, UTF-16, and UTF-32 too);
2. the charset the page declares (``<meta charset>``, ``http-equiv``, an XML declaration), but
   only a label of the WHATWG Encoding Standard (:mod:`newsparse.encoding_labels`); anything
   else (``utf-7``, ``unicode_escape``, ``base64``, a typo) is ignored;
3. UTF-8, when every byte is valid UTF-8;
4. otherwise UTF-8 where the bytes are UTF-8 and windows-1252 for every byte that is not (a
   windows-1252 page, or a windows-1252 paragraph pasted into a UTF-8 page).

The result is always ``str``; a replacement character (U+FFFD) is only produced for bytes no
rule can read, and then a warning is logged on the ``newsparse`` logger. Undecodable input
becomes a :class:`~newsparse.errors.DecodingError`, binary junk a :class:`~newsparse.errors.ParseError`.
"""

from __future__ import annotations

import codecs
import logging
import re

from .encoding_labels import ENCODINGS, IGNORED, LABELS, META_OVERRIDES
from .errors import DecodingError, EmptyDocumentError, ParseError

__all__ = ["declared_charset", "decode_html", "xml_safe"]

_LOG = logging.getLogger("newsparse")
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
_SNIFF_BYTES = 4096
#: Every byte but the C0 controls that never appear in text (tab, LF, FF and CR do).
_NOT_CONTROL = bytes(sorted(set(range(256)) - {*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20)}))
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")
#: windows-1252 as the Encoding Standard defines it: Python's cp1252, except that the five bytes
#: it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are the C1 controls of the same number.
_C1_ERRORS = "newsparse.windows-1252-c1"
#: Bytes that are not UTF-8 read as windows-1252; its five undefined bytes, which no rule can
#: read, become U+FFFD.
_AS_1252_ERRORS = "newsparse.utf-8-else-windows-1252"


def _c1_controls(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return "".join(map(chr, error.object[error.start : error.end])), error.end


def _as_windows_1252(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    return error.object[error.start : error.end].decode("cp1252", errors="replace"), error.end


codecs.register_error(_C1_ERRORS, _c1_controls)
codecs.register_error(_AS_1252_ERRORS, _as_windows_1252)


def declared_charset(data: bytes) -> str | None:
    """The WHATWG name of the encoding a page declares in ``<meta>`` or an XML declaration.

    None when there is no declaration or its label is not in the Encoding Standard's table (or is
    one of its "replacement" labels). As in the HTML standard, a UTF-16 label inside the page
    means UTF-8 and ``x-user-defined`` means windows-1252.
    """
    head = data[:_SNIFF_BYTES]
    match = _XML_ENCODING.search(head) or _META_CHARSET.search(head.lower())
    if not match:
        return None
    label = match.group(1).decode("ascii").strip().lower()
    name = LABELS.get(label)
    if name is None:
        if label not in IGNORED:
            _LOG.debug("ignored the declared charset %r: not a label of the WHATWG Encoding Standard", label)
        return None
    return META_OVERRIDES.get(name, name)


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

    Order of evidence: a byte-order mark, the page's own WHATWG charset label, strict UTF-8, and
    finally UTF-8 with every other byte read as windows-1252. A ``str`` with lone surrogates
    (which no encoder accepts) has them replaced by U+FFFD, with a warning logged.
    """
    if isinstance(data, str):
        text = _without_surrogates(data)
    elif isinstance(data, (bytes, bytearray, memoryview)):
        text = _decode_bytes(bytes(data))
    else:
        raise TypeError(f"html must be str or bytes, not {type(data).__name__}")
    _check_text(text)
    return text


def _without_surrogates(text: str) -> str:
    """``text`` with lone surrogates (from ``surrogateescape`` or broken JSON) replaced by U+FFFD."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        repaired, count = _SURROGATE.subn("\ufffd", text)
        _LOG.warning("the page text held %d lone surrogate(s); each was replaced by U+FFFD", count)
        return repaired
    return text


#: A byte that is not one of the ASCII characters str.isspace() counts as whitespace (the file
#: and group separators too): searching for it stops at the first, where strip() copies the page.
_NOT_ASCII_SPACE = re.compile(rb"[^ \t\n\x0b\x0c\r\x1c-\x1f]")
#: Encodings (WHATWG names) that decode every ASCII byte to the same character.
_ASCII_COMPATIBLE = frozenset({"UTF-8", "windows-1252", "ISO-8859-15"})
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
            elif declared in (None, "UTF-8") and not raw.startswith(_BOM_PREFIXES) and _is_utf8(raw):
                _check_utf8(raw)
                return raw
    text = decode_html(data)
    text = _XML_DECLARATION.sub("", text, count=1)
    return text.encode("utf-8")


def _check_ascii(raw: bytes) -> None:
    """:func:`_check_text` on ASCII bytes, without decoding the whole page."""
    if not _NOT_ASCII_SPACE.search(raw):
        raise EmptyDocumentError("the page is empty (no bytes or only whitespace)")
    if _looks_binary(raw[:_SNIFF_BYTES].decode("ascii")):
        raise ParseError("the input looks like binary data, not an HTML page")
    if b"<" not in raw:
        raise ParseError("the input contains no HTML markup")


#: Validating UTF-8 a piece at a time keeps the decoded text of a large page out of memory (a str
#: with one curly quote takes two bytes a character, with one emoji four).
_UTF8_PIECE = 1 << 20


def _is_utf8(raw: bytes) -> bool:
    """Whether ``decode_html`` would decode ``raw`` as UTF-8 (no BOM, no NUL in its head)."""
    if b"\x00" in raw[:_SNIFF_BYTES]:
        return False
    if len(raw) <= _UTF8_PIECE:  # one piece: bytes.decode is the fastest check
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            return False
        return True
    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(raw)
    try:
        for start in range(0, len(raw), _UTF8_PIECE):
            decoder.decode(view[start : start + _UTF8_PIECE])
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def _check_utf8(raw: bytes) -> None:
    """:func:`_check_text` on valid UTF-8 bytes, decoding only the page's head."""
    first = _NOT_ASCII_SPACE.search(raw)
    if first is not None and raw[first.start()] >= 0x80:  # a page that starts with U+00A0 and the like
        _check_text(raw.decode("utf-8"))
        return
    if first is None:
        raise EmptyDocumentError("the page is empty (no bytes or only whitespace)")
    # 4 bytes hold at least one character: the head holds the text's first _SNIFF_BYTES characters.
    if _looks_binary(raw[: _SNIFF_BYTES * 4].decode("utf-8", errors="ignore")[:_SNIFF_BYTES]):
        raise ParseError("the input looks like binary data, not an HTML page")
    if b"<" not in raw:
        raise ParseError("the input contains no HTML markup")


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
    if declared is not None and declared != "UTF-8":
        decoded = _decode_declared(data, declared)
        if decoded is not None:
            return decoded
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared is not None and declared != "UTF-8":
        return _with_replacement(data, declared)
    return _utf8_else_windows_1252(data)


def _decode_declared(data: bytes, name: str) -> str | None:
    """``data`` in the declared WHATWG encoding, or None when the bytes are not in it."""
    if name == "windows-1252":
        return data.decode("cp1252", errors=_C1_ERRORS)
    try:
        return data.decode(ENCODINGS[name][0])
    except UnicodeDecodeError:
        return None


def _with_replacement(data: bytes, name: str) -> str:
    """The declared encoding's decoder with U+FFFD for bad bytes, as a browser reads it; logged."""
    text = data.decode(ENCODINGS[name][0], errors="replace")
    _LOG.warning(
        "the page declares %s but is not valid %s (nor UTF-8): %d U+FFFD replacement character(s) in its text",
        name,
        name,
        text.count("\ufffd"),
    )
    return text


def _utf8_else_windows_1252(data: bytes) -> str:
    """UTF-8 where the bytes are UTF-8, windows-1252 for each byte that is not.

    A page with no valid multi-byte UTF-8 sequence comes out exactly as windows-1252; a UTF-8
    page with a pasted windows-1252 paragraph keeps both its curly quotes. Only the five bytes
    windows-1252 leaves undefined become U+FFFD, and then a warning is logged.
    """
    if data.decode("utf-8", errors="ignore").isascii():  # no UTF-8 sequence at all: one C pass
        text = data.decode("cp1252", errors="replace")
    else:  # a Python call for each run of bytes that are not UTF-8
        text = data.decode("utf-8", errors=_AS_1252_ERRORS)
    lost = text.count("\ufffd") - data.count("\ufffd".encode())
    if lost > 0:
        _LOG.warning(
            "%d byte(s) of the page are neither UTF-8 nor windows-1252: replaced by U+FFFD in its text", lost
        )
    else:
        _LOG.debug("the page is not valid UTF-8: its other bytes were read as windows-1252")
    return text
