"""Mechanisms for militant-relationship descriptions (issue 9, other regions' MMP-style rows).

Invented sentences about real groups; each mechanism has a negated, denied or hedged twin
that must never be asserted.
"""

from __future__ import annotations

from functools import partial

import pytest
from tests.nlp.conftest import api_asserted_between, api_between, api_events, dated

from riftwatch.nlp.initialisms import Initialisms, initials

COOP = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
CONF = {"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}


_events = dated(api_events, "2012-06-01")
_between = partial(api_between, date="2012-06-01")
_asserted = partial(api_asserted_between, date="2012-06-01")


# -- initialisms of known names ---------------------------------------------------------------


def test_initials_of_a_name_with_and_without_connectors() -> None:
    assert {"JMA", "JAMWA", "JaMwA"} <= initials("Jaish al-Muhajireen wal Ansar")
    assert "LeJ" in initials("Lashkar-e-Jhangvi")
    assert {"CPP", "NPA"} <= initials("Communist Party of the Philippines–New People's Army")


def test_initialism_shared_by_two_groups_is_never_guessed() -> None:
    index = Initialisms([("org:a", "Front of Zed", "armed_group", ()),
                         ("org:b", "Force of Zulus", "armed_group", ()),
                         ("person:c", "Kim Lee", "person", ())])  # fmt: skip
    assert index.lookup("FZ") is None
    assert index.lookup("KL") is None  # people give no initialisms


def test_initialism_the_kb_lists_stays_with_its_alias() -> None:
    index = Initialisms([("org:a", "Tehrik Taliban Pakistan", "armed_group", ())], known={"TTP"})
    assert index.lookup("TTP") is None  # the resolver reads it, not the initials


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("The ART funded LeJ in 1999.", "org:al-rashid-trust", "org:lej"),
        (
            "The PUK clashed with the KDP in 1994.",
            "org:patriotic-union-of-kurdistan",
            "org:kurdish-democratic-party",
        ),
        (
            "The INLA fought the IPLO in Belfast.",
            "org:irish-national-liberation-army",
            "org:irish-people-liberation-organization",
        ),
    ],
)
def test_initials_stand_for_their_group(text: str, a: str, b: str) -> None:
    assert _asserted(text, a, b)


def test_initials_in_a_denial_are_not_asserted() -> None:
    text = "The ART denied that it funded LeJ."
    assert not _asserted(text, "org:al-rashid-trust", "org:lej")


def test_shouted_headline_reads_no_initials() -> None:
    evs = _events("ART FUNDED LEJ IN KARACHI")
    assert not any("al-rashid-trust" in (e["source"]["id"] or "") for e in evs)


# -- relation nouns, stative passives, announced and vowed relations ------------------------

LET, JEM = "org:let", "org:jem"


@pytest.mark.parametrize(
    ("text", "stance", "mode"),
    [
        ("Lashkar-e-Taiba and Jaish-e-Mohammad are affiliates.", "coop", None),
        ("Lashkar-e-Taiba is the armed wing of Jaish-e-Mohammad.", "coop", None),
        ("Lashkar-e-Taiba operates under the umbrella of Jaish-e-Mohammad.", "coop", None),
        ("Lashkar-e-Taiba fought under the banner of Jaish-e-Mohammad.", "coop", None),
        ("Lashkar-e-Taiba declared its loyalty to Jaish-e-Mohammad.", "coop", "pledge"),
        ("Lashkar-e-Taiba and Jaish-e-Mohammad announced a merger.", "coop", "merger"),
        ("Lashkar-e-Taiba is affiliated with Jaish-e-Mohammad.", "coop", None),
        ("Lashkar-e-Taiba was absorbed into Jaish-e-Mohammad in 2010.", "coop", "merger"),
        ("Lashkar-e-Taiba vows allegiance to Jaish-e-Mohammad.", "coop", "pledge"),
        ("Lashkar-e-Taiba and Jaish-e-Mohammad fought alongside each other.", "coop",
         "joint_operations"),
        ("Lashkar-e-Taiba and Jaish-e-Mohammad have provided resources for each other's "
         "operations.", "coop", None),
        ("Lashkar-e-Taiba was formed by former members of Jaish-e-Mohammad.", "conf", "split"),
        ("Lashkar-e-Taiba was founded by defectors from Jaish-e-Mohammad.", "conf", "split"),
        ("Former members of Jaish-e-Mohammad founded Lashkar-e-Taiba in 2001.", "conf", "split"),
    ],
)  # fmt: skip
def test_relation_statement_is_asserted_with_its_stance(
    text: str, stance: str, mode: str | None
) -> None:
    evs = _asserted(text, LET, JEM)
    assert evs, text
    kinds = COOP if stance == "coop" else CONF
    assert all(e["event_type"] in kinds for e in evs), evs
    if mode:
        assert any(e["mode"] == mode for e in evs), evs


