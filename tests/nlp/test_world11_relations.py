"""Relation constructions of group-history descriptions (issue 10, helper world11).

Rows of militant-relationship histories where both groups were recognised and still no claim,
or a claim of the wrong type, came out on the pair: a capitalised word inside a group's name
is never a trigger of its own ("the X Fighting Group and Y shared trainers" had coded a fight);
people and networks two groups hold in common are shared means ("shared trainers", "pooled
their fund-raising networks"); a partner in a "with" phrase the parser hangs on "along" or
"together" ("took part, along with Y, in the assault"); a fronted "after" clause is background,
never the target of the main verb ("after Z's men killed its volunteers, X withdrew its support
from Y"); "X hunted Y's cadres" without "down"; leading a governing body of a group ("chaired
the shura of Y") is a post in it, as sitting on it is; and camps a party runs where others
"were trained" are its training. Every class is tested on invented sentences and invented
groups, with negated, hedged or denied twins that must not be asserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events

X = "Zorbani Front"
Y = "Kestrel Brigades"


# -- a word inside a name ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 2000 the Zorbani Fighting Group and the Kestrel Brigades ran neighbouring guesthouses"
        " in Harran and shared trainers.",
        "In 2001 the Zorbani Fighting Group and the Kestrel Brigades opened offices in Harran.",
        "In 2001 the Harran Resistance Movement and the Kestrel Brigades held a rally.",
    ],
)
def test_a_word_inside_a_name_is_no_event_between_the_named_groups(text: str) -> None:
    assert_events(named_events(text), gives_not=[("", ("ASSAULT", "REJECT", "COERCE"), "")])


def test_a_group_with_such_a_word_in_its_name_still_fights() -> None:
    found = named_events("In 2000 the Zorbani Fighting Group attacked the Kestrel Brigades.")
    assert_events(found, gives=[("Zorbani Fighting Group", "ASSAULT", Y)])
    found = named_events("Fighting between the Zorbani Front and the Kestrel Brigades killed ten.")
    assert_events(found, gives=[(X, "ASSAULT", Y), (Y, "ASSAULT", X)])


# -- shared people and networks ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 2000 the Zorbani Front and the Kestrel Brigades shared trainers.",
        "In 2000 the Zorbani Front and the Kestrel Brigades pooled their fund-raising networks.",
        "From 1998 the Zorbani Front and the Kestrel Brigades shared members and weapons, police"
        " said.",
        "In 2000 the Zorbani Front shared a network of safe houses with the Kestrel Brigades.",
    ],
)
def test_shared_people_and_networks_are_cooperation(text: str) -> None:
    assert_events(named_events(text), gives=[(X, "COOPERATE", Y), (Y, "COOPERATE", X)])


@pytest.mark.parametrize(
    "text",
    [
        "In 2000 the Zorbani Front and the Kestrel Brigades did not share trainers.",
        "In 2000 the Zorbani Front and the Kestrel Brigades may have shared members.",
        "The Zorbani Front denied that it had pooled its networks with the Kestrel Brigades.",
        "The Zorbani Front and the Kestrel Brigades shared the blame for the defeat.",
    ],
)
def test_denied_hedged_or_unshared_means_assert_nothing(text: str) -> None:
    assert_events(named_events(text), gives_not=[(X, "COOPERATE", Y), (Y, "COOPERATE", X)])


# -- a partner "along with" ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 2012 Zorbani Front fighters took part, along with Kestrel Brigades units, in the"
        " assault on the army camp at Harran.",
        "In 2012 the Zorbani Front took part along with the Kestrel Brigades in the assault on"
        " Harran.",
        "In 2012 the Zorbani Front took part in the assault on Harran along with the Kestrel"
        " Brigades.",
    ],
)
def test_a_partner_along_with_a_participant_acts_with_it(text: str) -> None:
    assert_events(named_events(text), gives=[(X, "COOPERATE", Y), (Y, "COOPERATE", X)])


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("In 2012 Zorbani Front fighters did not take part, along with Kestrel Brigades units, in"
         " the assault on the army camp at Harran.", "negated"),
        ("In 2012 Zorbani Front fighters may have taken part, along with Kestrel Brigades units,"
         " in the assault on the army camp at Harran.", "uncertain"),
    ],
)  # fmt: skip
def test_a_negated_or_hedged_participation_along_with_a_partner(text: str, modality: str) -> None:
    found = named_events(text)
    assert_events(found, gives=[(X, "COOPERATE", Y, modality)], gives_not=[(X, "COOPERATE", Y)])


def test_the_target_of_the_joint_act_is_no_partner() -> None:
    found = named_events(
        "In 2012 the Zorbani Front took part in the assault on the Kestrel Brigades along with"
        " the Marun Legion."
    )
    assert_events(
        found,
        gives=[(X, "ASSAULT", Y), (X, "COOPERATE", "Marun Legion")],
        gives_not=[(X, "COOPERATE", Y), (Y, "COOPERATE", X)],
    )


# -- a fronted "after" clause is background ------------------------------------------------


def test_a_fronted_after_clause_is_not_the_target_of_the_main_verb() -> None:
    found = named_events(
        "In June 1996, after the Marun Legion's men killed the volunteers sent to them, the"
        " Zorbani Front publicly withdrew its support from the Kestrel Brigades."
    )
    assert_events(found, gives=[(X, "REJECT", Y)], gives_not=[(X, "", "Marun Legion")])


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("In June 1996, after the Marun Legion's men killed the volunteers sent to them, the"
         " Zorbani Front did not withdraw its support from the Kestrel Brigades.", "negated"),
        ("In June 1996, after the Marun Legion's men killed the volunteers sent to them, the"
         " Zorbani Front reportedly considered withdrawing its support from the Kestrel"
         " Brigades.", "hypothetical"),
    ],
)  # fmt: skip
def test_a_withdrawal_of_support_not_made_is_not_asserted(text: str, modality: str) -> None:
    found = named_events(text)
    assert_events(found, gives=[(X, "REJECT", Y, modality)], gives_not=[(X, "REJECT", Y)])


# -- hunting a group's cadres --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "By 1989 the Zorbani Front hunted Kestrel Brigades cadres.",
        "By 1989 the Zorbani Front hunted down the Kestrel Brigades' cadres.",
        "In 1989 the Zorbani Front ran the north-east and its militia hunted Kestrel Brigades"
        " cadres.",
    ],
)
def test_hunting_a_groups_cadres_attacks_it(text: str) -> None:
    assert_events(named_events(text), gives=[(X, "ASSAULT", Y)])


@pytest.mark.parametrize(
    "text",
    [
        "By 1989 the Zorbani Front did not hunt Kestrel Brigades cadres.",
        "By 1989 the Zorbani Front was said to be planning to hunt Kestrel Brigades cadres.",
        "The Zorbani Front hunted for deer in the hills.",
    ],
)
def test_a_hunt_not_made_asserts_no_attack(text: str) -> None:
    assert_events(named_events(text), gives_not=[(X, "ASSAULT", "")])


# -- leading a group's governing body ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 2006 Omar Dashti, who would later lead the Zorbani Front, chaired the shura of the"
        " Kestrel Brigades alongside Ali Farouk.",
        "In 2006 Omar Dashti, who would later lead the Zorbani Front, headed the Kestrel"
        " Brigades' central committee.",
        "In 2006 Omar Dashti, who would later lead the Zorbani Front, presided over the council"
        " of the Kestrel Brigades.",
    ],
)
def test_leading_a_groups_governing_body_is_a_post_in_it(text: str) -> None:
    assert_events(named_events(text), gives=[(X, "COOPERATE", Y)])


@pytest.mark.parametrize(
    "text",
    [
        "In 2006 Omar Dashti, who would later lead the Zorbani Front, never chaired the shura of"
        " the Kestrel Brigades.",
        "In 2006 Omar Dashti, who would later lead the Zorbani Front, reportedly hoped to chair"
        " the shura of the Kestrel Brigades.",
        "In 2006 Omar Dashti, who would later lead the Zorbani Front, denied that he chaired the"
        " shura of the Kestrel Brigades.",
        "In 2006 Omar Dashti, who would later lead the Zorbani Front, chaired a meeting of the"
        " Kestrel Brigades.",
    ],
)
def test_a_post_not_held_or_a_meeting_chaired_is_no_tie(text: str) -> None:
    assert_events(named_events(text), gives_not=[(X, "COOPERATE", Y)])


# -- camps run where others were trained ---------------------------------------------------


def test_camps_a_party_runs_where_others_were_trained_are_its_training() -> None:
    found = named_events(
        "From 1983 the Zorbani Front ran camps where Kestrel Brigades recruits were trained and"
        " armed."
    )
    assert_events(found, gives=[(X, "AID", Y)])


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("From 1983 the Zorbani Front ran camps where Kestrel Brigades recruits were never"
         " trained.", "negated"),
        ("The Zorbani Front denied that it ran camps where Kestrel Brigades recruits were"
         " trained.", "denied"),
        ("The Zorbani Front may have run camps where Kestrel Brigades recruits were trained.",
         "uncertain"),
    ],
)  # fmt: skip
def test_training_in_camps_negated_denied_or_hedged(text: str, modality: str) -> None:
    found = named_events(text)
    assert_events(found, gives=[(X, "AID", Y, modality)], gives_not=[(X, "AID", Y)])


def test_the_trainer_named_by_by_is_the_one_who_trains() -> None:
    found = named_events(
        "From 1983 the Zorbani Front ran camps where Kestrel Brigades recruits were trained by"
        " the Marun Legion."
    )
    assert_events(found, gives=[("Marun Legion", "AID", Y)], gives_not=[(X, "AID", Y)])


def test_camps_where_prisoners_were_held_are_no_training() -> None:
    found = named_events(
        "From 1983 the Zorbani Front ran camps where Kestrel Brigades prisoners were held."
    )
    assert_events(found, gives_not=[(X, ("AID", "COOPERATE"), Y)])


# -- a known person's post "then" ----------------------------------------------------------
# Shamil Basayev is a knowledge-base person who stands for his own later battalion; the
# groups are invented.


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("In 2004 the Zorbani Front joined Shamil Basayev, then a field commander of the Kestrel"
         " Brigades, in the raid on Harran.", "COOPERATE"),
        ("In 2004 the Zorbani Front attacked Shamil Basayev, then a field commander of the"
         " Kestrel Brigades.", "ASSAULT"),
    ],
)  # fmt: skip
def test_a_known_persons_post_then_names_the_group_he_stood_for(text: str, etype: str) -> None:
    assert_events(named_events(text), gives=[(X, etype, Y)])


@pytest.mark.parametrize(
    "text",
    [
        "In 2004 the Zorbani Front joined Shamil Basayev, a field commander of the Kestrel"
        " Brigades, in the raid on Harran.",
        "In 2004 the Zorbani Front joined Shamil Basayev, then a guest of the Kestrel Brigades,"
        " in the raid on Harran.",
        "In 2004 the Zorbani Front did not join Shamil Basayev, then a field commander of the"
        " Kestrel Brigades, in the raid on Harran.",
    ],
)
def test_without_then_a_role_or_with_a_negated_act_no_tie_is_asserted(text: str) -> None:
    assert_events(named_events(text), gives_not=[(X, "COOPERATE", Y)])


# -- "up to" a number ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("In 2006 the Zorbani Front had trained up to two thousand fighters of the Kestrel"
         " Brigades.", "AID"),
        ("In 2006 the Zorbani Front killed up to 40 fighters of the Kestrel Brigades.", "ASSAULT"),
    ],
)  # fmt: skip
def test_up_to_a_number_of_a_groups_people_is_the_object(text: str, etype: str) -> None:
    assert_events(named_events(text), gives=[(X, etype, Y)])


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("In 2006 the Zorbani Front had not trained up to two thousand fighters of the Kestrel"
         " Brigades.", "negated"),
        ("In 2006 the Zorbani Front may have trained up to two thousand fighters of the Kestrel"
         " Brigades.", "uncertain"),
    ],
)  # fmt: skip
def test_up_to_a_number_negated_or_hedged(text: str, modality: str) -> None:
    found = named_events(text)
    assert_events(found, gives=[(X, "AID", Y, modality)], gives_not=[(X, "AID", Y)])


def test_up_to_without_a_number_is_no_object() -> None:
    found = named_events("In 2006 the Zorbani Front stepped up to the Kestrel Brigades' demands.")
    assert_events(found, gives_not=[(X, "", Y)])


# -- cutting a party off -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 1986 the Zorbani Front cut off the Kestrel Brigades.",
        "In 1986 the Zorbani Front had cut off Omar Dashti's Kestrel Brigades, and police seized"
        " its weapons.",
    ],
)
def test_cutting_off_a_party_is_hostile(text: str) -> None:
    assert_events(named_events(text), gives=[(X, "REJECT", Y)])


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("In 1986 the Zorbani Front did not cut off the Kestrel Brigades.", "negated"),
        ("In 1986 the Zorbani Front threatened to cut off the Kestrel Brigades.", "future"),
    ],
)
def test_a_cut_not_made_is_not_asserted(text: str, modality: str) -> None:
    found = named_events(text)
    assert_events(found, gives=[(X, "REJECT", Y, modality)], gives_not=[(X, "REJECT", Y)])


def test_cutting_off_a_place_is_no_rejection_of_a_party() -> None:
    assert_events(
        named_events("In 1986 the Zorbani Front cut off Harran."), gives_not=[(X, "", "")]
    )


# -- sparing the other; "side by side" after an object ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In 2018 the Zorbani Front and the Kestrel Brigades left each other alone in the"
        " borderlands.",
        "In 2018 the Zorbani Front left the Kestrel Brigades alone.",
    ],
)
def test_leaving_the_other_alone_is_no_split(text: str) -> None:
    assert_events(named_events(text), gives_not=[(X, "REJECT", Y), (Y, "REJECT", X)])


def test_leaving_a_group_is_still_a_split() -> None:
    found = named_events("In 2018 the Zorbani Front left the Kestrel Brigades.")
    assert_events(found, gives=[(X, "REJECT", Y)])


def test_attacking_a_third_party_side_by_side_after_the_object_is_a_joint_act() -> None:
    found = named_events(
        "In 2018 the Zorbani Front and the Kestrel Brigades at times attacked army posts side by"
        " side."
    )
    assert_events(found, gives=[(X, "COOPERATE", Y), (Y, "COOPERATE", X)])
    found = named_events(
        "In 2018 the Zorbani Front and the Kestrel Brigades never attacked army posts side by side."
    )
    assert_events(found, gives=[(X, "COOPERATE", Y, "negated")], gives_not=[(X, "COOPERATE", Y)])
