"""Written reports, round 15 (issue 9, helper written15): mechanisms found on round15_work
and the misses of the earlier work halves, each tested on invented sentences with negated,
hedged or denied twins that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, asserted, has, named_events


# -- envoys hosted: talks between the host and the envoys' group, not shelter ----------------
@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        ("Riyadh hosted a Taliban delegation for talks on the peace process.", "Saudi",
         "Taliban"),
        ("Qatar hosted the Taliban's negotiators in Doha last week.", "Qatar", "Taliban"),
        ("Islamabad hosted Afghan Taliban leaders for talks in Murree, officials said.",
         "Pakistan", "Taliban"),
        ("The Saudi government hosted emissaries of the Haqqani network in Jeddah.", "Saudi",
         "Haqqani"),
    ],
)  # fmt: skip
def test_hosted_envoys_are_talks_both_ways(text: str, host: str, guest: str) -> None:
    assert_events(
        named_events(text, "2016-02-01"),
        gives=[(host, "CONSULT", guest), (guest, "CONSULT", host)],
        gives_not=[(host, "AID", guest)],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Riyadh did not host a Taliban delegation for talks on the peace process.",
        "Saudi officials denied hosting a Taliban delegation in Jeddah.",
        "Qatar may host the Taliban's negotiators in Doha next month.",
        "If Islamabad hosted Afghan Taliban leaders for talks, Kabul would protest.",
    ],
)
def test_negated_denied_or_hypothetical_hosting_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2016-02-01"), gives_not=[("", ("CONSULT", "AID"), "")])


def test_hosting_leaders_without_talks_stays_shelter() -> None:
    assert_events(
        named_events("Pakistan hosted Taliban leaders in Quetta for years.", "2009-01-01"),
        gives=[("Pakistan", "AID", "Taliban")],
        gives_not=[("Pakistan", "CONSULT", "Taliban")],
    )


# -- a claim of responsibility or credit over a gerund: the claimant did the act -----------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The Taliban claimed responsibility for killing ten Islamic State fighters in Kunar.",
         "Taliban", "ASSAULT", "Islamic State"),
        ("The TTP took credit for ambushing a Frontier Corps convoy in Kurram.",
         "Tehrik-i-Taliban", "ASSAULT", "Frontier Corps"),
        ("The TTP accepted responsibility for kidnapping two Pakistani soldiers near Tank.",
         "Tehrik-i-Taliban", "ASSAULT", "Pakistan"),
        ("Afghan commandos claimed credit for driving the Islamic State out of Achin.",
         "Afghan", "COERCE", "Islamic State"),
    ],
)  # fmt: skip
def test_a_claimed_gerund_is_the_claimants_act(text: str, source: str, etype: str,
                                               target: str) -> None:  # fmt: skip
    assert_events(named_events(text, "2015-06-01"), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text",
    [
        "The TTP denied responsibility for killing the policemen in Swat.",
        "The TTP did not claim responsibility for killing the policemen in Swat.",
        "The TTP may claim responsibility for killing the policemen in Swat.",
        "No group has claimed responsibility for ambushing the Frontier Corps convoy.",
    ],
)
def test_denied_negated_or_possible_claims_are_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2015-06-01"), gives_not=[ANYTHING])


# -- rival claims of one act are no joint operation --------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Afghan forces and, separately, Taliban fighters claimed credit for driving the "
        "Islamic State out of Achin.",
        "The TTP and Jamaat-ul-Ahrar each claimed the bombing of the Frontier Corps post.",
        "The Haqqani network and, independently, Al Qaeda claimed responsibility for the "
        "attack on the American base.",
    ],
)
def test_rival_claims_are_no_joint_act(text: str) -> None:
    assert_events(named_events(text, "2015-06-01"), gives_not=[("", "COOPERATE", "")])


def test_a_joint_claim_still_ties_the_claimants() -> None:
    # bugs37: a claim must say it is joint ("jointly"); claimants merely named together may
    # be rivals (test_bugs37_mechanisms.py)
    found = named_events(
        "The Haqqani network and Al Qaeda jointly claimed responsibility for the attack on the "
        "American base.", "2012-06-01",
    )  # fmt: skip
    assert has(found, "Al Qaeda", "COOPERATE", "Haqqani"), found


# -- a place a party uses or holds, named by a participle's "by" agent --------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("American jets struck a tunnel complex used by Islamic State fighters in Achin.",
         "U.S.", "Islamic State"),
        ("American drones struck hideouts used by the Haqqani network in North Waziristan.",
         "U.S.", "Haqqani"),
        ("The army shelled posts manned by the Pakistani Taliban in Orakzai.", "Pakistan",
         "Tehrik-i-Taliban"),
        ("Taliban fighters attacked a base used by American troops in Helmand.", "Taliban",
         "U.S."),
    ],
)  # fmt: skip
def test_a_place_held_by_a_party_stands_for_it(text: str, source: str, target: str) -> None:
    assert_events(named_events(text, "2015-06-01"), gives=[(source, "ASSAULT", target)])


@pytest.mark.parametrize(
    "text",
    [
        "American jets did not strike the tunnel complex used by Islamic State fighters.",
        "American jets may have struck a base used by the Haqqani network.",
        "American jets struck a base once used by the Haqqani network.",
        "American jets struck a base no longer used by the Haqqani network.",
    ],
)
def test_negated_hedged_or_former_holders_are_not_asserted(text: str) -> None:
    found = named_events(text, "2015-06-01")
    assert not [e for e in asserted(found) if "Haqqani" in e[2] or "Islamic" in e[2]], found


def test_people_used_by_a_party_are_not_its_place() -> None:
    assert_events(
        named_events("The army said militants used by the ISI had attacked the base."),
        gives_not=[("Pakistan", None, "")],
    )


# -- retaliating against a party attacks it -----------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Afghan army retaliated on Pakistani positions across the Durand Line.", "Afghan",
         "Pakistan"),
        ("Pakistani jets bombed TTP camps in Kunar, prompting the Taliban's defence ministry "
         "to retaliate against Pakistani border posts.", "Taliban", "Pakistan"),
        ("Hurras al-Din retaliated against HTS checkpoints after the arrests.", "Hurras",
         "Hay'at Tahrir"),
    ],
)  # fmt: skip
def test_retaliating_against_a_party_attacks_it(text: str, source: str, target: str) -> None:
    assert_events(named_events(text, "2024-03-18"), gives=[(source, "ASSAULT", target)])


@pytest.mark.parametrize(
    "text",
    [
        "The Afghan army did not retaliate against Pakistani positions.",
        "The Afghan army may retaliate against Pakistani positions.",
        "The Afghan army vowed to retaliate against Pakistani positions.",
        "If Pakistan strikes again, the Afghan army will retaliate against its border posts.",
    ],
)
def test_negated_possible_or_vowed_retaliation_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2024-03-18"), gives_not=[("", "ASSAULT", "")])


# -- "call" that names is no request ------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Pakistani jets bombed what the army called TTP hideouts in Paktika, prompting the "
         "Taliban to retaliate against Pakistani border posts.", "Taliban", "Pakistan"),
        ("American drones struck what officials called Haqqani safe houses, prompting the "
         "network to attack an American base in Khost.", "Haqqani", "United States"),
    ],
)  # fmt: skip
def test_a_clause_hung_on_a_naming_call_is_not_requested(text: str, source: str,
                                                          target: str) -> None:  # fmt: skip
    found = named_events(text, "2016-03-18")
    assert has(found, source, "ASSAULT", target), found
    assert not [e for e in found if e[1] in ("REQUEST", "PROTEST")], found


def test_a_naming_call_codes_no_appeal() -> None:
    found = named_events("The army called the TTP's attack on the police post a provocation.")
    assert not [e for e in found if e[1] == "REQUEST"], found


@pytest.mark.parametrize(
    "text",
    [
        "The army called on the Taliban to retaliate against the TTP.",
        "Pakistani jets bombed what the army called TTP hideouts, and Kabul urged the Taliban "
        "to retaliate against Pakistani border posts.",
    ],
)
def test_a_real_appeal_still_asks(text: str) -> None:
    assert_events(named_events(text, "2016-03-18"), gives_not=[("Taliban", "ASSAULT", "")])


# -- a second predicate hung on an interposed attribution is the subject's, with its own cues
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The TTP plans to extend its courts into Buner, a spokesman said, and has attacked "
         "two police posts.", "ASSAULT"),
        ("The TTP wants to open courts in Buner, a spokesman said, and has warned the police "
         "to stay away.", "THREATEN"),
    ],
)  # fmt: skip
def test_a_predicate_after_an_interposed_attribution(text: str, etype: str) -> None:
    assert_events(named_events(text, "2009-04-25"), gives=[("Tehrik-i-Taliban", etype, "police")])


@pytest.mark.parametrize(
    "text",
    [
        "The TTP plans to extend its courts into Buner, a spokesman said, and has not attacked "
        "any police posts.",
        "The TTP plans to extend its courts into Buner, a spokesman said, and may attack "
        "police posts.",
        "The TTP plans to extend its courts into Buner, officials denied, and has attacked "
        "police posts.",
    ],
)
def test_its_own_negation_or_hedge_still_holds(text: str) -> None:
    assert_events(named_events(text, "2009-04-25"), gives_not=[("", "ASSAULT", "")])


# -- coordinated claimants of one attack each did it ---------------------------------------
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Haqqani network and Al Qaeda claimed responsibility for the attack on the "
         "American base in Khost.", "United States"),
        ("The Haqqani network and Al Qaeda took credit for the bombing of the Afghan "
         "intelligence office.", "Afghan"),
    ],
)  # fmt: skip
def test_each_coordinated_claimant_is_an_author(text: str, target: str) -> None:
    assert_events(
        named_events(text, "2012-06-01"),
        gives=[("Haqqani", "ASSAULT", target), ("Al Qaeda", "ASSAULT", target)],
    )


def test_coordinated_denials_are_not_asserted() -> None:
    found = named_events("The Haqqani network and Al Qaeda denied responsibility for the attack "
                         "on the American base in Khost.", "2012-06-01")  # fmt: skip
    assert not [e for e in asserted(found) if e[1] == "ASSAULT"], found


# -- a claim reported as untrue asserts no act ---------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Officials said the TTP had falsely claimed credit for ambushing the Frontier Corps "
        "convoy.",
        "The TTP falsely claimed responsibility for the attack on the Frontier Corps convoy.",
        "The TTP wrongly claimed to have killed ten Pakistani soldiers in Kurram.",
    ],
)
def test_a_false_claim_asserts_no_act(text: str) -> None:
    assert_events(
        named_events(text, "2013-06-01"),
        gives=[("Tehrik-i-Taliban", "ASSAULT", "Pakistan", None)],
        gives_not=[ANYTHING],
    )


def test_a_plain_claim_is_still_asserted() -> None:
    found = named_events("The TTP claimed responsibility for the attack on the Frontier Corps "
                         "convoy.", "2013-06-01")  # fmt: skip
    assert has(found, "Tehrik-i-Taliban", "ASSAULT", "Frontier Corps"), found


# -- forcing a party to leave expels it ----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Pakistani troops forced Fazlullah's fighters to flee across the border.", "Pakistan",
         "Tehrik-i-Taliban"),
        ("The Taliban forced IS-K fighters to retreat from Kunar.", "Taliban",
         "Islamic State"),
        ("Tribesmen compelled Al Qaeda's Arab fighters to leave their villages.", "tribal",
         "Al Qaeda"),
    ],
)  # fmt: skip
def test_forcing_a_party_to_leave_expels_it(text: str, source: str, target: str) -> None:
    assert_events(named_events(text, "2016-06-01"), gives=[(source, "COERCE", target)])


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani troops did not force the TTP to leave Swat.",
        "Pakistani troops may force the TTP to leave Swat.",
        "Pakistani troops failed to force the TTP to abandon its bases.",
        "Pakistani troops forced the TTP to negotiate.",
    ],
)
def test_negated_possible_or_other_forced_acts_are_no_expulsion(text: str) -> None:
    assert_events(named_events(text, "2016-06-01"), gives_not=[("", "COERCE", "")])


# -- information handed over is no capture of the people it names -------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Tribal elders handed over the names of TTP commanders to the Frontier Corps.",
        "Tribal elders handed a list of TTP hideouts to the Frontier Corps.",
        "Villagers in Bajaur handed the whereabouts of TTP commanders to the army.",
    ],
)
def test_information_handed_over_is_shared_not_a_capture(text: str) -> None:
    found = named_events(text, "2010-09-01")
    assert not [e for e in found if e[1] == "COERCE"], found
    assert [e for e in asserted(found) if e[1] == "AID" and "Pakistan" in e[2]], found


def test_people_handed_over_are_still_captured() -> None:
    found = named_events("Tribal elders handed two TTP commanders over to the Frontier Corps.",
                         "2010-09-01")  # fmt: skip
    assert has(found, "tribal", "COERCE", "Tehrik-i-Taliban"), found


# -- grounds denied vouch for nothing ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "There is little reason to think that the ISI still funds the Haqqani network.",
        "Officials see little reason to believe that the ISI still funds the Haqqani network.",
        "Diplomats say there is scant reason to believe that Riyadh funds the Taliban.",
    ],
)
def test_scant_grounds_for_a_belief_assert_nothing(text: str) -> None:
    assert_events(named_events(text, "2012-06-01"), gives_not=[("", "AID", "")])


@pytest.mark.parametrize(
    "text",
    [
        "The reason the Taliban expelled the IS fighters was a dispute over Kunar.",
        "For this reason the Taliban expelled the IS fighters from Kunar.",
    ],
)
def test_a_plain_reason_does_not_hedge(text: str) -> None:
    assert_events(named_events(text, "2016-06-01"), gives=[("Taliban", "COERCE", "Islamic State")])


# -- reports that "turned out / proved to be false" -----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Reports that the ISI had funded the Haqqani network turned out to be false.",
        "Reports that the ISI had funded the Haqqani network proved to be unfounded.",
        "Claims that Riyadh had paid the Taliban's envoys turned out to be wrong.",
    ],
)
def test_reports_that_turned_out_false_are_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2012-06-01"), gives_not=[("", "AID", "")])


def test_reports_that_turned_out_true_are_asserted() -> None:
    found = named_events("Reports that the ISI had funded the Haqqani network turned out to be "
                         "true.", "2012-06-01")  # fmt: skip
    assert has(found, "Inter-Services", "AID", "Haqqani"), found


# -- a party employed in a cooperative role ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The ISI has long used Lashkar-e-Taiba as a proxy against India.", "Inter-Services",
         "Lashkar"),
        ("Pakistan cultivated the Haqqani network as an ally in Afghanistan.", "Pakistan",
         "Haqqani"),
    ],
)  # fmt: skip
def test_a_party_employed_as_a_proxy_is_cooperation(text: str, source: str,
                                                    target: str) -> None:  # fmt: skip
    assert_events(named_events(text, "2012-06-01"), gives=[(source, "COOPERATE", target)])


@pytest.mark.parametrize(
    "text",
    [
        "The ISI never used Lashkar-e-Taiba as a proxy, officials insist.",
        "The ISI may have used the Haqqanis as a proxy.",
        "Islamabad used the talks with the TTP as a pretext to rearm.",
    ],
)
def test_negated_hedged_or_unrelated_uses_are_not_cooperation(text: str) -> None:
    found = named_events(text, "2012-06-01")
    assert not [e for e in asserted(found) if e[1] == "COOPERATE" and "Pakistan" not in e[2]
                and ("Inter" in e[0] or "Pakistan" in e[0])], found  # fmt: skip
