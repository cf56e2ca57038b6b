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
            _highlight(h["snippet_text"], h["snippet_hits"]),
        )
    _emit(hits, fmt, table)


def _highlight(text: str, hits: list[list[int]]) -> str:
    r"""Rich markup for a plain snippet (``snippet_text`` of :func:`riftwatch.api.search`):
    the stretches of ``hits`` (``snippet_hits``) bold, everything else escaped, so that
    brackets and markup in the text stay text.

    >>> _highlight("said [x] and shelter", [[13, 20]])
    'said \\[x] and [bold yellow]shelter[/bold yellow]'
    """
    parts: list[str] = []
    cursor = 0
    for start, end in hits:
        parts.append(escape(text[cursor:start]))
        parts.append(f"[bold yellow]{escape(text[start:end])}[/bold yellow]")
        cursor = end
    parts.append(escape(text[cursor:]))
    return "".join(parts)
