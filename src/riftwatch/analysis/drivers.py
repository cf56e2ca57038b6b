"""Pressures and drivers: what each side of a pair is under, and whether distancing follows.

On the pair's timeline (the same sides as ACH: each actor with its renamed forms and
factions), this collects from the claims:

- **pressure** on each side: hostile acts against it by third parties (strikes, raids,
  offensives, arrests, sanctions), per month, weighted like ACH evidence;
- **third parties' moves** towards each side, cooperative or hostile (a patron arresting one
  side's leaders, a state sheltering the other), with their evidence;
- **numeric claims** in the sentences about either side (strength estimates, payments,
  casualties), each with its document, grade and attribution;
- a **lagged association** between the pressure on the sides and distancing between them
  (the monthly weight of hostile claims between the two), for lags of 0 to ``max_lag``
  months: Pearson's r over the months from the first to the last claim, stated with its
  caveats and never as causation.

>>> from riftwatch.analysis.claims import Claim
>>> def ev(s, t, typ, date, mode=None):
...     return Claim.from_event({"id": f"{s}{t}{date}", "doc_id": date, "source": {"id": s,
...         "name": s}, "target": {"id": t, "name": t}, "event_type": typ, "mode": mode,
...         "modality": "asserted", "date": date, "confidence": 0.9,
...         "sentence": "Strikes killed 12 fighters.", "quote": typ})
>>> out = pressures([ev("US", "X", "ASSAULT", "2010-01"), ev("X", "Y", "REJECT", "2010-03")],
...                 "X", "Y", kb=None)
>>> out["pressure"][0]["total"]["count"], out["numbers"][0]["value"], out["numbers"][0]["kind"]
(1, 12.0, 'casualties')
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from riftwatch.analysis.ach import (
    channel_of,
    claim_span,
    claim_weight,
    load_rules,
    parse_as_of,
    stance_of,
)
from riftwatch.analysis.claims import Claim
from riftwatch.analysis.parties import Party, pair_parties

PRESSURE_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN"})
"""Hostile acts by a third party that put a side under pressure."""

MIN_ACTIVE_MONTHS = 3
"""Months with pressure, and months with distancing, needed before any association is given."""

_WORD_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "dozen": 12, "dozens": 24, "hundreds": 200,
    "thousands": 2000,
}  # fmt: skip
_KINDS = {
    "casualties": r"(?:kill(?:s|ed|ing)?|dead|died|deaths|wounded|injured|casualties|"
    r"recruits|soldiers|civilians|people|militants killed)",
    "strength": r"(?:fighters|members|militants|men|cadres|operatives|commanders|insurgents)",
    "money": r"(?:dollars|rupees|afghanis|euros|pounds|riyals|a month|per month|stipends?)",
}
_PERSONS = re.compile(
    r"(?:of|people|persons|civilians|soldiers|policemen|police|recruits|fighters|militants|"
    r"members|men|insurgents|commanders|troops)$",
    re.IGNORECASE,
)
_NUM = (
    r"(?P<num>\$?\d[\d,]*(?:\.\d+)?(?:\s*(?:million|billion|thousand))?|"
    + "|".join(sorted(_WORD_NUMBERS, key=len, reverse=True))
    + r")"
)
_NUMBER_RE = re.compile(
    rf"(?:(?:at least|about|around|some|nearly|more than|over|up to|an estimated)\s+)?"
    rf"(?<![\w$]){_NUM}\b(?P<rest>(?:\s+[\w-]+){{0,3}})",
    re.IGNORECASE,
)


def _value(text: str) -> float | None:
    t = text.lower().replace("$", "").replace(",", "").strip()
    mult = 1.0
    for word, m in (("million", 1e6), ("billion", 1e9), ("thousand", 1e3)):
        if t.endswith(word):
            mult, t = m, t[: -len(word)].strip()
    if t in _WORD_NUMBERS:
        return float(_WORD_NUMBERS[t]) * mult
    try:
        return float(t) * mult
    except ValueError:
        return None


def numeric_claims(sentence: str) -> list[dict[str, Any]]:
    """Numbers in a sentence with the kind of thing counted (casualties, strength, money).

    >>> [(n["value"], n["kind"]) for n in numeric_claims("Al Qaeda paid $500,000 to elders.")]
    [(500000.0, 'money')]
    >>> numeric_claims("In 2009 the group split.")
    []
    """
    out = []
    for m in _NUMBER_RE.finditer(sentence or ""):
        raw = m.group("num")
        value = _value(raw)
        if value is None:
            continue
        if re.fullmatch(r"(1[89]|20)\d\d", raw):  # a year
            continue
        window = sentence[max(0, m.start() - 40) : m.end() + 40]
        kind = None
        if raw.startswith("$"):
            kind = "money"
        else:
            rest = m.group("rest") or ""
            for name, pattern in _KINDS.items():
                if re.search(pattern, rest, re.IGNORECASE):
                    kind = name
                    break
            words = rest.split()
            persons = any(_PERSONS.match(w) for w in words[:2])
            if (
                kind in (None, "strength")
                and persons
                and re.search(_KINDS["casualties"], window, re.IGNORECASE)
            ):
                kind = "casualties"  # "dozens of militants were killed"
        if kind is None:
            continue
        out.append({"value": value, "text": m.group(0).strip(), "kind": kind})
    return out


def _pearson(xs: list[float], ys: list[float]) -> float | None:
    n = len(xs)
    if n < 3:
        return None
    mx, my = sum(xs) / n, sum(ys) / n
    sx = math.sqrt(sum((x - mx) ** 2 for x in xs))
    sy = math.sqrt(sum((y - my) ** 2 for y in ys))
    if sx == 0 or sy == 0:
        return None
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / (sx * sy)


def _month_index(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def _month_name(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _evidence(c: Claim) -> dict[str, Any]:
    return {
        "doc_id": c.doc_id,
        "quote": c.quote,
        "event_type": c.event_type,
        "mode": c.mode,
        "date": c.date,
        "grade": c.grade,
        "origin": c.origin,
        "source": {"id": c.source_id, "name": c.source_name},
        "target": {"id": c.target_id, "name": c.target_name},
        "attributed_to": c.attributed_to,
    }


def pressures(
    claims: Iterable[Claim],
    a: str,
    b: str,
    *,
    as_of: str | None = None,
    kb: Any = "default",
    max_lag: int = 12,
) -> dict[str, Any]:
    """Pressure on each side, third parties' moves, numeric claims and a lagged association
    of pressure with distancing between ``a`` and ``b`` (see the module docstring)."""
    rules = load_rules()
    if kb == "default":
        from riftwatch.actors import default_kb

        kb = default_kb()
    pa, pb = pair_parties(a, b, kb=kb)
    day = parse_as_of(as_of)
    sides: tuple[Party, Party] = (pa, pb)
    monthly = [defaultdict(lambda: {"weight": 0.0, "count": 0}) for _ in sides]
    channels: list[dict[str, int]] = [defaultdict(int) for _ in sides]
    totals: list[dict[str, float]] = [{"count": 0, "weight": 0.0} for _ in sides]
    pressure_ev: list[list[dict[str, Any]]] = [[] for _ in sides]
    moves: dict[tuple[str, int, str], dict[str, Any]] = {}
    distancing: dict[int, float] = defaultdict(float)
    numbers: list[dict[str, Any]] = []
    seen_num: set[tuple[str, str]] = set()
    months: list[int] = []
    pressure_origins: set[str] = set()
    distancing_origins: set[str] = set()
    for c in claims:
        if not c.counts or c.modality != "asserted":
            continue
        first, _ = claim_span(c)
        if day is not None and first is not None and first > day:
            continue
        month = c.month
        m_idx = _month_index(month) if month else None
        role = [
            (side.role(c.source_id, c.source_name), side.role(c.target_id, c.target_name))
            for side in sides
        ]
        involved = [i for i in (0, 1) if role[i][0] or role[i][1]]
        if not involved:
            continue
        if m_idx is not None:
            months.append(m_idx)
        if c.sentence:
            for num in numeric_claims(c.sentence):
                key = (str(c.doc_id), num["text"])
                if key in seen_num:
                    continue
                seen_num.add(key)
                numbers.append(
                    {
                        **num,
                        "doc_id": c.doc_id,
                        "sentence": c.sentence,
                        "date": c.date,
                        "grade": c.grade,
                        "attributed_to": c.attributed_to,
                        "about": [sides[i].name for i in involved],
                    }
                )
        stance = stance_of(c, rules)
        w = claim_weight(c, rules)
        if len(involved) == 2 and (role[0][0] and role[1][1] or role[1][0] and role[0][1]):
            if stance == "hostile" and m_idx is not None:
                distancing[m_idx] += w
                distancing_origins.add(c.origin)
            continue
        i = involved[0]
        if role[i][1] and not role[i][0]:  # a third party acts on side i
            third = (c.source_id, c.source_name)
            if stance == "hostile" and c.event_type in PRESSURE_TYPES:
                if m_idx is not None:  # a year-only date counts in the totals only
                    slot = monthly[i][m_idx]
                    slot["weight"] += w
                    slot["count"] += 1
                totals[i]["count"] += 1
                totals[i]["weight"] += w
                channels[i][channel_of(c, rules)] += 1
                pressure_ev[i].append(_evidence(c))
                pressure_origins.add(c.origin)
        elif role[i][0] and not role[i][1]:  # side i acts on a third party
            third = (c.target_id, c.target_name)
        else:
            continue
        if stance == "neutral" or not third[0]:
            continue
        direction = "towards" if role[i][1] else "from"
        key = (third[0], i, f"{stance}:{direction}")
        row = moves.setdefault(
            key,
            {
                "actor": {"id": third[0], "name": third[1]},
                "side": sides[i].ref(),
                "stance": stance,
                "direction": direction,
                "count": 0,
                "evidence": [],
            },
        )
        row["count"] += 1
        row["evidence"].append(_evidence(c))
    out_pressure = []
    for i, side in enumerate(sides):
        series = [
            {"month": _month_name(m), "weight": round(v["weight"], 4), "count": v["count"]}
            for m, v in sorted(monthly[i].items())
        ]
        out_pressure.append(
            {
                "side": side.ref(),
                "total": {
                    "count": int(totals[i]["count"]),
                    "weight": round(totals[i]["weight"], 4),
                    "channels": dict(sorted(channels[i].items())),
                },
                "monthly": series,
                "evidence": pressure_ev[i],
            }
        )
    association = _association(monthly, distancing, months, max_lag)
    shared = pressure_origins & distancing_origins
    caveats = [
        "an association over months, not a cause: other pressures, leadership changes and "
        "the reporting itself move both series",
        "months without claims count as zero: the series measure reporting as much as events",
    ]
    if shared:
        caveats.append(
            f"{len(shared)} origin(s) report both pressure and distancing (e.g. one article "
            "that says strikes drive the split): those are one source's view, not two "
            "independent observations"
        )
    if association["best"] is None:
        act = association.get("active_months") or [0, 0]
        caveats.append(
            f"no association given: {act[0]} month(s) with pressure and {act[1]} with "
            f"distancing claims (at least {MIN_ACTIVE_MONTHS} of each needed)"
        )
    association["caveats"] = caveats
    ranked_moves = sorted(moves.values(), key=lambda r: (-r["count"], r["actor"]["name"]))
    return {
        "pair": [pa.ref(), pb.ref()],
        "as_of": day.isoformat() if day else None,
        "pressure": out_pressure,
        "distancing": [
            {"month": _month_name(m), "weight": round(v, 4)} for m, v in sorted(distancing.items())
        ],
        "third_parties": ranked_moves,
        "numbers": numbers,
        "association": association,
    }


def _association(
    monthly: list[dict[int, dict[str, Any]]],
    distancing: dict[int, float],
    months: list[int],
    max_lag: int,
) -> dict[str, Any]:
    if not months:
        return {"lags": [], "best": None, "months": 0}
    lo, hi = min(months), max(months)
    span = list(range(lo, hi + 1))
    press = [sum(monthly[i].get(m, {}).get("weight", 0.0) for i in (0, 1)) for m in span]
    dist = [distancing.get(m, 0.0) for m in span]
    active = (sum(1 for x in press if x > 0), sum(1 for y in dist if y > 0))
    if min(active) < MIN_ACTIVE_MONTHS:
        return {"lags": [], "best": None, "months": len(span), "active_months": list(active)}
    lags = []
    for lag in range(0, max_lag + 1):
        if lag >= len(span) - 2:
            break
        xs = press[: len(span) - lag]
        ys = dist[lag:]
        r = _pearson(xs, ys)
        lags.append({"lag_months": lag, "r": round(r, 3) if r is not None else None,
                     "months": len(xs)})  # fmt: skip
    valid = [x for x in lags if x["r"] is not None]
    best = max(valid, key=lambda x: x["r"]) if valid else None
    if best is not None:
        strength = (
            "strong"
            if best["r"] >= 0.5
            else "moderate"
            if best["r"] >= 0.3
            else "weak"
            if best["r"] > 0
            else "none"
        )
        best = {**best, "strength": strength}
    return {"lags": lags, "best": best, "months": len(span), "active_months": list(active)}


__all__ = ["MIN_ACTIVE_MONTHS", "PRESSURE_TYPES", "numeric_claims", "pressures"]
