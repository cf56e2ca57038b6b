"""World-news constructions of issue 9, round 20 (peers20), on invented sentences.

- A faith word before a people noun that is no fighter noun names a collective of its own
  ("Islamic fundamentalists", "Muslim hackers", "Muslim clerics"), as "Christian militias"
  or "Yoruba leaders" did already; the generic faith words (agents data ``faiths``) had
  named nothing, so the act of such a collective was lost. Before a fighter noun
  ("Islamist militants", "Islamist rebels") a faith word still names no group: the armed
  men stay unattributed.

Each has negated, hedged or denied twins that must not come out asserted. None of the
sentences comes from a benchmark or a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, asserted, has, id_events, named_events


def events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, "2003-05-14")


def ids(text: str) -> set[str]:
    return {x for s, _t, o, _m in id_events(text, "2003-05-14") for x in (s, o)}


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Islamic fundamentalists ambushed an Algerian army convoy.",
         "Islamic fundamentalists", "ASSAULT", "Algeria"),
        ("Egyptian police arrested dozens of Islamic fundamentalists.",
         "Egypt", "COERCE", "Islamic fundamentalists"),
        ("Muslim hackers attacked Swedish government websites.",
         "Muslim hackers", "ASSAULT", "Swed"),
        ("Senior Muslim clerics condemned the Nigerian government.",
         "Muslim clerics", "ACCUSE", "Nigeria"),
    ],
)  # fmt: skip
def test_a_faith_word_before_a_people_noun_names_a_collective(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(events(text), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Egyptian police did not arrest any Islamic fundamentalists.",
         "Egypt", "COERCE", "Islamic fundamentalists"),
        ("Egyptian police denied arresting Islamic fundamentalists.",
         "Egypt", "COERCE", "Islamic fundamentalists"),
        ("Muslim hackers may have attacked Swedish government websites.",
         "Muslim hackers", "ASSAULT", "Swed"),
        ("Muslim hackers threatened to attack Swedish government websites.",
         "Muslim hackers", "ASSAULT", "Swed"),
        ("If Islamic fundamentalists ambushed an Algerian army convoy, the army would respond.",
         "Islamic fundamentalists", "ASSAULT", "Algeria"),
    ],
)  # fmt: skip
def test_a_faith_collectives_unasserted_acts_stay_unasserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(events(text), gives_not=[(source, etype, target)])


@pytest.mark.parametrize(
    "text",
    [
        "Islamist militants ambushed an Algerian army convoy.",
        "Islamist rebels ambushed an Algerian army convoy.",
        "Muslim fighters ambushed an Algerian army convoy.",
    ],
)
def test_a_faith_word_before_fighters_names_no_group(text: str) -> None:
    found = ids(text)
    assert not any(i.startswith("open:") and ("islam" in i or "muslim" in i) for i in found), found


def test_a_faith_word_before_a_thing_is_no_actor() -> None:
    found = ids("The Algerian army shelled Islamic schools in the south.")
    assert not any("islamic" in i for i in found), found


# -- capitals standing for their state ---------------------------------------------------------
# A capital that acts, or is the party acted on, stands for its country's government (the
# knowledge base's weak capital aliases: countries.yaml now lists the capitals of most of its
# countries); a capital "in" which something happens is a place, and so is a capital that
# names the venue of an event noun after an article or a possessive ("the Minsk accords",
# "the Havana talks", "last week's Kabul bombing"), which had been a party to the event.
# Expelled diplomats are a SANCTION (reduced relations, CAMEO 161/166; peers24), no longer
# COERCE; these cases test the capitals.


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Baku accused Yerevan of shelling its villages.", "Azerbaijan", "ACCUSE", "Armenia"),
        ("Kathmandu expelled two Indian diplomats, officials said.", "Nepal", "SANCTION", "India"),
        ("Harare accused London of backing the opposition.", "Zimbabwe", "ACCUSE", "British"),
        # capitals of two words ("Addis Ababa", "Tel Aviv") act as one-word capitals do
        ("Addis Ababa expelled two Eritrean diplomats.", "Ethiopia", "SANCTION", "Eritrea"),
        ("Tel Aviv accused Tehran of arming Hezbollah.", "Israel", "ACCUSE", "Iran"),
        # a body's name of several words is no city ("Foreign Office")
        ("Britain's Foreign Office summoned the Iranian ambassador.", "British", "ACCUSE",
         "Iran"),
    ],
)  # fmt: skip
def test_an_acting_capital_stands_for_its_government(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(events(text), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Baku did not accuse Yerevan of shelling its villages.", "Azerbaijan", "ACCUSE",
         "Armenia"),
        ("Baku denied expelling Armenian diplomats.", "Azerbaijan", "SANCTION", "Armenia"),
        ("Baku may expel Armenian diplomats.", "Azerbaijan", "SANCTION", "Armenia"),
    ],
)  # fmt: skip
def test_an_acting_capitals_unasserted_acts_stay_unasserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(
        events(text), gives=[(source, etype, target, None)], gives_not=[(source, etype, target)]
    )


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Police fired tear gas at protesters in Baku, officials said.", "azerbaijan-government"),
        ("Thousands demonstrated in Kathmandu against the Nepali government.", "nepal-gov"),
        ("Armenia and Azerbaijan signed the Bishkek protocol.", "kyrgyz"),
        ("Rwanda walked out of the Kinshasa talks, officials said.", "congo"),
        ("Russia and Ukraine signed the Minsk accords.", "belarus"),
        ("Pakistani police arrested two men in Abu Dhabi, officials said.", "emirates"),
        ("Thousands marched in Addis Ababa against Eritrea, officials said.", "ethiopia"),
        ("The Taliban condemned last week's Kabul bombing.", "afghan-gov"),
    ],
)  # fmt: skip
def test_a_capital_as_a_place_or_a_venue_is_no_party(text: str, country: str) -> None:
    found = ids(text)
    assert not any(country in i for i in found), found


def test_a_city_that_is_no_capital_does_not_act_for_its_state() -> None:
    assert_events(
        events("Gyumri accused Baku of shelling its villages."),
        gives_not=[("", "ACCUSE", "", None)],
    )


# -- a court in a country ------------------------------------------------------------------------
# A court (judge, tribunal, prosecutor; agents data ``sitting_bodies``) "in" a country sits in
# that country's jurisdiction: it is that state's, as "a Kenyan court" is; "troops in X" stay
# no state of X's, and a court in a city names no state by itself.


def test_a_court_in_a_country_is_that_states() -> None:
    assert_events(
        events("A court in Kenya jailed two Ugandan soldiers."),
        gives=[("Kenya", "COERCE", "Uganda")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "A court in Kenya did not jail the two Ugandan soldiers.",
        "A court in Kenya may jail the two Ugandan soldiers.",
        "A court in Kenya refused to jail the two Ugandan soldiers.",
    ],
)
def test_a_court_in_a_countrys_unasserted_acts_stay_unasserted(text: str) -> None:
    assert not has(asserted(events(text)), "Kenya", "COERCE", "Uganda")


@pytest.mark.parametrize(
    "text",
    [
        "Ugandan troops in Kenya arrested two Somali men.",
        "A court in Mombasa jailed two Ugandan soldiers.",
    ],
)
def test_troops_in_a_country_or_a_court_in_a_city_are_no_state_of_it(text: str) -> None:
    assert_events(events(text), gives_not=[("Kenya", None, "", None)])
