"""A negated statement of the end of the tie is dissent (scale-7, stop 45): "a French
officer said the clashes did not mean the two had fallen out" is listed against a flagged
break, once although the sentence codes both directions, and counts for the tie, never for
the break; a negated act of violence still counts nothing."""

from __future__ import annotations

from claimkit import alliance, claim

from riftwatch.analysis.hierarchy import FlatHierarchy
from riftwatch.analysis.rift import assess
from riftwatch.analysis.scale import Scale
from riftwatch.analysis.timeline import prepare

X, Y = "open:red-hand-brigade", "open:iron-front"
OFFICER = {"name": "A French officer", "id": None}


def _break() -> list:
    return [
        claim(X, Y, "ASSAULT", "2016-02", grade="A2"),
        claim(Y, X, "ASSAULT", "2016-04", grade="B2"),
        claim(X, Y, "REJECT", "2016-06", mode="renounce", grade="B1"),
        claim(Y, X, "COERCE", "2016-08", mode="arrest", grade="B2"),
    ]


def _officer(date: str = "2016-09") -> list:
    """Both directions of the one sentence, as extraction codes a reciprocal statement."""
    kw = {"mode": "falling_out", "modality": "negated", "doc": "officer", "quote": "had fallen out",
          "attributed_to": OFFICER}  # fmt: skip
    return [claim(X, Y, "REJECT", date, **kw), claim(Y, X, "REJECT", date, **kw)]


def _rifts(claims: list) -> list[dict]:
    return assess(prepare(claims, hierarchy=FlatHierarchy()))


def test_a_negated_falling_out_is_listed_once_against_the_break() -> None:
    found = _rifts(alliance(X, Y, range(2009, 2015)) + _break() + _officer())
    assert len(found) == 1 and found[0]["onset"][:4] == "2016"
    against = [e for e in found[0]["counter_evidence"] if e["doc_id"] == "officer"]
    assert len(against) == 1, found[0]["counter_evidence"]
    assert against[0]["modality"] == "negated" and against[0]["read_as"] == "persistence"
    assert all(e["doc_id"] != "officer" for e in found[0]["evidence"])


def test_a_negated_statement_reads_as_persistence_and_an_incident_as_nothing() -> None:
    scale = Scale.load()
    said = scale.rate("REJECT", "falling_out", "negated")
    assert said.persistence and said.score > 0 and said.modality_weight > 0
    assert scale.rate("REJECT", "split", "negated").persistence
    attack = scale.rate("ASSAULT", None, "negated")
    assert not attack.persistence and attack.modality_weight == 0


def test_negated_statements_alone_raise_no_rift() -> None:
    claims = alliance(X, Y, range(2009, 2015)) + _officer("2015-06") + _officer("2016-06")
    assert _rifts(claims) == []
