"""JSON Lines files (``.jsonl``, ``.ndjson``, ``.json``): one document per line.

Also accepted: a ``.json`` file holding one JSON array of objects, and a file
of pretty-printed objects one after another.

This module also holds the *record fields* shared with the CSV reader: which
keys or columns feed which :class:`~riftwatch.model.RawDocument` field
(:data:`FIELD_ALIASES`, overridable with ``ReadOptions.columns``), how values
are validated, and :func:`iso_date`, used by every reader to normalise dates.

>>> iso_date("Tue, 16 Jan 2024 08:05:00 GMT")
'2024-01-16T08:05:00+00:00'
>>> iso_date("15 January 2024")
'2024-01-15'
>>> iso_date("2024-03")
'2024-03'
>>> iso_date("soon") is None
True
>>> resolve_fields(["Body", "Headline", "when"], {"date": "when"})
{'date': 'when', 'text': 'Body', 'title': 'Headline'}
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from riftwatch.dates import first_day, today
from riftwatch.errors import ConfigError, IngestError
from riftwatch.ingest.encoding import bom_encoding, decode_bytes, guess_wide_encoding
from riftwatch.ingest.readers.base import HEAD_BYTES, ReadOptions, register
from riftwatch.model import RawDocument

FIELDS = (
    "text",
    "id",
    "title",
    "date",
    "url",
    "source",
    "source_type",
    "reliability",
    "credibility",
    "grade",
    "language",
)
"""Our field names, in the order columns are assigned to them."""


def _column_names() -> dict[str, Any]:
    """The column-name data (``riftwatch/data/columns.yaml``)."""
    from importlib import resources

    import yaml

    raw = resources.files("riftwatch.data").joinpath("columns.yaml").read_text("utf-8")
    return yaml.safe_load(raw)


_COLUMN_DATA = _column_names()

FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    field: tuple(str(name).lower() for name in _COLUMN_DATA["fields"][field]) for field in FIELDS
}
"""Column names tried, case-insensitively and in this order, for each field (data:
``riftwatch/data/columns.yaml``, names of several languages).

The names for ``text`` are names of a body: a file with none of them and no
``--columns text=...`` mapping is refused (RW108 for CSV, RW106 per JSON record)
rather than having some other column (a headline, a summary) guessed as its body.

>>> FIELD_ALIASES["text"][:3], "fecha" in FIELD_ALIASES["date"]
(('text', 'body', 'content'), True)
"""

FIELD_NAME_ALIASES = {"published": "date", "external_id": "id", "body": "text", "link": "url"}
"""Synonyms accepted as keys of ``ReadOptions.columns``."""

_STRING_FIELDS = ("title", "url", "source", "source_type", "reliability", "language")
_PARTIAL_DATE = re.compile(r"\d{4}(?:-\d{2})?")
_GRADE = re.compile(r"([A-Fa-f])\s*[-/ ]?\s*([1-6])")
_DATE_DEFAULT = datetime(2000, 1, 1)


def iso_date(value: object, *, day_first: bool = False) -> str | None:
    """Normalise a date to ISO 8601, or ``None`` if it is not one.

    Dates without a time stay dates (``2024-01-15``); a bare year or
    year-month is kept as it is. Numbers are Unix timestamps (seconds or
    milliseconds). A date of numbers whose day and month could be either way
    round (``03/08/2021``) is read month first unless ``day_first``.

    >>> iso_date("03/08/2021"), iso_date("03/08/2021", day_first=True), iso_date("14/07/2021")
    ('2021-03-08', '2021-08-03', '2021-07-14')
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int | float):
        return _timestamp(float(value))
    text = str(value).strip()
    if not text:
        return None
    if _PARTIAL_DATE.fullmatch(text):
        return text
    if text.isdigit() and len(text) in (10, 13):
        return _timestamp(float(text))
    try:
        parsed = datetime.fromisoformat(
            text.replace("Z", "+00:00", 1) if text[-1:] == "Z" else text
        )
    except ValueError:
        parsed = _parse_loose(text, day_first=day_first)
        if parsed is None:
            return None
    has_time = ":" in text or parsed.tzinfo is not None or parsed.time() != datetime.min.time()
    return parsed.isoformat() if has_time else parsed.date().isoformat()


