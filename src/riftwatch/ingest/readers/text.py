"""Plain text and Markdown files.

A file no bigger than ``max_chars`` bytes is decoded whole. A bigger one is
streamed through :func:`~riftwatch.ingest.encoding.iter_decoded_chunks` and, if
it really holds more than ``max_chars`` characters, stored as several
documents of at most ``max_chars`` characters each, cut at a paragraph break,
else a sentence end, else a line break or space (``locator="part N"``). Only
about two parts' worth of text is ever held, whatever the file size.

Markdown is made readable before it is stored (so sentence offsets point into
the clean text): heading marks, list markers, emphasis, code fences, link
targets and inline HTML go, the words stay. A heading and each list item
become paragraphs of their own, so none runs into the next sentence.

A Markdown file's front matter holds the document's own fields, as a JSON Lines record
does: ``date``, ``title``, ``source``, ``source_type``, ``reliability``, ``credibility``,
``url``, ``language`` and ``id`` (and their usual other names: ``published``,
``headline``, ``outlet``...). A value of the wrong kind is refused with the field named
(RW122); front matter that is no YAML mapping gives only its ``date:`` and ``title:``
lines. A file stored in parts gets the front matter's fields on every part, else the
date stated in the text of its first part (see :mod:`riftwatch.dates`).

>>> strip_markdown("# Report\\n\\nSee **the** [map](http://x.org/m).")
'Report\\n\\nSee the map.'
>>> strip_markdown("## Findings\\n- Taliban refused\\n- Arabs left\\n1. First")
'Findings\\n\\nTaliban refused\\n\\nArabs left\\n\\nFirst'
>>> markdown_title("---\\ntitle: From front matter\\n---\\n# Heading")
'From front matter'
>>> text = "One. Two. Three four"
>>> text[: cut_point(text, 12)]
'One. Two. '
"""

from __future__ import annotations

import contextlib
import re
from bisect import bisect_left
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from riftwatch.dates import ONE_DAY, find_text_date, mtime_date, today
from riftwatch.errors import IngestError
from riftwatch.ingest.encoding import decode_bytes, iter_decoded_chunks, looks_binary
from riftwatch.ingest.readers.base import ReadOptions, register
from riftwatch.ingest.readers.jsonl import build_document, iso_date, resolve_fields
from riftwatch.model import RawDocument

MARKDOWN_EXTENSIONS = (".md", ".markdown")
TITLE_MAX_CHARS = 200
"""A first line at least this long is prose, not a title."""

MIN_CHUNK_BYTES = 4096
MAX_CHUNK_BYTES = 1 << 20

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FRONT_TITLE = re.compile(r"^title:[ \t]*(.+?)[ \t]*$", re.M | re.I)
_FRONT_DATE = re.compile(r"^date:[ \t]*(.+?)[ \t]*$", re.M | re.I)
# Headings: the text runs greedily to the line's end and the closing hashes and trailing
# blanks are cut off afterwards (_heading_text): a lazy group that tries the closing pattern
# after every character is quadratic on a long run of blanks.
_ATX_TITLE = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.+)$", re.M)
_SETEXT_TITLE = re.compile(r"^[ \t]{0,3}(\S[^\n]*)\n[ \t]{0,3}(?:=+|-+)[ \t]*$", re.M)
_FENCE_LINE = re.compile(r"^[ \t]{0,3}(?:```|~~~)[^\n]*(?:\n|\Z)", re.M)
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)  # done by _strip_comments
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_ATX = re.compile(r"^[ \t]{0,3}#{1,6}(?:[ \t]+(.*))?$", re.M)
_RULE = re.compile(r"^[ \t]{0,3}(?:=+|-+|(?:[-*_][ \t]*){3,})[ \t]*$", re.M)
_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?)?[ \t]*$", re.M)
_QUOTE = re.compile(r"^(?:[ \t]{0,3}>[ \t]?)+", re.M)
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+\u2022]|\d{1,3}[.)])[ \t]+(?=\S)", re.M)
_REF_DEFINITION = re.compile(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+[^\n]*$", re.M)
# Links and images: the first alternative is the markup (group 1 its text). The others only
# skip text in which no match can start, so that a long line full of unclosed brackets is
# read once instead of once per bracket (same result as the first alternative alone):
# brackets whose target is cut off by the line's end, then the rest of an unclosed bracket.
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)|!\[[^\]\n]*\]\([^)\n]*(?=\n|\Z)|!\[[^\]\n]*")
_LINK = re.compile(r"\[([^\]\n]+)\]\([^)\n]*\)|\[[^\]\n]+\]\([^)\n]*(?=\n|\Z)|\[[^\]\n]*")
_REF_LINK = re.compile(r"\[([^\]\n]+)\]\[[^\]\n]*\]|\[[^\]\n]+\]\[[^\]\n]*(?=\n|\Z)|\[[^\]\n]*")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_CODE = re.compile(r"(`+)([^`\n]+?)\1")
_STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1")  # done by _strip_pairs
_EM_STAR = re.compile(r"(?<![\w*])\*(?=[^\s*])([^\n*]+?)(?<=\S)\*(?![\w*])")
_EM_UNDERSCORE = re.compile(r"(?<![\w_])_(?=[^\s_])([^\n_]+?)(?<=\S)_(?![\w_])")
_STRIKE = re.compile(r"~~(?=\S)([^\n]+?)(?<=\S)~~")  # done by _strip_pairs
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")
_BLANK_RUNS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_SENTENCE_ENDS = (". ", "? ", "! ", ".\n", "?\n", "!\n", '." ', ".” ")


