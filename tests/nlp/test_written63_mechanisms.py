"""Written reports, round 46 of the data (issue 9, helper written63): debriefs, intercepts,
briefings, UN monitoring reports and court filings. Classes met over the work half, each
fixed as a mechanism for its family of wordings and tested on invented sentences (none of
them a labelled item) with asserted twins, and negated or look-alike twins that must keep
their reading."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, api_events, assert_events, named_events


# -- a) a report thrown out by a verb of rejecting in the two shapes the object test missed:
# the report as the passive subject ("X's account that ... was rejected by Y") and a plural
# report word after "as <label>" that the parser reads as a verb of saying ("rejected as lies
# reports that ..."; modality._rejected_report)
@pytest.mark.parametrize(
    "text",
    [
        "The governor's account that Lashkar-e-Taiba instructors had trained Haqqani recruits "
        "in Kunar was rejected by two army generals.",
        "The courier's statement that Al Qaeda had paid the Pakistani Taliban a monthly stipend "
        "was rejected as hearsay by the prosecutors.",
        "A Haqqani network spokesman rejected as slander reports that the network's commanders "
        "had sheltered Al Qaeda couriers in Miranshah.",
        "The Taliban's spokesman dismissed as lies claims that the movement's shura had sent "
        "money to Lashkar-e-Taiba.",
    ],
)  # fmt: skip
def test_rejected_report_tells_nothing(text: str) -> None:
    assert_events(named_events(text, "2014-05-01"), gives_not=[("", None, "")])


@pytest.mark.parametrize(
    "text",
    [
        "The governor's account that Lashkar-e-Taiba instructors had trained Haqqani recruits "
        "in Kunar was confirmed by two army generals.",
        "The governor's account that Lashkar-e-Taiba instructors had trained Haqqani recruits "
        "in Kunar was repeated by two army generals.",
    ],
)  # fmt: skip
def test_confirmed_report_keeps_its_training(text: str) -> None:
    assert_events(named_events(text, "2014-05-01"), gives=[("Lashkar", "AID", "Haqqani")])


def test_rejected_as_lies_reports_keeps_the_speaker() -> None:
    """The misread report word is no speaker: the denial is the spokesman's."""
    events = api_events(
        "The Haqqani network's spokesman rejected as lies reports that its commanders had "
        "sheltered Al Qaeda couriers.",
        "2014-05-01",
    )
    aid = [e for e in events if e["event_type"] == "AID"]
    assert aid and all(e["modality"] == "denied" for e in aid)
    assert all("spokesman" in ((e.get("attributed_to") or {}).get("name") or "") for e in aid)


# -- b) a clause after "but"/"though" that throws out what was reported before it: a verb of
# naming that calls the report something of disbelief or falsity ("but skeptics called the
# report wishful thinking"), or a rejecting verb with the report as its object ("though the
# ministry dismissed the account"): the report is doubted (written._report_waved_away)
@pytest.mark.parametrize(
    "text",
    [
        "Afghan officials said the Haqqani network had lent ISKP fighters a safe house in "
        "Jalalabad, but diplomats in Kabul called the report wishful thinking.",
        "In an intercepted call, a TTP commander said Al Qaeda had sent his men explosives, "
        "though a senior officer described the account as guesswork.",
        "Officials said Lashkar-e-Taiba had trained Al Qaeda recruits in Kunar, but the "
        "Pakistani foreign ministry rejected the report.",
    ],
)  # fmt: skip
def test_report_waved_away_afterwards_is_doubted(text: str) -> None:
    assert_events(named_events(text, "2017-05-01"), gives_not=[("", ("AID", "COOPERATE"), "")])


