"""Stage ``timeline-10``: relationship timelines per pair of actors, per channel, per month.

:func:`prepare` turns claims into a columnar table (numpy arrays) of *items*: one per
claim and unordered pair of organisations, with the claim's month, signed score,
channel, stance and weight. :func:`dyad_timeline` reads one pair's series out of it.

* **When.** A claim sits at the month its event happened (``Claim.date``), and at the
  report's date only when the event has none. A year-only date sits mid-year (July); a
  range (``2020-01/2020-04``, ``1990/1999``) at its middle month, but never after the report
  that tells of it (:func:`event_month`).
* **Weight.** sqrt(p(reliability) x p(credibility)) of the grades (the analyst's
  credibility override when given) x the coder's confidence x the modality weight of
  the scale (:mod:`riftwatch.analysis.scale`).
* **Who.** Each side is a *lineage* (an organisation under all its names: the Nusra
  Front, Jabhat Fateh al-Sham and Hay'at Tahrir al-Sham are one), keyed by its newest
  member's id. A faction's claims also count for its parents, marked ``rollup`` with
  the faction named (``via``); a pair of an actor with its own parent is not made.
  Hierarchy and lineage come from an injected :class:`~riftwatch.analysis.hierarchy.Hierarchy`.
* **Independence.** Per month and stance, each independent origin counts once, with the
  weight of its strongest claim (:func:`units`).
* **Co-members.** Where one sentence says that two groups both joined, pledged to or
  merged into the same third organisation ("X and Y formed the Z front"), the two are
  co-members: a cooperative claim between them is derived (:func:`comembers`), marked
  ``via`` the third party, with the weaker of the two claims' grades and confidence.

Rejected claims are dropped and corrected ones use the corrected fields
(:func:`riftwatch.analysis.corroboration.effective`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from riftwatch.analysis.claims import Claim
from riftwatch.analysis.corroboration import corroborate, effective
from riftwatch.analysis.hierarchy import Hierarchy, default_hierarchy
from riftwatch.analysis.scale import CHANNELS, Scale

VERSION = "timeline-10"
STRENGTH_FULL = 0.5
"""A claim whose |score| reaches this counts as one full unit of evidence (weaker: less)."""
_CHANNEL_INDEX = {c: i for i, c in enumerate(CHANNELS)}
_NEVER = 1 << 40

_INITIALS = re.compile(r"^[A-Z][A-Z0-9]{1,9}$")
"""A mention that is a group's initials only ("FLN", "MK")."""


def month_index(value: str | None) -> int | None:
    """Months since year 0 of a date; year-only mid-year, a range its middle.

    >>> month_label(month_index("2016-07-28"))
    '2016-07'
    >>> month_label(month_index("2009"))
    '2009-07'
    >>> month_label(month_index("2020-01/2020-04"))
    '2020-02'
    >>> month_label(month_index("1990/1999"))
    '1994-12'
    >>> month_index("soon") is None
    True
    """
    if not value:
        return None
    return _month_index(str(value))


_MONTH_CACHE: dict[str, int | None] = {}


def _bounds(part: str) -> tuple[int, int] | None:
    part = part.strip()
    if len(part) < 4 or not part[:4].isdigit():
        return None
    year = int(part[:4])
    if len(part) >= 7 and part[4] == "-" and part[5:7].isdigit():
        month = int(part[5:7])
        if 1 <= month <= 12:
            m = year * 12 + month - 1
            return m, m
    return year * 12, year * 12 + 11


def _month_index(value: str) -> int | None:
    hit = _MONTH_CACHE.get(value, -1)
    if hit != -1:
        return hit  # type: ignore[return-value]
    parts = value.split("/")
    bounds = [b for b in (_bounds(p) for p in parts) if b]
    out: int | None
    if not bounds:
        out = None
    elif len(bounds) == 1 and bounds[0][0] != bounds[0][1]:
        out = bounds[0][0] + 6
    else:
        lo, hi = bounds[0][0], bounds[-1][1]
        out = (lo + hi) // 2
    if len(_MONTH_CACHE) < 200_000:
        _MONTH_CACHE[value] = out
    return out


