"""Dates shared by ingest and nlp: normalising given dates and finding a report's date in its text.

:func:`parse_date` turns what a record, a header or a file's metadata says into ISO 8601
with a precision. :func:`find_text_date` finds the date a report states about itself: a
dateline or a date line at its top, else (weaker evidence) the latest explicit full date
in its opening paragraphs. Month and weekday names are python-dateutil's.

>>> parse_date("2010-03")
('2010-03', 'month')
>>> parse_date("Mon, 01 Mar 2010 14:03:00 GMT")
('2010-03-01', 'day')
>>> find_text_date("ISLAMABAD, Oct. 9, 2015 (Reuters) - Troops moved in.").value
'2015-10-09'
>>> found = find_text_date("Troops attacked on 3 October 2015 and again on 9 October 2015.")
>>> (found.value, found.origin)
('2015-10-09', 'text:body')
>>> find_text_date("Talks will resume on 12 March 2099.") is None
True
>>> describe_origin("text:dateline")
"the text's dateline"

Rules (see ``docs/dates.md`` for why):

* *Datelines* are looked for on the lines starting in the first :data:`DATELINE_CHARS`
  characters, top line first: a wire dateline (``PESHAWAR, 9 October 2015:``,
  ``ISLAMABAD, Oct. 9, 2015 (Reuters) -``), a labelled date line (``Date: 2015-10-09``,
  ``DATE OF REPORT: 21 AUG 2010``), a line that is only a date (``Monday, 12 October
  2015``, ``October 2015``), or a heading line ending in a date after a separator
  (``Analysis brief No. 7 - 15 March 2011``). Year-less datelines (``KABUL, June 14``)
  are not used: their year would be a guess.
* Otherwise the *body*: the latest explicit full date (day, month and year) in the first
  :data:`OPENING_CHARS` characters, skipping dates announced as ahead ("will resume on",
  "scheduled for"). Every past event a report mentions happened on or before the day it
  was written, so the latest is the closest bound.
* A date before :data:`MIN_YEAR` or after ``not_after`` (by default today) is never
  taken.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache

MIN_YEAR = 1900
"""No publication date before this year is believed (metadata defaults, typos)."""

DATELINE_CHARS = 400
"""Datelines and date lines are looked for on lines starting this early in the text."""

OPENING_CHARS = 1000
"""The opening (about the first two paragraphs) searched for a date in the body."""

MTIME_FLOOR = date(1990, 1, 1)
"""A file modification time before this is not believed: archives without times give
1980-01-01, a zeroed clock 1970-01-01."""

TRAILING_LINE_CHARS = 160
"""A heading line ending in a date counts as a date line only up to this length."""

ORIGINS = {
    "field": "the record's own date field",
    "feed": "the feed item's date",
    "sidecar": "the sidecar metadata file",
    "header:email": "the e-mail's Date header",
    "metadata:html": "the page's publication-time metadata",
    "text:dateline": "the text's dateline",
    "text:body": "a date in the opening of the text",
    "metadata:pdf": "the PDF's metadata",
    "metadata:docx": "the Word file's properties",
    "metadata:html-hint": "a date in the page's markup",
    "file:mtime": "the file's modification time",
}
"""Where a document's publication date can come from, and how ``docs show`` says it."""


_YEAR_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")
_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_date(value: object) -> tuple[str | None, str | None]:
    """Return ``(iso, precision)`` where precision is year, month or day.

    >>> parse_date("2009")
    ('2009', 'year')
    >>> parse_date("someday")
    (None, None)
    >>> parse_date("2017-05-03"), parse_date("2017-02-30")
    (('2017-05-03', 'day'), (None, None))
    """
    if value is None or value == "":
        return None, None
    if isinstance(value, datetime):
        return value.date().isoformat(), "day"
    if isinstance(value, date):
        return value.isoformat(), "day"
    text = str(value).strip()
    if m := _YEAR.match(text):
        year = int(m.group(1))
        return (f"{year:04d}", "year") if 1000 <= year <= 2999 else (None, None)
    if m := _YEAR_MONTH.match(text):
        year, month = int(m.group(1)), int(m.group(2))
        return (f"{year:04d}-{month:02d}", "month") if 1 <= month <= 12 else (None, None)
    if m := _ISO_DAY.match(text):  # the common case, read without dateutil (the same day)
        try:
            day = date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None, None
        return (day.isoformat(), "day") if day.year >= 1000 else (None, None)
    from dateutil import parser

    try:
        parsed = parser.parse(text, default=datetime(1900, 1, 1), fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None, None
    if parsed.year < 1000:
        return None, None
    return parsed.date().isoformat(), "day"


def describe_origin(origin: str | None) -> str | None:
    """Words for a ``date_origin`` value (the value itself when it is not a known one)."""
    if not origin:
        return None
    return ORIGINS.get(origin, origin)


def today() -> date:
    """Today's date in UTC."""
    return datetime.now(UTC).date()


def first_day(iso: str) -> date | None:
    """The first day an ISO date, month or year covers (``None`` when it is not one).

    >>> first_day("2015-10")
    datetime.date(2015, 10, 1)
    """
    match = re.match(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", iso.strip())
    if match is None:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2) or 1), int(match.group(3) or 1))
    except ValueError:
        return None