@pytest.mark.parametrize(
    "text",
    [
        "Lashkar-e-Taiba denied being affiliated with Jaish-e-Mohammad.",
        "Lashkar-e-Taiba is not affiliated with Jaish-e-Mohammad.",
        "Lashkar-e-Taiba is believed to be affiliated with Jaish-e-Mohammad.",
        "Lashkar-e-Taiba is not the armed wing of Jaish-e-Mohammad.",
        "Lashkar-e-Taiba never operated under the umbrella of Jaish-e-Mohammad.",
        "Lashkar-e-Taiba was rumoured to have been absorbed into Jaish-e-Mohammad.",
        "Lashkar-e-Taiba may announce a merger with Jaish-e-Mohammad.",
        "Lashkar-e-Taiba will announce a merger with Jaish-e-Mohammad.",
        "Lashkar-e-Taiba did not announce a merger with Jaish-e-Mohammad.",
        "Lashkar-e-Taiba never vowed allegiance to Jaish-e-Mohammad.",
        "Lashkar-e-Taiba may vow allegiance to Jaish-e-Mohammad.",
        "Lashkar-e-Taiba and Jaish-e-Mohammad never fought alongside each other.",
        "Lashkar-e-Taiba and Jaish-e-Mohammad allegedly supported each other.",
        "Lashkar-e-Taiba was not formed by former members of Jaish-e-Mohammad.",
    ],
)
def test_negated_or_hedged_relation_is_not_asserted(text: str) -> None:
    assert not _asserted(text, LET, JEM), text


def test_alongside_each_other_is_no_fight_between_them() -> None:
    evs = _between("Lashkar-e-Taiba and Jaish-e-Mohammad fought alongside each other.", LET, JEM)
    assert evs and not any(e["event_type"] == "ASSAULT" for e in evs)


def test_fighting_each_other_stays_hostile() -> None:
    evs = _asserted("Lashkar-e-Taiba and Jaish-e-Mohammad fought each other.", LET, JEM)
    assert evs and all(e["event_type"] == "ASSAULT" for e in evs)


def test_members_without_leaving_found_no_split() -> None:
    # plain members of Y forming X may be Y's own front or wing: not coded as a split
    evs = _asserted("Lashkar-e-Taiba was formed by members of Jaish-e-Mohammad.", LET, JEM)
    assert not any(e["mode"] == "split" for e in evs)


def test_a_vow_to_act_stays_a_promise() -> None:
    evs = _between("Lashkar-e-Taiba vowed support for Jaish-e-Mohammad.", LET, JEM)
    assert evs and all(e["modality"] != "asserted" for e in evs)


# -- relation nouns with the partner before them, membership nouns --------------------------