def _heading_text(rest: str) -> str:
    """An ATX heading's text from what follows ``#`` and its blanks: closing hashes
    (after a blank) and trailing blanks cut off.

    >>> _heading_text("Report ##  "), _heading_text("C# #"), _heading_text("##")
    ('Report', 'C#', '##')
    """
    text = rest.rstrip(" \t")
    bare = text.rstrip("#")
    if len(bare) < len(text) and bare.endswith((" ", "\t")) and bare.strip(" \t"):
        return bare.rstrip(" \t")
    return text


def _link_text(match: re.Match[str]) -> str:
    """The text of a link or image; skipped text (group 1 unset) stays as it was."""
    return match.group(1) if match.group(1) is not None else match.group(0)


def _strip_comments(text: str) -> str:
    """``<!--.*?-->`` removed (DOTALL), reading the text once.

    >>> _strip_comments("a<!-- x -->b<!-- open")
    'ab<!-- open'
    """
    out: list[str] = []
    last = 0
    while (start := text.find("<!--", last)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:  # no comment closes any more
            break
        out.append(text[last:start])
        last = end + 3
    out.append(text[last:])
    return "".join(out)


def _strip_pairs(text: str, markers: tuple[str, ...]) -> str:
    """Unwrap ``**strong**``, ``__strong__`` or ``~~struck~~`` text on one line.

    The result is that of ``re.sub(r"(M1|M2)(?=\\S)([^\\n]+?)(?<=\\S)\\1", r"\\2", text)``, but
    each opening marker finds its closer by bisection among the places where that marker
    follows a non-space character, instead of reading the rest of the line: a long line
    with many unpaired markers made the regular expression quadratic.

    >>> _strip_pairs("a **b** c __d e__ **f", ("**", "__"))
    'a b c d e **f'
    """
    if not any(marker in text for marker in markers):
        return text
    closers = {
        m: [x.start() for x in re.finditer(rf"(?<=\S)(?={re.escape(m)})", text)] for m in markers
    }
    newlines = [x.start() for x in re.finditer("\n", text)]
    opener = re.compile("|".join(re.escape(m) for m in markers))
    out: list[str] = []
    last = pos = 0
    size = len(text)
    while (found := opener.search(text, pos)) is not None:
        start, marker = found.start(), found.group()
        body = start + len(marker)
        if body < size and not text[body].isspace():
            line = bisect_left(newlines, body)
            end_of_line = newlines[line] if line < len(newlines) else size
            candidates = closers[marker]
            k = bisect_left(candidates, body + 1)
            if k < len(candidates) and candidates[k] < end_of_line:
                close = candidates[k]
                out += [text[last:start], text[body:close]]
                last = pos = close + len(marker)
                continue
        pos = start + 1
    out.append(text[last:])
    return "".join(out)


def strip_markdown(text: str) -> str:
    """Remove Markdown markup, keeping the words (link text, image alt text, code)."""
    text = _FRONT_MATTER.sub("", text, count=1)
    text = _FENCE_LINE.sub("", text)
    text = _strip_comments(text)
    text = _HTML_TAG.sub("", text)
    text = _ATX.sub(lambda m: f"\n{_heading_text(m.group(1) or '')}\n", text)
    text = _TABLE_RULE.sub("", text)
    text = _RULE.sub("", text)
    text = _QUOTE.sub("", text)
    text = _LIST_ITEM.sub("\n", text)
    text = _REF_DEFINITION.sub("", text)
    text = _IMAGE.sub(_link_text, text)
    text = _LINK.sub(_link_text, text)
    text = _REF_LINK.sub(_link_text, text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE.sub(r"\2", text)
    text = _strip_pairs(text, ("**", "__"))
    text = _EM_STAR.sub(r"\1", text)
    text = _EM_UNDERSCORE.sub(r"\1", text)
    text = _strip_pairs(text, ("~~",))
    text = _ESCAPE.sub(r"\1", text)
    text = _BLANK_RUNS.sub("\n\n", text)
    return text.strip()


def markdown_date(text: str) -> str | None:
    """The ``date:`` of a Markdown text's front matter, as ISO 8601.

    >>> markdown_date("---\\ndate: 2011-03-15\\n---\\nText")
    '2011-03-15'
    """
    front = _FRONT_MATTER.match(text)
    found = _FRONT_DATE.search(front.group(1)) if front else None
    return iso_date(found.group(1).strip("'\"")) if found else None


def front_matter(text: str, path: Path) -> RawDocument | None:
    """The fields of a Markdown text's front matter, as a document without text (see the
    module's docstring), or None when there is no front matter or it is no YAML mapping.
    Values are read as written (YAML's own typing would make ``date: 2018`` a number and
    ``source: NO`` a boolean).

    >>> head = "---\\nreliability: C\\ncredibility: 3\\nsource: Cell\\n---\\n"
    >>> raw = front_matter(head + "Text", Path("a.md"))
    >>> raw.reliability, raw.credibility, raw.source, raw.published
    ('C', 3, 'Cell', None)
    >>> front_matter("---\\ntitle: Attack: aftermath\\n---\\nText", Path("a.md")) is None
    True
    """
    front = _FRONT_MATTER.match(text)
    if not front:
        return None
    try:
        data = yaml.load(front.group(1), Loader=yaml.BaseLoader)  # noqa: S506 - strings only
    except yaml.YAMLError:
        return None
    if not isinstance(data, dict):
        return None
    record: dict[str, Any] = {str(k): v for k, v in data.items()}
    fields = {f: k for f, k in resolve_fields(record).items() if f != "text"}
    return _fields_only(record, fields, "front matter", path)


def _fields_only(
    record: dict[str, Any], fields: dict[str, str], label: str, path: Path
) -> RawDocument:
    """The document fields ``record`` states (``fields``: field -> key), with no text, or
    RW122 naming the field whose value is of the wrong kind (``label`` says where the
    record came from: "front matter", "header")."""
    body = "\x00text"  # no key of YAML's: the body is the file's, never a record's key
    result = build_document({**record, body: "-"}, {**fields, "text": body}, label)
    if isinstance(result, tuple):
        field, problem = result
        raise IngestError("RW122", path=str(path), field=field, detail=problem)
    result.text, result.meta, result.locator = "", {}, None
    return result


def markdown_title(text: str) -> str | None:
    """The title of a Markdown text: front matter ``title:``, else its first heading."""
    front = _FRONT_MATTER.match(text)
    if front:
        found = _FRONT_TITLE.search(front.group(1))
        if found:
            return found.group(1).strip("'\"") or None
        text = text[front.end() :]
    candidates = [m for m in (_ATX_TITLE.search(text), _SETEXT_TITLE.search(text)) if m]
    if not candidates:
        return None
    first = min(candidates, key=lambda m: m.start())
    if first.re is _ATX_TITLE:
        heading = _heading_text(first.group(1))
    else:
        heading = first.group(1).rstrip(" \t")
    title = strip_markdown(heading).strip()
    return title or None


_TITLE_LABEL = re.compile(r"^(?:title|headline|subject)[ \t]*:[ \t]*(?=\S)", re.I)


def plain_title(text: str, path: Path) -> str:
    """The first non-empty line when it is short enough to be a title, else the file stem;
    a label the line opens with ("Title: ...", "Subject: ...") is not part of the title.

    >>> plain_title("Title: The truce ends" + chr(10) + "Date: 2020-05-15", Path("a.txt"))
    'The truce ends'
    >>> plain_title("Clashes in Menaka" + chr(10) + "Text.", Path("a.txt"))
    'Clashes in Menaka'
    """
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        # look at a bounded slice: the first line of a huge file may be huge
        line = text[start : min(end, start + 4 * TITLE_MAX_CHARS)].strip()
        if line:
            line = _TITLE_LABEL.sub("", line)
            return line if len(line) < TITLE_MAX_CHARS else path.stem
        start = end + 1
    return path.stem


def cut_point(buffer: str, limit: int) -> int:
    """Where to end a part of at most ``limit`` characters taken from ``buffer``.

    Prefers a paragraph break, then a sentence end, then a line break, then a
    space, each in the second half of the window; a hard cut at ``limit`` last.
    """
    if len(buffer) <= limit:
        return len(buffer)
    low = limit // 2
    found = buffer.rfind("\n\n", low, limit)
    if found >= 0:
        return found + 2
    best = max(buffer.rfind(end, low, limit) for end in _SENTENCE_ENDS)
    if best >= 0:
        return best + 2 if buffer[best + 1] in " \n" else best + 3
    for separator in ("\n", " ", "\t"):
        found = buffer.rfind(separator, low, limit)
        if found >= 0:
            return found + 1
    return limit


def split_stream(chunks: Iterator[str], limit: int) -> Iterator[tuple[int, str]]:
    """Regroup text chunks into ``(part number, text)`` pieces of at most ``limit`` chars.

    Part number 0 means the whole text fitted in one piece. Whitespace-only
    pieces are dropped.
    """
    limit = max(limit, 1)
    buffer = ""
    part = 0
    for chunk in chunks:
        buffer += chunk
        while len(buffer) > limit:
            cut = cut_point(buffer, limit)
            piece = buffer[:cut].strip()
            buffer = buffer[cut:]
            if piece:
                part += 1
                yield part, piece
    piece = buffer.strip()
    if piece:
        yield (part + 1 if part else 0), piece


def _first_part_date(text: str, path: Path) -> tuple[str | None, str | None]:
    """The date stated in the first part of a file stored in parts, for all its parts."""
    limit = today()
    with contextlib.suppress(OSError):
        limit = min(limit, mtime_date(path.stat().st_mtime) or limit)
    found = find_text_date(text, not_after=limit + ONE_DAY)
    return (found.value, found.origin) if found else (None, None)


_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z _\-]{0,30}?)[ \t]*:[ \t]*(?P<value>\S.*?)\s*$")
_HEADER_FIELDS = ("source", "source_type", "reliability", "credibility", "url")
"""The fields a plain text's header block gives the document (its title and date are read
as before: :func:`plain_title`, the text's stated date)."""


