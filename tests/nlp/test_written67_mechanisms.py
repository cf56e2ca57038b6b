"""Written reports, round 50 of the data (issue 9, helper written67): chained attribution,
officials contradicting one another, relations told through leaders' names and in nouns,
lists and time shifts. Classes met over the work halves of rounds 49 and 50, each fixed as a
mechanism for its family of wordings and tested on invented sentences (none of them a
labelled item) with look-alike twins that must keep their reading."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- a) a seizure in the infinitive of purpose of a verb of coming is the errand the party
# came on, not told as done (cues.yaml errand_verbs; modality.errand_purpose)
@pytest.mark.parametrize(
    ("text", "captor", "held"),
    [
        ("Two policemen who came to arrest the Lashkar-e-Taiba organisers in Gujranwala were "
         "shot dead at the gate, a police report said.", "Pakistan", "Lashkar-e-Taiba"),
        ("Afghan intelligence agents arrived at the guesthouse to detain a Haqqani network "
         "financier, but he had slipped away hours earlier.", "Afghan", "Haqqani"),
        ("Frontier Corps troops went into the bazaar to seize the Pakistani Taliban's tax "
         "collectors and found the shops shuttered.", "Pakistan", "Tehrik-i-Taliban"),
    ],
)  # fmt: skip
def test_seizure_a_party_came_to_make_is_not_asserted(text: str, captor: str, held: str) -> None:
    found = named_events(text, "2013-04-10")
    assert_events(found, gives=[(captor, "COERCE", held, "hypothetical")],
                  gives_not=[(captor, "COERCE", held)])  # fmt: skip


def test_went_on_to_seize_tells_what_followed() -> None:
    # "went on to" is what happened next: the capture is asserted
    found = named_events("Pakistani soldiers cleared the ridge and went on to capture three "
                         "Haqqani network commanders in a cave.", "2014-07-01")  # fmt: skip
    assert_events(found, gives=[("Pakistan", "COERCE", "Haqqani")])


def test_seizure_done_in_a_coordinated_clause_stays_asserted() -> None:
    # a plain coordination is not a purpose: the arrest is told as done
    found = named_events("Rangers came to the seminary at dawn and arrested two Lashkar-e-Taiba "
                         "recruiters.", "2015-02-03")  # fmt: skip
    assert_events(found, gives=[("Pakistan", "COERCE", "Lashkar-e-Taiba")])


# -- b) an act noun whose passive verb sets it for a date or place is on a calendar, not told
# as held (cues.yaml arranged_for_verbs; modality._scheduled_subject)
@pytest.mark.parametrize(
    "text",
    [
        "A meeting between envoys of the Haqqani network and Al Qaeda had been arranged for "
        "Mir Ali, a courier told his interrogators, but the Arabs never came.",
        "Talks between the Pakistani Taliban and the Afghan Taliban were scheduled for the "
        "last week of Ramadan, a tribal elder said.",
        "A round of negotiations between Lashkar-e-Taiba's envoys and the Quetta shura was set "
        "for March in Peshawar.",
    ],
)  # fmt: skip
def test_act_noun_arranged_for_a_date_or_place_is_not_asserted(text: str) -> None:
    found = named_events(text, "2011-06-01")
    assert_events(found, gives_not=[("", "CONSULT", "")])


def test_meeting_arranged_by_a_party_without_a_for_phrase_keeps_its_reading() -> None:
    # "arranged by X in 2010" tells who brought the parties together: the meeting stands
    found = named_events("A meeting between the Haqqani network and the Inter-Services "
                         "Intelligence was arranged by a retired brigadier in 2010.",
                         "2012-01-01")  # fmt: skip
    assert_events(found, gives=[("Haqqani", "CONSULT", "Inter-Services")])


# -- c) a group's specialist named in apposition is its man (cues.yaml one_member_nouns)
@pytest.mark.parametrize(
    ("text", "doer", "group"),
    [
        ("An American drone killed Saad Ali, the Haqqani network's explosives specialist, "
         "near Miranshah on Friday.", "United States", "Haqqani"),
        ("Pakistani troops shot dead Qari Anwar, the Pakistani Taliban's chief bomb maker, in a "
         "raid near Tank.", "Pakistan", "Tehrik-i-Taliban"),
        ("A CIA drone strike killed Mustafa Hamid Zaidan, Al Qaeda's poisons expert, in North "
         "Waziristan.", "Central Intelligence", "Al Qaeda"),
    ],
)  # fmt: skip
def test_specialist_of_a_group_stands_for_it(text: str, doer: str, group: str) -> None:
    found = named_events(text, "2010-09-10")
    assert_events(found, gives=[(doer, "ASSAULT", group)])


def test_specialist_of_a_group_in_a_denial_stays_denied() -> None:
    found = named_events("The Haqqani network denied that its explosives expert, Saad Ali, had "
                         "trained the Pakistani Taliban's bombers.", "2010-09-10")  # fmt: skip
    assert_events(found, gives_not=[("Haqqani", "AID", "Tehrik-i-Taliban")])
