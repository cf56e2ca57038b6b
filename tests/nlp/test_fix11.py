"""Fix round 11 (branch fix11): four wrong asserted events on invented sentences.

Mechanisms, each with negated or hedged twins that must not be asserted and a guard that the
ordinary case still holds: a rejecting verb in a clause on an apposed claim noun ("X released
Y, a charge Z rejected") rejects the claim, not a party; people sent as go-betweens ("sent
envoys to Y") make a contact (CONSULT), not aid; whoever places or keeps Y under their
protection gives Y sanctuary (AID from the protector); funding Y's proxies aids the proxies and
makes no relation with Y. None of the sentences comes from a benchmark or a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events


def events(text: str, date: str = "2010-05-14") -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text``."""
    return named_events(text, date)


# -- a charge someone rejects, apposed to a clause (written.rejects_apposed_claim) -----------
@pytest.mark.parametrize(
    "text",
    [
        "The Taliban released Hekmatyar, a charge Islamabad rejected.",
        "The Taliban freed the Hizb-i-Islami commanders, an allegation Islamabad dismissed.",
        "The Taliban accused Hekmatyar of treason, a charge Islamabad rejected.",
    ],
)
def test_an_apposed_charge_rejected_rejects_no_party(text: str) -> None:
    found = events(text)
    assert not any(t == "REJECT" and "Pakistan" in s for s, t, _g, _m in found), found


def test_the_act_called_a_rejected_charge_is_not_asserted() -> None:
    found = events("The Taliban released Hekmatyar, a charge Islamabad rejected.")
    assert not any(t == "RETREAT" and m == "asserted" for _s, t, _g, m in found), found


def test_an_accusation_called_a_charge_is_still_made() -> None:
    found = events("The Taliban accused Hekmatyar of treason, a charge Islamabad rejected.")
    assert has(found, "Taliban", "ACCUSE", "Hizb"), found


def test_a_rejection_of_a_party_still_rejects_it() -> None:
    found = events("Islamabad rejected the Taliban's offer of talks.")
    assert any(t == "REJECT" and "Pakistan" in s for s, t, _g, _m in asserted(found)), found
    found = events("Islamabad did not reject the Taliban's offer of talks.")
    assert not any(t == "REJECT" and "Pakistan" in s for s, t, _g, _m in asserted(found)), found


# -- go-betweens sent to a party (cues.yaml emissary_nouns) ----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network sent envoys to the Taliban.",
        "The Haqqani network sent a delegation to the Taliban last week.",
        "Hizb-i-Islami sent messengers to the Taliban.",
    ],
)
def test_sending_envoys_is_a_contact_not_aid(text: str) -> None:
    found = events(text)
    assert not any(t == "AID" for _s, t, _g, _m in found), found
    assert any(t == "CONSULT" and m == "asserted" for _s, t, _g, m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network did not send envoys to the Taliban.",
        "The Haqqani network may have sent envoys to the Taliban.",
    ],
)
def test_envoys_not_sent_or_maybe_sent_are_not_asserted(text: str) -> None:
    found = events(text)
    assert not asserted(found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network sent fighters to the Taliban.",
        "The Haqqani network sent weapons and money to the Taliban.",
    ],
)
def test_sending_fighters_or_arms_is_still_aid(text: str) -> None:
    assert has(events(text), "Haqqani", "AID", "Taliban"), events(text)


# -- a party placed under one's protection (written.placed_under_protection) ----------------
@pytest.mark.parametrize(
    "text",
    [
        "The Taliban placed Al Qaeda under their protection.",
        "The Taliban took Al Qaeda under their wing in 1996.",
        "The Taliban kept Al Qaeda under their care for years.",
    ],
)
def test_the_protector_aids_the_party_placed_under_its_protection(text: str) -> None:
    found = events(text)
    assert has(found, "Taliban", "AID", "Al Qaeda"), found
    assert not any(t == "AID" and "Al Qaeda" in s for s, t, _g, _m in found), found
    assert not any(t == "COOPERATE" for _s, t, _g, _m in asserted(found)), found


def test_a_named_owner_of_the_protection_is_the_protector() -> None:
    found = events("The Taliban placed Al Qaeda under ISI protection.")
    assert has(found, "Inter-Services", "AID", "Al Qaeda"), found
    assert not has(found, "Al Qaeda", "AID", "", None), found


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban did not place Al Qaeda under their protection.",
        "The Taliban may have taken Al Qaeda under their wing.",
    ],
)
def test_protection_not_given_or_hedged_is_not_asserted(text: str) -> None:
    found = events(text)
    assert not asserted(found), found


def test_protection_sought_is_not_aid_from_the_seeker() -> None:
    found = events("Al Qaeda sought the protection of the Taliban.")
    assert not has(found, "Al Qaeda", "AID", "Taliban", None), found
    assert not asserted(found), found


def test_living_under_a_partys_protection_still_reads_as_aid() -> None:
    found = events("Al Qaeda lives under Taliban protection.", date="2000-05-14")
    assert has(found, "Taliban", "AID", "Al Qaeda"), found


# -- Y's proxies are not Y (cues.yaml counterpart_nouns, mechanisms.described_victim) -------
@pytest.mark.parametrize(
    "text",
    [
        "The ISI funded the Taliban's proxies.",
        "The ISI armed the Taliban's proxies in Kunar.",
        "The ISI met the Taliban's allies in Quetta.",
    ],
)
def test_acting_on_a_partys_proxies_makes_no_relation_with_it(text: str) -> None:
    found = events(text)
    assert not any("Inter-Services" in s and "Taliban" in g for s, _t, g, _m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The ISI did not fund the Taliban's proxies.",
        "The ISI may have funded the Taliban's proxies.",
    ],
)
def test_proxies_not_funded_or_maybe_funded_are_not_asserted(text: str) -> None:
    assert not asserted(events(text)), events(text)


def test_a_group_said_to_be_a_partys_proxy_is_its_partner() -> None:
    found = events("Jaish-e-Mohammed became the ISI's proxy.")
    assert has(found, "Jaish", "COOPERATE", "Inter-Services"), found
    found = events("The ISI used Jaish-e-Mohammed as its proxy.")
    assert has(found, "Inter-Services", "COOPERATE", "Jaish"), found


def test_funding_a_partys_own_fighters_still_aids_it() -> None:
    found = events("The ISI funded the Taliban's fighters.")
    assert has(found, "Inter-Services", "AID", "Taliban"), found
