"""Relation constructions of group-history descriptions (issue 10, helper world10).

Rows of militant-relationship histories tell alliances, splits and fights through
constructions the coder missed when both groups were recognised: a group "among" (or "one
of") the groups of a relative clause does what the clause says ("X was among the rebels who
turned on Y"), with the copula's negation, hedge or denial governing the clause; a split told
by a noun with "from" ("X, a breakaway from Y", "announced itself as a breakaway from Y"; the
"from" phrase names the group left, never the author); joining an act is doing it ("joined an
offensive on Y"); a plain "with" after a verb of moving into or taking a place names a co-agent
("entered P with Y"); and a battle named in a fronted phrase does not make a group's comrade
its enemy ("In the battle of P, X fought beside Y"). Every class is tested on invented
sentences and invented groups, with negated, hedged or denied twins that must not be asserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, asserted_between, named_events

X = "Zorbani Front"
Y = "Kestrel Brigades"


def tied(found: set[tuple[str, str, str, str]], a: str, b: str) -> bool:
    """An asserted event between ``a`` and ``b`` in either direction."""
    return bool(asserted_between(found, a, b) or asserted_between(found, b, a))


# -- a group among the groups of a relative clause -------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Zorbani Front was among the groups that attacked the Kestrel Brigades.", "ASSAULT"),
        ("The Zorbani Front was among the rebels who turned on the Kestrel Brigades.", "REJECT"),
        ("The Zorbani Front was one of the rebel groups that attacked the Kestrel Brigades.",
         "ASSAULT"),
    ],
)  # fmt: skip
def test_a_group_among_the_groups_of_a_clause_does_what_it_says(text: str, etype: str) -> None:
    assert_events(named_events(text), gives=[(X, etype, Y)])


@pytest.mark.parametrize(
    "text",
    [
        "The Zorbani Front was not among the groups that attacked the Kestrel Brigades.",
        "The Zorbani Front may have been among the groups that attacked the Kestrel Brigades.",
        "The Zorbani Front denied that it was among the groups that attacked the Kestrel Brigades.",
    ],
)
def test_negated_hedged_or_denied_membership_of_the_attackers_asserts_nothing(text: str) -> None:
    found = named_events(text)
    assert not tied(found, X, Y), found


def test_the_groups_a_group_attacked_are_not_its_comrades() -> None:
    assert_events(
        named_events("The Zorbani Front attacked the groups that had fled from Harran."),
        gives_not=[(X, None, X)],
    )


# -- a split told by a noun with "from" ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Zorbani Front announced itself as a breakaway from the Kestrel Brigades.",
        "The Zorbani Front, a breakaway from the Kestrel Brigades, attacked the police.",
        "The Zorbani Front is a splinter from the Kestrel Brigades.",
        "The Zorbani Front declared itself a breakaway from the Kestrel Brigades.",
    ],
)
def test_a_breakaway_from_a_group_split_from_it(text: str) -> None:
    assert_events(named_events(text), gives=[(X, "REJECT", Y)], gives_not=[(Y, "REJECT", Y)])


@pytest.mark.parametrize(
    "text",
    [
        "The Zorbani Front is not a breakaway from the Kestrel Brigades.",
        "The Zorbani Front denied being a breakaway from the Kestrel Brigades.",
        "The Zorbani Front may be a breakaway from the Kestrel Brigades.",
        "The Zorbani Front never announced itself as a breakaway from the Kestrel Brigades.",
    ],
)
def test_negated_denied_or_hedged_breakaways_split_nothing(text: str) -> None:
    found = named_events(text)
    assert not tied(found, X, Y), found


# -- joining an act is doing it ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Zorbani Front joined an offensive on the Kestrel Brigades' mountain bases.",
        "The Zorbani Front joined the army's offensive against the Kestrel Brigades.",
    ],
)
def test_joining_an_offensive_on_a_group_attacks_it(text: str) -> None:
    assert_events(named_events(text), gives=[(X, "ASSAULT", Y)])


@pytest.mark.parametrize(
    "text",
    [
        "The Zorbani Front did not join the offensive on the Kestrel Brigades.",
        "The Zorbani Front may join an offensive on the Kestrel Brigades.",
    ],
)
def test_an_offensive_not_joined_attacks_nobody(text: str) -> None:
    assert_events(named_events(text), gives_not=[(X, "ASSAULT", Y)])


def test_joining_talks_stays_a_consultation() -> None:
    assert_events(
        named_events("The Zorbani Front joined talks with the Kestrel Brigades."),
        gives=[(X, "CONSULT", Y)],
        gives_not=[(X, "ASSAULT", Y)],
    )


# -- "with" after a verb of moving into or taking a place --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Zorbani Front entered Harran with the Kestrel Brigades.",
        "In April 2012 the Zorbani Front entered Harran with the Kestrel Brigades and the Ostra "
        "Movement, and the three shared out the town's barracks.",
        "The Zorbani Front stormed the airbase with the Kestrel Brigades.",
    ],
)
def test_entering_or_storming_with_a_group_cooperates_with_it(text: str) -> None:
    assert_events(named_events(text), gives=[(X, "COOPERATE", Y)])


@pytest.mark.parametrize(
    "text",
    [
        "The Zorbani Front did not enter Harran with the Kestrel Brigades.",
        "The Zorbani Front denied entering Harran with the Kestrel Brigades.",
        "The Zorbani Front could have stormed the airbase with the Kestrel Brigades.",
    ],
)
def test_negated_denied_or_hedged_entries_tie_nothing(text: str) -> None:
    assert_events(named_events(text), gives_not=[(X, "COOPERATE", Y)])


def test_a_clash_with_a_group_stays_a_clash() -> None:
    assert_events(
        named_events("The Zorbani Front clashed with the Kestrel Brigades."),
        gives=[(X, "ASSAULT", Y)],
        gives_not=[(X, "COOPERATE", Y)],
    )


# -- a battle named in a fronted phrase ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In the battle of Harran in 2004 the Zorbani Front fought beside the Kestrel Brigades.",
        "In the battle of Harran in 2004, the Zorbani Front fought beside the Kestrel Brigades.",
    ],
)
def test_comrades_in_a_battle_are_not_its_parties_against_each_other(text: str) -> None:
    assert_events(
        named_events(text),
        gives=[(X, "COOPERATE", Y)],
        gives_not=[(X, "ASSAULT", Y), (Y, "ASSAULT", X)],
    )


def test_foes_in_a_battle_still_fight_each_other() -> None:
    assert_events(
        named_events(
            "In the battle of Harran in 2004, the Zorbani Front fought against the "
            "Kestrel Brigades."
        ),
        gives=[(X, "ASSAULT", Y)],
    )


# -- a fronted phrase with no comma -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("During the siege of Harran the Zorbani Front fought alongside the Kestrel Brigades.",
         "COOPERATE"),
        ("In the battle of Harran the Zorbani Front fought against the Kestrel Brigades.",
         "ASSAULT"),
        ("After the Harran kidnapping the Zorbani Front publicly disowned the Kestrel Brigades.",
         "REJECT"),
    ],
)  # fmt: skip
def test_a_fronted_phrase_without_a_comma_leaves_the_subject_its_verb(
    text: str, etype: str
) -> None:
    assert_events(named_events(text), gives=[(X, etype, Y)])


@pytest.mark.parametrize(
    "text",
    [
        "During the siege of Harran the Zorbani Front did not fight alongside the Kestrel "
        "Brigades.",
        "After the Harran kidnapping the Zorbani Front did not disown the Kestrel Brigades.",
        "After the Harran kidnapping the Zorbani Front reportedly considered disowning the "
        "Kestrel Brigades.",
    ],
)
def test_a_fronted_phrase_keeps_the_clause_s_negation_or_hedge(text: str) -> None:
    found = named_events(text)
    assert not tied(found, X, Y), found


# -- taking part in an act whose other party the parser hangs on the verb ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Zorbani Front participated in the offensive on the Kestrel Brigades.",
        "The Zorbani Front took part in the offensive on the Kestrel Brigades.",
        "The Zorbani Front took part in the 2008 raid on the Kestrel Brigades' headquarters.",
    ],
)
def test_taking_part_in_an_offensive_on_a_group_attacks_it(text: str) -> None:
    assert_events(named_events(text), gives=[(X, "ASSAULT", Y)])


@pytest.mark.parametrize(
    "text",
    [
        "The Zorbani Front did not take part in the offensive on the Kestrel Brigades.",
        "The Zorbani Front denied participating in the offensive on the Kestrel Brigades.",
        "The Zorbani Front was expected to take part in an offensive on the Kestrel Brigades.",
    ],
)
def test_taking_part_negated_denied_or_expected_attacks_nobody(text: str) -> None:
    assert_events(named_events(text), gives_not=[(X, "ASSAULT", Y)])


def test_taking_part_in_talks_stays_a_consultation() -> None:
    assert_events(
        named_events("The Zorbani Front took part in talks with the Kestrel Brigades."),
        gives=[(X, "CONSULT", Y)],
        gives_not=[(X, "ASSAULT", Y)],
    )


# -- groups acting jointly through a member noun, or "side by side" after an object ----------------


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the Zorbani Front and the Kestrel Brigades fought together.",
        "Members of the Zorbani Front and of the Kestrel Brigades trained together at a camp.",
        "The Zorbani Front and the Kestrel Brigades held the southern districts side by side.",
        "Fighters of the Zorbani Front and the Kestrel Brigades held the southern districts side "
        "by side.",
    ],
)
def test_groups_acting_together_cooperate_both_ways(text: str) -> None:
    assert_events(named_events(text), gives=[(X, "COOPERATE", Y), (Y, "COOPERATE", X)])


@pytest.mark.parametrize(
    "text",
    [
        "Fighters of the Zorbani Front and the Kestrel Brigades did not fight together.",
        "Members of the Zorbani Front and of the Kestrel Brigades never trained together.",
        "Fighters of the Zorbani Front and the Kestrel Brigades may have trained together.",
        "Fighters of the Zorbani Front and the Kestrel Brigades never held the southern "
        "districts side by side.",
    ],
)
def test_groups_not_or_maybe_acting_together_assert_nothing(text: str) -> None:
    found = named_events(text)
    assert not tied(found, X, Y), found


# -- joining another party's act ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("In October 1992 the Zorbani Front joined a Turkish offensive on the Kestrel Brigades' "
         "border bases.", "Turkey"),
        ("The Zorbani Front took part in the Ostra Movement's raid on the Kestrel Brigades.",
         "Ostra Movement"),
    ],
)  # fmt: skip
def test_joining_another_party_s_offensive_attacks_its_target_beside_it(
    text: str, owner: str
) -> None:
    assert_events(named_events(text), gives=[(X, "ASSAULT", Y), (X, "COOPERATE", owner)])


@pytest.mark.parametrize(
    "text",
    [
        "The Zorbani Front did not join the Turkish offensive on the Kestrel Brigades.",
        "The Zorbani Front refused to join the Ostra Movement's offensive against the Kestrel "
        "Brigades.",
        "The Zorbani Front may join the Ostra Movement's offensive against the Kestrel Brigades.",
    ],
)
def test_another_party_s_offensive_not_joined_attacks_nobody(text: str) -> None:
    assert_events(named_events(text), gives_not=[(X, "ASSAULT", Y)])
