"""Written reports, round 51 of the data (issue 9, helper written68): contested reports and
the hard negatives real reports hold. Classes met over the work halves of rounds 49 to 51,
each fixed as a mechanism for its family of wordings and tested on invented sentences (none
of them a labelled item) with look-alike twins that must keep their reading."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- a) "X and Y avoided each other": two parties keeping apart, neither shunning the other
# (events.yaml avoid: not_with_reciprocal_object; code._spared)
@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network and Al Qaeda's Arab fighters avoided each other in Shawal for most "
        "of 2012, a tribal elder said.",
        "Lashkar-e-Taiba and the Pakistani Taliban have avoided one another since the army's "
        "operation began, a police officer in Lahore said.",
    ],
)  # fmt: skip
def test_mutual_avoidance_is_no_event(text: str) -> None:
    found = named_events(text, "2013-01-10")
    assert not any(t == "REJECT" for _s, t, _o, _m in found), found


def test_one_party_avoiding_another_is_still_shunning() -> None:
    found = named_events("The Afghan Taliban avoided Al Qaeda's envoys for a year after the "
                         "quarrel, a former minister said.", "2012-05-01")  # fmt: skip
    assert_events(found, gives=[("Afghan Taliban", "REJECT", "Al Qaeda")])


# -- b) "a joint raid by X and Y, A said; B said its men alone had made the arrest": the
# co-agent's part is contested, only what both tell is kept (cues.yaml sole_agency_words;
# written.sole_agency_rebuttal)
@pytest.mark.parametrize(
    ("text", "kept", "dropped"),
    [
        ("Two Haqqani network couriers were arrested in Peshawar in a joint operation by "
         "Pakistani police and the FBI, an American official said, but the police chief "
         "insisted his officers had acted alone.", "Pakistani police",
         "U.S. Federal Bureau of Investigation"),
        ("A Lashkar-e-Taiba financier was detained in Rawalpindi in a joint raid by the ISI and "
         "the CIA, a congressional aide said; Pakistan's army said its agents alone had made "
         "the arrest.", "Inter-Services Intelligence", "U.S. Central Intelligence Agency"),
    ],
)  # fmt: skip
def test_sole_agency_rebuttal_drops_the_contested_co_agent(
    text: str, kept: str, dropped: str
) -> None:
    found = {(s, t, o) for s, t, o, m in named_events(text, "2011-03-01") if m == "asserted"}
    assert any(s == kept and t == "COERCE" for s, t, _o in found), found
    assert not any(s == dropped and t == "COERCE" for s, t, _o in found), found
    assert not any(t == "COOPERATE" and {s, o} == {kept, dropped} for s, t, o in found), found


def test_joint_raid_without_rebuttal_keeps_both_doers() -> None:
    found = named_events("Two Haqqani network couriers were arrested in Peshawar in a joint "
                         "operation by Pakistani police and the FBI, an American official "
                         "said.", "2011-03-01")  # fmt: skip
    assert_events(found, gives=[("Pakistani police", "COERCE", "Haqqani Network"),
                                ("U.S. Federal Bureau of Investigation", "COERCE",
                                 "Haqqani Network")])  # fmt: skip


def test_another_party_named_as_sole_doer_contests_nothing() -> None:
    found = named_events("Afghan commandos and American special forces raided a Taliban jail "
                         "in Helmand, freeing forty prisoners, Afghan officials said, adding "
                         "that the Haqqani network alone had run it.", "2015-01-01")  # fmt: skip
    assert_events(found, gives=[("Afghan National Army", "ASSAULT", "Afghan Taliban"),
                                ("U.S. military", "ASSAULT", "Afghan Taliban")])  # fmt: skip


# -- c) "was carried out by X with the help of Y": the phrase of backing on a passive clause
# backs the "by" agent (written._phrase_clause; written.backing_phrases)
def test_help_phrase_on_a_passive_backs_the_agent() -> None:
    found = named_events("The ambush of the Afghan army convoy near Gardez was staged by "
                         "Haqqani fighters with the help of Pakistani intelligence officers, "
                         "an Afghan general said.", "2012-09-01")  # fmt: skip
    isi = "Inter-Services Intelligence"
    assert_events(found, gives=[(isi, "AID", "Haqqani Network")],
                  gives_not=[(isi, ("AID", "SUPPORT"), "Afghan")])  # fmt: skip


def test_help_phrase_on_a_hedged_passive_stays_hedged() -> None:
    found = named_events("The raid on the Taliban depot may have been carried out by Afghan "
                         "commandos with the support of American aircraft.",
                         "2016-01-01")  # fmt: skip
    ana = "Afghan National Army"
    assert_events(found, gives=[("United States", "AID", ana, "uncertain")],
                  gives_not=[("United States", "AID", ana, "asserted")])  # fmt: skip


# -- d) "a letter X sent to Y": the message is what was sent, no aid (code.SentenceCoder,
# message_nouns, also when the parser hangs the gap as "in a letter" on the verb)
@pytest.mark.parametrize(
    "text",
    [
        "In a letter the Haqqani network sent to Al Qaeda's leaders, the network asked for "
        "more money.",
        "The Pakistani Taliban's shura, in a message its spokesman sent to Lashkar-e-Taiba, "
        "complained about the Punjabi recruits.",
    ],
)  # fmt: skip
def test_message_sent_in_a_relative_clause_is_no_aid(text: str) -> None:
    found = named_events(text, "2011-01-01")
    assert not any(t == "AID" for _s, t, _o, _m in found), found


def test_goods_sent_in_a_relative_clause_stay_aid() -> None:
    found = named_events("The rifles the ISI sent to the Taliban were seized at Torkham.",
                         "2009-01-01")  # fmt: skip
    assert_events(found, gives=[("Inter-Services Intelligence", "AID", "Afghan Taliban")])


# -- e) "by X working with Y": the partner shares the act and the two cooperate both ways
# (cues.yaml joint_working_verbs, joint_working_preps; written.working_partners)
def test_partner_of_a_by_agent_shares_the_act() -> None:
    found = named_events("A Lashkar-e-Taiba recruiter was arrested in Lahore by Pakistani "
                         "police working with the FBI, a court was told.",
                         "2010-01-01")  # fmt: skip
    assert_events(found, gives=[
        ("Pakistani police", "COERCE", "Lashkar-e-Taiba"),
        ("U.S. Federal Bureau of Investigation", "COERCE", "Lashkar-e-Taiba"),
        ("U.S. Federal Bureau of Investigation", "COOPERATE", "Pakistani police"),
        ("Pakistani police", "COOPERATE", "U.S. Federal Bureau of Investigation")])  # fmt: skip


def test_working_in_a_place_names_no_partner() -> None:
    found = named_events("Pakistani police working in Quetta arrested two Haqqani network "
                         "couriers.", "2010-01-01")  # fmt: skip
    assert_events(found, gives=[("Pakistani police", "COERCE", "Haqqani")],
                  gives_not=[("", "COOPERATE", "")])  # fmt: skip
