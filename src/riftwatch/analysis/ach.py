"""Analysis of Competing Hypotheses (after Heuer) over graded claims.

A question is a pair of actors as of a date. Its evidence items are the claims
between the two parties (each side with its renamed successors and its factions,
see :mod:`riftwatch.analysis.parties`) dated up to the as-of date; claims an analyst
rejected are left out. Claims of one independent origin about the same act in the
same month are one item (a reprint, or both directions of "A and B met"). Each item
gets a suggested rating per hypothesis (CC, C, N, I, II) from the first rule of
``data/analysis/ach.yaml`` that fits its stance, modality, channel and date, with the
rule's reason. Analysts' ratings (stored, see :mod:`riftwatch.analysis.ach_store`)
replace the suggestion where given; disagreement between analysts is kept visible.

The score of a hypothesis is Heuer's weighted inconsistency: I counts 1 and II counts
2, times the item's weight (source reliability x information credibility x coder
confidence x corroboration x faction factor). An item that rates every hypothesis
alike is not diagnostic and is not counted. The hypothesis with the least
inconsistency ranks first. A sensitivity check drops the lowest-graded items, the
least-corroborated items, and each origin in turn, re-ranks, and names the origins
that carried the ranking.

>>> from riftwatch.analysis.claims import Claim
>>> def ev(i, s, t, typ, date, mode=None):
...     return Claim.from_event({"id": i, "doc_id": i, "source": {"id": s, "name": s},
...         "target": {"id": t, "name": t}, "event_type": typ, "mode": mode,
...         "modality": "asserted", "date": date, "confidence": 0.9, "quote": typ.lower()})
>>> claims = [ev("a", "X", "Y", "AID", "2010-01", "training"),
...           ev("b", "X", "Y", "ASSAULT", "2014-05"),
...           ev("c", "Y", "X", "COERCE", "2014-06", "arrest")]
>>> out = ach(claims, "X", "Y", as_of="2014-12-31", kb=None)
>>> out["hypotheses"][0]["id"]
'lasting_rupture'
>>> [e["diagnosticity"] for e in out["evidence"]]
['low', 'high', 'high']
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date as Date
from datetime import timedelta
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from riftwatch.analysis.claims import Claim
from riftwatch.analysis.parties import Party, pair_parties
from riftwatch.errors import JudgementError as ConfigError

RATINGS = ("CC", "C", "N", "I", "II")
"""Consistency ratings, from very consistent to very inconsistent."""

DEFAULT_HYPOTHESES = ("enduring_alliance", "tactical_distancing", "lasting_rupture", "deception")


# -- the rules file ---------------------------------------------------------------------------
@lru_cache(maxsize=4)
def load_rules(path: str | None = None) -> dict[str, Any]:
    """The ACH data file (``riftwatch/data/analysis/ach.yaml`` unless ``path``), checked."""
    if path is None:
        text = resources.files("riftwatch").joinpath("data/analysis/ach.yaml").read_text("utf-8")
        where = "ach.yaml"
    else:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        where = path
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError("RW540", path=where, detail=str(exc).splitlines()[0]) from exc
    if not isinstance(data, dict) or not data.get("hypotheses") or not data.get("rules"):
        raise ConfigError("RW540", path=where, detail="needs 'hypotheses' and 'rules'")
    ids = [h.get("id") for h in data["hypotheses"]]
    for rule in data["rules"]:
        for hyp, rating in (rule.get("ratings") or {}).items():
            if hyp not in ids or rating not in RATINGS:
                raise ConfigError(
                    "RW540",
                    path=where,
                    detail=f"rule {rule.get('id')!r}: bad rating {hyp}={rating}",
                )
    return data


# -- dates ------------------------------------------------------------------------------------
def _bound(text: str | None, end: bool) -> Date | None:
    """First (or last) day of ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``."""
    if not text:
        return None
    text = text.strip()[:10]
    try:
        if len(text) == 4:
            return Date(int(text), 12, 31) if end else Date(int(text), 1, 1)
        if len(text) == 7:
            y, m = int(text[:4]), int(text[5:7])
            first = Date(y, m, 1)  # "2010-13" is no month (ValueError)
            if not end:
                return first
            nxt = Date(y + (m == 12), m % 12 + 1, 1)
            return nxt - timedelta(days=1)
        return Date.fromisoformat(text)
    except ValueError:
        return None


def claim_span(claim: Claim) -> tuple[Date | None, Date | None]:
    """When the claimed act happened: (first day, last day); a range ``A/B`` spans both."""
    when = claim.date or claim.published
    if not when:
        return None, None
    first, _, last = str(when).partition("/")
    return _bound(first, False), _bound(last or first, True)


def parse_as_of(value: str | None) -> Date | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as the last day it names; RW541 if bad.

    >>> parse_as_of("2010-02"), parse_as_of("2010")
    (datetime.date(2010, 2, 28), datetime.date(2010, 12, 31))
    >>> parse_as_of("2010-13")
    Traceback (most recent call last):
    ...
    riftwatch.errors.JudgementError: RW541 invalid as-of date '2010-13': use YYYY, YYYY-MM or \
YYYY-MM-DD
    """
    if value is None:
        return None
    out = _bound(value, True)
    if out is None:
        raise ConfigError("RW541", value=value)
    return out


