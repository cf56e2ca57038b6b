"""Modality probes, round neg39 (issue 9: precision on written reports), on invented sentences.

Classes of phrasing, not sentences: belief or suspicion of a third party over a clause; a
passive blame that names no accuser; verbs of forbearing and intending over an act; an event
noun owned by a time; a word of falsity the parser makes the verb of a report. Each class has
twins that must stay asserted and twins that must not be. None of the sentences comes from a
benchmark, a dev set or a news file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events

LEAD = "The convoy was hit on Monday night. "  # a document, not a headline


def _asserted(text: str, date: str = "2014-05-01") -> set[tuple[str, str, str, str]]:
    return {e for e in named_events(LEAD + text, date) if e[3] == "asserted"}


# -- a. a verb of belief or suspicion of a third party makes its clause uncertain -----------
@pytest.mark.parametrize(
    "text",
    [
        "Officials suspect that the Haqqani network sheltered Al Qaeda fighters in Miranshah.",
        "Investigators now suspect the Haqqani network hid Al Qaeda couriers near Mir Ali.",
        "Pakistani officials believe the Haqqani network sheltered Al Qaeda operatives last year.",
        "Analysts assume the TTP received money from Al Qaeda in 2012.",
        "Intelligence officers think the Haqqani network armed the TTP before the offensive.",
        "Police presume that the TTP attacked the Afghan Taliban's checkpoint.",
        "Several diplomats in Kabul have come to believe that Lashkar-e-Taiba trained Taliban "
        "recruits in Kunar.",
    ],
)
def test_a_belief_of_a_third_party_is_not_asserted(text: str) -> None:
    assert_events(_asserted(text), gives_not=[("", ("AID", "ASSAULT"), "")])


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the Haqqani network sheltered Al Qaeda fighters in Miranshah.",
        "The Haqqani network sheltered Al Qaeda fighters in Miranshah, investigators told "
        "reporters.",
        "According to police, the Haqqani network sheltered Al Qaeda fighters in Miranshah.",
    ],
)
def test_a_attributed_statements_stay_asserted(text: str) -> None:
    assert_events(_asserted(text), gives=[("Haqqani", "AID", "Qaeda")])


def test_a_the_noun_suspect_is_still_a_member() -> None:
    """ "Al Qaeda suspects" are Al Qaeda's men: the noun reading is kept."""
    assert_events(
        _asserted("The Haqqani network sheltered two Al Qaeda suspects in Miranshah."),
        gives=[("Haqqani", "AID", "Qaeda")],
    )


# -- b. a passive blame names no accuser -----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The TTP was blamed for the ambush on a Frontier Corps convoy.",
        "The TTP was widely blamed for the attack on the Pakistani army post in Bajaur.",
        "The TTP was blamed for last week's ambush on a Frontier Corps convoy near Khar.",
        "The Islamic State has been blamed for Sunday's attack on a Taliban checkpoint.",
    ],
)
def test_b_a_passive_blame_asserts_neither_attack_nor_accusation(text: str) -> None:
    found = _asserted(text)
    assert_events(found, gives_not=[("", ("ASSAULT", "ACCUSE"), "")])


@pytest.mark.parametrize(
    ("text", "accuser", "accused"),
    [
        ("The Pakistani army blamed the TTP for the attack on its post in Bajaur.",
         "Pakistan", "Tehrik"),
        ("The Afghan Taliban blamed the Islamic State for Sunday's attack on their checkpoint.",
         "Taliban", "Islamic State"),
    ],
)  # fmt: skip
def test_b_a_named_accuser_accuses_and_the_act_stays_alleged(
    text: str, accuser: str, accused: str
) -> None:
    found = named_events(LEAD + text)
    assert_events(found, gives=[(accuser, "ACCUSE", accused)],
                  gives_not=[(accused, "ASSAULT", accuser)])  # fmt: skip


# -- c. forbearing and intending: no deed ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Afghan Taliban held off attacking the Islamic State in Nangarhar for most of May.",
        "The TTP backed off from attacking the Pakistani army during Ramadan.",
        "The Islamic State set out to attack the Taliban in Kunar.",
        "Islamic State commanders set out last autumn to drive Taliban fighters out of Achin.",
        "The TTP was looking to ally with the Islamic State after the leadership dispute.",
        "The Taliban were out to destroy the Islamic State in Zabul.",
        "The TTP plotted to kill the Afghan Taliban's governor of Kunar.",
    ],
)
def test_c_forborne_or_intended_acts_are_not_asserted(text: str) -> None:
    assert_events(_asserted(text), gives_not=[("", ("ASSAULT", "COERCE", "COOPERATE"), "")])


@pytest.mark.parametrize(
    "text",
    [
        "The Afghan Taliban attacked the Islamic State in Nangarhar in May.",
        "The Islamic State set out from Achin and attacked the Taliban in Kunar.",
        "The Pakistani army held off the TTP, killing ten TTP fighters.",
    ],
)
def test_c_deeds_beside_such_verbs_stay_asserted(text: str) -> None:
    assert_events(_asserted(text), gives=[("", "ASSAULT", "")])


