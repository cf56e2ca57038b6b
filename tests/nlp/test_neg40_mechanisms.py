"""Modality probes, round neg40 (issue 9: precision on written reports and headlines), on
invented sentences.

Classes of phrasing, not sentences: a report taken back or corrected, or told as untrue by an
adverb on its verb of speech; a rumour's clause (also where the parser reads its "that" as an
object); a headline question with its auxiliary dropped; a warning by unnamed people about a
party's plans, and the act of a condition inside a warning; "neither X nor Y" after a
preposition. Each class has twins that must stay asserted. None of the sentences comes from a
benchmark, a dev set or a news file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events

LEAD = "The convoy was hit on Monday night. "  # a document, not a headline


def _asserted(text: str, date: str = "2014-05-01") -> set[tuple[str, str, str, str]]:
    return {e for e in named_events(LEAD + text, date) if e[3] == "asserted"}


def _headline(text: str, date: str = "2014-05-01") -> set[tuple[str, str, str, str]]:
    return {e for e in named_events(text, date) if e[3] == "asserted"}


# -- a. a report taken back, corrected or told as untrue --------------------------------------
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (
            "A previous version of this story incorrectly reported that the TTP had bombed an "
            "army convoy in Bajaur.",
            "ASSAULT",
        ),
        (
            "An earlier report mistakenly said Pakistani troops had killed a Haqqani commander in "
            "Kurram.",
            "ASSAULT",
        ),
        (
            "The first dispatch wrongly stated that the Haqqani network had attacked the NDS "
            "office in Khost.",
            "ASSAULT",
        ),
        (
            "The newspaper later corrected its report that Al Qaeda had paid the Taliban for "
            "protection.",
            "AID",
        ),
        (
            "The ministry withdrew its statement that police had arrested a Lashkar-e-Taiba "
            "commander.",
            "COERCE",
        ),
        (
            "The TTP later retracted its claim of responsibility for the attack on the Frontier "
            "Corps camp.",
            "ASSAULT",
        ),
    ],
)
def test_a_a_report_taken_back_or_told_as_untrue_is_not_asserted(text: str, etype: str) -> None:
    assert_events(_asserted(text), gives_not=[("", etype, "")])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        (
            "The first dispatch stated that the Haqqani network had attacked the NDS office in "
            "Khost.",
            "Haqqani",
            "ASSAULT",
            "Afghan",
        ),
        (
            "The newspaper repeated its report that Al Qaeda had paid the Taliban for protection.",
            "Qaeda",
            "AID",
            "Taliban",
        ),
        (
            "The ministry stood by its statement that police had arrested a Lashkar-e-Taiba "
            "commander.",
            "police",
            "COERCE",
            "Lashkar",
        ),
        (
            "The TTP claimed responsibility for the attack on the Frontier Corps camp.",
            "Tehrik",
            "ASSAULT",
            "Frontier",
        ),
        (
            "An earlier report correctly said Pakistani troops had killed a Haqqani commander in "
            "Kurram.",
            "Pakistan",
            "ASSAULT",
            "Haqqani",
        ),
    ],
)
def test_a_twins_a_report_kept_stays_asserted(text: str, source: str, etype: str,
                                              target: str) -> None:  # fmt: skip
    assert_events(_asserted(text), gives=[(source, etype, target)])


# -- b. a rumour tells hearsay unless it is confirmed -----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A rumour that Lashkar-e-Taiba had merged with the TTP was never confirmed.",
        "A rumour that the ISI had armed the Taliban was never confirmed.",
        "The rumour that the army had killed twelve TTP fighters could not be verified.",
    ],
)
def test_b_an_unconfirmed_rumour_is_not_asserted(text: str) -> None:
    assert_events(_asserted(text), gives_not=[("", ("COOPERATE", "AID", "ASSAULT"), "")])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        (
            "A rumour that Lashkar-e-Taiba had merged with the TTP was confirmed by both groups.",
            "Lashkar",
            "COOPERATE",
            "Tehrik",
        ),
        (
            "Officials confirmed the rumour that the army had killed twelve TTP fighters.",
            "Pakistan",
            "ASSAULT",
            "Tehrik",
        ),
        ("Officials said the ISI had armed the Taliban.", "Inter-Services", "AID", "Taliban"),
    ],
)
def test_b_twins_a_confirmed_rumour_or_a_plain_report_stays_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])


# -- c. a headline question with its auxiliary dropped ----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "ISI helping Taliban again?",
        "Haqqanis sheltering Al Qaeda chief in Khost?",
        "Pakistan army arming Afghan Taliban?",
    ],
)
def test_c_a_headline_question_is_not_asserted(text: str) -> None:
    assert_events(_headline(text), gives_not=[("", ("AID",), "")])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("ISI helping Taliban again, says report", "Inter-Services", "AID", "Taliban"),
        (
            "Pakistan army killed 12 TTP fighters in Bajaur: end of the truce?",
            "Pakistan",
            "ASSAULT",
            "Tehrik",
        ),
        (
            "After the army killed 12 TTP fighters in Bajaur, is peace still possible?",
            "Pakistan",
            "ASSAULT",
            "Tehrik",
        ),
        ("Why did the ISI help the Taliban?", "Inter-Services", "AID", "Taliban"),
    ],
)
def test_c_twins_a_statement_or_a_presupposed_act_stays_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_headline(text), gives=[(source, etype, target)])


# -- d. a warning by unnamed people, and the act of a condition, are no threat ----------------
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The TTP is planning attacks on police stations in Dera Ismail Khan, officials warned.",
            "Tehrik",
        ),
        (
            "Islamic State Khorasan will attack Taliban checkpoints in Kunar, analysts warned.",
            "Islamic State",
        ),
        (
            "If the TTP attacks the army again, Pakistan will strike its hideouts, the defence "
            "minister warned.",
            "Tehrik",
        ),
    ],
)
def test_d_no_threat_from_a_party_others_warn_about(text: str, source: str) -> None:
    assert_events(_asserted(text), gives_not=[(source, "THREATEN", "")])


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The TTP warned that it would attack police stations in Dera Ismail Khan.",
            "Tehrik",
            "police",
        ),
        (
            "The TTP threatened to attack Punjab police stations if the province hanged its "
            "commanders.",
            "Tehrik",
            "police",
        ),
        (
            "If the TTP attacks the army again, Pakistan will strike its hideouts, the defence "
            "minister warned.",
            "Pakistan",
            "Tehrik",
        ),
        (
            "Officials warned the TTP that the army would strike its bases in Tirah.",
            "Pakistan",
            "Tehrik",
        ),
    ],
)
def test_d_twins_a_party_s_own_warning_is_a_threat(text: str, source: str, target: str) -> None:
    assert_events(_asserted(text), gives=[(source, "THREATEN", target)])


# -- e. "neither X nor Y" after a preposition ------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network received money from neither the ISI nor the Saudis.",
        "The ISI gave weapons to neither the Taliban nor the TTP.",
    ],
)
def test_e_neither_nor_after_a_preposition_negates(text: str) -> None:
    assert_events(_asserted(text), gives_not=[("", "AID", "")])


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The Haqqani network received money from both the ISI and the Saudis.",
            "Inter-Services",
            "Haqqani",
        ),
        ("The ISI gave weapons to the Taliban and the TTP.", "Inter-Services", "Tehrik"),
    ],
)
def test_e_twins_both_and_stays_asserted(text: str, source: str, target: str) -> None:
    assert_events(_asserted(text), gives=[(source, "AID", target)])


# -- f. "will do X only if Y ..." sets terms: no threat --------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Taliban will expel Al Qaeda only if Washington lifts sanctions.",
        "The army will strike the TTP only if it attacks first.",
    ],
)
def test_f_an_act_promised_only_if_is_no_threat(text: str) -> None:
    assert_events(_asserted(text), gives_not=[("", "THREATEN", "")])


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The army will strike the TTP unless it lays down its arms.", "Pakistan", "Tehrik"),
        ("The Taliban will expel Al Qaeda if it attacks Pakistan again.", "Taliban", "Qaeda"),
    ],
)
def test_f_twins_unless_and_if_stay_threats(text: str, source: str, target: str) -> None:
    assert_events(_asserted(text), gives=[(source, "THREATEN", target)])


# -- g. a report told "without evidence" -----------------------------------------------------
def test_g_a_claim_without_evidence_is_not_asserted() -> None:
    text = "The report claimed, without evidence, that the ISI funded the TTP."
    assert_events(_asserted(text), gives_not=[("", "AID", "")])


@pytest.mark.parametrize(
    "text",
    [
        "The report said, citing intercepts, that the ISI funded the TTP.",
        "The report claimed that the ISI funded the TTP without any oversight.",
    ],
)
def test_g_twins_a_sourced_report_stays_asserted(text: str) -> None:
    assert_events(_asserted(text), gives=[("Inter-Services", "AID", "Tehrik")])


# -- h. "turned out to be fabricated": the word of falsity read as a passive participle -------
@pytest.mark.parametrize(
    "text",
    [
        "Reports that the Islamic State had executed Nusra commanders turned out to be fabricated.",
        "The claim that the TTP had attacked the army post proved to be fabricated.",
    ],
)
def test_h_a_report_proved_fabricated_is_not_asserted(text: str) -> None:
    assert_events(_asserted(text), gives_not=[("", "ASSAULT", "")])


def test_h_twin_a_report_proved_accurate_stays_asserted() -> None:
    text = "Reports that the Islamic State had executed Nusra commanders turned out to be accurate."
    assert_events(_asserted(text), gives=[("Islamic State", "ASSAULT", "Nusra")])


# -- i. an act plotted is only planned, unless the object names a known act -------------------
@pytest.mark.parametrize(
    ("text", "headline"),
    [
        ("The TTP is plotting an attack on the army, officials said.", False),
        ("Alleged LeT operative held for plotting attack on army", True),
    ],
)
def test_i_a_plotted_attack_is_not_asserted(text: str, headline: bool) -> None:
    found = _headline(text) if headline else _asserted(text)
    assert_events(found, gives_not=[("", "ASSAULT", "")])


def test_i_twin_a_plotted_known_attack_stays_asserted() -> None:
    text = "Al Qaeda plotted the 2009 attack on the ISI office in Peshawar."
    assert_events(_asserted(text), gives=[("Qaeda", "ASSAULT", "Inter-Services")])


# -- j. "never again": the parser hangs "never" on the adverb --------------------------------
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Al Qaeda never again attacked the TTP.", "ASSAULT"),
        ("Al Qaeda never again sent trainers to the TTP after 2012.", "AID"),
    ],
)
def test_j_never_again_negates(text: str, etype: str) -> None:
    assert_events(_asserted(text), gives_not=[("", etype, "")])


@pytest.mark.parametrize(
    "text",
    [
        "Al Qaeda attacked the TTP again in 2013.",
        "Al Qaeda not only attacked the TTP but also killed its commander.",
    ],
)
def test_j_twins_again_and_not_only_stay_asserted(text: str) -> None:
    assert_events(_asserted(text), gives=[("Qaeda", "ASSAULT", "Tehrik")])