def _months(a: Date, b: Date) -> float:
    return (b - a).days / 30.44


# -- evidence items ---------------------------------------------------------------------------
@dataclass
class Item:
    """One evidence item: the claims of one origin about one act in one month."""

    key: str
    claims: list[Claim]
    party_roles: tuple[str, str]
    stance: str
    channel: str
    first: Date | None
    last: Date | None
    level: tuple[str, str] = ("self", "self")
    weight: float = 1.0
    corroboration: int = 1
    flags: dict[str, bool] = field(default_factory=dict)
    rule: str = ""
    reason: str = ""
    suggested: dict[str, str] = field(default_factory=dict)
    ratings: dict[str, str] = field(default_factory=dict)
    analysts: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)

    @property
    def lead(self) -> Claim:
        return self.claims[0]

    @property
    def origin(self) -> str:
        return self.lead.origin

    @property
    def grade(self) -> str:
        return self.lead.grade


def stance_of(claim: Claim, rules: dict[str, Any]) -> str:
    """``cooperative``, ``hostile`` or ``neutral`` (by mode first, then by event type). A
    cooperative mode on a hostile type names the thing refused or broken, not the act: "X
    refused to join Y" (REJECT, mode pledge) is hostile, as the rift model reads it."""
    by_type = next(
        (str(stance) for stance, types in (rules.get("stance") or {}).items()
         if claim.event_type in types),
        "neutral",
    )  # fmt: skip
    by_mode = rules.get("mode_stance") or {}
    if claim.mode and claim.mode in by_mode:
        mode = str(by_mode[claim.mode])
        if not (mode == "cooperative" and by_type == "hostile"):
            return mode
    return by_type


def channel_of(claim: Claim, rules: dict[str, Any]) -> str:
    """The kind of tie a claim is about (sanctuary, finance, ..., violence, arrests)."""
    by_mode = rules.get("channel_by_mode") or {}
    if claim.mode and claim.mode in by_mode:
        return str(by_mode[claim.mode])
    return str((rules.get("channel_by_type") or {}).get(claim.event_type, "general"))


def claim_weight(claim: Claim, rules: dict[str, Any]) -> float:
    """Reliability x credibility x coder confidence of one claim."""
    rel = float((rules.get("reliability_weight") or {}).get(claim.reliability, 0.6))
    cred_table = rules.get("credibility_weight") or {}
    cred = float(cred_table.get(claim.effective_credibility, 0.6))
    return rel * cred * max(0.05, min(1.0, claim.confidence))


