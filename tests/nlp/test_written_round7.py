"""Written-report mechanisms, seventh round (issue 9, helper written8): new wording.

- a person's possessive group opening a sentence is the subject a later "it" refers to
  ("Mangal Bagh's outfit had ... . In 2009 it ...": the outfit, not the object);
- people or bodies acting for another party, named by a participle after them
  ("couriers working for X", "a delegation representing X", "negotiators appointed by
  X", "envoys sent by X": X acts; cues.yaml agency_nouns);
- a thing given in the passive ("rifles were given to X by Y", "cash was channelled to X
  by Y"): Y gives to X; words passed on stay no aid;
- verbs of moving goods to a party (ferry, ship, channel, funnel, truck) and "schooled in
  ... by X" (training);
- a gerund with an owner and an "of" phrase is the verb's event ("the ISI's bankrolling of
  X", "the army's shelling of X", "Washington's blacklisting of X");
- a list the parser breaks after a preposition ("for X, the Y shura and Z");
- a possessive in the subject of a coordinated clause goes back to the first clause's
  subject ("The group moved its camps, and its cadres were armed by Y");
- "his fighters", "his men": the group of the person the document named last;
- praise heaped, lavished or showered on a party;
- a weakening denied ("X's support for Y has never wavered"): the relation held;
- "X's release of Y prisoners" (as the verb);
- "its" in the predicate goes to the owner of the clause's subject ("X's refusal to act
  against Y has strained its ties with Z": X's ties);
- "contact" (singular) is a relation noun, so "cut off / broke off contact with X" is a cut.

Every sentence here is invented for this file (none comes from a development set, a
benchmark or tests/nlp/data/written); each positive has a negated, hedged or otherwise
trapped twin that must not be asserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_between, named_events


def events(text: str, date: str = "2012-05-14") -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text``."""
    return named_events(text, date)


# --- 1. a person's group as the subject of a later "it" -----------------------------------


def test_a_persons_group_is_the_antecedent_of_it() -> None:
    text = (
        "Jalaluddin Haqqani's network had protected Chechen volunteers in Miranshah since "
        "2003. By 2006 it was also sheltering Al Qaeda's media team, a former courier said."
    )
    found = events(text, "2010-02-01")
    assert asserted_between(found, "Haqqani", "Qaeda"), found
    assert not any("Qaeda" in e[2] and "Haqqani" not in e[0] for e in found), found


def test_a_persons_group_twins() -> None:
    hedged = (
        "Jalaluddin Haqqani's network had protected Chechen volunteers in Miranshah since "
        "2003. By 2006 it may also have been sheltering Al Qaeda's media team."
    )
    assert not asserted_between(events(hedged, "2010-02-01"), "Haqqani", "Qaeda")
    # a person's relative is no group: "it" does not go to him
    kin = (
        "Jalaluddin Haqqani's brother had protected Chechen volunteers in Miranshah since "
        "2003. By 2006 it was also sheltering Al Qaeda's media team, a former courier said."
    )
    assert not asserted_between(events(kin, "2010-02-01"), "Haqqani", "Qaeda")


# --- 2. people acting for another party ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Couriers working for the Haqqani network ferried detonators to Pakistani Taliban "
         "cells in Bannu.", "Haqqani", "Tehrik"),
        ("A delegation representing the Afghan Taliban met Pakistani officials in Murree.",
         "Taliban", "Pakistan"),
        ("Envoys sent by Al Qaeda met the leaders of the Pakistani Taliban in Makeen.",
         "Qaeda", "Tehrik"),
    ],
)  # fmt: skip
def test_agents_named_by_a_participle_act_for_their_principal(
    text: str, source: str, target: str
) -> None:
    found = events(text)
    assert asserted_between(found, source, target), found


@pytest.mark.parametrize(
    "text",
    [
        "Couriers working for the Haqqani network may have ferried detonators to Pakistani "
        "Taliban cells in Bannu.",
        "A delegation representing the Afghan Taliban did not meet Pakistani officials in Murree.",
        "Envoys sent by Al Qaeda were expected to meet the leaders of the Pakistani Taliban "
        "in Makeen.",
    ],
)
def test_agents_named_by_a_participle_twins(text: str) -> None:
    found = events(text)
    assert not {e for e in found if e[3] == "asserted" and e[1] in ("AID", "CONSULT")}, found


def test_officials_working_in_a_country_do_not_stand_for_it() -> None:
    found = events("Officials working in Pakistan met a Taliban delegation in Dubai.")
    assert not asserted_between(found, "Pakistan", "Taliban"), found


