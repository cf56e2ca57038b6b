"""Stage ``rift-3``: a Bayesian model of when a relationship between two groups broke.

The model is a hidden Markov chain over months with four states: *allied, never
broken* (A0), *hostile from the start* (B0: rivals, not a rift), *broken* (B1: hostile
after having been allied) and *allied again after a break* (A1). Each month a
relationship changes state with a small prior probability (``hazard``: one change in
twenty years). What is observed is the month's evidence units
(:func:`riftwatch.analysis.timeline.units`: independent origins weighted by grades,
coder confidence, modality and strength): each unit is hostile with probability
``theta_allied`` while allied (friction, misreports, miscoding) and ``theta_broken``
while broken; a unit of weight w enters the likelihood raised to the power w, so a
weak report counts as a fraction of one. Exact forward-backward smoothing (batched
over all pairs with numpy, empty months skipped by powers of the transition matrix)
gives, per pair:

* ``probability``: the posterior probability that an alliance broke at least once
  (the chain reached B1),
* per month the probability that the relationship is broken then (B1),
* the onset: the posterior distribution of the month of the first break. Between two
  months with evidence the data cannot tell when a change happened, so the credible
  interval spans the silence before the first report of the break; ``onset`` is the
  month the break first shows in the evidence (the median of that distribution moved
  to the first evidence month at or after it).

The hazard and the friction rate are shared by the pairs of one corpus and chosen by it
(:func:`for_corpus`, empirical Bayes): a curated history, one row per development, changes
between few reports; a stream of incident reports samples pairs whatever happens, and a
noisy one needs more hostile reports before it reads them as a change.

One weak report cannot make an alarm: the prior odds of a change within a few years
are small and a report of weight w multiplies them by at most
(theta_broken/theta_allied)^w. Several independent, well-graded hostile reports after
cooperative ones can. The mirror question (hostility giving way to cooperation:
``direction`` ``improving``) is the same model with the stances swapped.
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
    Prepared,
    corroboration_of,
    evidence_record,
    month_label,
    origin_units,
    sum_units,
    units,
)

VERSION = "rift-3"
DATA = Path(__file__).resolve().parent.parent / "data" / "analysis" / "rift.yaml"
A0, B0, B1, A1 = 0, 1, 2, 3


@dataclass(frozen=True)
class Params:
    """The model's assumptions (``riftwatch/data/analysis/rift.yaml``)."""

    theta_allied: float = 0.2
    theta_broken: float = 0.8
    hazard_month: float = 1 / 240
    hazard_cap: float = 0.25
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
    hazard_sample: int = 50_000
    """At most this many pair-months enter the estimate (whole pairs, the first ones)."""
    initial_allied: float = 0.5
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
        for name in ("hazard_grid", "theta_grid"):
            if name in kept:
                kept[name] = tuple(float(h) for h in kept[name] or ())
        return cls(**kept)

    def change(self, gap: np.ndarray | int) -> np.ndarray:
        """Prior probability of a change between two evidence months ``gap`` months apart."""
        g = np.asarray(gap, dtype=np.float64)
        return np.minimum(self.hazard_cap, 1 - (1 - self.hazard_month) ** g)

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


