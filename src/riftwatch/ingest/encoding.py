"""Turning the bytes of a file into text.

Reporting arrives in every encoding there is: UTF-8 with and without a byte
order mark, UTF-16 from Windows tools, cp1252 from old mail clients, and UTF-8
files into which someone pasted a cp1252 paragraph. :func:`decode_bytes` tries,
in order:

1. a byte order mark (UTF-8, UTF-16, UTF-32);
2. the declared encoding (from the user, or a document's own declaration);
3. strict UTF-8 (after ruling out BOM-less UTF-16/UTF-32, whose ASCII range
   would otherwise pass as UTF-8 with NULs in between);
4. a *mixed* decode when only a small share of the bytes is not UTF-8: the
   valid UTF-8 stays UTF-8 and each stray byte is read as cp1252
   (``"utf-8+cp1252"``; ``"cp1252"`` when no byte is UTF-8 at all);
5. charset-normalizer's best guess;

and raises ``IngestError`` RW116 when nothing fits. Newlines are normalised to
``\\n`` and NUL characters removed.

>>> decode_bytes("café".encode("utf-8"))
('café', 'utf-8')
>>> decode_bytes("naïve ".encode("utf-8") + "café".encode("cp1252"))
('naïve café', 'utf-8+cp1252')
>>> decode_bytes(b"line one\\r\\nline two\\rthree")
('line one\\nline two\\nthree', 'ascii')
"""

from __future__ import annotations

import codecs
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from riftwatch.errors import IngestError

MIXED_ERRORS = "riftwatch-cp1252"
"""Name of the codec error handler that decodes stray bytes as cp1252."""

MIXED_MAX_SHARE = 0.05
"""Largest share of non-UTF-8 bytes for which the mixed decode is used."""

MIXED_MAX_RUN = 1.5
"""Largest mean length of the runs of non-UTF-8 bytes for which the mixed decode is used."""

STRAY_NUL_SHARE = 0.05
"""The largest share of NUL bytes that UTF-8 text with no other control bytes may hold and
still be read as text (the NULs dropped)."""

BINARY_CONTROL_SHARE = 0.10
"""A head with more than this share of control bytes is binary."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control bytes that do not occur in text (tab, newlines, form feed, escape and
# the DEL/C1 range are left out: real files contain them).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13, 27))
_NEWLINES = re.compile(r"\r\n?")
# cp1252 leaves five bytes undefined; those are read as their Latin-1 code points.
_CP1252_UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
_STRAY_BYTE = {
    b: chr(b) if b in _CP1252_UNDEFINED else bytes([b]).decode("cp1252") for b in range(0x80, 0x100)
}
# ``surrogateescape`` turns each stray byte 0xNN into the lone surrogate U+DCNN
_ESCAPED_RUN = re.compile("[\udc80-\udcff]+")
_ESCAPED_TO_CP1252 = {0xDC00 + b: char for b, char in _STRAY_BYTE.items()}
_HIGH_BYTES = bytes(range(0x80, 0x100))


def _cp1252_handler(exc: UnicodeError) -> tuple[str, int]:
    """Codec error handler: decode the offending bytes one by one as cp1252."""
    if not isinstance(exc, UnicodeDecodeError):
        raise exc
    bad = exc.object[exc.start : exc.end]
    return "".join(_STRAY_BYTE.get(b, chr(b)) for b in bad), exc.end


codecs.register_error(MIXED_ERRORS, _cp1252_handler)


def normalize_text(text: str) -> str:
    """Normalise newlines to ``\\n`` and drop NUL characters.

    >>> normalize_text("a\\r\\nb\\x00c\\rd")
    'a\\nbc\\nd'
    """
    if "\r" in text:
        text = _NEWLINES.sub("\n", text)
    if "\x00" in text:
        text = text.replace("\x00", "")
    return text


def bom_encoding(data: bytes) -> str | None:
    """The codec named by a leading byte order mark, if any.

    >>> bom_encoding(b"\\xef\\xbb\\xbfhi")
    'utf-8-sig'
    >>> bom_encoding(b"hi") is None
    True
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def _control_count(data: bytes) -> int:
    """How many bytes of ``data`` are control bytes not found in text (NUL included)."""
    return len(data) - len(data.translate(None, _CONTROL_BYTES))


