"""Publication dates of ingested documents: which evidence wins, and where it came from.

:func:`parse_date` (from :mod:`riftwatch.dates`) normalises what readers and records give
to ISO 8601 with a precision. :func:`choose_date` picks a document's publication date from
the evidence, strongest first, and says where it came from (``documents.date_origin``):

1. the document's own explicit date: a record's field (JSON Lines/CSV ``date`` column,
   Markdown front matter: ``field``; feed item date: ``feed``), then the sidecar file
   (``sidecar``), then the e-mail's ``Date`` header (``header:email``) or the page's
   publication-time ``<meta>`` (``metadata:html``);
2. a date stated in the text: a dateline or date line near the top (``text:dateline``),
   else the latest full date in the opening (``text:body``);
3. the file's embedded metadata: PDF creation date, Word properties, other dates in a
   page's markup (``metadata:pdf``, ``metadata:docx``, ``metadata:html-hint``);
4. the file's modification time (``file:mtime``), for single-document files only: a file
   of many records says nothing about when each was written.

Record fields and sidecars are the user's data and are taken as given (a record's date
after tomorrow is refused as its line's error by the reader). Everything else
must lie between 1900 and today; a date found in the text must also not be later than the
file's modification time. A rejected value is kept in the document's metadata
(``date_rejected``), an unparseable given one in ``date_raw``.

>>> from datetime import date
>>> choice = choose_date("PESHAWAR, 9 October 2015: Clashes.", reader_value="2026-11-30T01:56:45Z",
...                      reader_origin="metadata:pdf", now=date(2026, 11, 30))
>>> (choice.value, choice.origin)
('2015-10-09', 'text:dateline')
>>> choose_date("No date here.", sidecar_value="2010-06-14").origin
'sidecar'
>>> choose_date("No date here.", mtime=0.0, now=date(2026, 1, 1)).value is None
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from riftwatch.dates import (
    MTIME_FLOOR,
    ONE_DAY,
    find_text_date,
    first_day,
    mtime_date,
    parse_date,
    plausible,
    today,
)

TRUSTED = frozenset({"field", "feed", "sidecar"})
"""Origins taken as given: the record's or the user's own statement."""

RANK = {
    "field": 0,
    "feed": 0,
    "sidecar": 1,
    "header:email": 2,
    "metadata:html": 2,
    "text:dateline": 3,
    "text:body": 4,
    "metadata:pdf": 5,
    "metadata:docx": 5,
    "metadata:html-hint": 5,
    "file:mtime": 6,
}
"""Strength of each origin, strongest first (lower wins)."""

TEXT_RANK = RANK["text:dateline"]


@dataclass
class DateChoice:
    """The chosen publication date (``value``, ``precision``, ``origin``) and notes for meta."""

    value: str | None = None
    precision: str | None = None
    origin: str | None = None
    notes: dict[str, Any] = field(default_factory=dict)


def choose_date(
    text: str,
    *,
    reader_value: object = None,
    reader_origin: str | None = None,
    sidecar_value: object = None,
    mtime: float | None = None,
    records: bool = False,
    now: date | None = None,
    metadata_only: bool = False,
) -> DateChoice:
    """The publication date of one document from all the evidence (see the module doc).

    ``reader_value``/``reader_origin``: the date the reader found and where (``None``
    origin means the record's own field). ``mtime``: the file's modification time in
    seconds. ``records``: the document is one record of a multi-record file (no mtime).
    ``metadata_only`` (HTML pages): no guessed date: the page's markup, a sidecar, or a
    dateline opening its text (the report's own statement), but not the latest date its
    opening mentions nor the file's modification time: a page without one stays undated,
    and the date its text mentions is kept in the notes as ``date_in_text`` (a guess, not
    the document's date).

    >>> page = "Talks that began on 14 March 2011 broke down."
    >>> choice = choose_date(page, metadata_only=True, mtime=0.0)
    >>> choice.value, choice.notes
    (None, {'date_in_text': '2011-03-14'})
    """
    limit = (now or today()) + ONE_DAY
    file_day = mtime_date(mtime)
    if file_day is not None and file_day > limit:
        file_day = None
    choice = DateChoice()
    rejected: dict[str, str] = {}
    given: list[tuple[str, object]] = []
    if reader_value not in (None, ""):
        given.append((reader_origin or "field", reader_value))
    if sidecar_value not in (None, ""):
        given.append(("sidecar", sidecar_value))
    given.sort(key=lambda item: RANK.get(item[0], TEXT_RANK + 2))
    weaker: list[tuple[str, str, str]] = []
    carried: tuple[str, str, str] | None = None
    for origin, value in given:
        iso, precision = parse_date(value)
        if iso is None or precision is None:
            choice.notes.setdefault("date_raw", str(value))
            continue
        if origin not in TRUSTED and not plausible(iso, limit):
            rejected[origin] = iso
            continue
        if RANK.get(origin, TEXT_RANK + 2) < TEXT_RANK:
            choice.value, choice.precision, choice.origin = iso, precision, origin
            break
        if origin.startswith("text:"):
            # the reader read it from the document's text (a file stored in parts
            # carries the first part's date): it stands for the text's own date
            carried = (iso, precision, origin)
            continue
        weaker.append((iso, precision, origin))
    if choice.origin is None and carried is not None:
        choice.value, choice.precision, choice.origin = carried
    if choice.origin is None and metadata_only:
        found = find_text_date(text, not_after=min(limit, (file_day or limit) + ONE_DAY))
        if found is not None and found.origin == "text:dateline":
            choice.value, choice.precision, choice.origin = (
                found.value, found.precision, found.origin
            )  # fmt: skip
        else:
            if found is not None:
                choice.notes["date_in_text"] = found.value
            if weaker:
                choice.value, choice.precision, choice.origin = weaker[0]
    elif choice.origin is None:
        found = find_text_date(text, not_after=min(limit, (file_day or limit) + ONE_DAY))
        if found is not None:
            choice.value, choice.precision, choice.origin = (
                found.value,
                found.precision,
                found.origin,
            )
        elif weaker:
            choice.value, choice.precision, choice.origin = weaker[0]
        elif file_day is not None and not records:
            choice.value, choice.precision = file_day.isoformat(), "day"
            choice.origin = "file:mtime"
    if rejected:
        choice.notes["date_rejected"] = rejected
    return choice


__all__ = [
    "MTIME_FLOOR",
    "RANK",
    "TRUSTED",
    "DateChoice",
    "choose_date",
    "first_day",
    "parse_date",
    "plausible",
]
