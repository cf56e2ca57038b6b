"""Pressures and drivers: pressure on each side, third parties, numbers, lagged association."""

from __future__ import annotations

from riftwatch.analysis.claims import Claim
from riftwatch.analysis.drivers import numeric_claims, pressures

_N = iter(range(10_000))


def ev(s: str, t: str, typ: str, date: str, sentence: str = "x", *, mode: str | None = None,
       modality: str = "asserted", origin: str | None = None) -> Claim:  # fmt: skip
    n = next(_N)
    return Claim.from_event(
        {"id": n, "doc_id": f"d{n}", "source": {"id": s, "name": s},
         "target": {"id": t, "name": t}, "event_type": typ, "mode": mode, "modality": modality,
         "date": date, "confidence": 0.9, "sentence": sentence, "quote": typ.lower(),
         "reliability": "B", "credibility": 2},
        origin=origin or f"doc:d{n}",
    )  # fmt: skip


def test_pressure_third_parties_and_a_lagged_association() -> None:
    claims = []
    for month in ("2010-01", "2010-04", "2010-07", "2010-10"):
        claims.append(ev("US", "X", "ASSAULT", month, "Drone strikes killed 14 militants.",
                         mode="drone"))  # fmt: skip
    for month in ("2010-02", "2010-05", "2010-08", "2010-11"):  # one month later
        claims.append(ev("X", "Y", "REJECT", month, mode="shunning"))
    claims += [
        ev("PAK", "X", "COERCE", "2010-12", "Pakistan arrested three X leaders.", mode="arrest"),
        ev("PAK", "Y", "AID", "2010-06", "Pakistan paid Y $50,000.", mode="finance"),
        ev("US", "X", "ASSAULT", "2010-09", modality="hypothetical"),  # asserts nothing
        ev("X", "Y", "COOPERATE", "2009-06"),
    ]
    out = pressures(claims, "X", "Y", kb=None, max_lag=3)
    on_x, on_y = out["pressure"]
    assert on_x["total"]["count"] == 5 and on_y["total"]["count"] == 0
    assert on_x["total"]["channels"] == {"arrests": 1, "violence": 4}
    assert [m["month"] for m in on_x["monthly"]][:2] == ["2010-01", "2010-04"]
    best = out["association"]["best"]
    assert best["lag_months"] == 1 and best["r"] > 0.9 and best["strength"] == "strong"
    lag0 = next(x for x in out["association"]["lags"] if x["lag_months"] == 0)
    assert lag0["r"] < best["r"]
    assert any("not a cause" in c for c in out["association"]["caveats"])
    moves = {(m["actor"]["id"], m["side"]["id"], m["stance"]): m["count"]
             for m in out["third_parties"]}  # fmt: skip
    assert moves[("PAK", "Y", "cooperative")] == 1 and moves[("PAK", "X", "hostile")] == 1
    kinds = {(n["kind"], n["value"]) for n in out["numbers"]}
    assert ("casualties", 14.0) in kinds and ("money", 50000.0) in kinds
    assert all(n["grade"] == "B2" for n in out["numbers"])
    assert [d["month"] for d in out["distancing"]][0] == "2010-02"


def test_sparse_pressure_gives_no_association_and_says_why() -> None:
    claims = [ev("US", "X", "ASSAULT", "2010-01"), ev("X", "Y", "REJECT", "2010-02")]
    out = pressures(claims, "X", "Y", kb=None)
    assert out["association"]["best"] is None
    assert any("no association given" in c for c in out["association"]["caveats"])


def test_one_origin_reporting_pressure_and_distancing_is_flagged() -> None:
    claims = [ev("US", "X", "ASSAULT", f"2010-0{m}", origin="doc:article") for m in (1, 3, 5)]
    claims += [ev("X", "Y", "REJECT", f"2010-0{m}", origin="doc:article") for m in (2, 4, 6)]
    out = pressures(claims, "X", "Y", kb=None)
    assert any("report both pressure and distancing" in c for c in out["association"]["caveats"])


def test_numbers_in_sentences() -> None:
    assert numeric_claims("In 2009 the group split.") == []
    got = numeric_claims("The group has about 300 fighters and paid 200 dollars a month.")
    assert [(n["kind"], n["value"]) for n in got] == [("strength", 300.0), ("money", 200.0)]
    assert numeric_claims("Dozens of militants were killed in 12 strikes.")[0]["kind"] == (
        "casualties"
    )
