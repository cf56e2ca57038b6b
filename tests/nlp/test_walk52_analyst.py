"""Classes found by using riftwatch as an analyst on an invented north-west Syria corpus (stop 51).

1. A claim taken back after a semicolon in its own sentence ("One speaker claimed that X
   supplied Y; this could not be confirmed") stayed asserted, and the taking back was laid
   on the sentence before instead (a seizure told as done became uncertain). A bare
   semicolon takes back only with a word that stands for the report ("this", "the claim"):
   "; officials could not confirm the toll" doubts the toll, not the act.
2. "X ordered an offensive against Y" was a demand addressed to Y: the order goes to X's
   own men, Y is the one to be attacked.
3. "fighting between Turkish and Syrian government forces" lost its first side (a country
   adjective coordinated with another side's is a side, not a modifier), and a truce agreed
   "after weeks of fighting" made the fighting a future event: what came before a promise
   or plan is told as done.
4. "A X defector / commander said the group ..." is X: a member who speaks of "the group"
   speaks of his own, even when an earlier sentence had another subject.
5. A name that opens with another word of kind than a known group's ("Jabhat Tahrir
   al-Sham" beside "Hay'at Tahrir al-Sham", short name "Tahrir al-Sham") is another group.
6. "drove X out of most of its positions" is an expulsion from places, not from a group's
   ranks (no split).
7. "Legion" and "Corps" are words of an armed group's name: "The Zorbla Legion sent
   fighters to Y" found no actor for its subject.
8. Founding an operations room, a joint command or an alliance is no merger: its founders
   stay what they were ("X and Y formed the Z operations room": joint operations).
9. "X handed two checkpoints to Y" hands them over as "handed over" does; a message or a
   figure of speech handed ("handed a letter / a defeat to Y") is no handover.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_named, assert_events, coded_dicts, named_events


def test_claim_taken_back_after_a_semicolon_is_uncertain_and_spares_the_sentence_before() -> None:
    found = api_named(
        "Within a week the Zorvan Front had seized the Kessel Brigades' depots. One prisoner "
        "claimed that the Tamar Legion had sent fighters to the Zorvan Front; this could not "
        "be confirmed.",
        "2019-01-14",
    )
    assert_events(
        found,
        gives=[("Zorvan", "COERCE", "Kessel", "asserted"),
               ("Tamar", "AID", "Zorvan", "uncertain")],
        gives_not=[("Tamar", "AID", "Zorvan", "asserted"),
                   ("Zorvan", "COERCE", "Kessel", "uncertain")],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The Tamar Legion sent fighters to the Zorvan Front; the claim was never verified.",
         "uncertain"),
        # the semicolon clause doubts a detail, not the act
        ("The Tamar Legion sent fighters to the Zorvan Front; officials could not confirm "
         "their number.", "asserted"),
    ],
)  # fmt: skip
def test_semicolon_takes_back_only_with_a_word_for_the_report(text: str, modality: str) -> None:
    assert_events(named_events(text), gives=[("Tamar", "AID", "Zorvan", modality)])


@pytest.mark.parametrize(
    "text",
    [
        "Zorvan Front commanders ordered an offensive against the Kessel Brigades.",
        "The Zorvan Front ordered an assault on the Kessel Brigades in the hills.",
        "The Zorvan Front's emir commanded a raid against the Kessel Brigades.",
    ],
)
def test_an_ordered_attack_is_no_demand_on_its_target(text: str) -> None:
    assert_events(
        named_events(text),
        gives=[("Zorvan", "ASSAULT", "Kessel", None)],
        gives_not=[("Zorvan", "REQUEST", "Kessel", None)],
    )


def test_an_order_to_a_party_stays_a_demand() -> None:
    found = named_events("The Zorvan Front ordered the Kessel Brigades to attack the base.")
    assert_events(found, gives=[("Zorvan", "REQUEST", "Kessel", "asserted")])


def test_coordinated_country_adjectives_are_both_sides_and_background_fighting_is_told() -> None:
    found = named_events(
        "The two presidents agreed a ceasefire after weeks of fighting between Turkish and "
        "Syrian government forces.",
        "2020-03-05",
    )
    assert_events(
        found,
        gives=[("Turkey", "ASSAULT", "Syria", "asserted"),
               ("Syria", "ASSAULT", "Turkey", "asserted")],
        gives_not=[("", "ASSAULT", "", "future")],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The Zorvan Front agreed to attack the Kessel Brigades after the election.", "future"),
        ("The Zorvan Front planned a raid on the Kessel Brigades after the election.", "future"),
    ],
)
def test_what_a_promise_promises_stays_unasserted(text: str, modality: str) -> None:
    assert_events(
        named_events(text),
        gives=[("Zorvan", "ASSAULT", "Kessel", modality)],
        gives_not=[("Zorvan", "ASSAULT", "Kessel", "asserted")],
    )


@pytest.mark.parametrize("member", ["defector", "commander", "spokesman", "commanders"])
def test_a_member_speaking_of_the_group_speaks_of_his_own(member: str) -> None:
    article = "" if member.endswith("s") else "A "
    found = named_events(
        "The Zorvan Front attacked the town. "
        f"{article}Kessel Brigades {member} said the group had sheltered the Tamar Legion."
    )
    assert_events(
        found,
        gives=[("Kessel", "AID", "Tamar", "asserted")],
        gives_not=[("Zorvan", "AID", "Tamar")],
    )


def test_a_group_named_in_the_clause_is_still_not_the_group_it_acts_on() -> None:
    found = named_events(
        "The Zorvan Front attacked the town. The Kessel Brigades expelled the group."
    )
    assert_events(
        found, gives=[("Kessel", "COERCE", "Zorvan")], gives_not=[("Kessel", "", "Kessel")]
    )


def test_another_word_of_kind_names_another_group() -> None:
    found = named_events(
        "HTS and Jabhat Tahrir al-Sham fought around the town in March 2018.", "2018-03-10"
    )
    assert_events(
        found,
        gives=[("Tahrir al-Sham", "ASSAULT", "Jabhat Tahrir al-Sham", "asserted")],
        gives_not=[("Hay'at Tahrir al-Sham", "ASSAULT", "Hay'at Tahrir al-Sham")],
    )


def test_the_same_word_of_kind_keeps_the_known_group() -> None:
    from riftwatch.actors.api import resolve_mention

    assert resolve_mention("Hayat Tahrir al-Sham", "2018-03-01")["actor"]["id"] == "org:hts"
    assert resolve_mention("Harakat Ahrar al-Sham", "2018-03-01")["actor"]["name"] == (
        "Ahrar al-Sham"
    )


def test_driven_out_of_places_is_no_split() -> None:
    places = coded_dicts(
        "Zorvan Front fighters drove the Kessel Brigades out of most of its posts."
    )
    assert [(e["event_type"], e["mode"]) for e in places] == [("COERCE", "expulsion")]
    ranks = coded_dicts(
        "The Kessel Brigades were thrown out of the coalition led by the Zorvan Front."
    )
    assert [(e["event_type"], e["mode"]) for e in ranks] == [("COERCE", "split")]


@pytest.mark.parametrize("head", ["Legion", "Corps"])
def test_legion_and_corps_name_armed_groups(head: str) -> None:
    found = named_events(f"The Tamar {head} sent fighters to the Zorvan Front.")
    assert_events(found, gives=[(f"Tamar {head}", "AID", "Zorvan", "asserted")])


@pytest.mark.parametrize(
    ("body", "mode"),
    [("the Tamar operations room", "joint_operations"), ("a joint command", "joint_operations"),
     ("a coalition", None), ("the Tamar Movement", "merger")],
)  # fmt: skip
def test_founding_a_joint_body_is_no_merger(body: str, mode: str | None) -> None:
    found = coded_dicts(f"The Zorvan Front and the Kessel Brigades formed {body} in 2015.")
    pair = {
        e["mode"] for e in found
        if {e["source"]["name"], e["target"]["name"]} == {"Zorvan Front", "Kessel Brigades"}
    }  # fmt: skip
    assert pair == {mode}, found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Zorvan Front fighters handed two checkpoints to the Kessel Brigades.", "asserted"),
        ("The Zorvan Front handed the captured trucks to the Kessel Brigades.", "asserted"),
        ("The Zorvan Front refused to hand the checkpoints to the Kessel Brigades.", "negated"),
        ("The Zorvan Front will hand the checkpoints to the Kessel Brigades.", "future"),
    ],
)
def test_handed_to_is_a_handover(text: str, modality: str) -> None:
    assert_events(named_events(text), gives=[("Zorvan", "COOPERATE", "Kessel", modality)])


@pytest.mark.parametrize(
    "text",
    [
        "The Zorvan Front handed a letter to the Kessel Brigades.",
        "The Zorvan Front handed a crushing defeat to the Kessel Brigades.",
    ],
)
def test_a_message_or_a_figure_handed_is_no_handover(text: str) -> None:
    assert_events(named_events(text), gives_not=[("Zorvan", "COOPERATE", "Kessel", None)])