# --- 3. a thing given in the passive, and verbs of moving goods ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rifles and cash were given to the Afghan Taliban by the ISI in 2008, a retired "
        "officer said.",
        "Cash was channelled to the Afghan Taliban by the ISI through charities in Quetta.",
        "The ISI funnelled cash to the Afghan Taliban through charities in Quetta.",
        "The ISI shipped mortar rounds to the Afghan Taliban across the Chaman border.",
        "The ISI trucked fuel to the Afghan Taliban in Helmand.",
    ],
)
def test_things_given_and_moved_to_a_party_are_aid(text: str) -> None:
    found = events(text)
    assert any(e[1] == "AID" and e[3] == "asserted" and "Inter-Services" in e[0]
               and "Taliban" in e[2] for e in found), found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Rifles and cash were never given to the Afghan Taliban by the ISI, a retired "
        "officer said.",
        "Cash is thought to have been channelled to the Afghan Taliban by the ISI.",
        "The ISI denied that it had funnelled cash to the Afghan Taliban.",
        "Instructions were sent to the Afghan Taliban by the ISI in 2008.",
    ],
)
def test_things_given_and_moved_twins(text: str) -> None:
    found = events(text)
    assert not any(e[1] == "AID" and e[3] == "asserted" for e in found), found


def test_schooled_by_is_training() -> None:
    found = events("Pakistani Taliban recruits were schooled in sniping by Al Qaeda veterans.")
    assert asserted_between(found, "Qaeda", "Tehrik"), found
    twin = events("Pakistani Taliban recruits may have been schooled in sniping by Al Qaeda.")
    assert not asserted_between(twin, "Qaeda", "Tehrik"), twin


# --- 4. a gerund with an owner is the verb's event --------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype", "source", "target"),
    [
        ("The ISI's bankrolling of the Afghan Taliban dismayed NATO commanders.", "AID",
         "Inter-Services", "Taliban"),
        ("The army's shelling of Pakistani Taliban positions in Orakzai lasted a week.",
         "ASSAULT", "Pakistan", "Tehrik"),
        ("Washington's blacklisting of Jamaat-ud-Dawa in 2014 angered its supporters.",
         "SANCTION", "U.S.", "Jamaat"),
    ],
)  # fmt: skip
def test_possessed_gerund_is_the_event(text: str, etype: str, source: str, target: str) -> None:
    found = events(text)
    assert any(e[1] == etype and e[3] == "asserted" and source in e[0] and target in e[2]
               for e in found), found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The ISI's alleged bankrolling of the Afghan Taliban dismayed NATO commanders.",
        "Pakistani officials denied the ISI's bankrolling of the Afghan Taliban.",
        "The bankrolling of the Afghan Taliban dismayed NATO commanders.",  # no owner
        "Washington is weighing the blacklisting of Jamaat-ud-Dawa.",
    ],
)
def test_possessed_gerund_twins(text: str) -> None:
    found = events(text)
    assert not any(e[3] == "asserted" and e[1] in ("AID", "SANCTION") for e in found), found


# --- 5. a list the parser breaks after a preposition -------------------------------------------


def test_a_broken_list_gives_every_party() -> None:
    text = (
        "Al Qaeda's chemists train bomb-makers for the Haqqanis, the Quetta shura and the "
        "Pakistani Taliban alike, an officer said."
    )
    found = events(text)
    for target in ("Haqqani", "Shura", "Tehrik"):
        assert asserted_between(found, "Qaeda", target), (target, found)


def test_a_broken_list_twin_and_a_parenthetical_is_no_list() -> None:
    hedged = (
        "It is unclear whether Al Qaeda's chemists train bomb-makers for the Haqqanis, the "
        "Quetta shura and the Pakistani Taliban."
    )
    assert not {e for e in events(hedged) if e[3] == "asserted" and "Qaeda" in e[0]}
    # "X, the army said, and ...": the speaker is no further party
    found = events("The ISI armed the Afghan Taliban, the army said, and Al Qaeda fought the TTP.")
    assert not asserted_between(found, "Inter-Services", "Army"), found


# --- 6. a possessive in the next clause's subject goes back to the first clause's subject --------


def test_possessive_in_a_coordinated_clause_is_the_topics() -> None:
    text = (
        "Lashkar-e-Taiba was set up in Kunar in 1990. The group later moved its camps to "
        "Muridke, and its cadres have been armed by the Pakistani army."
    )
    found = events(text, "2008-12-04")
    assert asserted_between(found, "Army", "Lashkar"), found
    # inside one clause the nearer actor keeps it: "attacked X and killed its commander"
    found = events("The Pakistani army shelled Lashkar-e-Islam and killed its commander.")
    assert not asserted_between(found, "Army", "Army"), found


