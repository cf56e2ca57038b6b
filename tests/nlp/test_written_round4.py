"""Written-report mechanisms, fourth round (issue 9): hyphenated tie compounds ("Al
Qaeda-linked militants" are not Al Qaeda), the grounds of a charge or a judgement ("sanctioned
X for funding Y": X funds, alleged), negation over verbs joined by "or" ("did not shelter X or
fund Y"), and hosted gatherings ("hosted talks between X and Y": no shelter).

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


# --- 1. "X-linked militants" are not X ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Taliban-linked gunmen attacked an Afghan police post in Ghazni.",
        "Al Qaeda-linked fighters clashed with Pakistani troops in Bajaur.",
        "Haqqani-inspired militants bombed a U.S. convoy near Gardez.",
    ],
)
def test_tie_compound_members_are_not_the_named_group(text: str) -> None:
    found = events(text)
    assert not {e for e in found if e[3] == "asserted" and e[0] in (
        "Afghan Taliban", "Al Qaeda", "Haqqani Network") and e[1] == "ASSAULT"}, found  # fmt: skip


@pytest.mark.parametrize(
    ("text", "group", "target"),
    [
        ("Taliban gunmen attacked an Afghan police post in Ghazni.", "Taliban", "Afghan"),
        ("Haqqani militants bombed a U.S. convoy near Gardez.", "Haqqani", "United"),
    ],
)
def test_group_name_before_a_member_noun_still_is_the_group(
    text: str, group: str, target: str
) -> None:
    found = events(text)
    assert {e[1] for e in asserted_between(found, group, target)} == {"ASSAULT"}, found


def test_backed_compound_names_the_backer_of_unnamed_militants() -> None:
    found = events("ISI-backed militants attacked Afghan police in Kunar.")
    assert not asserted_between(found, "Inter-Services", "Afghan"), found


# --- 2. the grounds of a charge or a judgement: the object does the act -------------------


def test_sanction_for_an_act_alleges_the_objects_act() -> None:
    found = events("Washington sanctioned two ISI officers for sheltering Haqqani leaders.")
    assert ("Inter-Services Intelligence", "AID", "Haqqani Network", "uncertain") in found, found
    assert not asserted_between(found, "U.S.", "Haqqani"), found
    assert {e[1] for e in asserted_between(found, "U.S.", "Inter-Services")} == {"SANCTION"}


def test_arrest_for_an_act_is_no_act_of_the_arresting_side() -> None:
    found = events("Afghan police arrested two Haqqani commanders for attacking a U.S. base.")
    assert not asserted_between(found, "Afghan", "U.S."), found
    assert not asserted_between(found, "Haqqani", "U.S."), found  # the charge, alleged


def test_praise_for_an_act_presupposes_the_objects_act() -> None:
    found = events("Washington praised the Pakistani army for attacking TTP bases.")
    assert {e[1] for e in asserted_between(found, "Pakistan Army", "Tehrik")} == {"ASSAULT"}
    assert not asserted_between(found, "U.S.", "Tehrik"), found


def test_negated_praise_keeps_the_praiser_out_of_the_act() -> None:
    found = events("Washington did not praise the Pakistani army for attacking TTP bases.")
    assert not asserted_between(found, "U.S.", "Tehrik"), found
    assert not asserted_between(found, "U.S.", "Pakistan Army"), found


# --- 3. negation over verbs joined by "or" ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban did not shelter Al Qaeda or fund the TTP.",
        "The Taliban never sheltered Al Qaeda or funded the TTP.",
        "Pakistani officials said the ISI had not trained the Taliban or armed the TTP.",
    ],
)
def test_negation_scopes_over_a_disjoined_verb(text: str) -> None:
    found = events(text)
    assert not {e for e in found if e[3] == "asserted" and e[1] in ("AID", "SUPPORT")}, found


def test_no_longer_over_a_disjoined_verb_ends_both_ties() -> None:
    found = events("The Taliban no longer shelter Al Qaeda or fund the TTP.")
    assert not {e for e in found if e[3] == "asserted" and e[1] == "AID"}, found
    assert {e[1] for e in asserted_between(found, "Taliban", "Tehrik")} == {"REJECT"}, found


def test_and_after_a_negated_verb_keeps_the_second_act() -> None:
    found = events("The Taliban did not shelter Al Qaeda and funded the TTP.")
    assert ("Afghan Taliban", "AID", "Al Qaeda", "negated") in found, found
    assert ("Afghan Taliban", "AID", "Tehrik-i-Taliban Pakistan", "asserted") in found, found


# --- 4. hosting a gathering is no shelter -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan hosted a meeting of Taliban and Afghan government delegates.",
        "Qatar hosted talks between Taliban negotiators and U.S. envoys.",
    ],
)
def test_hosted_gathering_gives_no_aid_to_participants(text: str) -> None:
    found = events(text)
    assert not {e for e in found if e[1] == "AID"}, found


def test_hosting_people_is_shelter() -> None:
    found = events("The Haqqani network hosted Al Qaeda trainers in North Waziristan.")
    assert {e[1] for e in asserted_between(found, "Haqqani", "Al Qaeda")} == {"AID"}, found


def test_denied_hosting_is_not_asserted() -> None:
    found = events("Haqqani elders denied that the network hosted Al Qaeda trainers.")
    assert not asserted_between(found, "Haqqani", "Al Qaeda"), found


# --- 5. a past-tense verb read as a modifier: "Pakistan hosted Taliban leaders" -----------


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan hosted Taliban leaders in Quetta.",
        "Pakistan long sheltered Taliban leaders in Quetta.",
        "Afghan officials said that Pakistan hosted Taliban leaders in Quetta.",
    ],
)
def test_verb_read_as_a_modifier_is_still_the_verb(text: str) -> None:
    found = events(text)
    assert ("Pakistan", "AID", "Afghan Taliban", "asserted") in found, found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Pakistani officials denied that Pakistan hosted Taliban leaders in Quetta.", "denied"),
        ("Pakistan never hosted Taliban leaders in Quetta.", "negated"),
        ("Pakistan allegedly hosted Taliban leaders in Quetta.", "uncertain"),
        ("If Pakistan hosted Taliban leaders in Quetta, Kabul would protest.", "hypothetical"),
    ],
)
def test_verb_read_as_a_modifier_keeps_its_modality(text: str, modality: str) -> None:
    found = events(text)
    assert ("Pakistan", "AID", "Afghan Taliban", modality) in found, found
    assert not {e for e in found if e[3] == "asserted"}, found


def test_participle_of_a_noun_is_no_verb() -> None:
    found = events("The wounded Taliban leaders were treated in Quetta.")
    assert not found, found


# --- 6. a modal over "no longer": the end is only possible ------------------------------


def test_possible_end_of_shelter_is_not_asserted() -> None:
    found = events("The Taliban may no longer shelter Al Qaeda.")
    assert ("Afghan Taliban", "REJECT", "Al Qaeda", "uncertain") in found, found
    assert not {e for e in found if e[3] == "asserted"}, found


def test_future_end_of_shelter_is_future() -> None:
    found = events("The Taliban will no longer shelter Al Qaeda.")
    assert not {e for e in found if e[3] == "asserted"}, found


def test_plain_end_of_shelter_is_asserted() -> None:
    found = events("The Taliban no longer shelter Al Qaeda.")
    assert ("Afghan Taliban", "REJECT", "Al Qaeda", "asserted") in found, found


# --- 7. agreeing to a hostile act is no agreement with its target -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan agreed to arrest TTP commanders.",
        "The Afghan government agreed to expel Haqqani envoys from Kabul.",
    ],
)
def test_agreeing_to_act_against_a_group_is_no_agreement_with_it(text: str) -> None:
    found = events(text)
    assert not {e for e in found if e[1] == "AGREE"}, found
    assert not {e for e in found if e[3] == "asserted"}, found  # the act is only promised


def test_agreeing_to_a_concession_names_its_beneficiary() -> None:
    found = events("Washington agreed to lift sanctions on the Taliban.")
    assert {e[1] for e in asserted_between(found, "U.S.", "Taliban")} == {"AGREE"}, found


# --- 8. a clause called a claim that someone rejects ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The ISI tipped off Haqqani commanders, a claim Pakistan rejects.",
        "The Haqqani network attacked the U.S. embassy, an allegation the group denies.",
        "The ISI funded the TTP's bombing campaign, a charge that Islamabad has dismissed.",
    ],
)
def test_clause_taken_back_by_a_rejected_claim_is_not_asserted(text: str) -> None:
    found = events(text)
    assert found and not {e for e in found if e[3] == "asserted"}, found


def test_clause_called_a_confirmed_claim_stays_asserted() -> None:
    found = events("The ISI tipped off Haqqani commanders, a claim Pakistan confirms.")
    assert ("Inter-Services Intelligence", "AID", "Haqqani Network", "asserted") in found


def test_rejected_claim_takes_back_only_its_own_sentence() -> None:
    found = events("The ISI tipped off Haqqani commanders. Later the army arrested TTP men, a "
                   "claim the TTP rejects.")  # fmt: skip
    assert ("Inter-Services Intelligence", "AID", "Haqqani Network", "asserted") in found


# --- 9. a later clause that leaves the report unverified --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "There were reports that the Taliban had executed two Al Qaeda couriers, but they "
        "could not be verified.",
        "The Taliban executed two Al Qaeda couriers, though this has not been independently "
        "confirmed.",
        "The Taliban executed two Al Qaeda couriers, but the reports remain unverified.",
    ],
)
def test_report_left_unverified_is_uncertain(text: str) -> None:
    found = events(text)
    assert ("Afghan Taliban", "ASSAULT", "Al Qaeda", "uncertain") in found, found
    assert not {e for e in found if e[3] == "asserted"}, found


def test_report_confirmed_later_stays_asserted() -> None:
    found = events("The Taliban executed two Al Qaeda couriers, but officials confirmed it.")
    assert ("Afghan Taliban", "ASSAULT", "Al Qaeda", "asserted") in found, found


# --- 10. a participle after a negated verb is not negated --------------------------------


def test_blaming_after_a_denied_act_is_an_accusation() -> None:
    found = events(
        "The TTP's spokesman said the group had not killed the tribal elders, blaming the "
        "army instead."
    )
    assert ("Tehrik-i-Taliban Pakistan", "ACCUSE", "Pakistan Army", "asserted") in found, found
    assert not {e for e in found if e[3] == "asserted" and e[1] == "ASSAULT"}, found


def test_participle_under_a_denial_stays_denied() -> None:
    found = events("The TTP denied killing the tribal elders and blaming the army.")
    assert not {e for e in found if e[3] == "asserted"}, found


# --- 11. a group known as "<Name> Organization/Front/Movement" before a member noun ------


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Badr fighters attacked Islamic State positions near Tikrit.", "Badr Organization"),
        ("Nusra fighters attacked Hurras al-Din positions in Idlib.", "Nusra Front"),
    ],
)
def test_bare_name_of_an_organisation_before_fighters_is_the_group(text: str, group: str) -> None:
    found = events(text)
    assert {e[0] for e in found if e[1] == "ASSAULT" and e[3] == "asserted"} == {group}, found


def test_bare_name_of_an_organisation_keeps_a_denial() -> None:
    found = events("Badr commanders denied that Badr fighters attacked Islamic State positions.")
    assert not {e for e in found if e[3] == "asserted"}, found


def test_demonym_before_fighters_names_no_organisation() -> None:
    found = events("Syrian fighters attacked Islamic State positions.")
    assert not found, found


# --- 12. a negated claim names no author; agreeing to act against a party ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Neither the Haqqani network nor Al Qaeda claimed the attack on the U.S. embassy.",
        "The Haqqani network did not claim the attack on the U.S. embassy.",
    ],
)
def test_negated_claim_asserts_no_attack(text: str) -> None:
    found = events(text)
    assert not {e for e in found if e[3] == "asserted"}, found


def test_claim_of_an_attack_is_asserted() -> None:
    found = events("The Haqqani network claimed the attack on the U.S. embassy.")
    assert {e[1] for e in asserted_between(found, "Haqqani", "U.S.")} == {"ASSAULT"}, found


def test_agreeing_to_prevent_a_party_is_no_agreement_with_it() -> None:
    found = events("The Taliban agreed in principle to prevent Al Qaeda from using Afghan soil.")
    assert not {e for e in found if e[1] == "AGREE" and e[3] == "asserted"}, found


def test_agreeing_to_meet_a_party_is_an_agreement_with_it() -> None:
    found = events("The Taliban agreed to meet Al Qaeda envoys.")
    assert ("Afghan Taliban", "AGREE", "Al Qaeda", "asserted") in found, found
