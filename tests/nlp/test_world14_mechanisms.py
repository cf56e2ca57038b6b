"""Group-history descriptions of the fourteenth replay set's classes (issue 10, helper world14).

Classes found on the rows of the fourteenth replay set after its one blind run: a fronted
phrase of time ending in a year with no comma ("In 2017 the X and the Y, both factions of Z,
fought side by side") that the parser runs on into the subject's names, taking the noun of an
apposition after them for the verb's subject (the names were the date's objects and the
relation was lost). Every class is tested on invented sentences and invented groups, with
negated and hedged twins that must not be asserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, named_events

X = "Zorbani Front"
Y = "Kestrel Brigades"


# -- a fronted date with no comma before coordinated names and an apposition ------------------


@pytest.mark.parametrize("opener", ["In 2017", "In February 2017", "By mid-2002"])
def test_a_fronted_date_does_not_swallow_the_names_before_an_apposition(opener: str) -> None:
    found = named_events(
        f"{opener} the {X} and the {Y}, both Turkish-backed factions of the Northern Army,"
        " fought side by side to take the town of Harran."
    )
    assert_events(found, gives=[(X, "COOPERATE", Y), (Y, "COOPERATE", X)])


def test_a_fronted_date_before_one_name_and_an_apposition_keeps_the_attack() -> None:
    found = named_events(
        f"In March 2011 the {X}, a faction of the Northern Army, attacked the {Y}."
    )
    assert_events(found, gives=[(X, "ASSAULT", Y)])


@pytest.mark.parametrize(
    ("verb", "modality"),
    [("did not fight", "negated"), ("may have fought", "uncertain")],
)
def test_a_fronted_date_twin_negated_or_hedged_is_not_asserted(verb: str, modality: str) -> None:
    found = named_events(
        f"In 2017 the {X} and the {Y}, both Turkish-backed factions of the Northern Army,"
        f" {verb} side by side to take the town of Harran."
    )
    assert_events(
        found,
        gives=[(X, "COOPERATE", Y, modality)],
        gives_not=[(X, "COOPERATE", Y), (Y, "COOPERATE", X)],
    )


def test_a_fronted_phrase_that_is_no_date_still_needs_a_missing_subject() -> None:
    # the phrase of a battle is no date: with a subject of its own the parse is kept, and the
    # name inside the phrase is not made a party
    found = named_events(f"During the siege of the {X} compound, the defenders held out for weeks.")
    assert_events(found, gives_not=[ANYTHING])
