"""Fix round 61a (branch fix61a): written-report classes left open by rounds 45-46.

Mechanisms, each with twins that must not be asserted: a backing phrase on the object of a
verb of intent ("X planned the attack with the support of Y") names who backs the plan, never
the target of a threat; a definite hostile operation that is the simple-past passive subject
of a verb of ordering or planning ("the raid on Y's camp was ordered by P") is told as done,
by P's side; a hedge over an agreement reaches the cooperation derived from its infinitive;
"no longer" on a verb of giving is a distancing (REJECT). None of the sentences comes from a
benchmark or a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events


def events(text: str, date: str = "2014-03-11") -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text``."""
    return named_events(text, date)


# -- a backing phrase on an intended act's object (written.backing_prep) ---------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network planned the attack with the support of the Pakistani Taliban.",
        "Al Qaeda plotted the ambush with the blessing of the Afghan Taliban.",
        "The Haqqani network prepared the offensive with the help of Al Qaeda.",
    ],
)
def test_a_backer_of_the_plan_is_not_threatened(text: str) -> None:
    found = events(text)
    assert not any(t == "THREATEN" for _s, t, _g, _m in found), found
    assert not any(t in ("ASSAULT", "COERCE") for _s, t, _g, m in asserted(found)), found


def test_the_backer_still_backs_the_planner() -> None:
    found = events("Al Qaeda plotted the ambush with the blessing of the Afghan Taliban.")
    assert has(found, "Afghan Taliban", "SUPPORT", "Al Qaeda"), found


def test_a_planned_attack_on_a_party_is_still_only_intended() -> None:
    found = events("The Haqqani network planned an attack on the Pakistani Taliban.")
    assert not any("Tehrik" in g for _s, _t, g, _m in asserted(found)), found


# -- an operation ordered, told in the passive (written.ordered_operation) -------------------
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The raid on the Islamic State camp was ordered by Sirajuddin Haqqani.", "Islamic"),
        ("The bombing of the TTP office was orchestrated by the Haqqani network.", "Tehrik"),
        ("The ambush on the Islamic State convoy was planned by Sirajuddin Haqqani.", "Islamic"),
    ],
)
def test_an_ordered_operation_is_done_by_the_orderers_side(text: str, target: str) -> None:
    assert has(events(text), "Haqqani", "ASSAULT", target), events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The raid on the Islamic State camp was not ordered by Sirajuddin Haqqani.",
        "Sirajuddin Haqqani denied ordering the raid on the Islamic State camp.",
        "Sirajuddin Haqqani denied that the raid on the Islamic State camp was ordered by him.",
        "The raid on the Islamic State camp may have been ordered by Sirajuddin Haqqani.",
        "If the raid on the Islamic State camp was ordered by Sirajuddin Haqqani, it is a feud.",
        "An attack on the Islamic State camp was planned by Sirajuddin Haqqani.",
        "The attack on the Islamic State camp is being planned by Sirajuddin Haqqani.",
        "Sirajuddin Haqqani ordered a raid on the Islamic State camp.",
    ],
)
def test_an_operation_not_told_as_ordered_and_done_asserts_nothing(text: str) -> None:
    found = events(text)
    assert not any(t == "ASSAULT" for _s, t, _g, _m in asserted(found)), found


def test_talks_planned_by_a_party_are_not_made_asserted() -> None:
    found = events("The talks with the Islamic State were planned by Sirajuddin Haqqani.")
    assert not any(t == "ASSAULT" for _s, t, _g, _m in found), found
    assert not any(t == "CONSULT" for _s, t, _g, _m in asserted(found)), found


# -- a hedge over an agreement reaches the derived cooperation (modality) --------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network had reportedly agreed to share rifles with the Pakistani Taliban, "
        "though officials could not confirm it.",
        "Al Qaeda agreed to pool its funds with the Afghan Taliban, though this could not be "
        "confirmed.",
    ],
)
def test_a_hedged_agreement_to_share_asserts_no_cooperation(text: str) -> None:
    found = events(text)
    assert not any(t in ("COOPERATE", "AID", "AGREE") for _s, t, _g, _m in asserted(found)), found


def test_a_plain_agreement_to_share_stays_asserted() -> None:
    found = events("The Haqqani network agreed to share rifles with the Pakistani Taliban.")
    assert has(found, "Haqqani", "AGREE", "Tehrik"), found


# -- "no longer" on a verb of giving: a distancing (LABELLING.md) ----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Al Qaeda no longer sends the Pakistani Taliban money.",
        "The Haqqani network no longer lends the Afghan Taliban its fighters.",
    ],
)
def test_no_longer_giving_is_a_distancing(text: str) -> None:
    found = events(text)
    assert any(t == "REJECT" for _s, t, _g, _m in asserted(found)), found
    assert not any(t == "AID" for _s, t, _g, _m in asserted(found)), found


def test_still_giving_is_not_a_distancing() -> None:
    found = events("Al Qaeda still sends the Pakistani Taliban money.")
    assert not any(t == "REJECT" for _s, t, _g, _m in found), found
