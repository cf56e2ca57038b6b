"""One report that states a relationship changed and also tells of an incident the other way.

"X split from Y, which Y sanctioned": the split is what that report says about the
relationship (timeline-2). The incident leaves that origin's unit for the month but stays
listed as counter-evidence.
"""

from __future__ import annotations

from claimkit import claim

from riftwatch.analysis.rift import assess
from riftwatch.analysis.timeline import origin_units, prepare

A, B = "org:front-a", "org:front-b"


def _history(with_incident: bool, incident_mode: str | None = None) -> list:
    out = [
        claim(A, B, "COOPERATE", "2013-04", mode="joint_operations"),
        claim(B, A, "SUPPORT", "2014-02", mode="pledge"),
        claim(A, B, "REJECT", "2016-07", mode="split", doc="split-report"),
    ]
    if with_incident:
        out.append(claim(B, A, "SUPPORT", "2016-07", mode=incident_mode, doc="split-report"))
    return out


def test_statement_outweighs_an_incident_of_the_same_report() -> None:
    p = prepare(_history(with_incident=True))
    d, m, s, _o, _v = origin_units(p)
    july = [int(x) for x, mm in zip(s, m, strict=True) if mm == m.max()]
    assert july == [-1]  # only the split's unit in that month
    rift = assess(p, min_probability=0.0)[0]
    alone = assess(prepare(_history(with_incident=False)), min_probability=0.0)[0]
    assert abs(rift["probability"] - alone["probability"]) < 1e-9
    against = rift.get("against") or rift.get("counter_evidence") or []
    assert against, "the incident is still listed as counter-evidence"


def test_two_statements_of_one_report_both_count() -> None:
    """A report stating a split and a pledge in one month says both: nothing is dropped."""
    p = prepare(_history(with_incident=True, incident_mode="pledge"))
    _d, m, s, _o, _v = origin_units(p)
    july = sorted(int(x) for x, mm in zip(s, m, strict=True) if mm == m.max())
    assert july == [-1, 1]


def test_incidents_of_different_reports_both_count() -> None:
    claims = _history(with_incident=False)
    claims.append(claim(B, A, "SUPPORT", "2016-07", doc="another-report"))
    _d, m, s, _o, _v = origin_units(prepare(claims))
    july = sorted(int(x) for x, mm in zip(s, m, strict=True) if mm == m.max())
    assert july == [-1, 1]
