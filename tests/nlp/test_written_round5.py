"""Written-report mechanisms, fifth round (issue 9, helper written5): peoples standing for a
group only when the text names it ("Arab fighters", "Uzbek fighters"), a finite verb
coordinated with an infinitive outside the refusal or plan over it ("refused to arrest X and
continued to fund Y"), a modal hung on a passive 'be' ("may be opposed to"), bodies abolished
or dissolved (COERCE to their owner), and "his" in a verb's object bound to the verb's
subject when that is a name the knowledge base does not know.

Every sentence here is invented for this file (none comes from a development set, a
benchmark or tests/nlp/data/written); each positive has a negated, hedged or otherwise
trapped twin that must not be asserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_between, named_events


def events(text: str, date: str = "2012-05-06") -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text``."""
    return named_events(text, date)


# --- 1. peoples stand for a group only when the text names the group -----------------------


@pytest.mark.parametrize(
    ("text", "people", "group"),
    [
        ("Arab fighters ambushed an Afghan army patrol in Nuristan.", "Arab", "Al Qaeda"),
        ("Uzbek fighters overran an Afghan army outpost in Faryab.", "Uzbek", "Uzbekistan"),
    ],
)
def test_people_without_their_group_named_stay_a_collective(
    text: str, people: str, group: str
) -> None:
    found = events(text)
    assert asserted_between(found, people, "Afghan"), found
    assert not asserted_between(found, group, "Afghan"), found


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "Al Qaeda set up a camp in Nuristan, and Arab fighters ambushed an Afghan army "
            "patrol nearby.",
            "Al Qaeda",
        ),
        (
            "The Islamic Movement of Uzbekistan moved north in 2015. Uzbek fighters then "
            "overran an Afghan army outpost in Faryab.",
            "Uzbekistan",
        ),
    ],
)
def test_people_stand_for_the_group_the_text_names(text: str, group: str) -> None:
    found = events(text)
    assert {e[1] for e in asserted_between(found, group, "Afghan")} == {"ASSAULT"}, found


def test_people_for_a_named_group_keep_the_hedge() -> None:
    found = events(
        "Al Qaeda set up a camp in Nuristan, and Arab fighters may have ambushed an Afghan "
        "army patrol nearby."
    )
    assert not asserted_between(found, "Al Qaeda", "Afghan"), found
    assert not asserted_between(found, "Arab", "Afghan"), found


# --- 2. a finite verb after an infinitive is the refusal's coordinate ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ISI refused to detain Haqqani couriers and continued to pay the Afghan Taliban.",
        "The ISI declined to detain Haqqani couriers but kept paying the Afghan Taliban.",
        "The ISI planned to detain Haqqani couriers and paid the Afghan Taliban.",
    ],
)
def test_refusal_does_not_reach_a_coordinated_finite_verb(text: str) -> None:
    found = events(text)
    assert {e[1] for e in asserted_between(found, "Inter-Services", "Afghan Taliban")} == {"AID"}, (
        found
    )
    assert not {e for e in asserted_between(found, "Inter-Services", "Haqqani")
                if e[1] in ("COERCE", "ASSAULT")}, found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        # two infinitives under one refusal: both refused
        "The ISI refused to detain Haqqani couriers and pay the Afghan Taliban.",
        # the second verb negated on its own
        "The ISI refused to detain Haqqani couriers and did not pay the Afghan Taliban.",
        # the whole coordination hedged
        "The ISI probably refused to detain Haqqani couriers and probably paid the Afghan Taliban.",
    ],
)
def test_refused_or_negated_coordinates_are_not_asserted(text: str) -> None:
    found = events(text)
    assert not {e for e in asserted_between(found, "Inter-Services", "Afghan Taliban")
                if e[1] == "AID"}, found  # fmt: skip


# --- 3. a modal hung on the passive 'be' ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "asserted"),
    [
        ("Officials said Kenya was opposed to an Ethiopian proposal for talks.", True),
        ("Officials said Kenya may be opposed to an Ethiopian proposal for talks.", False),
        ("Officials said Kenya might be opposed to an Ethiopian proposal for talks.", False),
        ("Officials said Kenya was probably opposed to an Ethiopian proposal for talks.", False),
        ("Officials said Kenya was not opposed to an Ethiopian proposal for talks.", False),
    ],
)
def test_modal_over_passive_be_is_not_asserted(text: str, asserted: bool) -> None:
    found = events(text)
    rejects = {e for e in found if e[0] == "Kenya" and e[1] == "REJECT"}
    assert rejects, found
    assert any(e[3] == "asserted" for e in rejects) is asserted, found


