"""Relation constructions of group-history descriptions (issue 10, helper world9).

Rows of militant-relationship histories tell alliances, memberships and splits through
constructions the coder missed when both groups were recognised: acting at a party's
invitation or request; fighting under another group's flag or colours; a kind-of-group noun
that an appositive name identifies ("merged into a single organisation, Y"); a cleft whose
focus is a coordination ("It was X and Y that stormed ... together"); the future founders of
a group standing for it ("the commanders who would later found Y were officers of X"); a
membership predicate with a possessive whole ("X became its Dagestan sector"), where the
possessive is never the subject's own; a split whose founding verb the parser hangs on a
participle ("broke away from Y, rejecting its ban, and set up X"). Two readings that were
wrong are fixed: "turned its money to Y" is no rejection without "away", and a prison break
is no split. Every class is tested on invented sentences and invented groups, with negated,
hedged or denied twins that must not be asserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, asserted_between, named_events

X = "Zorbani Front"
Y = "Kestrel Brigades"


def tied(found: set[tuple[str, str, str, str]], a: str, b: str) -> bool:
    """An asserted event between ``a`` and ``b`` in either direction."""
    return bool(asserted_between(found, a, b) or asserted_between(found, b, a))


# -- acting at another party's invitation or request ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Zorbani Front landed in Harran at the Kestrel Brigades' invitation.",
        "The Zorbani Front entered Harran at the request of the Kestrel Brigades.",
    ],
)
def test_acting_at_a_party_s_invitation_cooperates_with_it(text: str) -> None:
    assert_events(named_events(text), gives=[(X, "COOPERATE", Y)])


@pytest.mark.parametrize(
    "text",
    [
        "The Zorbani Front did not enter Harran at the request of the Kestrel Brigades.",
        "The Zorbani Front denied entering Harran at the invitation of the Kestrel Brigades.",
        "The Zorbani Front may have entered Harran at the Kestrel Brigades' request.",
    ],
)
def test_negated_denied_or_hedged_invitations_tie_nothing(text: str) -> None:
    found = named_events(text)
    assert not tied(found, X, Y), found


def test_a_refused_request_stays_a_rejection() -> None:
    assert_events(
        named_events("The Zorbani Front rejected the Kestrel Brigades' request."),
        gives=[(X, "REJECT", Y)],
        gives_not=[(X, "COOPERATE", Y)],
    )


# -- under the flag or colours of another group ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Zorbani Front led the rebel push into Harran in July 2012 under the flag of the "
        "Kestrel Brigades.",
        "The Zorbani Front fought in Harran under the colours of the Kestrel Brigades.",
    ],
)
def test_fighting_under_a_group_s_flag_ties_the_two(text: str) -> None:
    assert_events(named_events(text), gives=[(Y, "COOPERATE", X)])


@pytest.mark.parametrize(
    "text",
    [
        "The Zorbani Front never fought under the flag of the Kestrel Brigades.",
        "The Zorbani Front burned the flag of the Kestrel Brigades.",
        "The colours of the Kestrel Brigades flew over Harran after the Zorbani Front left.",
    ],
)
def test_a_flag_not_fought_under_ties_nothing(text: str) -> None:
    found = named_events(text)
    assert not [e for e in found if e[1] == "COOPERATE" and e[3] == "asserted"], found


# -- a kind-of-group noun identified by an appositive name -----------------------------------


def test_merging_into_an_organisation_named_in_apposition() -> None:
    assert_events(
        named_events(
            "The Zorbani Front and the Kestrel Brigades merged into a single organisation, the "
            "Harran Front."
        ),
        gives=[(X, "COOPERATE", "Harran Front"), (Y, "COOPERATE", "Harran Front")],
    )


def test_attacking_a_militia_named_in_apposition() -> None:
    assert_events(
        named_events("The Zorbani Front attacked a rival militia, the Kestrel Brigades."),
        gives=[(X, "ASSAULT", Y)],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Zorbani Front did not join a new coalition, the Kestrel Brigades.",
        "The Zorbani Front denied that it had joined a new coalition, the Kestrel Brigades.",
    ],
)
def test_negated_or_denied_joining_of_an_apposed_coalition(text: str) -> None:
    found = named_events(text)
    assert not tied(found, X, Y), found


# -- a cleft whose focus is a coordination ---------------------------------------------------


def test_a_cleft_on_coordinated_groups_acting_together() -> None:
    assert_events(
        named_events(
            "It was the Zorbani Front and the Kestrel Brigades that stormed the palace together."
        ),
        gives=[(X, "COOPERATE", Y), (Y, "COOPERATE", X)],
    )


def test_a_negated_cleft_asserts_no_joint_act() -> None:
    found = named_events(
        "It was not the Zorbani Front and the Kestrel Brigades that stormed the palace together."
    )
    assert not tied(found, X, Y), found


def test_a_relative_clause_on_the_last_conjunct_stays_its_own() -> None:
    found = named_events(
        "The Harran Council fought the Zorbani Front and the Kestrel Brigades, which had "
        "stormed the palace together."
    )
    assert not tied(found, X, Y), found


# -- future founders and membership predicates -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The commanders who would later found the Zorbani Front were senior officers of the "
        "Kestrel Brigades.",
        "The fighters who would later found the Zorbani Front were a wing of the Kestrel Brigades.",
        "The cells that would form the Zorbani Front were special groups of the Kestrel Brigades.",
    ],
)
def test_the_future_founders_of_a_group_were_part_of_another(text: str) -> None:
    assert_events(named_events(text), gives=[(X, "COOPERATE", Y)])


@pytest.mark.parametrize(
    "text",
    [
        "The commanders who would later found the Zorbani Front were never officers of the "
        "Kestrel Brigades.",
        "The commanders who never joined the Zorbani Front were officers of the Kestrel Brigades.",
    ],
)
def test_negated_membership_or_no_founding_ties_nothing(text: str) -> None:
    found = named_events(text)
    assert not tied(found, X, Y), found


def test_founders_acting_later_are_not_asserted_by_the_relative_clause_alone() -> None:
    # the founders' own act keeps its reading; "would" here is not vouched for as done
    assert_events(
        named_events("The commanders who founded the Zorbani Front attacked the Kestrel Brigades."),
        gives=[(X, "ASSAULT", Y)],
    )


def test_people_of_no_group_are_no_part_of_one() -> None:
    found = named_events("Harran villagers were a group of the Kestrel Brigades' victims.")
    assert not [e for e in found if e[1] == "COOPERATE"], found


def test_a_sector_of_a_group_named_in_an_of_phrase() -> None:
    assert_events(
        named_events("The Zorbani Front became the Harran sector of the Kestrel Brigades."),
        gives=[(X, "COOPERATE", Y)],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Kestrel Brigades set up a front, and the Zorbani Front never became its Harran "
        "sector.",
        "The Zorbani Front denied that it was a branch of the Kestrel Brigades.",
        "The Zorbani Front was never a branch of the Kestrel Brigades.",
    ],
)
def test_negated_or_denied_sectors_tie_nothing(text: str) -> None:
    found = named_events(text)
    assert not tied(found, X, Y), found


# -- splits the parser hangs on a participle ---------------------------------------------------


def test_broke_away_rejecting_and_set_up_is_a_split() -> None:
    assert_events(
        named_events(
            "In 1996 these commanders broke away from the Kestrel Brigades' central command, "
            "rejecting its ban on the coca trade, and set up the Zorbani Front."
        ),
        gives=[(X, "REJECT", Y)],
    )


@pytest.mark.parametrize(
    "text",
    [
        "These commanders did not break away from the Kestrel Brigades, rejecting its ban on "
        "the coca trade, and set up the Zorbani Front.",
        "These commanders may have broken away from the Kestrel Brigades, citing its ban on "
        "the coca trade, and set up the Zorbani Front.",
    ],
)
def test_a_negated_or_hedged_break_away_asserts_no_split(text: str) -> None:
    assert_events(named_events(text), gives_not=[(X, None, Y)])


def test_a_prison_break_is_no_split() -> None:
    found = named_events(
        "Fighters who later formed the Zorbani Front took part in the Harran prison break "
        "carried out by the Kestrel Brigades."
    )
    assert not [e for e in found if e[1] == "REJECT"], found


# -- "turned its money to Y" -------------------------------------------------------------------


def test_money_turned_to_a_party_is_aid() -> None:
    assert_events(
        named_events("The Zorbani Front turned its money and weapons to the Kestrel Brigades."),
        gives=[(X, "AID", Y)],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Zorbani Front did not turn its money and weapons to the Kestrel Brigades.",
        "The Zorbani Front may have turned its money and weapons to the Kestrel Brigades.",
    ],
)
def test_negated_or_hedged_turned_aid_is_not_asserted(text: str) -> None:
    assert_events(named_events(text), gives_not=[(X, None, Y)])


def test_turning_away_a_party_s_money_still_rejects() -> None:
    assert_events(
        named_events("The Zorbani Front turned away the Kestrel Brigades' money."),
        gives_not=[(Y, "AID", X), (X, "AID", Y)],
    )


# -- a party labels another's leaders, not its own -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "When the Harran Front laid down its weapons, the Kestrel Brigades' spokesman denounced "
        "the deal as a surrender and branded its leaders traitors.",
        "When the Harran Front laid down its weapons, the Kestrel Brigades denounced the deal "
        "and accused its leaders of treason.",
    ],
)
def test_branding_its_leaders_accuses_the_other_party(text: str) -> None:
    assert_events(named_events(text, date="1990-03-15"), gives=[(Y, "ACCUSE", "Harran Front")])


@pytest.mark.parametrize(
    "text",
    [
        "When the Harran Front laid down its weapons, the Kestrel Brigades did not brand its "
        "leaders traitors.",
        "When the Harran Front laid down its weapons, the Kestrel Brigades denied that they had "
        "accused its leaders of treason.",
    ],
)
def test_negated_or_denied_branding_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, date="1990-03-15"), gives_not=[(Y, None, "Harran Front")])


def test_its_own_leaders_stay_the_accuser_s() -> None:
    assert_events(
        named_events(
            "The Kestrel Brigades accused its own leaders of treason after the Harran Front "
            "attacked."
        ),
        gives_not=[(Y, "ACCUSE", "Harran Front")],
    )
