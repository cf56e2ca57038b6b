"""Fix round 61b (branch fix61b): relations told in shapes the coder missed.

Mechanisms, each tested on invented sentences with twins that must not come out asserted
(negated, hedged, hypothetical, outside the family): relieving a siege ("X broke Y's siege of
Z") attacks the besieger and aids a besieged party (mechanisms.relieved_sieges); coming to a
party's aid or rescue ("X came to the aid of Y") aids it (mechanisms.came_to_aid). None of
the sentences comes from a benchmark or a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events


def events(text: str, date: str = "2014-03-02") -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text``."""
    return named_events(text, date)


def _between(found: set[tuple[str, str, str, str]], source: str, target: str) -> set[str]:
    """The asserted event types from ``source`` to ``target`` (names as substrings)."""
    return {g for s, g, t, _m in asserted(found) if source in s and target in t}


# -- relieving a siege (mechanisms.relieved_sieges) -----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "In March the Marsh Lions Brigade broke the Granite Front's siege of Tel Owar.",
        "The Marsh Lions Brigade lifted the Granite Front's blockade of Tel Owar last spring.",
        "The Marsh Lions Brigade lifted the siege of Tel Owar by the Granite Front.",
        "The Marsh Lions Brigade relieved the Granite Front's encirclement of Tel Owar.",
    ],
)
def test_relieving_a_siege_attacks_the_besieger(text: str) -> None:
    found = events(text)
    assert "ASSAULT" in _between(found, "Marsh Lions", "Granite Front"), found
    # the town is no party: nothing aids it
    assert not any(g == "AID" for _s, g, _t, _m in found), found


def test_relieving_the_siege_of_a_party_aids_it() -> None:
    found = events("The Marsh Lions Brigade broke the Granite Front's siege of the Reed Army.")
    assert "ASSAULT" in _between(found, "Marsh Lions", "Granite Front"), found
    assert "AID" in _between(found, "Marsh Lions", "Reed Army"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Marsh Lions Brigade failed to break the Granite Front's siege of Tel Owar.",
        "The Marsh Lions Brigade did not lift the Granite Front's siege of Tel Owar.",
        "The Marsh Lions Brigade may try to break the Granite Front's siege of Tel Owar.",
        "If it is reinforced, the Marsh Lions Brigade will lift the Granite Front's siege.",
        "The Marsh Lions Brigade denied that it had broken the Granite Front's siege.",
    ],
)
def test_an_unrealised_relief_asserts_nothing(text: str) -> None:
    found = events(text)
    assert not _between(found, "Marsh Lions", "Granite Front"), found


def test_a_besieger_breaking_its_own_siege_attacks_nobody() -> None:
    found = events("The Granite Front broke its siege of Tel Owar and withdrew.")
    assert not any(g == "ASSAULT" and "Granite" in s for s, g, _t, _m in asserted(found)), found


def test_breaking_a_record_or_a_siege_with_no_besieger_is_no_event() -> None:
    assert not asserted(events("The Marsh Lions Brigade broke the siege of Tel Owar."))
    found = events("The Marsh Lions Brigade broke the Granite Front's record for recruitment.")
    assert not _between(found, "Marsh Lions", "Granite Front"), found


# -- coming to a party's aid (mechanisms.came_to_aid) ---------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "In 2014 the Marsh Lions Brigade came to the aid of the Reed Army.",
        "The Marsh Lions Brigade rushed to the Reed Army's rescue after the ambush.",
        "The Marsh Lions Brigade came to the assistance of the Reed Army near the dam.",
    ],
)
def test_coming_to_a_partys_aid_aids_it(text: str) -> None:
    found = events(text)
    assert has(found, "Marsh Lions", "AID", "Reed Army"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Marsh Lions Brigade refused to come to the aid of the Reed Army.",
        "The Marsh Lions Brigade never came to the Reed Army's rescue.",
        "If the Reed Army is attacked, the Marsh Lions Brigade would come to its aid.",
        "The Marsh Lions Brigade might come to the aid of the Reed Army.",
    ],
)
def test_an_unrealised_rescue_is_not_asserted(text: str) -> None:
    found = events(text)
    assert "AID" not in _between(found, "Marsh Lions", "Reed Army"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Marsh Lions Brigade came to power in 2014 beside the Reed Army.",
        "The Marsh Lions Brigade came to the defence of the Reed Army's claims in a statement.",
        "The Marsh Lions Brigade came to the aid of the Reed Army's critics.",
    ],
)
def test_other_comings_give_no_aid(text: str) -> None:
    found = events(text)
    assert "AID" not in _between(found, "Marsh Lions", "Reed Army"), found