@pytest.mark.parametrize(
    ("text", "stance", "both"),
    [
        ("LeT and JeM affiliates.", "coop", True),
        ("LeT and JeM rivals.", "conf", True),
        ("Lashkar-e-Taiba, a Jaish-e-Mohammad affiliate, attacked the army.", "coop", False),
        ("Lashkar-e-Taiba, a Jaish-e-Mohammad splinter group, attacked the army.", "conf", False),
        ("Lashkar-e-Taiba is a Jaish-e-Mohammad front organization.", "coop", False),
        ("Lashkar-e-Taiba is a faction of Jaish-e-Mohammad.", "coop", False),
        ("Lashkar-e-Taiba remained part of Jaish-e-Mohammad until 1995.", "coop", False),
        ("Lashkar-e-Taiba became an important member of the Jaish-e-Mohammad coalition.", "coop",
         False),
        ("Lashkar-e-Taiba and Jaish-e-Mohammad were allied in operations against India.", "coop",
         True),
        ("Lashkar-e-Taiba became associated with Jaish-e-Mohammad in 1996.", "coop", False),
    ],
)  # fmt: skip
def test_relation_noun_holder_and_partner(text: str, stance: str, both: bool) -> None:
    evs = _asserted(text, LET, JEM)
    kinds = COOP if stance == "coop" else CONF
    assert evs and all(e["event_type"] in kinds for e in evs), evs
    assert {e["source"]["id"] for e in evs} == ({LET, JEM} if both else {LET})


@pytest.mark.parametrize(
    "text",
    [
        "Lashkar-e-Taiba is not a faction of Jaish-e-Mohammad.",
        "Lashkar-e-Taiba is thought to be a faction of Jaish-e-Mohammad.",
        "Lashkar-e-Taiba is not a Jaish-e-Mohammad splinter group.",
        "Lashkar-e-Taiba and Jaish-e-Mohammad were never allied.",
        "Lashkar-e-Taiba may be a Jaish-e-Mohammad affiliate.",
    ],
)
def test_negated_or_hedged_membership_is_not_asserted(text: str) -> None:
    assert not _asserted(text, LET, JEM), text


def test_group_members_named_with_their_group_are_no_relation() -> None:
    # "JeM affiliates attacked": people of JeM acting, not LeT and JeM being affiliates
    evs = _asserted("LeT and JeM affiliates attacked the army.", LET, JEM)
    assert not evs


def test_a_person_who_is_a_member_is_no_group_relation() -> None:
    evs = _events("Hafiz Saeed is a member of Jaish-e-Mohammad.")
    assert not [e for e in evs if e["target"]["id"] == JEM and e["event_type"] == "COOPERATE"]


# -- co-founders, training camps, refuge with, expulsion from a group, the Arabic article ---


@pytest.mark.parametrize(
    ("text", "etype", "mode", "source"),
    [
        ("Lashkar-e-Taiba and Jaish-e-Mohammad formed the Muttahida Jihad Council in 1990.",
         "COOPERATE", "merger", None),
        ("Lashkar-e-Taiba and Jaish-e-Mohammad founded a new coalition in 1990.", "COOPERATE",
         None, None),
        ("Lashkar-e-Taiba trained its recruits at Jaish-e-Mohammad camps.", "AID", "training",
         JEM),
        ("Lashkar-e-Taiba fighters received training in Jaish-e-Mohammad camps.", "AID",
         "training", JEM),
        ("Lashkar-e-Taiba fighters found refuge with Jaish-e-Mohammad.", "AID", "sanctuary", JEM),
        ("Lashkar-e-Taiba fought beside Jaish-e-Mohammad.", "COOPERATE", "joint_operations",
         LET),
        # an expulsion from a group is a split (mmp7)
        ("Lashkar-e-Taiba was expelled from Jaish-e-Mohammad.", "COERCE", "split", JEM),
        ("Lashkar-e-Taiba received funds from Jaish-e-Mohammad.", "AID", "finance", JEM),
    ],
)  # fmt: skip
def test_relation_construction(text: str, etype: str, mode: str | None, source: str | None):
    evs = _asserted(text, LET, JEM)
    assert any(e["event_type"] == etype and e["mode"] == mode for e in evs), evs
    if source:
        assert {e["source"]["id"] for e in evs} == {source}