def _contested(claim: Claim) -> str | None:
    """The skeptic's word in an asserted claim's own sentence ("some member states assess
    that X meets Y, although others doubt it": ``doubt``), from its attribution's
    ``skeptical``; None otherwise.

    >>> from types import SimpleNamespace as C
    >>> _contested(C(modality="asserted", attributed_to={"name": "Some", "skeptical": "doubt"}))
    'doubt'
    >>> _contested(C(modality="asserted", attributed_to={"name": "Officials"})) is None
    True
    """
    att = claim.attributed_to
    word = att.get("skeptical") if isinstance(att, dict) else None
    return str(word) if word and claim.modality == "asserted" else None


def _pair_roles(claim: Claim, a: Party, b: Party) -> tuple[str, str] | None:
    ra_s, rb_t = (
        a.role(claim.source_id, claim.source_name),
        b.role(claim.target_id, claim.target_name),
    )
    if ra_s and rb_t:
        return ra_s, rb_t
    rb_s, ra_t = (
        b.role(claim.source_id, claim.source_name),
        a.role(claim.target_id, claim.target_name),
    )
    if rb_s and ra_t:
        return ra_t, rb_s
    return None


def _level(claim: Claim, roles: tuple[str, str], a: Party) -> tuple[str, str]:
    """Which actors of each side the claim is about: ``self`` or the faction's id."""
    if a.role(claim.source_id, claim.source_name):
        a_id, b_id = claim.source_id, claim.target_id
    else:
        a_id, b_id = claim.target_id, claim.source_id
    return (
        "self" if roles[0] == "self" else a_id,
        "self" if roles[1] == "self" else b_id,
    )


def _denied_by_party(claim: Claim, a: Party, b: Party) -> bool:
    att = claim.attributed_to or {}
    who = [att.get("id"), att.get("organization")] if att else []
    name = str(att.get("name") or "") if att else ""
    if not att:
        return True  # "X denied ..." with no other speaker: the actor itself
    for side in (a, b):
        if any(w and side.role(str(w)) for w in who) or (name and side.role("", name)):
            return True
    return False


def _matches(cond: dict[str, Any], facts: dict[str, Any]) -> bool:
    for key, want in cond.items():
        if key == "channel_not":
            if facts["channel"] in want:
                return False
        elif isinstance(want, list):
            if facts.get(key) not in want:
                return False
        elif facts.get(key) != want:
            return False
    return True


def gather_items(
    claims: Iterable[Claim],
    a: Party,
    b: Party,
    as_of: Date | None,
    rules: dict[str, Any],
) -> list[Item]:
    """The evidence items of a question, rated by the rules (oldest first)."""
    groups: dict[str, Item] = {}
    for claim in claims:
        if not claim.counts:
            continue
        roles = _pair_roles(claim, a, b)
        if roles is None:
            continue
        first, last = claim_span(claim)
        if as_of is not None and first is not None and first > as_of:
            continue
        month = first.isoformat()[:7] if first else "?"
        key = "|".join([claim.origin, claim.event_type, claim.mode or "", claim.modality, month])
        if key in groups:
            groups[key].claims.append(claim)
            continue
        groups[key] = Item(
            key=key,
            claims=[claim],
            party_roles=roles,
            level=_level(claim, roles, a),
            stance=stance_of(claim, rules),
            channel=channel_of(claim, rules),
            first=first,
            last=last,
        )
    items = sorted(groups.values(), key=lambda it: (it.first or Date.min, str(it.lead.doc_id)))
    _rate(items, a, b, as_of, rules)
    return items


def _later(latest: Date | None, after: Date | None) -> bool:
    return bool(latest and after and latest > after)