def plausible(iso: str | None, not_after: date | None = None) -> bool:
    """Whether a publication date lies between :data:`MIN_YEAR` and ``not_after`` (today).

    >>> plausible("1601-01-01"), plausible("2015-10-09"), plausible("2999-01-01")
    (False, True, False)
    """
    day = first_day(iso) if iso else None
    if day is None or day.year < MIN_YEAR:
        return False
    return day <= (not_after or today())


# --------------------------------------------------------------------------- patterns


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """The compiled date patterns; month and weekday names come from python-dateutil."""
    from dateutil.parser import parserinfo

    info = parserinfo()
    names = {name for names in info.MONTHS for name in names}
    variants = sorted(names | {n.upper() for n in names}, key=len, reverse=True)
    # case-sensitive: "may" and "march" in running text are not months
    month = r"(?P<month>" + "|".join(variants) + r")\b\.?"
    days = {name for names in info.WEEKDAYS for name in names}
    weekday_names = sorted(days | {d.upper() for d in days}, key=len, reverse=True)
    weekday = r"(?:(?:" + "|".join(weekday_names) + r")\b\.?,?\s+)"
    day = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
    year = r"(?P<year>\d{4})"
    dmy = rf"(?<![\w./:]){weekday}?{day}\s+(?:of\s+)?{month},?\s+{year}(?!\w)"
    mdy = rf"(?<![\w./:]){weekday}?{month}\s+{day},?\s+{year}(?!\w)"
    iso = r"(?<![\w./:-])(?P<year>\d{4})-(?P<mon>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])(?!\d)"
    month_year = rf"(?<![\w./:]){month},?\s+(?:of\s+)?{year}(?!\w)"

    def numbered(source: str, tag: str) -> str:
        """Group names made unique per alternative (``day`` -> ``day_dmy``)."""
        return re.sub(r"\(\?P<(\w+)>", lambda m: f"(?P<{m.group(1)}_{tag}>", source)

    def any_date(with_month_year: bool) -> str:
        parts = [numbered(dmy, "dmy"), numbered(mdy, "mdy"), numbered(iso, "iso")]
        if with_month_year:
            parts.append(numbered(month_year, "my"))
        return "(?P<date>" + "|".join(f"(?:{p})" for p in parts) + ")"

    time = r"(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d\d(?:[:.]\d\d)?(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)"
    place_word = r"[A-Z][\w'’.\-]*"
    place = rf"{place_word}(?:[ \t]+{place_word}){{0,3}}"
    labels = (
        r"date|dated|date of (?:report|issue|publication|release|information)|report date|"
        r"release date|publication date|published(?: on)?|posted(?: on)?|issued(?: on)?|"
        r"released(?: on)?|as of"
    )
    # a title line that says when the report was made: "Yemen notes, compiled March 2019",
    # "Situation report prepared 4 May 2019", "Threat summary (updated 2 June 2020)"
    made = (
        r"(?i:compiled|prepared|written|drafted|produced|updated|revised|issued|published|"
        r"released|dated|current\s+as\s+of|as\s+of)(?:[ \t]+(?i:on|in))?"
    )
    return {
        "full": re.compile(any_date(False)),
        "dateline": re.compile(
            rf"^(?:{place})(?:,[ \t]*{place}){{0,2}},[ \t]*{any_date(False)}{time}?[ \t]*"
            r"(?:\([^()\n]{1,60}\))?[ \t]*(?:[-–—:]|\.(?=[ \t]|$)|$)"
        ),
        "labelled": re.compile(
            rf"^(?i:{labels})[ \t]*[:.\-–—]?[ \t]*(?:on[ \t]+)?{any_date(True)}(?![\w-])"
        ),
        "whole": re.compile(rf"^{any_date(True)}{time}?[ \t]*\.?$"),
        "trailing": re.compile(
            rf"(?:[-–—|·•,/(][ \t]*(?:{made}[ \t]+)?|[ \t]{made}[ \t]+)"
            rf"{any_date(True)}{time}?[ \t)]*\.?$"
        ),
        "ahead": re.compile(
            r"\b(?:will|would|shall|scheduled|slated|due|expected|planned|plans?|until|till|"
            r"deadline|next|upcoming|set\s+for|postponed\s+to|starting)\b[^.!?\n]{0,30}$",
            re.I,
        ),
    }


@dataclass(frozen=True)
class TextDate:
    """A date found in a text: ISO value, precision, ``dateline`` or ``body``, and where."""

    value: str
    precision: str
    kind: str
    start: int
    end: int
    text: str

    @property
    def origin(self) -> str:
        """The ``date_origin`` value: ``text:dateline`` or ``text:body``."""
        return f"text:{self.kind}"


