"""Stage ``rift-15``: a Bayesian model of when a relationship between two groups broke.

The model is a hidden Markov chain over months with four states: *allied, never
broken* (A0), *hostile from the start* (B0: rivals, not a rift), *broken* (B1: hostile
after having been allied) and *allied again after a break* (A1). Each month a
relationship changes state with a small prior probability (``hazard``). What is observed
is the month's reports (:func:`evidence`: one per independent origin and stance, with the
probability that it is right and its evidence units). By default (``likelihood:
tempered``, as rift-3) a unit is hostile with probability ``theta_allied`` while allied
(friction, misreports, miscoding) and ``theta_broken`` while broken, and a report of weight
w enters raised to the power w; with ``likelihood: mixture`` a report is right with its
probability r and otherwise uninformative, which bounds what one report can say by
(1 + r) / (1 - r); since rift-5 the tempered likelihood has that bound too
(``grade_bound``), applied after the corpus has chosen its parameters
(``bound_after_choice``), so no weak source decides alone. By default since rift-5
(``presupposes_tie``) a hostile statement that tells of an earlier tie (a split, a
renunciation) cannot be right of a pair that was never allied, and as a pair's first
evidence it brings the tie it tells of. Since rift-9 (``coder_unknown``) a coder's
confidence below what a report that cannot be judged is granted (``unknown_right``, 0.7)
counts as that in the bound: unknown, not low (the extractor's calibration has no cases
below its calibrated range and says 0.5 there, which made every report on groups outside
the KB as weak as a D4 source). Exact forward-backward smoothing
(batched over all pairs with numpy, empty months skipped by powers of the transition
matrix) gives, per pair:

* ``probability``: the posterior probability that an alliance broke at least once
  (the chain reached B1),
* per month the probability that the relationship is broken then (B1),
* the onset: the posterior distribution of the month of the first break. Between two
  months with evidence the data cannot tell when a change happened, so the credible
  interval spans the silence before the first report of the break; ``onset`` is the
  month the break first shows in the evidence (the median of that distribution moved
  to the first month at or after it with hostile evidence; since rift-12 a weak
  cooperative report just before the break is no longer shown as its onset).

The hazard and the friction rate are shared by the pairs of one corpus and chosen by it
(:func:`for_corpus`, empirical Bayes): a curated history, one row per development, changes
between few reports; a stream of incident reports samples pairs whatever happens, and a
noisy one needs more hostile reports before it reads them as a change. Since rift-9 the
cap on the prior of a change over a long silence is chosen together with the hazard
(``joint_cap``); since rift-10 so is a floor under it (``hazard_floor``, at most 0.3): a
curated history's breaks follow the tie by months as often as by years, while an incident
stream's steady months choose no floor. Since rift-10 a report that states the end of a
tie and, in the same month, tells of cooperation between the two reads as the end of the
tie: that cooperation is the tie it tells of (:func:`_not_the_told_tie`). Since rift-11
dissent is listed, never averaged away: a claim that counts against what it tells (scale-5:
a skeptic's doubted split, a denied break, read as persistence) is always among a flagged
pair's counter-evidence from the onset interval's start on, with its attribution and grade,
beyond the ``evidence_limit`` strongest if need be (:func:`_plan`).

One weak report cannot make an alarm in a corpus that shows no habit of change: the prior
odds of a change over a silence are then at most 1:3 (cap 0.25) and a D4 report multiplies
them by at most 2:1 (an E5 one by 1.35:1). A corpus of curated histories whose other pairs
broke chooses a cap up to 0.5 (even odds of a change over a long silence), and there a lone
weak split comes near even odds too (0.6 with twelve broken pairs beside it): the replay of
such histories needs that prior, and the ceiling of 0.3 that would rule it out cost breaks
on every development set (docs/rifts.md). One explicit statement of a break after a documented tie
("X split from Y") from an ungraded or well-graded source can (an ungraded one by up to
5.7:1, 2.9:1 when the coder is unsure); one clash from the same source says less (a
formal statement counts up to double units). Several independent, well-graded hostile
reports after cooperative ones can. The mirror question (hostility giving way to
cooperation: ``direction`` ``improving``) is the same model with the stances swapped.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import yaml

from riftwatch.analysis.scale import CHANNELS
from riftwatch.analysis.timeline import (
    STRENGTH_FULL,
    Prepared,
    _statement_over_incident,
    corroboration_of,
    evidence_record,
    month_label,
)

VERSION = "rift-15"
DATA = Path(__file__).resolve().parent.parent / "data" / "analysis" / "rift.yaml"
A0, B0, B1, A1 = 0, 1, 2, 3


@dataclass(frozen=True)
class Params:
    """The model's assumptions (``riftwatch/data/analysis/rift.yaml``)."""

    theta_allied: float = 0.2
    theta_broken: float = 0.8
    hazard_month: float = 1 / 240
    hazard_cap: float = 0.25
    cap_grid: tuple[float, ...] = ()
    """Candidate ``hazard_cap`` values; when given, the corpus picks one (after the hazard
    and noise; a logit-normal prior of spread ``cap_prior_sd`` around ``hazard_cap``)."""
    cap_prior_sd: float = 1.0
    hazard_floor: float = 0.0
    """The least prior probability of a change between two evidence months, however close
    (rift-10): a curated history writes a row because something changed, so its changes do
    not wait for a long silence. 0: the change prior grows with the silence alone."""
    floor_grid: tuple[float, ...] = ()
    """Candidate ``hazard_floor`` values; when given, the corpus picks one jointly with the
    hazard, noise and cap (no prior: an incident stream, sampled every few weeks whatever
    happens, picks 0 from its own steady months)."""
    hazard_grid: tuple[float, ...] = ()
    """Candidate monthly hazards; when given, the corpus picks one (:func:`for_corpus`)."""
    hazard_prior_sd: float = 1.0
    """Spread (natural log units) of the prior on the hazard around ``hazard_month``."""
    theta_grid: tuple[float, ...] = ()
    """Candidate ``theta_allied`` values (``theta_broken`` = 1 - it); when given, the corpus
    picks one together with the hazard."""
    theta_prior_sd: float = 0.5
    """Spread (logit units) of the prior on ``theta_allied`` around its configured value."""
    estimate_min_months: int = 3
    """Only pairs with at least this many months of evidence enter the estimate: with one
    or two, noise and change explain the data equally well and tell nothing apart."""
    self_min_months: int = 3
    """A pair with fewer months of evidence than this informs the choice for the other
    pairs but not its own (:func:`for_pairs`): its own two reports cannot tell noise from
    change, so they must not set the rates they are judged by."""
    hazard_sample: int = 50_000
    """At most this many pair-months enter the estimate (whole pairs, the first ones)."""
    initial_allied: float = 0.5
    likelihood: str = "tempered"
    """How a report enters the likelihood: ``tempered`` (rift-3: each unit's likelihood
    raised to the power of its weight x strength) or ``mixture`` (right with its grade's
    probability, else uninformative; bounded by the grade)."""
    grade_bound: bool = False
    """With the tempered likelihood: no report moves the odds by more than
    (1 + r) / (1 - r), r the probability that it is right."""
    bound_after_choice: bool = False
    """With ``grade_bound``: the corpus chooses its hazard and noise without the bound, and
    the bound applies to the fit that gives the findings."""
    statement_ratio: float = 0.25
    """How much rarer a true explicit statement against the state of a relationship is than
    an incident against it ("X split from Y" between allies, against a clash between
    allies): the allied state's hostile rate for explicit statements is ``theta_allied``
    times this (and the broken state's cooperative rate for explicit pledges likewise)."""
    noise_against: float = 0.5
    """The chance that a report which is wrong (probability 1 - its grade's) takes the
    stance against the pair's true state (a misreport says the opposite): 0.5, a wrong
    report tells nothing; more, wrong reports lean against the truth, so a hostile report
    of a middling grade says less. Never below 0.5, so that a report right with
    probability r moves the odds of a change by at most (1 + r) / (1 - r) whatever it says
    (a D4 report, r about 1/3: 2:1)."""
    noise_grid: tuple[float, ...] = ()
    """Candidate ``noise_against`` values (each at least 0.5); the corpus picks one jointly
    with the hazard and ``theta_allied`` (logit-normal prior of spread ``noise_prior_sd``
    around ``noise_against`` + 0.01)."""
    noise_prior_sd: float = 1.0
    unknown_right: float = 0.7
    """The probability that a report from a source or of information that cannot be
    judged (reliability F, credibility 6) is right, for each unknown part of its grade."""
    unknown_grid: tuple[float, ...] = ()
    """Candidate ``unknown_right`` values; when given, a corpus with ungraded reports picks
    one (:func:`for_corpus`): how consistent its ungraded reports are tells how far to
    trust them."""
    unknown_prior_sd: float = 1.0
    trust: float = 1.0
    """A corpus-wide factor on the probability that a report is right: 1 takes the grades
    at their word; below 1, the corpus's reports contradict each other more than their
    grades say (misreports), so each counts less."""
    trust_grid: tuple[float, ...] = ()
    """Candidate ``trust`` values (at most 1: a corpus can say its grades are optimistic,
    never that they are too modest); a log-normal prior of spread ``trust_prior_sd``
    around ``trust``."""
    trust_prior_sd: float = 0.5
    """Spread (logit units) of the prior on ``unknown_right`` around its configured value."""
    presupposes_tie: tuple[str, ...] = ()
    """Modes of a hostile statement that tells of an earlier tie ("split from", "renounced
    its allegiance to"): the pair was allied before it, even when no report says so."""
    coder_unknown: bool = False
    """With ``grade_bound``: in the bound, a coder's confidence below ``unknown_right`` counts
    as ``unknown_right`` (a confidence the extractor could not calibrate is unknown, not
    low). The report's evidence units keep the coder's confidence. rift-9."""
    joint_cap: bool = False
    """Choose ``hazard_cap`` (``cap_grid``) jointly with the hazard and noise, not after them.
    rift-9."""
    dates_change: bool = False
    """A hostile statement that tells of an earlier tie (``presupposes_tie``: "X split from
    Y", "X fell out with Y") also tells that the relationship changed in the silence that
    ends at its month: besides the hostile state it reports, it is evidence of the change
    itself, worth at most what a report right with its probability r is ((1 + r) / (1 - r)
    on the odds of a change in that silence, as ``grade_bound``). An option, off: it counts
    one report twice (as the state and as the change), past the per-report bound. Since
    replay44 a weak statement (hedged, or below an average source) dates nothing, so that
    with the option on a lone weak split still stays with the centres' odds."""
    origin_bound: bool = False
    """With ``grade_bound``: what one origin's reports say of one pair with one stance,
    over all their months, is bounded by what its best report could say alone (one story
    and its reprints are wrong together). rift-13."""
    weak_alone_centres: bool = False
    """A pair whose only hostile reports are weak (hedged, or from a below-average source)
    and of one origin changes no more readily than the priors' centres say (its hazard,
    cap and floor at most ``hazard_month``, ``hazard_cap``, ``hazard_floor``), whatever the
    corpus chooses: a corpus's high rates of change come from reports written because
    something changed, which a rumour or a weak source's single story is not. rift-13."""
    min_probability: float = 0.5
    interval: float = 0.9
    version: str = VERSION

    @classmethod
    def load(cls, path: str | Path | None = None) -> Params:
        if path is None:
            return _default_params()
        with open(path, encoding="utf-8") as f:
            data = yaml.safe_load(f) or {}
        return cls.from_dict(data)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Params:
        kept = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        for name in (
            "hazard_grid", "theta_grid", "unknown_grid", "cap_grid", "trust_grid", "noise_grid",
            "floor_grid",
        ):  # fmt: skip
            if name in kept:
                kept[name] = tuple(float(h) for h in kept[name] or ())
        if "presupposes_tie" in kept:
            kept["presupposes_tie"] = tuple(str(m) for m in kept["presupposes_tie"] or ())
        return cls(**kept)

    def change(self, gap: np.ndarray | int) -> np.ndarray:
        """Prior probability of a change between two evidence months ``gap`` months apart."""
        g = np.asarray(gap, dtype=np.float64)
        grown = np.maximum(self.hazard_floor, 1 - (1 - self.hazard_month) ** g)
        return np.where(g >= 1, np.minimum(self.hazard_cap, grown), 0.0)

    def transition(self, r: float) -> np.ndarray:
        t = np.zeros((4, 4))
        t[A0, A0], t[A0, B1] = 1 - r, r
        t[B0, B0], t[B0, A0] = 1 - r, r
        t[B1, B1], t[B1, A1] = 1 - r, r
        t[A1, A1], t[A1, B1] = 1 - r, r
        return t