@pytest.mark.parametrize(
    "text",
    [
        "Lashkar-e-Taiba and Jaish-e-Mohammad did not form a coalition.",
        "Lashkar-e-Taiba and Jaish-e-Mohammad may form a new coalition.",
        "Lashkar-e-Taiba fighters allegedly received training in Jaish-e-Mohammad camps.",
        "Lashkar-e-Taiba fighters sought refuge with Jaish-e-Mohammad.",
        "Lashkar-e-Taiba was not expelled from Jaish-e-Mohammad.",
        "Lashkar-e-Taiba denied receiving funds from Jaish-e-Mohammad.",
    ],
)
def test_negated_hedged_or_sought_construction_is_not_asserted(text: str) -> None:
    assert not _asserted(text, LET, JEM), text


def test_expulsion_from_a_country_is_no_group_event() -> None:
    evs = _events("Lashkar-e-Taiba was expelled from Pakistan.")
    assert not [e for e in evs if e["target"]["id"] == LET and e["modality"] == "asserted"]


def test_lower_case_article_before_a_known_name() -> None:
    # the KB knows "Al-Mourabitoun" with its article; the scan finds "Mourabitoun" only
    evs = _asserted("In 2015 al-Mourabitoun fought the Malian army.", "org:al-mourabitoun",
                    "country:mali")  # fmt: skip
    assert evs and evs[0]["source"]["mention"].lower().startswith("al-")


def test_lower_case_article_in_a_denial_is_not_asserted() -> None:
    evs = _asserted("In 2015 al-Mourabitoun denied attacking the Malian army.",
                    "org:al-mourabitoun", "country:mali")  # fmt: skip
    assert not evs


# -- a group described by a relation word; loyal; linked ------------------------------------

JI, AQ = "org:jemaah-islamiyah", "org:al-qaeda"


@pytest.mark.parametrize(
    "text",
    [
        "Jemaah Islamiyah, a group affiliated with al-Qaeda, bombed the hotel.",
        "The UN designated Jemaah Islamiyah as an organization associated with al-Qaeda.",
        "Jemaah Islamiyah was designated as an organization associated with al-Qaeda.",
        "Jemaah Islamiyah is a militant group loyal to al-Qaeda.",
        "Jemaah Islamiyah remained loyal to al-Qaeda.",
        "Jemaah Islamiyah is linked to al-Qaeda.",
    ],
)
def test_described_relation_is_asserted_cooperation(text: str) -> None:
    evs = _asserted(text, JI, AQ)
    assert evs and all(e["event_type"] in COOP and e["source"]["id"] == JI for e in evs), evs


@pytest.mark.parametrize(
    "text",
    [
        "Jemaah Islamiyah is not a militant group loyal to al-Qaeda.",
        "Jemaah Islamiyah may be a group allied with al-Qaeda.",
        "Jemaah Islamiyah is suspected to be linked to al-Qaeda.",
        "Jemaah Islamiyah is no longer loyal to al-Qaeda.",
    ],
)
def test_negated_or_hedged_description_is_not_asserted_cooperation(text: str) -> None:
    evs = _asserted(text, JI, AQ)
    assert not [e for e in evs if e["event_type"] in COOP], evs


def test_linking_someone_to_a_group_is_no_cooperation_of_the_speaker() -> None:
    evs = _events("Indonesian officials linked the bombers to Jemaah Islamiyah.")
    assert not [e for e in evs if e["target"]["id"] == JI and e["event_type"] == "COOPERATE"]


# -- present-tense relation verbs the parser reads as nouns --------------------------------


