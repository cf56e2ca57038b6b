"""Group-history constructions of breaks (issue 10, helper world17).

Classes found on the development replay sets (the retired held-out sets), where both sides
were recognised and the break still gave no hostile claim on the row's pair, or gave the wrong
stance:

- a unit or a part taken out of a group by its leader ("P led the 16th Battalion out of X,
  forming Y", "P led a faction out of X to form Y"): the leading-out verb now leaves X like a
  split verb, so the group founded in the same clause (a participle, a purpose infinitive, or
  a verb coordinated with the leaving) split from X;
- a split told with the founding as its bare purpose or participle ("broke away from X to
  form Y") had the founding verb as trigger and so read as a future act: the leaving verb's
  modality now decides, so the split is asserted when the leaving is, and negated, hedged or
  intended when the leaving is;
- a pact torn up ("tore up its pact with X") had read as an asserted agreement with X, and
  "walked away from / stormed out of its alliance with X" as an asserted alliance: both now
  end the relation (REJECT).

Invented sentences and groups only; each construction has a negated or hedged twin.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events

X = "Islamic Courts Union"
Y = "Jubba Liberation Front"
LEADER = "Juma Karim"
DATE = "2013-01-01"


# -- a unit led out of X, and the group it formed ------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        f"In 2012 {LEADER} led the 5th Battalion out of the {X}, forming the {Y}.",
        f"In 2012 {LEADER} led a faction out of the {X} to form the {Y}.",
        f"In 2012 {LEADER} led the 5th Battalion out of the {X} and surrendered to the army,"
        f" forming the {Y}.",
    ],
)
def test_a_unit_led_out_of_a_group_founds_a_splinter(sentence: str) -> None:
    assert_events(named_events(sentence, DATE), gives=[(Y, "REJECT", X)])


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        (f"In 2012 {LEADER} did not lead the 5th Battalion out of the {X}, forming the {Y}.",
         "negated"),
        (f"{LEADER} may lead a faction out of the {X} to form the {Y}.", None),
    ],
)  # fmt: skip
def test_a_unit_led_out_twin_negated_or_hedged_is_not_asserted(
    sentence: str, modality: str | None
) -> None:
    found = named_events(sentence, DATE)
    assert_events(found, gives_not=[(Y, "REJECT", X)])
    if modality:
        assert_events(found, gives=[(Y, "REJECT", X, modality)])


def test_men_led_out_of_a_town_found_no_splinter() -> None:
    found = named_events(f"In 2012 {LEADER} led his men out of the town, forming the {Y}.", DATE)
    assert_events(found, gives_not=[(Y, "REJECT", "")])


# -- "broke away from X to form Y": the leaving's modality ---------------------------------


@pytest.mark.parametrize(
    "leaving",
    [
        f"broke away from the {X} to form the {Y}",
        f"left the {X} to found the {Y}",
        f"broke away from the {X}, forming the {Y}",
    ],
)
def test_a_split_told_with_its_purpose_is_asserted(leaving: str) -> None:
    found = named_events(f"In 2012 {LEADER} {leaving}.", DATE)
    assert_events(found, gives=[(Y, "REJECT", X)])


@pytest.mark.parametrize(
    ("sentence", "modality"),
    [
        (f"In 2012 {LEADER} did not break away from the {X} to form the {Y}.", "negated"),
        (f"{LEADER} may break away from the {X} to form the {Y}.", None),
        (f"In 2012 {LEADER} threatened to leave the {X} to form the {Y}.", "future"),
        (f"{LEADER} denied that he had left the {X} to form the {Y}.", None),
    ],
)
def test_a_split_with_its_purpose_twin_takes_the_leavings_modality(
    sentence: str, modality: str | None
) -> None:
    found = named_events(sentence, DATE)
    assert_events(found, gives_not=[(Y, "REJECT", X)])
    if modality:
        assert_events(found, gives=[(Y, "REJECT", X, modality)])


# -- pacts torn up, alliances walked away from ---------------------------------------------


@pytest.mark.parametrize(
    "act",
    [
        f"tore up its pact with the {X}",
        f"ripped up its agreement with the {X}",
        f"walked away from its alliance with the {X}",
        f"stormed out of the coalition with the {X}",
    ],
)
def test_a_relation_torn_up_or_walked_away_from_ends_it(act: str) -> None:
    found = named_events(f"In 2015 the {Y} {act}.", DATE)
    assert_events(
        found,
        gives=[(Y, "REJECT", X)],
        gives_not=[(Y, ("AGREE", "COOPERATE"), X), (X, ("AGREE", "COOPERATE"), Y)],
    )


@pytest.mark.parametrize(
    ("verb", "modality"),
    [("did not tear up", "negated"), ("may tear up", None), ("refused to tear up", None)],
)
def test_a_pact_torn_up_twin_is_not_asserted(verb: str, modality: str | None) -> None:
    found = named_events(f"In 2015 the {Y} {verb} its pact with the {X}.", DATE)
    assert_events(found, gives_not=[(Y, "REJECT", X)])
    if modality:
        assert_events(found, gives=[(Y, "REJECT", X, modality)])


def test_tearing_up_a_thing_that_is_no_relation_ends_nothing() -> None:
    found = named_events(f"In 2015 the {Y} tore up the road to the {X} camp.", DATE)
    assert_events(found, gives_not=[(Y, "REJECT", X)])


# -- a leader named by a role in a body of the group ---------------------------------------

Z = "Free Syrian Army"
W = "Islamic Front"


@pytest.mark.parametrize(
    "role",
    [f"chief of staff of the {Z}", f"head of the political bureau of the {Z}"],
)
def test_a_role_in_a_body_of_the_group_stands_for_the_group(role: str) -> None:
    found = named_events(f"In 2013 {LEADER}, {role}, praised the {W}.", DATE)
    assert_events(found, gives=[(Z, "SUPPORT", W)])


def test_a_role_in_a_body_twin_negated_is_not_asserted() -> None:
    found = named_events(
        f"In 2013 {LEADER}, chief of staff of the {Z}, did not praise the {W}.", DATE
    )
    assert_events(found, gives=[(Z, "SUPPORT", W, "negated")], gives_not=[(Z, "SUPPORT", W)])


def test_a_body_of_a_place_ties_the_leader_to_no_group() -> None:
    found = named_events(f"In 2013 {LEADER}, head of the council of Aleppo, praised the {W}.", DATE)
    assert_events(found, gives_not=[(Z, "SUPPORT", W), ("Aleppo", "SUPPORT", W)])


# -- fighters placed under another group ---------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        f"In 1994 the {Y} placed its fighters under the {X}.",
        f"In 1994 commanders of the {Y} placed their men under the {X}'s emir.",
        f"In 1994 the {Y} put its units under the emir of the {X}.",
    ],
)
def test_fighters_placed_under_a_group_are_its_members(sentence: str) -> None:
    assert_events(named_events(sentence, DATE), gives=[(Y, "COOPERATE", X)])


@pytest.mark.parametrize(
    "verb", ["did not place", "may place", "refused to place", "planned to place"]
)
def test_fighters_placed_under_twin_is_not_asserted(verb: str) -> None:
    found = named_events(f"In 1994 the {Y} {verb} its fighters under the {X}.", DATE)
    assert_events(found, gives_not=[(Y, "COOPERATE", X)])


def test_placing_under_a_thing_that_is_no_party_ties_nobody() -> None:
    found = named_events(f"In 1994 the {X} placed the {Y} under heavy pressure.", DATE)
    assert_events(found, gives_not=[(Y, "COOPERATE", ""), (X, "COOPERATE", "")])
