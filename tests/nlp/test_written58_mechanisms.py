"""Written reports, round 41 of the data (issue 9, helper written58): classes met over the work
halves, each fixed as a mechanism for its whole family of wordings, tested on invented
sentences (none of them a labelled item) with negated, hedged or look-alike twins that must
not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, named_events


# -- a report taken off its publisher's pages ("was later removed from its channel", "deleted
# its statement that ...") is taken back: what it told is denied (cues.yaml
# report_taking_back_verbs; modality._taken_back_report)
@pytest.mark.parametrize(
    "text",
    [
        "The Pakistani Taliban's claim that its fighters had ambushed an army convoy in Tank was "
        "later removed from the group's website.",
        "The Pakistani Taliban deleted their statement that their men had ambushed an army "
        "convoy in Tank.",
    ],
)  # fmt: skip
def test_a_removed_report_asserts_nothing(text: str) -> None:
    assert_events(named_events(text, "2013-04-01"), gives_not=[ANYTHING])


@pytest.mark.parametrize(
    "text",
    [
        "The Pakistani Taliban's claim that its fighters had ambushed an army convoy in Tank was "
        "later repeated on the group's website.",
        "The Pakistani Taliban repeated their statement that their men had ambushed an army "
        "convoy in Tank.",
    ],
)  # fmt: skip
def test_a_kept_report_still_asserts_the_claim(text: str) -> None:
    assert_events(
        named_events(text, "2013-04-01"), gives=[("Taliban Pakistan", "ASSAULT", "Pakistan")]
    )


# -- holding back what was due from a party sanctions it ("withheld a tranche of aid from X";
# events.yaml 'withhold')
def test_withheld_funds_sanction_the_party() -> None:
    found = named_events(
        "The Saudi government withheld a promised grant from the Afghan government after a row "
        "over the border.",
        "2009-03-01",
    )
    assert_events(found, gives=[("Saudi", "SANCTION", "Afghan")])


@pytest.mark.parametrize(
    "text",
    [
        "The Saudi government did not withhold the promised grant from the Afghan government.",
        "The Saudi government may withhold a promised grant from the Afghan government.",
        "The Saudi government threatened to withhold a promised grant from the Afghan government.",
    ],
)  # fmt: skip
def test_withheld_funds_twins_assert_no_sanction(text: str) -> None:
    assert_events(named_events(text, "2009-03-01"), gives_not=[("Saudi", "SANCTION", "Afghan")])


# -- leading a party's people along a route is an escort (events.yaml 'guide')
def test_guiding_a_partys_men_is_an_escort() -> None:
    found = named_events(
        "Haqqani scouts guided Al Qaeda's Arab fighters over the passes into Kurram.", "2002-01-10"
    )
    assert_events(found, gives=[("Haqqani", "AID", "Qaeda")])


@pytest.mark.parametrize(
    "text",
    [
        "Haqqani scouts refused to guide Al Qaeda's Arab fighters over the passes into Kurram.",
        "Haqqani scouts denied that they had guided Al Qaeda's fighters into Kurram.",
        "Haqqani scouts may have guided Al Qaeda's Arab fighters over the passes into Kurram.",
    ],
)  # fmt: skip
def test_guiding_twins_assert_no_escort(text: str) -> None:
    assert_events(named_events(text, "2002-01-10"), gives_not=[("Haqqani", "AID", "Qaeda")])


# -- a causative "have" with the party and a past participle: the subject does the act to the
# party (written.causative_participles, cues.yaml causative_verbs; 'flog', 'whip')
@pytest.mark.parametrize(
    "text,etype",
    [
        ("The Taliban had three Islamic State recruiters flogged and jailed in Herat.", "ASSAULT"),
        ("The Taliban had three Islamic State recruiters flogged and jailed in Herat.", "COERCE"),
        ("The Afghan Taliban had the Islamic State courier arrested at a checkpoint.", "COERCE"),
        ("The Taliban had two Islamic State fighters executed in Kandahar.", "ASSAULT"),
    ],
)  # fmt: skip
def test_a_causative_have_does_the_act_to_the_party(text: str, etype: str) -> None:
    assert_events(named_events(text, "2022-05-01"), gives=[("Taliban", etype, "Islamic State")])


@pytest.mark.parametrize(
    "text",
    [
        "The Taliban never had the Islamic State courier arrested.",
        "The Taliban may have had the Islamic State courier arrested.",
        "The Taliban wanted to have the Islamic State courier arrested.",
        "The Taliban had the Islamic State courier released.",
    ],
)  # fmt: skip
def test_causative_twins_assert_no_act(text: str) -> None:
    found = named_events(text, "2022-05-01")
    assert_events(found, gives_not=[("Taliban", ("COERCE", "ASSAULT"), "Islamic State")])


def test_a_causative_have_with_an_agent_or_own_men_is_no_act_of_the_subject() -> None:
    found = named_events("The ISI had its agents trained by Lashkar-e-Taiba.", "2005-01-01")
    assert_events(found, gives_not=[("Inter-Services", "AID", "Lashkar")])
    found = named_events("The army had three soldiers killed in the ambush.", "2010-01-01")
    assert_events(found, gives_not=[("Pakistan", "ASSAULT", "")])


# -- a present participle hung on the subject ("officials meeting in Riyadh agreed to ...") is
# told as happening: the verb whose subject it describes does not govern it
# (modality._reduced_relative_on_subject)
@pytest.mark.parametrize(
    "text",
    [
        "Saudi and American officials meeting in Jeddah agreed to pool their files on AQAP "
        "couriers.",
        "Saudi officials meeting Taliban envoys in Jeddah decided to keep the talks secret.",
    ],
)  # fmt: skip
def test_a_meeting_on_the_subject_is_asserted(text: str) -> None:
    assert_events(named_events(text, "2016-02-01"), gives=[("Saudi", "CONSULT", "")])


@pytest.mark.parametrize(
    "text",
    [
        "Saudi and American officials plan to meet in Jeddah to pool their files on AQAP couriers.",
        "Saudi officials agreed to meet Taliban envoys in Jeddah next month.",
        "Saudi officials may meet Taliban envoys in Jeddah.",
    ],
)  # fmt: skip
def test_a_planned_meeting_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2016-02-01"), gives_not=[("Saudi", "CONSULT", "")])