def fit(table: dict[str, np.ndarray], params: Params | None = None, *, smooth: bool = True) -> Fit:
    """Forward-backward over every pair of ``table`` (the output of ``units``); with
    ``smooth=False`` the forward pass only (filtered posteriors and the evidence)."""
    params = params or Params.load()
    dyad, month = table["dyad"], table["month"]
    coop, hostile = table["coop"], table["hostile"]
    n = len(dyad)
    new = np.ones(n, dtype=bool)
    if n:
        new[1:] = dyad[1:] != dyad[:-1]
    starts = np.flatnonzero(new)
    ends = np.append(starts[1:], n).astype(np.int64)
    pos = np.arange(n) - np.repeat(starts, ends - starts)
    gap = np.zeros(n, dtype=np.int64)
    if n:
        gap[1:] = month[1:] - month[:-1]
    gap[new] = 0
    ta, tb = params.theta_allied, params.theta_broken
    log_a = coop * np.log(1 - ta) + hostile * np.log(ta)
    log_b = coop * np.log(1 - tb) + hostile * np.log(tb)
    top = np.maximum(log_a, log_b)
    ea, eb = np.exp(log_a - top), np.exp(log_b - top)
    emit = np.stack([ea, eb, eb, ea], axis=1)
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
    for k, rows in enumerate(by_pos):
        if k == 0:
            a = init[None, :] * emit[rows]
        else:
            a = np.einsum("ni,nij->nj", alpha[rows - 1], table_pow[gap[rows]]) * emit[rows]
        c = a.sum(axis=1)
        scale[rows] = c
        alpha[rows] = a / c[:, None]
    for k in range(kmax - 1, 0, -1) if smooth else ():
        rows = by_pos[k]
        b = np.einsum("nij,nj->ni", table_pow[gap[rows]], emit[rows] * beta[rows])
        beta[rows - 1] = b / scale[rows][:, None]
    first_break = np.zeros(n)
    if n and smooth:
        later = np.flatnonzero(~new)
        tp = table_pow[gap[later]]
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


def log_evidence(f: Fit) -> float:
    """log P(data | params) of every pair of a fit (the emissions' per-row scaling added
    back, so that fits with other thetas compare)."""
    if not len(f.scale):
        return 0.0
    return float(np.log(f.scale).sum() + f.emit_log_top.sum())


