"""Modality and coding probes, round neg41 (issue 9: precision on written reports and
headlines), on invented sentences.

Classes of phrasing, not sentences: a headline's "eyes" (looking at an act, not doing it);
an act that "was meant to" happen; ending or refusing an act of violence, which rejects
nobody; an object "him" after a clause joined by "but" (the man of the first clause's
object, not its subject). Each class has twins that must stay asserted, or negative twins
that must not fire. None of the sentences comes from a benchmark, a dev set or a news file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events

LEAD = "The convoy was hit on Monday night. "  # a document, not a headline


def _asserted(text: str, date: str = "2014-05-01") -> set[tuple[str, str, str, str]]:
    return {e for e in named_events(LEAD + text, date) if e[3] == "asserted"}


def _headline(text: str, date: str = "2014-05-01") -> set[tuple[str, str, str, str]]:
    return {e for e in named_events(text, date) if e[3] == "asserted"}


def _all(text: str, date: str = "2014-05-01") -> set[tuple[str, str, str, str]]:
    return set(named_events(LEAD + text, date))


# -- a. a headline's "eyes": the act is looked at, not done ----------------------------------
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Islamic State eyes alliance with TTP splinter group", "COOPERATE"),
        ("Pakistan eyes talks with TTP", "CONSULT"),
        ("TTP eyes attack on army posts in Bajaur", "ASSAULT"),
        ("Afghan Taliban eyeing alliance with Al Qaeda", "COOPERATE"),
        ("Lashkar-e-Taiba eyes merger with Jamaat-ud-Dawa rival", "COOPERATE"),
    ],
)
def test_a_a_headline_eyes_an_act_without_doing_it(text: str, etype: str) -> None:
    assert_events(_headline(text), gives_not=[("", etype, "")])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Islamic State forms alliance with TTP splinter group", "Islamic State", "COOPERATE",
         "Tehrik"),
        ("TTP attacks army posts in Bajaur", "Tehrik", "ASSAULT", "Pakistan"),
        # an eye-witness is no cue: what the witnesses saw was done
        ("Eye witnesses said TTP fighters attacked the police post in Bannu.", "Tehrik",
         "ASSAULT", "police"),
        # "in the eyes of" names whose view it is; the act it frames is asserted
        ("In the eyes of the Haqqanis, the ISI betrayed the Taliban in 2010.",
         "Inter-Services", "REJECT", "Taliban"),
    ],
)  # fmt: skip
def test_a_twins_an_act_done_or_an_eye_that_is_no_looking(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_headline(text), gives=[(source, etype, target)])


# -- b. an act that "was meant to" happen is arranged, not done -------------------------------
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The TTP was meant to attack the police station in Bannu on Friday.", "ASSAULT"),
        ("The Haqqani network was meant to escort the Al Qaeda envoys to Quetta.", "AID"),
        ("Taliban negotiators were meant to meet U.S. officials in Doha that week.", "CONSULT"),
        ("The raid was meant to punish the TTP for the ambush in Bajaur.", "COERCE"),
    ],
)
def test_b_an_act_meant_to_happen_is_not_asserted(text: str, etype: str) -> None:
    assert_events(_asserted(text), gives_not=[("", etype, "")])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The TTP attacked the police station in Bannu on Friday.", "Tehrik", "ASSAULT",
         "police"),
        # "meant" of meaning, no arrangement: the act it introduces is told as done
        ("The truce collapsed, which meant that the TTP attacked the police station in Bannu.",
         "Tehrik", "ASSAULT", "police"),
        ("Taliban negotiators met U.S. officials in Doha that week.", "Taliban", "CONSULT",
         "U.S."),
    ],
)  # fmt: skip
def test_b_twins_an_act_done_stays_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])


# -- c. ending or refusing an act of violence rejects nobody ----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The TTP ceased attacks on Pakistani security forces during the month-long truce.",
        "The TTP stopped its attacks on Pakistani police during Ramadan.",
        "The Afghan Taliban halted raids against Islamic State positions in Kunar.",
        "Islamic State Khorasan ceased its killings of Taliban officials in Jalalabad.",
    ],
)
def test_c_ending_an_attack_is_no_rejection_of_its_target(text: str) -> None:
    events = _all(text)
    assert not {e for e in events if e[1] == "REJECT"}
    assert not {e for e in events if e[1] == "ASSAULT" and e[3] == "asserted"}


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        # ending help or ties is a withdrawal (REJECT), as before
        ("The Haqqani network stopped its support for the TTP after the army's offensive.",
         "Haqqani", "REJECT", "Tehrik"),
        ("The Haqqani network ceased funding the TTP in 2016.", "Haqqani", "REJECT", "Tehrik"),
        ("The Afghan Taliban stopped their cooperation with Al Qaeda in Helmand.", "Taliban",
         "REJECT", "Qaeda"),
        # a ceasefire refused is a rejection of the other party
        ("The TTP refused a ceasefire with the Pakistani army.", "Tehrik", "REJECT",
         "Pakistan"),
        # attacks resumed are attacks
        ("The TTP resumed attacks on Pakistani security forces after the truce collapsed.",
         "Tehrik", "ASSAULT", "Pakistan"),
    ],
)  # fmt: skip
def test_c_twins_ending_help_is_still_a_withdrawal(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])


# -- d. "did not V X but V2 him": him is the first clause's object ----------------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Pakistani troops did not arrest the TTP commander but killed him in a raid in Khyber.",
         "Pakistan", "ASSAULT", "Tehrik"),
        ("Afghan police did not detain the Taliban commander but shot him at the checkpoint.",
         "Afghan", "ASSAULT", "Taliban"),
        ("Pakistani police arrested the TTP commander but released him a day later.",
         "Pakistan", "RETREAT", "Tehrik"),
    ],
)  # fmt: skip
def test_d_him_after_but_is_the_object_of_the_first_clause(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text",
    [
        # the first clause negated, and the second too: nothing asserted
        "Pakistani troops did not arrest the TTP commander and did not kill him either.",
        # hedged second clause
        "Pakistani troops did not arrest the TTP commander but may have killed him.",
    ],
)
def test_d_twins_a_negated_or_hedged_second_clause_stays_unasserted(text: str) -> None:
    assert_events(_asserted(text), gives_not=[("", ("ASSAULT", "COERCE"), "")])


# -- e. a headline's report closed by a word of falsity, wherever the parser hung it ----------
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Report of ISI-Taliban meeting baseless: FO", "CONSULT"),
        ("Report of ISI meeting with Taliban baseless: FO", "CONSULT"),
        ("Reports of Haqqani meeting with Al Qaeda envoys false, says Kabul", "CONSULT"),
    ],
)
def test_e_a_headline_report_called_false_is_not_asserted(text: str, etype: str) -> None:
    assert_events(_headline(text), gives_not=[("", etype, "")])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        # no falsity word: the meeting reported stays
        ("ISI officials met Taliban leaders in Quetta, says report", "Inter-Services",
         "CONSULT", "Taliban"),
        # a falsity word inside another clause, with a verb between, is not the report's
        ("TTP fighters attacked the army post after officials called the warning false.",
         "Tehrik", "ASSAULT", "Pakistan"),
        # "false flag" names no falsity of a report
        ("TTP fighters attacked army post in false flag raid, says ISPR", "Tehrik", "ASSAULT",
         "Pakistan"),
    ],
)  # fmt: skip
def test_e_twins_a_report_not_called_false_stays_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_headline(text), gives=[(source, etype, target)])


# -- f. a statement taken back in a participle or clause on it tells nothing ------------------
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The statement, later withdrawn, said TTP fighters had killed three policemen in "
         "Bannu.", "ASSAULT"),
        ("A report, since retracted, said the ISI had armed the Haqqani network.", "AID"),
        ("The claim, which the ministry later withdrew, said the army had arrested five "
         "Lashkar-e-Taiba men.", "COERCE"),
    ],
)  # fmt: skip
def test_f_a_withdrawn_statement_is_not_asserted(text: str, etype: str) -> None:
    assert_events(_asserted(text), gives_not=[("", etype, "")])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The statement, later confirmed, said TTP fighters had killed three policemen in "
         "Bannu.", "Tehrik", "ASSAULT", "police"),
        ("The statement, never withdrawn, said TTP fighters had killed three policemen in "
         "Bannu.", "Tehrik", "ASSAULT", "police"),
        ("A report, published on Monday, said the ISI had armed the Haqqani network.",
         "Inter-Services", "AID", "Haqqani"),
    ],
)  # fmt: skip
def test_f_twins_a_statement_kept_stays_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])


# -- g. an act only talked over (a gerund of discuss, talk about, deliberate over) ------------
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Taliban's leaders discussed expelling Al Qaeda fighters but reached no decision.",
         "COERCE"),
        ("U.S. officials talked about striking the Haqqani network but never gave the order.",
         "ASSAULT"),
        ("Pakistani generals deliberated over attacking the TTP in Afghanistan.", "ASSAULT"),
    ],
)  # fmt: skip
def test_g_an_act_talked_over_is_not_asserted(text: str, etype: str) -> None:
    assert_events(_asserted(text), gives_not=[("", etype, "")])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The Taliban's leaders expelled Al Qaeda fighters after discussing the matter.",
         "Taliban", "COERCE", "Qaeda"),
        ("U.S. forces struck the Haqqani network after officials talked about the risks.",
         "U.S.", "ASSAULT", "Haqqani"),
        # a noun object may name an act that was made: left as it was
        ("Al Qaeda and the TTP discussed the TTP's attacks on the Pakistani army.", "Tehrik",
         "ASSAULT", "Pakistan"),
    ],
)  # fmt: skip
def test_g_twins_an_act_done_stays_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])


# -- h. "few / little ... if any" on what was given -------------------------------------------
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The ISI gave the Taliban little, if any, money after 2001.", "AID"),
        ("Saudi Arabia gave the Afghan Taliban little if any money in those years.", "AID"),
        ("Al Qaeda sent few fighters, if any, to help the TTP in Swat.", "AID"),
        ("The army killed few TTP fighters, if any, in the Bajaur raid.", "ASSAULT"),
    ],
)
def test_h_few_or_little_if_any_is_none(text: str, etype: str) -> None:
    assert_events(_asserted(text), gives_not=[("", etype, "")])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The ISI gave the Taliban little money after 2001.", "Inter-Services", "AID",
         "Taliban"),
        ("Al Qaeda sent a few fighters to help the TTP in Swat.", "Qaeda", "AID", "Tehrik"),
        ("The army killed a few TTP fighters in the Bajaur raid.", "Pakistan", "ASSAULT",
         "Tehrik"),
    ],
)  # fmt: skip
def test_h_twins_a_little_or_a_few_is_some(text: str, source: str, etype: str, target: str) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])


# -- i. wanting talks with Y backs no one, the talks are only wanted --------------------------
@pytest.mark.parametrize(
    "text",
    [
        "TTP wants talks with Pakistan army",
        "The TTP wants peace talks with the Pakistani government.",
        "The Afghan Taliban want an alliance with Al Qaeda, officials say.",
    ],
)
def test_i_wanting_talks_with_y_is_no_support_of_y(text: str) -> None:
    found = named_events(text, "2022-06-01")
    assert not {e for e in found if e[1] in ("SUPPORT", "CONSULT", "COOPERATE")
                and e[3] == "asserted"}  # fmt: skip


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The ISI backs the Haqqani network.", "Inter-Services", "SUPPORT", "Haqqani"),
        # endorsing or backing (not wanting) a relation with Y stays a backing of Y
        ("Taliban leaders endorsed the agreement with the United States.", "Taliban",
         "SUPPORT", "United States"),
        ("Pakistan held talks with the TTP in Kabul.", "Pakistan", "CONSULT", "Tehrik"),
        # the owner of the relation backed is backed
        ("The ISI backed the Taliban's alliance with Al Qaeda.", "Inter-Services", "SUPPORT",
         "Taliban"),
    ],
)  # fmt: skip
def test_i_twins_backing_a_party_or_talks_held_stay(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_headline(text, "2022-06-01"), gives=[(source, etype, target)])


# -- j. "X warns Y of more attacks": X's own attacks to come, a threat, no tip-off -------------
@pytest.mark.parametrize(
    "text",
    [
        "TTP warns Pakistan of more attacks",
        "The TTP warned Pakistan of further attacks if the army did not withdraw.",
        "IS-K warns Taliban of fresh attacks in Kabul",
    ],
)
def test_j_a_warning_of_more_attacks_is_a_threat(text: str) -> None:
    found = named_events(text, "2022-06-01")
    assert_events(found, gives_not=[("", "AID", "")])
    assert {e for e in found if e[1] == "THREATEN"}


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # an act with its doer named, or an operation by others: a tip-off as before
        ("Al Qaeda warned the Taliban of more attacks by the Islamic State.", "Qaeda",
         "Taliban"),
        ("The Haqqani network warned Al Qaeda of a raid.", "Haqqani", "Qaeda"),
    ],
)  # fmt: skip
def test_j_twins_a_tip_off_about_others_stays_aid(text: str, source: str, target: str) -> None:
    assert_events(named_events(text, "2016-06-01"), gives=[(source, "AID", target)])


# -- k. a report whose content clause is called unverified or false, in the same sentence -----
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Reports that the Haqqani fighters were sheltered by the ISI are unconfirmed.", "AID"),
        ("Reports that the ISI had sheltered the Haqqani fighters remain unverified.", "AID"),
        ("Claims that Al Qaeda paid the TTP are false, the group said.", "AID"),
    ],
)
def test_k_a_report_called_unverified_or_false_is_not_asserted(text: str, etype: str) -> None:
    assert_events(_asserted(text, "2016-01-01"), gives_not=[("", etype, "")])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        # a predicate that neither checks nor falsifies the report leaves it as it was
        ("Reports that the ISI had sheltered the Haqqani fighters angered Kabul.",
         "Inter-Services", "AID", "Haqqani"),
        ("Officials confirmed that the ISI had sheltered the Haqqani fighters.",
         "Inter-Services", "AID", "Haqqani"),
    ],
)  # fmt: skip
def test_k_twins_a_report_not_called_false_stays(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text, "2016-01-01"), gives=[(source, etype, target)])