def guess_wide_encoding(data: bytes) -> str | None:
    """Recognise BOM-less UTF-16/UTF-32 by where the NUL and control bytes sit.

    Latin text in UTF-16-LE has a NUL in every odd byte; Greek, Cyrillic,
    Hebrew or Arabic text a small control byte (0x03 .. 0x06) there. UTF-32-LE
    has NULs in three of every four bytes. Returns the codec name or ``None``.

    >>> guess_wide_encoding("hello world".encode("utf-16-le"))
    'utf-16-le'
    >>> guess_wide_encoding("Привет, мир".encode("utf-16-be"))
    'utf-16-be'
    >>> guess_wide_encoding(b"hello world") is None
    True
    """
    sample = data[:8192]
    n = len(sample)
    if n < 4 or _control_count(sample) < 0.2 * n:
        return None
    quarter = n // 4
    lanes = [sample[i::4][:quarter].count(0) for i in range(4)]
    if min(lanes[2], lanes[3]) >= 0.8 * quarter and lanes[0] <= 0.1 * quarter:
        return "utf-32-le"
    if min(lanes[0], lanes[1]) >= 0.8 * quarter and lanes[3] <= 0.1 * quarter:
        return "utf-32-be"
    half = n // 2
    even_lane, odd_lane = sample[0::2][:half], sample[1::2][:half]
    even_nuls, odd_nuls = even_lane.count(0), odd_lane.count(0)
    if odd_nuls >= 0.5 * half and even_nuls <= 0.05 * half:
        return "utf-16-le"  # the common case, Latin text: no need to count values
    if even_nuls >= 0.5 * half and odd_nuls <= 0.05 * half:
        return "utf-16-be"
    even = _narrow_lane(even_lane)
    odd = _narrow_lane(odd_lane)
    if odd and not even:
        return "utf-16-le"
    if even and not odd:
        return "utf-16-be"
    return None


def _narrow_lane(lane: bytes) -> bool:
    """Whether a byte lane looks like the high bytes of UTF-16 text in one script.

    Such a lane is nearly all one or two values, NUL (spaces, digits,
    punctuation) and the script's block (0x04 for Cyrillic), below 0x20.
    """
    common = Counter(lane).most_common(3)
    covered = sum(count for _, count in common)
    return covered >= 0.9 * len(lane) and any(value < 0x20 for value, _ in common)


def looks_binary(head: bytes) -> bool:
    """Whether ``head`` (the first bytes of a file) is binary data, not text.

    NUL bytes count as binary unless their positions say UTF-16/UTF-32; so does
    a large share of other control bytes.

    >>> looks_binary(b"plain text\\n")
    False
    >>> looks_binary("wide text".encode("utf-16"))
    False
    >>> looks_binary(bytes(range(256)))
    True
    """
    if not head or bom_encoding(head) is not None:
        return False
    controls = _control_count(head)
    if not controls:
        return False
    if guess_wide_encoding(head) is not None:
        return False
    if _stray_nuls_in_text(head, controls):
        return False
    return bool(head.count(0)) or controls > BINARY_CONTROL_SHARE * len(head)


def _stray_nuls_in_text(head: bytes, controls: int) -> bool:
    r"""Are a few NUL bytes, and no other control bytes, all that keeps ``head`` from being
    UTF-8 text (an exporter's padding: walk53)? They are dropped with the text's other
    NULs (:func:`normalize_text`).

    >>> _stray_nuls_in_text(b"M23 fighters\x00\x00 attacked army posts near Goma in 2012.", 2)
    True
    >>> _stray_nuls_in_text(b"\x00\x01\x02PK", 3)
    False
    """
    nuls = head.count(0)
    if not nuls or controls != nuls or nuls > STRAY_NUL_SHARE * len(head):
        return False
    rest = head.replace(b"\x00", b"")
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(rest, final=False)  # a character cut at the end of the head is no fault
    except UnicodeDecodeError:
        return False
    return True


def _codec_name(name: str) -> str | None:
    """The canonical codec name for ``name``, or ``None`` if Python has no such codec."""
    try:
        return codecs.lookup(name.strip()).name
    except (LookupError, ValueError, AttributeError):
        return None


def _escaped_utf8(data: bytes, final: bool = True) -> tuple[str, bool]:
    """Decode as UTF-8 with stray bytes escaped; say whether a mixed decode fits.

    A mixed decode fits when the stray (non-UTF-8) bytes are a small share of
    the data, or when they stand alone or in pairs (accented letters and smart
    quotes in Western text), unlike the long runs of a Cyrillic, Greek or
    Arabic single-byte encoding, which are left to charset-normalizer. With
    ``final=False`` a character cut off at the end of ``data`` is not a stray.
    """
    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    text = decoder.decode(data, final=final)
    runs = _ESCAPED_RUN.findall(text)
    bad = sum(len(run) for run in runs)
    fits = bad <= MIXED_MAX_SHARE * len(data) or bad <= MIXED_MAX_RUN * len(runs)
    return text, fits


def _mixed_decode(data: bytes) -> tuple[str, str] | None:
    """Decode mostly-UTF-8 bytes with cp1252 for the strays, if a mixed decode fits."""
    escaped, fits = _escaped_utf8(data)
    if not fits:
        return None
    bad = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal bad
        bad += len(match.group())
        return match.group().translate(_ESCAPED_TO_CP1252)

    text = _ESCAPED_RUN.sub(fix, escaped)
    high = len(data) - len(data.translate(None, _HIGH_BYTES))
    # every non-ASCII byte was a stray: a plain single-byte file
    name = "cp1252" if high == bad else "utf-8+cp1252"
    return text, name