# -- keeping a party standing (events.yaml shore, prop with "up"; bolster) -------------------
@pytest.mark.parametrize(
    "text",
    [
        "In 2019 Ankara shored up the Reed Army with advisers and armed drones.",
        "Ankara propped up the Reed Army with cash and trainers for three years.",
        "Ankara bolstered the Reed Army with artillery crews.",
    ],
)
def test_shoring_up_a_party_aids_it(text: str) -> None:
    found = events(text)
    assert has(found, "Turkey", "AID", "Reed Army"), found


@pytest.mark.parametrize(
    "text",
    [
        "Ankara refused to shore up the Reed Army.",
        "Ankara denied that it had propped up the Reed Army.",
        "Ankara may bolster the Reed Army if the talks fail.",
    ],
)
def test_an_unrealised_shoring_up_is_not_asserted(text: str) -> None:
    found = events(text)
    assert "AID" not in _between(found, "Turkey", "Reed Army"), found


@pytest.mark.parametrize(
    "text",
    [
        "Ankara bolstered its defences along the border in 2019.",
        "The Reed Army shored up its trenches before the rains.",
        "The Reed Army propped the gate open with sandbags.",
    ],
)
def test_shoring_up_a_thing_is_no_event(text: str) -> None:
    assert not asserted(events(text)), events(text)


# -- war machines used against a party (mechanisms.machines_against) -------------------------
@pytest.mark.parametrize(
    "text",
    [
        "In 2016 Moscow flew gunships against the Reed Army near the dam.",
        "Moscow sent warplanes against the Reed Army in the spring.",
        "Moscow used armed drones and artillery against the Reed Army.",
        "Moscow dispatched bombers against the Reed Army's strongholds.",
    ],
)
def test_war_machines_used_against_a_party_attack_it(text: str) -> None:
    found = events(text)
    assert has(found, "Russia", "ASSAULT", "Reed Army"), found


@pytest.mark.parametrize(
    "text",
    [
        "Moscow threatened to send warplanes against the Reed Army.",
        "Moscow did not use drones against the Reed Army.",
        "Moscow denied flying gunships against the Reed Army.",
        "Moscow might send warplanes against the Reed Army.",
    ],
)
def test_unrealised_use_of_war_machines_is_not_asserted(text: str) -> None:
    found = events(text)
    assert "ASSAULT" not in _between(found, "Russia", "Reed Army"), found


@pytest.mark.parametrize(
    "text",
    [
        "Moscow sent warplanes to the Reed Army in 2016.",
        "Moscow sent envoys against the advice of the Reed Army.",
        "Moscow used its veto against the Reed Army's resolution.",
    ],
)
def test_other_sendings_attack_nobody(text: str) -> None:
    found = events(text)
    assert "ASSAULT" not in _between(found, "Russia", "Reed Army"), found


# -- a truce ended beside a hostile act (mechanisms.truce_ended_on) --------------------------
@pytest.mark.parametrize(
    "text",
    [
        "In June the Reed Army ended the truce and overran the Granite Front's outposts.",
        "The Reed Army abandoned the ceasefire and stormed the Granite Front's depots.",
        "The Reed Army scrapped the armistice and attacked the Granite Front at dawn.",
    ],
)
def test_a_truce_ended_beside_an_attack_rejects_the_attacked(text: str) -> None:
    found = events(text)
    assert "REJECT" in _between(found, "Reed Army", "Granite Front"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Reed Army did not end the truce, though it shelled the Granite Front once.",
        "The Reed Army may end the truce and attack the Granite Front.",
        "The Reed Army threatened to end the truce and attack the Granite Front.",
        "The Reed Army broke the ceasefire and shelled the Granite Front.",
        "The Reed Army ended the truce and met the Granite Front's envoys.",
        "The Reed Army ended the curfew and attacked the Granite Front.",
    ],
)
def test_no_truce_ending_is_asserted_outside_the_shape(text: str) -> None:
    found = events(text)
    assert "REJECT" not in _between(found, "Reed Army", "Granite Front"), found


# -- a place apposed to a party's base (mechanisms.apposed_base_owners) ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "In 2012 Iraqi troops stormed Camp Harmon, the Reed Army's main base.",
        "Iraqi troops raided Fort Dalby, a stronghold of the Reed Army, in 2012.",
    ],
)
def test_a_place_apposed_to_a_partys_base_stands_for_the_party(text: str) -> None:
    found = events(text)
    assert any(g == "ASSAULT" and "Reed Army" in t and m == "asserted" for _s, g, t, m in found), (
        found
    )
    assert not any("Harmon" in t or "Dalby" in t for _s, _g, t, _m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "In 2012 Iraqi troops did not storm Camp Harmon, the Reed Army's main base.",
        "Iraqi troops may raid Fort Dalby, a stronghold of the Reed Army.",
        "Iraqi troops stormed Dalby, a town the Reed Army once visited.",
    ],
)
def test_no_asserted_attack_on_the_owner_outside_the_shape(text: str) -> None:
    found = events(text)
    assert not any(
        g == "ASSAULT" and "Reed Army" in t and m == "asserted" for _s, g, t, m in found
    ), found