@lru_cache(maxsize=1)
def _default_params() -> Params:
    with open(DATA, encoding="utf-8") as f:
        data = yaml.safe_load(f) or {}
    return Params.from_dict(data)


# evidence ---------------------------------------------------------------------------------
_REPORT_KEYS = (
    "dyad", "month", "stance", "origin", "right", "units", "unknown", "explicit", "presup",
    "rollup", "coded", "weak",
)  # fmt: skip


def evidence(
    p: Prepared, idx: np.ndarray | None = None, params: Params | None = None
) -> dict[str, np.ndarray]:
    """The reports the model reads: one row per independent origin, pair, month and stance.

    Each row has ``right``, the probability that the report is right: its claim's weight
    (the grades as the probability that a report is right, x the coder's confidence x the
    modality weight) x how squarely the event speaks to the relationship (|score| / 0.5,
    at most 1); of the origin's claims that month, the strongest. ``explicit``: the
    claim states the relationship itself (a split, a renunciation, a pledge, a merger)
    rather than telling of an incident. ``presup``: a hostile statement that tells of an
    earlier tie (``presupposes_tie``). A pair whose first evidence is such a statement
    gets the tie it tells of as a cooperative row of the same origin and probability,
    dated before it by the silence after which the prior of a change is at its cap (the
    statement says there was a tie, not when).
    Rows sorted by pair and month.
    """
    params = params or Params.load()
    sel = np.arange(len(p.dyad)) if idx is None else np.asarray(idx, dtype=np.int64)
    if len(sel) == 0:
        e = np.empty(0, dtype=np.int64)
        return {"dyad": e, "month": e, "stance": e, "origin": e, "right": np.empty(0),
                "units": np.empty(0), "unknown": np.empty(0), "explicit": np.empty(0, dtype=bool),
                "presup": np.empty(0, dtype=bool), "rollup": np.empty(0, dtype=bool),
                "coded": np.empty(0), "weak": np.empty(0, dtype=bool)}  # fmt: skip
    strength = np.minimum(1.0, np.abs(p.score[sel]) / STRENGTH_FULL)
    known, unknown = _ungraded(p)
    right = np.clip(p.weight[sel] * strength, 0.0, 1.0)
    right_known = p.weight[sel] * strength / known[p.claim[sel]]
    caps = np.asarray(p.scale.strength_cap if p.scale else [1.0] * len(CHANNELS))
    units_known = (
        p.weight[sel]
        * np.minimum(caps[p.channel[sel]], np.abs(p.score[sel]) / STRENGTH_FULL)
        / known[p.claim[sel]]
    )
    unknown_sel = unknown[p.claim[sel]]
    coded = _coder_confidence(p)[p.claim[sel]]
    explicit = p.statement[sel] if p.statement is not None else np.zeros(len(sel), dtype=bool)
    presup = _presupposing(p, params)[p.claim[sel]] & (p.stance[sel] < 0)
    weak_claim = _weak(p)[p.claim[sel]]
    dyad, month, stance, origin = p.dyad[sel], p.month[sel], p.stance[sel], p.origin[sel]
    order = np.lexsort((-right, origin, stance, month, dyad))
    d, m, s, o = dyad[order], month[order], stance[order], origin[order]
    first = np.ones(len(order), dtype=bool)
    first[1:] = (d[1:] != d[:-1]) | (m[1:] != m[:-1]) | (s[1:] != s[:-1]) | (o[1:] != o[:-1])
    group = np.cumsum(first) - 1
    n = int(group[-1]) + 1
    ex = np.bincount(group, weights=explicit[order].astype(float), minlength=n) > 0
    pre = np.bincount(group, weights=presup[order].astype(float), minlength=n) > 0
    # a report is weak when every claim of it is (hedged, or from a weak source)
    weak = np.bincount(group, weights=(~weak_claim[order]).astype(float), minlength=n) == 0
    # a report on a pair only through a faction (rolled up to its parent) is a copy of the
    # report on the faction's own pair
    direct = ~p.rollup[sel][order]
    rolled = np.bincount(group, weights=direct.astype(float), minlength=n) == 0
    d, m, s, o = d[first], m[first], s[first], o[first]
    r, u = right_known[order][first], unknown_sel[order][first]
    cc = coded[order][first]
    v = np.maximum.reduceat(units_known[order], np.flatnonzero(first))
    keep = _statement_over_incident(d, m, s, o, ex) & _not_the_told_tie(d, m, s, o, pre)
    rows = {"dyad": d[keep], "month": m[keep], "stance": s[keep].astype(np.int64),
            "origin": o[keep], "right": r[keep], "units": v[keep], "unknown": u[keep],
            "explicit": ex[keep],
            "presup": pre[keep], "rollup": rolled[keep], "coded": cc[keep],
            "weak": weak[keep]}  # fmt: skip
    return _with_presupposed_ties(rows, _capped_gap(params))


