"""replay38: cooperative rows before documented breaks (issue 10), each fixed as a class.

Every sentence here is invented for these tests. Each positive has a twin that must not be
asserted (negated, hedged, refused) or must stay as it was.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_named, assert_events

# -- 1. a leader's militia at the date: Sadr's men from June 2014 are Saraya al-Salam -------
# The knowledge base ended Muqtada al-Sadr's lead of the Promised Day Brigades with the year
# 2014 while his Saraya al-Salam starts in June 2014, so "Sadr's fighters" in mid-2014 were
# read as the older militia and a pair told with the new name never met its claims.


def test_sadrs_fighters_after_june_2014_are_saraya_al_salam() -> None:
    found = api_named(
        "In August 2014 Muqtada al-Sadr's fighters joined Kataib Hezbollah in holding Balad.",
        "2014-08-01",
    )
    assert_events(
        found,
        gives=[("Saraya al-Salam", None, "Kata'ib Hezbollah", "asserted")],
        gives_not=[("Promised Day Brigades", None, "", None)],
    )


def test_sadrs_fighters_before_2014_stay_the_promised_day_brigades() -> None:
    found = api_named(
        "In 2011 Muqtada al-Sadr's fighters clashed with Kataib Hezbollah in Baghdad.",
        "2011-05-01",
    )
    assert_events(
        found,
        gives=[("Promised Day Brigades", None, "Kata'ib Hezbollah")],
        gives_not=[("Saraya al-Salam", None, "", None)],
    )


def test_sadrs_fighters_negated_join_is_not_asserted() -> None:
    found = api_named(
        "In August 2014 Muqtada al-Sadr's fighters did not join Kataib Hezbollah in holding Balad.",
        "2014-08-01",
    )
    assert_events(found, gives_not=[("", None, "Kata'ib Hezbollah", "asserted")])


# -- 2. an arrangement is an agreement ----------------------------------------------------------
# "X and Y divided the routes under a non-aggression arrangement": the arrangement is the
# parties' agreement, as "under a pact/truce" already was. Plural "arrangements" (plans,
# "security arrangements") stays out.

ARRANGED = "2016-04-01"


def test_a_non_aggression_arrangement_is_an_agreement_both_ways() -> None:
    found = api_named(
        "In 2016 the ELN and the EPL divided the border corridors under a non-aggression "
        "arrangement.",
        ARRANGED,
    )
    assert_events(
        found,
        gives=[
            ("National Liberation Army (Colombia)", "AGREE", "Popular Liberation Army", "asserted"),
            ("Popular Liberation Army", "AGREE", "National Liberation Army (Colombia)", "asserted"),
        ],
    )


@pytest.mark.parametrize(
    "text",
    [
        "In 2016 the ELN and the EPL did not divide the border corridors under a non-aggression "
        "arrangement.",
        "In 2016 the ELN and the EPL were said to be weighing a non-aggression arrangement.",
        "In 2016 the ELN made security arrangements for the EPL's visit.",
    ],
)
def test_an_arrangement_negated_hedged_or_planned_is_not_asserted(text: str) -> None:
    assert_events(api_named(text, ARRANGED), gives_not=[("", "AGREE", "", "asserted")])


# -- 3. fighting under the command of a state's army -------------------------------------------
# "X fought under the command of the Burma Army": a group acting under a state army's command
# is its subordinate (COOPERATE, as under a group's command since mmp14).

COMMANDED = "1944-02-01"


@pytest.mark.parametrize(
    "text",
    [
        "In 1944 the Kachin Independence Army fought under the command of the Burma Army "
        "against the rebels.",
        "In 1944 the Kachin Independence Army fought under the Burma Army's command.",
    ],
)
def test_fighting_under_a_state_armys_command_is_cooperation(text: str) -> None:
    assert_events(
        api_named(text, COMMANDED),
        gives=[("Kachin Independence Army", "COOPERATE", "Myanmar", "asserted")],
        gives_not=[("Kachin Independence Army", ("ASSAULT", "REJECT"), "Myanmar")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "In 1944 the Kachin Independence Army refused to fight under the command of the Burma "
        "Army.",
        "In 1944 the Kachin Independence Army may have fought under the command of the Burma Army.",
        "In 1944 the Kachin Independence Army did not fight under the Burma Army's command.",
    ],
)
def test_under_a_state_armys_command_negated_or_hedged_is_not_asserted(text: str) -> None:
    assert_events(
        api_named(text, COMMANDED),
        gives_not=[("Kachin Independence Army", "COOPERATE", "Myanmar", "asserted")],
    )


# -- 4. "helped Y retake Z": a bare infinitive after the helped party ---------------------------
# The small parser reads "the Burma Army retake towns" as one noun phrase and "the Kachin
# Independence Army capture Z" as a clause; either way the helper AIDs the party, as with
# "helped Y to retake".

HELPED = "1949-03-01"


@pytest.mark.parametrize(
    ("text", "helped"),
    [
        ("In 1949 the Chin National Front helped the Burma Army retake the hill towns.", "Myanmar"),
        (
            "In 1949 the Chin National Front helped the Kachin Independence Army capture Bhamo.",
            "Kachin Independence Army",
        ),
    ],
)
def test_helping_a_party_retake_a_place_is_aid(text: str, helped: str) -> None:
    assert_events(
        api_named(text, HELPED),
        gives=[("Chin National Front", "AID", helped, "asserted")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "In 1949 the Chin National Front did not help the Burma Army retake the hill towns.",
        "In 1949 the Chin National Front may have helped the Burma Army retake the hill towns.",
        "In 1949 the Chin National Front refused to help the Kachin Independence Army capture "
        "Bhamo.",
    ],
)
def test_helping_a_party_retake_negated_or_hedged_is_not_asserted(text: str) -> None:
    assert_events(
        api_named(text, HELPED),
        gives_not=[("Chin National Front", "AID", "", "asserted")],
    )
