"""Dissent is counter-evidence (scale-5, since rift-11): a skeptic who doubts a break with a word of
disbelief, or a denial of the break, is listed against the rift with its attribution and grade,
counts for the persistence of the tie, never for the rift, and is never averaged away."""

from __future__ import annotations

from typing import Any

from claimkit import alliance, claim

from riftwatch.analysis.claims import Claim
from riftwatch.analysis.hierarchy import FlatHierarchy
from riftwatch.analysis.rift import assess, evidence
from riftwatch.analysis.timeline import evidence_record, prepare

X, Y = "open:red-hand-brigade", "open:iron-front"
OFFICIAL = {
    "name": "A senior U.S. official",
    "id": "org:us-government",
    "organization": "U.S. government",
    "skeptical": "wishful",
    "doubted": "wishful",
}


def _skeptic(date: str = "2016-09", grade: str = "B2", **kw: Any) -> Claim:
    """'A senior U.S. official said it was wishful thinking to believe that X had turned
    against Y' as extraction codes it: REJECT/split, uncertain, the doubt in the attribution."""
    return claim(X, Y, "REJECT", date, mode="split", modality="uncertain", grade=grade,
                 attributed_to=dict(kw.pop("attributed_to", OFFICIAL)), quote="had turned",
                 doc=kw.pop("doc", "skeptic"), **kw)  # fmt: skip


def _break() -> list[Claim]:
    """Several independent, well-graded reports of the break in 2016."""
    return [
        claim(X, Y, "REJECT", "2016-02", mode="split", grade="A2"),
        claim(Y, X, "ASSAULT", "2016-04", grade="B2"),
        claim(X, Y, "REJECT", "2016-06", mode="renounce", grade="B1"),
        claim(Y, X, "COERCE", "2016-08", mode="arrest", grade="B2"),
    ]


def _prepared(claims: list[Claim]):  # type: ignore[no-untyped-def]
    return prepare(claims, hierarchy=FlatHierarchy())


def _rifts(claims: list[Claim], **kw: Any) -> list[dict[str, Any]]:
    return assess(_prepared(claims), **kw)


def test_a_rift_with_one_skeptic_is_still_flagged_and_lists_the_skeptic_against_it() -> None:
    found = _rifts(alliance(X, Y, range(2009, 2015)) + _break() + [_skeptic()])
    assert len(found) == 1
    r = found[0]
    assert r["probability"] >= 0.8 and r["onset"][:4] == "2016"
    against = [e for e in r["counter_evidence"] if e["doc_id"] == "skeptic"]
    assert len(against) == 1
    e = against[0]
    assert e["attributed_to"]["name"] == "A senior U.S. official"
    assert e["attributed_to"]["skeptical"] == "wishful" and e["doubted"] == "wishful"
    assert e["grade"] == "B2" and e["modality"] == "uncertain"
    assert e["read_as"] == "persistence" and e["score"] > 0
    assert all(x["doc_id"] != "skeptic" for x in r["evidence"])
    assert r["versions"]["rift"] == "rift-15" and r["versions"]["scale"] == "scale-7"


def test_the_skeptics_claim_alone_makes_no_rift() -> None:
    claims = alliance(X, Y, range(2009, 2015)) + [_skeptic(), _skeptic("2017-03", grade="A1")]
    assert _rifts(claims) == []
    p = _prepared(claims)
    doubted = [i for i in range(len(p.dyad)) if p.claims[int(p.claim[i])].doc_id == "skeptic"]
    assert doubted and all(int(p.stance[i]) == 1 for i in doubted)


def test_the_skeptics_claim_is_not_counted_for_the_rift() -> None:
    base = alliance(X, Y, range(2009, 2015)) + _break()[:2]
    doubted = _skeptic("2016-06")
    hedged = _skeptic("2016-06", attributed_to={"name": "A senior U.S. official", "id": None})
    # no hostile unit comes from the skeptic: the hostile rows are the break's alone
    rows = evidence(_prepared(base + [doubted]))
    alone = evidence(_prepared(base))
    assert int((rows["stance"] < 0).sum()) == int((alone["stance"] < 0).sum())
    assert int((rows["stance"] > 0).sum()) == int((alone["stance"] > 0).sum()) + 1
    # the break is less likely with the skeptic than without, and than with a mere hedge
    p = {name: _rifts(cl, min_probability=0.0) for name, cl in
         (("doubted", base + [doubted]), ("none", base), ("hedged", base + [hedged]))}  # fmt: skip
    prob = {k: v[0]["probability"] if v else 0.0 for k, v in p.items()}
    assert prob["doubted"] < prob["none"] < prob["hedged"]


def test_several_independent_well_graded_reports_outweigh_several_skeptics() -> None:
    skeptics = [_skeptic(f"2016-{m:02d}", doc=f"skeptic-{m}") for m in (3, 5, 7)]
    found = _rifts(alliance(X, Y, range(2009, 2015)) + _break() + skeptics)
    assert len(found) == 1 and found[0]["probability"] >= 0.5
    listed = {e["doc_id"] for e in found[0]["counter_evidence"] if e.get("doubted")}
    assert listed == {s.doc_id for s in skeptics}


def test_dissent_is_listed_beyond_the_evidence_limit() -> None:
    claims = alliance(X, Y, range(2009, 2015)) + _break() + [_skeptic("2016-09", grade="C3")]
    # cooperation reported after the onset too: stronger counter-evidence than the skeptic
    claims += [claim(X, Y, "COOPERATE", f"2016-{m:02d}", mode="joint_operations", grade="A1")
               for m in (3, 5, 7, 10, 11)]  # fmt: skip
    found = _rifts(claims, evidence_limit=2)
    assert found
    against = found[0]["counter_evidence"]
    assert any(e["doc_id"] == "skeptic" for e in against)


def test_a_denied_or_negated_break_is_persistence_a_denied_incident_is_not() -> None:
    denied = claim(X, Y, "REJECT", "2016-09", mode="split", modality="denied",
                   attributed_to={"name": "Officials", "id": None}, doc="denial")  # fmt: skip
    negated = claim(X, Y, "REJECT", "2016-10", mode="split", modality="negated", doc="negation")
    incident = claim(X, Y, "ASSAULT", "2016-11", modality="denied", doc="denied-attack")
    p = _prepared(alliance(X, Y, range(2009, 2015)) + [denied, negated, incident])
    by_doc = {p.claims[int(p.claim[i])].doc_id: i for i in range(len(p.dyad))}
    assert int(p.stance[by_doc["denial"]]) == 1
    rec = evidence_record(p, by_doc["denial"])
    assert rec["read_as"] == "persistence" and "doubted" not in rec
    assert rec["attributed_to"]["name"] == "Officials"
    # a negated split speaks for the tie, more weakly than a denial (scale-7, stop 45); a
    # denied incident asserts no tie: not counted at all
    assert int(p.stance[by_doc["negation"]]) == 1
    assert float(p.weight[by_doc["negation"]]) < float(p.weight[by_doc["denial"]])
    assert "denied-attack" not in by_doc
    found = _rifts(alliance(X, Y, range(2009, 2015)) + _break() + [denied])
    assert any(e["doc_id"] == "denial" for e in found[0]["counter_evidence"])


def test_a_doubt_that_an_analyst_corrected_to_asserted_counts_for_the_rift() -> None:
    c = _skeptic()
    c.modality = "asserted"  # the doubt belongs to the uncertain reading only
    assert c.doubted is None
    p = _prepared([c])
    assert int(p.stance[0]) == -1