def for_corpus(table: dict[str, np.ndarray], params: Params | None = None) -> Params:
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
    priors' centres. All candidates share one batched forward pass.

    >>> p = Params(hazard_month=1 / 240, hazard_grid=(1 / 240, 1 / 30), hazard_prior_sd=1.0)
    >>> empty = {k: np.empty(0) for k in ("coop", "hostile")}
    >>> empty |= {k: np.empty(0, dtype=np.int64) for k in ("dyad", "month")}
    >>> round(1 / for_corpus(empty, p).hazard_month)
    240
    """
    params = params or Params.load()
    hazards = tuple(params.hazard_grid) or (params.hazard_month,)
    thetas = tuple(params.theta_grid) or (params.theta_allied,)
    if not (params.hazard_grid or params.theta_grid) or not len(table["dyad"]):
        return params
    dyad = table["dyad"]
    starts = np.flatnonzero(np.r_[True, dyad[1:] != dyad[:-1]])
    lengths = np.diff(np.r_[starts, len(dyad)])
    enough = lengths >= int(params.estimate_min_months)
    if not enough.any():
        return params
    table = {k: v[np.repeat(enough, lengths)] for k, v in table.items()}
    limit = int(params.hazard_sample)
    if len(table["dyad"]) > limit:
        # whole pairs only: cut at the first row of the pair that crosses the limit
        cut = int(np.searchsorted(table["dyad"], table["dyad"][limit], side="left")) or limit
        table = {k: v[:cut] for k, v in table.items()}
    h0, t0 = np.log(params.hazard_month), _logit(params.theta_allied)
    trials = [params] + [
        replace(params, hazard_month=float(h), theta_allied=float(t), theta_broken=1 - float(t))
        for h in hazards
        for t in thetas
    ]
    scores = _evidence_batch(table, trials)
    for i, trial in enumerate(trials):
        scores[i] -= 0.5 * ((np.log(trial.hazard_month) - h0) / params.hazard_prior_sd) ** 2
        scores[i] -= 0.5 * ((_logit(trial.theta_allied) - t0) / params.theta_prior_sd) ** 2
    return trials[int(np.argmax(scores))]


def _evidence_batch(table: dict[str, np.ndarray], trials: list[Params]) -> np.ndarray:
    """log P(data | trial) for every trial: the forward pass of :func:`fit` over the rows,
    batched over the trials (their thetas, hazards and starting shares)."""
    dyad, month = table["dyad"], table["month"]
    coop, hostile = table["coop"], table["hostile"]
    n = len(dyad)
    new = np.ones(n, dtype=bool)
    new[1:] = dyad[1:] != dyad[:-1]
    starts = np.flatnonzero(new)
    ends = np.append(starts[1:], n).astype(np.int64)
    pos = np.arange(n) - np.repeat(starts, ends - starts)
    gap = np.zeros(n, dtype=np.int64)
    gap[1:] = month[1:] - month[:-1]
    gap[new] = 0
    ta = np.array([t.theta_allied for t in trials])[:, None]
    tb = np.array([t.theta_broken for t in trials])[:, None]
    log_a = coop * np.log(1 - ta) + hostile * np.log(ta)
    log_b = coop * np.log(1 - tb) + hostile * np.log(tb)
    top = np.maximum(log_a, log_b)
    ea, eb = np.exp(log_a - top), np.exp(log_b - top)
    emit = np.stack([ea, eb, eb, ea], axis=-1)  # trials x rows x states
    pows = np.stack([_Powers(t).upto(int(gap.max())) for t in trials])
    init = np.array([[t.initial_allied, 1 - t.initial_allied, 0.0, 0.0] for t in trials])
    total = top.sum(axis=1)
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
        total += np.log(c).sum(axis=1)
        alpha[:, rows] = a / c[:, :, None]
    return total


def _logit(x: float) -> float:
    return float(np.log(x / (1 - x)))


def params_of(p: Prepared, params: Params | None = None) -> Params:
    """:func:`for_corpus` of the prepared claims ``p`` (computed once per ``p``)."""
    params = params or Params.load()
    cache = p.__dict__.setdefault("_rift_params", {})
    hit = cache.get(params)
    if hit is None:
        hit = cache[params] = for_corpus(units(p), params)
    return hit


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
    shown = int(months[np.searchsorted(months, median)])
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
    return {**table, "coop": table["hostile"], "hostile": table["coop"]}


def _fit_items(p: Prepared, idx: np.ndarray, params: Params, improving: bool) -> Fit:
    table = units(p, idx)
    return fit(_swap(table) if improving else table, params)


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

    return {"d": d, "dyad": di, "way": way, "onset": onset, "items": items, "pro": pro,
            "con": con, "sign": moving_sign, "cand_pro": candidates(pro),
            "cand_con": candidates(con)}  # fmt: skip


def _influences(
    p: Prepared, plans: list[dict[str, Any]], params: Params, improving: bool, probs: np.ndarray
) -> dict[int, dict[int, float]]:
    """How much each listed origin moved its pair's probability: the pair refitted without
    that origin, all pairs and origins in one batched fit."""
    if not plans:
        return {}
    idx = np.concatenate([plan["items"] for plan in plans])
    d_, m_, s_, o_, v_ = origin_units(p, idx)
    rows_of: dict[int, np.ndarray] = {}
    if len(d_):
        bounds = np.flatnonzero(np.diff(d_)) + 1
        for rows in np.split(np.arange(len(d_)), bounds):
            rows_of[int(d_[rows[0]])] = rows
    parts_d, parts_m, parts_s, parts_v = [], [], [], []
    keys: list[tuple[int, int]] = []
    for plan in plans:
        rows = rows_of.get(plan["dyad"], np.empty(0, dtype=np.int64))
        origins = {int(p.origin[i]) for i in plan["cand_pro"] + plan["cand_con"]}
        for o in sorted(origins):
            keep = rows[o_[rows] != o]
            pseudo = len(keys)
            keys.append((plan["d"], o))
            parts_d.append(np.full(len(keep), pseudo, dtype=np.int64))
            parts_m.append(m_[keep])
            parts_s.append(s_[keep])
            parts_v.append(v_[keep])
    if not keys:
        return {}
    table = sum_units(np.concatenate(parts_d), np.concatenate(parts_m),
                      np.concatenate(parts_s), np.concatenate(parts_v))  # fmt: skip
    f = fit(_swap(table) if improving else table, params)
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
        return order[:limit]

    chosen_pro, chosen_con = pick(plan["cand_pro"]), pick(plan["cand_con"])
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
            "hazard_month": round(params.hazard_month, 6),
            "theta_allied": round(params.theta_allied, 3),
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
    "fit",
    "for_corpus",
    "log_evidence",
    "params_of",
    "series",
]