@pytest.mark.parametrize(
    "text",
    [
        "Afghan officials said the Haqqani network had lent ISKP fighters a safe house in "
        "Jalalabad, and diplomats in Kabul called the report credible.",
        "Afghan officials said the Haqqani network had lent ISKP fighters a safe house in "
        "Jalalabad, but nobody in Kabul called the report wishful thinking.",
        "The Haqqani network lent ISKP fighters a safe house in Jalalabad, but diplomats "
        "called the raid that followed a failure.",
        "Afghan officials said the Haqqani network had lent ISKP fighters a safe house in "
        "Jalalabad, but diplomats in Kabul called the report premature.",
    ],
)  # fmt: skip
def test_report_praised_or_not_waved_away_keeps_the_aid(text: str) -> None:
    """Praise, a negated naming and a judgement of timing ("premature", round 44) leave the
    report standing."""
    assert_events(named_events(text, "2017-05-01"), gives=[("Haqqani", None, "Islamic State")])


# -- c) "no proof / no sign" with "that" left out before a clause of a verb of living or
# hiding with its own subject and a whole phrase ("no proof the leaders were living under
# Y's protection"): the clause is the evidence noun's content (modality._gapless_clause,
# cues.yaml residing_verbs)
@pytest.mark.parametrize(
    "text",
    [
        "Western diplomats said they had no proof the Afghan Taliban's leaders were living "
        "under ISI protection in Quetta.",
        "Investigators found no sign the Haqqani network's commanders were hiding under "
        "Pakistani army protection in Kurram.",
    ],
)  # fmt: skip
def test_no_proof_of_protection_asserts_nothing(text: str) -> None:
    assert_events(named_events(text, "2011-05-01"), gives_not=[ANYTHING])


@pytest.mark.parametrize(
    "text",
    [
        "Western diplomats said they had proof the Afghan Taliban's leaders were living under "
        "ISI protection in Quetta.",
        "Western diplomats said the Afghan Taliban's leaders were living under ISI protection "
        "in Quetta.",
    ],
)  # fmt: skip
def test_proof_of_protection_keeps_the_shelter(text: str) -> None:
    assert_events(named_events(text, "2011-05-01"), gives=[("Inter-Services", "AID", "Taliban")])


# -- e) a "for" phrase the parser hangs on the place of a thing given ("provided / rented two
# safe houses in Peshawar for Y's couriers") names the receiver (code._beneficiary_after_place)
@pytest.mark.parametrize(
    "text",
    [
        "The detainee stated that a Haqqani network quartermaster had rented two flats in "
        "Rawalpindi for Al Qaeda's couriers.",
        "A Lashkar-e-Taiba organiser provided a guesthouse near Muridke for Taliban envoys, "
        "according to a court filing.",
    ],
)  # fmt: skip
def test_for_after_the_place_names_the_receiver(text: str) -> None:
    found = named_events(text, "2012-05-01")
    assert any(e[1] == "AID" and e[3] == "asserted" for e in found), found


def test_accusation_stands_when_its_charge_is_rejected_afterwards() -> None:
    """An accusation was made even when the accused then rejects the charge."""
    found = named_events(
        "Kabul blamed the Haqqani network for the bombing, but a Haqqani spokesman rejected "
        "the accusation.",
        "2017-05-01",
    )
    assert_events(found, gives=[("", "ACCUSE", "Haqqani")])


@pytest.mark.parametrize(
    "text",
    [
        "The detainee stated that a Haqqani network quartermaster had not rented any flats in "
        "Rawalpindi for Al Qaeda's couriers.",
        "A Lashkar-e-Taiba organiser provided a guesthouse in a district known for Taliban "
        "envoys, according to a court filing.",
        "A Lashkar-e-Taiba organiser rented a guesthouse near Muridke from a Taliban "
        "financier, according to a court filing.",
    ],
)  # fmt: skip
def test_for_after_the_place_negated_or_not_a_receiver(text: str) -> None:
    assert_events(named_events(text, "2012-05-01"), gives_not=[("", "AID", "")])


def test_debriefed_shelter_keeps_its_attribution() -> None:
    """An event told in a detainee's debrief keeps the detainee as its source of report."""
    events = api_events(
        "The detainee stated that a Haqqani network quartermaster had rented two flats in "
        "Rawalpindi for Al Qaeda's couriers.",
        "2012-05-01",
    )
    aid = [e for e in events if e["event_type"] == "AID" and e["modality"] == "asserted"]
    assert aid
    assert all((e.get("attributed_to") or {}).get("name") == "The detainee" for e in aid)