def event_month(date: str | None, published: str | None) -> int | None:
    """The month a claim sits at: its event's date, else the report's.

    A report cannot tell of an asserted event later than itself: where the event's date
    is coarser than the report's and its middle falls after the report (a year-only date,
    mid-year, in a report of March), the event sits at the report's month, the latest it
    can have happened. A date that starts after the report (a misread date, something
    announced for later) is kept as it is.

    >>> month_label(event_month("2014", "2014-03-10"))
    '2014-03'
    >>> month_label(event_month("2014", "2015-01-02"))
    '2014-07'
    >>> month_label(event_month("2014-10", "2014"))
    '2014-10'
    >>> month_label(event_month(None, "2014-03-10"))
    '2014-03'
    >>> month_label(event_month("2016-01", "2014-03"))
    '2016-01'
    """
    month = _month_index(date) if date else None
    if not published:
        return month
    if month is None:
        return _month_index(published)
    pub = _span(published)
    own = _span(date) if date else None
    if pub is not None and own is not None and month > pub[1] and own[0] <= pub[1]:
        return pub[1]
    return month


def _span(value: str) -> tuple[int, int] | None:
    """(first, last) month of a date, a year or a range."""
    bounds = [b for b in (_bounds(p) for p in str(value).split("/")) if b]
    return (bounds[0][0], bounds[-1][1]) if bounds else None


def month_label(index: int | None) -> str | None:
    """``YYYY-MM`` of a month index."""
    if index is None:
        return None
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


@dataclass
class Prepared:
    """Claims as a columnar table of items (one per claim and pair), ready for analytics."""

    claims: list[Claim]
    """The effective claims (rejections dropped, corrections applied)."""
    claim: np.ndarray
    """Index into ``claims`` of each item."""
    dyad: np.ndarray
    month: np.ndarray
    score: np.ndarray
    weight: np.ndarray
    stance: np.ndarray
    channel: np.ndarray
    origin: np.ndarray
    rollup: np.ndarray
    side_a: np.ndarray
    """Index into ``actors`` of the actor on side a as coded (before roll-up)."""
    side_b: np.ndarray
    dyads: list[tuple[str, str]]
    """Pair keys (lineage ids, sorted) by dyad index."""
    actors: list[str]
    origins: list[str]
    names: dict[str, dict[str, str]] = field(default_factory=dict)
    """Per lineage key: month label -> the name the actor had then (from the claims)."""
    hierarchy: Any = None
    scale: Scale | None = None
    versions: dict[str, str] = field(default_factory=dict)
    _by_dyad: dict[int, np.ndarray] | None = None
    statement: np.ndarray | None = None
    """Per item: its claim states the relationship itself (``Rating.statement``)."""
    flipped: np.ndarray | None = None
    """Per item: its claim counts against what it tells (scale-5): a doubted or denied
    hostile claim read as persistence, a negated, denied or doubted cooperation read as
    distancing (``Rating.persistence`` or ``Rating.distancing``)."""

    def items_of(self, dyad: int) -> np.ndarray:
        """Item indices of one pair, by month."""
        if self._by_dyad is None:
            order = np.lexsort((self.month, self.dyad))
            bounds = np.flatnonzero(np.diff(self.dyad[order])) + 1
            groups = np.split(order, bounds) if len(order) else []
            self._by_dyad = {int(self.dyad[g[0]]): g for g in groups if len(g)}
        return self._by_dyad.get(dyad, np.empty(0, dtype=np.int64))

    def dyad_index(self, a: str, b: str) -> int | None:
        key = (a, b) if a <= b else (b, a)
        try:
            return self.dyads.index(key)
        except ValueError:
            return None

    def name_of(self, key: str, month: int | None = None) -> str:
        """The name of a lineage at ``month`` (the latest name before it, else the first)."""
        names = self.names.get(key) or {}
        if not names:
            named = getattr(self.hierarchy, "name", None)
            return (named(key) if named else None) or key
        labels = sorted(names)
        if month is not None:
            when = month_label(month) or ""
            before = [m for m in labels if m <= when]
            if before:
                return names[before[-1]]
        return names[labels[0]]


