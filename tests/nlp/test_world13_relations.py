"""Names and modality of group-history descriptions (issue 10, helper world13).

Classes found on rows of the thirteenth replay set after its one blind run, and classes the
lead saw on earlier sets: a people word alone is no short form of one group ("Tuareg
militias" had been GATIA); a capitalised common word opening a sentence is no place whose
government or leader acts ("Longtime leader of X, P, ..." had opened a group "Longtime
leader"); a date before a member noun is no group ("In January 1990 army units ..." had opened
a group "January 1990"); a semicolon cuts a clause from the verb after it also when the
parser hangs the semicolon on the first clause ("X and Y jointly took Z; rumours of a quarrel
were dismissed" had denied the joint operation); an Arabic article hyphenated to the next word
is part of a name ("the Deir ez-Zor Military Council" had been "Zor Military Council"). Every
class is tested on invented sentences and invented groups, with twins that must stay as they
are.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, id_events, named_events

X = "Zorbani Front"
Y = "Kestrel Brigades"


# -- a people word alone is no short form of one group --------------------------------------


@pytest.mark.parametrize("people", ["Tuareg", "Amhara", "Druze"])
def test_a_people_word_alone_is_no_known_group(people: str) -> None:
    found = id_events(f"In 2013 {people} militias attacked the Zorbani Front.", "2013-06-01")
    sources = {s for s, _t, _g, _m in found}
    assert sources, found
    assert all(not s.startswith("org:") for s in sources), found


def test_a_known_group_named_in_full_is_still_that_group() -> None:
    found = id_events("In 2015 the Ansar Dine fighters attacked the Zorbani Front.", "2015-06-01")
    assert any(s == "org:ansar-eddine" for s, _t, _g, _m in found), found


# -- a capitalised common word opening a sentence is no place --------------------------------


def test_a_leader_described_before_his_name_stands_for_his_group() -> None:
    found = named_events(
        "Longtime leader of the Zorbani Front, Ahmed Vasquel, broke with the Kestrel Brigades"
        " in 2010."
    )
    assert not any("Longtime" in e[0] or "Longtime" in e[2] for e in found), found
    assert_events(found, gives=[(X, "REJECT", Y)])


def test_a_local_government_named_by_its_place_stays() -> None:
    found = named_events("Kisumu police arrested the Zorbani Front's commander.")
    assert_events(found, gives=[("Kisumu police", "COERCE", X)])


# -- a date before a member noun is no group --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In January 1990 army units loyal to Umbar Vessik attacked the Zorbani Front.",
        "In March 2004 gunmen stormed the offices of the Zorbani Front.",
    ],
)
def test_a_date_is_no_group(text: str) -> None:
    found = named_events(text)
    assert not any(any(m in e[0] for m in ("January", "March")) for e in found), found


def test_a_group_named_before_a_member_noun_after_a_date_stays() -> None:
    found = named_events("In January 1990 Kestrel Brigades fighters attacked the Zorbani Front.")
    assert_events(found, gives=[(Y, "ASSAULT", X)])


# -- a semicolon cuts a clause from the verb after it -----------------------------------------


def test_a_dismissed_rumour_after_a_semicolon_leaves_the_first_clause_asserted() -> None:
    found = named_events(
        "In August 2015 Zorbani Front and Kestrel Brigades units jointly took the town of Harran"
        " from the Coordination of Umbrian Movements; rumours of a quarrel between the two"
        " groups were dismissed by their leaders."
    )
    assert_events(found, gives=[(X, "COOPERATE", Y), (Y, "COOPERATE", X)])


def test_a_denied_report_after_a_semicolon_is_still_denied() -> None:
    found = named_events(
        "In August 2015 the Zorbani Front and the Kestrel Brigades jointly took the town of"
        " Harran; reports that they had fallen out were denied by both groups."
    )
    assert_events(
        found,
        gives=[(X, "COOPERATE", Y)],
        gives_not=[(X, "REJECT", Y), (Y, "REJECT", X)],
    )


# -- an Arabic article hyphenated to the next word is part of a name ---------------------------


@pytest.mark.parametrize("name", ["Deir ez-Zor Military Council", "Ras as-Sukkar Brigade"])
def test_a_hyphenated_article_inside_a_name(name: str) -> None:
    found = named_events(f"In 2017 the {name} attacked the Zorbani Front.")
    assert_events(found, gives=[(name, "ASSAULT", X)])


def test_a_lone_preposition_does_not_join_a_place_to_a_name() -> None:
    found = named_events("In 2017 the Zorbani Front attacked the Kestrel Brigades at Harran.")
    assert_events(found, gives=[(X, "ASSAULT", Y)])


# -- "who would later found Y": a bare infinitive after a modal -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Umbar Vessik, who would later found the Kestrel Brigades, was a senior commander of"
        " the Zorbani Front.",
        "In the early 2010s Umbar Vessik, who would later found the Kestrel Brigades (KB), was"
        " a senior commander of the Zorbani Front (ZF) in Harran.",
        "The brothers Umbar and Ostro Vessik, who would later found the Kestrel Brigades,"
        " fought in the ranks of the Zorbani Front in 2010.",
    ],
)
def test_a_founder_told_with_a_modal_ties_his_group_to_the_one_he_served(text: str) -> None:
    assert_events(named_events(text), gives=[(Y, "COOPERATE", X)])


@pytest.mark.parametrize(
    "text",
    [
        "Umbar Vessik, who would never found the Kestrel Brigades, was a senior commander of"
        " the Zorbani Front.",
        "Umbar Vessik, who found the Kestrel Brigades hostile, was a senior commander of the"
        " Zorbani Front.",
    ],
)
def test_no_founding_or_the_past_of_find_ties_nothing(text: str) -> None:
    assert_events(named_events(text), gives_not=[(Y, "COOPERATE", X)])


# -- leading another party's act is taking part in it ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Brigades fighters led the Zorbani Front's assault on the Harran Union in 2014.",
        "The Kestrel Brigades led the Zorbani Front offensive against the Harran Union in 2014.",
        "The Kestrel Brigades spearheaded the Zorbani Front's offensive against the Harran Union.",
    ],
)
def test_leading_another_groups_attack_is_joining_it(text: str) -> None:
    assert_events(
        named_events(text),
        gives=[(Y, "COOPERATE", X), (Y, "ASSAULT", "Harran Union")],
        gives_not=[(X, "ASSAULT", Y), (Y, "ASSAULT", X)],
    )


def test_not_leading_it_is_negated() -> None:
    found = named_events(
        "The Kestrel Brigades did not lead the Zorbani Front's assault on the Harran Union."
    )
    assert_events(found, gives_not=[(Y, "COOPERATE", X)])
    assert_events(found, gives=[(Y, "COOPERATE", X, "negated")])


def test_leading_an_attack_of_no_other_owner_is_no_cooperation() -> None:
    found = named_events("The Kestrel Brigades led the assault on the Harran Union.")
    assert_events(found, gives=[(Y, "ASSAULT", "Harran Union")], gives_not=[(Y, "COOPERATE", "")])
