"""Event dates: when a reported event happened, read from the time expressions in its sentence.

Registered as ``time.rules.v6``: precompiled regular expressions plus a vocabulary in
``riftwatch/data/lexicon/time.yaml`` (month and weekday names, number words, units,
"last year"-style deictics, parts of periods, seasons, vague phrases, clause boundaries).
An event's date is when it happened, not when it was reported: relative expressions are
resolved against the document date (the *reference*), and with no usable expression the
reference itself is returned with precision ``"reported"``.

Values are ISO 8601 strings: ``"2009"``, ``"2009-12"``, ``"2009-12-03"`` or a range
``"2008-09/2010-03"`` (the ends of a range may differ in precision, e.g. ``"2001/2010-03"``
for "since 2001").

>>> s = "Al Qaeda was forced out of Afghanistan in 2001, and last year it moved to Pakistan."
>>> event_date(s, "2010-03-01", anchor=s.index("forced"))
EventDate(value='2001', precision='year', text='in 2001', start=39, end=46)
>>> event_date(s, "2010-03-01", anchor=s.index("moved")).value
'2009'
>>> normalise("over the last year and a half", "2010-03-01").value
'2008-09/2010-03'
>>> normalise("in December", "2010-03-01").value
'2009-12'
>>> normalise("on Tuesday", "2010-03-01")
EventDate(value='2010-02-23', precision='day', text='on Tuesday', start=None, end=None)
>>> normalise("in the past", "2010-03-01") is None
True
>>> event_date("Fighters crossed the border.", "2010-03")
EventDate(value='2010-03', precision='reported', text=None, start=None, end=None)
>>> find_time_expressions("It attacked on Tuesday, killing at least eight recruits.")
[(12, 22, 'on Tuesday')]

"9/11" (and the other entries under ``named_dates``) is read as its date, 2001-09-11.
"""

from __future__ import annotations

import bisect
import calendar
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from importlib import resources
from typing import Any, NamedTuple

import yaml

NAME = "time.rules.v6"

PRECISIONS = ("day", "month", "year", "range", "reported")
"""Precisions of an :class:`EventDate`; ``reported`` means it fell back to the document date."""


@dataclass(frozen=True)
class EventDate:
    """When an event happened, and the expression that said so.

    ``value`` is ISO 8601 ("2009", "2009-12", "2009-12-03" or "2008-09/2010-03"), or None
    when neither the sentence nor the reference gives a date. ``start``/``end`` are the
    character offsets of ``text`` in the sentence, when it came from one. A ``reported``
    date may still carry the ``text`` of an expression that was found but could not be
    resolved (too vague, as "in the past", or too fine for the reference, as "yesterday"
    against a reference with month precision).
    """

    value: str | None
    precision: str
    text: str | None
    start: int | None = None
    end: int | None = None


# --------------------------------------------------------------------------- reference


class _Ref(NamedTuple):
    """The document date, at year, month or day precision."""

    year: int
    month: int | None = None
    day: int | None = None

    def iso(self) -> str:
        if self.day is not None and self.month is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return _ym(self.year, self.month)
        return f"{self.year:04d}"

    def as_date(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)


_ISO_REF = re.compile(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.+\-Z ]*)?\s*")


@lru_cache(maxsize=4096)
def _parse_reference_text(text: str) -> _Ref | None:
    m = _ISO_REF.fullmatch(text)
    if m is None:
        from riftwatch.dates import parse_date

        iso, _precision = parse_date(text)
        if iso is None:
            return None
        m = _ISO_REF.fullmatch(iso)
        if m is None:  # pragma: no cover - parse_date always returns ISO
            return None
    year = int(m.group(1))
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    try:
        date(year, month or 1, day or 1)
    except ValueError:
        return None
    if not 1000 <= year <= 2999:
        return None
    return _Ref(year, month, day)


def _parse_reference(reference: str | date | None) -> _Ref | None:
    if reference is None:
        return None
    if isinstance(reference, datetime):
        reference = reference.date()
    if isinstance(reference, date):
        return _Ref(reference.year, reference.month, reference.day)
    return _parse_reference_text(str(reference))


# --------------------------------------------------------------------------- lexicon


@cache
def lexicon() -> dict[str, Any]:
    """The vocabulary in ``riftwatch/data/lexicon/time.yaml`` (read once)."""
    raw = (
        resources.files("riftwatch.data")
        .joinpath("lexicon")
        .joinpath("time.yaml")
        .read_text("utf-8")
    )
    return yaml.safe_load(raw)