_MEMBERSHIP = {("SUPPORT", "pledge"), ("COOPERATE", "merger"), ("COOPERATE", None)}
_NOT_COALITIONS = ("country", "government", "person", "place")


def comembers(claims: Sequence[Claim], hierarchy: Hierarchy | None = None) -> list[Claim]:
    """Cooperative claims between co-members: per sentence, two groups each asserted to
    pledge to, merge into or cooperate with the same third organisation (not a country,
    government, person or place). One derived claim per pair and third party, with the
    grade and confidence of the weaker claim and the sentence's provenance.

    >>> from riftwatch.analysis.claims import Claim
    >>> def c(a, b, t, m): return Claim(event_id=a, doc_id="d", source_id=a, source_name=a,
    ...     target_id=b, target_name=b, event_type=t, mode=m, modality="asserted",
    ...     date="1985-04", sentence="X and Y joined the Z front.")
    >>> [(d.source_id, d.target_id, d.via) for d in comembers(
    ...     [c("open:x", "open:z", "SUPPORT", "pledge"), c("open:y", "open:z", "COOPERATE", None)])]
    [('open:x', 'open:y', 'open:z')]
    >>> comembers([c("open:x", "country:z", "SUPPORT", "pledge"),
    ...            c("open:y", "country:z", "SUPPORT", "pledge")])
    []
    """
    kb = getattr(hierarchy, "kb", None)
    scale = Scale.load()
    groups: dict[tuple[Any, str, str], dict[str, Claim]] = defaultdict(dict)
    for c in claims:
        if (
            c.via is not None
            or not c.sentence
            or c.modality != "asserted"
            or (c.event_type, c.mode) not in _MEMBERSHIP
            or c.target_id.split(":", 1)[0] in _NOT_COALITIONS
            or c.source_id == c.target_id
        ):
            continue
        held = groups[(c.doc_id, c.sentence, c.target_id)]
        best = held.get(c.source_id)
        if best is None or c.confidence > best.confidence:
            held[c.source_id] = c
    out: list[Claim] = []
    for (_doc, _sentence, third), members in groups.items():
        if len(members) < 2:
            continue
        if kb is not None:
            ent = kb.find(third) if third in kb else None
            if ent is not None and ent.type in _NOT_COALITIONS:
                continue
        ids = sorted(members)
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                ca, cb = members[a], members[b]
                weak = min(
                    (ca, cb),
                    key=lambda x: (scale.grade_weight(x.reliability, x.effective_credibility),
                                   x.confidence),
                )  # fmt: skip
                out.append(
                    replace(
                        weak,
                        event_id=f"{ca.event_id}+{cb.event_id}",
                        source_id=a,
                        source_name=ca.source_name,
                        target_id=b,
                        target_name=cb.source_name,
                        event_type="COOPERATE",
                        mode=None,
                        quote=f"{ca.source_name} and {cb.source_name}: both joined "
                        f"{ca.target_name}",
                        confidence=min(ca.confidence, cb.confidence),
                        judgement=None,
                        via=third,
                    )
                )
    return out


def _kb_country(ident: str) -> str | None:
    """The country the knowledge base gives ``ident`` (None when it gives none or does not
    know the id)."""
    from riftwatch.actors.kb import default_kb

    kb = default_kb()
    ent = kb.find(ident) if ident in kb else None
    return ent.country if ent is not None else None