def header_fields(text: str, path: Path) -> RawDocument | None:
    """The source and grades a plain text's header block states, as a document without
    text, or None. The block is the text's first paragraph when every line of it is
    ``Label: value`` and a label names a document field as JSON Lines keys do ("Source:",
    "Outlet:", "Reliability:", "URL:"...); a value of the wrong kind is refused with the
    field named (RW122), as in a Markdown front matter.

    >>> raw = header_fields("Title: Truce ends" + chr(10) + "Source: Delta Wire" + chr(10)
    ...                     + "Reliability: B" + chr(10) + chr(10) + "Text.", Path("a.txt"))
    >>> raw.source, raw.reliability
    ('Delta Wire', 'B')
    >>> header_fields("Source: a river." + chr(10) + "The rebels crossed it.", Path("a.txt"))
    """
    block = text.lstrip().split("\n\n", 1)[0]
    if len(block) > 2000:
        return None
    record: dict[str, str] = {}
    for line in block.splitlines():
        m = _HEADER_LINE.match(line.strip())
        if m is None:
            return None
        record.setdefault(m.group("key").strip(), m.group("value"))
    fields = {f: k for f, k in resolve_fields(record).items() if f in _HEADER_FIELDS}
    if not fields:
        return None
    kept = {k: record[k] for k in fields.values()}
    return _fields_only(kept, fields, "header", path)


