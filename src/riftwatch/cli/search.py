"""``riftwatch search``: full-text search over stored sentences."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from riftwatch import api
from riftwatch.cli._common import (
    DbOption,
    Format,
    FormatOption,
    app,
    out,
)
from riftwatch.cli._common import call as _call
from riftwatch.cli._common import cell as _cell
from riftwatch.cli._common import db_of as _db
from riftwatch.cli._common import emit as _emit

SYNTAX = """\
Syntax (the same on SQLite and PostgreSQL; see docs/search.md):

\b
  Haqqani shelter          both words, anywhere in the sentence
  "safe haven"             a phrase: these words in a row
  shelter OR sanctuary     either word
  Haqqani NOT network      Haqqani, but not with network (also: Haqqani -network)
  (ISI OR army) Haqqani    parentheses group
  shelter*                 words starting with shelter (sheltered, shelters, ...)
  al-Qaeda, Qa'ida         punctuation inside a word makes a phrase of its parts

Operators AND, OR, NOT are upper case. Case and accents are ignored (Zarqawi finds
Zarqāwī); words are not stemmed, so use * for other endings. An invalid query is
refused with RW304 saying what is wrong and where."""


@app.command(epilog=SYNTAX)
def search(
    query: Annotated[
        str, typer.Argument(help='Words, "a phrase", AND, OR, NOT or -word, ( ), prefix*.')
    ],
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="At most this many hits (1 or more).")] = 20,
    offset: Annotated[int, typer.Option(help="Skip this many hits first (for the next page).")] = 0,
    fmt: FormatOption = Format.table,
) -> None:
    """Full-text search over stored sentences, best match first, with highlighted snippets."""
    hits = _call(api.search, _db(db), query, limit=limit, offset=offset)
    if fmt is Format.table and not hits:
        more = " (after the first " + str(offset) + ")" if offset else ""
        out.print(f"no sentences match {escape(query)}{more}")
        return
    table = Table("doc", "sent", "grade", "published", "snippet")
    for h in hits:
        table.add_row(
            str(h["document_id"]),
            str(h["sentence_index"]),
            h["grade"],
            _cell(h["published"]),
            _highlight(h["snippet"], h.get("marks")),
        )
    _emit(hits, fmt, table)


def _highlight(snippet: str, marks: list[list[int]] | None = None) -> str:
    """Rich markup for a snippet: the marked stretches bold, everything else escaped.

    With ``marks`` (offsets from :func:`riftwatch.api.search`) brackets that belong to the
    text itself stay text; without, ``[`` ``]`` pairs are taken as the marks.
    """
    if marks is not None:
        parts: list[str] = []
        cursor = 0
        for start, end in marks:
            parts.append(escape(snippet[cursor : start - 1]))
            parts.append(f"[bold yellow]{escape(snippet[start:end])}[/bold yellow]")
            cursor = end + 1
        parts.append(escape(snippet[cursor:]))
        return "".join(parts)
    parts = []
    buf = ""
    inside = False
    for ch in snippet:
        if ch == "[" and not inside:
            parts.append(escape(buf))
            buf, inside = "", True
        elif ch == "]" and inside:
            parts.append(f"[bold yellow]{escape(buf)}[/bold yellow]")
            buf, inside = "", False
        else:
            buf += ch
    parts.append(escape(buf))
    return "".join(parts)