def _not_the_told_tie(
    d: np.ndarray, m: np.ndarray, s: np.ndarray, o: np.ndarray, presup: np.ndarray
) -> np.ndarray:
    """Rows to keep (rift-10). Where one origin, in one month, states that a pair's tie
    ended (a statement of ``presupposes_tie``: "X walked out of Y") and also tells of
    cooperation between the two ("... and formed X", "Y's men had served under X"), the
    cooperation is the tie the statement tells of, not a tie that still holds: its row for
    that month is left out (the statement's presupposed tie stands for it; the claim stays
    in the listings). Reports of cooperation from other origins, or in other months, count
    as before.

    >>> z = np.zeros(2, dtype=np.int64)
    >>> _not_the_told_tie(z, z, np.array([-1, 1]), z, np.array([True, False])).tolist()
    [True, False]
    >>> other = np.array([0, 1])
    >>> _not_the_told_tie(z, z, np.array([-1, 1]), other, np.array([True, False])).tolist()
    [True, True]
    """
    keep = np.ones(len(d), dtype=bool)
    if not bool(presup.any()):
        return keep
    told = {
        (int(a), int(b), int(c)) for a, b, c in zip(d[presup], m[presup], o[presup], strict=True)
    }
    for i in np.flatnonzero(s > 0):
        if (int(d[i]), int(m[i]), int(o[i])) in told:
            keep[i] = False
    return keep


def _presupposing(p: Prepared, params: Params) -> np.ndarray:
    """Per claim of ``p``: its mode tells of an earlier tie (cached on ``p``)."""
    cache = p.__dict__.setdefault("_rift_presup", {})
    key = params.presupposes_tie
    hit = cache.get(key)
    if hit is None:
        modes = set(key)
        hit = cache[key] = np.fromiter(
            (c.mode in modes for c in p.claims), dtype=bool, count=len(p.claims)
        )
    return hit


def _coder_confidence(p: Prepared) -> np.ndarray:
    """Per claim of ``p``: the coder's confidence (0..1; cached on ``p``)."""
    hit = p.__dict__.get("_rift_coded")
    if hit is None:
        hit = p.__dict__["_rift_coded"] = np.clip(
            np.fromiter((float(c.confidence) for c in p.claims), dtype=float, count=len(p.claims)),
            0.0, 1.0,
        )  # fmt: skip
    return hit


def _weak(p: Prepared) -> np.ndarray:
    """Per claim of ``p``: the claim is weak, i.e. not asserted (hedged, rumoured: the
    uncertain modality) or from a source or of information graded below an average one
    (C3; "cannot be judged", F/6, counts as average): what issue 10 says must not raise an
    alarm alone (cached on ``p``)."""
    hit = p.__dict__.get("_rift_weak")
    if hit is None:
        scale = p.scale
        average = scale.grade_weight("C", 3) if scale else 0.7
        grades: dict[tuple[str, int], bool] = {}

        def weak(c: Any) -> bool:
            if (c.modality or "asserted").lower() != "asserted":
                return True
            key = (str(c.reliability), int(c.effective_credibility))
            below = grades.get(key)
            if below is None:
                below = grades[key] = bool(
                    scale is not None and scale.grade_weight(*key) < average - 1e-9
                )
            return below

        hit = p.__dict__["_rift_weak"] = np.fromiter(
            (weak(c) for c in p.claims), dtype=bool, count=len(p.claims)
        )
    return hit


def _ungraded(p: Prepared) -> tuple[np.ndarray, np.ndarray]:
    """Per claim of ``p``: the factor its grade weight owes to unknown grade parts (F, 6),
    and how many of the two parts are unknown, halved (the exponent of the probability
    that an ungraded report is right in its weight; cached on ``p``)."""
    hit = p.__dict__.get("_rift_ungraded")
    if hit is None:
        scale = p.scale
        rel_f = float(scale.reliability["F"]) if scale else 0.7
        cred_6 = float(scale.credibility[6]) if scale else 0.7
        f = np.fromiter((c.reliability == "F" for c in p.claims), dtype=bool, count=len(p.claims))
        six = np.fromiter(
            (c.effective_credibility == 6 for c in p.claims), dtype=bool, count=len(p.claims)
        )
        known = np.sqrt(np.where(f, rel_f, 1.0) * np.where(six, cred_6, 1.0))
        hit = p.__dict__["_rift_ungraded"] = (known, (f.astype(float) + six) / 2)
    return hit


def _capped_gap(params: Params) -> int:
    """The silence (months) after which the prior of a change reaches ``hazard_cap``."""
    h, cap = params.hazard_month, params.hazard_cap
    if h <= 0 or cap >= 1:
        return 12
    return max(1, int(np.ceil(np.log(1 - cap) / np.log(1 - h))))


def _with_presupposed_ties(rows: dict[str, np.ndarray], lead: int) -> dict[str, np.ndarray]:
    """``rows`` plus, for each pair whose first month holds a tie-presupposing statement,
    a cooperative row of that statement's origin and probability ``lead`` months earlier."""
    d, m = rows["dyad"], rows["month"]
    if not len(d) or not rows["presup"].any():
        return rows
    first_month = np.ones(len(d), dtype=bool)
    first_month[1:] = d[1:] != d[:-1]
    start_month = m[np.maximum.accumulate(np.where(first_month, np.arange(len(d)), 0))]
    told = np.flatnonzero(rows["presup"] & (m == start_month))
    if not len(told):
        return rows
    # one tie per pair (the most probable statement of its first month)
    best: dict[int, int] = {}
    for i in told:
        j = best.get(int(d[i]))
        if j is None or rows["right"][i] > rows["right"][j]:
            best[int(d[i])] = int(i)
    pick = np.array(sorted(best.values()), dtype=np.int64)
    extra = {
        "dyad": d[pick],
        "month": m[pick] - lead,
        "stance": np.ones(len(pick), dtype=np.int64),
        "origin": rows["origin"][pick],
        "right": rows["right"][pick],
        # the tie is told of, not reported: worth what a right report is, never double
        "units": np.minimum(rows["units"][pick], rows["right"][pick]),
        "unknown": rows["unknown"][pick],
        "explicit": np.zeros(len(pick), dtype=bool),
        "presup": np.zeros(len(pick), dtype=bool),
        "rollup": rows["rollup"][pick],
        "coded": rows["coded"][pick],
        "weak": rows["weak"][pick],
    }
    out = {k: np.concatenate([rows[k], extra[k]]) for k in _REPORT_KEYS}
    order = np.lexsort((out["month"], out["dyad"]))
    return {k: v[order] for k, v in out.items()}


