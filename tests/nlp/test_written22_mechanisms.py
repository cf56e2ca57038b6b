"""Written reports, round 22 (issue 9, helper written22): mechanisms found on round22_work,
each tested on invented sentences with negated, hedged, denied or otherwise unasserted twins
that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, named_events


# -- a relation predicate over a reciprocal pronoun: "X and Y remained hostile to each other" --
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Haqqani network and Al Qaeda remained hostile to each other after the feud of "
         "2012, a think-tank study found.", "REJECT"),
        ("The leaders of the Haqqani network and Al Qaeda, officials said, stayed loyal to one "
         "another throughout the war.", "SUPPORT"),
        ("Commanders of the Haqqani network and Al Qaeda have been hostile to one another since "
         "the quarrel over the Khost camps.", "REJECT"),
    ],
)  # fmt: skip
def test_a_relation_predicate_over_each_other_holds_both_ways(text: str, etype: str) -> None:
    found = named_events(text, "2014-01-01")
    assert_events(found, gives=[("Haqqani", etype, "Qaeda"), ("Qaeda", etype, "Haqqani")])


@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network and Al Qaeda were never hostile to each other, officials said.",
        "The Haqqani network and Al Qaeda may have become hostile to each other in 2013.",
        "Both groups denied that the Haqqani network and Al Qaeda were hostile to each other.",
        "If the Haqqani network and Al Qaeda turned hostile to one another, the alliance would "
        "end.",
    ],
)  # fmt: skip
def test_a_negated_hedged_or_denied_reciprocal_predicate_is_not_asserted(text: str) -> None:
    found = named_events(text, "2014-01-01")
    assert_events(found, gives_not=[ANYTHING])


def test_a_reciprocal_predicate_needs_two_parties() -> None:
    """One party and "each other" give nothing (no self-relation, no invented partner)."""
    found = named_events("The Haqqani network remained hostile to each other.", "2014-01-01")
    assert_events(found, gives_not=[ANYTHING])


# -- a member noun with a coordinated "from" list: "Fighters from X, Z and Y trained together" --
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Fighters from the Haqqani network and Al Qaeda trained together at a camp in Paktia, "
         "a former recruit told investigators.", "COOPERATE"),
        ("Fighters from the Haqqani network, the IMU and Al Qaeda fought together in Paktia "
         "in 2010.", "COOPERATE"),
        ("Fighters from the Haqqani network and Al Qaeda fought each other in Khost after the "
         "quarrel, villagers said.", "ASSAULT"),
    ],
)  # fmt: skip
def test_the_groups_of_a_from_list_act_together(text: str, etype: str) -> None:
    found = named_events(text, "2012-01-01")
    assert_events(found, gives=[("Haqqani", etype, "Qaeda"), ("Qaeda", etype, "Haqqani")])


@pytest.mark.parametrize(
    "text",
    [
        "Fighters from the Haqqani network and Al Qaeda did not train together, the recruit "
        "said.",
        "Fighters from the Haqqani network and Al Qaeda may have trained together in Paktia.",
        "Fighters from the Haqqani network and Al Qaeda will train together next year.",
    ],
)  # fmt: skip
def test_a_from_list_act_not_done_is_not_asserted(text: str) -> None:
    found = named_events(text, "2012-01-01")
    assert_events(found, gives_not=[("Haqqani", None, "Qaeda"), ("Qaeda", None, "Haqqani")])


def test_places_in_a_from_list_are_no_parties() -> None:
    found = named_events("Fighters from Khost and Paktia fought each other.", "2012-01-01")
    assert_events(found, gives_not=[ANYTHING])


# -- a noun of offering with its infinitive: the act offered has not happened -----------------
@pytest.mark.parametrize(
    "text",
    [
        "President Ghani's offer to free Taliban prisoners, made in a televised speech, went "
        "unanswered.",
        "The army's offer to pay the tribal elders of Bajaur was announced in March.",
        "Islamabad's offer to recognise the Taliban government drew no reply.",
    ],
)  # fmt: skip
def test_an_act_offered_by_a_noun_is_not_asserted(text: str) -> None:
    found = named_events(text, "2018-03-01")
    assert_events(found, gives_not=[("", ("RETREAT", "SUPPORT", "AID", "AGREE"), "")])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("President Ghani freed Taliban prisoners in a televised ceremony.", "Afghan",
         "RETREAT", "Taliban"),
        ("The Taliban rejected President Ghani's offer to extend the ceasefire.", "Taliban",
         "REJECT", "Afghan"),
    ],
)  # fmt: skip
def test_the_act_done_and_a_rejected_offer_stay_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    found = named_events(text, "2018-03-01")
    assert_events(found, gives=[(source, etype, target)])


# -- a noun of attempting with an attack infinitive: the attack was made ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "The TTP's attempt to storm the Frontier Corps fort at Loe Sam was beaten back after "
        "a night of fighting.",
        "The TTP made a bid to overrun a Frontier Corps post in Mohmand, the military said.",
        "Tribal elders said they had repulsed the TTP's attempt to storm a Frontier Corps fort "
        "at Loe Sam.",
    ],
)  # fmt: skip
def test_an_attempted_attack_told_by_a_noun_was_made(text: str) -> None:
    found = named_events(text, "2011-01-01")
    assert_events(found, gives=[("Tehrik", ("ASSAULT", "COERCE"), "Frontier Corps")])


@pytest.mark.parametrize(
    "text",
    [
        "Officials feared an attempt by the TTP to storm the Frontier Corps fort at Loe Sam.",
        "The TTP denied any attempt to storm the Frontier Corps fort at Loe Sam.",
        "The TTP may have made an attempt to storm the Frontier Corps fort at Loe Sam.",
        "Commanders discussed a bid by the TTP to overrun a Frontier Corps post in Mohmand.",
    ],
)  # fmt: skip
def test_an_attempt_feared_denied_hedged_or_discussed_is_not_asserted(text: str) -> None:
    found = named_events(text, "2011-01-01")
    assert_events(found, gives_not=[("Tehrik", ("ASSAULT", "COERCE"), "Frontier Corps")])


def test_an_attempt_at_talks_stays_intended() -> None:
    found = named_events("The TTP's attempt to open talks with the army failed.", "2011-01-01")
    assert_events(found, gives_not=[("Tehrik", "CONSULT", "Pakistan")])


# -- the knowledge base knows the Saudi prince who led the kingdom's counter-terrorism -------
def test_the_saudi_counter_terrorism_prince_acts_for_the_saudi_state() -> None:
    found = named_events(
        "An AQAP suicide bomber tried to kill Prince Mohammed bin Nayef in Jeddah in 2009.",
        "2009-09-01",
    )
    assert_events(found, gives=[("Arabian Peninsula", "ASSAULT", "Saudi")])
    twin = named_events("AQAP denied that it had tried to kill Mohammed bin Nayef.", "2009-09-01")
    assert_events(twin, gives_not=[("Arabian Peninsula", "ASSAULT", "Saudi")])


# -- "took up arms against Y" fights Y (events.yaml object_idioms) -----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Elders of the Mamund tribe took up arms against the TTP in the spring of 2009.",
        "The TTP burned the elders' houses after the tribe had taken up arms against it.",
    ],
)  # fmt: skip
def test_taking_up_arms_against_a_party_fights_it(text: str) -> None:
    found = named_events(text, "2009-06-01")
    assert_events(found, gives=[("tribe", "ASSAULT", "Tehrik")])


@pytest.mark.parametrize(
    "text",
    [
        "Elders of the Mamund tribe never took up arms against the TTP.",
        "Elders of the Mamund tribe said they would take up arms against the TTP if the army "
        "armed them.",
        "Elders of the Mamund tribe denied that they had taken up arms against the TTP.",
        "Elders of the Mamund tribe took up arms in the spring of 2009.",
    ],
)  # fmt: skip
def test_arms_not_taken_up_or_against_no_party_assert_nothing(text: str) -> None:
    found = named_events(text, "2009-06-01")
    assert_events(found, gives_not=[("trib", "ASSAULT", "Tehrik")])


# -- "handed Y's men to Z" without "over" is a handover (events.yaml hand: over or to) ---------
def test_handing_a_partys_men_to_another_is_a_handover() -> None:
    found = named_events("Tribal elders in Bajaur handed two TTP commanders to the Frontier "
                         "Corps after a gunfight.", "2009-06-01")  # fmt: skip
    assert_events(found, gives=[("tribal", "COERCE", "Tehrik"),
                                ("tribal", "COOPERATE", "Frontier Corps")])  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Tribal elders in Bajaur did not hand any TTP commanders to the Frontier Corps.",
        "Tribal elders in Bajaur refused to hand the TTP commanders to the Frontier Corps.",
        "Tribal elders in Bajaur may hand two TTP commanders to the Frontier Corps.",
    ],
)  # fmt: skip
def test_a_handover_not_made_is_not_asserted(text: str) -> None:
    found = named_events(text, "2009-06-01")
    assert_events(found, gives_not=[("tribal", "COOPERATE", "Frontier Corps"),
                                    ("tribal", "COERCE", "Tehrik")])  # fmt: skip


def test_handing_a_thing_to_a_party_captures_nobody() -> None:
    found = named_events("Tribal elders handed a letter to the TTP.", "2009-06-01")
    assert_events(found, gives_not=[("", "COERCE", "")])
