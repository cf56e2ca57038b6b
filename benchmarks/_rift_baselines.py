"""Baselines the rift model is measured against (shared by rift_replay.py and rift_sim.py).

All three read the same prepared claims as the model (:class:`riftwatch.analysis.timeline.Prepared`)
but, as such detectors usually do, count events: no grades, no independent-origin
grouping, no modality weights beyond dropping what asserts nothing.

* ``ratio``: flag the first month where hostile events outnumber cooperative ones over
  the trailing 12 months, after cooperative events were seen.
* ``goldstein``: 12-month moving average of the events' Goldstein weights; flag when it
  falls below -1 after having been above +1 (GDELT-style tone tracking).
* ``cusum``: one-sided CUSUM on the monthly hostile share against the 0.2 expected of an
  alliance (slack 0.25, alarm at 1.0), started once cooperation was seen.

Each returns ``{dyad_index: onset_month_index}`` for the pairs it flags.
"""

from __future__ import annotations

from collections import defaultdict

import numpy as np

from riftwatch.analysis.timeline import Prepared

WINDOW = 12


def _monthly(p: Prepared) -> dict[int, dict[int, tuple[int, int, list[float]]]]:
    per: dict[int, dict[int, list]] = defaultdict(lambda: defaultdict(lambda: [0, 0, []]))
    scale = p.scale
    for i in range(len(p.dyad)):
        row = per[int(p.dyad[i])][int(p.month[i])]
        if p.stance[i] > 0:
            row[0] += 1
        else:
            row[1] += 1
        c = p.claims[int(p.claim[i])]
        g = scale.goldstein(c.event_type) if scale else None
        if p.score[i] < 0 and (g or 0) > 0:
            g = -2.0  # a denial of cooperation
        row[2].append(float(g if g is not None else 0.0))
    return {d: {m: tuple(v) for m, v in months.items()} for d, months in per.items()}


def ratio(p: Prepared) -> dict[int, int]:
    out: dict[int, int] = {}
    for d, months in _monthly(p).items():
        ms = sorted(months)
        seen_coop = False
        for m in ms:
            window = [months[x] for x in ms if m - WINDOW < x <= m]
            coop = sum(w[0] for w in window)
            host = sum(w[1] for w in window)
            earlier_coop = any(months[x][0] for x in ms if x < m)
            seen_coop = seen_coop or earlier_coop
            if seen_coop and host > coop:
                out[d] = m
                break
    return out


def goldstein(p: Prepared) -> dict[int, int]:
    out: dict[int, int] = {}
    for d, months in _monthly(p).items():
        ms = sorted(months)
        was_positive = False
        for m in ms:
            vals = [v for x in ms if m - WINDOW < x <= m for v in months[x][2]]
            avg = float(np.mean(vals)) if vals else 0.0
            if was_positive and avg < -1.0:
                out[d] = m
                break
            if avg > 1.0:
                was_positive = True
    return out


def cusum(
    p: Prepared, *, expected: float = 0.2, slack: float = 0.25, alarm: float = 1.0
) -> dict[int, int]:
    out: dict[int, int] = {}
    for d, months in _monthly(p).items():
        s = 0.0
        started = False
        for m in sorted(months):
            coop, host, _ = months[m]
            if not started:
                started = coop > 0
                if not started:
                    continue
            share = host / (coop + host)
            s = max(0.0, s + share - expected - slack)
            if s >= alarm:
                out[d] = m
                break
    return out


BASELINES = {"ratio": ratio, "goldstein": goldstein, "cusum": cusum}