def test_may_be_over_a_state_is_uncertain() -> None:
    found = events("Kenya may be opposed to an Ethiopian proposal for talks.")
    assert ("Kenya", "REJECT", "Ethiopia", "uncertain") in found, found


# --- 4. bodies abolished or dissolved -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Taliban abolished the Afghan government's election commission in 1997.",
         "Taliban", "Afghan"),
        ("Islamabad dissolved Jamaat-ud-Dawa's relief wing last year.", "Pakistan",
         "Jamaat"),
        ("The TTP disbanded the peace committee that the Pakistani army had formed in Swat.",
         "Tehrik", "Pakistan"),
        ("Al-Shabaab dissolved the district council set up by the Somali government.",
         "Shabaab", "Somali"),
    ],
)  # fmt: skip
def test_abolishing_another_partys_body_is_coercion(text: str, source: str, target: str) -> None:
    found = events(text)
    assert {e[1] for e in asserted_between(found, source, target)} == {"COERCE"}, found


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban did not abolish the Afghan government's election commission.",
        "The Taliban may abolish the Afghan government's election commission.",
        "The Taliban allegedly abolished the Afghan government's election commission.",
        "The Taliban denied that they had abolished the Afghan government's election commission.",
    ],
)
def test_abolishing_negated_or_hedged_is_not_asserted(text: str) -> None:
    found = events(text)
    assert not asserted_between(found, "Taliban", "Afghan"), found


def test_abolishing_ones_own_body_is_no_event() -> None:
    found = events("The TTP disbanded its own shura in Swat in 2010.")
    assert not {e for e in found if e[1] == "COERCE"}, found


def test_dissolving_a_relation_still_ends_ties() -> None:
    found = events("The TTP dissolved its alliance with Lashkar-e-Islam in 2012.")
    assert not {e for e in found if e[1] == "COERCE"}, found


# --- 5. "his" in a verb's object: the subject, when the name is unknown ---------------------


def test_his_in_the_object_is_the_unknown_subjects() -> None:
    found = events(
        "Abu Tariq al-Shami rejected Baghdadi's demands and renewed his oath to Zawahiri.",
        "2014-01-01",
    )
    assert asserted_between(found, "Abu Tariq al-Shami", "Al Qaeda"), found
    assert not asserted_between(found, "Islamic State", "Al Qaeda"), found


def test_his_in_a_negated_object_stays_negated() -> None:
    found = events(
        "Abu Tariq al-Shami rejected Baghdadi's demands and did not renew his oath to Zawahiri.",
        "2014-01-01",
    )
    assert not asserted_between(found, "Abu Tariq al-Shami", "Al Qaeda"), found
    assert not asserted_between(found, "Islamic State", "Al Qaeda"), found


# --- 6. a leader the knowledge base does not know, tied in the sentence ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mawlawi Sher Agha, a TTP commander, met Pakistani officials in Mohmand, and Agha's "
        "fighters later attacked a Pakistani army post.",
        "Mawlawi Sher Agha leads a TTP faction that met Pakistani officials, and Agha's "
        "fighters later attacked a Pakistani army post.",
    ],
)
def test_unknown_leaders_men_are_the_group_the_sentence_ties_him_to(text: str) -> None:
    found = events(text)
    assert {e[1] for e in asserted_between(found, "Tehrik", "Pakistan Army")} == {"ASSAULT"}


@pytest.mark.parametrize(
    "text",
    [
        # the tie negated
        "Mawlawi Sher Agha never led a TTP faction, and Agha's fighters attacked a Pakistani "
        "army post after meeting Pakistani officials.",
        # a former commander's men are not the group's
        "Mawlawi Sher Agha, a former TTP commander, met Pakistani officials in Mohmand, and "
        "Agha's fighters later attacked a Pakistani army post.",
        # the attack hedged
        "Mawlawi Sher Agha, a TTP commander, met Pakistani officials in Mohmand, and Agha's "
        "fighters may have attacked a Pakistani army post.",
    ],
)
def test_untied_or_hedged_leaders_men_assert_nothing_for_the_group(text: str) -> None:
    found = events(text)
    assert not {e for e in asserted_between(found, "Tehrik", "Pakistan Army")
                if e[1] == "ASSAULT"}, found  # fmt: skip


