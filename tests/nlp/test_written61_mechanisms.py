"""Written reports, round 44 of the data (issue 9, helper written61): classes met over the work
half, each fixed as a mechanism for its whole family of wordings, tested on invented
sentences (none of them a labelled item) with negated, hedged or look-alike twins that must
not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- a possessive in the "on" phrase of a hostile noun carried by a verb ("X carried out /
# responded with strikes on their hideouts") is not the striker's own: the next party before
# the striker owns it (written.victim_owner, _hostile_noun_carrier), as for a hostile verb
@pytest.mark.parametrize(
    "text",
    [
        "Pakistani Taliban fighters overran a Frontier Corps checkpoint in Orakzai, and the "
        "Frontier Corps answered with air strikes on their positions.",
        "Pakistani Taliban gunmen shot two Frontier Corps soldiers in Bara, and the Frontier "
        "Corps then carried out raids on their hideouts.",
    ],
)  # fmt: skip
def test_strikes_on_their_hideouts_hit_the_other_party(text: str) -> None:
    found = named_events(text, "2011-04-01")
    assert_events(found, gives=[("Frontier Corps", "ASSAULT", "Taliban Pakistan")])


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani Taliban fighters overran a Frontier Corps checkpoint in Orakzai, but the "
        "Frontier Corps did not answer with air strikes on their positions.",
        "Pakistani Taliban fighters overran a Frontier Corps checkpoint in Orakzai, and the "
        "Frontier Corps may answer with air strikes on their positions.",
        "Pakistani Taliban fighters overran a Frontier Corps checkpoint in Orakzai, and the "
        "Frontier Corps carried out air strikes on their own positions by mistake.",
    ],
)  # fmt: skip
def test_strikes_on_their_hideouts_negated_hedged_or_own(text: str) -> None:
    found = named_events(text, "2011-04-01")
    assert_events(found, gives_not=[("Frontier Corps", "ASSAULT", "Taliban Pakistan")])


# -- a gerund after a preposition ("retaliated by raiding its hideouts") is done by the
# clause's subject, who does not raid its own: the possessive is the other party's
def test_retaliated_by_raiding_its_bases() -> None:
    text = (
        "Islamic State fighters beheaded a Taliban commander in Kunar, and the Taliban "
        "retaliated by storming its bases in Chapa Dara."
    )
    found = named_events(text, "2017-05-01")
    assert_events(found, gives=[("Taliban", "ASSAULT", "Islamic State")])


@pytest.mark.parametrize(
    "text",
    [
        "Islamic State fighters beheaded a Taliban commander in Kunar, and the Taliban "
        "threatened to retaliate by storming its bases in Chapa Dara.",
        "Islamic State fighters beheaded a Taliban commander in Kunar, but the Taliban "
        "never retaliated by storming its bases in Chapa Dara.",
    ],
)  # fmt: skip
def test_retaliated_by_raiding_its_bases_not_asserted(text: str) -> None:
    found = named_events(text, "2017-05-01")
    assert_events(found, gives_not=[("Taliban", "ASSAULT", "Islamic State")])


# -- a definite noun of an attack's doers ("the attackers", "the assailants") struck back at
# later in the sentence is the author of the attack told before it (cues.yaml
# attack_doer_nouns; written.attackers_struck_back)
@pytest.mark.parametrize(
    "text",
    [
        "Taliban gunmen stormed a police post in Ghazni, and Afghan commandos later shot dead "
        "four of the assailants.",
        "Pakistani Taliban fighters attacked a checkpoint in Swat, and soldiers captured the "
        "attackers a day later.",
    ],
)  # fmt: skip
def test_the_attackers_struck_back_are_the_attacks_author(text: str) -> None:
    found = named_events(text, "2012-06-01")
    assert_events(found, gives=[("", ("ASSAULT", "COERCE"), "Taliban")])


@pytest.mark.parametrize(
    "text",
    [
        "Taliban gunmen stormed a police post in Ghazni, but Afghan commandos failed to kill "
        "any of the assailants.",
        "Taliban gunmen stormed a police post in Ghazni, and Afghan commandos may have shot "
        "four of the assailants.",
        "Afghan commandos shot four of the assailants after an attack on a police post.",
    ],
)  # fmt: skip
def test_the_attackers_negated_hedged_or_unnamed(text: str) -> None:
    found = named_events(text, "2012-06-01")
    assert_events(found, gives_not=[("", ("ASSAULT", "COERCE"), "Taliban")])