def _rate(items: list[Item], a: Party, b: Party, as_of: Date | None, rules: dict[str, Any]) -> None:
    asserted = [it for it in items if it.lead.modality == "asserted"]
    newest = max((it.last or it.first for it in asserted if it.first), default=None)
    ref_day = as_of or newest
    recent_m = float(rules.get("recent_months", 36))
    latest_m = float(rules.get("latest_months", 24))

    def is_recent(it: Item) -> bool:
        end = it.last or it.first
        if end is None or ref_day is None:
            return False
        if _months(end, ref_day) <= recent_m:
            return True
        return newest is not None and _months(end, newest) <= latest_m

    # distancing on record now: a recent hostile act or a recent denial of ties (an old
    # quarrel, since made up, is not what a "despite distancing" reading is about)
    distancing = any(
        is_recent(it)
        and (
            (it.stance == "hostile" and it.lead.modality == "asserted")
            or (it.stance == "cooperative" and it.lead.modality == "denied")
        )
        for it in items
    )
    # a party's own recent denial of the ties: the public cover story deception needs
    denial = any(
        is_recent(it)
        and it.stance == "cooperative"
        and it.lead.modality == "denied"
        and _denied_by_party(it.lead, a, b)
        for it in items
    )
    window = int(rules.get("corroboration_months", 12))
    step = float(rules.get("corroboration_step", 0.25))
    cap = float(rules.get("corroboration_cap", 1.5))
    faction_factor = float(rules.get("faction_factor", 0.6))
    contested_factor = float(rules.get("contested_factor", 1.0))
    # the latest start of an asserted item of each stance, per level (the parties
    # themselves, or one faction): one faction's later cooperation does not undo the
    # leadership's or another faction's hostility, nor the other way round
    last_of: dict[tuple[tuple[str, str], str], Date] = {}
    for o in asserted:
        # a report contested where it is told does not recast the reading of the others
        if o.first and not _contested(o.lead):
            k = (o.level, o.stance)
            if k not in last_of or o.first > last_of[k]:
                last_of[k] = o.first
    by_kind: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
    for o in asserted:
        if o.first:
            by_kind[(o.stance, o.channel)].append((o.first.toordinal(), o.origin))
    for rows in by_kind.values():
        rows.sort()
    span = int(window * 30.44)
    for it in items:
        start = it.first
        end = it.last or it.first
        recent = is_recent(it)
        origins: set[str] = set()
        if start is not None:
            rows = by_kind.get((it.stance, it.channel), [])
            day = start.toordinal()
            lo = bisect_left(rows, (day - span, ""))
            for when, origin in rows[lo:]:
                if when > day + span:
                    break
                origins.add(origin)
        it.corroboration = max(1, len(origins))
        after = end or start
        facts = {
            "stance": it.stance,
            "modality": it.lead.modality,
            "channel": it.channel,
            "recent": recent,
            "later_hostile": _later(last_of.get((it.level, "hostile")), after),
            "later_cooperative": _later(last_of.get((it.level, "cooperative")), after),
            "denied_by_party": _denied_by_party(it.lead, a, b),
            "doubted": bool(it.lead.doubted),
            "distancing_on_record": distancing,
            "denial_on_record": denial,
        }
        it.flags = {k: v for k, v in facts.items() if isinstance(v, bool)}
        for rule in rules["rules"]:
            if _matches(rule.get("when") or {}, facts):
                it.rule = str(rule.get("id"))
                it.reason = str(rule.get("reason", "")).strip()
                it.suggested = dict(rule.get("ratings") or {})
                break
        corr = min(cap, 1.0 + step * (it.corroboration - 1))
        faction = faction_factor if "faction" in it.party_roles else 1.0
        skeptic = _contested(it.lead)
        contested = contested_factor if skeptic else 1.0
        it.weight = claim_weight(it.lead, rules) * corr * faction * contested
        if skeptic:
            it.reason += f" (contested in its own sentence: '{skeptic}'; counted at {contested:g})"
        if "faction" in it.party_roles:
            names = [
                c.source_name if c.source_id in (a.factions | b.factions) else c.target_name
                for c in it.claims[:1]
            ]
            it.reason += f" (a faction's act: {names[0]}; counted at {faction_factor:g})"
        it.ratings = dict(it.suggested)


