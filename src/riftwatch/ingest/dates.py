"""Publication dates: normalise what readers and records give to ISO 8601 with a precision.

>>> parse_date("2010-03")
('2010-03', 'month')
>>> parse_date("Mon, 01 Mar 2010 14:03:00 GMT")
('2010-03-01', 'day')
>>> parse_date("2009")
('2009', 'year')
>>> parse_date("someday")
(None, None)
"""

from __future__ import annotations

import re
from datetime import date, datetime

_YEAR = re.compile(r"^\s*(\d{4})\s*$")
_MONTH = re.compile(r"^\s*(\d{4})-(\d{1,2})\s*$")


def parse_date(value: object) -> tuple[str | None, str | None]:
    """Return ``(iso, precision)`` where precision is year, month or day."""
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
    if m := _MONTH.match(text):
        year, month = int(m.group(1)), int(m.group(2))
        return (f"{year:04d}-{month:02d}", "month") if 1 <= month <= 12 else (None, None)
    from dateutil import parser

    try:
        parsed = parser.parse(text, default=datetime(1900, 1, 1), fuzzy=False)
    except (ValueError, OverflowError, TypeError):
        return None, None
    if parsed.year < 1000:
        return None, None
    return parsed.date().isoformat(), "day"


__all__ = ["parse_date"]