def _normalizer_guess(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best guess, or ``None``."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 1 << 20]).best()
    if best is None or best.encoding is None:
        return None
    try:
        # the guess was made on a sample: bytes beyond it may not fit
        return data.decode(best.encoding, errors="replace"), best.encoding
    except LookupError:
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding name)``; see the module docs.

    >>> decode_bytes("Grüße".encode("utf-16"))
    ('Grüße', 'utf-16')
    >>> decode_bytes("déjà vu".encode("cp1252"))
    ('déjà vu', 'cp1252')
    >>> decode_bytes(b"caf\\xe9", declared="latin-1")
    ('café', 'iso8859-1')
    """
    if not data:
        return "", declared or "utf-8"
    bom = bom_encoding(data)
    if bom is not None:
        return normalize_text(data.decode(bom, errors="replace")), bom
    if declared:
        codec = _codec_name(declared)
        if codec is not None:
            try:
                return normalize_text(data.decode(codec)), codec
            except UnicodeDecodeError:
                pass
    wide = guess_wide_encoding(data)
    if wide is not None:
        try:
            return normalize_text(data.decode(wide)), wide
        except UnicodeDecodeError:
            pass
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            mixed = _mixed_decode(data)
            if mixed is not None:
                return normalize_text(mixed[0]), mixed[1]
        else:
            return normalize_text(text), "ascii" if data.isascii() else "utf-8"
    guess = _normalizer_guess(data)
    if guess is not None:
        return normalize_text(guess[0]), guess[1]
    raise IngestError("RW116", detail="no encoding fits (binary data?)")


def _choose_stream_codec(first: bytes, declared: str | None) -> tuple[str, str, int]:
    """Pick ``(codec, errors, bytes to skip)`` for streaming a file starting with ``first``."""
    for bom, name in _BOMS:
        if first.startswith(bom):
            codec = {"utf-8-sig": "utf-8", "utf-16": "utf-16", "utf-32": "utf-32"}[name]
            # utf-16/utf-32 decoders consume the BOM themselves
            skip = len(bom) if codec == "utf-8" else 0
            return codec, "replace", skip
    if declared:
        codec = _codec_name(declared)
        if codec is not None:
            return codec, "replace", 0
    wide = guess_wide_encoding(first)
    if wide is not None:
        return wide, "replace", 0
    # the chunk may end inside a multibyte character
    if _escaped_utf8(first, final=False)[1]:
        return "utf-8", MIXED_ERRORS, 0
    guess = _normalizer_guess(first)
    if guess is not None:
        return guess[1], "replace", 0
    raise IngestError("RW116", detail="no encoding fits (binary data?)")


def iter_decoded_chunks(
    path: Path | str, chunk_bytes: int = 1 << 20, declared: str | None = None
) -> Iterator[str]:
    """Yield the text of a (large) file in chunks, holding one chunk at a time.

    The decoder is chosen from the first chunk and is incremental, so a
    multibyte character split between two reads is never broken; a ``\\r`` at
    the end of a chunk is held back until we know whether ``\\n`` follows.
    Chunks have newlines normalised and NULs removed; empty chunks are skipped.
    """
    chunk_bytes = max(int(chunk_bytes), 16)
    with open(path, "rb") as handle:
        first = handle.read(chunk_bytes)
        if not first:
            return
        codec, errors, skip = _choose_stream_codec(first, declared)
        decoder = codecs.getincrementaldecoder(codec)(errors=errors)
        pending_cr = False
        data = first[skip:]
        while True:
            final = not data
            text = decoder.decode(data, final=final)
            if pending_cr:
                text = "\r" + text
                pending_cr = False
            if not final and text.endswith("\r"):
                text = text[:-1]
                pending_cr = True
            text = normalize_text(text)
            if text:
                yield text
            if final:
                return
            data = handle.read(chunk_bytes)


_ENTITY_DECLARATION = re.compile(rb"<!\s*ENTITY", re.I)


def declares_entities(data: bytes) -> bool:
    """Whether XML/HTML bytes contain an ``<!ENTITY`` declaration (UTF-8 or UTF-16).

    Entity declarations are how "billion laughs" expansion bombs are built;
    no news page, feed or Word document needs one.

    >>> declares_entities(b'<!DOCTYPE r [<!ENTITY a "aaaa">]><r>&a;</r>')
    True
    >>> declares_entities('<!entity x "y">'.encode("utf-16-le"))
    True
    >>> declares_entities(b"<p>&amp; &nbsp;</p>")
    False
    """
    if _ENTITY_DECLARATION.search(data):
        return True
    # UTF-16/UTF-32 put NULs between the ASCII letters
    return bool(data.count(0)) and bool(_ENTITY_DECLARATION.search(data.replace(b"\x00", b"")))


__all__ = [
    "MIXED_ERRORS",
    "bom_encoding",
    "declares_entities",
    "decode_bytes",
    "guess_wide_encoding",
    "iter_decoded_chunks",
    "looks_binary",
    "normalize_text",
]