@pytest.mark.parametrize(
    ("text", "a", "b"),
    [
        ("Al-Shabaab merges with Hizbul Islam.", "org:al-shabaab", "org:hizbul-islam"),
        ("Jund al-Aqsa merges into Hayat Tahrir al-Sham.", "org:jund-al-aqsa", "org:hts"),
        ("EIJ, led by Ayman al-Zawahiri, merges with al-Qaeda to create a new group.",
         "org:egyptian-islamic-jihad", AQ),
    ],
)  # fmt: skip
def test_present_tense_merger_read_as_noun(text: str, a: str, b: str) -> None:
    evs = _asserted(text, a, b)
    assert evs and all(e["mode"] == "merger" and e["source"]["id"] == a for e in evs), evs


def test_negated_present_tense_merger_is_not_asserted() -> None:
    assert not _asserted("Al-Shabaab never merges with Hizbul Islam.", "org:al-shabaab",
                         "org:hizbul-islam")  # fmt: skip


def test_a_plural_noun_with_a_determiner_stays_a_noun() -> None:
    evs = _events("The merges with Hizbul Islam were discussed by al-Shabaab.")
    assert not [e for e in evs if e["mode"] == "merger" and e["modality"] == "asserted"]


# -- roles in an 'as' phrase; joint claims --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Jemaah Islamiyah was created as the military wing of al-Qaeda.", "coop"),
        ("Jemaah Islamiyah acts as an al-Qaeda ally.", "coop"),
        ("The UN designated Jemaah Islamiyah as an al-Qaeda affiliate.", "coop"),
        ("Jemaah Islamiyah was formed as a splinter of al-Qaeda.", "conf"),
        ("Jemaah Islamiyah and al-Qaeda jointly claimed responsibility for the bombing.", "coop"),
        ("The bombing was jointly claimed by Jemaah Islamiyah and al-Qaeda.", "coop"),
    ],
)
def test_role_or_joint_claim_is_asserted(text: str, stance: str) -> None:
    evs = _asserted(text, JI, AQ)
    kinds = COOP if stance == "coop" else CONF
    assert evs and all(e["event_type"] in kinds for e in evs), evs


@pytest.mark.parametrize(
    "text",
    [
        "Jemaah Islamiyah was not created as the military wing of al-Qaeda.",
        "Jemaah Islamiyah allegedly acts as an al-Qaeda ally.",
        "The army treated Jemaah Islamiyah as an al-Qaeda proxy.",
        "Officials regard Jemaah Islamiyah as a group linked to al-Qaeda.",
        "Jemaah Islamiyah and al-Qaeda did not claim the bombing.",
        "Jemaah Islamiyah and al-Qaeda denied responsibility for the bombing.",
        "Jemaah Islamiyah and al-Qaeda may claim the attack.",
    ],
)
def test_view_denial_or_hedge_of_a_role_or_claim_is_not_asserted(text: str) -> None:
    assert not _asserted(text, JI, AQ), text


def test_a_person_associated_with_two_groups_does_not_ally_them() -> None:
    text = "A Tunisian fighter associated with the Nusra Front and the Islamic State was arrested."
    evs = _asserted(text, "org:nusra-front", "org:islamic-state")
    assert not [e for e in evs if e["event_type"] == "COOPERATE"], evs


# -- breakaway parts and founders who left -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Jemaah Islamiyah is a breakaway faction of al-Qaeda.",
        "Jemaah Islamiyah, a breakaway faction of al-Qaeda, bombed the hotel.",
        "Jemaah Islamiyah is a dissident faction of al-Qaeda.",
        "Jemaah Islamiyah was a breakaway group from al-Qaeda.",
        "Jemaah Islamiyah was founded by Abu Bakar Bashir, a former al-Qaeda commander.",
    ],
)
def test_breakaway_part_is_a_split_never_cooperation(text: str) -> None:
    evs = _asserted(text, JI, AQ)
    assert evs and all(e["event_type"] == "REJECT" and e["mode"] == "split" for e in evs), evs


