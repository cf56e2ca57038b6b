"""World-news recall, the round of branch peers10 (issue 9, the peers' gold sets), on invented
sentences.

Mechanisms, each with negated, hedged or someone-else's twins that must not be asserted: an
act done for a protest is a protest against the party its purpose names ("shunned work to
protest at Y's act", "blocked a road to show disapproval of Y's policies"); a protest act
that follows another protest takes that protest's aim ("rioted following a rally calling for
Y's resignation"); a party building up its own forces in or near a country mobilises against
it ("strengthened its forces in Y"); an act located in a place is an attack there only when
the verb's entry allows its object ("launched war games in Y" is none). None of the
sentences comes from a benchmark or a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import named_events


def _asserted(found: set[tuple[str, str, str, str]], etype: str) -> set:
    return {e for e in found if e[1] == etype and e[3] == "asserted"}


# -- acts done for a protest (mechanisms.protest_purposes) --------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kenyan dockworkers shunned work on Monday to protest at the detention of activists "
         "by Ugandan police.", "Kenyan dockworkers", "Uganda"),
        ("Kenyan students blocked a road to show their disapproval of Uganda's trade policies.",
         "Kenyan students", "Uganda"),
        ("Kenyan teachers started a hunger strike to protest Uganda's decision.", "Kenyan teachers",
         "Uganda"),
    ],
)  # fmt: skip
def test_an_act_done_to_protest_is_a_protest(text: str, source: str, target: str) -> None:
    found = named_events(text)
    assert any(s == source and g == "PROTEST" and target in t and m == "asserted"
               for s, g, t, m in found), found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan dockworkers did not shun work to protest at the detention of activists by "
        "Ugandan police.",
        "Kenyan students may block a road to show their disapproval of Uganda's trade policies.",
        "Kenyan students plan to protest against Uganda's trade policies.",
        "Kenyan students refused to block roads to show their anger at Uganda's trade policies.",
    ],
)
def test_a_protest_not_done_is_not_asserted(text: str) -> None:
    assert not _asserted(named_events(text), "PROTEST"), named_events(text)


def test_a_party_asked_to_protest_is_not_the_asker_protesting() -> None:
    found = named_events("Kenya urged Ugandan students to protest against Tanzania.")
    assert not [e for e in _asserted(found, "PROTEST") if e[0] == "Kenya"], found
    assert not [e for e in _asserted(found, "PROTEST") if "Tanzania" in e[2]], found


# -- a protest following another protest (mechanisms.protest_aims) ------------------------------
def test_a_riot_following_a_rally_takes_its_aim() -> None:
    found = named_events(
        "Kenyan demonstrators rioted following a rally calling for the resignation of "
        "President Museveni.",
    )
    assert any(s == "Kenyan demonstrators" and g == "PROTEST" and "Uganda" in t
               and m == "asserted" for s, g, t, m in found), found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan demonstrators did not riot following a rally calling for the resignation of "
        "President Museveni.",
        "Kenyan demonstrators could riot following a rally calling for the resignation of "
        "President Museveni.",
    ],
)
def test_a_riot_not_held_is_not_asserted(text: str) -> None:
    assert not _asserted(named_events(text), "PROTEST"), named_events(text)


# -- forces built up in or near a country (mechanisms.force_buildups) ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kenya has strengthened its forces in Somalia.",
        "Kenya reinforced its troops in Somalia on Tuesday.",
        "Kenya reinforced its troops along the border with Somalia.",
    ],
)
def test_own_forces_built_up_in_a_country_mobilise_against_it(text: str) -> None:
    found = named_events(text)
    assert ("Kenya", "MOBILIZE", "Somalia", "asserted") in found, found
    assert not [e for e in found if e[1] == "AID"], found  # not aid to the place


@pytest.mark.parametrize(
    "text",
    [
        "Kenya has not strengthened its forces in Somalia.",
        "Kenya may reinforce its troops along the border with Somalia.",
        "Kenya denied that it had strengthened its forces in Somalia.",
    ],
)
def test_a_build_up_not_made_is_not_asserted(text: str) -> None:
    assert not _asserted(named_events(text), "MOBILIZE"), named_events(text)


def test_reinforcing_another_partys_army_is_no_build_up() -> None:
    found = named_events("Kenya reinforced Somalia's army.")
    assert not [e for e in found if e[1] == "MOBILIZE"], found


# -- located acts keep the verb's object restriction (mechanisms.located_acts) -----------------
def test_war_games_in_a_place_are_no_attack_on_it() -> None:
    found = named_events("Kenyan warships launched ten days of war games near the town of Lamu.")
    assert not [e for e in found if e[1] == "ASSAULT"], found


def test_an_attack_launched_in_a_place_still_hits_it() -> None:
    found = named_events("Somali rebels launched an attack in the town of Kismayo.")
    assert any(g == "ASSAULT" and "Kismayo" in t and m == "asserted"
               for _s, g, t, m in found), found  # fmt: skip


# -- people fleeing a country are its people (mentions._fleeing_people) -------------------------
def test_refugees_fleeing_a_country_are_its_people_not_its_state() -> None:
    found = named_events("Kenya gave shelter to refugees fleeing the fighting in Somalia.")
    assert ("Kenya", "AID", "refugees from Somalia", "asserted") in found, found
    assert not [e for e in found if e[2] in ("Somalia", "Government of Somalia")], found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not give shelter to refugees fleeing the fighting in Somalia.",
        "Kenya may give shelter to refugees fleeing the fighting in Somalia.",
        "Kenya refused to give shelter to refugees fleeing the fighting in Somalia.",
    ],
)
def test_shelter_not_given_to_fleeing_people_is_not_asserted(text: str) -> None:
    assert not _asserted(named_events(text), "AID"), named_events(text)


# -- the parties of "the X and Y sides" (mechanisms.coordinated_sides) ---------------------------
def test_coordinated_sides_are_each_a_party() -> None:
    found = named_events("The Kenyan and Ugandan sides agreed to share information.")
    assert ("Kenya", "AGREE", "Uganda", "asserted") in found, found
    assert ("Uganda", "AGREE", "Kenya", "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan and Ugandan sides did not agree to share information.",
        "The Kenyan and Ugandan sides may agree to share information.",
        "The Kenyan and Ugandan sides denied that they had agreed to share information.",
    ],
)
def test_sides_that_did_not_agree_are_not_asserted(text: str) -> None:
    assert not _asserted(named_events(text), "AGREE"), named_events(text)


# -- a plural demonym the model did not tag (mentions._plural_demonym) ---------------------------
def test_a_plural_demonym_names_the_countrys_people() -> None:
    found = named_events("Kenya called on Ugandans to stand by the deal.")
    assert ("Kenya", "REQUEST", "Uganda", "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not call on Ugandans to stand by the deal.",
        "Kenya might call on Ugandans to stand by the deal.",
    ],
)
def test_an_appeal_to_a_people_not_made_is_not_asserted(text: str) -> None:
    assert not _asserted(named_events(text), "REQUEST"), named_events(text)