# -- scoring ----------------------------------------------------------------------------------
def diagnosticity(ratings: dict[str, str], hyps: Sequence[str], rules: dict[str, Any]) -> str:
    """``none`` when the item rates every hypothesis alike (it fits them all, or none);
    ``high`` when the inconsistency points differ by 2, ``medium`` by 1, ``low`` when
    only the degree of consistency differs."""
    pts = rules.get("inconsistency_points") or {"I": 1, "II": 2}
    vals = [ratings[h] for h in hyps if ratings.get(h)]
    if len(set(vals)) <= 1:
        return "none"
    spread = max(pts.get(v, 0) for v in vals) - min(pts.get(v, 0) for v in vals)
    return "high" if spread >= 2 else "medium" if spread == 1 else "low"


def score(items: Sequence[Item], hyps: Sequence[dict[str, Any]], rules: dict[str, Any]):
    """Rank hypotheses by weighted inconsistency (ties: more weighted consistency first,
    then the order of the data file). Returns a list of dicts, rank 1 first."""
    ids = [h["id"] for h in hyps]
    ipts = rules.get("inconsistency_points") or {}
    cpts = rules.get("consistency_points") or {}
    inc = dict.fromkeys(ids, 0.0)
    con = dict.fromkeys(ids, 0.0)
    unrated = dict.fromkeys(ids, 0)
    for it in items:
        if diagnosticity(it.ratings, ids, rules) == "none":
            continue
        for h in ids:
            r = it.ratings.get(h)
            if not r:
                unrated[h] += 1
                continue
            inc[h] += it.weight * float(ipts.get(r, 0))
            con[h] += it.weight * float(cpts.get(r, 0))
    # a hypothesis with unrated diagnostic items ranks after the fully rated ones
    order = sorted(
        ids,
        key=lambda h: (unrated[h] > 0, round(inc[h], 9), -round(con[h], 9), ids.index(h)),
    )
    names = {h["id"]: h.get("name", h["id"]) for h in hyps}
    return [
        {
            "id": h,
            "name": names[h],
            "inconsistency": round(inc[h], 4),
            "consistency": round(con[h], 4),
            "unrated": unrated[h],
            "rank": i + 1,
        }
        for i, h in enumerate(order)
    ]


def _probabilities(ranked: list[dict[str, Any]], items: Sequence[Item], rules: dict[str, Any]):
    diag = [it.weight for it in items if it.flags.get("_diag")]
    unit = (sum(diag) / len(diag)) if diag else 1.0
    odds = float(rules.get("inconsistency_odds", 0.15))
    raw = {h["id"]: odds ** (h["inconsistency"] / unit) for h in ranked if not h["unrated"]}
    total = sum(raw.values()) or 1.0
    # thin or weak evidence pulls towards an even spread: `prior_weight` is worth as much
    # as that weight of diagnostic evidence
    mass = sum(diag)
    prior = float(rules.get("prior_weight", 1.0))
    even = 1.0 / len(raw) if raw else 0.0
    return {
        h["id"]: (raw[h["id"]] / total * mass + even * prior) / (mass + prior)
        if h["id"] in raw
        else None
        for h in ranked
    }


def estimative_words(p: float, rules: dict[str, Any]) -> str:
    """Words of estimative probability for ``p``.

    >>> estimative_words(0.7, load_rules())
    'likely'
    """
    for bound, words in rules.get("estimative") or []:
        if p < float(bound):
            return str(words)
    return "almost certain"


# -- the whole analysis -----------------------------------------------------------------------
def _item_dict(it: Item, ids: Sequence[str], rules: dict[str, Any]) -> dict[str, Any]:
    lead = it.lead
    out: dict[str, Any] = {
        "item": it.key,
        "doc_id": lead.doc_id,
        "doc_ids": sorted({str(c.doc_id) for c in it.claims}),
        "quote": lead.quote,
        "sentence": lead.sentence,
        "event_type": lead.event_type,
        "mode": lead.mode,
        "modality": lead.modality,
        "channel": it.channel,
        "stance": it.stance,
        "date": lead.date,
        "source": {"id": lead.source_id, "name": lead.source_name},
        "target": {"id": lead.target_id, "name": lead.target_name},
        "attributed_to": lead.attributed_to,
        "grade": it.grade,
        "origin": it.origin,
        "corroboration": it.corroboration,
        "weight": round(it.weight, 4),
        "diagnosticity": diagnosticity(it.ratings, ids, rules),
        "ratings": {h: it.ratings.get(h) for h in ids},
        "suggested": {h: it.suggested.get(h) for h in ids},
        "rule": it.rule,
        "reason": it.reason,
    }
    if it.analysts:
        out["analysts"] = it.analysts
        out["disagreement"] = {
            h: sorted({v["rating"] for v in per.values()})
            for h, per in it.analysts.items()
            if len({v["rating"] for v in per.values()}) > 1
        }
    return out