def _row_loglik(
    rows: dict[str, np.ndarray], theta: float, params: Params
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row, log P(report | allied), log P(report | hostile from the start) and
    log P(report | broken).

    A report is right with probability ``right``; a wrong one tells nothing (hostile
    with probability ``noise_hostile`` whatever the state). A right one is hostile with
    probability ``theta`` while allied (friction) and 1 - ``theta`` while broken, times
    ``statement_ratio`` for an explicit statement against the state it is in (allies
    hardly announce a split; groups that broke hardly pledge). A hostile statement that
    tells of an earlier tie cannot be right of a pair that was never allied.
    """
    factor = params.trust * params.unknown_right ** rows["unknown"]
    hostile, ex = rows["stance"] < 0, rows["explicit"]
    if params.likelihood == "tempered":
        # rift-3: a unit of evidence of weight w enters raised to the power w; rift-4: no
        # report moves the odds by more than a report right with its probability r can,
        # (1 + r) / (1 - r) (the mixture's bound: a weak source never decides alone)
        v = rows["units"] * factor
        lt, lf = np.log(theta), np.log(1 - theta)
        la = v * np.where(hostile, lt, lf)
        lb = v * np.where(hostile, lf, lt)
        if params.grade_bound:
            r = rows["right"] * factor
            if params.coder_unknown:
                # rift-9: a coder's confidence below what a report that cannot be judged is
                # granted (unknown_right) is unknown, not low, in what one report can say
                c = np.maximum(rows["coded"], 1e-9)
                r = r * np.maximum(c, params.unknown_right) / c
            r = np.clip(r, 0.0, 0.999)
            bound = np.log((1 + r) / (1 - r))
            diff = np.clip(lb - la, -bound, bound)
            if params.origin_bound:
                diff = diff * _one_origin_share(rows, diff, bound)
            lb = la + diff
        return la, np.where(rows["presup"], la, lb), lb
    r = np.clip(rows["right"] * factor, 0.0, 1.0)
    q = params.statement_ratio
    eta = max(0.5, params.noise_against)
    noise_a = np.where(hostile, eta, 1 - eta) * (1 - r)  # a wrong report on allies
    noise_b = np.where(hostile, 1 - eta, eta) * (1 - r)  # on groups that broke
    a_true = np.where(hostile, theta * np.where(ex, q, 1.0), 1 - theta)
    b_true = np.where(hostile, 1 - theta, theta * np.where(ex, q, 1.0))
    b0_true = np.where(rows["presup"], theta * q, b_true)
    b0_noise = np.where(rows["presup"], noise_a, noise_b)
    return (
        np.log(r * a_true + noise_a),
        np.log(r * b0_true + b0_noise),
        np.log(r * b_true + noise_b),
    )


def _one_origin_share(
    rows: dict[str, np.ndarray], diff: np.ndarray, bound: np.ndarray
) -> np.ndarray:
    """Per row, the factor that keeps what one origin says of one pair with one stance,
    over all its months, within what its best report could say alone (rift-13).

    An origin is one story and its reprints: if it is wrong, its reports are wrong
    together, so the log odds its reports move a pair by, summed over the months it tells
    of, are bounded by the largest bound among them, (1 + r) / (1 - r). Reports of
    independent origins still multiply.

    >>> rows = {"dyad": np.zeros(3, np.int64), "origin": np.array([0, 0, 1]),
    ...         "stance": np.array([-1, -1, -1])}
    >>> _one_origin_share(rows, np.array([0.5, 0.5, 0.5]), np.array([0.5, 0.5, 0.5])).tolist()
    [0.5, 0.5, 1.0]
    """
    n = len(diff)
    if n < 2:
        return np.ones(n)
    keys = np.stack([rows["dyad"], rows["origin"], rows["stance"]], axis=1)
    _u, inv = np.unique(keys, axis=0, return_inverse=True)
    inv = inv.reshape(-1)
    total = np.bincount(inv, weights=np.abs(diff))
    most = np.zeros(len(total))
    np.maximum.at(most, inv, bound)
    share = np.where(total > most, most / np.maximum(total, 1e-12), 1.0)
    return share[inv]


def _month_groups(rows: dict[str, np.ndarray]) -> tuple[np.ndarray, int]:
    d, m = rows["dyad"], rows["month"]
    change = np.ones(len(d), dtype=bool)
    change[1:] = (d[1:] != d[:-1]) | (m[1:] != m[:-1])
    group = np.cumsum(change) - 1
    return group, (int(group[-1]) + 1 if len(group) else 0)


def _pair_months(rows: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The first row of each pair of ``rows`` (sorted by pair and month) and how many
    months of evidence the pair has."""
    d = rows["dyad"]
    starts = np.flatnonzero(np.r_[True, d[1:] != d[:-1]])
    group, _n = _month_groups(rows)
    return starts, np.add.reduceat(np.r_[True, group[1:] != group[:-1]].astype(int), starts)


def _monthly(rows: dict[str, np.ndarray], theta: float, params: Params) -> dict[str, np.ndarray]:
    """Per pair-month: its log-likelihood under the allied, hostile-from-the-start and
    broken states, and the probability-weighted cooperative and hostile reports."""
    group, n = _month_groups(rows)
    la, lb0, lb1 = _row_loglik(rows, theta, params)
    scale = "units" if params.likelihood == "tempered" else "right"
    right = params.trust * rows[scale] * params.unknown_right ** rows["unknown"]
    first = np.flatnonzero(np.r_[True, group[1:] != group[:-1]]) if n else group[:0]
    hostile = rows["stance"] < 0
    told = np.zeros(n)
    if params.dates_change and n:
        # rift-9: a statement of a split dates a change (its log odds, bounded by its grade)
        r = np.clip(rows["right"] * params.trust * params.unknown_right ** rows["unknown"],
                    0.0, 0.999)  # fmt: skip
        # replay44: only a statement that is no weak report (asserted, an average source or
        # better) dates the change: a hedged or weak one is judged as weak_alone_centres says
        sure = rows["presup"] & hostile & ~rows["weak"]
        lr = np.where(sure, np.log((1 + r) / (1 - r)), 0.0)
        np.maximum.at(told, group, lr)
    return {
        "told": told,
        "dyad": rows["dyad"][first],
        "month": rows["month"][first],
        "log_a": np.bincount(group, weights=la, minlength=n),
        "log_b0": np.bincount(group, weights=lb0, minlength=n),
        "log_b1": np.bincount(group, weights=lb1, minlength=n),
        "coop": np.bincount(group, weights=np.where(hostile, 0.0, right), minlength=n),
        "hostile": np.bincount(group, weights=np.where(hostile, right, 0.0), minlength=n),
    }


class _Powers:
    """The transition matrix between evidence months ``g`` months apart, per ``g``."""

    def __init__(self, params: Params) -> None:
        self.params = params
        self.table: list[np.ndarray] = []

    def upto(self, g: int) -> np.ndarray:
        while len(self.table) <= g:
            n = len(self.table)
            self.table.append(self.params.transition(float(self.params.change(n))))
        return np.stack(self.table)


@dataclass
class Fit:
    """Smoothed posteriors of a batch of pairs (rows: pair-months with evidence)."""

    dyad: np.ndarray
    month: np.ndarray
    coop: np.ndarray
    hostile: np.ndarray
    alpha: np.ndarray
    beta: np.ndarray
    emit: np.ndarray
    gap: np.ndarray
    scale: np.ndarray
    first_break: np.ndarray
    """P(first break falls in the gap ending at this row | data)."""
    starts: np.ndarray
    ends: np.ndarray
    """Row range [start, end) of each dyad in the rows."""
    dyads: np.ndarray
    powers: Any
    params: Params
    emit_log_top: np.ndarray
    """Per row, the log of the factor taken out of the emissions (for the evidence)."""

    def probability(self) -> np.ndarray:
        """P(an alliance broke) per dyad of ``dyads``."""
        last = self.alpha[self.ends - 1]
        return last[:, B1] + last[:, A1]

    def alarms(self, threshold: float) -> np.ndarray:
        """Per dyad, the first month at which the evidence *up to then* gives a break a
        probability of ``threshold`` (the filtered, real-time probability); -1 if never."""
        online = self.alpha[:, B1] + self.alpha[:, A1]
        out = np.full(len(self.starts), -1, dtype=np.int64)
        hit = online >= threshold
        for d, (s, e) in enumerate(zip(self.starts, self.ends, strict=True)):
            rows = np.flatnonzero(hit[s:e])
            if len(rows):
                out[d] = int(self.month[s + rows[0]])
        return out


def fit(
    table: dict[str, np.ndarray],
    params: Params | None = None,
    *,
    smooth: bool = True,
    per_pair: dict[int, Params] | None = None,
) -> Fit:
    """Forward-backward over every pair of ``table`` (the output of :func:`evidence`);
    with ``smooth=False`` the forward pass only (filtered posteriors and the evidence).
    ``per_pair``: parameters of their own for some pairs (by the table's ``dyad``; from
    :func:`for_pairs`), the others use ``params``."""
    params = params or Params.load()
    if per_pair:
        own = {d: q for d, q in per_pair.items() if q != params}
        if own and len(table["dyad"]):
            of_row = np.array([own.get(int(d), params) for d in table["dyad"]], dtype=object)
            fits = [
                fit({k: v[of_row == q] for k, v in table.items()}, q, smooth=smooth)
                for q in dict.fromkeys([params, *own.values()])
                if (of_row == q).any()
            ]
            return _merge(fits, params) if len(fits) > 1 else fits[0]
    mon = _monthly(table, params.theta_allied, params)
    dyad, month = mon["dyad"], mon["month"]
    coop, hostile = mon["coop"], mon["hostile"]
    n = len(dyad)
    new = np.ones(n, dtype=bool)
    if n:
        new[1:] = dyad[1:] != dyad[:-1]
    starts = np.flatnonzero(new)
    ends = np.append(starts[1:], n).astype(np.int64) if n else starts
    pos = np.arange(n) - np.repeat(starts, ends - starts)
    gap = np.zeros(n, dtype=np.int64)
    if n:
        gap[1:] = month[1:] - month[:-1]
    gap[new] = 0
    log_a, log_b0, log_b1 = mon["log_a"], mon["log_b0"], mon["log_b1"]
    top = np.maximum(log_a, np.maximum(log_b0, log_b1))
    ea = np.exp(log_a - top)
    emit = np.stack([ea, np.exp(log_b0 - top), np.exp(log_b1 - top), ea], axis=1)
    powers = _Powers(params)
    table_pow = powers.upto(int(gap.max()) if n else 1)
    alpha = np.zeros((n, 4))
    beta = np.ones((n, 4))
    scale = np.ones(n)
    init = np.array([params.initial_allied, 1 - params.initial_allied, 0.0, 0.0])
    kmax = int(pos.max()) + 1 if n else 0
    if n:
        order = np.argsort(pos, kind="stable")
        by_pos = np.split(order, np.cumsum(np.bincount(pos, minlength=kmax))[:-1])
    else:
        by_pos = []
    trans = _told_transitions(table_pow, gap, mon["told"], params)
    for k, rows in enumerate(by_pos):
        if k == 0:
            a = init[None, :] * emit[rows]
        else:
            a = np.einsum("ni,nij->nj", alpha[rows - 1], trans(rows)) * emit[rows]
        c = a.sum(axis=1)
        scale[rows] = c
        alpha[rows] = a / c[:, None]
    for k in range(kmax - 1, 0, -1) if smooth else ():
        rows = by_pos[k]
        b = np.einsum("nij,nj->ni", trans(rows), emit[rows] * beta[rows])
        beta[rows - 1] = b / scale[rows][:, None]
    first_break = np.zeros(n)
    if n and smooth:
        later = np.flatnonzero(~new)
        tp = trans(later)
        prev = alpha[later - 1]
        nxt = emit[later] * beta[later]
        # the only way into the broken states for the first time is A0 -> B1
        first_break[later] = prev[:, A0] * tp[:, A0, B1] * nxt[:, B1] / scale[later]
    return Fit(
        dyad=dyad, month=month, coop=coop, hostile=hostile, alpha=alpha, beta=beta,
        emit=emit, gap=gap, scale=scale, first_break=first_break, starts=starts, ends=ends,
        dyads=dyad[starts] if n else dyad[:0], powers=powers, params=params,
        emit_log_top=top,
    )  # fmt: skip


def _told_transitions(
    table_pow: np.ndarray, gap: np.ndarray, told: np.ndarray, params: Params
) -> Any:
    """rows -> their transition matrices: ``table_pow`` by gap, except where a statement
    dates a change (``told``: its log odds): there the prior c of a change from allied to
    broken in that silence becomes c x LR / (c x LR + 1 - c) (rift-9, ``dates_change``)."""
    if not told.any():
        return lambda rows: table_pow[gap[rows]]

    def of(rows: np.ndarray) -> np.ndarray:
        t = table_pow[gap[rows]].copy()
        lr = np.exp(told[rows])
        sel = lr > 1.0
        if sel.any():
            for i, j in ((A0, B1), (A1, B1)):
                c = t[sel, i, j]
                boosted = c * lr[sel] / (c * lr[sel] + 1 - c)
                t[sel, i, i] = 1 - boosted
                t[sel, i, j] = boosted
        return t

    return of


def _merge(fits: list[Fit], params: Params) -> Fit:
    """One :class:`Fit` of the pairs of several (each pair in one of them)."""
    rows = ("dyad", "month", "coop", "hostile", "alpha", "beta", "emit", "gap", "scale",
            "first_break", "emit_log_top")  # fmt: skip
    cat = {k: np.concatenate([getattr(f, k) for f in fits]) for k in rows}
    order = np.argsort(cat["dyad"], kind="stable")
    cat = {k: v[order] for k, v in cat.items()}
    n = len(cat["dyad"])
    new = np.ones(n, dtype=bool)
    new[1:] = cat["dyad"][1:] != cat["dyad"][:-1]
    starts = np.flatnonzero(new)
    ends = np.append(starts[1:], n).astype(np.int64)
    return Fit(**cat, starts=starts, ends=ends, dyads=cat["dyad"][starts],
               powers=fits[0].powers, params=params)  # fmt: skip


def log_evidence(f: Fit) -> float:
    """log P(data | params) of every pair of a fit (the emissions' per-row scaling added
    back, so that fits with other thetas compare)."""
    if not len(f.scale):
        return 0.0
    return float(np.log(f.scale).sum() + f.emit_log_top.sum())


def for_corpus(table: dict[str, np.ndarray], params: Params | None = None) -> Params:
    """The parameters this corpus supports (empirical Bayes); see :func:`_choose`.

    >>> p = Params(hazard_month=1 / 240, hazard_grid=(1 / 240, 1 / 30), hazard_prior_sd=1.0)
    >>> from riftwatch.analysis.timeline import prepare
    >>> empty = evidence(prepare([]), params=p)
    >>> round(1 / for_corpus(empty, p).hazard_month)
    240
    """
    return _choose(table, params, leave_one_out=False)[0]


def for_pairs(
    table: dict[str, np.ndarray], params: Params | None = None
) -> tuple[Params, dict[int, Params]]:
    """The corpus's parameters and, per pair that informs the choice, the parameters the
    *other* pairs choose where they differ (leave-one-pair-out empirical Bayes, rift-6).

    A pair's own reports never set the rates it is judged by: a corpus of one pledge and
    one later clash cannot choose a high rate of change from that clash and so confirm it
    (the pair keeps the priors' centres); in a corpus of many pairs, leaving one out
    rarely changes anything. Pairs that do not inform the choice use the corpus's. A
    faction's report rolled up to its parent's pair is a copy: the choice reads it once,
    on the faction's pair, and the parent's pair is judged without it too (rift-7).
    """
    return _choose(table, params, leave_one_out=True)


def _choose(
    table: dict[str, np.ndarray], params: Params | None = None, *, leave_one_out: bool
) -> tuple[Params, dict[int, Params]]:
    """The parameters with the hazard and noise this corpus supports (empirical Bayes).

    How often a relationship changes between two reports depends on how the corpus was
    gathered: a stream of incident reports samples a pair every few weeks whatever
    happens, while a curated history (one dated row per development) is written because
    something changed, so changes sit between few, sparse reports. How noisy the reports
    are (``theta_allied``) depends on the corpus too. Both are shared by all pairs of a
    corpus, so the corpus can say which it is: each candidate pair of ``hazard_grid`` x
    ``theta_grid`` is scored by the marginal likelihood of the pairs (the forward pass)
    plus log-normal / logit-normal priors around ``hazard_month`` / ``theta_allied``, and
    the best is used for every pair. Only pairs with ``estimate_min_months`` months of
    evidence or more count (with fewer, noise and change explain the data equally well),
    at most ``hazard_sample`` pair-months of them; a corpus without such pairs keeps the
    priors' centres. Reports that reach a pair only through a faction (``rollup``) are
    left out of the choice: they are counted on the faction's own pair. All candidates
    share one batched forward pass. With ``leave_one_out``, each short pair whose reports
    inform the choice also gets the choice without the pairs holding them.
    """
    params = params or Params.load()
    bound = params.grade_bound
    if params.bound_after_choice:
        # the corpus says how noisy its reports are with each report's own weight; the
        # bound on what one report can say applies to the finding, not to that choice
        params = replace(params, grade_bound=False)
    hazards = tuple(params.hazard_grid) or (params.hazard_month,)
    thetas = tuple(params.theta_grid) or (params.theta_allied,)
    grids = (
        params.noise_grid
        or params.hazard_grid
        or params.theta_grid
        or params.unknown_grid
        or params.cap_grid
        or params.trust_grid
        or params.floor_grid
    )
    if not grids or not len(table["dyad"]):
        return replace(params, grade_bound=bound), {}
    whole = table
    if "rollup" in table and bool(table["rollup"].any()):
        # a faction's report counts once: on the faction's own pair, not again on its
        # parent's (where it is rolled up)
        table = {k: v[~table["rollup"]] for k, v in table.items()}
        if not len(table["dyad"]):
            return replace(params, grade_bound=bound), {}
    starts, months_per_pair = _pair_months(table)
    lengths = np.diff(np.r_[starts, len(table["dyad"])])
    enough = months_per_pair >= int(params.estimate_min_months)
    if not enough.any():
        return replace(params, grade_bound=bound), {}
    table = {k: v[np.repeat(enough, lengths)] for k, v in table.items()}
    group, _n = _month_groups(table)
    limit = int(params.hazard_sample)
    if _n > limit:
        # whole pairs only: cut at the first row of the pair that crosses the limit
        at = int(np.searchsorted(group, limit, side="left"))
        cut = int(np.searchsorted(table["dyad"], table["dyad"][at], side="left")) or at
        table = {k: v[:cut] for k, v in table.items()}
    h0, t0 = np.log(params.hazard_month), _logit(params.theta_allied)
    u0, c0 = _logit(params.unknown_right), _logit(params.hazard_cap)
    n0 = _logit(min(0.99, params.noise_against + 0.01))

    def prior(t: Params) -> float:
        return (
            -0.5 * ((np.log(t.hazard_month) - h0) / params.hazard_prior_sd) ** 2
            - 0.5 * ((_logit(t.theta_allied) - t0) / params.theta_prior_sd) ** 2
            - 0.5 * ((_logit(t.unknown_right) - u0) / params.unknown_prior_sd) ** 2
            - 0.5 * ((_logit(t.hazard_cap) - c0) / params.cap_prior_sd) ** 2
            - 0.5 * (np.log(t.trust / params.trust) / params.trust_prior_sd) ** 2
            - 0.5 * ((_logit(t.noise_against) - n0) / params.noise_prior_sd) ** 2
        )

    pair_ids, left_cols, left_at = (
        _left_out(whole, table, int(params.self_min_months))
        if leave_one_out
        else (np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), np.empty(0, np.int64))
    )
    trusts = tuple(params.trust_grid) or (params.trust,)
    # rift-9: the cap is chosen with the hazard (both say how often a relationship changes
    # over a silence; one at a time, neither moves from the priors' centres where only the
    # two together fit the corpus)
    caps_joint = tuple(params.cap_grid) if params.joint_cap else ()
    noises = tuple(params.noise_grid) or (params.noise_against,)
    floors = tuple(params.floor_grid) or (params.hazard_floor,)

    def stage(current: list[Params], make: Any) -> list[Params]:
        # subject 0 is the corpus (every pair counts); subject k > 0 is the corpus without
        # the pairs that hold the reports of the (k-1)-th short pair (rift-7: its own, and
        # for a parent's pair, its faction's); subjects that hold the same parameters share
        # the candidates
        out = list(current)
        for base in dict.fromkeys(current):
            trials = make(base)
            per_pair = np.concatenate(
                [_evidence_pairs(table, trials[at : at + 32]) for at in range(0, len(trials), 32)]
            )  # bounded memory: 32 trials per batch
            scores = per_pair.sum(axis=1) + np.array([prior(t) for t in trials])
            if current[0] == base:
                out[0] = trials[int(np.argmax(scores))]
            subjects = [k for k in range(1, len(current)) if current[k] == base]
            if subjects and len(left_cols):
                # each subject's score without the pairs that hold its reports
                without = scores[:, None] - np.add.reduceat(per_pair[:, left_cols], left_at, axis=1)
                for k in subjects:
                    out[k] = trials[int(np.argmax(without[:, k - 1]))]
        return out

    def hazard_theta(base: Params) -> list[Params]:
        # jointly: how often relationships change, how often allies clash, and how far the
        # corpus's reports are trusted (noise and change can explain the same reports)
        return [base] + [
            replace(base, hazard_month=float(h), theta_allied=float(t), theta_broken=1 - float(t),
                    trust=float(k), noise_against=float(e), hazard_cap=float(c),
                    hazard_floor=float(f))
            for h in hazards
            for t in thetas
            for k in trusts
            for e in noises
            for c in (caps_joint or (base.hazard_cap,))
            for f in floors
        ]  # fmt: skip

    def then_again(before: list[Params], after: list[Params]) -> list[Params]:
        # where a later choice moved, the hazard and noise are chosen again given it
        again = stage(after, hazard_theta) if after != before else after
        return [a2 if a != b else b for a, b, a2 in zip(after, before, again, strict=True)]

    chosen = stage([params] * (1 + len(pair_ids)), hazard_theta)
    if params.unknown_grid and bool((table["unknown"] > 0).any()):
        # how far to trust ungraded reports, given the hazard and noise; then those again
        unknowns = params.unknown_grid
        trusted = stage(
            chosen, lambda b: [b] + [replace(b, unknown_right=float(u)) for u in unknowns]
        )
        chosen = then_again(chosen, trusted)
    if params.cap_grid and not params.joint_cap:
        # how likely a change is over a long silence, given the rest
        caps = params.cap_grid
        capped = stage(chosen, lambda b: [b] + [replace(b, hazard_cap=float(c)) for c in caps])
        chosen = then_again(chosen, capped)
    corpus = replace(chosen[0], grade_bound=bound)
    own = {
        int(d): replace(c, grade_bound=bound)
        for d, c in zip(pair_ids, chosen[1:], strict=False)
        if c != chosen[0]
    }
    if leave_one_out and params.weak_alone_centres:
        # rift-13: a pair whose only sign of a change is one origin's weak reports changes
        # no more readily than the priors' centres say (a corpus that shows no habit of
        # change); where its own rates are lower already (a long steady alliance) they stand
        for d in _weak_alone(whole):
            base = own.get(d, corpus)
            held = replace(
                base,
                hazard_month=min(base.hazard_month, params.hazard_month),
                hazard_cap=min(base.hazard_cap, params.hazard_cap),
                hazard_floor=min(base.hazard_floor, params.hazard_floor),
            )
            if held != corpus:
                own[d] = held
    return corpus, own