def _month_table(lex: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``lex``'s month table: each month's name with its number, abbreviations and flag."""
    return {str(name): dict(entry) for name, entry in lex["months"].items()}


@cache
def month_names(*, abbreviations: bool = True, ambiguous: bool = True) -> frozenset[str]:
    """The month names of the time lexicon in lower case, with their abbreviations unless
    ``abbreviations`` is false, and with a name that is also a common word ("may") unless
    ``ambiguous`` is false. The one month vocabulary the other stages read.

    >>> "sept" in month_names(), "may" in month_names(ambiguous=False)
    (True, False)
    >>> sorted(month_names(abbreviations=False, ambiguous=False))[:3]
    ['april', 'august', 'december']
    """
    words: set[str] = set()
    for name, entry in _month_table(lexicon()).items():
        if entry.get("ambiguous") and not ambiguous:
            continue
        words.add(name.lower())
        if abbreviations:
            words.update(str(a).lower() for a in entry["abbreviations"])
    return frozenset(words)


def weekday_names() -> frozenset[str]:
    """The weekday names of the time lexicon, in lower case."""
    return frozenset(str(day).lower() for day in lexicon()["weekdays"])


def _phrase(text: str) -> str:
    """One vocabulary phrase as a regex: words escaped, spaces matching any whitespace."""
    return r"\s+".join(re.escape(word) for word in str(text).split())


def _alt(items: Any) -> str:
    """Alternation of phrases, longest first (so that "eighteen" is tried before "eight")."""
    return "|".join(_phrase(w) for w in sorted((str(i) for i in items), key=len, reverse=True))


def _key(text: str) -> str:
    return " ".join(text.lower().split())


class _Grammar:
    """The compiled patterns and lookup tables, built once from the lexicon."""

    def __init__(self, lex: dict[str, Any]) -> None:
        self.lex = lex
        table = _month_table(lex)
        self.months = {name.title(): int(e["number"]) for name, e in table.items()}
        abbreviated = [
            (str(a), int(e["number"])) for e in table.values() for a in e["abbreviations"]
        ]
        self.abbreviations = [a for a, _number in abbreviated]
        self.months.update({a.title(): number for a, number in abbreviated})
        self.weekdays = {str(k).title(): int(v) for k, v in lex["weekdays"].items()}
        self.numbers = {_key(str(k)): int(v) for k, v in lex["numbers"].items()}
        self.numbers.update({_key(str(k)): int(v) for k, v in lex["quantities"].items()})
        self.tens = {_key(str(k)): int(v) for k, v in lex["tens"].items()}
        self.units = {_key(str(k)): (str(v[0]), int(v[1])) for k, v in lex["units"].items()}
        self.deictic = {_key(str(k)): v for k, v in lex["deictic"].items()}
        self.recent = {_key(str(k)): v for k, v in lex["recent"].items()}
        self.parts = {_key(str(k)): v for k, v in lex["parts"].items()}
        self.seasons = {_key(str(k)): (int(v[0]), int(v[1])) for k, v in lex["seasons"].items()}
        self.season_mods = {_key(str(k)): str(v) for k, v in lex["season_modifiers"].items()}
        self.weekday_mods = {_key(str(k)): str(v) for k, v in lex["weekday_modifiers"].items()}
        self.decade_words = {_key(str(k)): int(v) for k, v in lex["decade_words"].items()}
        self.named = {str(k): str(v) for k, v in lex["named_dates"].items()}
        self.range_cues = {_key(str(c)) for c in lex["range_cues"]}
        self.year_mods = {_key(str(k)): int(v) for k, v in lex["relative_modifiers"].items()}
        self._compile()

    def _compile(self) -> None:
        lex = self.lex
        full = [*self.lex["months"]]
        abbrev = self.abbreviations
        names = [(str(n), r"\b") for n in full] + [(str(n), r"\b\.?") for n in abbrev]
        names += [(n.upper(), tail) for n, tail in names]
        names.sort(key=lambda item: len(item[0]), reverse=True)
        month = "(?-i:" + "|".join(re.escape(n) + tail for n, tail in names) + ")"
        days = [str(d) for d in lex["weekdays"]]
        weekday = "(?-i:" + _alt(days + [d.upper() for d in days]) + r")\b"

        y4 = r"(?:19|20)\d\d"
        year_end = r"(?![\w%]|[/.,]\d|\s*(?:hours|hrs|GMT|UTC|local\s+time)\b)"
        year = rf"(?<![\w$£€])(?<!\d[,.]){y4}{year_end}"
        day = r"(?<![\d,.])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w)"
        cue = rf"(?:(?P<cue>{_alt(lex['date_cues'])})\s+)?"
        year_cue = rf"(?:(?P<cue>{_alt(lex['year_cues'])})\s+)?"
        part = (
            rf"(?:(?:(?:{_alt(lex['part_leads'])})\s+)?(?:the\s+)?(?:very\s+)?"
            rf"(?P<part>{_alt(self.parts)})(?:\s+in)?(?:\s*-\s*|\s+))?"
        )
        relative = _alt(self.year_mods)
        rel_year = rf"\s+(?:of\s+)?(?P<rel>{relative})\s+year\b"
        number = (
            rf"(?:\d+(?:\.\d+)?|(?:{_alt(self.tens)})(?:[-\s]+(?:{_alt(self.numbers)}))?"
            rf"|{_alt(self.numbers)})"
        )
        unit = rf"(?:{_alt(self.units)})(?![\w-])"
        half = r"(?:\s+and\s+a\s+half)"
        duration = (
            rf"(?:(?P<num>{number})(?P<half1>{half})?\s+(?P<unit>{unit})(?P<half2>{half})?"
            rf"|half\s+an?\s+(?P<hunit>{unit}))"
        )
        duration_opt = (
            rf"(?:(?:(?P<num>{number})(?P<half1>{half})?\s+)?(?P<unit>{unit})(?P<half2>{half})?"
            rf"|half\s+an?\s+(?P<hunit>{unit}))"
        )
        approx = rf"(?:{_alt(lex['approximators'])})"
        not_age = r"(?!\s+old\b)"
        datex = (
            rf"(?:{month}\s+{day}(?:,?\s+{y4})?|{day}\s+(?:of\s+)?{month}(?:,?\s+{y4})?"
            rf"|{month}(?:,?\s+(?:of\s+)?{y4})?|{y4}(?!\w))"
        )
        seasons = _alt(self.seasons)
        decade_words = _alt(self.decade_words)
        vague = "|".join(f"(?:{v})" for v in lex["vague"])

        sources: list[tuple[str, str, str]] = [
            # (kind, families that must be present, pattern)
            ("vague", "vague unit", rf"(?<!\w)(?:{vague})(?!\w)"),
            ("named", "named", rf"(?<![\w/]){cue}(?P<name>{_alt(self.named)})(?![\w/])"),
            (
                "iso",
                "year",
                rf"(?<![\w-]){cue}(?P<year>{y4})-(?P<mon>0[1-9]|1[0-2])"
                r"-(?P<day>0[1-9]|[12]\d|3[01])(?![\w-])",
            ),
            (
                # "2019-07" (a dated table row, a log line); "2009-10" is left to year_range
                "iso_month",
                "year",
                rf"(?<![\w-]){cue}(?P<year>{y4})-(?P<mon>0[1-9]|1[0-2])(?![\w/%-])",
            ),
            (
                "span",
                "month year",
                rf"(?<!\w)(?P<cue>from|between)\s+(?P<a>{datex})\s+"
                rf"(?:to|and|until|till|through|[-–])\s+(?P<b>{datex})(?!\w)",
            ),
            (
                "year_range",
                "year",
                rf"(?<!\w)(?:(?P<cue>from|between)\s+)?(?P<y1>{year})\s*"
                rf"(?:(?P<dash>[-–—/])|\s(?:to|and|until|till|through)\s)\s*"
                r"(?P<y2>(?:19|20)?\d\d)(?![\w/%-])",
            ),
            (
                "mdy",
                "month",
                rf"(?<!\w){cue}(?:{weekday},?\s+)?(?P<month>{month})\s+(?P<day>{day})"
                rf"(?:,?\s+(?P<year>{year})|{rel_year})?",
            ),
            (
                "dmy",
                "month",
                rf"(?<!\w){cue}(?:{weekday},?\s+)?(?:the\s+)?(?P<day>{day})\s+(?:of\s+)?"
                rf"(?P<month>{month})(?:,?\s+(?P<year>{year})|{rel_year})?",
            ),
            (
                "month",
                "month",
                rf"(?<!\w){cue}{part}(?:(?P<mod>{relative})\s+)?(?P<month>{month})"
                rf"(?:,?\s+(?:of\s+)?(?P<year>{year})|{rel_year})?",
            ),
            ("year", "year", rf"(?<!\w){year_cue}{part}(?P<year>{year})"),
            (
                "decade",
                "year decade",
                rf"(?<!\w){cue}{part}(?P<the>the\s+)?(?:(?P<c>19|20)(?P<d>\d)0s"
                rf"|['’]?(?P<d2>\d)0s|(?P<word>{decade_words}))(?!\w)",
            ),
            (
                "deictic",
                "deictic",
                rf"(?<!\w){cue}{part}(?P<phrase>{_alt(self.deictic)})(?!\w)",
            ),
            (
                "weekday",
                "weekday",
                rf"(?<!\w){cue}(?:(?P<mod>{_alt(self.weekday_mods)})\s+(?:on\s+)?)?"
                rf"(?P<wd>{weekday})(?:['’]s)?(?:\s+(?:{_alt(lex['weekday_times'])}))?(?!\w)",
            ),
            (
                "ago",
                "unit deictic vague recent",
                rf"(?<!\w)(?:{approx}\s+)?{duration}\s+ago(?!\w)",
            ),
            (
                "lookback",
                "unit deictic vague recent",
                rf"(?<!\w)(?:(?:{_alt(lex['duration_leads'])})\s+)?(?:the|this)\s+"
                rf"(?:{_alt(lex['lookback'])})\s+(?:{approx}\s+)?{duration_opt}{not_age}",
            ),
            (
                "duration",
                "unit deictic vague recent",
                rf"(?<!\w)(?:(?:{_alt(lex['bare_duration_leads'])})\s+(?:{approx}\s+)?"
                rf"|{approx}\s+){duration}{not_age}",
            ),
            (
                "recent",
                "recent",
                rf"(?<!\w)(?:(?:{_alt(lex['recent_leads'])})\s+)?(?:the\s+)?(?:most\s+)?"
                rf"(?P<phrase>{_alt(self.recent)})(?!\w)",
            ),
            (
                "season",
                "season",
                rf"(?<!\w){cue}{part}(?:(?P<mod>{_alt(self.season_mods)})\s+|(?P<the>the\s+))?"
                rf"(?P<season>{seasons})(?:\s+(?:of\s+)?(?P<year>{year}))?(?!\w)(?!\s+of\b)",
            ),
        ]
        self.patterns = [
            (kind, frozenset(families.split()), re.compile(source, re.I))
            for kind, families, source in sources
        ]
        # The pre-check: which families of expressions a text may hold, from its words.
        # Month and weekday names count only capitalised; other words in any case.
        cased: dict[str, set[str]] = {}
        for name, _tail in names:
            cased.setdefault(name, set()).add("month")
        for name in days + [d.upper() for d in days]:
            cased.setdefault(name, set()).add("weekday")
        lower: dict[str, set[str]] = {}
        for family, items in (
            ("unit", self.units),
            ("deictic", [p.split()[-1] for p in self.deictic]),
            ("recent", [p.split()[-1] for p in self.recent]),
            ("season", self.seasons),
            ("decade", self.decade_words),
            ("vague", lex["vague_triggers"]),
        ):
            for word in items:
                lower.setdefault(str(word).lower(), set()).add(family)
        self.cased_words = {w: frozenset(f) for w, f in cased.items()}
        self.lower_words = {w: frozenset(f) for w, f in lower.items()}
        self.decade_digits = re.compile(r"\d0s\b")
        self.boundaries = re.compile("|".join(f"(?:{b})" for b in lex["clause_boundaries"]))
        marks = lex.get("reported_clause_marks") or ()
        self.reported = re.compile("|".join(f"(?:{b})" for b in marks)) if marks else None


@cache
def _grammar() -> _Grammar:
    return _Grammar(lexicon())


# --------------------------------------------------------------------------- scanning


class _Found(NamedTuple):
    start: int
    end: int
    priority: int
    kind: str
    match: re.Match[str]


def _accept(kind: str, m: re.Match[str]) -> bool:
    """Extra conditions a match must meet that are awkward to say in the pattern."""
    g = m.groupdict()
    if kind == "month":
        return bool(g["cue"] or g["part"] or g["mod"] or g["year"] or g["rel"])
    if kind == "year":
        return bool(g["cue"] or g["part"])
    if kind == "year_range":
        if not (g["cue"] or g["dash"]):
            return False
        y1, y2 = int(g["y1"]), g["y2"]
        end = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
        return y1 < end < y1 + 100
    if kind == "iso_month":  # not also a forward year range ("2009-10": 2009 to 2010)
        return int(g["mon"]) <= int(g["year"]) % 100
    if kind == "decade":
        return bool(g["c"] or g["the"] or g["part"])
    if kind == "season":
        return bool(g["cue"] or g["mod"] or g["year"] or (g["the"] and g["part"]))
    return True


_TOKENS = re.compile(r"[^\W\d_]+|\d+")


def _families(grammar: _Grammar, text: str) -> set[str]:
    """Families of expressions ``text`` may hold (a fast pre-check on its words)."""
    families: set[str] = set()
    digits = False
    cased, lower = grammar.cased_words, grammar.lower_words
    for token in _TOKENS.findall(text):
        if token[0].isdigit():
            digits = True
            if len(token) == 4 and token[:2] in ("19", "20"):
                families.add("year")
            continue
        hit = lower.get(token.lower())
        if hit:
            families.update(hit)
        if token[0].isupper():
            hit = cased.get(token)
            if hit:
                families.update(hit)
    if digits:
        if grammar.decade_digits.search(text):
            families.add("decade")
        if any(name in text for name in grammar.named):
            families.add("named")
    return families


def _scan(text: str) -> list[_Found]:
    """The time expressions in ``text``: longest first among overlaps, then by position."""
    grammar = _grammar()
    families = _families(grammar, text)
    if not families:
        return []
    found: list[_Found] = []
    for priority, (kind, needs, pattern) in enumerate(grammar.patterns):
        if needs.isdisjoint(families):
            continue
        for m in pattern.finditer(text):
            if m.end() > m.start() and _accept(kind, m):
                found.append(_Found(m.start(), m.end(), priority, kind, m))
    if len(found) > 1:
        found.sort(key=lambda f: (f.start - f.end, f.priority, f.start))
        kept: list[_Found] = []
        for f in found:
            if all(f.end <= k.start or f.start >= k.end for k in kept):
                kept.append(f)
        found = sorted(kept, key=lambda f: f.start)
    return found


def find_time_expressions(sentence: str) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, text)`` of the time expressions in a sentence, in order.

    >>> find_time_expressions("Since 2001, 28,000 soldiers and the No. 2 have served.")
    [(0, 10, 'Since 2001')]
    >>> find_time_expressions("It was founded in the 1990s and has long sheltered them.")
    [(15, 27, 'in the 1990s'), (36, 40, 'long')]
    """
    return [(f.start, f.end, f.match.group(0)) for f in _scan(sentence)]


# --------------------------------------------------------------------------- resolution

_Value = tuple[str, str] | None  # (ISO value, precision)


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _shift_month(year: int, month: int, k: int) -> tuple[int, int]:
    y, m = divmod(year * 12 + month - 1 + k, 12)
    return y, m + 1


def _range(a: str, b: str) -> tuple[str, str]:
    """An ISO range; one that starts and ends on the same day, month or year is that date."""
    if a == b:
        return a, {4: "year", 7: "month"}.get(len(a), "day")
    return f"{a}/{b}", "range"


def _days_range(year: int, month: int, first: int, last: int) -> tuple[str, str]:
    last = min(last, calendar.monthrange(year, month)[1])
    return _range(f"{_ym(year, month)}-{first:02d}", f"{_ym(year, month)}-{last:02d}")


def _part(g: _Grammar, m: re.Match[str], scale: str) -> list[int] | None:
    """The [first, last] sub-period of an "early/mid/late ..." qualifier, if any."""
    name = m.groupdict().get("part")
    if not name:
        return None
    return g.parts.get(_key(name), {}).get(scale)


def _month_number(g: _Grammar, name: str) -> int:
    return g.months[name.rstrip(".").title()]


def _amount(g: _Grammar, m: re.Match[str]) -> tuple[float, str]:
    """(amount, unit) of a duration match; unit is day, week, month or year."""
    if m.group("hunit"):
        unit, times = g.units[_key(m.group("hunit"))]
        return 0.5 * times, unit
    unit, times = g.units[_key(m.group("unit"))]
    raw = m.group("num")
    if raw is None:
        amount = 1.0
    elif raw[0].isdigit():
        amount = float(raw)
    else:
        key = _key(raw.replace("-", " "))
        if key in g.numbers:
            amount = float(g.numbers[key])
        else:
            tens, _, ones = key.partition(" ")
            amount = float(g.tens[tens] + g.numbers.get(ones, 0))
    if m.group("half1") or m.group("half2"):
        amount += 0.5
    return amount * times, unit


def _back(ref: _Ref | None, amount: float, unit: str) -> _Value:
    """A range from ``amount`` units before the reference up to it."""
    if ref is None or amount <= 0:
        return None
    if unit in ("year", "month"):
        months = max(1, round(amount * (12 if unit == "year" else 1)))
        if ref.month is None:
            return _range(f"{ref.year - math.ceil(months / 12):04d}", f"{ref.year:04d}")
        return _range(_ym(*_shift_month(ref.year, ref.month, -months)), _ym(ref.year, ref.month))
    days = max(1, round(amount * (7 if unit == "week" else 1)))
    if ref.day is not None:
        end = ref.as_date()
        return _range((end - timedelta(days=days)).isoformat(), end.isoformat())
    return _back(ref, max(1, math.ceil(days / 30)), "month")


def _week(monday: date) -> tuple[str, str]:
    return _range(monday.isoformat(), (monday + timedelta(days=6)).isoformat())


def _r_vague(g: _Grammar, m: re.Match[str], ref: _Ref | None) -> _Value:
    return None


def _r_named(g: _Grammar, m: re.Match[str], ref: _Ref | None) -> _Value:
    return g.named[m.group("name")], "day"


def _r_iso(g: _Grammar, m: re.Match[str], ref: _Ref | None) -> _Value:
    try:
        return date(
            int(m.group("year")), int(m.group("mon")), int(m.group("day"))
        ).isoformat(), "day"
    except ValueError:
        return None


def _r_span(g: _Grammar, m: re.Match[str], ref: _Ref | None) -> _Value:
    last = _resolve_text("in " + m.group("b"), ref)
    if last is None:
        return None
    end = last[0].split("/")[-1]
    first_text = m.group("a")
    inner_ref = ref if re.search(r"\d{4}", first_text) else _parse_reference_text(end)
    first = _resolve_text("in " + first_text, inner_ref)
    if first is None:
        return None
    start = first[0].split("/")[0]
    return _range(start, end) if start < end else None


def _r_iso_month(g: _Grammar, m: re.Match[str], ref: _Ref | None) -> _Value:
    return _ym(int(m.group("year")), int(m.group("mon"))), "month"


def _r_year_range(g: _Grammar, m: re.Match[str], ref: _Ref | None) -> _Value:
    y1, y2 = int(m.group("y1")), m.group("y2")
    end = int(y2) if len(y2) == 4 else y1 // 100 * 100 + int(y2)
    return _range(f"{y1:04d}", f"{end:04d}")


def _year_of(
    g: _Grammar, m: re.Match[str], ref: _Ref | None, inferred: Callable[[_Ref, int], int]
) -> int | None:
    """The year of a date phrase: the one it writes, one relative to the document's ("last
    year"), or else ``inferred`` from a document date with a month (given with that month);
    None when the document date it needs is missing."""
    if m.group("year"):
        return int(m.group("year"))
    if m.group("rel"):
        return None if ref is None else ref.year + g.year_mods[m.group("rel").lower()]
    if ref is None or ref.month is None:
        return None
    return inferred(ref, ref.month)


def _r_day_date(g: _Grammar, m: re.Match[str], ref: _Ref | None) -> _Value:
    month = _month_number(g, m.group("month"))
    day = int(re.match(r"\d+", m.group("day")).group())  # type: ignore[union-attr]

    def latest(ref: _Ref, ref_month: int) -> int:  # the last such day on or before the ref
        after = (month, day) > (ref_month, ref.day if ref.day is not None else 31)
        return ref.year - 1 if after else ref.year

    year = _year_of(g, m, ref, latest)
    if year is None:
        return None
    try:
        return date(year, month, day).isoformat(), "day"
    except ValueError:
        return None


def _r_month(g: _Grammar, m: re.Match[str], ref: _Ref | None) -> _Value:
    month = _month_number(g, m.group("month"))

    def nearest(ref: _Ref, ref_month: int) -> int:  # "last March", "this March", "next March"
        mod = g.year_mods.get(_key(m.group("mod") or ""))
        if mod is not None and mod < 0:
            return ref.year if month < ref_month else ref.year - 1
        if mod == 0:
            return ref.year
        if mod is not None:
            return ref.year if month > ref_month else ref.year + 1
        return ref.year if month <= ref_month else ref.year - 1

    year = _year_of(g, m, ref, nearest)
    if year is None:
        return None
    part = _part(g, m, "month")
    if part:
        return _days_range(year, month, part[0], part[1])
    return _ym(year, month), "month"


def _r_year(g: _Grammar, m: re.Match[str], ref: _Ref | None) -> _Value:
    year = int(m.group("year"))
    part = _part(g, m, "year")
    if part:
        return _range(_ym(year, part[0]), _ym(year, part[1]))
    return f"{year:04d}", "year"


def _r_decade(g: _Grammar, m: re.Match[str], ref: _Ref | None) -> _Value:
    if m.group("c"):
        base = int(m.group("c")) * 100 + int(m.group("d")) * 10
    else:
        tens = int(m.group("d2")) * 10 if m.group("d2") else g.decade_words[_key(m.group("word"))]
        latest = ref.year if ref is not None else 2099
        base = 2000 + tens if 2000 + tens <= latest and tens < 20 else 1900 + tens
    part = _part(g, m, "decade") or [0, 9]
    return _range(f"{base + part[0]:04d}", f"{base + part[1]:04d}")


def _r_deictic(g: _Grammar, m: re.Match[str], ref: _Ref | None) -> _Value:
    if ref is None:
        return None
    entry = g.deictic[_key(m.group("phrase"))]
    unit, offset, span = entry["unit"], int(entry["offset"]), entry.get("span")
    if unit == "year":
        year = ref.year + offset
        part = _part(g, m, "year")
        if part:
            return _range(_ym(year, part[0]), _ym(year, part[1]))
        if span and ref.month is not None:
            here = _ym(ref.year, ref.month)
            return (
                _range(_ym(year, 1), here)
                if span == "to_reference"
                else _range(here, _ym(year, 12))
            )
        return f"{year:04d}", "year"
    if ref.month is None:
        return None
    if unit == "month":
        year, month = _shift_month(ref.year, ref.month, offset)
        part = _part(g, m, "month")
        if part:
            return _days_range(year, month, part[0], part[1])
        if span and ref.day is not None:
            last = calendar.monthrange(year, month)[1]
            if span == "to_reference":
                return _range(f"{_ym(year, month)}-01", ref.iso())
            return _range(ref.iso(), f"{_ym(year, month)}-{last:02d}")
        return _ym(year, month), "month"
    if ref.day is None:
        return None
    today = ref.as_date()
    if unit == "week":
        monday = today - timedelta(days=today.weekday() - 7 * offset)
        if span == "to_reference":
            return _range(monday.isoformat(), today.isoformat())
        if span == "from_reference":
            return _range(today.isoformat(), (monday + timedelta(days=6)).isoformat())
        return _week(monday)
    return (today + timedelta(days=offset)).isoformat(), "day"


def _r_weekday(g: _Grammar, m: re.Match[str], ref: _Ref | None) -> _Value:
    if ref is None or ref.day is None:
        return None
    today = ref.as_date()
    wanted = g.weekdays[m.group("wd").title()]
    mod = g.weekday_mods.get(_key(m.group("mod") or ""), "on")
    if mod == "next":
        return (today + timedelta(days=(wanted - today.weekday()) % 7 or 7)).isoformat(), "day"
    back = (today.weekday() - wanted) % 7
    if mod == "last" and back == 0:
        back = 7
    return (today - timedelta(days=back)).isoformat(), "day"


def _r_ago(g: _Grammar, m: re.Match[str], ref: _Ref | None) -> _Value:
    if ref is None:
        return None
    amount, unit = _amount(g, m)
    if unit == "year":
        if amount == int(amount) or ref.month is None:
            return f"{ref.year - round(amount):04d}", "year"
        return _ym(*_shift_month(ref.year, ref.month, -round(amount * 12))), "month"
    if unit == "month":
        if ref.month is None:
            return None
        return _ym(*_shift_month(ref.year, ref.month, -round(amount))), "month"
    if ref.day is None:
        return None
    today = ref.as_date()
    if unit == "week":
        then = today - timedelta(days=round(amount * 7))
        return _week(then - timedelta(days=then.weekday()))
    return (today - timedelta(days=round(amount))).isoformat(), "day"


def _r_duration(g: _Grammar, m: re.Match[str], ref: _Ref | None) -> _Value:
    return _back(ref, *_amount(g, m))


def _r_recent(g: _Grammar, m: re.Match[str], ref: _Ref | None) -> _Value:
    entry = g.recent[_key(m.group("phrase"))]
    return _back(ref, float(entry["amount"]), str(entry["unit"]))


def _r_season(g: _Grammar, m: re.Match[str], ref: _Ref | None) -> _Value:
    first, last = g.seasons[_key(m.group("season"))]
    wraps = int(last < first)

    def bounds(year: int) -> tuple[int, int]:
        return year * 12 + first - 1, (year + wraps) * 12 + last - 1

    if m.group("year"):
        year = int(m.group("year"))
    else:
        if ref is None or ref.month is None:
            return None
        now = ref.year * 12 + ref.month - 1
        years = range(ref.year - 2, ref.year + 2)
        mod = g.season_mods.get(_key(m.group("mod") or ""), "")
        if mod == "last":
            year = max(y for y in years if bounds(y)[1] < now)
        elif mod == "next":
            year = min(y for y in years if bounds(y)[0] > now)
        elif mod == "this":
            year = min(years, key=lambda y: max(bounds(y)[0] - now, now - bounds(y)[1], 0))
        else:
            year = max(y for y in years if bounds(y)[0] < now)
    a, b = bounds(year)
    return _range(_ym(a // 12, a % 12 + 1), _ym(b // 12, b % 12 + 1))


_RESOLVERS: dict[str, Callable[[_Grammar, re.Match[str], _Ref | None], _Value]] = {
    "vague": _r_vague,
    "named": _r_named,
    "iso": _r_iso,
    "iso_month": _r_iso_month,
    "span": _r_span,
    "year_range": _r_year_range,
    "mdy": _r_day_date,
    "dmy": _r_day_date,
    "month": _r_month,
    "year": _r_year,
    "decade": _r_decade,
    "deictic": _r_deictic,
    "weekday": _r_weekday,
    "ago": _r_ago,
    "lookback": _r_duration,
    "duration": _r_duration,
    "recent": _r_recent,
    "season": _r_season,
}


def _since(value: tuple[str, str], ref: _Ref | None) -> tuple[str, str]:
    """ "since X": a range from the start of X to the reference."""
    if ref is None:
        return value
    start = value[0].split("/")[0]
    if len(start) == 10 and ref.day is not None:
        end = ref.iso()
    elif ref.month is not None:
        end = _ym(ref.year, ref.month)
    else:
        end = f"{ref.year:04d}"
    return _range(start, end) if start[: len(end)] < end else value


def _resolve(found: _Found, ref: _Ref | None) -> _Value:
    grammar = _grammar()
    value = _RESOLVERS[found.kind](grammar, found.match, ref)
    if value is None:
        return None
    cue = found.match.groupdict().get("cue")
    if cue and _key(cue) in grammar.range_cues:
        return _since(value, ref)
    return value


def _resolve_text(text: str, ref: _Ref | None) -> _Value:
    found = _scan(text)
    if not found:
        return None
    return _resolve(max(found, key=lambda f: f.end - f.start), ref)


# --------------------------------------------------------------------------- API


def normalise(expression: str, reference: str | date | None) -> EventDate | None:
    """Resolve one time expression against the document date.

    ``reference`` is an ISO date with year, month or day precision (or a ``date``, or
    None). The longest expression found in ``expression`` is used. Returns None when there
    is none, when it is too vague ("in the past", "once", "has long"), or when it needs a
    finer reference than the one given ("yesterday" against "2010-03").

    >>> normalise("in the 1990s", "2010-03-01")
    EventDate(value='1990/1999', precision='range', text='in the 1990s', start=None, end=None)
    >>> normalise("last month", "2010-03-01").value
    '2010-02'
    >>> normalise("last month", "2010") is None
    True
    >>> normalise("in recent months", "2010-03-01").value
    '2009-12/2010-03'
    """
    found = _scan(expression)
    if not found:
        return None
    best = max(found, key=lambda f: f.end - f.start)
    value = _resolve(best, _parse_reference(reference))
    if value is None:
        return None
    return EventDate(value[0], value[1], best.match.group(0))


_WORD = re.compile(r"\w*")


def _choose(sentence: str, found: list[_Found], anchor: int | None) -> _Found:
    """The expression nearest ``anchor``, preferring one in the anchor's clause."""
    if len(found) == 1:
        return found[0]
    if anchor is None:
        return next((f for f in found if f.kind != "vague"), found[0])
    word_end = _WORD.match(sentence, anchor)
    anchor_end = word_end.end() if word_end else anchor
    cuts = [m.start() for m in _grammar().boundaries.finditer(sentence)]
    home = bisect.bisect_right(cuts, anchor)

    def key(f: _Found) -> tuple[bool, int, int]:
        if f.start >= anchor_end:
            distance = f.start - anchor_end
        elif f.end <= anchor:
            distance = anchor - f.end
        else:
            distance = 0
        return bisect.bisect_right(cuts, f.start) != home, distance, f.start

    return min(found, key=key)


def _same_report(sentence: str, found: list[_Found], anchor: int) -> list[_Found]:
    """The expressions on the same side as ``anchor`` of every reported-clause mark (time.yaml
    ``reported_clause_marks``: ", saying", ", adding" ...): the speaker's act and what the
    speaker reports are dated apart.

    >>> text = "The Treasury designated the group, saying it had sent arms since late 2011."
    >>> [f.match.group(0) for f in _same_report(text, _scan(text), text.index("designated"))]
    []
    >>> [f.match.group(0) for f in _same_report(text, _scan(text), text.index("sent"))]
    ['since late 2011']
    """
    pattern = _grammar().reported
    if pattern is None:
        return found
    marks = [m.start() for m in pattern.finditer(sentence)]
    if not marks:
        return found
    side = bisect.bisect_right(marks, anchor)
    return [f for f in found if bisect.bisect_right(marks, f.start) == side]


def event_date(
    sentence: str, reference: str | date | None, *, anchor: int | None = None
) -> EventDate:
    """The date of the event whose trigger word starts at ``anchor`` in ``sentence``.

    The time expression nearest the anchor is used, one in the same clause first (clauses
    are cut at ";", ", but", ", and" and the like); with no anchor, the first one that is
    not vague. With no
    expression, or one that cannot be resolved, the reference is returned as given, with
    precision ``reported``.

    >>> d = event_date("The army has fought the TTP for the last nine years.", "2010-03-01")
    >>> d.value, d.precision, d.text, d.start, d.end
    ('2001-03/2010-03', 'range', 'for the last nine years', 28, 51)
    >>> event_date("They have long sheltered fighters.", "2010-03-01")
    EventDate(value='2010-03-01', precision='reported', text='long', start=10, end=14)
    >>> event_date("No date here.", None)
    EventDate(value=None, precision='reported', text=None, start=None, end=None)
    """
    ref = _parse_reference(reference)
    found = _scan(sentence)
    if found and anchor is not None:
        found = _same_report(sentence, found, anchor)
    if found:
        chosen = _choose(sentence, found, anchor)
        value = _resolve(chosen, ref)
        text = chosen.match.group(0)
        if value is not None:
            return EventDate(value[0], value[1], text, chosen.start, chosen.end)
        return EventDate(ref.iso() if ref else None, "reported", text, chosen.start, chosen.end)
    return EventDate(ref.iso() if ref else None, "reported", None)


# ----------------------------------------------------------------- sequence in a narrative

_SEQ_UNITS = {"day": 0, "week": 0, "month": 1, "year": 12, "decade": 120}
_SEQUENCE = re.compile(
    r"(?i)^(?:(?:nearly|about|some|almost|roughly|more\s+than|less\s+than)\s+)?"
    r"(?:(?P<n>an?|\d+|[a-z]+(?:[\s-][a-z]+)?)\s+)?(?P<unit>day|week|month|year|decade)s?\s+"
    r"(?P<dir>later|after|afterwards|on|earlier|before)$"
    r"|^(?:the\s+)?(?P<rel>following|next|previous|same)\s+(?P<unit2>month|year)$"
    r"|^(?:(?P<when>later|earlier)\s+)?that\s+(?P<unit3>month|year)$"
)


def sequence_shift(expression: str | None) -> tuple[int, str] | None:
    """(months to move, precision) for an expression that places an event relative to the
    one told before it in a narrative: "two years later" (24, month), "the following year"
    (12, year), "later that year" (0, year), "four months earlier" (-4, month); None for
    any other expression.

    >>> sequence_shift("Two years later"), sequence_shift("the following year")
    ((24, 'month'), (12, 'year'))
    >>> sequence_shift("later that year"), sequence_shift("in 2015")
    ((0, 'year'), None)
    >>> sequence_shift("days later"), sequence_shift("a few weeks later")
    ((0, 'month'), (0, 'month'))
    >>> sequence_shift("months later") is None
    True
    """
    if not expression:
        return None
    m = _SEQUENCE.match(expression.strip())
    if m is None:
        return None
    if m.group("unit"):
        back = m.group("dir").lower() in ("earlier", "before")
        if _SEQ_UNITS[m.group("unit").lower()] == 0:
            # "days later", "a few weeks later", "pledge days later" (the grammar takes the
            # word before as a count): within about the month, whatever the count (lead45)
            return 0, "month"
        word = (m.group("n") or "").lower()
        numbers = lexicon()["numbers"]
        if word.isdigit():
            n = int(word)
        elif word in numbers:
            n = int(numbers[word])
        else:
            return None
        months = n * _SEQ_UNITS[m.group("unit").lower()]
        return (-months if back else months), "month"
    if m.group("rel"):
        step = {"following": 1, "next": 1, "previous": -1, "same": 0}[m.group("rel").lower()]
        unit = m.group("unit2").lower()
        return step * _SEQ_UNITS[unit], unit
    return 0, m.group("unit3").lower()


_ANCHORED = re.compile(r"(?i)\b(?:after|before)$")


def anchored_on_object(sentence: str, expression: str | None) -> bool:
    """Is ``expression`` ("a year after", "two months before") a preposition whose object
    follows it in ``sentence`` ("a year after his pledge")? Then it counts from that event;
    when the text has given no date yet, the document's own date is not that event's
    (walk58: "for a year after his pledge" in a report dated 2021 is no event of 2022), so
    the callers move no date from it.

    >>> anchored_on_object("A year after his pledge X received money.", "A year after")
    True
    >>> anchored_on_object("X split. A year after, Y fell.", "A year after")
    False
    >>> anchored_on_object("Two years later Y fell.", "Two years later")
    False
    """
    if not expression or not _ANCHORED.search(expression.strip()):
        return False
    at = sentence.find(expression)
    if at < 0:
        return False
    rest = sentence[at + len(expression) :].lstrip()
    return bool(rest) and (rest[0].isalnum() or rest[0] in "'\"‘“")


def sequence_date(expression: str | None, told_at: str | None) -> tuple[str, str] | None:
    """(date, precision) of an event told relative to the narrative's date so far
    (``told_at``: the last date the text gave, else the document's).

    >>> sequence_date("Two years later", "2012-05")
    ('2014-05', 'month')
    >>> sequence_date("the following year", "2008-10")
    ('2009', 'year')
    >>> sequence_date("two years later", None) is None
    True
    """
    season = _narrative_season(expression, told_at)
    if season is not None:
        return season, "range"
    shift = sequence_shift(expression)
    ref = _parse_reference(told_at.split("/")[0]) if told_at else None
    if shift is None or ref is None:
        return None
    months, precision = shift
    year, month = _shift_month(ref.year, ref.month or 1, months)
    if precision == "year" or ref.month is None:
        return str(year), "year"
    return _ym(year, month), "month"


_NARRATIVE_SEASON = re.compile(
    r"(?i)^(?:(?P<that>that(?:\s+same)?|the\s+same)|(?:the\s+)?(?P<rel>following|previous))"
    r"\s+(?P<season>[a-z]+)$"
)


def _narrative_season(expression: str | None, told_at: str | None) -> str | None:
    """The month range of a season told by the narrative ("that summer", "the following
    spring", "the previous winter"; time.yaml ``seasons``) from ``told_at``, the date the
    narrative had reached, or None (gaps60: such a season had left the event undated).
    "That" season is the one holding the narrative's month, else the latest one begun by it
    (with a year alone, the one begun in that year); "the following" one begins after it
    and "the previous" one ends before it (with a year alone, begins before it).

    >>> _narrative_season("that summer", "2009"), _narrative_season("That winter", "2009-01")
    ('2009-06/2009-08', '2008-12/2009-02')
    >>> _narrative_season("the following spring", "2009-10")
    '2010-03/2010-05'
    >>> _narrative_season("the previous winter", "2009"), _narrative_season("that year", "2009")
    ('2008-12/2009-02', None)
    """
    m = _NARRATIVE_SEASON.match((expression or "").strip())
    ref = _parse_reference(told_at.split("/")[0]) if told_at else None
    seasons = {_key(str(k)): v for k, v in lexicon()["seasons"].items()}
    if m is None or ref is None or _key(m.group("season")) not in seasons:
        return None
    first, last = (int(x) for x in seasons[_key(m.group("season"))])
    wraps = int(last < first)

    def bounds(year: int) -> tuple[int, int]:
        return year * 12 + first - 1, (year + wraps) * 12 + last - 1

    years = range(ref.year - 2, ref.year + 3)
    start = ref.year * 12 + (ref.month or 1) - 1  # the narrative's first month
    end = ref.year * 12 + (ref.month or 12) - 1  # its last (a year alone: December)
    rel = (m.group("rel") or "").lower()
    if rel == "following":
        year = min(y for y in years if bounds(y)[0] > end)
    elif rel == "previous":  # with a year alone, the one begun before it
        year = max(y for y in years if (bounds(y)[1] if ref.month else bounds(y)[0]) < start)
    elif ref.month is None:
        year = ref.year
    else:
        year = max(y for y in years if bounds(y)[0] <= start)
    a, b = bounds(year)
    return f"{_ym(a // 12, a % 12 + 1)}/{_ym(b // 12, b % 12 + 1)}"


def narrative_dates(sentences: list[str], reference: str | None) -> list[str | None]:
    """For each sentence of a document, the date its narrative had reached before it: the
    document's date, moved by each date a sentence gives ("In 2009, ..." , "two years
    later ...").

    >>> narrative_dates(["In 2009 X rose.", "Two years later Y fell.", "Z ended."], "2001-01")
    ['2001-01', '2009', '2011']
    """
    out: list[str | None] = []
    now = reference
    for sentence in sentences:
        out.append(now)
        found = event_date(sentence, now)
        moved = (
            None
            if now == reference and anchored_on_object(sentence, found.text)
            else sequence_date(found.text, now)
        )
        if moved is not None:
            now = moved[0]
        elif found.precision != "reported" and found.value:
            now = found.value.split("/")[0]
    return out


__all__ = [
    "NAME",
    "PRECISIONS",
    "EventDate",
    "event_date",
    "find_time_expressions",
    "lexicon",
    "narrative_dates",
    "normalise",
    "sequence_date",
    "sequence_shift",
]