# --- 7. reluctance over a gerund; its other side ------------------------------------------


def test_wary_of_a_cooperative_gerund_is_the_subjects_distancing() -> None:
    found = events("Haqqani commanders have grown wary of sheltering Al Qaeda couriers.")
    assert {e[1] for e in asserted_between(found, "Haqqani", "Al Qaeda")} == {"REJECT"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Haqqani commanders have not grown wary of sheltering Al Qaeda couriers.",
        "Haqqani commanders may be growing wary of sheltering Al Qaeda couriers.",
    ],
)
def test_wary_of_negated_or_hedged_is_not_asserted(text: str) -> None:
    found = events(text)
    assert not asserted_between(found, "Haqqani", "Al Qaeda"), found


def test_wary_of_a_hostile_gerund_has_not_happened() -> None:
    found = events("Haqqani commanders are wary of attacking Pakistani troops in Kurram.")
    assert not asserted_between(found, "Haqqani", "Pakistan"), found


def test_reluctance_over_a_meeting_is_one_sided() -> None:
    found = events("Taliban envoys are reluctant to meet Al Qaeda emissaries in Quetta.")
    assert asserted_between(found, "Taliban", "Al Qaeda"), found
    assert not asserted_between(found, "Al Qaeda", "Taliban"), found


def test_reluctance_of_both_parties_runs_both_ways() -> None:
    found = events("The Haqqani network and Al Qaeda have grown reluctant to cooperate.")
    assert asserted_between(found, "Haqqani", "Al Qaeda"), found
    assert asserted_between(found, "Al Qaeda", "Haqqani"), found


# --- 8. a subject pronoun of a coordinated clause: the first clause's subject ---------------


def test_it_in_a_coordinated_clause_is_the_first_subject() -> None:
    found = events(
        "The ISI has used Jaish-e-Mohammed as a tool against India, and it still funds the "
        "Afghan Taliban's commanders in Quetta."
    )
    assert {e[1] for e in asserted_between(found, "Inter-Services", "Afghan Taliban")} == {"AID"}, (
        found
    )
    assert not {e for e in found if e[0] == "India"}, found


def test_it_in_a_negated_coordinated_clause_stays_negated() -> None:
    found = events(
        "The ISI has used Jaish-e-Mohammed as a tool against India, but it no longer funds "
        "the Afghan Taliban's commanders in Quetta."
    )
    assert not {e for e in asserted_between(found, "Inter-Services", "Afghan Taliban")
                if e[1] == "AID"}, found  # fmt: skip
    assert not {e for e in found if e[0] == "India"}, found


# --- 9. a capacity is not the act -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Al Qaeda has lost its ability to pay Haqqani commanders, a defector said.",
        "Al Qaeda still has the means to pay Haqqani commanders, a defector said.",
        "Al Qaeda lacks the capacity to pay Haqqani commanders, a defector said.",
    ],
)
def test_an_act_named_as_a_capacity_is_not_asserted(text: str) -> None:
    found = events(text)
    assert not asserted_between(found, "Al Qaeda", "Haqqani"), found


@pytest.mark.parametrize(
    "text",
    [
        "Al Qaeda was able to pay Haqqani commanders, a defector said.",
        "Al Qaeda used Gulf money to pay Haqqani commanders, a defector said.",
    ],
)
def test_an_act_done_is_still_asserted(text: str) -> None:
    found = events(text)
    assert {e[1] for e in asserted_between(found, "Al Qaeda", "Haqqani")} == {"AID"}, found


# --- 10. refuge among hosts -----------------------------------------------------------------


def test_refuge_among_hosts_is_their_sanctuary() -> None:
    found = events("Al Qaeda couriers found refuge among Wazir tribesmen in Paktia.")
    assert {e[1] for e in asserted_between(found, "Wazir", "Al Qaeda")} == {"AID"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Al Qaeda couriers never found refuge among Wazir tribesmen in Paktia.",
        "Al Qaeda couriers probably found refuge among Wazir tribesmen in Paktia.",
    ],
)
def test_refuge_among_hosts_negated_or_hedged(text: str) -> None:
    found = events(text)
    assert not asserted_between(found, "Wazir", "Al Qaeda"), found