def _weak_alone(table: dict[str, np.ndarray]) -> list[int]:
    """The pairs of ``table`` whose hostile reports are all weak (``weak``: hedged, or from
    a below-average source) and all of one origin (rift-13).

    >>> t = {"dyad": np.array([0, 0, 1, 1, 2, 2]), "stance": np.array([1, -1, 1, -1, -1, -1]),
    ...      "origin": np.array([0, 1, 2, 3, 4, 5]),
    ...      "weak": np.array([False, True, False, False, True, True])}
    >>> _weak_alone(t)
    [0]
    """
    hostile = table["stance"] < 0
    if "weak" not in table or not bool(hostile.any()):
        return []
    origins: dict[int, set[int]] = defaultdict(set)
    strong: set[int] = set()
    for d, o, w in zip(table["dyad"][hostile].tolist(), table["origin"][hostile].tolist(),
                       table["weak"][hostile].tolist(), strict=True):  # fmt: skip
        origins[d].add(o)
        if not w:
            strong.add(d)
    return sorted(d for d, os in origins.items() if len(os) == 1 and d not in strong)


def _left_out(
    whole: dict[str, np.ndarray], table: dict[str, np.ndarray], self_min: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The pairs of ``whole`` with fewer than ``self_min`` months of evidence whose reports
    inform the choice (``table``: the rows that enter it), and for each, the columns
    (pairs of ``table``) to leave out: the pairs holding its reports (its own pair, and
    for a report rolled up from a faction, the pair that holds it: same origin, month and
    stance). Returned as the pairs' ids, the flat column list and each pair's offset into
    it (for ``np.add.reduceat``)."""
    firsts, _months = _pair_months(table)
    column_of = {int(d): c for c, d in enumerate(table["dyad"][firsts])}
    holders: dict[tuple[int, int, int], set[int]] = defaultdict(set)
    rolled = whole.get("rollup")
    if rolled is not None and bool(rolled.any()):
        keys = zip(table["origin"].tolist(), table["month"].tolist(), table["stance"].tolist(),
                   table["dyad"].tolist(), strict=True)  # fmt: skip
        for o, m, st, d in keys:
            holders[(o, m, st)].add(column_of[d])
    w_firsts, w_months = _pair_months(whole)
    bounds = np.r_[w_firsts, len(whole["dyad"])]
    ids: list[int] = []
    flat: list[int] = []
    at: list[int] = []
    for i in np.flatnonzero(w_months < self_min):
        s, e = int(bounds[i]), int(bounds[i + 1])
        d = int(whole["dyad"][s])
        cols = {column_of[d]} if d in column_of else set()
        if rolled is not None:
            for j in np.flatnonzero(rolled[s:e]) + s:
                key = (int(whole["origin"][j]), int(whole["month"][j]), int(whole["stance"][j]))
                cols |= holders.get(key, set())
        if not cols:
            continue  # none of its reports informs the choice: the corpus's is the others'
        ids.append(d)
        at.append(len(flat))
        flat.extend(sorted(cols))
    return (np.asarray(ids, dtype=np.int64), np.asarray(flat, dtype=np.int64),
            np.asarray(at, dtype=np.int64))  # fmt: skip


def _evidence_batch(table: dict[str, np.ndarray], trials: list[Params]) -> np.ndarray:
    """log P(data | trial) for every trial: the forward pass of :func:`fit` over the rows,
    batched over the trials (their thetas, hazards and starting shares)."""
    return _evidence_pairs(table, trials).sum(axis=1)


def _evidence_pairs(table: dict[str, np.ndarray], trials: list[Params]) -> np.ndarray:
    """log P(pair's data | trial), trials x pairs (in the order of the rows)."""
    months = [_monthly(table, t.theta_allied, t) for t in trials]
    dyad, month = months[0]["dyad"], months[0]["month"]
    n = len(dyad)
    new = np.ones(n, dtype=bool)
    new[1:] = dyad[1:] != dyad[:-1]
    starts = np.flatnonzero(new)
    ends = np.append(starts[1:], n).astype(np.int64)
    pos = np.arange(n) - np.repeat(starts, ends - starts)
    gap = np.zeros(n, dtype=np.int64)
    gap[1:] = month[1:] - month[:-1]
    gap[new] = 0
    log_a = np.stack([x["log_a"] for x in months])
    log_b0 = np.stack([x["log_b0"] for x in months])
    log_b1 = np.stack([x["log_b1"] for x in months])
    top = np.maximum(log_a, np.maximum(log_b0, log_b1))
    ea = np.exp(log_a - top)
    emit = np.stack([ea, np.exp(log_b0 - top), np.exp(log_b1 - top), ea], axis=-1)
    pows = np.stack([_Powers(t).upto(int(gap.max())) for t in trials])
    init = np.array([[t.initial_allied, 1 - t.initial_allied, 0.0, 0.0] for t in trials])
    logc = top.copy()
    alpha = np.zeros((len(trials), n, 4))
    order = np.argsort(pos, kind="stable")
    kmax = int(pos.max()) + 1
    by_pos = np.split(order, np.cumsum(np.bincount(pos, minlength=kmax))[:-1])
    for k, rows in enumerate(by_pos):
        if k == 0:
            a = init[:, None, :] * emit[:, rows]
        else:
            a = np.einsum("kni,knij->knj", alpha[:, rows - 1], pows[:, gap[rows]]) * emit[:, rows]
        c = a.sum(axis=2)
        logc[:, rows] += np.log(c)
        alpha[:, rows] = a / c[:, :, None]
    return np.add.reduceat(logc, starts, axis=1)


def _logit(x: float) -> float:
    return float(np.log(x / (1 - x)))


def params_of(p: Prepared, params: Params | None = None) -> Params:
    """:func:`for_corpus` of the prepared claims ``p`` (computed once per ``p``)."""
    params = params or Params.load()
    cache = p.__dict__.setdefault("_rift_params", {})
    hit = cache.get(params)
    if hit is None:
        corpus, own = for_pairs(evidence(p, params=params), params)
        hit = cache[params] = corpus
        p.__dict__.setdefault("_rift_pair_params", {})[corpus] = own
    return hit


def pair_params_of(p: Prepared, params: Params) -> dict[int, Params]:
    """Per pair of ``p`` (dyad index) whose parameters, chosen by the other pairs, differ
    from ``params`` (the corpus's, from :func:`params_of`): those parameters."""
    return p.__dict__.get("_rift_pair_params", {}).get(params, {})


def _onset(f: Fit, d: int, interval: float) -> dict[str, Any] | None:
    """Onset of the first break of the d-th dyad of ``f``: month, interval, distribution."""
    s, e = int(f.starts[d]), int(f.ends[d])
    mass = f.first_break[s:e]
    total = float(mass.sum())
    if total <= 0:
        return None
    months = f.month[s:e]
    # spread each gap's mass uniformly over its months (prev+1 .. this month)
    lo_edges = np.concatenate([[months[0]], months[:-1] + 1])
    cells_m: list[int] = []
    cells_p: list[float] = []
    for lo, hi, p in zip(lo_edges, months, mass, strict=True):
        if p <= 0:
            continue
        span = int(hi - lo + 1)
        cells_m.extend(range(int(lo), int(hi) + 1))
        cells_p.extend([float(p) / span] * span)
    cm = np.asarray(cells_m)
    cp = np.cumsum(cells_p) / total
    tail = (1 - interval) / 2
    low = int(cm[np.searchsorted(cp, tail)])
    high = int(cm[min(len(cm) - 1, np.searchsorted(cp, 1 - tail))])
    median = int(cm[np.searchsorted(cp, 0.5)])
    # the month the break first shows: the first month at or after the median whose evidence
    # is hostile (a weak cooperative report just before the break is no sign of it: rift-12)
    first = int(np.searchsorted(months, median))
    hostile = next((i for i in range(first, len(months)) if f.hostile[s + i] > 0), first)
    shown = int(months[hostile])
    return {"onset": shown, "low": low, "high": max(high, shown), "median": median}


def broken_by_month(f: Fit, d: int) -> list[tuple[int, float, float]]:
    """(month, P(broken), P(hostile)) for every month from the pair's first to last evidence.

    At months with evidence these are the smoothed posteriors; between them, a straight
    line (the model cannot tell when in a silence a change happened).
    """
    s, e = int(f.starts[d]), int(f.ends[d])
    g = f.alpha[s:e] * f.beta[s:e]
    g = g / g.sum(axis=1, keepdims=True)
    broken, hostile = g[:, B1], g[:, B0] + g[:, B1]
    months = f.month[s:e]
    every = np.arange(int(months[0]), int(months[-1]) + 1)
    pb = np.interp(every, months, broken)
    ph = np.interp(every, months, hostile)
    return [(int(m), float(x), float(y)) for m, x, y in zip(every, pb, ph, strict=True)]


def _swap(table: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The mirror question (hostility giving way to cooperation): stances swapped; no
    statement tells of an earlier rivalry, so no tie is presupposed."""
    return {**table, "stance": -table["stance"], "presup": np.zeros(len(table["presup"]), bool)}


def _direction_params(params: Params, improving: bool) -> Params:
    return replace(params, presupposes_tie=()) if improving else params


def _fit_items(p: Prepared, idx: np.ndarray, params: Params, improving: bool) -> Fit:
    table = evidence(p, idx, _direction_params(params, improving))
    return fit(_swap(table) if improving else table, params, per_pair=pair_params_of(p, params))


def assess(
    p: Prepared,
    *,
    params: Params | None = None,
    min_probability: float | None = None,
    direction: str = "deteriorating",
    evidence_limit: int = 12,
    dyads: list[int] | None = None,
) -> list[dict[str, Any]]:
    """The rifts (or improvements) of every pair of ``p`` at or above ``min_probability``.

    ``direction``: ``deteriorating`` (breaks of alliances, the default), ``improving``
    (hostility giving way to cooperation) or ``both``. Sorted by probability.
    """
    params = params_of(p, params or Params.load())
    threshold = params.min_probability if min_probability is None else min_probability
    directions = ["deteriorating", "improving"] if direction == "both" else [direction]
    found: list[dict[str, Any]] = []
    idx_all = np.arange(len(p.dyad)) if dyads is None else np.concatenate(
        [p.items_of(d) for d in dyads] or [np.empty(0, dtype=np.int64)]
    )  # fmt: skip
    for way in directions:
        improving = way == "improving"
        f = _fit_items(p, idx_all, params, improving)
        probs = f.probability()
        flagged = [int(d) for d in np.flatnonzero(probs >= threshold)]
        plans = [_plan(p, f, d, way, params, evidence_limit) for d in flagged]
        # a pair no claim of which tells of the change (only cooperation, or a denied split
        # read as persistence) is never flagged: its probability comes from the corpus's
        # rates and the passing months alone, and no evidence could be listed for it (below
        # the flag threshold it is listed as before, for callers asking for every pair)
        told = [
            bool((p.stance[plan["items"]] == plan["sign"]).any())
            or float(probs[plan["d"]]) < params.min_probability
            for plan in plans
        ]
        flagged = [d for d, t in zip(flagged, told, strict=True) if t]
        plans = [plan for plan, t in zip(plans, told, strict=True) if t]
        influence = _influences(p, plans, params, improving, probs)
        for d, plan in zip(flagged, plans, strict=True):
            found.append(_describe(p, plan, float(probs[d]), influence.get(d, {}), params,
                                   evidence_limit))  # fmt: skip
    found.sort(key=lambda r: (-r["probability"], r["onset"] or ""))
    return found


def _plan(p: Prepared, f: Fit, d: int, way: str, params: Params, limit: int) -> dict[str, Any]:
    """What one flagged pair's description needs: onset, evidence for and against."""
    di = int(f.dyads[d])
    onset = _onset(f, d, params.interval) or {}
    start = onset.get("low")
    items = p.items_of(di)
    moving_sign = 1 if way == "improving" else -1
    after = items[p.month[items] >= start] if start is not None else items[:0]
    pro = after[p.stance[after] == moving_sign]
    con = after[p.stance[after] == -moving_sign]

    def candidates(sel: np.ndarray) -> list[int]:
        order = sorted((int(i) for i in sel), key=lambda i: (-float(p.weight[i]), int(p.month[i])))
        return order[: 2 * limit]

    # dissent (rift-11): the claims that count against what they tell (a skeptic's doubted
    # split read as persistence) are listed whatever their weight, up to ``limit`` of them
    flipped = p.flipped if p.flipped is not None else np.zeros(len(p.dyad), dtype=bool)
    dissent = candidates(con[flipped[con]])[:limit]
    cand_con = candidates(con)
    cand_con += [i for i in dissent if i not in cand_con]
    return {"d": d, "dyad": di, "way": way, "onset": onset, "items": items, "pro": pro,
            "con": con, "sign": moving_sign, "cand_pro": candidates(pro),
            "cand_con": cand_con, "dissent": dissent}  # fmt: skip


def _influences(
    p: Prepared, plans: list[dict[str, Any]], params: Params, improving: bool, probs: np.ndarray
) -> dict[int, dict[int, float]]:
    """How much each listed origin moved its pair's probability: the pair refitted without
    that origin, all pairs and origins in one batched fit."""
    if not plans:
        return {}
    idx = np.concatenate([plan["items"] for plan in plans])
    rows = evidence(p, idx, _direction_params(params, improving))
    rows_of: dict[int, np.ndarray] = {}
    if len(rows["dyad"]):
        bounds = np.flatnonzero(np.diff(rows["dyad"])) + 1
        for sel in np.split(np.arange(len(rows["dyad"])), bounds):
            rows_of[int(rows["dyad"][sel[0]])] = sel
    parts: list[dict[str, np.ndarray]] = []
    keys: list[tuple[int, int]] = []
    own = pair_params_of(p, params)
    pseudo_params: dict[int, Params] = {}
    for plan in plans:
        sel = rows_of.get(plan["dyad"], np.empty(0, dtype=np.int64))
        origins = {int(p.origin[i]) for i in plan["cand_pro"] + plan["cand_con"]}
        for o in sorted(origins):
            keep = sel[rows["origin"][sel] != o]
            pseudo = len(keys)
            keys.append((plan["d"], o))
            if plan["dyad"] in own:
                pseudo_params[pseudo] = own[plan["dyad"]]
            part = {k: v[keep] for k, v in rows.items()}
            part["dyad"] = np.full(len(keep), pseudo, dtype=np.int64)
            parts.append(part)
    if not keys:
        return {}
    table = {k: np.concatenate([part[k] for part in parts]) for k in rows}
    f = fit(_swap(table) if improving else table, params, per_pair=pseudo_params)
    without = dict(zip((int(x) for x in f.dyads), f.probability(), strict=True))
    out: dict[int, dict[int, float]] = defaultdict(dict)
    for pseudo, (d, o) in enumerate(keys):
        out[d][o] = float(probs[d]) - float(without.get(pseudo, 0.0))
    return out


def _describe(
    p: Prepared,
    plan: dict[str, Any],
    prob: float,
    influence: dict[int, float],
    params: Params,
    limit: int,
) -> dict[str, Any]:
    a, b = p.dyads[plan["dyad"]]
    onset, items, pro, con = plan["onset"], plan["items"], plan["pro"], plan["con"]
    start = onset.get("low")

    def pick(cands: list[int]) -> list[int]:
        order = sorted(
            cands,
            key=lambda i: (-abs(influence.get(int(p.origin[i]), 0.0)),
                           -float(p.weight[i]), int(p.month[i])),
        )  # fmt: skip
        # one sentence's reciprocal event ("X and Y clashed": X->Y and Y->X) is one item of
        # evidence, listed once (rift-12)
        seen: set[tuple[Any, ...]] = set()
        out = []
        for i in order:
            if item_key(i) not in seen:
                seen.add(item_key(i))
                out.append(i)
        return out[:limit]

    def item_key(i: int) -> tuple[Any, ...]:
        c = p.claims[int(p.claim[i])]
        return (c.doc_id, c.sentence, c.event_type, c.mode, c.modality, c.quote)

    chosen_pro, chosen_con = pick(plan["cand_pro"]), pick(plan["cand_con"])
    listed = {item_key(i) for i in chosen_con}
    for i in plan["dissent"]:  # never cut (rift-11); a reciprocal one listed once (lead45)
        if item_key(i) not in listed:
            listed.add(item_key(i))
            chosen_con.append(i)
    corr = corroboration_of(p, items, chosen_pro + chosen_con)

    def records(chosen: list[int]) -> list[dict[str, Any]]:
        recs = []
        for i in chosen:
            rec = evidence_record(p, i, corr.get(i))
            rec["influence"] = round(influence.get(int(p.origin[i]), 0.0), 3)
            recs.append(rec)
        return recs

    leader = bool(len(pro)) and bool((~p.rollup[pro]).any())
    channels = sorted({CHANNELS[int(c)] for c in p.channel[pro]})
    factions = _factions(p, items, start, plan["sign"])
    moved = {fa["id"] for fa in factions if fa["moving"] > 0}
    formal = "allegiance" in channels
    signs = [len(channels) >= 2, leader, len(moved) >= 3]
    kind = "rift" if sum(signs) >= 2 or (leader and formal) else "friction"
    month_onset = onset.get("onset")
    used = pair_params_of(p, params).get(plan["dyad"], params)  # chosen by the other pairs
    return {
        "actors": [
            {"id": a, "name": p.name_of(a, month_onset)},
            {"id": b, "name": p.name_of(b, month_onset)},
        ],
        "direction": plan["way"],
        "onset": month_label(month_onset),
        "onset_interval": [month_label(onset.get("low")), month_label(onset.get("high"))],
        "onset_median": month_label(onset.get("median")),
        "probability": round(min(prob, 0.999), 3),  # a posterior is never certainty
        "kind": kind,
        "channels": channels,
        "leadership": leader,
        "evidence": records(chosen_pro),
        "counter_evidence": records(chosen_con),
        "factions": factions,
        "lineages": {a: list(p.hierarchy.lineage(a)), b: list(p.hierarchy.lineage(b))},
        "origins": {
            "for": int(len(set(p.origin[pro].tolist()))),
            "against": int(len(set(p.origin[con].tolist()))),
        },
        "versions": {**p.versions, "rift": params.version},
        "assumptions": {
            "hazard_month": round(used.hazard_month, 6),
            "theta_allied": round(used.theta_allied, 3),
            # the prior of a change over a long silence: at most the cap, at least the floor
            "hazard_cap": round(used.hazard_cap, 3),
            "hazard_floor": round(used.hazard_floor, 3),
        },
    }


def _factions(p: Prepared, items: np.ndarray, start: int | None, sign: int) -> list[dict[str, Any]]:
    """Coded actors on each side of the pair: who moved first and most after ``start``."""
    stats: dict[int, dict[str, Any]] = defaultdict(
        lambda: {"moving": 0.0, "against": 0.0, "first": None, "rollup": False}
    )
    for i in items:
        if start is not None and int(p.month[i]) < start:
            continue
        for side in (int(p.side_a[i]), int(p.side_b[i])):
            st = stats[side]
            if int(p.stance[i]) == sign:
                st["moving"] += float(p.weight[i])
                m = int(p.month[i])
                st["first"] = m if st["first"] is None else min(st["first"], m)
            else:
                st["against"] += float(p.weight[i])
            st["rollup"] = st["rollup"] or bool(p.rollup[i])
    names: dict[str, str] = {}
    for i in items:
        c = p.claims[int(p.claim[i])]
        names.setdefault(c.source_id, c.source_name)
        names.setdefault(c.target_id, c.target_name)
    out = []
    for actor, st in stats.items():
        ident = p.actors[actor]
        claim_name = names.get(ident, ident)
        out.append(
            {
                "id": ident,
                "name": claim_name,
                "first_moved": month_label(st["first"]),
                "moving": round(st["moving"], 3),
                "against": round(st["against"], 3),
                "faction": st["rollup"],
            }
        )
    out.sort(key=lambda r: (r["first_moved"] is None, r["first_moved"] or "", -r["moving"]))
    return out


def series(p: Prepared, a: str, b: str, params: Params | None = None) -> list[dict[str, Any]]:
    """Per month of one pair: P(broken), P(hostile) (the deteriorating model)."""
    params = params_of(p, params or Params.load())
    di = p.dyad_index(a, b)
    if di is None:
        return []
    f = _fit_items(p, p.items_of(di), params, False)
    if not len(f.dyads):
        return []
    return [
        {"month": month_label(m), "broken": round(pb, 3), "hostile": round(ph, 3)}
        for m, pb, ph in broken_by_month(f, 0)
    ]


__all__ = [
    "VERSION",
    "Fit",
    "Params",
    "assess",
    "broken_by_month",
    "evidence",
    "fit",
    "for_corpus",
    "for_pairs",
    "log_evidence",
    "pair_params_of",
    "params_of",
    "series",
]
