#!/usr/bin/env python3
"""Build the UCDP headline part of the bundled demo corpus.

Reads the UCDP GED Pakistan events file (CC BY 4.0, see
``src/riftwatch/data/demo/ATTRIBUTION.md``) and writes
``src/riftwatch/data/demo/ucdp_ged_pakistan_headlines.jsonl``: one JSON object
per line, each a single real news headline that UCDP coders cited for an event::

    {"id": "ucdp-ged-<id>", "text": <headline>, "title": <headline>,
     "date": <source date, or the event's date_start>, "source": <outlet>,
     "source_type": "news" | "wire", "ucdp_event_id": <id>, "ucdp_dyad": <dyad_name>}

Only the standard library is used, and the output depends on nothing but the
input file, so a rerun gives identical bytes.

How a headline is found for a row
---------------------------------
1. ``source_headline`` / ``source_office`` / ``source_date`` (``;``-separated,
   mostly 1989-2003 and 2013-2016). When the three lists do not line up, the
   ``"Outlet,YYYY-MM-DD,Headline"`` items of ``source_article`` are used instead.
2. Otherwise ``source_article`` is parsed in its two other headline-bearing
   forms (mostly 2004-2012): blocks of ``Headline / D Month YYYY / Outlet``
   lines, and ``OUTLET D/M YYYY "Headline`` citations (``BBC M SA``, ``AFP``,
   ``R`` ... are expanded to outlet names; a date without a year takes the
   event's year).
3. The first citation whose outlet is a news outlet (not a database or report
   series such as SATP, CrisisWatch or PIPS) and whose headline is a real
   headline (at least four words; not a ``FACTBOX``, timeline, datasheet,
   programme summary or media roundup title) is kept. ``UPDATE n-``, ``RPT-``
   and ``REFILE-`` prefixes, ``(n)`` list markers and ``[Corrected ...]``
   suffixes are removed; whitespace is collapsed.

Which rows are kept
-------------------
Only dyads involving a group of interest are considered: TTP and its
factions, al-Qaida, Taleban, IS, Lashkar-e-Islam, tribal lashkars, IMU,
Ansaar ul-Islam, Tawheed ul-Islam, Jamaat-ul-Ahrar and local TTP rivals
(``Forces of ...``). Dyads with none of them (India - Pakistan, Baloch groups,
MQM, LeJ, tribal feuds) are left out.

1. Identical headlines (compared case-insensitively, ignoring whitespace and
   end punctuation) are kept once: the first in (non-state rivalries first,
   then date_start, then id) order.
2. Every non-state rivalry (``type_of_violence`` 2) row is kept.
3. The remaining seats up to ``--limit`` (default 300) go round-robin to the
   other dyads, one seat per dyad per round, two for Government of Pakistan -
   TTP (the core of the conflict), skipping dyads with no candidates left, so
   small dyads (IMU, IS, Jamaat-ul-Ahrar) are kept whole and the big ones
   (TTP, USA - al-Qaida drone strikes, TTP - Civilians, Afghanistan - Taleban,
   Lashkar-e-Islam) share the rest.
4. Within a dyad, its seats are spread over years the same way (round-robin
   over years), and a year's seats go to evenly spaced rows of its
   date-sorted candidates.

Output is sorted by (date_start, id).

Usage::

    python scripts/build_demo_corpus.py [--input EVENTS_CSV] [--output JSONL] [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_INPUT = REPO_ROOT.parent / "shared" / "datasets" / "ucdp-ged-pakistan" / "events.csv"
DEFAULT_OUTPUT = (
    REPO_ROOT / "src" / "riftwatch" / "data" / "demo" / "ucdp_ged_pakistan_headlines.jsonl"
)
DEFAULT_LIMIT = 300

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}

# Abbreviations UCDP coders used in citations, expanded to the outlet's name.
OUTLET_ABBREVIATIONS = {
    "BBC M SA": "BBC Monitoring South Asia",
    "AFP": "Agence France Presse",
    "AF": "Agence France Presse",
    "AP": "Associated Press",
    "R": "Reuters",
    "Reuters": "Reuters",
    "Press Trust of India": "Press Trust of India",
    "Pajhwok News": "Pajhwok News",
}

# News agencies and monitoring services: their items are graded as wire copy.
WIRE_PATTERN = re.compile(
    r"reuters|agence france|\bafp\b|associated press|\bap\b|bbc monitoring|press trust of india"
    r"|\bpti\b|xinhua|pakistan press international|\bppi\b|anadolu|dow jones|pajhwok|\bians\b",
    re.IGNORECASE,
)

# Outlets that are databases or report series, not publishers of headlines.
NOT_NEWS_PATTERN = re.compile(
    r"satp|crisis ?watch|\bicg\b|international crisis group|pips|international security"
    r"|internatioal security|drone wars|bureau of investigat|terrorism monitor|jane's|http",
    re.IGNORECASE,
)

# Titles that are not headlines about an event.
NOT_HEADLINE_PATTERN = re.compile(
    r"^(factbox|satp|major incidents|incidents and statements|pakistan timeline|timeline"
    r"|chronology|text of report|highlights from|programme summary|\(updating)"
    r"|datasheet|media roundup|press review",
    re.IGNORECASE,
)

GROUPS_OF_INTEREST = re.compile(
    r"\bTTP\b|al-Qaida|Taleban|\bIS\b|Lashkar-e-Islam|Lashkh?ar of|Laskhar of|\bIMU\b"
    r"|Ansaar ul-Islam|Tawheed ul-Islam|Jamaat-ul-Ahrar|Forces of",
)
DYAD_WEIGHTS = {"Government of Pakistan - TTP": 2}

LINE_DATE = re.compile(r"^(\d{1,2}) ([A-Za-z]+) (\d{4})$")
QUOTED_CITATION = re.compile(
    r"^\s*(?P<outlet>BBC M SA|BBC|AFP|AF|AP|R|Reuters|Press Trust of India|Pajhwok News)"
    r"[,:]?\s+(?P<date>\d{1,2}/\d{1,2}(?:\s+\d{4})?|\d{1,2} [A-Za-z]+ \d{4}|\d{6}"
    r"|\d{4}-\d{2}-\d{2})\s*,?\s*\"(?P<headline>[^\"]+)"
)
ARTICLE_ITEM = re.compile(r"\"([^\",]+),(\d{4}-\d{2}-\d{2}),(.*?)\"(?=;|$)", re.DOTALL)


def _valid(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_source_date(text: str, event_start: str) -> str | None:
    """Turn a citation date into ISO form, or None if it cannot be read.

    >>> parse_source_date("2013-11-24", "2013-11-20")
    '2013-11-24'
    >>> parse_source_date("4 January 2010", "2010-01-03")
    '2010-01-04'
    >>> parse_source_date("28/1 2012", "2012-01-27")
    '2012-01-28'
    >>> parse_source_date("2/1", "2011-12-30")
    '2012-01-02'
    >>> parse_source_date("160506", "2006-05-15")
    '2006-05-16'
    """
    text = text.strip()
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        return _valid(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", text):
        month = MONTHS.get(m[2].lower())
        return _valid(int(m[3]), month, int(m[1])) if month else None
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})\s+(\d{4})", text):
        return _valid(int(m[3]), int(m[2]), int(m[1]))
    if m := re.fullmatch(r"(\d{2})(\d{2})(\d{2})", text):
        return _valid(2000 + int(m[3]), int(m[2]), int(m[1]))
    if m := re.fullmatch(r"(\d{1,2})/(\d{1,2})", text):
        year = int(event_start[:4])
        found = _valid(year, int(m[2]), int(m[1]))
        if found and found < event_start:
            found = _valid(year + 1, int(m[2]), int(m[1]))
        return found
    return None


def clean_headline(text: str) -> str:
    """Tidy a cited headline.

    >>> clean_headline('(2) UPDATE 3-Roadside bomb kills  former minister [Corrected 06/22/02]')
    'Roadside bomb kills former minister'
    """
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^\(\d+\)\s*", "", text)
    text = re.sub(r"^(UPDATE \d+|RPT|REFILE)-", "", text)
    text = re.sub(r"\s*\[Corrected[^\]]*\]?$", "", text)
    return text.strip().strip('"').strip()


def citations(row: dict[str, str]) -> list[tuple[str, str | None, str]]:
    """All (outlet, ISO date or None, headline) citations found in a row, in order."""
    start = row["date_start"]
    found: list[tuple[str, str | None, str]] = []
    heads = row["source_headline"].strip()
    if heads:
        h, o, d = heads.split(";"), row["source_office"].split(";"), row["source_date"].split(";")
        if len(h) == len(o) == len(d):
            items = list(zip(o, d, h, strict=True))
        else:
            items = [(m[1], m[2], m[3]) for m in ARTICLE_ITEM.finditer(row["source_article"])]
        for outlet, when, headline in items:
            found.append((outlet.strip(), parse_source_date(when, start), headline))
        return found
    article = row["source_article"]
    lines = [ln.strip() for ln in article.splitlines()]
    for i in range(len(lines) - 2):
        if lines[i] and LINE_DATE.match(lines[i + 1]) and lines[i + 2]:
            outlet = re.split(r"\s+/", lines[i + 2])[0].strip()
            found.append((outlet, parse_source_date(lines[i + 1], start), lines[i]))
    if m := QUOTED_CITATION.match(article):
        outlet = "BBC Monitoring" if m["outlet"] == "BBC" else m["outlet"]
        found.append((outlet, parse_source_date(m["date"], start), m["headline"]))
    return found


def best_citation(row: dict[str, str]) -> tuple[str, str | None, str] | None:
    """The first citation from a news outlet with a usable headline, cleaned."""
    for outlet, when, headline in citations(row):
        headline = clean_headline(headline)
        if not outlet or NOT_NEWS_PATTERN.search(outlet):
            continue
        if len(headline.split()) < 4 or NOT_HEADLINE_PATTERN.search(headline):
            continue
        return OUTLET_ABBREVIATIONS.get(outlet, outlet), when, headline
    return None


def wanted(row: dict[str, str]) -> bool:
    """Whether a row's dyad involves a group of interest.

    >>> wanted({"dyad_name": "Government of United States of America - al-Qaida"})
    True
    >>> wanted({"dyad_name": "Government of India - Government of Pakistan"})
    False
    """
    return bool(GROUPS_OF_INTEREST.search(row["dyad_name"]))


def headline_key(headline: str) -> str:
    return re.sub(r"[\s.!?:;,]+$", "", re.sub(r"\s+", " ", headline)).casefold()


def round_robin(groups: dict[str, list], seats: int, weights: dict[str, int]) -> dict[str, int]:
    """Seats per group: in each round a group gets ``weights.get(name, 1)`` seats
    while it has candidates left.

    >>> round_robin({"a": [1] * 5, "b": [1], "c": [1] * 9}, 8, {"c": 2})
    {'a': 3, 'b': 1, 'c': 4}
    """
    quota = dict.fromkeys(groups, 0)
    left = min(seats, sum(len(items) for items in groups.values()))
    while left:
        for name in sorted(groups):
            for _ in range(weights.get(name, 1)):
                if left and quota[name] < len(groups[name]):
                    quota[name] += 1
                    left -= 1
    return quota


def spread_over_years(rows: list[dict], seats: int) -> list[dict]:
    """Pick ``seats`` rows, round-robin over years, evenly spaced within a year."""
    by_year: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_year[row["_start"][:4]].append(row)
    quota = round_robin(by_year, seats, {})
    chosen = []
    for year, items in sorted(by_year.items()):
        n, k = len(items), quota[year]
        chosen.extend(items[(i * n) // k] for i in range(k))
    return chosen


def build(input_path: Path, limit: int = DEFAULT_LIMIT) -> list[dict]:
    """Read the events file and return the selected records, sorted."""
    with input_path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    candidates = []
    for row in rows:
        cited = best_citation(row) if wanted(row) else None
        if cited:
            rivalry = row["type_of_violence"] == "2"
            candidates.append((not rivalry, row["date_start"], int(row["id"]), row, cited))
    candidates.sort(key=lambda c: c[:3])
    seen: set[str] = set()
    rivalries: list[dict] = []
    by_dyad: dict[str, list[dict]] = defaultdict(list)
    for other, _, _, row, (outlet, when, headline) in candidates:
        key = headline_key(headline)
        if key in seen:
            continue
        seen.add(key)
        record = {
            "id": f"ucdp-ged-{row['id']}",
            "text": headline,
            "title": headline,
            "date": when or row["date_start"],
            "source": outlet,
            "source_type": "wire" if WIRE_PATTERN.search(outlet) else "news",
            "ucdp_event_id": int(row["id"]),
            "ucdp_dyad": row["dyad_name"],
            "_start": row["date_start"],
        }
        (by_dyad[row["dyad_name"]] if other else rivalries).append(record)
    selected = rivalries[:limit]
    quota = round_robin(by_dyad, limit - len(selected), DYAD_WEIGHTS)
    for dyad, records in sorted(by_dyad.items()):
        selected += spread_over_years(records, quota[dyad])
    selected.sort(key=lambda r: (r["_start"], r["ucdp_event_id"]))
    for record in selected:
        del record["_start"]
    return selected


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT, help="UCDP GED events.csv")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help="JSONL to write")
    parser.add_argument("--limit", type=int, default=DEFAULT_LIMIT, help="rows to keep")
    args = parser.parse_args(argv)
    if not args.input.is_file():
        print(f"error: input not found: {args.input}", file=sys.stderr)
        return 2
    records = build(args.input, args.limit)
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8", newline="\n") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    size = args.output.stat().st_size
    print(f"wrote {len(records)} records ({size:,} bytes) to {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
