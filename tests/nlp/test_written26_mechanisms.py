"""Written reports, round 26 (issue 9, helper written26): mechanisms found on round26_work and
on the lead's leftover classes, each tested on invented sentences with hedged, negated or
look-alike twins that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, id_events, named_events


# -- an ended habit: "X used to shelter Y until T, when a quarrel ended the arrangement" --------
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("The Taliban's Helmand commanders used to shelter Al Qaeda trainers until 2012, when "
         "a dispute over money ended the arrangement.", "Taliban", "Qaeda"),
        ("The Haqqani network hosted Al Qaeda fighters until 2014, when a quarrel between "
         "their commanders ended the arrangement.", "Haqqani", "Qaeda"),
        ("Tribal elders sheltered Taliban fighters in their villages until 2010, when the "
         "arrangement was terminated.", "elders", "Taliban"),
    ],
)  # fmt: skip
def test_an_ended_arrangement_ends_the_tie(text: str, source: str, target: str) -> None:
    found = named_events(text, "2015-01-01")
    assert_events(found, gives=[(source, "REJECT", target)])


@pytest.mark.parametrize(
    "text",
    [
        # hedged: no tie is asserted, so none is ended
        "The Haqqani network is thought to have hosted Al Qaeda fighters until 2014, when a "
        "quarrel ended the arrangement.",
        # a third party ends it: coded on its own, not as the host's rejection
        "The Haqqani network hosted Al Qaeda fighters until 2014, when the ISI ended the "
        "arrangement.",
        # an arrangement of another kind, not the one the clause ends
        "The Haqqani network hosted Al Qaeda fighters until 2014, when a dispute ended an "
        "arrangement with the ISI.",
    ],
)  # fmt: skip
def test_no_ended_tie_without_an_asserted_own_arrangement(text: str) -> None:
    found = named_events(text, "2015-01-01")
    assert_events(found, gives_not=[("Haqqani", "REJECT", "Qaeda")])


# -- designations the parser misreads: an adverbial before the verb, a passive's "by" ---------
@pytest.mark.parametrize(
    "text,target",
    [
        ("The State Department on Tuesday designated Hurras al-Din a terrorist organisation.",
         "Hurras"),
        ("Hurras al-Din was designated a terrorist organisation by the State Department.",
         "Hurras"),
        ("The Haqqani network was designated a foreign terrorist organization by the State "
         "Department in 2012.", "Haqqani"),
    ],
)  # fmt: skip
def test_misparsed_designations_are_sanctions(text: str, target: str) -> None:
    found = named_events(text, "2018-05-22")
    assert_events(found, gives=[("State", "SANCTION", target)])


@pytest.mark.parametrize(
    "text",
    [
        "Hurras al-Din was not designated a terrorist organisation by the State Department.",
        "Hurras al-Din may be designated a terrorist organisation by the State Department.",
        "Hurras al-Din will be designated a terrorist organisation by the State Department "
        "next week.",
        "The State Department on Tuesday may designate Hurras al-Din a terrorist organisation.",
    ],
)  # fmt: skip
def test_designations_not_made_are_not_asserted(text: str) -> None:
    found = named_events(text, "2018-05-22")
    assert_events(found, gives_not=[("State", "SANCTION", "Hurras")])


def test_a_by_phrase_on_an_event_noun_names_its_author_not_the_agent() -> None:
    # "footage of attacks by Y": Y attacked; nobody is sanctioned or accused by Y
    found = named_events("The Haqqani network was shown footage of attacks by the Islamic "
                         "State.", "2018-05-22")  # fmt: skip
    assert_events(found, gives_not=[("Islamic State", ("SANCTION", "ACCUSE"), "Haqqani")])


# -- "swore" read as an adjective of "allegiance": the pledge kept --------------------------
def test_an_oath_verb_read_as_an_adjective_is_the_pledge() -> None:
    found = named_events("Several TTP commanders in Orakzai swore allegiance to the Islamic "
                         "State.", "2014-10-20")  # fmt: skip
    assert_events(found, gives=[("Tehrik", "SUPPORT", "Islamic State")])


@pytest.mark.parametrize(
    "text",
    [
        "Several TTP commanders in Orakzai never swore allegiance to the Islamic State.",
        "Several TTP commanders in Orakzai may have sworn allegiance to the Islamic State.",
        "TTP commanders in Orakzai denied that they swore allegiance to the Islamic State.",
        "If TTP commanders in Orakzai swore allegiance to the Islamic State, the movement "
        "would expel them.",
    ],
)  # fmt: skip
def test_oaths_not_sworn_are_not_asserted(text: str) -> None:
    found = named_events(text, "2014-10-20")
    assert_events(found, gives_not=[("Tehrik", "SUPPORT", "Islamic State")])


# -- "Group (Leader)": a group glossed with its own leader is the group, not a faction -------
@pytest.mark.parametrize(
    "text,date,source,target",
    [
        ("Lashkar-e-Taiba (Hafiz Saeed) sent trainers to help the Afghan Taliban.",
         "2009-10-01", "org:let", "org:afghan-taliban"),
        ("The Haqqani network (Sirajuddin Haqqani) sheltered Al Qaeda commanders in Miranshah.",
         "2012-01-01", "org:haqqani-network", "org:al-qaeda"),
        ("Tehrik-i-Taliban Pakistan (Noor Wali Mehsud) attacked a Frontier Corps post.",
         "2023-01-01", "org:ttp", "org:frontier-corps"),
    ],
)  # fmt: skip
def test_a_group_glossed_with_its_leader_is_the_group(
    text: str, date: str, source: str, target: str
) -> None:
    found = id_events(text, date)
    assert any(s == source and t == target and m == "asserted" for s, _e, t, m in found), found


@pytest.mark.parametrize(
    "text,modality",
    [
        ("Lashkar-e-Taiba (Hafiz Saeed) did not send trainers to help the Afghan Taliban.",
         "negated"),
        ("The panel could not establish whether Lashkar-e-Taiba (Hafiz Saeed) had supplied "
         "explosives to the Afghan Taliban.", "uncertain"),
    ],
)  # fmt: skip
def test_a_glossed_group_keeps_the_modality(text: str, modality: str) -> None:
    found = id_events(text, "2009-10-01")
    pairs = [(s, m) for s, _e, t, m in found if t == "org:afghan-taliban"]
    assert pairs and all(s == "org:let" and m == modality for s, m in pairs), found


def test_a_qualifier_the_knowledge_base_does_not_tie_to_the_group_stays_a_faction() -> None:
    found = id_events("Lashkar-e-Taiba (Abdul Kobo) attacked the Afghan Taliban.", "2009-10-01")
    assert found and all(s != "org:let" for s, _e, _t, _m in found), found


# -- "P, a Libyan who had trained Y": the nationality word is the person, not the country ------
def test_a_nationality_in_apposition_is_the_person() -> None:
    found = named_events("Al Qaeda's Abu Laith al-Libi, a Libyan who had trained Taliban "
                         "fighters in the 1990s, was killed in January.", "2008-03-01")  # fmt: skip
    assert_events(found, gives=[("Qaeda", "AID", "Taliban")],
                  gives_not=[("Libya", "AID", "Taliban")])  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Abu Laith al-Libi, an Egyptian who had trained Taliban fighters, was killed in January.",
        "Abu Laith al-Libi, a Libyan, may have trained Taliban fighters.",
    ],
)  # fmt: skip
def test_no_country_acts_through_a_nationality_word(text: str) -> None:
    found = named_events(text, "2008-03-01")
    assert_events(found, gives_not=[("Egypt", "AID", "Taliban"), ("Libya", "AID", "Taliban"),
                                    ("", "AID", "Taliban")])  # fmt: skip


# -- "X beheaded Y's commanders; they then attacked Z": they = X --------------------------------
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("IS-K fighters beheaded a group of Taliban commanders in Achin; they then attacked the "
         "district's elders.", "Islamic State", "elders"),
        ("The army raided a TTP compound in Bajaur; it later arrested Haqqani commanders in "
         "Kurram.", "Pakistan", "Haqqani"),
    ],
)  # fmt: skip
def test_a_sequel_pronoun_after_a_semicolon_is_the_subject(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2016-02-01")
    assert_events(found, gives=[(source, ("ASSAULT", "COERCE"), target)])


def test_a_sequel_pronoun_keeps_the_modality() -> None:
    found = named_events("IS-K fighters beheaded Taliban commanders in Achin; they then may have "
                         "attacked the district's elders.", "2016-02-01")  # fmt: skip
    assert_events(found, gives=[("Islamic State", "ASSAULT", "elders", "uncertain")],
                  gives_not=[("", "ASSAULT", "elders")])  # fmt: skip


def test_without_a_sequel_adverb_the_nearest_party_stands() -> None:
    # "; they retaliated": the party just struck answers; no adverb carries the subject over
    found = named_events("IS-K fighters beheaded a group of Taliban commanders in Achin; they "
                         "retaliated against the district's elders.", "2016-02-01")  # fmt: skip
    assert_events(found, gives_not=[("Islamic State", "ASSAULT", "elders")])


# -- a tip-off whose "of" phrase the parser hangs on a place or a time noun -------------------
@pytest.mark.parametrize(
    "text",
    [
        "ISI officers warned Haqqani commanders in Miranshah of an American strike.",
        "ISI officers warned Haqqani commanders of an American strike hours before it hit.",
        "Intercepted calls showed ISI officers warning Haqqani commanders in Miranshah of an "
        "American strike hours before it hit.",
    ],
)  # fmt: skip
def test_a_warning_of_a_third_party_strike_is_a_tip_off(text: str) -> None:
    found = named_events(text, "2009-06-02")
    assert_events(found, gives=[("Inter", "AID", "Haqqani")],
                  gives_not=[("Inter", "THREATEN", "Haqqani")])  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "ISI officers did not warn Haqqani commanders in Miranshah of an American strike.",
        "ISI officers may have warned Haqqani commanders in Miranshah of an American strike.",
        "ISI officers are said to have warned Haqqani commanders in Miranshah of an American "
        "strike.",
    ],
)  # fmt: skip
def test_tip_offs_not_given_are_not_asserted(text: str) -> None:
    found = named_events(text, "2009-06-02")
    assert_events(found, gives_not=[("Inter", "AID", "Haqqani")])


def test_a_state_warning_of_its_own_operation_stays_a_threat() -> None:
    found = named_events("The army warned TTP commanders in Miranshah of a military operation "
                         "days before it began.", "2014-06-01")  # fmt: skip
    assert_events(found, gives_not=[("Pakistan", "AID", "Tehrik")])


# -- "seized in a raid carried out (jointly) by X and Y" --------------------------------------
def test_the_doers_of_the_act_noun_are_the_passive_agents() -> None:
    found = named_events("Mullah Baradar was seized in a raid carried out by the ISI and the "
                         "CIA.", "2010-02-16")  # fmt: skip
    assert_events(found, gives=[("Inter", "COERCE", "Taliban"), ("Central", "COERCE", "Taliban")])


def test_a_raid_carried_out_jointly_is_a_joint_operation() -> None:
    found = named_events("Mullah Baradar was seized in a Karachi raid carried out jointly by "
                         "the ISI and the CIA, officials said.", "2010-02-16")  # fmt: skip
    assert_events(found, gives=[("Inter", "COOPERATE", "Central"),
                                ("Central", "COOPERATE", "Inter")])  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Mullah Baradar was not seized in a raid carried out jointly by the ISI and the CIA.",
        "Mullah Baradar may have been seized in a raid carried out jointly by the ISI and the "
        "CIA.",
        "Pakistan denied that Baradar was seized in a raid carried out jointly by the ISI and "
        "the CIA.",
    ],
)  # fmt: skip
def test_no_joint_raid_or_capture_asserted_when_the_clause_is_not(text: str) -> None:
    found = named_events(text, "2010-02-16")
    assert_events(found, gives_not=[("", ("COOPERATE", "COERCE"), "")])


def test_without_jointly_two_doers_are_not_made_partners() -> None:
    found = named_events("Mullah Baradar was seized in a raid carried out by the ISI and the "
                         "CIA.", "2010-02-16")  # fmt: skip
    assert_events(found, gives_not=[("Inter", "COOPERATE", "Central")])