def _same_open_actors(claims: list[Claim]) -> dict[str, str]:
    """Open actors of the corpus that are one actor under two names (initials and the name
    they spell out, a foreign leading article): id -> the id it counts under (timeline-4;
    :func:`riftwatch.actors.open.same_open_actors`)."""
    from riftwatch.actors.open import (
        closing_names,
        initials_owners,
        is_open,
        opening_names,
        own_initials,
        same_open_actors,
    )

    names: dict[str, str] = {}
    others: dict[str, str] = {}
    written: dict[str, set[str]] = defaultdict(set)  # id -> the initials a text wrote for it
    plain: set[str] = set()  # ids a text wrote otherwise than by initials (or not at all)
    for c in claims:
        for ident, name, mention in (
            (c.source_id, c.source_name, c.source_mention),
            (c.target_id, c.target_name, c.target_mention),
        ):
            if ident and name:
                (names if is_open(ident) else others).setdefault(ident, name)
            if ident and mention and _INITIALS.match(mention.strip()):
                written[ident].add(mention.strip())
            elif ident:
                plain.add(ident)
    out = same_open_actors(names) if len(names) > 1 else {}
    # "JEM" (a list's entry named by its initials) and the corpus's one "Justice and Equality
    # Movement", known or open (names21)
    for ident, meant in initials_owners(names, others, written, plain, _kb_country).items():
        out.setdefault(ident, out.get(meant, meant))
    every = {**others, **names}
    # "the Democratic Front" for the corpus's one "Democratic Front for the Liberation of ..."
    # (mmp13); "the Tigers" for the corpus's one "Liberation Tigers of ..." (timeline-6); not
    # an actor a text named by initials of its own ("National Liberation Front (FLN)" is no
    # opening of another document's "National Liberation Front of South Vietnam"; replay20)
    for shorter in (opening_names(names, others), closing_names(names, others)):
        for ident, meant in shorter.items():
            if not own_initials(written, every, ident, meant):
                out.setdefault(ident, out.get(meant, meant))
    return out


