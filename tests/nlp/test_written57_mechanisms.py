"""Written reports, round 40 of the data (issue 9, helper written57): classes met over the work
halves, each fixed as a mechanism for its whole family of wordings, tested on invented
sentences (none of them a labelled item) with negated, hedged or look-alike twins that must
not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, named_events


# -- a place after "in" and a direction word ("tribesmen in north Sinai", "in northern Idlib")
# is where something happened, not a branch of a group named in the sentence whose name ends
# in the place's name (completions._locative; headline.yaml locative_directions)
@pytest.mark.parametrize(
    "text,agent",
    [
        ("Members of the Sawarka tribe in north Sinai said they had captured four Islamic State "
         "fighters near Rafah.", "tribe"),
        ("Elders of the Sawarka tribe in northern Sinai said they had seized two Islamic State "
         "gunmen.", "tribe"),
    ],
)  # fmt: skip
def test_a_place_after_a_direction_word_is_no_branch(text: str, agent: str) -> None:
    found = named_events(text, "2016-05-01")
    assert_events(found, gives=[(agent, "COERCE", "Islamic State")])
    assert_events(found, gives_not=[("Sinai", None, "")])


@pytest.mark.parametrize(
    "text",
    [
        "Members of the Sawarka tribe in north Sinai denied that they had captured any Islamic "
        "State fighters near Rafah.",
        "Members of the Sawarka tribe in north Sinai said they might capture Islamic State "
        "fighters if the army paid them.",
    ],
)  # fmt: skip
def test_a_place_after_a_direction_word_twins_assert_nothing(text: str) -> None:
    assert_events(named_events(text, "2016-05-01"), gives_not=[ANYTHING])


# -- a claim told in a relative clause of a message that a party labels false ("dismissed as
# propaganda a video in which X claimed to have killed Y", "rejected as fake the statement in
# which X said ...", "waved away a recording in which ...") is denied, as "dismissed reports
# that X killed Y" is (written.discredited_medium)
@pytest.mark.parametrize(
    "text",
    [
        "The army dismissed as propaganda a video in which the Haqqani network claimed to have "
        "beheaded three Pakistani soldiers.",
        "The army rejected as fake the statement in which the Haqqani network said it had "
        "ambushed a Pakistani army convoy.",
        "Islamabad waved away a recording in which the Pakistani Taliban claimed to have "
        "attacked a Frontier Corps post.",
        "Kabul dismissed as a fabrication the communique in which the Taliban said they had "
        "shot down an Afghan army helicopter.",
    ],
)  # fmt: skip
def test_a_claim_in_a_message_labelled_false_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2016-05-01"), gives_not=[ANYTHING])


@pytest.mark.parametrize(
    "text,source,target",
    [
        ("The army described as authentic a video in which the Haqqani network claimed to have "
         "beheaded three Pakistani soldiers.", "Haqqani", "Pakistan"),
        ("The army did not reject as fake the statement in which the Haqqani network said it had "
         "ambushed a Pakistani army convoy.", "Haqqani", "Pakistan"),
        ("Kabul released a communique in which the Afghan army said it had shot down a Taliban "
         "drone.", "Afghan", "Taliban"),
    ],
)  # fmt: skip
def test_a_message_taken_at_its_word_keeps_its_claim(text: str, source: str, target: str) -> None:
    assert_events(named_events(text, "2016-05-01"), gives=[(source, "ASSAULT", target)])


# -- people named by a relative clause of membership are the group ("arrested 88 people who
# belonged to X", "the arrest of nine men it said belonged to X"), as "militants belonging to
# X" are; a hedged, negated or suspected membership leaves them no one's
# (clauses.people_by_belonging, cues.yaml belonging_reporting_verbs)
@pytest.mark.parametrize(
    "text,agent,group",
    [
        ("Saudi police arrested forty people who belonged to an Islamic State cell in Dammam.",
         "Saudi", "Islamic State"),
        ("The Saudi interior ministry announced the arrest of nine men it said belonged to Al "
         "Qaeda in the Arabian Peninsula.", "Saudi", "Al Qaeda"),
        ("Punjab police detained twelve men who belonged to Lashkar-e-Taiba, the provincial "
         "government said.", "Pakistan", "Lashkar"),
    ],
)  # fmt: skip
def test_people_who_belonged_to_a_group_are_the_group(text: str, agent: str, group: str) -> None:
    assert_events(named_events(text, "2016-05-01"), gives=[(agent, "COERCE", group)])


@pytest.mark.parametrize(
    "text",
    [
        "Saudi police arrested forty people who allegedly belonged to an Islamic State cell in "
        "Dammam.",
        "Saudi police arrested forty people who may have belonged to an Islamic State cell in "
        "Dammam.",
        "The Saudi interior ministry announced the arrest of nine men it suspected belonged to "
        "Al Qaeda in the Arabian Peninsula.",
        "Saudi police arrested forty people who had never belonged to an Islamic State cell.",
        "Saudi police did not arrest the forty people who belonged to an Islamic State cell in "
        "Dammam.",
    ],
)  # fmt: skip
def test_people_by_belonging_twins_assert_nothing(text: str) -> None:
    assert_events(named_events(text, "2016-05-01"), gives_not=[ANYTHING])


# -- a reported clause named right after it as a charge ("X said Y had sheltered Z, a charge Y
# rejected") is X's accusation of Y, while the act itself stays denied
# (mechanisms.apposed_charges, cues.yaml charge_apposition_nouns)
@pytest.mark.parametrize(
    "text,speaker,accused",
    [
        ("Islamabad said Kabul had sheltered the Pakistani Taliban in Kunar, a charge the Afghan "
         "government rejected.", "Pakistan", "Afghan"),
        ("Pakistan's envoy told the Afghan foreign ministry that Kabul had let the Pakistani "
         "Taliban regroup in Nuristan, an accusation the ministry denied.", "Pakistan", "Afghan"),
        ("The Taliban said the Haqqani network had withheld its share of the ransom, an "
         "allegation the network's spokesman dismissed.", "Taliban", "Haqqani"),
    ],
)  # fmt: skip
def test_a_clause_named_a_charge_is_the_speakers_accusation(
    text: str, speaker: str, accused: str
) -> None:
    found = named_events(text, "2016-05-01")
    assert_events(found, gives=[(speaker, "ACCUSE", accused)])
    assert_events(found, gives_not=[(accused, "AID", "")])


@pytest.mark.parametrize(
    "text",
    [
        "Islamabad did not say Kabul had sheltered the Pakistani Taliban in Kunar, a charge the "
        "Afghan government had feared.",
        "Islamabad may have said Kabul had sheltered the Pakistani Taliban in Kunar, a charge the "
        "Afghan government rejected.",
        "If Islamabad says Kabul sheltered the Pakistani Taliban in Kunar, a charge the Afghan "
        "government would reject, talks will stall.",
    ],
)  # fmt: skip
def test_apposed_charge_twins_assert_no_accusation(text: str) -> None:
    assert_events(named_events(text, "2016-05-01"), gives_not=[("Pakistan", "ACCUSE", "Afghan")])


# -- an arrangement said by a copula to be over ("their truce with Y was over", "the alliance
# between X and Y is dead", "the pact is void") has ended: distancing, as "the alliance ended"
# is, never an asserted agreement; talks that are over ended as planned
# (modality, cues.yaml ended_predicates)
@pytest.mark.parametrize(
    "text,a,b",
    [
        ("The Pakistani Taliban said their truce with the government was over.",
         "Tehrik-i-Taliban", "Pakistan"),
        ("The alliance between the Taliban and Al Qaeda is dead, a defector told his "
         "interrogators.", "Taliban", "Al Qaeda"),
    ],
)  # fmt: skip
def test_an_arrangement_said_to_be_over_has_ended(text: str, a: str, b: str) -> None:
    found = named_events(text, "2016-05-01")
    assert_events(found, gives=[(a, "REJECT", b)], gives_not=[(a, "AGREE", b), (a, "COOPERATE", b)])


@pytest.mark.parametrize(
    "text",
    [
        "The Pakistani Taliban said their truce with the government was not over.",
        "The Pakistani Taliban said their truce with the government might soon be over.",
        "If their truce with the government is over, the Pakistani Taliban will resume attacks.",
    ],
)  # fmt: skip
def test_an_arrangement_not_said_to_be_over_is_no_rift(text: str) -> None:
    assert_events(named_events(text, "2016-05-01"), gives_not=[("Tehrik-i-Taliban", "REJECT", "")])


def test_talks_that_are_over_are_no_rift() -> None:
    found = named_events(
        "The talks between the Taliban and Pakistan were over by noon.", "2016-05-01"
    )
    assert_events(found, gives_not=[("", "REJECT", "")])