@pytest.mark.parametrize(
    "text",
    [
        "Jemaah Islamiyah is not a breakaway faction of al-Qaeda.",
        "Jemaah Islamiyah was not founded by Abu Bakar Bashir, a former commander of al-Qaeda.",
        "Jemaah Islamiyah may be a breakaway faction of al-Qaeda.",
    ],
)
def test_negated_or_hedged_breakaway_is_not_asserted(text: str) -> None:
    assert not _asserted(text, JI, AQ), text


def test_a_serving_commander_as_founder_is_no_split() -> None:
    evs = _asserted("Jemaah Islamiyah was founded by Abu Bakar Bashir, an al-Qaeda commander.",
                    JI, AQ)  # fmt: skip
    assert not [e for e in evs if e["mode"] == "split"]


# -- merging into, uniting, parting, falling out, a group leaving a group ------------------


@pytest.mark.parametrize(
    ("text", "etype", "mode"),
    [
        ("Jemaah Islamiyah parted ways with al-Qaeda in 2004.", "REJECT", "split"),
        ("Jemaah Islamiyah fell out with al-Qaeda in 2004.", "REJECT", "falling_out"),  # mmp7
        ("Jemaah Islamiyah withdrew from al-Qaeda in 2004.", "REJECT", "split"),
        ("Jemaah Islamiyah was folded into al-Qaeda in 2004.", "COOPERATE", "merger"),
        ("Jemaah Islamiyah was integrated into al-Qaeda in 2004.", "COOPERATE", "merger"),
        ("Jemaah Islamiyah and al-Qaeda united in 2004.", "COOPERATE", "merger"),
        ("Jemaah Islamiyah reunited with al-Qaeda in 2004.", "COOPERATE", "merger"),
        ("Jemaah Islamiyah teamed up with al-Qaeda in 2004.", "COOPERATE", None),
    ],
)
def test_joining_and_parting_verbs(text: str, etype: str, mode: str | None) -> None:
    evs = _asserted(text, JI, AQ)
    assert evs and all(e["event_type"] == etype and e["mode"] == mode for e in evs), evs


@pytest.mark.parametrize(
    "text",
    [
        "Jemaah Islamiyah never parted ways with al-Qaeda.",
        "Jemaah Islamiyah may unite with al-Qaeda.",
        "Jemaah Islamiyah did not withdraw from al-Qaeda.",
        "Jemaah Islamiyah reportedly denied that it had been folded into al-Qaeda.",
    ],
)
def test_negated_or_hedged_joining_or_parting_is_not_asserted(text: str) -> None:
    assert not _asserted(text, JI, AQ), text


# -- founders merge into the group they found ------------------------------------------------

AD, MOUR = "org:ansar-eddine", "org:al-mourabitoun"
JNIM = "org:jamaa-nusrat-ul-islam-wa-al-muslimin"


@pytest.mark.parametrize(
    "text",
    [
        "Ansar Dine and al-Mourabitoun formed Jama'at Nusrat al-Islam wal-Muslimin in 2017.",
        "Ansar Dine merged with al-Mourabitoun to form Jama'at Nusrat al-Islam wal-Muslimin.",
        "Ansar Dine joined al-Mourabitoun to form Jama'at Nusrat al-Islam wal-Muslimin.",
    ],
)
def test_each_founder_merges_into_the_founded_group(text: str) -> None:
    for founder in (AD, MOUR):
        evs = _asserted(text, founder, JNIM)
        assert evs and all(e["mode"] == "merger" for e in evs), (founder, evs)


@pytest.mark.parametrize(
    "text",
    [
        "Ansar Dine and al-Mourabitoun did not form Jama'at Nusrat al-Islam wal-Muslimin.",
        "Ansar Dine may join al-Mourabitoun to form Jama'at Nusrat al-Islam wal-Muslimin.",
    ],
)
def test_negated_or_hypothetical_founding_is_not_asserted(text: str) -> None:
    assert not _asserted(text, AD, JNIM), text
