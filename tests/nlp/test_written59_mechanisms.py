"""Written reports, round 42 of the data (issue 9, helper written59): classes met over the work
halves, each fixed as a mechanism for its whole family of wordings, tested on invented
sentences (none of them a labelled item) with negated, hedged or look-alike twins that must
not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- an outcome told with "left": "the raid left two soldiers and a villager dead" is no
# departure from the people left (events.yaml leave: not_with_complement)
@pytest.mark.parametrize(
    "text",
    [
        "A Pakistani army raid on the compound left two Taliban commanders dead.",
        "The Pakistani army's shelling left several Taliban fighters wounded.",
    ],
)  # fmt: skip
def test_left_dead_is_no_split(text: str) -> None:
    assert_events(named_events(text, "2012-05-01"), gives_not=[("", "REJECT", "")])


def test_left_a_party_is_still_a_split() -> None:
    found = named_events("The Haqqani network's commanders left the Pakistani Taliban.")
    assert_events(found, gives=[("Haqqani", "REJECT", "Taliban Pakistan")])


# -- "X cut / slit the throats of Y" kills Y (events.yaml object_idioms cut, slit)
@pytest.mark.parametrize(
    "text",
    [
        "Islamic State fighters cut the throats of two Taliban commanders in Achin.",
        "Islamic State fighters slit the throats of two Taliban commanders in Achin.",
    ],
)  # fmt: skip
def test_cutting_throats_kills(text: str) -> None:
    found = named_events(text, "2016-03-01")
    assert_events(
        found,
        gives=[("Islamic State", "ASSAULT", "Taliban")],
        gives_not=[("Islamic State", "REJECT", "Taliban")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State fighters did not cut the throats of the Taliban commanders they held.",
        "Islamic State fighters threatened to slit the throats of two Taliban commanders.",
        "Islamic State fighters may have cut the throats of two Taliban commanders.",
    ],
)  # fmt: skip
def test_cutting_throats_negated_or_hedged_is_not_asserted(text: str) -> None:
    found = named_events(text, "2016-03-01")
    assert_events(found, gives_not=[("Islamic State", "ASSAULT", "Taliban")])


# -- a village's chief or headman is a local leader, as its elders are (KB collective
# villagers: village chief, village headman, village leaders)
@pytest.mark.parametrize(
    "text",
    [
        "Islamic State fighters beheaded a village chief near Achin.",
        "Islamic State fighters beheaded two village headmen near Achin.",
        "The Islamic State's gunmen shot dead two village leaders in Kot.",
    ],
)  # fmt: skip
def test_village_chiefs_are_locals(text: str) -> None:
    found = named_events(text, "2016-03-01")
    assert_events(found, gives=[("Islamic State", "ASSAULT", "villagers")])


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State fighters did not behead the village chief near Achin.",
        "Islamic State fighters may have beheaded a village headman near Achin.",
    ],
)  # fmt: skip
def test_village_chiefs_negated_or_hedged(text: str) -> None:
    found = named_events(text, "2016-03-01")
    assert_events(found, gives_not=[("Islamic State", "ASSAULT", "villagers")])


# -- the noun of a verb that closes or freezes a party's premises, funds or papers: "the
# freezing of Y's accounts by X", "X's revocation of Y's citizenship" (cues.yaml
# premises_closing_nouns; mechanisms.closed_premises_nominal)
@pytest.mark.parametrize(
    "text",
    [
        "The freezing of Jamaat-ud-Dawa's bank accounts by the Pakistani government came a day "
        "after the ban.",
        "The Pakistani government's sealing of Jamaat-ud-Dawa's offices in Lahore was reported "
        "by local papers.",
        "Saudi Arabia's revocation of Osama bin Laden's citizenship preceded his move to Sudan.",
    ],
)  # fmt: skip
def test_a_nominal_closing_sanctions_the_owner(text: str) -> None:
    found = named_events(text, "2019-03-01")
    assert_events(
        found, gives=[("", "SANCTION", ("Jamaat-ud-Dawa" if "Dawa" in text else "Qaeda"))]
    )


@pytest.mark.parametrize(
    "text",
    [
        "The freezing of Jamaat-ud-Dawa's bank accounts by the Pakistani government never took "
        "place.",
        "A freezing of Jamaat-ud-Dawa's bank accounts by the Pakistani government was proposed.",
        "The Pakistani government's sealing of Jamaat-ud-Dawa's offices may come next week.",
        "The Pakistani government's freezing of its own accounts came a day later.",
    ],
)  # fmt: skip
def test_a_nominal_closing_not_done_is_not_asserted(text: str) -> None:
    found = named_events(text, "2019-03-01")
    assert_events(found, gives_not=[("", "SANCTION", "Jamaat-ud-Dawa")])


# -- a thing given in the "of" phrase of a noun of giving: "the provision of safe houses by X
# to Y" (cues.yaml giving_carrier_nouns with dependence_things; written.given_thing_entry)
@pytest.mark.parametrize(
    "text",
    [
        "The provision of safe houses by the ISI to the Afghan Taliban was described by a "
        "courier.",
        "The ISI's supply of guides to the Afghan Taliban was confirmed in a debrief.",
    ],
)  # fmt: skip
def test_a_thing_given_by_a_noun_of_giving(text: str) -> None:
    found = named_events(text, "2010-03-01")
    assert_events(found, gives=[("Inter-Services Intelligence", "AID", "Taliban")])


@pytest.mark.parametrize(
    "text",
    [
        "The provision of safe houses by the ISI to the Afghan Taliban has not been "
        "corroborated.",
        "The ISI's supply of guides to the Afghan Taliban never happened.",
        "The sale of safe houses by the ISI to the Afghan Taliban was described by a courier.",
    ],
)  # fmt: skip
def test_a_thing_given_not_asserted_or_sold(text: str) -> None:
    found = named_events(text, "2010-03-01")
    assert_events(found, gives_not=[("Inter-Services Intelligence", "AID", "Taliban")])


# -- the possessor or "by" phrase of a noun that undoes aid cuts it, whatever verb governs
# the noun ("Washington's suspension of aid to Y was justified by ..."; mechanisms.undoing_noun)
@pytest.mark.parametrize(
    "text",
    [
        "Washington's suspension of security assistance to Pakistan was justified by the White "
        "House as a response to its inaction.",
        "The suspension of security assistance to Pakistan by Washington was announced on Monday.",
    ],
)  # fmt: skip
def test_a_possessed_suspension_of_aid_sanctions(text: str) -> None:
    found = named_events(text, "2018-01-05")
    assert_events(found, gives=[("U.S.", "SANCTION", "Pakistan")])


@pytest.mark.parametrize(
    "text",
    [
        "Washington's suspension of security assistance to Pakistan was never carried out.",
        "Washington's suspension of security assistance to Pakistan may be announced next week.",
    ],
)  # fmt: skip
def test_a_possessed_suspension_not_done(text: str) -> None:
    found = named_events(text, "2018-01-05")
    assert_events(found, gives_not=[("U.S.", "SANCTION", "Pakistan")])
