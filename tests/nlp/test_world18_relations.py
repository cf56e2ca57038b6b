"""Relation constructions of other regions' group histories (issue 9, helper world18).

A reciprocal relation noun whose holder is named by "of" while its other party has its own
preposition ("announced the merger of X with Y", "the union of X with Y", "the alliance of
X with Y"): X holds the relation with Y (code.SentenceCoder._noun with written.of_holder);
"union" is a merger noun like "merger"; "rout" is a defeat in battle like "overrun". Each is
tested on invented groups with negated, denied, hedged or look-alike twins that must not be
asserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, asserted_between, named_events

X = "Zorbani Front"
Y = "Kestrel Brigades"


def tied(found: set[tuple[str, str, str, str]], a: str, b: str) -> bool:
    """An asserted event between ``a`` and ``b`` in either direction."""
    return bool(asserted_between(found, a, b) or asserted_between(found, b, a))


# -- the holder of a relation noun named by "of" ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("In 2009 the spokesman announced the merger of the Zorbani Front with the Kestrel "
         "Brigades.", "COOPERATE"),
        ("The union of the Zorbani Front with the Kestrel Brigades was announced in 2009.",
         "COOPERATE"),
        ("The alliance of the Zorbani Front with the Kestrel Brigades lasted a decade.",
         "COOPERATE"),
        ("The Zorbani Front's union with the Kestrel Brigades was announced in 2009.",
         "COOPERATE"),
    ],
)  # fmt: skip
def test_the_of_object_holds_a_relation_noun_with_the_other_party(text: str, etype: str) -> None:
    assert_events(named_events(text), gives=[(X, etype, Y)])


@pytest.mark.parametrize(
    "text",
    [
        "The spokesman denied the merger of the Zorbani Front with the Kestrel Brigades.",
        "The spokesman may announce the merger of the Zorbani Front with the Kestrel Brigades.",
        "There was no union of the Zorbani Front with the Kestrel Brigades.",
        "If the union of the Zorbani Front with the Kestrel Brigades goes ahead, the war will end.",
    ],
)
def test_a_denied_hedged_or_discussed_merger_of_x_with_y_asserts_nothing(text: str) -> None:
    found = named_events(text)
    assert not tied(found, X, Y), found


def test_a_collapsed_merger_of_x_with_y_is_read_as_the_possessive_form_is() -> None:
    # "the merger of X with Y collapsed" = "X's merger with Y collapsed": no cooperation
    # asserted, the relation's end (REJECT) as for the possessive
    of_form = named_events("Talks on the merger of the Zorbani Front with the Kestrel Brigades "
                           "collapsed.")  # fmt: skip
    owned = named_events("Talks on the Zorbani Front's merger with the Kestrel Brigades collapsed.")
    assert_events(of_form, gives_not=[(X, "COOPERATE", Y), (Y, "COOPERATE", X)])
    assert of_form == owned


def test_a_place_named_by_of_holds_no_relation() -> None:
    found = named_events("The merger of the units in Gao with the Kestrel Brigades was announced.")
    assert_events(found, gives_not=[("Gao", None, Y)])


def test_a_trade_union_is_no_merger() -> None:
    found = named_events("The dockers' union backed the Kestrel Brigades' demands for pay.")
    assert_events(found, gives_not=[("", "COOPERATE", Y)])


# -- "rout" -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In June the Zorbani Front routed the Kestrel Brigades' fighters in Harran.",
        "The Kestrel Brigades were routed by the Zorbani Front in Harran.",
    ],
)
def test_routing_a_group_is_an_assault(text: str) -> None:
    assert_events(named_events(text), gives=[(X, "ASSAULT", Y)])


@pytest.mark.parametrize(
    "text",
    [
        "The Zorbani Front did not rout the Kestrel Brigades in Harran.",
        "The Zorbani Front vowed to rout the Kestrel Brigades in Harran.",
        "The Zorbani Front may have routed the Kestrel Brigades in Harran.",
    ],
)
def test_a_negated_promised_or_hedged_rout_is_not_asserted(text: str) -> None:
    assert_events(named_events(text), gives_not=[(X, "ASSAULT", Y)])


# -- "joined Y in the Z group": Z is joined too ------------------------------------------------

Z = "Harran Coalition"


@pytest.mark.parametrize(
    "text",
    [
        "The Zorbani Front joined the Kestrel Brigades in the Harran Coalition.",
        "In 1990 the Zorbani Front joined the Kestrel Brigades and the Ostrava Legion in the "
        "Harran Coalition.",
    ],
)
def test_joining_partners_in_a_named_group_joins_the_group(text: str) -> None:
    assert_events(named_events(text), gives=[(X, "SUPPORT", Z), (X, "SUPPORT", Y)])


@pytest.mark.parametrize(
    "text",
    [
        "The Zorbani Front did not join the Kestrel Brigades in the Harran Coalition.",
        "The Zorbani Front denied that it had joined the Kestrel Brigades in the Harran Coalition.",
        "The Zorbani Front may join the Kestrel Brigades in the Harran Coalition next year.",
    ],
)
def test_a_negated_denied_or_possible_joining_in_a_group_is_not_asserted(text: str) -> None:
    assert_events(named_events(text), gives_not=[(X, "SUPPORT", Z)])


def test_joining_a_group_in_a_place_joins_no_place() -> None:
    found = named_events("The Zorbani Front joined the Kestrel Brigades in northern Syria.")
    assert_events(found, gives=[(X, "SUPPORT", Y)], gives_not=[(X, None, "Syria")])


# -- "the Dagestani wing of Y": a people's adjective places Y's part, no group of its own -------


def test_a_demonym_wing_of_a_named_group_is_that_groups_part() -> None:
    found = named_events("The Zorbani Front became the Dagestani wing of the Kestrel Brigades.")
    assert_events(found, gives=[(X, "COOPERATE", Y)], gives_not=[("Dagestani", None, "")])


@pytest.mark.parametrize(
    "text",
    [
        "The Zorbani Front is the Kestrel Brigades' Dagestani wing.",
        "The Zorbani Front never became the Dagestani wing of the Kestrel Brigades.",
    ],
)
def test_an_owned_demonym_wing_is_no_open_group(text: str) -> None:
    assert_events(named_events(text), gives_not=[("Dagestani", None, ""), ("", None, "Dagestani")])


def test_a_negated_wing_of_a_group_is_not_asserted() -> None:
    found = named_events(
        "The Zorbani Front never became the Dagestani wing of the Kestrel Brigades."
    )
    assert not tied(found, X, Y), found
