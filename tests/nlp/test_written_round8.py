"""Written reports, round 8 (issue 9, helper hyphen21): mechanisms found on round8_work, each
tested on invented sentences with negated or hedged twins that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events


# -- proposals turned down: the party of the proposed cooperation --------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Haqqani network turned down requests to shelter Al Qaeda fighters.", "Haqqani",
         "Qaeda"),
        ("Hafiz Gul Bahadur declined an invitation to join the Islamic State.", "Bahadur",
         "Islamic State"),
        # the parser reads the participle as the noun's adjective
        ("The Haqqani network kept aloof from the Islamic State, declining repeated "
         "invitations to join its campaign.", "Haqqani", "Islamic State"),
    ],
)  # fmt: skip
def test_a_declined_proposal_of_cooperation_rejects_its_party(text: str, source: str,
                                                              target: str) -> None:  # fmt: skip
    found = named_events(text)
    assert has(found, source, "REJECT", target), found
    assert not any(e[1] in ("SUPPORT", "AID", "COOPERATE") for e in asserted(found)), found


@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network did not turn down requests to shelter Al Qaeda fighters.",
        "The Haqqani network may turn down requests to shelter Al Qaeda fighters.",
        "Hafiz Gul Bahadur never declined an invitation to join the Islamic State.",
        # a proposed hostile act turned down rejects nobody
        "The Haqqani network declined requests to attack Al Qaeda.",
    ],
)
def test_a_declined_proposal_negated_hedged_or_hostile_rejects_nobody(text: str) -> None:
    assert not asserted(named_events(text))


def test_an_invitation_to_cooperate_is_not_the_cooperation() -> None:
    found = named_events("The Haqqani network received an invitation to join the Islamic State.")
    assert not asserted(found), found


@pytest.mark.parametrize(
    ("text", "asserted_event"),
    [
        ("Al Qaeda made an offer of money, which the Taliban dismissed.", True),
        ("Al Qaeda made an offer, which the Taliban rebuffed.", True),
        ("Al Qaeda offered to fund a new madrassa, an offer the Taliban dismissed.", True),
        ("Al Qaeda made an offer, which the Taliban did not dismiss.", False),
        ("Al Qaeda made an offer, which the Taliban may reject.", False),
    ],
)
def test_a_proposal_dismissed_in_a_relative_clause(text: str, asserted_event: bool) -> None:
    found = named_events(text)
    assert has(found, "Taliban", "REJECT", "Qaeda") is asserted_event, found


# -- a relation lessened by a verb with no entry of its own ---------------------------------
@pytest.mark.parametrize("verb", ["downgraded", "curtailed", "reduced"])
def test_a_lessened_relation_is_a_cut_not_the_relation(verb: str) -> None:
    found = named_events(f"Islamabad {verb} its ties with the Haqqani network.")
    assert has(found, "Pakistan", "SANCTION", "Haqqani"), found
    assert not any(e[1] == "COOPERATE" for e in asserted(found)), found


@pytest.mark.parametrize(
    "text",
    [
        "Islamabad did not downgrade its ties with the Haqqani network.",
        "Islamabad may curtail its ties with the Haqqani network.",
        "Islamabad denied that it had downgraded its ties with the Haqqani network.",
    ],
)
def test_a_lessened_relation_negated_or_hedged(text: str) -> None:
    assert not asserted(named_events(text))


# -- custody: "placed X under house arrest" --------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Islamabad placed the Jamaat-ud-Dawa chief under house arrest in 2009.",
        "The Taliban put three Islamic State commanders under arrest in Herat.",
        "Hafiz Saeed was kept under house arrest by the Pakistani authorities.",
    ],
)
def test_placed_under_arrest_is_an_arrest(text: str) -> None:
    found = asserted(named_events(text, date="2015-01-01"))
    assert any(e[1] == "COERCE" for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Islamabad did not place the Jamaat-ud-Dawa chief under house arrest.",
        "Islamabad might put the Jamaat-ud-Dawa chief under house arrest.",
        "The Taliban denied putting Islamic State commanders under arrest.",
    ],
)
def test_placed_under_arrest_negated_or_hedged(text: str) -> None:
    assert not asserted(named_events(text, date="2015-01-01"))


# -- "officials in Kabul": the government seated there ----------------------------------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Officials in Kabul accused the ISI of sheltering Taliban commanders.", "Afghan"),
        ("Officials in Washington praised the Pakistani army.", "U.S."),
        ("Policymakers in Islamabad condemned the Afghan Taliban.", "Pakistan"),
    ],
)
def test_officials_in_a_capital_are_its_government(text: str, source: str) -> None:
    found = asserted(named_events(text))
    assert any(source in e[0] for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Officials in Kabul did not accuse the ISI of sheltering Taliban commanders.",
        "Officials in Washington may praise the Pakistani army.",
        # people in a capital who are not its officials stay no actor
        "Protesters in Kabul condemned the Afghan Taliban.",
    ],
)
def test_officials_in_a_capital_negated_hedged_or_not_officials(text: str) -> None:
    assert not asserted(named_events(text))


# -- an accusation whose charge is rejected was still made -----------------------------------
def test_a_rejected_charge_leaves_the_accusation_asserted() -> None:
    found = named_events(
        "Kabul accused the ISI of freeing Taliban prisoners, a charge Islamabad rejected."
    )
    assert has(found, "Afghan", "ACCUSE", "Inter-Services"), found
    assert not has(found, "Inter-Services", "RETREAT", "Taliban"), found  # the charge: denied


@pytest.mark.parametrize(
    "text",
    [
        "Kabul did not accuse the ISI of freeing Taliban prisoners, a charge Islamabad rejected.",
        "Kabul may have accused the ISI of freeing Taliban prisoners, a charge Islamabad rejected.",
    ],
)
def test_a_rejected_charge_negated_or_hedged_accusation(text: str) -> None:
    assert not asserted(named_events(text)) or all(
        e[1] != "ACCUSE" for e in asserted(named_events(text))
    )


# -- "an arm / instrument / extension of Y" ----------------------------------------------------
@pytest.mark.parametrize("noun", ["an arm", "an instrument"])
def test_an_arm_of_a_party_acts_for_it(noun: str) -> None:
    found = named_events(f"The Haqqani network is {noun} of the ISI.")
    assert has(found, "Haqqani", "COOPERATE", "Inter-Services"), found
    assert has(found, "Inter-Services", "COOPERATE", "Haqqani"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network is not an arm of the ISI.",
        "The Haqqani network may be an instrument of the ISI.",
        "Pakistani officials deny that the Haqqani network is an arm of the ISI.",
    ],
)
def test_an_arm_of_a_party_negated_or_hedged(text: str) -> None:
    assert not asserted(named_events(text))


# -- "the attack" refers back to an earlier attack of the sentence ----------------------------
def test_condemning_the_attack_an_earlier_claim_named() -> None:
    found = named_events("The TTP claimed the bombing in Peshawar, and the Taliban condemned "
                         "the attack.", date="2016-01-01")  # fmt: skip
    assert has(found, "Taliban", "ACCUSE", "Tehrik"), found


@pytest.mark.parametrize(
    "text",
    [
        "The TTP claimed the bombing in Peshawar, and the Taliban did not condemn the attack.",
        # an author only guessed at is no author of "the attack"
        "The TTP may have carried out the bombing in Peshawar, and the Taliban condemned the "
        "attack.",
        "An unknown group staged a bombing in Peshawar, and the Taliban condemned the attack.",
    ],
)
def test_condemning_the_attack_negated_or_no_author(text: str) -> None:
    found = named_events(text, date="2016-01-01")
    assert not any(e[1] == "ACCUSE" for e in asserted(found)), found


# -- a party's premises or funds closed by another -------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Islamabad sealed the Jamaat-ud-Dawa offices in Lahore.",
        "The Punjab government froze the bank accounts of Jamaat-ud-Dawa.",
        "Jamaat-ud-Dawa's seminaries were closed by the Pakistani authorities.",
    ],
)
def test_premises_closed_by_another_party_are_a_sanction(text: str) -> None:
    found = asserted(named_events(text, date="2009-01-01"))
    assert any(e[1] == "SANCTION" and "Jamaat" in e[2] for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Islamabad did not seal the Jamaat-ud-Dawa offices in Lahore.",
        "The Punjab government may freeze the bank accounts of Jamaat-ud-Dawa.",
        "Islamabad denied that it had sealed the Jamaat-ud-Dawa offices.",
    ],
)
def test_premises_closed_negated_or_hedged(text: str) -> None:
    found = asserted(named_events(text, date="2009-01-01"))
    assert not any(e[1] == "SANCTION" for e in found), found


# -- a holder noun that is the victim: the attacker is not its holder ----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Pakistani troops attacked tribal allies of Al Qaeda near Wana.",
        "Pakistani troops arrested the Haqqani network's proxies in Kurram.",
        "Afghan commandos raided an affiliate of the Islamic State in Kunar.",
    ],
)
def test_the_attacker_of_an_ally_is_not_its_holder(text: str) -> None:
    found = asserted(named_events(text, date="2016-01-01"))
    assert not any(e[1] == "COOPERATE" for e in found), found


def test_a_holder_noun_predicated_of_a_group_still_holds() -> None:
    found = named_events("The Haqqani network remained an ally of Al Qaeda.")
    assert has(found, "Haqqani", "COOPERATE", "Qaeda"), found


# -- tribes named by their role: "their tribal hosts" -------------------------------------------
def test_tribal_hosts_are_the_local_tribes() -> None:
    found = named_events("Al Qaeda paid its tribal hosts in South Waziristan.", date="2005-01-01")
    assert has(found, "Qaeda", "AID", "local tribes"), found


def test_tribal_hosts_negated() -> None:
    found = named_events("Al Qaeda never paid its tribal hosts in South Waziristan.",
                         date="2005-01-01")  # fmt: skip
    assert not asserted(found), found