def _at(exc: IngestError, path: Path) -> IngestError:
    """The same error, naming ``path``."""
    return IngestError(exc.code, path=str(path), field=exc.field, line=exc.line, **exc.params)


def _with_front(raw: RawDocument, front: RawDocument | None) -> RawDocument:
    """``raw`` with the fields of its front matter: grades, source, address, language, id,
    the date (the document's own field) and the title (not a part's, which names the part)."""
    if front is not None:
        raw.url, raw.source, raw.source_type = front.url, front.source, front.source_type
        raw.reliability, raw.credibility = front.reliability, front.credibility
        raw.language, raw.external_id = front.language, front.external_id
        if front.title and raw.locator is None:
            raw.title = front.title
        if front.published:
            raw.published, raw.date_origin = front.published, "field"
    return raw


class TextReader:
    """Plain text (``.txt``, no extension) and Markdown (``.md``)."""

    name = "text.v2"
    extensions = (".txt", ".text", ".md", ".markdown", "")

    def sniff(self, head: bytes, path: Path) -> float:
        """A low score for anything that is text at all; specific formats outbid it."""
        if head.startswith((b"%PDF", b"PK\x03\x04")) or looks_binary(head):
            return 0.0
        return 0.1

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawDocument | IngestError]:
        """Yield the file as one document, or as parts when it is bigger than ``max_chars``."""
        path = Path(path)
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise IngestError("RW101", path=str(path), detail=exc.strerror or str(exc)) from exc
        if size == 0:
            raise IngestError("RW102", path=str(path))
        markdown = path.suffix.lower() in MARKDOWN_EXTENSIONS
        kind = "markdown" if markdown else "text"
        if size <= options.max_chars:
            yield self._whole(path, options, markdown, kind)
            return
        chunk_bytes = min(MAX_CHUNK_BYTES, max(MIN_CHUNK_BYTES, options.max_chars // 4))
        found = False
        dated: tuple[str | None, str | None] = (None, None)
        front = None
        try:
            chunks = iter_decoded_chunks(path, chunk_bytes=chunk_bytes, declared=options.encoding)
            for number, piece in split_stream(chunks, options.max_chars):
                title = None
                if markdown:
                    if number in (0, 1):  # the front matter speaks for every part
                        front = front_matter(piece, path)
                    title = markdown_title(piece) if number == 0 else None
                    piece = strip_markdown(piece)
                elif number == 0:
                    title = plain_title(piece, path)
                    front = header_fields(piece, path)
                if not piece:
                    continue
                found = True
                if number == 0:
                    raw = RawDocument(text=piece, title=title, meta={"format": kind})
                    yield _with_front(raw, front)
                    continue
                if number == 1:
                    dated = _first_part_date(piece, path)
                yield _with_front(
                    RawDocument(
                        text=piece,
                        title=f"{path.name} (part {number})",
                        locator=f"part {number}",
                        published=dated[0],
                        date_origin=dated[1],
                        meta={"format": kind, "part": number},
                    ),
                    front,
                )
        except IngestError as exc:
            raise _at(exc, path) from None
        except OSError as exc:
            raise IngestError("RW101", path=str(path), detail=exc.strerror or str(exc)) from exc
        if not found:
            raise IngestError("RW111", path=str(path))

    def _whole(self, path: Path, options: ReadOptions, markdown: bool, kind: str) -> RawDocument:
        """Read, decode and clean a file small enough to hold at once."""
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise IngestError("RW101", path=str(path), detail=exc.strerror or str(exc)) from exc
        try:
            text, encoding = decode_bytes(data, options.encoding)
        except IngestError as exc:
            raise _at(exc, path) from None
        published = None
        front = None
        if markdown:
            front = front_matter(text, path)
            title = markdown_title(text)
            published = markdown_date(text)  # front matter that is no YAML mapping: its line
            text = strip_markdown(text)
        else:
            text = text.strip()
            title = plain_title(text, path)
            front = header_fields(text, path)
        if not text:
            raise IngestError("RW111", path=str(path))
        return _with_front(
            RawDocument(
                text=text,
                title=title,
                published=published,
                date_origin="field" if published else None,
                meta={"format": kind, "encoding": encoding},
            ),
            front,
        )


READER = register(TextReader())

__all__ = [
    "READER",
    "TextReader",
    "cut_point",
    "front_matter",
    "markdown_date",
    "markdown_title",
    "split_stream",
    "strip_markdown",
]