def _parse_loose(text: str, *, day_first: bool = False) -> datetime | None:
    """Parse an e-mail style or free-form date; ``None`` if hopeless."""
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        pass
    from dateutil import parser as date_parser

    try:
        parsed = date_parser.parse(text, default=_DATE_DEFAULT, dayfirst=day_first)
    except (ValueError, OverflowError, TypeError, date_parser.ParserError):
        return None
    if parsed.tzinfo is not None and parsed.utcoffset() is None:
        return None
    return parsed


def _timestamp(number: float) -> str | None:
    """A Unix timestamp in seconds (or milliseconds) as ISO 8601 UTC."""
    if 1e11 <= abs(number) < 1e14:
        number /= 1000
    if not 0 < number < 1e11:
        return None
    try:
        return datetime.fromtimestamp(number, tz=UTC).isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def column_key(name: str) -> str:
    """A column's name as the field names are matched: lower case, without accents, a run of
    spaces or hyphens an underscore.

    >>> column_key(" Date Reported"), column_key("Calificación"), column_key("full-text")
    ('date_reported', 'calificacion', 'full_text')
    """
    import unicodedata

    plain = unicodedata.normalize("NFKD", name.strip().lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"[\s\-]+", "_", plain)


def resolve_fields(
    columns: Iterable[str], mapping: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Decide which column feeds which field.

    ``mapping`` (from ``ReadOptions.columns``) wins; a field mapped to a
    column that is not there is left out (callers check with
    :func:`mapped_column`) rather than guessed. Other fields take the first
    column whose name matches one of their :data:`FIELD_ALIASES`, ignoring
    case, accents and the difference between a space, a hyphen and an underscore
    (:func:`column_key`). No column feeds two fields.

    >>> resolve_fields(["Fecha", "Calificación", "Texto"])
    {'text': 'Texto', 'date': 'Fecha', 'grade': 'Calificación'}
    """
    by_lower: dict[str, str] = {}
    for column in columns:
        by_lower.setdefault(column_key(column), column)
    present = set(by_lower.values())
    chosen: dict[str, str] = {}
    used: set[str] = set()
    for key, column in (mapping or {}).items():
        field = FIELD_NAME_ALIASES.get(key, key)
        actual = column if column in present else by_lower.get(column_key(column))
        if actual is not None:
            chosen[field] = actual
            used.add(actual)
    mapped = {FIELD_NAME_ALIASES.get(key, key) for key in (mapping or {})}
    for field in FIELDS:
        if field in mapped:
            continue
        for alias in FIELD_ALIASES[field]:
            actual = by_lower.get(alias)
            if actual is not None and actual not in used:
                chosen[field] = actual
                used.add(actual)
                break
    return chosen


def check_mapping(mapping: Mapping[str, str] | None) -> list[str]:
    """Validate ``ReadOptions.columns``; return the fields it maps.

    Raises ``ConfigError`` RW006 for a key that is no field of ours.
    """
    fields = []
    for key, column in (mapping or {}).items():
        field = FIELD_NAME_ALIASES.get(key, key)
        if field not in FIELDS or not isinstance(column, str) or not column.strip():
            raise ConfigError("RW006", value=f"{key}={column}")
        fields.append(field)
    return fields


def mapped_column(field: str, mapping: Mapping[str, str] | None) -> str | None:
    """The column the user mapped ``field`` to, if any."""
    for key, column in (mapping or {}).items():
        if FIELD_NAME_ALIASES.get(key, key) == field:
            return column
    return None


def _type_name(value: object) -> str:
    """A JSON-ish name for the type of ``value``."""
    return {
        dict: "an object",
        list: "an array",
        bool: "a boolean",
        int: "a number",
        float: "a number",
    }.get(type(value), type(value).__name__)


def build_document(
    record: Mapping[str, Any], fields: Mapping[str, str], locator: str
) -> RawDocument | tuple[str, str]:
    """Turn one record into a document, or return ``(field, problem)``.

    ``fields`` comes from :func:`resolve_fields`. Keys not used by a field go
    to ``meta`` (empty values are dropped).
    """
    text_key = fields.get("text")
    if text_key is None:
        return "text", "is missing"
    text = record.get(text_key)
    if text is None:
        return "text", "is missing"
    if not isinstance(text, str):
        return "text", f"must be a string, not {_type_name(text)}"
    text = text.strip()
    if not text:
        return "text", "is empty"
    values: dict[str, Any] = {}
    for field, key in fields.items():
        if field == "text":
            continue
        value = record.get(key)
        if value is None or value == "":
            continue
        if field in _STRING_FIELDS:
            if not isinstance(value, str):
                return field, f"must be a string, not {_type_name(value)}"
            value = value.strip()
            if value:
                values[field] = value
        elif field == "id":
            if isinstance(value, bool) or not isinstance(value, str | int):
                return field, f"must be a string or an integer, not {_type_name(value)}"
            values[field] = str(value).strip() or None
        elif field == "credibility":
            if isinstance(value, bool) or not isinstance(value, str | int):
                return field, f"must be an integer 1-6, not {_type_name(value)}"
            if isinstance(value, str):
                value = value.strip()
                value = int(value) if value.isdigit() else value
            values[field] = value
        elif field == "grade":
            if not isinstance(value, str):
                return field, f"must be a string like 'B2', not {_type_name(value)}"
            graded = parse_grade(value)
            if graded is None:
                return field, (
                    f"is not an Admiralty grade: {value.strip()[:20]!r} (a reliability "
                    "letter A-F and a credibility digit 1-6, like 'B2')"
                )
            values[field] = graded
        elif field == "date":
            if isinstance(value, bool) or not isinstance(value, str | int | float):
                return field, f"must be a date string, not {_type_name(value)}"
            published = iso_date(value)
            if published is None:
                return field, f"is not a date: {str(value)[:40]!r}"
            if _after_today(published):
                shown = str(value)[:40]
                return field, f"is a date after today: {shown!r} (no report is dated in the future)"
            values[field] = published
            if isinstance(value, str) and numeric_order(value) is not None:
                values["date_given"] = value.strip()  # how the file writes its dates
    if "grade" in values:
        problem = _merge_grade(values)
        if problem is not None:
            return problem
    used = set(fields.values())
    meta = {
        key: value for key, value in record.items() if key not in used and value not in ("", None)
    }
    if "date" not in fields:
        values.update(_date_from_other_column(meta))
    if "date_given" in values:
        meta["date_given"] = values["date_given"]
    return RawDocument(
        text=text,
        title=values.get("title"),
        url=values.get("url"),
        published=values.get("date"),
        source=values.get("source"),
        source_type=values.get("source_type"),
        reliability=values.get("reliability"),
        credibility=values.get("credibility"),
        language=values.get("language"),
        external_id=values.get("id"),
        locator=locator,
        meta=meta,
    )


_DATE_NAME_WORDS = frozenset(str(w).lower() for w in _COLUMN_DATA["date_name_words"])
_DATE_NAME_ENDINGS = ("_on", "_at")
_YEAR = re.compile(r"(?<!\d)(?:1[89]|2[01])\d\d(?!\d)")


def date_like_column(name: str) -> bool:
    """Does a column's name say it holds a date, though it is none of ``date``'s names?

    >>> [date_like_column(n) for n in ("when_seen", "IncidentDate", "logged_at", "weather")]
    [True, True, True, False]
    >>> date_like_column("fecha_incidente")
    True
    """
    low = name.strip().lower()
    words = set(re.split(r"[^a-z0-9]+", low))
    return bool(words & _DATE_NAME_WORDS) or low.endswith(("date", *_DATE_NAME_ENDINGS))


def _after_today(iso: str) -> bool:
    """Does an ISO date begin after tomorrow (a typo like 2099, never a report's date)?

    >>> _after_today("2099-01-01"), _after_today("2021-05"), _after_today("1999")
    (True, False, False)
    """
    first = first_day(iso)
    return first is not None and (first - today()).days > 1


def _date_from_other_column(meta: Mapping[str, Any]) -> dict[str, str]:
    """The date of a record with no column of ``date``'s names (walk53: a field log's
    ``when_seen``): the first other column whose name says it holds a date
    (:func:`date_like_column`) and whose value reads as one. A value that does not read as
    a date with its year leaves the record undated (the column was only guessed), and the
    column stays in the document's metadata either way.

    >>> _date_from_other_column({"when_seen": "3 March 2018"}), _date_from_other_column(
    ...     {"time": "14:30"})
    ({'date': '2018-03-03'}, {})
    """
    for key, value in meta.items():
        if not isinstance(key, str) or not date_like_column(key):
            continue
        if not isinstance(value, str) or not _YEAR.search(value):
            continue  # a clock time ("14:30") or a day number is no date of a report
        published = iso_date(value)
        if published is not None and not _after_today(published):
            if numeric_order(value) is not None:
                return {"date": published, "date_given": value.strip()}
            return {"date": published}
    return {}


_NUMERIC_DATE = re.compile(r"\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?:[ T].*)?\s*")


def numeric_order(value: str) -> str | None:
    """How a date written in numbers with the year last may be read: ``"dmy"`` when its
    first number can only be a day (``14/07/2021``), ``"mdy"`` when its second can only be
    one (``07/14/2021``), ``"either"`` when both are 12 or less (``03/08/2021``); None for
    any other date.

    >>> [numeric_order(v) for v in ("14/07/2021", "07/14/2021", "03.08.2021", "2021-03-08")]
    ['dmy', 'mdy', 'either', None]
    """
    found = _NUMERIC_DATE.fullmatch(value)
    if found is None:
        return None
    first, second = int(found.group(1)), int(found.group(2))
    if not (1 <= first <= 31 and 1 <= second <= 31) or (first > 12 and second > 12):
        return None
    if first > 12:
        return "dmy"
    if second > 12:
        return "mdy"
    return "either"


DATE_ORDERS = ("dmy", "mdy")
"""Values of ``ReadOptions.date_order``: day first or month first, for dates in numbers."""

ORDER_EVIDENCE_LIMIT = 1000
"""Documents with a date that reads either way held back, at most, while the file has not
yet shown which way round it writes its dates."""


def settled_dates(
    items: Iterable[RawDocument | IngestError], order: str | None
) -> Iterator[RawDocument | IngestError]:
    """``items`` with every date written in numbers that reads either way (``03/08/2021``;
    a record's given date in numbers is kept in ``meta["date_given"]``) read the way its
    file writes dates: ``order`` when the user gave it (``--date-order dmy|mdy``), else the
    way the file's unambiguous dates show (``14/07/2021``: day first), else month first. A
    date reads one way in one file: a log that says 14/07/2021 and then 03/08/2021 means the
    3rd of August (walk54).

    Items wait, in order, until the file shows its way (at most
    :data:`ORDER_EVIDENCE_LIMIT` of them; a file that never shows it is read month first,
    and so is one that shows both). A date read day first says why in
    ``meta["date_order"]``.
    """
    held: list[RawDocument | IngestError] = []
    evidence: dict[str, str] = {}

    def settle(item: RawDocument | IngestError) -> RawDocument | IngestError:
        if not isinstance(item, RawDocument):
            return item
        given = item.meta.get("date_given")
        if not isinstance(given, str) or numeric_order(given) != "either":
            return item
        way = order or ("dmy" if "dmy" in evidence and "mdy" not in evidence else "mdy")
        if way == "dmy":
            item.published = iso_date(given, day_first=True) or item.published
            item.meta["date_order"] = (
                "day first (--date-order dmy)"
                if order
                else f"day first, as the file's {evidence['dmy']} shows"
            )
        return item

    for item in items:
        given = item.meta.get("date_given") if isinstance(item, RawDocument) else None
        way = numeric_order(given) if isinstance(given, str) else None
        if way in DATE_ORDERS:
            evidence.setdefault(str(way), str(given))
        if order is None and not evidence and (held or way == "either"):
            held.append(item)
            if len(held) < ORDER_EVIDENCE_LIMIT:
                continue
            item = held.pop()
        for waiting in held:
            yield settle(waiting)
        held = []
        yield settle(item)
    for waiting in held:
        yield settle(waiting)


def parse_grade(value: str) -> tuple[str, int] | None:
    """Split an Admiralty (NATO) grade into source reliability and information credibility.

    >>> parse_grade("C3"), parse_grade(" b-2 "), parse_grade("B 6")
    (('C', 3), ('B', 2), ('B', 6))
    >>> parse_grade("G2") is None, parse_grade("B7") is None, parse_grade("B") is None
    (True, True, True)
    """
    found = _GRADE.fullmatch(value.strip())
    if found is None:
        return None
    return found.group(1).upper(), int(found.group(2))


def _merge_grade(values: dict[str, Any]) -> tuple[str, str] | None:
    """Fill reliability and credibility from ``values["grade"]``; a problem if they disagree.

    A record that gives both a grade and a separate reliability (or credibility) must
    say the same thing twice: two answers to one question are refused, not guessed.
    """
    reliability, credibility = values.pop("grade")
    given = values.get("reliability")
    if given is not None and str(given).strip().upper() != reliability:
        return "grade", f"says reliability {reliability} but the reliability field says {given!r}"
    given = values.get("credibility")
    if given is not None and str(given).strip() != str(credibility):
        return "grade", f"says credibility {credibility} but the credibility field says {given!r}"
    values["reliability"], values["credibility"] = reliability, credibility
    return None


MAX_LISTED_COLUMNS = 30
"""Column or key names listed in an error message at most."""

GIVE_UP_AFTER = 100
"""A JSON file whose first this many records all lack a text field is refused whole (RW130)."""

_MAX_KEYS_KEPT = 200


def column_list(names: Iterable[str]) -> str:
    """Names for an error message: comma-separated, cut after :data:`MAX_LISTED_COLUMNS`.

    >>> column_list(["id", "date"])
    'id, date'
    >>> column_list([])
    'none'
    >>> column_list(f"c{n}" for n in range(40)).endswith("c29, ... (10 more)")
    True
    """
    names = [str(name) if len(str(name)) <= 60 else str(name)[:59] + "…" for name in names]
    if not names:
        return "none"
    shown = ", ".join(names[:MAX_LISTED_COLUMNS])
    more = len(names) - MAX_LISTED_COLUMNS
    return f"{shown}, ... ({more} more)" if more > 0 else shown


class _FieldCache:
    """Resolves fields once per distinct set of record keys, and remembers what it saw.

    What it saw (keys, which mapped fields some record had, whether any record
    had a text field) lets the reader say why a mapping or a file does not fit.
    """

    def __init__(self, mapping: Mapping[str, str]) -> None:
        self.mapping = dict(mapping)
        self.mapped = {FIELD_NAME_ALIASES.get(key, key) for key in self.mapping}
        self.text_column = mapped_column("text", mapping)
        self._cache: dict[tuple[str, ...], dict[str, str]] = {}
        self.keys: dict[str, None] = {}
        self.found: set[str] = set()
        self.records = 0
        self.missing_text = 0

    def fields(self, record: Mapping[str, Any]) -> dict[str, str]:
        self.records += 1
        keys = tuple(record)
        found = self._cache.get(keys)
        if found is None:
            if len(self._cache) > 1024:
                self._cache.clear()
            found = self._cache[keys] = resolve_fields(keys, self.mapping)
            if len(self.keys) < _MAX_KEYS_KEPT:
                self.keys.update(dict.fromkeys(keys))
            self.found.update(found)
        return found

    def give_up(self, path: Path) -> IngestError:
        """RW130: the first :data:`GIVE_UP_AFTER` records had no text field at all."""
        if self.text_column:
            wanted = f"the field {self.text_column!r} mapped to 'text'"
        else:
            names = ", ".join(FIELD_ALIASES["text"])
            wanted = f"a text field ({names})"
        return IngestError(
            "RW130",
            path=str(path),
            field="text",
            count=self.missing_text,
            wanted=wanted,
            columns=column_list(self.keys),
        )

    def unused_mappings(self, path: Path) -> Iterator[IngestError]:
        """RW121 for each mapped field (other than text) that no record of the file had.

        A record without the mapped text field is already an error of its own (RW120).
        """
        if not self.records:
            return
        for field in sorted(self.mapped - self.found - {"text"}):
            yield IngestError(
                "RW121",
                path=str(path),
                field=field,
                column=mapped_column(field, self.mapping),
                columns=column_list(self.keys),
            )


def _record_result(
    obj: object, cache: _FieldCache, path: Path, line: int, locator: str
) -> RawDocument | IngestError:
    """A document or a per-record error for one parsed JSON value.

    Errors carry ``locator`` (``line N``/``item N``) among their parameters, so the
    ingest can tell which earlier document stood for the record that failed.
    """
    if not isinstance(obj, dict):
        return IngestError(
            "RW105",
            path=str(path),
            line=line,
            detail=f"expected an object, got {_type_name(obj)}",
            locator=locator,
        )
    fields = cache.fields(obj)
    result = build_document(obj, fields, locator)
    if not isinstance(result, tuple):
        return result
    field, problem = result
    if field == "text" and "text" not in fields:
        cache.missing_text += 1
        if cache.missing_text >= GIVE_UP_AFTER and "text" not in cache.found:
            raise cache.give_up(path)
        columns = column_list(obj)
        if cache.text_column:
            return IngestError(
                "RW120",
                path=str(path),
                line=line,
                field="text",
                column=cache.text_column,
                columns=columns,
                locator=locator,
            )
        problem = f"is missing (fields: {columns}); map one with --columns text=FIELD"
    return IngestError(
        "RW106", path=str(path), line=line, field=field, detail=problem, locator=locator
    )


def _json_error(exc: Exception) -> str:
    """A short reason for a JSON parse failure."""
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} (column {exc.colno})"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc)


class JsonLinesReader:
    """One document per JSON object, with per-line errors (RW105/RW106)."""

    name = "jsonl.v1"
    extensions = (".jsonl", ".ndjson", ".json", ".jsonlines")
    options_used = ("columns", "encoding", "max_chars", "date_order")

    def sniff(self, head: bytes, path: Path) -> float:
        """Objects one per line score high; a JSON array of objects a little less."""
        wide = bom_encoding(head) or guess_wide_encoding(head)
        if wide and wide not in ("utf-8-sig",):
            head = head.decode(wide, errors="ignore").encode("utf-8")
        body = head.lstrip(b"\xef\xbb\xbf \t\r\n")
        if body[:1] == b"[":
            return 0.8 if re.match(rb"\[\s*(?:\{|\]|\Z)", body) else 0.0
        if body[:1] != b"{":
            return 0.0
        lines = body.split(b"\n")
        if len(lines) > 1 and len(head) >= HEAD_BYTES and not head.endswith(b"\n"):
            lines.pop()  # cut off by the head
        lines = [line.strip() for line in lines if line.strip()]
        if lines[0] == b"{":
            return 0.7  # pretty-printed object(s)
        objects = [line for line in lines if line[:1] == b"{" and line[-1:] == b"}"]
        if not objects:
            return 0.6 if len(lines) == 1 else 0.0
        if len(objects) * 2 < len(lines):
            return 0.0
        for line in objects[:3]:
            try:
                json.loads(line)
            except (ValueError, RecursionError):
                continue
            return 0.9
        return 0.5

    def read(self, path: Path, options: ReadOptions) -> Iterator[RawDocument | IngestError]:
        """Yield one document (or RW105/RW106/RW120 error) per line or array item.

        At the end, RW121 for a mapped field that no record had; RW130 (the whole
        file) when the first :data:`GIVE_UP_AFTER` records all lack a text field. Dates in
        numbers are read the way the file writes them (:func:`settled_dates`).
        """
        yield from settled_dates(self._read(Path(path), options), options.date_order)

    def _read(self, path: Path, options: ReadOptions) -> Iterator[RawDocument | IngestError]:
        path = Path(path)
        check_mapping(options.columns)
        cache = _FieldCache(options.columns)
        try:
            handle = open(path, "rb")  # noqa: SIM115  (closed below, generator)
        except OSError as exc:
            raise IngestError("RW101", path=str(path), detail=exc.strerror or str(exc)) from exc
        with handle:
            head = handle.read(HEAD_BYTES)
            if not head:
                raise IngestError("RW102", path=str(path))
            handle.seek(0)
            wide = bom_encoding(head) or guess_wide_encoding(head)
            if options.encoding or (wide and wide != "utf-8-sig"):
                data = handle.read()
                text = decode_bytes(data, options.encoding)[0]
                del data
                yield from self._read_text(text, cache, path)
            else:
                start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
                first_line = start.split(b"\n", 1)[0].strip()
                if start[:1] == b"[" or first_line == b"{":
                    text = decode_bytes(handle.read())[0]
                    yield from self._read_values(text, cache, path)
                else:
                    yield from self._read_lines(handle, cache, path)
        yield from cache.unused_mappings(path)

    def _read_lines(
        self, lines: Iterable[bytes], cache: _FieldCache, path: Path
    ) -> Iterator[RawDocument | IngestError]:
        """Stream a binary file line by line."""
        decoder = json.JSONDecoder()
        for number, raw in enumerate(lines, 1):
            line = raw.strip()
            if number == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:].strip()
            if not line:
                continue
            try:
                try:
                    obj = decoder.decode(line.decode("utf-8"))
                except UnicodeDecodeError:
                    obj = decoder.decode(decode_bytes(line)[0])
            except (ValueError, RecursionError) as exc:
                yield IngestError("RW105", path=str(path), line=number, detail=_json_error(exc))
                continue
            yield _record_result(obj, cache, path, number, f"line {number}")

    def _read_text(
        self, text: str, cache: _FieldCache, path: Path
    ) -> Iterator[RawDocument | IngestError]:
        """Read already-decoded text: as values if it starts like one big value, else lines."""
        start = text.lstrip()
        if start[:1] == "[" or start.split("\n", 1)[0].strip() == "{":
            yield from self._read_values(text, cache, path)
            return
        decoder = json.JSONDecoder()
        for number, line in enumerate(io.StringIO(text), 1):
            line = line.strip()
            if not line:
                continue
            try:
                obj = decoder.decode(line)
            except (ValueError, RecursionError) as exc:
                yield IngestError("RW105", path=str(path), line=number, detail=_json_error(exc))
                continue
            yield _record_result(obj, cache, path, number, f"line {number}")

    def _read_values(
        self, text: str, cache: _FieldCache, path: Path
    ) -> Iterator[RawDocument | IngestError]:
        """Read a JSON array of objects, or objects one after another, tracking line numbers.

        A syntax error ends the file: there is no way to find the next value. Its
        error says so (``stops=True``), so the earlier documents of the records after
        it are not taken for gone.
        """
        decoder = json.JSONDecoder()
        whitespace = re.compile(r"[ \t\n\r]*")
        pos = whitespace.match(text).end()
        in_array = text[pos : pos + 1] == "["
        if in_array:
            pos = whitespace.match(text, pos + 1).end()
        line = 1 + text.count("\n", 0, pos)
        item = 0
        while pos < len(text):
            if in_array and text[pos] == "]":
                return
            try:
                obj, end = decoder.raw_decode(text, pos)
            except (ValueError, RecursionError) as exc:
                where = line + text.count("\n", pos, exc.pos) if hasattr(exc, "pos") else line
                yield IngestError(
                    "RW105", path=str(path), line=where, detail=_json_error(exc), stops=True
                )
                return
            item += 1
            yield _record_result(obj, cache, path, line, f"item {item}")
            line += text.count("\n", pos, end)
            pos = end
            after = whitespace.match(text, pos).end()
            line += text.count("\n", pos, after)
            pos = after
            if in_array:
                if text[pos : pos + 1] == ",":
                    pos = whitespace.match(text, pos + 1).end()
                    line += text.count("\n", after, pos)
                elif text[pos : pos + 1] != "]":
                    yield IngestError(
                        "RW105", path=str(path), line=line, detail="expected ',' or ']'", stops=True
                    )
                    return


READER = register(JsonLinesReader())

__all__ = [
    "FIELDS",
    "FIELD_ALIASES",
    "READER",
    "JsonLinesReader",
    "build_document",
    "check_mapping",
    "column_key",
    "column_list",
    "iso_date",
    "mapped_column",
    "resolve_fields",
]
