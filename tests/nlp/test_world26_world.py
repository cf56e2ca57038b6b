"""world26 mechanisms, on invented sentences with negated, hedged and look-alike twins.

Each case is a sentence nobody reported; the triples are (source, PLOVER type, target,
modality) of the events riftwatch extracts.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_named, asserted_triples, dated, has_triple

_events = dated(api_named, "2015-03-01")
"""(source name, type, target name, modality) of every event of one sentence."""
_has = has_triple


def _asserted(text: str) -> set[tuple[str, str, str]]:
    return asserted_triples(_events(text))


# -- 1. a trainer's or backer's name hyphenated before a unit is not the unit's country ------


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban attacked U.S.-trained units in Kunduz.",
        "Insurgents ambushed a U.S.-funded convoy near Gardez.",
        "The Taliban attacked U.S.-armed units near Lashkar Gah.",
    ],
)
def test_hyphenated_trainer_is_not_the_attacked_state(text: str) -> None:
    assert not any("United States" in g or "U.S." in g for _s, _t, g in _asserted(text))


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Taliban ambushed U.S. units in Kunduz.", "Taliban", "United States"),
        ("U.S. troops were attacked by the Taliban in Kunduz.", "Taliban", "U.S."),
        # the unit's own country word after the trainer's still counts
        ("Iran shelled U.S.-funded Iraqi border posts.", "Iran", "Iraq"),
    ],
)
def test_a_units_own_country_still_is_attacked(text: str, src: str, tgt: str) -> None:
    assert _has(_asserted(text), src, "ASSAULT", tgt)


# -- 2. captives held by a party (hyphenated holder) are not that party's men ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Iraqi troops freed IS-held hostages in Mosul.",
        "Kurdish forces freed ISIS-held captives near Raqqa.",
        "The Afghan government released Taliban-held prisoners on Monday.",
    ],
)
def test_freeing_held_captives_is_no_release_to_the_holder(text: str) -> None:
    assert not any(t == "RETREAT" for _s, t, _g, _m in _events(text))


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Afghan government released Taliban prisoners on Monday.", "Afghan", "Taliban"),
        ("Iraqi troops freed IS hostages in Mosul.", "Iraq", "Islamic State"),
    ],
)
def test_releasing_a_partys_own_men_stays_a_release(text: str, src: str, tgt: str) -> None:
    assert _has(_asserted(text), src, "RETREAT", tgt)


def test_negated_release_of_a_partys_men_stays_negated() -> None:
    found = _events("The Afghan government did not release Taliban prisoners.")
    assert any(t == "RETREAT" and m == "negated" for _s, t, _g, m in found)
    assert not any(t in ("RETREAT", "REJECT") and m == "asserted" for _s, t, _g, m in found)


# -- 3. a stated refusal of talks or permission to a named party is a REJECT -----------------


@pytest.mark.parametrize(
    ("text", "src", "tgt"),
    [
        ("The Pakistani government will not negotiate with the TTP.", "Pakistan", "Tehrik"),
        ("The Pakistani government won't negotiate with the TTP.", "Pakistan", "Tehrik"),
        ("The Pakistani government said it would not negotiate with the TTP.", "Pakistan",
         "Tehrik"),
        ("The Afghan government would not give permission to the Taliban.", "Afghan",
         "Taliban"),
    ],
)  # fmt: skip
def test_future_refusal_of_talks_is_an_asserted_reject(text: str, src: str, tgt: str) -> None:
    found = _asserted(text)
    assert _has(found, src, "REJECT", tgt)
    # the refused party refuses nothing, and no talks are asserted
    assert not _has(found, tgt, "REJECT", src)
    assert not any(t in ("CONSULT", "CONCEDE") for _s, t, _g in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Pakistani government did not negotiate with the TTP last week.",
        "The Pakistani government may not negotiate with the TTP.",
        "The Pakistani government would not have negotiated with the TTP.",
        "The Pakistani government said it would negotiate with the TTP.",
        # the nouns of talks are left negated (a labelled written item holds no gold there)
        "The Taliban would not hold talks with the Afghan government.",
        # a help it will not give stays a negated promise (peers21)
        "The Pakistani government will not support the TTP.",
    ],
)
def test_past_hedged_or_promised_talks_are_no_reject(text: str) -> None:
    found = _asserted(text)
    assert not any(t in ("REJECT", "CONSULT", "SUPPORT", "AGREE") for _s, t, _g in found)


# -- 4. a possessive in a companion phrase is the doer's, not the object's or a city's --------


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban attacked Kabul alongside its allies.",
        "The TTP attacked a police post in Bannu alongside its allies.",
        "Taliban fighters attacked Afghan police in Kunduz alongside their allies.",
    ],
)
def test_companions_are_the_doers_not_the_targets(text: str) -> None:
    found = _asserted(text)
    assert not any(t == "COOPERATE" for _s, t, _g in found)
    assert any(t == "ASSAULT" for _s, t, _g in found)


@pytest.mark.parametrize(
    ("text", "src", "etype", "tgt"),
    [
        ("Pakistan and its allies attacked the TTP.", "Pakistan", "ASSAULT", "Tehrik"),
        # "Y and its allies": its = Y, coordinated with it
        ("The TTP threatened Islamabad and its allies.", "Tehrik", "THREATEN", "Pakistan"),
    ],
)
def test_coordinated_its_keeps_its_conjunct(text: str, src: str, etype: str, tgt: str) -> None:
    assert _has(_asserted(text), src, etype, tgt)
