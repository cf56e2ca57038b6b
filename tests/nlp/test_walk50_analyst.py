"""Classes found by using riftwatch as an analyst on an invented Somalia/Yemen corpus (stop 50).

1. Goods told by their container or lot ("a shipment of weapons", "a consignment of rifles")
   or parts named by what they are for ("components for drones and missiles") were no aid:
   "X received a shipment of weapons from Y" coded nothing, while "X received weapons from Y"
   was Y's aid to X. A message's content stays no aid ("a letter of support").
2. "Government troops / forces / soldiers" in a sentence that names no place the coder knows
   are the home state's of the one group fighting them: "Boko Haram fighters ambushed
   government soldiers near Maiduguri" coded nothing (only Pakistan's forces were implied
   so). A bare "government" stays unread: "formed a national unity government".
3. A town the tagger alone calls an organisation is no group's ranks: "troops drove AQAP out
   of Mukalla" was read as an expulsion from a group (a split), not from a place.
4. A party's foes are not the party: "Egypt warned ... if the LNA's enemies crossed the line"
   was a threat to the LNA (a false alarm on a replayed history, since the LNA was Egypt's
   ally); "enemies", "foes", "opponents" join "allies" and "rivals" as counterpart nouns.
5. "The new group" after "announced their merger into Z" is Z, as after "merged into Z"
   (coref.yaml formed_object_words: "merger into").

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_events, assert_events, named_events


@pytest.mark.parametrize(
    "text",
    [
        "The Kessel Brigades received a shipment of rifles from the Zorvan Front.",
        "The Kessel Brigades took delivery of a consignment of explosives from the Zorvan Front.",
        "The Kessel Brigades received spare parts for rockets from the Zorvan Front in 2017.",
        "The Kessel Brigades received components for drones and missiles from the Zorvan Front.",
        "The Zorvan Front sent a truckload of ammunition to the Kessel Brigades.",
        "The Zorvan Front supplied two shipments of weapons to the Kessel Brigades last year.",
    ],
)
def test_goods_told_by_their_lot_are_aid(text: str) -> None:
    assert_events(named_events(text), gives=[("Zorvan", "AID", "Kessel", "asserted")])


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The Kessel Brigades did not receive a shipment of rifles from the Zorvan Front.",
         "negated"),
        ("The Kessel Brigades may have received a shipment of rifles from the Zorvan Front.",
         "uncertain"),
        ("The Zorvan Front denied sending a consignment of explosives to the Kessel Brigades.",
         "denied"),
        ("The Zorvan Front will send a shipment of rifles to the Kessel Brigades.", "future"),
    ],
)  # fmt: skip
def test_goods_told_by_their_lot_keep_the_verbs_modality(text: str, modality: str) -> None:
    assert_events(
        named_events(text),
        gives=[("Zorvan", "AID", "Kessel", modality)],
        gives_not=[("Zorvan", "AID", "Kessel", "asserted")],
    )


def test_a_message_of_support_is_no_aid() -> None:
    found = named_events("The Kessel Brigades received a letter of support from the Zorvan Front.")
    assert_events(found, gives_not=[("Zorvan", "AID", "Kessel")])


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Boko Haram fighters ambushed government soldiers near Maiduguri.", "Nigeria"),
        ("The Houthis attacked government forces in Marib.", "Yemen"),
        ("Al-Shabaab overran a government base on the road to the coast.", "Somalia"),
    ],
)
def test_government_forces_are_the_home_state_of_the_group_fighting_them(
    text: str, state: str
) -> None:
    assert_events(named_events(text, "2020-06-01"), gives=[("", "ASSAULT", state, "asserted")])


def test_government_forces_keep_the_verbs_modality_and_a_named_country() -> None:
    found = named_events("Boko Haram did not attack government troops.", "2020-06-01")
    assert_events(found, gives_not=[("", "ASSAULT", "Nigeria", "asserted")])
    found = named_events("Al-Shabaab attacked government troops in Kenya.", "2020-06-01")
    assert_events(found, gives_not=[("", "ASSAULT", "Somalia")])


def test_a_government_formed_or_described_is_no_home_state() -> None:
    found = named_events("Hamas and Fatah formed a national unity government.", "2007-03-01")
    assert_events(found, gives_not=[("", "", "Israel")])


def test_driven_out_of_a_town_is_an_expulsion_not_a_split() -> None:
    (event,) = [
        e
        for e in api_events("Yemeni troops drove AQAP out of Mukalla.", "2016-05-01")
        if e["event_type"] == "COERCE"
    ]
    assert (event["source"]["name"], event["mode"]) == ("Yemen", "expulsion")


@pytest.mark.parametrize(
    "text",
    [
        "Jabhat Zorbat drove the Kestrel Brigade out of Jabhat Nuralla.",
        "The Zorbat Front expelled Kestrel commanders from its ranks.",
    ],
)
def test_expelled_from_a_named_group_is_still_a_split(text: str) -> None:
    modes = {e["mode"] for e in api_events(text, "2016-05-01") if e["event_type"] == "COERCE"}
    assert modes == {"split"}


@pytest.mark.parametrize(
    "text",
    [
        "Egypt warned that it would intervene if the LNA's enemies crossed the Sirte line.",
        "Egypt threatened the LNA's enemies.",
        "The Zorvan Front attacked the Kessel Brigades' opponents near the river.",
        "The Zorvan Front shelled the Kessel Brigades' foes in the hills.",
    ],
)
def test_a_partys_foes_are_not_the_party(text: str) -> None:
    found = named_events(text, "2020-06-01")
    assert_events(found, gives_not=[("", ("THREATEN", "ASSAULT"), "LNA"), ("", "", "Kessel")])


def test_a_party_told_as_anothers_enemy_keeps_the_rivalry() -> None:
    found = named_events("The Zorvan Front became the Kessel Brigades' enemy.", "2020-06-01")
    assert_events(found, gives=[("Zorvan", "REJECT", "Kessel", "asserted")])


def test_the_new_group_after_a_merger_into_a_named_group() -> None:
    text = (
        "The Zorvan Front and the Kessel Brigades announced their merger into the Nuralla "
        "Council. The new group pledged allegiance to the Islamic State."
    )
    assert_events(
        named_events(text, "2017-03-02"),
        gives=[("Nuralla Council", "SUPPORT", "Islamic State", "asserted")],
        gives_not=[("Zorvan", "SUPPORT", "Islamic State"), ("Kessel", "SUPPORT", "Islamic State")],
    )
