"""Group-history descriptions of founders told before they founded (issue 10, helper world16).

Classes found on the development replay sets (the retired held-out sets): a founder told by a
relative clause ("P, who would later found Y, ...") whose post in another group X is named by
a serving verb's "as" phrase ("served as defence commissioner of X", "served as a commander in
X") gave no tie between Y and X, so the pair's cooperative row coded nothing; and a person whose
people are named by a relative clause of naming ("P, whose followers would later be known as
Y, sat on X's central committee") did not stand for Y. Both now tie Y to X (COOPERATE) read on
the main verb, so a negated or hedged post is not asserted. Invented sentences and groups only.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events

X = "Coastal Liberation Movement"
Y = "Northern Salvation Front"


# -- "served as <post> of X" ---------------------------------------------------------------


@pytest.mark.parametrize(
    "post",
    [
        f"served as defence commissioner of the {X}",
        f"served as a commander in the {X}",
        f"served as the chief negotiator of the {X}",
    ],
)
def test_a_post_named_by_served_as_ties_the_later_group(post: str) -> None:
    found = named_events(
        f"In 2000 Kofi Mensah, who would later found the {Y}, {post} in the east.", "2001-01-01"
    )
    assert_events(found, gives=[(Y, "COOPERATE", X)])


@pytest.mark.parametrize(
    ("verb", "modality"),
    [("never served", "negated"), ("may have served", "uncertain")],
)
def test_served_as_twin_negated_or_hedged_is_not_asserted(verb: str, modality: str) -> None:
    found = named_events(
        f"In 2000 Kofi Mensah, who would later found the {Y}, {verb} as defence commissioner"
        f" of the {X}.",
        "2001-01-01",
    )
    assert_events(found, gives=[(Y, "COOPERATE", X, modality)], gives_not=[(Y, "COOPERATE", X)])


def test_served_as_something_that_is_no_post_ties_nothing() -> None:
    found = named_events(
        f"In 2000 Kofi Mensah, who would later found the {Y}, served as a reminder of the"
        f" {X}'s old quarrels.",
        "2001-01-01",
    )
    assert_events(found, gives_not=[(Y, "COOPERATE", X)])


# -- "P, whose followers would later be known as Y" -----------------------------------------


@pytest.mark.parametrize("naming", ["would later be known as", "were later called"])
def test_a_persons_people_named_by_a_relative_clause_tie_the_named_group(naming: str) -> None:
    found = named_events(
        f"In 2000 Kofi Mensah, whose followers {naming} the {Y}, sat on the central committee"
        f" of the {X}.",
        "2001-01-01",
    )
    assert_events(found, gives=[(Y, "COOPERATE", X)])


def test_people_named_twin_denied_post_is_not_asserted() -> None:
    found = named_events(
        f"In 2000 Kofi Mensah, whose followers would later be known as the {Y}, denied that he"
        f" sat on the central committee of the {X}.",
        "2001-01-01",
    )
    assert_events(found, gives_not=[(Y, "COOPERATE", X)])


def test_people_named_twin_negated_naming_ties_nothing() -> None:
    found = named_events(
        f"In 2000 Kofi Mensah, whose followers would never be known as the {Y}, sat on the"
        f" central committee of the {X}.",
        "2001-01-01",
    )
    assert_events(found, gives_not=[(Y, "COOPERATE", X)])