def _ranking(items: Sequence[Item], hyps: Sequence[dict[str, Any]], rules: dict[str, Any]):
    return [h["id"] for h in score(items, hyps, rules)]


def sensitivity(
    items: Sequence[Item],
    hyps: Sequence[dict[str, Any]],
    rules: dict[str, Any],
    rerate: Callable[[list[Item]], list[Item]] | None = None,
) -> dict[str, Any]:
    """Re-rank without the weakest items and without each origin in turn.

    ``rerate`` rates a subset of items afresh (what came later, corroboration and
    recency change when items go); without it the ratings stay as they are.
    ``carried_by`` lists the origins whose removal changes the top hypothesis.
    """
    ids = [h["id"] for h in hyps]
    scored = score(items, hyps, rules)
    base = [h["id"] for h in scored]
    # hypotheses tied with the first on inconsistency: a swap among them is no change
    tied = {h["id"] for h in scored if h["inconsistency"] == scored[0]["inconsistency"]}
    diag = [it for it in items if diagnosticity(it.ratings, ids, rules) != "none"]

    def run(kept: list[Item], dropped: list[Item]) -> dict[str, Any]:
        ranking = _ranking(rerate(kept) if rerate else kept, hyps, rules)
        return {
            "dropped": sorted({str(c.doc_id) for d in dropped for c in d.claims}),
            "ranking": ranking,
            "top": ranking[0],
            "top_changed": ranking[0] not in tied,
            "order_changed": ranking != base,
        }

    out: dict[str, Any] = {"base": base, "tied_first": sorted(tied) if len(tied) > 1 else []}
    grades = sorted({round(claim_weight(it.lead, rules), 6) for it in diag})
    if len(grades) > 1:
        low = grades[0]
        drop = [it for it in items if round(claim_weight(it.lead, rules), 6) == low]
        out["drop_lowest_graded"] = run([it for it in items if it not in drop], drop)
    else:
        out["drop_lowest_graded"] = None
    corr = sorted({it.corroboration for it in diag})
    if len(corr) > 1:
        drop = [it for it in items if it.corroboration == corr[0]]
        out["drop_least_corroborated"] = run([it for it in items if it not in drop], drop)
    else:
        out["drop_least_corroborated"] = None
    by_origin = []
    weight_of: dict[str, float] = defaultdict(float)
    for it in diag:
        weight_of[it.origin] += it.weight
    cap = int(rules.get("sensitivity_max_origins", 30))
    tested = sorted(weight_of, key=lambda o: (-weight_of[o], o))[:cap]
    out["origins_tested"] = len(tested)
    out["origins_total"] = len(weight_of)
    for origin in sorted(tested):
        drop = [it for it in items if it.origin == origin]
        res = run([it for it in items if it.origin != origin], drop)
        res["origin"] = origin
        by_origin.append(res)
    out["by_origin"] = by_origin
    out["carried_by"] = [r["origin"] for r in by_origin if r["top_changed"]]
    weak = [
        k
        for k in ("drop_lowest_graded", "drop_least_corroborated")
        if (out[k] or {}).get("top_changed")
    ]
    out["robust"] = not out["carried_by"] and not weak
    if not diag:
        out["summary"] = "no diagnostic evidence: nothing to test"
    elif out["robust"]:
        first = " / ".join(sorted(tied)) if len(tied) > 1 else base[0]
        out["summary"] = (
            f"{first} stays first without the weakest items and without any single origin"
        )
    else:
        parts = []
        if out["carried_by"]:
            docs = sorted({d for r in by_origin if r["top_changed"] for d in r["dropped"]})
            parts.append(
                f"the ranking rests on origin(s) {', '.join(out['carried_by'])} (documents "
                f"{', '.join(docs)}): without any one of them "
                + ", ".join(sorted({r["top"] for r in by_origin if r["top_changed"]}))
                + " ranks first"
            )
        for k in weak:
            parts.append(f"{k.replace('_', ' ')} puts {out[k]['top']} first")
        out["summary"] = "; ".join(parts)
    return out