def test_possessive_in_a_coordinated_clause_twin() -> None:
    text = (
        "Lashkar-e-Taiba was set up in Kunar in 1990. The group later moved its camps to "
        "Muridke, and its cadres may have been armed by the Pakistani army."
    )
    assert not asserted_between(events(text, "2008-12-04"), "Army", "Lashkar")


# --- 7. "his fighters": the group of the person the document named last ----------------------


def test_his_followers_are_the_persons_group() -> None:
    text = (
        "Baitullah Mehsud moved to Makeen in 2007. Within a year his fighters had attacked "
        "two Frontier Corps forts in South Waziristan."
    )
    found = events(text, "2009-01-10")
    assert asserted_between(found, "Tehrik", "Frontier"), found


def test_his_followers_twins() -> None:
    hedged = (
        "Baitullah Mehsud moved to Makeen in 2007. His fighters are suspected of attacking "
        "two Frontier Corps forts in South Waziristan."
    )
    assert not asserted_between(events(hedged, "2009-01-10"), "Tehrik", "Frontier")
    # no person named before: "his" stands for nobody
    found = events("His fighters attacked two Frontier Corps forts in South Waziristan.")
    assert not any(e[3] == "asserted" and "Frontier" in e[2] for e in found), found


# --- 8. praise heaped on a party ----------------------------------------------------------------


def test_praise_heaped_on_a_party() -> None:
    assert asserted_between(
        events("Al Qaeda's media arm showered praise on the Afghan Taliban in 2021."),
        "Qaeda",
        "Taliban",
    )
    found = events("Al Qaeda's media arm has never showered praise on the Afghan Taliban.")
    assert not asserted_between(found, "Qaeda", "Taliban"), found


# --- 9. a weakening denied: the relation held ---------------------------------------------------


def test_a_denied_weakening_asserts_the_relation() -> None:
    found = events("The Haqqani network's backing for Al Qaeda has not faltered since 2011.")
    assert asserted_between(found, "Haqqani", "Qaeda"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network's backing for Al Qaeda may not have faltered since 2011.",
        "Officials doubt that the Haqqani network's backing for Al Qaeda has not faltered.",
        "The Haqqani network did not back Al Qaeda after 2011.",
    ],
)
def test_a_denied_weakening_twins(text: str) -> None:
    assert not asserted_between(events(text), "Haqqani", "Qaeda")


# --- 10. the release of another party's prisoners ----------------------------------------------


def test_release_of_the_others_prisoners() -> None:
    date = "2020-06-01"
    found = events("Kabul's release of 90 Taliban detainees in May eased the talks.", date)
    assert asserted_between(found, "Afghan", "Taliban"), found
    found = events("The Taliban demanded the release of 90 Taliban detainees by Kabul.", date)
    assert not any(e[1] == "RETREAT" and e[3] == "asserted" for e in found), found


# --- 11. "its" in the predicate: the owner of the clause's subject ------------------------------


def test_its_goes_to_the_owner_of_the_subject() -> None:
    found = events(
        "Kabul's decision to arm tribesmen against the Islamic State has strained its "
        "relations with the Afghan Taliban.",
        "2016-03-01",
    )
    assert not any("Islamic State" in e[0] and "Taliban" in e[2] for e in found), found
    # an actor between the subject and "its" keeps it: "condemned the army for its attacks"
    found = events("Al Qaeda's leaders condemned the army for its attacks on the TTP.")
    assert asserted_between(found, "Army", "Tehrik"), found


# --- 12. contact cut off ----------------------------------------------------------------------


def test_contact_cut_off_is_a_cut() -> None:
    found = events("The Afghan Taliban broke off all contact with the TTP in 2015.", "2016-01-01")
    assert any(e[1] == "REJECT" and e[3] == "asserted" and "Taliban" in e[0] and "Tehrik" in e[2]
               for e in found), found  # fmt: skip
    assert not any(e[1] == "COOPERATE" and e[3] == "asserted" for e in found), found


def test_contact_cut_off_twin() -> None:
    found = events("The Afghan Taliban might break off all contact with the TTP.", "2016-01-01")
    assert not any(e[3] == "asserted" and e[1] in ("REJECT", "COOPERATE") for e in found), found


def test_a_gerund_the_lexicon_has_takes_its_patient_after_of() -> None:
    found = events("The ISI's funding of the Haqqani network alarmed NATO commanders.")
    assert asserted_between(found, "Inter-Services", "Haqqani"), found
    found = events("The ISI's rumoured funding of the Haqqani network alarmed NATO commanders.")
    assert not asserted_between(found, "Inter-Services", "Haqqani"), found