# -- e. a report called untrue by a word of falsity ------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "A Taliban spokesman rejected as fabricated a newspaper's report that Haqqani "
        "commanders had sold weapons to the Islamic State.",
        "The Taliban dismissed as baseless reports that the Haqqani network had armed the TTP.",
        "The TTP described as fabricated a report that it had received money from Al Qaeda.",
    ],
)
def test_e_a_report_called_untrue_asserts_nothing(text: str) -> None:
    assert_events(_asserted(text), gives_not=[("", ("AID", "COOPERATE"), "")])


def test_e_the_report_itself_stays_asserted() -> None:
    assert_events(
        _asserted("Haqqani commanders sold weapons to the Islamic State, a newspaper reported."),
        gives=[("Haqqani", ("AID", "COOPERATE"), "Islamic State")],
    )


def test_e_a_claim_cut_off_from_its_clause_is_still_denied() -> None:
    """A phrase between the claim noun and its "that" clause: the clause is still the claim."""
    for text in [
        "The Taliban's spokesman rejected reports, carried by several outlets, that the "
        "movement had met Islamic State envoys.",
        "The TTP denied the claims, first made by the army on Sunday, that its fighters had "
        "attacked the Afghan Taliban.",
    ]:
        assert_events(_asserted(text), gives_not=[("", ("CONSULT", "ASSAULT"), "")])


def test_e_a_statement_beside_a_rejection_stays_asserted() -> None:
    text = "The Taliban rejected the report and said that they had met Islamic State envoys."
    assert_events(_asserted(text), gives=[("Taliban", "CONSULT", "Islamic State")])


# -- f. a condition told by "were ... to" ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Were the Islamic State to attack the Taliban in Zabul, the elders would side with "
        "the Taliban.",
        "Were the TTP to shelter Al Qaeda fighters again, the army would respond.",
    ],
)
def test_f_a_were_to_condition_is_not_asserted(text: str) -> None:
    assert_events(_asserted(text), gives_not=[("", ("ASSAULT", "AID"), "")])


def test_f_a_plain_past_were_clause_stays_asserted() -> None:
    text = "The TTP fighters were sheltered by the Haqqani network in Miranshah in 2012."
    assert_events(_asserted(text), gives=[("Haqqani", "AID", "Tehrik")])


# -- hope: the lemmatizer's "hop" for "hoped" ----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The TTP hoped to ally with the Islamic State.",
        "The TTP had hoped to attack the Afghan Taliban in Kunar.",
        "The TTP was hoping to ally with the Islamic State.",
        "The TTP hopes to ally with the Islamic State.",
    ],
)
def test_hoped_for_acts_are_not_asserted(text: str) -> None:
    assert_events(_asserted(text), gives_not=[("", ("COOPERATE", "ASSAULT"), "")])


def test_the_silent_e_lemma_of_a_verb() -> None:
    from riftwatch.nlp.parse import nlp

    lemmas = {t.text: t.lemma_ for t in nlp()("They hoped and waged war but hopped and visited.")}
    assert (lemmas["hoped"], lemmas["waged"]) == ("hope", "wage")
    assert (lemmas["hopped"], lemmas["visited"]) == ("hop", "visit")


# -- a time-owned event noun: it happened, but the time names no author -------------------------
def test_a_planned_past_attack_named_by_its_time_was_carried_out() -> None:
    text = "The TTP and Al Qaeda jointly planned last week's bombing of a CIA base in Khost."
    assert_events(_asserted(text), gives=[("Tehrik", "ASSAULT", "Central Intelligence")])


# -- c (more). balking, temptation, flirting, talks about a cooperation ------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The TTP balked at attacking the army in Swat.",
        "The TTP shrank from attacking the Afghan Taliban.",
        "The TTP was gearing up to attack the army in Bannu.",
        "The TTP was tempted to ally with the Islamic State.",
        "The TTP flirted with an alliance with the Islamic State.",
        "The TTP was in talks about an alliance with the Islamic State.",
    ],
)
def test_c_balked_tempted_or_discussed_acts_are_not_asserted(text: str) -> None:
    assert_events(_asserted(text), gives_not=[("", ("ASSAULT", "COOPERATE"), "")])


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The TTP formed an alliance with the Islamic State after talks in Kabul.", "COOPERATE"),
        ("The TTP held talks about the attack on the Islamic State.", "ASSAULT"),
    ],
)
def test_c_a_cooperation_made_or_an_attack_discussed_stays_asserted(text: str, etype: str) -> None:
    assert_events(_asserted(text), gives=[("Tehrik", etype, "Islamic State")])


@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network, officials believe, armed the TTP.",
        "The Haqqani network, several analysts think, sheltered Al Qaeda fighters.",
        "The Haqqani network armed the TTP, officials believe.",
    ],
)
def test_a_a_parenthetical_belief_is_not_asserted(text: str) -> None:
    assert_events(_asserted(text), gives_not=[("Haqqani", "AID", "")])


def test_a_a_parenthetical_saying_still_attributes() -> None:
    text = "The Haqqani network, officials say, armed the TTP."
    assert_events(_asserted(text), gives=[("Haqqani", "AID", "Tehrik")])
