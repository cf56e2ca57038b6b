"""World-news recall, the round of branch peers11 (issue 9, the peers' gold sets), on invented
sentences.

Mechanisms, each with negated, hedged, refused or denied twins that must not be asserted: a
proposal another party made, taken up, is an AGREE to its author ("accepted Y's offer",
"agreed to Y's mediation"); a passive arrest or expulsion with no agent, done in or from a
named country, is that country's state's act; "confiscated X from Y" names Y; a passive
subject arrested "for V-ing" is charged with the act, not shown to have done it; a premises
named "at"/"outside" a country is the act's place as "in" the country is. None of the
sentences comes from a benchmark or a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import has, named_events


def _asserted(found: set[tuple[str, str, str, str]], etype: str) -> set:
    return {e for e in found if e[1] == etype and e[3] == "asserted"}


# -- accepted proposals (mechanisms.accepted_proposals) -------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kenya accepted Uganda's offer.",
        "Kenya agreed to Ugandan mediation in its border dispute.",
        "Kenya accepted an offer from Uganda on Monday.",
        "Kenya agreed to mediation by Uganda.",
    ],
)
def test_a_proposal_taken_up_is_an_agree_to_its_author(text: str) -> None:
    found = named_events(text)
    assert ("Kenya", "AGREE", "Uganda", "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not accept Uganda's offer.",
        "Kenya may agree to Ugandan mediation.",
        "Kenya refused to accept Uganda's proposal.",
        "Kenya denied that it had accepted Uganda's plan.",
        "Kenya would accept Ugandan mediation if talks resumed.",
    ],
)
def test_a_proposal_not_taken_up_is_no_agree(text: str) -> None:
    found = named_events(text)
    assert not [e for e in _asserted(found, "AGREE") if e[0] == "Kenya"], found


def test_an_own_proposal_taken_up_names_nobody() -> None:
    assert not _asserted(named_events("Kenya accepted its own plan."), "AGREE")


# -- passive arrests and expulsions in a country (mechanisms.located_passives) ---------------
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("A Ugandan journalist was arrested in Kenya.", "Ugandan journalist"),
        ("Two Ugandan journalists were detained in Kenya on Monday.", "Ugandan journalists"),
        ("A Ugandan opposition leader was expelled from Kenya.", "Ugandan opposition leader"),
    ],
)
def test_an_agentless_arrest_in_a_country_is_its_states(text: str, target: str) -> None:
    found = named_events(text)
    assert has(found, "Kenya", "COERCE", target), found


@pytest.mark.parametrize(
    "text",
    [
        "A Ugandan journalist was not arrested in Kenya.",
        "A Ugandan journalist could be arrested in Kenya.",
        "Police denied that a Ugandan journalist had been arrested in Kenya.",
        "A Ugandan journalist feared he would be detained in Kenya.",
    ],
)
def test_an_arrest_not_made_is_not_asserted(text: str) -> None:
    found = named_events(text)
    assert not [e for e in _asserted(found, "COERCE") if "Kenya" in e[0]], found


def test_a_named_agent_is_the_doer_not_the_place() -> None:
    found = named_events("A Ugandan opposition leader was expelled from Kenya by Somali troops.")
    assert not [e for e in found if e[0] == "Kenya"], found


def test_a_passive_charge_is_not_established() -> None:
    found = named_events(
        "A Kenyan missionary was arrested in Uganda for collaborating with Somalia."
    )
    assert has(found, "Uganda", "COERCE", "Kenyan missionary"), found
    assert not _asserted(found, "COOPERATE"), found


# -- "confiscated X from Y" (events.yaml) ---------------------------------------------------
def test_things_confiscated_from_a_party() -> None:
    found = named_events("Kenyan police confiscated guns from Somali militants.")
    assert has(found, "Kenya", "COERCE", "Somali militants"), found
    negated = named_events("Kenyan police did not confiscate guns from Somali militants.")
    assert not _asserted(negated, "COERCE"), negated


# -- a premises in a country as the act's place (mechanisms.locus_party) ---------------------
def test_an_act_at_a_premises_in_a_country_is_done_to_it() -> None:
    found = named_events(
        "Kenyan police arrested two men at a hotel in Uganda on Monday, officials said."
    )
    assert ("Kenya", "COERCE", "Uganda", "asserted") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police did not arrest anyone at a hotel in Uganda on Monday, officials said.",
        "Kenyan police may arrest two men at a hotel in Uganda, officials said.",
    ],
)
def test_an_act_at_a_premises_not_done_is_not_asserted(text: str) -> None:
    found = named_events(text)
    assert not [e for e in _asserted(found, "COERCE") if "Uganda" in e[2]], found


def test_a_premises_in_the_doers_own_country_names_no_party() -> None:
    found = named_events("Kenyan police arrested two men at a hotel in Kenya on Monday.")
    assert not [e for e in found if e[0] == "Kenya" and e[2] == "Kenya"], found


# -- precision: relations cut, proposals blocked ---------------------------------------------
def test_ties_announced_cut_are_no_agree() -> None:
    found = named_events("Kenya announced it would cut ties with Uganda.")
    assert not _asserted(found, "AGREE"), found
    kept = named_events("Kenya said it will restore ties with Uganda.")
    assert ("Kenya", "AGREE", "Uganda", "future") in kept, kept  # intended (code.rules.v87)


def test_a_vetoed_resolution_condemns_nobody() -> None:
    found = named_events("Kenya vetoed a Security Council resolution condemning Uganda.")
    assert not _asserted(found, "ACCUSE"), found
    assert has(found, "Kenya", "REJECT", "Security Council"), found


# -- homes and property of a country's people (actors/data/agents/curated.yaml) ------------
def test_homes_of_a_countrys_people_are_those_people() -> None:
    found = named_events("Kenyan troops demolished Somali homes.")
    assert has(found, "Kenya", "ASSAULT", "Somali homes"), found


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan troops did not demolish Somali homes.",
        "Kenyan troops may demolish Somali homes.",
        "Kenya denied that its troops had demolished Somali homes.",
    ],
)
def test_homes_not_demolished_are_not_asserted(text: str) -> None:
    assert not _asserted(named_events(text), "ASSAULT"), named_events(text)


# -- "came under attack from Y" (mechanisms.came_under) --------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Kenyan troops came under attack from Somali militants.", "Somali militants",
         "ASSAULT", "Kenya"),
        ("Kenyan troops came under heavy fire from Somali militants on Monday.",
         "Somali militants", "ASSAULT", "Kenya"),
        ("Kenya came under criticism from Uganda for its role.", "Uganda", "ACCUSE", "Kenya"),
        ("Kenya is under pressure from Uganda.", "Uganda", "COERCE", "Kenya"),
    ],
)  # fmt: skip
def test_an_act_undergone_is_done_by_its_from_party(
    text: str, source: str, etype: str, target: str
) -> None:
    found = named_events(text)
    assert has(found, source, etype, target), found


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan troops did not come under attack from Somali militants.",
        "Kenyan troops could come under attack from Somali militants.",
        "Kenya denied that its troops had come under fire from Somali militants.",
    ],
)
def test_an_act_not_undergone_is_not_asserted(text: str) -> None:
    assert not _asserted(named_events(text), "ASSAULT"), named_events(text)


def test_an_act_undergone_with_no_doer_names_nobody() -> None:
    assert not named_events("Kenyan troops came under attack on Monday.")


# -- "was placed under arrest in Y" (mechanisms.came_under, placing verbs) -------------------
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("A Ugandan journalist was placed under arrest in Kenya.", "COERCE"),
        ("A Ugandan national has been put under investigation in Kenya.", "ACCUSE"),
        ("A Ugandan journalist was placed under arrest by Kenyan police.", "COERCE"),
    ],
)
def test_a_party_placed_under_a_charge(text: str, etype: str) -> None:
    found = named_events(text)
    assert has(found, "Kenya", etype, "Ugandan"), found


@pytest.mark.parametrize(
    "text",
    [
        "A Ugandan journalist was not placed under arrest in Kenya.",
        "A Ugandan national may be put under investigation in Kenya.",
    ],
)
def test_a_party_not_placed_under_a_charge(text: str) -> None:
    found = named_events(text)
    assert not [e for e in found if e[0] == "Kenya" and e[3] == "asserted"], found
