"""Relation constructions of group-profile histories (issue 10, helper pairs22): founders told
before they founded, through a misparsed clause, a coordinated subject or a post they were
chosen for; idioms of a verb and its object ("pooled their forces"); hyphenated relation nouns
("a falling-out"); hostility "between" two parties whatever the noun's frame. Each class is
tested on invented sentences with negated, hedged or denied twins that must not be asserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, has, named_events


# -- founders told before they founded: "the men who later formed Y served in X" -------------
@pytest.mark.parametrize(
    "text",
    [
        # a conjunct of the subject tells the founding
        "Osei and the other founders of the Volta Front were cadres of the Kumasi Brigade.",
        "Osei and the commanders who would later form the Volta Front served in the Kumasi "
        "Brigade.",
        # a post in X the founder was chosen for
        "Osei, who later founded the Volta Front, was chosen as the first leader of the Kumasi "
        "Brigade.",
        "Osei, who later founded the Volta Front, was elected chairman of the Kumasi Brigade.",
    ],
)
def test_founders_told_before_they_founded_tie_the_groups(text: str) -> None:
    assert_events(named_events(text), gives=[("Volta Front", "COOPERATE", "Kumasi Brigade")])


@pytest.mark.parametrize(
    "text",
    [
        "The commanders who would later form the Volta Front never served in the Kumasi Brigade.",
        "The men who later formed the Volta Front may have held commands inside the Kumasi "
        "Brigade.",
        "Osei and the other founders of the Volta Front were never cadres of the Kumasi Brigade.",
        "Osei, who later founded the Volta Front, was not chosen as the first leader of the "
        "Kumasi Brigade.",
        "Osei, who later founded the Volta Front, may be elected chairman of the Kumasi Brigade.",
        "Osei, who never founded the Volta Front, was elected chairman of the Kumasi Brigade.",
    ],
)
def test_negated_or_hedged_founders_tie_nothing(text: str) -> None:
    assert_events(named_events(text), gives_not=[("Volta Front", None, "Kumasi Brigade")])


def test_a_founder_chosen_by_a_group_is_not_a_post_in_it() -> None:
    # the choosing verb in the active voice names who chose, not a post held
    assert_events(
        named_events("Osei, who later founded the Volta Front, chose the Kumasi Brigade."),
        gives_not=[("Volta Front", "COOPERATE", "Kumasi Brigade")],
    )


# -- idioms of a verb and its object: "pooled their forces", "buried the hatchet" -----------
@pytest.mark.parametrize(
    ("text", "etype", "both"),
    [
        ("The Volta Front and the Kumasi Brigade pooled their forces in 1998.", "COOPERATE",
         True),
        ("The Volta Front and the Kumasi Brigade pooled their resources.", "COOPERATE", True),
        ("The Volta Front buried the hatchet with the Kumasi Brigade.", "AGREE", True),
        ("The Volta Front and the Kumasi Brigade patched up their differences.", "AGREE", True),
        ("The Volta Front crossed swords with the Kumasi Brigade over the mines.", "REJECT",
         True),
    ],
)  # fmt: skip
def test_idioms_of_a_verb_and_its_object(text: str, etype: str, both: bool) -> None:
    found = named_events(text)
    assert has(found, "Volta Front", etype, "Kumasi Brigade"), found
    if both:
        assert has(found, "Kumasi Brigade", etype, "Volta Front"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Front did not combine forces with the Kumasi Brigade.",
        "The Volta Front may combine forces with the Kumasi Brigade.",
        "The Volta Front denied that it had combined forces with the Kumasi Brigade.",
        "If the Volta Front combined forces with the Kumasi Brigade, the army would retreat.",
        "The Volta Front never buried the hatchet with the Kumasi Brigade.",
        "The Volta Front and the Kumasi Brigade may patch up their differences.",
    ],
)
def test_negated_or_hedged_idioms_are_not_asserted(text: str) -> None:
    assert_events(
        named_events(text),
        gives_not=[
            ("Volta Front", None, "Kumasi Brigade"),
            ("Kumasi Brigade", None, "Volta Front"),
        ],
    )


def test_refusing_to_combine_forces_rejects_and_joins_nothing() -> None:
    assert_events(
        named_events("The Volta Front refused to combine forces with the Kumasi Brigade."),
        gives=[("Volta Front", "REJECT", "Kumasi Brigade")],
        gives_not=[("Volta Front", "COOPERATE", "Kumasi Brigade")],
    )


def test_burying_a_thing_is_no_reconciliation() -> None:
    assert_events(
        named_events("The Volta Front buried the dead with the Kumasi Brigade."),
        gives_not=[("Volta Front", "AGREE", "Kumasi Brigade")],
    )


# -- hyphenated relation nouns: "a falling-out with Y" --------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Volta Front had a falling-out with the Kumasi Brigade in 2004.",
        "A falling-out between the Volta Front and the Kumasi Brigade followed the raid.",
        "The break-up between the Volta Front and the Kumasi Brigade came in 2004.",
    ],
)
def test_hyphenated_hostile_nouns_end_the_tie(text: str) -> None:
    assert_events(
        named_events(text),
        gives=[
            ("Volta Front", "REJECT", "Kumasi Brigade"),
            ("Kumasi Brigade", "REJECT", "Volta Front"),
        ],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Front never had a falling-out with the Kumasi Brigade.",
        "The Volta Front denied reports of a falling-out with the Kumasi Brigade.",
        "Both groups denied reports of a falling-out between the Volta Front and the Kumasi "
        "Brigade.",
        "A falling-out between the Volta Front and the Kumasi Brigade may follow the raid.",
    ],
)
def test_negated_or_denied_falling_out_is_not_asserted(text: str) -> None:
    assert_events(
        named_events(text),
        gives_not=[
            ("Volta Front", None, "Kumasi Brigade"),
            ("Kumasi Brigade", None, "Volta Front"),
        ],
    )


# -- hostility "between X and Y" is mutual ---------------------------------------------------
def test_a_war_between_two_parties_runs_both_ways() -> None:
    assert_events(
        named_events("A turf war between the Volta Front and the Kumasi Brigade erupted."),
        gives=[
            ("Volta Front", "ASSAULT", "Kumasi Brigade"),
            ("Kumasi Brigade", "ASSAULT", "Volta Front"),
        ],
    )


@pytest.mark.parametrize(
    "text",
    [
        "A war between the Volta Front and the Kumasi Brigade could erupt.",
        "No war between the Volta Front and the Kumasi Brigade broke out.",
        "The Volta Front warned of a war with the Kumasi Brigade.",
    ],
)
def test_a_possible_or_denied_war_is_not_asserted(text: str) -> None:
    assert_events(
        named_events(text),
        gives_not=[
            ("Volta Front", None, "Kumasi Brigade"),
            ("Kumasi Brigade", None, "Volta Front"),
        ],
    )


def test_allies_acting_during_a_war_do_not_fight_each_other() -> None:
    assert_events(
        named_events(
            "The Volta Front and the Kumasi Brigade fired rockets at the army together during the "
            "long war."
        ),
        gives_not=[("Volta Front", "ASSAULT", "Kumasi Brigade")],
    )


# -- a sentence the parser left without a verb: the misread verb is the main one -------------
@pytest.mark.parametrize(
    "text",
    [
        "Osei, later the leader of the Volta Front, commanded forces of the Kumasi Brigade.",
        "Osei and Mensah, later the leaders of the Volta Front, commanded forces of the Kumasi "
        "Brigade against the army.",
    ],
)
def test_a_founder_commanding_units_read_as_a_modifier(text: str) -> None:
    assert_events(named_events(text), gives=[("Volta Front", "COOPERATE", "Kumasi Brigade")])


@pytest.mark.parametrize(
    "text",
    [
        "Osei, later the leader of the Volta Front, never commanded forces of the Kumasi Brigade.",
        "Osei, later the leader of the Volta Front, may have commanded forces of the Kumasi "
        "Brigade.",
    ],
)
def test_negated_or_hedged_commanding_ties_nothing(text: str) -> None:
    assert_events(named_events(text), gives_not=[("Volta Front", None, "Kumasi Brigade")])


# -- a relation told as over: "a former Y ally", "once Y's partner" --------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Volta Front, a former Kumasi Brigade ally, turned against it.",
        "The Volta Front, once the Kumasi Brigade's partner, attacked its bases.",
        "The Volta Front, an erstwhile Kumasi Brigade ally, seized the port.",
    ],
)
def test_a_relation_told_as_over_is_no_cooperation(text: str) -> None:
    assert_events(
        named_events(text),
        gives=[("Volta Front", "REJECT", "Kumasi Brigade")],
        gives_not=[("Volta Front", "COOPERATE", "Kumasi Brigade")],
    )


def test_a_present_ally_named_before_stays_cooperation() -> None:
    assert_events(
        named_events("The Volta Front, a Kumasi Brigade ally, seized the port."),
        gives=[("Volta Front", "COOPERATE", "Kumasi Brigade")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Front was never a former Kumasi Brigade ally.",
        "The Volta Front may be a former Kumasi Brigade ally.",
        "The Volta Front was not once the Kumasi Brigade's partner.",
    ],
)
def test_negated_or_hedged_ended_relation_is_not_asserted(text: str) -> None:
    assert_events(named_events(text), gives_not=[("Volta Front", None, "Kumasi Brigade")])