def _value(match: re.Match[str]) -> tuple[str, str] | None:
    """``(iso, precision)`` of a date match, or ``None`` for an impossible date."""
    from dateutil.parser import parserinfo

    groups = {k.rsplit("_", 1)[0]: v for k, v in match.groupdict().items() if v is not None}
    try:
        year = int(groups["year"])
        if "mon" in groups:
            month = int(groups["mon"])
        else:
            month = parserinfo().month(groups["month"].rstrip("."))
        if month is None:
            return None
        if "day" not in groups:
            return f"{year:04d}-{month:02d}", "month"
        return date(year, month, int(groups["day"])).isoformat(), "day"
    except (KeyError, ValueError, TypeError):
        return None


def _lines(text: str, limit: int) -> list[tuple[int, str]]:
    """``(offset, line)`` for the lines of ``text`` starting before ``limit``."""
    out = []
    position = 0
    while position < min(limit, len(text)):
        end = text.find("\n", position)
        if end < 0:
            end = len(text)
        out.append((position, text[position:end]))
        position = end + 1
    return out


def _standalone(lines: list[tuple[int, str]], index: int) -> bool:
    """A line that is a paragraph of its own (not part of a wrapped paragraph); the first
    line also when it ends a sentence and the next begins one, as a title line does in text
    taken from a PDF, which often keeps no blank line under it ("Monitoring brief, March
    2010." then "In February ...")."""
    before = lines[index - 1][1].strip() if index > 0 else ""
    after = lines[index + 1][1].strip() if index + 1 < len(lines) else ""
    if index == 0 and after and after[0].isupper():
        return lines[index][1].rstrip()[-1:] not in (",", ";", ":", "-")
    return not before and not after


_DECORATION = " \t*_#>|"


def _dateline(text: str, not_after: date) -> TextDate | None:
    patterns = _patterns()
    lines = _lines(text, DATELINE_CHARS)
    for index, (offset, raw) in enumerate(lines):
        short = len(raw.strip()) <= TRAILING_LINE_CHARS
        # a dateline or a label opens its line: the line's start is enough to look at
        line = raw[:DATELINE_CHARS].rstrip().rstrip("*_ \t")
        lead = len(line) - len(line.lstrip(_DECORATION))
        line = line[lead:]
        if not line:
            continue
        found = patterns["dateline"].match(line) or patterns["labelled"].match(line)
        if found is None and short:
            found = patterns["whole"].match(line)
            if found is None and _standalone(lines, index):
                found = patterns["trailing"].search(line)
        if found is None:
            continue
        value = _value(found)
        if value is None or not plausible(value[0], not_after):
            continue
        start = offset + lead + found.start("date")
        end = offset + lead + found.end("date")
        return TextDate(value[0], value[1], "dateline", start, end, text[start:end])
    return None


def _body(text: str, not_after: date) -> TextDate | None:
    patterns = _patterns()
    opening = text[:OPENING_CHARS]
    best: TextDate | None = None
    for match in patterns["full"].finditer(opening):
        value = _value(match)
        if value is None or not plausible(value[0], not_after):
            continue
        if patterns["ahead"].search(opening, max(0, match.start() - 40), match.start()):
            continue
        if best is None or value[0] > best.value:
            best = TextDate(value[0], value[1], "body", match.start(), match.end(), match[0])
    return best


def find_text_date(text: str, *, not_after: date | None = None) -> TextDate | None:
    """The date a report states about itself, or ``None``.

    A dateline or date line near the top wins; else the latest full date in the opening
    that is not announced as ahead. ``not_after`` (default today) bounds every date.

    >>> find_text_date("PESHAWAR, 9 October 2015: Militants attacked a post.").origin
    'text:dateline'
    >>> find_text_date("Date: 2015-10-09\\nSubject: border").value
    '2015-10-09'
    >>> find_text_date("Monthly report\\n\\nOctober 2015\\n\\nThe month was calm.").value
    '2015-10'
    >>> find_text_date("Debrief summary, November 2010.\\n\\nThe detainee said.").value
    '2010-11'
    >>> find_text_date("KABUL, June 14 (Wire) - Taliban commanders said.") is None
    True
    """
    limit = not_after or today()
    return _dateline(text, limit) or _body(text, limit)


def mtime_date(mtime: float | None) -> date | None:
    """The UTC date of a file modification time (seconds); ``None`` when unknown or before
    :data:`MTIME_FLOOR`.

    >>> mtime_date(0.0) is None, mtime_date(1444348800.0)
    (True, datetime.date(2015, 10, 9))
    """
    if mtime is None:
        return None
    try:
        day = datetime.fromtimestamp(mtime, tz=UTC).date()
    except (OverflowError, OSError, ValueError):
        return None
    return day if day >= MTIME_FLOOR else None


ONE_DAY = timedelta(days=1)

__all__ = [
    "DATELINE_CHARS",
    "MIN_YEAR",
    "MTIME_FLOOR",
    "ONE_DAY",
    "OPENING_CHARS",
    "ORIGINS",
    "TextDate",
    "describe_origin",
    "find_text_date",
    "first_day",
    "mtime_date",
    "parse_date",
    "plausible",
    "today",
]
