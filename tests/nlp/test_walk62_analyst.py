"""An analyst's Ethiopia and north-east Syria files (walk62, issues 9 and 10), as behaviour.

- A fighting noun in the "of" phrase of a noun that names a truce ("signed a cessation of
  hostilities", "agreed to a suspension of hostilities") is what the truce stops, not an
  attack by the signatories at the signing (mechanisms.truce_named_fighting, cues.yaml
  ``truce_naming_nouns``); "sign" takes such a truce as its object (AGREE).
- A verb coordinated inside a reported clause whose object pronoun takes up that clause's
  own subject ("X said Y was a branch of Z and vowed to drive it out") is the speaker's act:
  a plain pronoun never stands for its own clause's subject
  (mechanisms.speaker_of_taken_up_conjunct).
- The coalition against Islamic State named bare beside its Syrian partner or its enemy
  ("the coalition", "coalition forces") is the US-led coalition (united_states.yaml).
"""

from __future__ import annotations

from conftest import id_events

SUDAN = "country:sudan"
RSF = "org:rapid-support-forces"
US = "org:us-military"
SDF = "org:sdf"


def test_a_signed_cessation_of_hostilities_is_an_agreement_not_fighting() -> None:
    signed = id_events(
        "The Sudanese army and the Rapid Support Forces signed a cessation of hostilities"
        " in Jeddah.",
        "2023-05-20",
    )
    assert (SUDAN, "AGREE", RSF, "asserted") in signed
    assert not [e for e in signed if e[1] == "ASSAULT"]
    suspended = id_events(
        "Al-Shabaab and the Somali government agreed to a suspension of hostilities.", "2019"
    )
    assert not [e for e in suspended if e[1] == "ASSAULT"]
    assert [e for e in suspended if e[1] == "AGREE" and e[3] == "asserted"]
    # refused or not signed, it is never an asserted agreement
    unsigned = id_events("Hamas and Israel did not sign a cessation of hostilities.", "2024")
    assert not [e for e in unsigned if e[3] == "asserted"]


def test_a_cessation_of_a_partys_own_raids_keeps_the_raids() -> None:
    found = id_events("Kenya demanded a cessation of al-Shabaab's raids on Mandera.", "2012")
    assert [e for e in found if e[0] == "org:al-shabaab" and e[1] == "ASSAULT"]


def test_a_vow_to_drive_out_the_reported_subject_is_the_speakers() -> None:
    found = id_events(
        "Nairobi officials said al-Shabaab was a proxy of Eritrea and threatened to crush it.",
        "2010-03-01",
    )
    assert not [e for e in found if e[0] == "org:al-shabaab" and e[1] in ("THREATEN", "ASSAULT")]
    assert [e for e in found if e[1] == "THREATEN" and e[2] == "org:al-shabaab"]
    # with no pronoun taking the subject up, the reported subject keeps its vow
    kept = id_events(
        "Police said al-Shabaab fighters gathered in Mandera and vowed to attack Kenya.", "2012"
    )
    assert ("org:al-shabaab", "THREATEN", "country:kenya", "future") in kept


def test_the_coalition_against_islamic_state_is_the_us_led_one() -> None:
    trained = id_events(
        "The coalition continued to train and equip the SDF against Islamic State in Raqqa.",
        "2018-06-01",
    )
    assert (US, "AID", SDF, "asserted") in trained
    raid = id_events(
        "Coalition forces and the SDF captured an ISIS financier near Hajin.", "2019-01-10"
    )
    assert [e for e in raid if e[0] == US and e[2] == "org:islamic-state"]
    assert not [e for e in raid if e[0].startswith("open:")]
    # a coalition government is no foreign coalition
    other = id_events("The coalition government in Baghdad condemned the SDF.", "2019-05-01")
    assert not [e for e in other if US in (e[0], e[2])]
