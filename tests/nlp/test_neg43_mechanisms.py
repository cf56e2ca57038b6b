"""Modality and coding probes, round neg43 (issue 9: precision on written reports and
headlines), on invented sentences.

Classes of phrasing, not sentences: negating phrases such as "in no way" (also where the
parser hangs them on the subject); a negating adverb before its verb ("Nowhere does the
report say ...", "the report nowhere says ..."); "not so much as"; sources discredited in a
clause or an aside ("a source, whom the paper described as unreliable", "posts, none of them
verified,"); confessions and testimony taken back, and claims their maker later retracted; a
headline opened by a label of falsity ("'Fake news': X on report that ..."); negated verbs of
not doing, whose act happened ("did not hesitate to attack"); a receiver read as a first
object of "denied ... safe passage". Each class has twins that must stay asserted, or
negative twins that must not fire. None of the sentences comes from a benchmark, a dev set
or a news file.
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


# -- a. negating phrases: "in no way", "in no sense" ------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The ISI in no way assisted the Haqqani network in 2012, a Pakistani general said.",
         "Inter-Services", "AID", "Haqqani"),
        ("The Afghan Taliban in no sense backed the TTP's campaign, their spokesman said.",
         "Taliban", "SUPPORT", "Tehrik"),
        ("In no way did the army help the Haqqani network escape.", "Pakistan", "AID",
         "Haqqani"),
    ],
)  # fmt: skip
def test_a_a_negating_phrase_negates_its_verb(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives_not=[(source, etype, target)])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The ISI actively assisted the Haqqani network in 2012, a U.S. general said.",
         "Inter-Services", "AID", "Haqqani"),
        # "in no time" means quickly: the act happened
        ("The Afghan Taliban attacked the IS-K fighters in no time.", "Taliban", "ASSAULT",
         "Islamic State"),
    ],
)  # fmt: skip
def test_a_twins_plain_and_in_no_time_stay_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])


# -- b. a negating adverb before its verb -----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Nowhere does the U.N. report say that the ISI armed the TTP.",
        "The U.N. report nowhere says that the ISI armed the TTP.",
    ],
)
def test_b_nowhere_said_asserts_nothing(text: str) -> None:
    assert_events(_asserted(text), gives_not=[("Inter-Services", "AID", "Tehrik")])


def test_b_twins_said_stays_asserted_and_nowhere_after_the_verb_negates_nothing() -> None:
    assert_events(
        _asserted("The U.N. report says that the ISI armed the TTP."),
        gives=[("Inter-Services", "AID", "Tehrik")],
    )
    assert_events(
        _asserted("Talks between the TTP and the Pakistani army went nowhere."),
        gives=[("Tehrik", "CONSULT", "Pakistan")],
    )


# -- c. "not so much as" ----------------------------------------------------------------------
def test_c_not_so_much_as_negates_the_act() -> None:
    found = _asserted(
        "The Haqqani network did not so much as send a delegate to the TTP's meeting in Miranshah."
    )
    assert_events(found, gives_not=[("Haqqani", "", "Tehrik")])


def test_c_twin_even_sent_stays_asserted() -> None:
    found = _asserted("The Haqqani network even sent a delegate to the TTP's meeting in Miranshah.")
    assert_events(found, gives=[("Haqqani", "CONSULT", "Tehrik")])


# -- d. sources discredited in a clause or an aside ------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A single source, whom the newspaper later described as unreliable, said the ISI had "
        "paid Lashkar-e-Taiba.",
        "Posts on Telegram, none of them verified, said the ISI had paid Lashkar-e-Taiba.",
        "The accounts, never confirmed, said the ISI had paid Lashkar-e-Taiba.",
    ],
)
def test_d_a_discredited_source_vouches_for_nothing(text: str) -> None:
    found = _all(text)
    assert_events(found, gives_not=[("Inter-Services", "AID", "Lashkar")])
    assert_events(found, gives=[("Inter-Services", "AID", "Lashkar", "uncertain")])


@pytest.mark.parametrize(
    "text",
    [
        "A senior official, whom the newspaper described as well placed, said the ISI had paid "
        "Lashkar-e-Taiba.",
        "The accounts, later confirmed by the U.N., said the ISI had paid Lashkar-e-Taiba.",
        "Posts on Telegram said the ISI had paid Lashkar-e-Taiba.",
    ],
)
def test_d_twins_sources_not_discredited_stay_asserted(text: str) -> None:
    assert_events(_asserted(text), gives=[("Inter-Services", "AID", "Lashkar")])


# -- e. confessions and testimony taken back; claims later retracted --------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A Haqqani commander withdrew his testimony that the ISI had armed the network.",
        "A TTP courier recanted his confession that Al Qaeda had paid the TTP.",
        "Police said they had arrested two Lashkar-e-Taiba leaders in Lahore, a claim they "
        "later retracted.",
    ],
)
def test_e_a_report_taken_back_asserts_nothing(text: str) -> None:
    assert not _asserted(text), _asserted(text)


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("A Haqqani commander repeated his testimony that the ISI had armed the network.",
         "Inter-Services", "AID", "Haqqani"),
        ("A TTP courier confirmed his confession that Al Qaeda had paid the TTP.", "Qaeda",
         "AID", "Tehrik"),
        ("Police said they had arrested two Lashkar-e-Taiba leaders in Lahore, a claim they "
         "later repeated.", "police", "COERCE", "Lashkar"),
    ],
)  # fmt: skip
def test_e_twins_reports_kept_stay_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])


# -- f. a headline opened by a label of falsity ----------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "'Fake news': Islamabad on report that ISI armed TTP",
        "Propaganda: Kabul on report that Taliban sheltered Al Qaeda",
    ],
)
def test_f_a_report_labelled_false_asserts_nothing(text: str) -> None:
    assert not _headline(text), _headline(text)


def test_f_twins_an_unlabelled_report_and_a_label_with_a_verb_keep_their_reading() -> None:
    assert_events(
        _headline("Islamabad on report that ISI armed TTP"),
        gives=[("Inter-Services", "AID", "Tehrik")],
    )


# -- g. a negated verb of not doing: the act happened ----------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The Afghan Taliban did not hesitate to attack IS-K fighters in Kunar.", "Taliban",
         "ASSAULT", "Islamic State"),
        ("The ISI never failed to pay the Haqqani network's commanders.", "Inter-Services",
         "AID", "Haqqani"),
        ("The Pakistani army did not refrain from shelling TTP positions in Tirah.",
         "Pakistan", "ASSAULT", "Tehrik"),
    ],
)  # fmt: skip
def test_g_a_negated_verb_of_not_doing_asserts_the_act(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The Afghan Taliban hesitated to attack IS-K fighters in Kunar.", "Taliban",
         "ASSAULT", "Islamic State"),
        ("The Afghan Taliban would not hesitate to attack IS-K fighters in Kunar.", "Taliban",
         "ASSAULT", "Islamic State"),
        ("The ISI failed to pay the Haqqani network's commanders.", "Inter-Services", "AID",
         "Haqqani"),
        ("The Pakistani army refrained from shelling TTP positions in Tirah.", "Pakistan",
         "ASSAULT", "Tehrik"),
        ("Pakistani officials denied that the army did not hesitate to shell TTP positions.",
         "Pakistan", "ASSAULT", "Tehrik"),
    ],
)  # fmt: skip
def test_g_twins_not_doing_modal_or_denied_assert_nothing(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives_not=[(source, etype, target)])


# -- h. "denied X safe passage": a refusal of the receiver -----------------------------------
def test_h_denied_a_receiver_safe_passage_is_a_refusal_of_the_receiver() -> None:
    found = _asserted("The Pakistani army denied the TTP's negotiators safe passage to Kabul.")
    assert_events(found, gives=[("Pakistan", "REJECT", "Tehrik")])


def test_h_twin_a_denial_that_passage_was_given_refuses_nobody() -> None:
    found = _asserted(
        "The Pakistani army denied that it gave the TTP's negotiators safe passage to Kabul."
    )
    assert_events(found, gives_not=[("Pakistan", "REJECT", "Tehrik"), ("Pakistan", "AID", "")])


# -- i. a cleft that only dates the act: "It was not until 2014 that ..." --------------------
def test_i_a_delayed_cleft_asserts_the_act() -> None:
    found = _asserted("It was not until 2014 that the Pakistani army attacked the Haqqani network.")
    assert_events(found, gives=[("Pakistan", "ASSAULT", "Haqqani")])


@pytest.mark.parametrize(
    "text",
    [
        # a cleft that negates the time names no act done
        "It was not in 2014 that the Pakistani army attacked the Haqqani network.",
        # the whole cleft denied
        "Officials denied that it was not until 2014 that the Pakistani army attacked the "
        "Haqqani network.",
    ],
)
def test_i_twins_a_negated_or_denied_cleft_asserts_nothing(text: str) -> None:
    assert_events(_asserted(text), gives_not=[("Pakistan", "ASSAULT", "Haqqani")])


# -- j. more retractions: a finding withdrawn, "then retracted the statement", a speaker ------
@pytest.mark.parametrize(
    "text",
    [
        "The U.N. panel withdrew a finding that Lashkar-e-Taiba had trained Afghan Taliban "
        "recruits.",
        "The Pakistani army said troops had killed a TTP commander, then retracted the statement.",
        "The army spokesman, who later retracted his words, said troops had killed a TTP "
        "commander.",
    ],
)
def test_j_a_report_its_maker_took_back_asserts_nothing(text: str) -> None:
    assert not _asserted(text), _asserted(text)


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The U.N. panel repeated its finding that Lashkar-e-Taiba had trained Afghan Taliban "
         "recruits.", "Lashkar", "AID", "Taliban"),
        ("The Pakistani army said troops had killed a TTP commander, then repeated the "
         "statement.", "Pakistan", "ASSAULT", "Tehrik"),
        ("The army spokesman, who never retracted his words, said troops had killed a TTP "
         "commander.", "Pakistan", "ASSAULT", "Tehrik"),
        # a relative clause of leaving talks takes back no words
        ("The army spokesman, who later withdrew from the talks, said troops had killed a TTP "
         "commander.", "Pakistan", "ASSAULT", "Tehrik"),
    ],
)  # fmt: skip
def test_j_twins_reports_kept_stay_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])


# -- k. a relative clause on a generic head: a condition on anyone it fits --------------------
@pytest.mark.parametrize(
    "text",
    [
        "Any Haqqani commander who meets Al Qaeda envoys will be expelled from the network.",
        "Anyone in the TTP who attacks the Afghan Taliban will be punished, its leader said.",
    ],
)
def test_k_a_generic_relative_clause_asserts_nothing(text: str) -> None:
    found = _asserted(text)
    assert_events(found, gives_not=[("Haqqani", "CONSULT", "Qaeda"), ("Tehrik", "ASSAULT", "")])


def test_k_twin_a_definite_relative_clause_stays_asserted() -> None:
    found = _asserted(
        "The Haqqani commander who met Al Qaeda envoys was expelled from the network."
    )
    assert_events(found, gives=[("Haqqani", "CONSULT", "Qaeda")])


# -- l. a report doubted by those who made or passed it on ------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The officials who reported that the ISI had armed the Taliban doubted the account.",
        "Officials who reported that the ISI had armed the Taliban said they doubted it.",
        "The Pakistani official who relayed the report that the ISI paid the Haqqani network "
        "called it dubious.",
    ],
)
def test_l_a_report_doubted_by_its_reporters_is_not_asserted(text: str) -> None:
    assert_events(_asserted(text), gives_not=[("Inter-Services", "AID", "")])


@pytest.mark.parametrize(
    "text",
    [
        "The officials who reported that the ISI had armed the Taliban did not doubt the account.",
        "The Pakistani official who relayed the report that the ISI paid the Haqqani network "
        "called it credible.",
    ],
)
def test_l_twins_a_report_not_doubted_stays_asserted(text: str) -> None:
    assert_events(_asserted(text), gives=[("Inter-Services", "AID", "")])


# -- m. a concession by the speaker undoes the report -----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Afghan officials said the ISI had armed the TTP, though they admitted they had little "
        "evidence.",
        "Pakistani officials said IS-K had attacked the Taliban convoy, but conceded that the "
        "report might be wrong.",
    ],
)
def test_m_a_conceded_doubt_leaves_the_report_uncertain(text: str) -> None:
    found = _asserted(text)
    assert_events(found, gives_not=[("Inter-Services", "AID", ""), ("Islamic State", "", "")])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Afghan officials said the ISI had armed the TTP, though they admitted they had "
         "little influence over Islamabad.", "Inter-Services", "AID", "Tehrik"),
        ("Pakistani officials said IS-K had attacked the Taliban convoy, but conceded that the "
         "Taliban had lost few men.", "Islamic State", "ASSAULT", "Taliban"),
        # no evidence about someone else is no doubt about the report
        ("Afghan officials said the ISI had armed the TTP, and there was no evidence that Iran "
         "was involved.", "Inter-Services", "AID", "Tehrik"),
    ],
)  # fmt: skip
def test_m_twins_concessions_about_something_else_keep_the_report(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])


# -- n. reporters' doubt voiced as a noun; "whether" hung on the subject ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "Even the officials who released the report that IS-K had attacked the Taliban convoy "
        "expressed doubts about it.",
        "The newspaper that first reported that the Haqqanis sheltered Al Qaeda envoys has since "
        "cast doubt on its own story.",
        "Analysts disagree on whether IS-K attacked the Taliban convoy.",
    ],
)
def test_n_doubted_or_disputed_reports_are_not_asserted(text: str) -> None:
    assert_events(_asserted(text), gives_not=[("Islamic State", "", ""), ("Haqqani", "", "")])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The newspaper that first reported that the Haqqanis sheltered Al Qaeda envoys has "
         "since defended its story.", "Haqqani", "AID", "Qaeda"),
        # a past fact agreed on is asserted; an act agreed to is not yet done
        ("Analysts agree that IS-K attacked the Taliban convoy.", "Islamic State", "ASSAULT",
         "Taliban"),
    ],
)  # fmt: skip
def test_n_twins_reports_defended_or_agreed_on_stay_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])


def test_n_twin_talks_agreed_to_are_not_yet_held() -> None:
    found = _asserted("The TTP and the Pakistani army agreed that they would hold talks in Kabul.")
    assert_events(found, gives_not=[("", "CONSULT", "")])


# -- o. an act aimed at a party only on a condition: "any X who ..." -------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Taliban offer shelter to any Al Qaeda fighter who renounces violence",
        "The Pakistani army arrests any TTP fighter who crosses into Khyber, officials say.",
    ],
)
def test_o_an_act_on_a_conditional_party_asserts_nothing(text: str) -> None:
    assert_events(
        _headline(text),
        gives_not=[("Taliban", "AGREE", "Qaeda"), ("Pakistan", "COERCE", "Tehrik")],
    )


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The Taliban sheltered any Al Qaeda fighter who asked for help.", "Taliban", "AID",
         "Qaeda"),
        ("The Taliban offered shelter to the Al Qaeda fighters who had fled Syria.", "Taliban",
         "AGREE", "Qaeda"),
    ],
)  # fmt: skip
def test_o_twins_a_past_or_definite_party_stays_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(_asserted(text), gives=[(source, etype, target)])
