"""Where to mark events in a document's text, and search hits in a snippet.

Pure functions over plain data: the templates render the pieces they return, and
Jinja2's autoescaping escapes every piece (hostile text stays data).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Piece:
    """A stretch of text and the events (ids) whose quote covers it."""

    text: str
    events: list[int] = field(default_factory=list)

    @property
    def marked(self) -> bool:
        return bool(self.events)


def event_span(text: str, event: dict[str, Any]) -> tuple[int, int] | None:
    """The ``[start, end)`` of an event's quote in the document ``text``.

    The quote is searched for inside the event's sentence (``start``, ``end``:
    document offsets), as a whole word first; the whole sentence when the quote is
    not found there; None when the sentence offsets do not fit the text.

    >>> text = "Intro. The Haqqani network sheltered fighters. End."
    >>> ev = {"start": 7, "end": 46, "quote": "sheltered fighters"}
    >>> start, end = event_span(text, ev)
    >>> text[start:end]
    'sheltered fighters'
    >>> event_span(text, {"start": 7, "end": 46, "quote": "not there"})
    (7, 46)
    """
    start, end = event.get("start"), event.get("end")
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end:
        return None
    if end > len(text):
        return None
    quote = (event.get("quote") or "").strip()
    if quote:
        first = text.find(quote, start, end)
        at = first
        while at >= 0:  # a whole word first: no word character just before or after
            after = at + len(quote)
            if not _word(text, at - 1) and (after == end or not _word(text, after)):
                return at, after
            at = text.find(quote, at + 1, end)
        if first >= 0:
            return first, first + len(quote)
    return start, end


def _word(text: str, at: int) -> bool:
    """Whether ``text[at]`` is a word character (as the regular expression ``\\w``: a
    letter, digit or underscore); False off the text.

    >>> _word("a_1 b", 1), _word("a b", 1), _word("ab", -1), _word("é", 0)
    (True, False, False, True)
    """
    if at < 0 or at >= len(text):
        return False
    char = text[at]
    return char.isalnum() or char == "_"


def mark_events(text: str, events: list[dict[str, Any]]) -> list[Piece]:
    """Cut ``text`` into pieces, each with the ids of the events whose span covers it.

    Overlapping spans are split at every boundary, so a piece lies in zero, one or
    several events' spans and the pieces join back into ``text``.

    >>> pieces = mark_events("A hit B. C", [{"id": 1, "start": 0, "end": 8, "quote": "hit B"},
    ...                                     {"id": 2, "start": 0, "end": 8, "quote": "B"}])
    >>> [(p.text, p.events) for p in pieces]
    [('A ', []), ('hit ', [1]), ('B', [1, 2]), ('. C', [])]
    """
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    for event in events:
        span = event_span(text, event)
        if span is not None and span[0] < span[1]:
            starts.setdefault(span[0], []).append(int(event["id"]))
            ends.setdefault(span[1], []).append(int(event["id"]))
    cuts = sorted({0, len(text), *starts, *ends})
    active: dict[int, int] = {}  # event id -> how many of its spans are open (a sweep)
    pieces: list[Piece] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        for i in ends.get(a, ()):
            active[i] -= 1
            if not active[i]:
                del active[i]
        for i in starts.get(a, ()):
            active[i] = active.get(i, 0) + 1
        ids = sorted(active)
        if pieces and pieces[-1].events == ids:
            pieces[-1].text += text[a:b]
        else:
            pieces.append(Piece(text[a:b], ids))
    return pieces


def snippet_pieces(snippet: str, marks: list[list[int]]) -> list[Piece]:
    """A search snippet as pieces, marked where the query matched (brackets dropped).

    ``marks`` are the ``[start, end)`` offsets of :func:`riftwatch.api.search`, each
    inside ``[`` ``]`` in the snippet; the brackets are dropped, so that brackets in the
    text itself are shown as they are.

    >>> [(p.text, p.marked) for p in snippet_pieces("a [b] [c]", [[3, 4], [7, 8]])]
    [('a ', False), ('b', True), (' ', False), ('c', True)]
    """
    pieces: list[Piece] = []
    cursor = 0
    for start, end in marks:
        if start - 1 > cursor:
            pieces.append(Piece(snippet[cursor : start - 1]))
        pieces.append(Piece(snippet[start:end], [1]))
        cursor = end + 1
    if cursor < len(snippet):
        pieces.append(Piece(snippet[cursor:]))
    return pieces


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an ``http(s)://`` address (safe as a link), else None.

    >>> safe_url("https://example.org/a?b=1"), safe_url("javascript:alert(1)")
    ('https://example.org/a?b=1', None)
    >>> safe_url(" JaVaScRiPt:alert(1)"), safe_url("//evil.example/"), safe_url(None)
    (None, None, None)
    """
    if not url:
        return None
    if re.match(r"https?://[^\s/]", url, re.IGNORECASE) and not re.search(r"[\s<>\"']", url):
        return url
    return None


__all__ = ["Piece", "event_span", "mark_events", "safe_url", "snippet_pieces"]