def prepare(
    claims: Iterable[Claim],
    *,
    hierarchy: Hierarchy | None = None,
    scale: Scale | None = None,
    rollup: bool = True,
    comember: bool = True,
) -> Prepared:
    """The item table of ``claims`` (see the module docstring for what is counted how)."""
    hierarchy = hierarchy if hierarchy is not None else default_hierarchy()
    scale = scale or Scale.load()
    kept: list[Claim] = []
    rows_claim: list[int] = []
    rows_dyad: list[int] = []
    rows_month: list[int] = []
    rows_score: list[float] = []
    rows_weight: list[float] = []
    rows_stance: list[int] = []
    rows_channel: list[int] = []
    rows_statement: list[bool] = []
    rows_flipped: list[bool] = []
    rows_origin: list[int] = []
    rows_rollup: list[bool] = []
    rows_a: list[int] = []
    rows_b: list[int] = []
    dyad_ids: dict[tuple[str, str], int] = {}
    actor_ids: dict[str, int] = {}
    origin_ids: dict[str, int] = {}
    first_seen: dict[tuple[str, str], int] = {}
    key_cache: dict[str, str] = {}
    rate_cache: dict[tuple[str, str | None, str, str | None, bool], Any] = {}
    grade_cache: dict[tuple[str, int], float] = {}
    ancestors_cache: dict[tuple[str, int], list[str]] = {}

    claims = list(claims)
    merged = _same_open_actors(claims)

    def key_of(actor: str) -> str:
        hit = key_cache.get(actor)
        if hit is None:
            hit = hierarchy.lineage(merged.get(actor, actor))[-1] if actor else actor
            key_cache[actor] = hit
        return hit

    may = getattr(hierarchy, "may_have_parents", None)
    may_cache: dict[str, bool] = {}

    def ups(actor: str, month: int) -> list[str]:
        if may is not None:
            flag = may_cache.get(actor)
            if flag is None:
                flag = may_cache[actor] = bool(may(actor))
            if not flag:
                return []
        k = (actor, month)
        hit = ancestors_cache.get(k)
        if hit is None:
            hit = [key_of(p) for p in hierarchy.parents(actor, month_label(month))]
            ancestors_cache[k] = hit
        return hit

    if comember:
        claims += comembers([c for c in (effective(x) for x in claims) if c is not None], hierarchy)
    for raw in claims:
        claim = effective(raw)
        if claim is None or not claim.source_id or not claim.target_id:
            continue
        month = event_month(claim.date, claim.published)
        if month is None:
            continue
        ka, kb_ = key_of(claim.source_id), key_of(claim.target_id)
        if ka == kb_:
            continue
        quote_key = claim.quote if claim.mode is None else None
        doubted = claim.doubted is not None
        rk = (claim.event_type, claim.mode, claim.modality, quote_key, doubted)
        rating = rate_cache.get(rk)
        if rating is None:
            rating = scale.rate(claim.event_type, claim.mode, claim.modality, quote_key,
                                doubted=doubted)  # fmt: skip
            if len(rate_cache) < 100_000:
                rate_cache[rk] = rating
        stance = rating.stance
        if stance == 0:
            continue
        gk = (claim.reliability, claim.effective_credibility)
        gw = grade_cache.get(gk)
        if gw is None:
            gw = grade_cache[gk] = scale.grade_weight(*gk)
        weight = gw * max(0.0, min(1.0, float(claim.confidence))) * rating.modality_weight
        if weight <= 0:
            continue
        ci = len(kept)
        kept.append(claim)
        for name_key in ((ka, claim.source_name), (kb_, claim.target_name)):
            if month < first_seen.get(name_key, _NEVER):
                first_seen[name_key] = month
        oi = origin_ids.setdefault(claim.origin, len(origin_ids))
        ai = actor_ids.setdefault(claim.source_id, len(actor_ids))
        bi = actor_ids.setdefault(claim.target_id, len(actor_ids))
        lefts = [(ka, False)]
        rights = [(kb_, False)]
        if rollup:
            up_a = ups(claim.source_id, month)
            up_b = ups(claim.target_id, month)
            lefts += [(p, True) for p in up_a]
            rights += [(p, True) for p in up_b]
            below_a, below_b = {ka, *up_a}, {kb_, *up_b}
        for left, rolled_l in lefts:
            for right, rolled_r in rights:
                if left == right:
                    continue
                if (rolled_l or rolled_r) and (left in below_b or right in below_a):
                    continue  # an actor with its own parent: not a pair
                if left <= right:
                    pair, sa, sb = (left, right), ai, bi
                else:
                    pair, sa, sb = (right, left), bi, ai
                di = dyad_ids.setdefault(pair, len(dyad_ids))
                rows_claim.append(ci)
                rows_dyad.append(di)
                rows_month.append(month)
                rows_score.append(rating.score)
                rows_weight.append(weight)
                rows_stance.append(stance)
                rows_channel.append(_CHANNEL_INDEX[rating.channel])
                rows_statement.append(rating.statement)
                rows_flipped.append(rating.persistence or rating.distancing)
                rows_origin.append(oi)
                rows_rollup.append(rolled_l or rolled_r)
                rows_a.append(sa)
                rows_b.append(sb)
    names: dict[str, dict[str, str]] = defaultdict(dict)
    for (key, name), first in sorted(first_seen.items(), key=lambda kv: kv[1]):
        names[key].setdefault(month_label(first) or "", name)
    from riftwatch.analysis import corroboration
    from riftwatch.analysis import hierarchy as hier
    from riftwatch.analysis import scale as sc

    return Prepared(
        claims=kept,
        claim=np.asarray(rows_claim, dtype=np.int64),
        dyad=np.asarray(rows_dyad, dtype=np.int64),
        month=np.asarray(rows_month, dtype=np.int64),
        score=np.asarray(rows_score, dtype=np.float64),
        weight=np.asarray(rows_weight, dtype=np.float64),
        stance=np.asarray(rows_stance, dtype=np.int8),
        channel=np.asarray(rows_channel, dtype=np.int8),
        statement=np.asarray(rows_statement, dtype=bool),
        flipped=np.asarray(rows_flipped, dtype=bool),
        origin=np.asarray(rows_origin, dtype=np.int64),
        rollup=np.asarray(rows_rollup, dtype=bool),
        side_a=np.asarray(rows_a, dtype=np.int64),
        side_b=np.asarray(rows_b, dtype=np.int64),
        dyads=list(dyad_ids),
        actors=list(actor_ids),
        origins=list(origin_ids),
        names=dict(names),
        hierarchy=hierarchy,
        scale=scale,
        versions={
            "scale": scale.version,
            "corroboration": corroboration.VERSION,
            "hierarchy": hier.VERSION,
            "timeline": VERSION,
            "scale_module": sc.VERSION,
        },
    )


