"""Dissent is counter-evidence in the competing-hypotheses matrix too (stop 46): a break its
speaker calls wishful thinking, and "the clashes did not mean the two had fallen out", were
rated N under every hypothesis (nothing asserted) while the rift model already counted them
against the break."""

from __future__ import annotations

from riftwatch.analysis.ach import ach
from riftwatch.analysis.claims import Claim


def _claim(i: str, typ: str, date: str, mode: str | None = None, modality: str = "asserted",
           attributed: dict | None = None) -> Claim:  # fmt: skip
    event = {
        "id": i, "doc_id": i, "source": {"id": "X", "name": "X"},
        "target": {"id": "Y", "name": "Y"}, "event_type": typ, "mode": mode,
        "modality": modality, "date": date, "confidence": 0.9, "quote": typ.lower(),
    }  # fmt: skip
    if attributed is not None:
        event["attributed_to"] = attributed
    return Claim.from_event(event)


BASE = [
    _claim("a", "COOPERATE", "2019-01", "joint_operations"),
    _claim("b", "ASSAULT", "2020-04"),
    _claim("c", "ASSAULT", "2020-07"),
]


def _rated(extra: Claim) -> dict:
    out = ach([*BASE, extra], "X", "Y", as_of="2020-12-31", kb=None)
    item = next(e for e in out["evidence"] if e["doc_id"] == extra.doc_id)
    return item


def test_a_break_called_wishful_thinking_speaks_against_a_lasting_rupture() -> None:
    doubted = _claim("d", "REJECT", "2020-10", "split", "uncertain",
                     {"name": "A UN official", "id": None, "doubted": "wishful"})  # fmt: skip
    item = _rated(doubted)
    assert item["ratings"]["lasting_rupture"] == "I"
    assert item["ratings"]["enduring_alliance"] == "C"
    assert item["diagnosticity"] != "none"


def test_a_negated_falling_out_speaks_against_a_lasting_rupture() -> None:
    negated = _claim("e", "REJECT", "2020-09", "falling_out", "negated",
                     {"name": "A French officer", "id": None})  # fmt: skip
    assert _rated(negated)["ratings"]["lasting_rupture"] == "I"


def test_a_doubted_cooperation_speaks_against_an_unchanged_alliance() -> None:
    doubted = _claim("f", "AGREE", "2020-10", None, "uncertain",
                     {"name": "Analysts", "id": None, "doubted": "wishful"})  # fmt: skip
    assert _rated(doubted)["ratings"]["enduring_alliance"] == "I"


def test_an_undoubted_guess_and_a_negated_attack_still_say_nothing() -> None:
    guess = _claim("g", "REJECT", "2020-10", "split", "uncertain", {"name": "Analysts", "id": None})
    assert set(_rated(guess)["ratings"].values()) == {"N"}
    no_attack = _claim("h", "ASSAULT", "2020-10", None, "negated")
    assert set(_rated(no_attack)["ratings"].values()) == {"N"}