def _confidence(
    items: Sequence[Item], ranked: list[dict[str, Any]], sens: dict[str, Any], p_top: float
) -> tuple[str, list[str]]:
    diag = [it for it in items if it.flags.get("_diag")]
    reasons = []
    points = 0
    origins = {it.origin for it in diag}
    if len(origins) >= 3:
        points += 1
        reasons.append(f"{len(diag)} diagnostic items from {len(origins)} independent origins")
    else:
        reasons.append(f"only {len(origins)} independent origin(s) of diagnostic evidence")
    if sens.get("robust"):
        points += 1
        reasons.append("the ranking survives the sensitivity checks")
    else:
        reasons.append("the ranking is sensitive: " + sens.get("summary", ""))
    good = [
        it for it in diag if it.lead.reliability in "ABC" and it.lead.effective_credibility <= 3
    ]
    if diag and len(good) * 2 >= len(diag):
        points += 1
        reasons.append("most diagnostic items come from reliable sources (A-C, 1-3)")
    else:
        reasons.append("most diagnostic items are from weak or ungraded sources")
    if p_top < 0.55:
        points = min(points, 1)
    level = "high" if points >= 3 else "moderate" if points == 2 else "low"
    return level, reasons


def ach(
    claims: Iterable[Claim],
    a: str,
    b: str,
    *,
    as_of: str | None = None,
    kb: Any = "default",
    rules: dict[str, Any] | None = None,
    hypotheses: Sequence[dict[str, Any]] | None = None,
    analyst_ratings: Sequence[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """The competing-hypotheses matrix for actors ``a`` and ``b`` as of ``as_of``.

    ``kb`` is the actor knowledge base for renamings and factions (``"default"``: the
    bundled one; None: match actors by id or name only). ``hypotheses`` adds to the
    data file's; ``analyst_ratings`` (``{"item", "hypothesis", "rating", "analyst",
    "note", "at"}``, newest last) replace the suggested ratings: per item and
    hypothesis the latest rating of each analyst counts, and the most severe of the
    analysts' current ratings is used when they disagree (the disagreement is shown).
    """
    rules = rules or load_rules()
    if kb == "default":
        from riftwatch.actors import default_kb

        kb = default_kb()
    pa, pb = pair_parties(a, b, kb=kb)
    if pa.id == pb.id or pa.id in pb.lineage:
        raise ConfigError("RW552", name=pa.name)
    as_of_day = parse_as_of(as_of)
    hyps = [dict(h) for h in rules["hypotheses"]]
    for extra in hypotheses or []:
        if extra["id"] not in {h["id"] for h in hyps}:
            hyps.append(dict(extra))
    ids = [h["id"] for h in hyps]
    items = gather_items(claims, pa, pb, as_of_day, rules)
    if as_of_day is None:
        last = max((it.last or it.first for it in items if it.first), default=None)
        as_of_day = last
    _apply_analysts(items, ids, analyst_ratings or [])
    for it in items:
        it.flags["_diag"] = diagnosticity(it.ratings, ids, rules) != "none"
    ranked = score(items, hyps, rules)
    probs = _probabilities(ranked, items, rules)
    for h in ranked:
        p = probs[h["id"]]
        h["probability"] = round(p, 3) if p is not None else None
        h["words"] = estimative_words(p, rules) if p is not None else "not fully rated"

    def rerate(kept: list[Item]) -> list[Item]:
        fresh = [
            replace(it, flags={}, suggested={}, ratings={}, analysts={}, claims=list(it.claims))
            for it in kept
        ]
        _rate(fresh, pa, pb, as_of_day, rules)
        _apply_analysts(fresh, ids, analyst_ratings or [])
        return fresh

    sens = sensitivity(items, hyps, rules, rerate)
    incomplete = [h["name"] for h in ranked if h["unrated"]]
    n_diag = sum(1 for it in items if it.flags.get("_diag"))
    top = ranked[0]
    conf, conf_reasons = _confidence(items, ranked, sens, probs[top["id"]] or 0.0)
    when = as_of_day.isoformat() if as_of_day else "the latest report"
    if not items:
        conclusion = (
            f"No claims between {pa.name} and {pb.name} up to {when}: no judgement is possible."
        )
        conf = "low"
    elif n_diag == 0:
        conclusion = (
            f"None of the {len(items)} items between {pa.name} and {pb.name} up to {when} "
            "tells the hypotheses apart: no judgement is possible."
        )
        conf = "low"
    else:
        runner = ranked[1] if len(ranked) > 1 else None
        tied = [h["name"] for h in ranked[1:] if h["inconsistency"] == top["inconsistency"]]
        if tied:
            conf = "low"
        conclusion = (
            f"{top['name']} is {top['words']} (about {probs[top['id']] or 0:.0%}) for "
            f"{pa.name} and {pb.name} as of {when}: it is the least inconsistent with the "
            f"{n_diag} diagnostic item(s) of {len(items)} (weighted inconsistency "
            f"{top['inconsistency']:g}"
            + (f"; next: {runner['name']}, {runner['inconsistency']:g}" if runner else "")
            + ")"
            + (
                f"; {', '.join(tied)} fit(s) the evidence as well and "
                f"{top['name']} is ahead only on consistency"
                if tied
                else ""
            )
            + f". Confidence: {conf}. Sensitivity: {sens['summary']}."
            + (
                f" Not yet rated on every diagnostic item (ranked last until they are): "
                f"{', '.join(incomplete)}."
                if incomplete
                else ""
            )
        )
    reasons = {it.key: it.reason for it in items}
    return {
        "pair": [pa.ref(), pb.ref()],
        "as_of": as_of_day.isoformat() if as_of_day else None,
        "hypotheses": ranked,
        "evidence": [_item_dict(it, ids, rules) for it in items],
        "conclusion": conclusion,
        "confidence": conf,
        "confidence_reasons": conf_reasons,
        "sensitivity": sens,
        "reasons": reasons,
        "parties": [
            {**p.ref(), "lineage": sorted(p.lineage), "factions": sorted(p.factions)}
            for p in (pa, pb)
        ],
        "hypothesis_descriptions": {h["id"]: h.get("description", "") for h in hyps},
    }


_SEVERITY = {r: i for i, r in enumerate(RATINGS)}


def _apply_analysts(items: list[Item], ids: Sequence[str], ratings: Sequence[dict[str, Any]]):
    by_item: dict[str, dict[str, dict[str, dict[str, Any]]]] = defaultdict(
        lambda: defaultdict(dict)
    )
    for r in ratings:  # oldest first: the latest of each analyst wins
        by_item[str(r["item"])][str(r["hypothesis"])][str(r["analyst"])] = {
            "rating": r["rating"],
            "note": r.get("note"),
            "at": str(r.get("at")) if r.get("at") is not None else None,
        }
    for it in items:
        per = by_item.get(it.key)
        if not per:
            continue
        it.analysts = {h: dict(v) for h, v in per.items()}
        for hyp, analysts in per.items():
            current = [v["rating"] for v in analysts.values()]
            it.ratings[hyp] = max(current, key=lambda r: _SEVERITY.get(r, 2))


__all__ = [
    "DEFAULT_HYPOTHESES",
    "RATINGS",
    "Item",
    "ach",
    "channel_of",
    "claim_span",
    "diagnosticity",
    "estimative_words",
    "gather_items",
    "load_rules",
    "parse_as_of",
    "score",
    "sensitivity",
    "stance_of",
]