def units(p: Prepared, idx: np.ndarray | None = None) -> dict[str, np.ndarray]:
    """Evidence units per (pair, month): independent origins weighted, per stance.

    Each origin counts once per pair, month and stance, with its strongest claim's
    weight x strength (|score| / 0.5, capped at the channel's ``strength_cap`` of the
    scale: 2 for formal statements about the relationship, else 1). Returns arrays
    ``dyad``, ``month``, ``coop``, ``hostile`` (one row per pair-month with evidence,
    sorted by pair, month).
    """
    d, m, s, _o, v = origin_units(p, idx)
    return sum_units(d, m, s, v)


def origin_units(
    p: Prepared, idx: np.ndarray | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(dyad, month, stance, origin, value): one row per origin, pair, month and stance,
    with the strongest claim's weight x strength, sorted by pair, month, stance, origin."""
    sel = np.arange(len(p.dyad)) if idx is None else idx
    if len(sel) == 0:
        e = np.empty(0, dtype=np.int64)
        return e, e, e, e, np.empty(0)
    caps = np.asarray(p.scale.strength_cap if p.scale else [1.0] * len(CHANNELS))
    strength = np.minimum(caps[p.channel[sel]], np.abs(p.score[sel]) / STRENGTH_FULL)
    value = p.weight[sel] * strength
    dyad, month, stance, origin = p.dyad[sel], p.month[sel], p.stance[sel], p.origin[sel]
    # max per (dyad, month, stance, origin)
    order = np.lexsort((-value, origin, stance, month, dyad))
    d, m, s, o, v = dyad[order], month[order], stance[order], origin[order], value[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = (d[1:] != d[:-1]) | (m[1:] != m[:-1]) | (s[1:] != s[:-1]) | (o[1:] != o[:-1])
    d, m, s, o, v = d[first], m[first], s[first], o[first], v[first]
    if p.statement is None:
        return d, m, s, o, v
    keep = _statement_over_incident(d, m, s, o, p.statement[sel][order][first])
    return d[keep], m[keep], s[keep], o[keep], v[keep]


def _statement_over_incident(
    d: np.ndarray, m: np.ndarray, s: np.ndarray, o: np.ndarray, statement: np.ndarray
) -> np.ndarray:
    """Rows to keep. Where one origin, in one month, states the relationship itself with
    one stance (a split, a renunciation, a rivalry, a pledge, a merger) and reports only an
    incident with the other ("X split from Y, which Y sanctioned"), the statement is what
    that report says about the relationship: the incident's unit for that month is left
    out. Its claim stays evidence and counter-evidence in the listings.

    >>> z = np.zeros(2, dtype=np.int64)
    >>> _statement_over_incident(z, z, np.array([-1, 1]), z, np.array([True, False])).tolist()
    [True, False]
    >>> _statement_over_incident(z, z, np.array([-1, 1]), z, np.array([True, True])).tolist()
    [True, True]
    """
    keep = np.ones(len(d), dtype=bool)
    if len(d) < 2:
        return keep
    order = np.lexsort((s, o, m, d))
    a, b = order[:-1], order[1:]
    both = (d[a] == d[b]) & (m[a] == m[b]) & (o[a] == o[b]) & (s[a] != s[b])
    both &= statement[a] != statement[b]
    keep[np.where(statement[a], b, a)[both]] = False
    return keep


def sum_units(d: np.ndarray, m: np.ndarray, s: np.ndarray, v: np.ndarray) -> dict[str, np.ndarray]:
    """Per (pair, month): the cooperative and hostile units (rows sorted by pair, month)."""
    if len(d) == 0:
        e = np.empty(0, dtype=np.int64)
        return {"dyad": e, "month": e, "coop": np.empty(0), "hostile": np.empty(0)}
    key_change = np.ones(len(d), dtype=bool)
    key_change[1:] = (d[1:] != d[:-1]) | (m[1:] != m[:-1])
    group = np.cumsum(key_change) - 1
    n = int(group[-1]) + 1
    coop = np.bincount(group, weights=np.where(s > 0, v, 0.0), minlength=n)
    hostile = np.bincount(group, weights=np.where(s < 0, v, 0.0), minlength=n)
    return {"dyad": d[key_change], "month": m[key_change], "coop": coop, "hostile": hostile}


def _side(ident: str, name: str, as_: str | None, how: str | None) -> dict[str, Any]:
    """An evidence item's actor, with the words that stood for it when they were not its
    name and how they were resolved (``as``, ``resolved_by``)."""
    out: dict[str, Any] = {"id": ident, "name": name}
    if as_:
        out["as"] = as_
        if how:
            out["resolved_by"] = how
    return out


def evidence_record(p: Prepared, item: int, corr: Any = None) -> dict[str, Any]:
    """One item as evidence: provenance, grades, attribution, score and channel."""
    c = p.claims[int(p.claim[item])]
    rec: dict[str, Any] = {
        "doc_id": c.doc_id,
        "quote": c.quote,
        "sentence": c.sentence,
        "event_type": c.event_type,
        "mode": c.mode,
        "modality": c.modality,
        "date": c.date or c.published,
        "month": month_label(int(p.month[item])),
        "source": _side(c.source_id, c.source_name, c.source_as, c.source_resolved_by),
        "target": _side(c.target_id, c.target_name, c.target_as, c.target_resolved_by),
        "attributed_to": c.attributed_to,
        "grade": c.grade,
        "reliability": c.reliability,
        "credibility": c.effective_credibility,
        "confidence": c.confidence,
        "origin": c.origin,
        "outlet": c.outlet,
        "channel": CHANNELS[int(p.channel[item])],
        "score": round(float(p.score[item]), 3),
        "weight": round(float(p.weight[item]), 3),
        "rollup": bool(p.rollup[item]),
        "event_id": c.event_id,
    }
    if c.via is not None:
        rec["derived_via"] = c.via
    if c.doubted is not None:
        rec["doubted"] = c.doubted  # the skeptic's word of disbelief
    if p.flipped is not None and p.flipped[item]:
        # a doubted or denied hostile claim read as persistence; a negated, denied or
        # doubted cooperation as distancing (scale-5)
        rec["read_as"] = "persistence" if int(p.stance[item]) > 0 else "distancing"
    if rec["rollup"]:
        pair = set(p.dyads[int(p.dyad[item])])
        coded = (p.actors[int(p.side_a[item])], p.actors[int(p.side_b[item])])
        rec["via"] = [x for x in coded if p.hierarchy.lineage(x)[-1] not in pair]
    if c.judgement is not None:
        rec["judgement"] = {"verdict": c.judgement.verdict, "analyst": c.judgement.analyst,
                            "at": c.judgement.at}  # fmt: skip
    if corr is not None:
        rec["corroboration"] = corr.to_dict()
    return rec


def corroboration_of(
    p: Prepared, idx: Sequence[int], targets: Sequence[int] | None = None
) -> dict[int, Any]:
    """Corroboration of the items ``targets`` (default: all of ``idx``) among the items
    ``idx`` of one pair."""
    idx = [int(i) for i in idx]
    items = [
        (p.claims[int(p.claim[i])], int(p.month[i]), int(p.stance[i]), int(p.channel[i]))
        for i in idx
    ]
    if targets is None:
        return dict(zip(idx, corroborate(items), strict=True))
    where = {i: k for k, i in enumerate(idx)}
    wanted = [int(t) for t in targets if int(t) in where]
    found = corroborate(items, only=[where[t] for t in wanted])
    return dict(zip(wanted, found, strict=True))


def dyad_timeline(
    p: Prepared, a: str, b: str, *, evidence_limit: int | None = None
) -> dict[str, Any]:
    """The monthly series of one pair: per channel and overall, with the evidence.

    Each month has ``score`` (the weighted mean signed score over independent
    origins, -1..+1), ``coop`` and ``hostile`` (evidence units), ``claims`` and
    ``origins`` counts and ``evidence`` (the claims behind it, rolled-up ones marked).
    ``evidence_limit``: per month, only the strongest claims (by weight) as evidence,
    the month's ``evidence_total`` counting all (a busy pair's page shows a few).
    """
    di = p.dyad_index(a, b)
    out: dict[str, Any] = {"actors": [a, b], "channels": {}, "months": [], "versions": p.versions}
    if di is None:
        return out
    idx = p.items_of(di)
    per_month: dict[int, list[int]] = defaultdict(list)
    for i in idx:
        per_month[int(p.month[i])].append(int(i))
    shown: dict[int, list[int]] = {}
    for month, items in per_month.items():
        if evidence_limit is None or len(items) <= evidence_limit:
            shown[month] = items
        else:
            strongest = sorted(items, key=lambda i: (-float(p.weight[i]), i))[:evidence_limit]
            shown[month] = sorted(strongest)
    wanted = None if evidence_limit is None else [i for v in shown.values() for i in v]
    corr = corroboration_of(p, idx, wanted)

    def summary(items: list[int]) -> dict[str, Any]:
        arr = np.asarray(items, dtype=np.int64)
        u = units(p, arr)
        best: dict[tuple[int, int], tuple[float, float]] = {}
        for i in items:
            k = (int(p.origin[i]), int(p.stance[i]))
            w = float(p.weight[i])
            if k not in best or w > best[k][0]:
                best[k] = (w, float(p.score[i]))
        total = sum(w for w, _ in best.values())
        score = sum(w * s for w, s in best.values()) / total if total else 0.0
        return {
            "score": round(score, 3),
            "coop": round(float(u["coop"].sum()), 3),
            "hostile": round(float(u["hostile"].sum()), 3),
            "claims": len(items),
            "origins": len({k[0] for k in best}),
        }

    for month in sorted(per_month):
        items = per_month[month]
        row = {"month": month_label(month), **summary(items)}
        row["evidence"] = [evidence_record(p, i, corr.get(i)) for i in shown[month]]
        if evidence_limit is not None:
            row["evidence_total"] = len(items)
        out["months"].append(row)
        by_channel: dict[int, list[int]] = defaultdict(list)
        for i in items:
            by_channel[int(p.channel[i])].append(i)
        for ch, ch_items in sorted(by_channel.items()):
            out["channels"].setdefault(CHANNELS[ch], []).append(
                {"month": month_label(month), **summary(ch_items),
                 "evidence": [str(p.claims[int(p.claim[i])].doc_id) for i in ch_items]}
            )  # fmt: skip
    return out


__all__ = [
    "STRENGTH_FULL",
    "VERSION",
    "Prepared",
    "comembers",
    "corroboration_of",
    "dyad_timeline",
    "event_month",
    "evidence_record",
    "month_index",
    "month_label",
    "origin_units",
    "prepare",
    "sum_units",
    "units",
]
