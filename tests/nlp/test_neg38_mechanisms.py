"""Precision on negated, hedged and guessed cases (issue 9, helper neg38): each mechanism is
tested on invented sentences, with the unasserted form that must not be asserted and the
plain twin that still must be."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, named_events


# -- verbs of conjecture: "analysts speculate that X funds Y" (cues.yaml conjecture_verbs) ----
@pytest.mark.parametrize(
    "text",
    [
        "Some diplomats speculated that the ISI had paid the Haqqani network's commanders.",
        "Western analysts surmise that the ISI paid the Haqqani network's commanders in 2010.",
        "A few researchers have theorised that the ISI armed the Haqqani network.",
        "Local reporters guessed that the ISI had armed the Haqqani network.",
    ],
)
def test_a_conjectured_clause_is_not_asserted(text: str) -> None:
    found = named_events(text, "2011-05-01")
    assert_events(found, gives_not=[ANYTHING])


@pytest.mark.parametrize(
    "text",
    [
        "Some diplomats said that the ISI had armed the Haqqani network.",
        "Western analysts concluded that the ISI armed the Haqqani network in 2010.",
    ],
)
def test_a_reported_clause_is_still_asserted(text: str) -> None:
    found = named_events(text, "2011-05-01")
    assert_events(found, gives=[("Inter-Services", None, "Haqqani")])


# -- a scant subject of belief: "few believe that ..." (_negative_subject, scant_words) -------
@pytest.mark.parametrize(
    "text",
    [
        "Few officials in Kabul believed that the Taliban had broken with Al Qaeda.",
        "Few think that the Taliban broke with Al Qaeda before 2015.",
    ],
)
def test_a_belief_held_by_few_is_not_asserted(text: str) -> None:
    found = named_events(text, "2016-02-01")
    assert_events(found, gives_not=[ANYTHING])


def test_a_belief_held_by_a_few_is_read_as_before() -> None:
    # "a few" is some, not hardly any: the reported break stays as "officials believed" reads
    few = named_events("A few officials in Kabul believed that the Taliban had broken with Al "
                       "Qaeda.", "2016-02-01")  # fmt: skip
    plain = named_events("Officials in Kabul believed that the Taliban had broken with Al "
                         "Qaeda.", "2016-02-01")  # fmt: skip
    assert {e[1:] for e in few} == {e[1:] for e in plain}
    # neg39: a belief of third parties is held, not reported as known: the break is coded,
    # uncertain (it had been asserted as "officials said" is)
    assert any(e[3] == "uncertain" and "Taliban" in e[0] for e in plain)


# -- a quantifier that takes the subject to none: "not a single", "hardly any" ---------------
@pytest.mark.parametrize(
    "text",
    [
        "Not a single TTP commander attended the talks with the army in Swat.",
        "Not one Lashkar-e-Taiba trainer crossed into Kunar to train the Afghan Taliban.",
        "Hardly any Haqqani fighters joined Al Qaeda's raid on the outpost.",
        "Barely any tribal elders helped the Pakistani army against the TTP that year.",
    ],
)
def test_a_subject_taken_to_none_is_not_asserted(text: str) -> None:
    found = named_events(text, "2013-06-01")
    assert_events(found, gives_not=[ANYTHING])


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("A single Lashkar-e-Taiba trainer crossed into Kunar to train the Afghan Taliban.",
         ("Lashkar-e-Taiba", None, "Taliban")),
        ("Not only Haqqani fighters but also Al Qaeda volunteers attacked the Afghan army post.",
         ("Haqqani", "ASSAULT", "Afghan")),
    ],
)  # fmt: skip
def test_a_plain_or_additive_subject_is_still_asserted(text: str, wanted: tuple) -> None:
    found = named_events(text, "2013-06-01")
    assert_events(found, gives=[wanted])


# -- "no evidence the X did Y": a content clause without "that" (evidence_nouns) -------------
@pytest.mark.parametrize(
    "text",
    [
        "Investigators found no proof the ISI had funded Lashkar-e-Taiba's camps.",
        "There is no sign the Afghan Taliban sheltered Al Qaeda's couriers last winter.",
    ],
)
def test_an_unfound_proof_without_that_is_not_asserted(text: str) -> None:
    found = named_events(text, "2012-09-01")
    assert_events(found, gives_not=[ANYTHING])


def test_a_relative_clause_on_evidence_keeps_its_own_reading() -> None:
    # a true relative clause ("the proof investigators found") leaves the main clause alone
    found = named_events("The proof investigators found showed that the ISI had funded "
                         "Lashkar-e-Taiba's camps.", "2012-09-01")  # fmt: skip
    assert_events(found, gives=[("Inter-Services", None, "Lashkar-e-Taiba")])


# -- adjectives of supposition: "X's supposed alliance with Y" (modality uncertain) ----------
@pytest.mark.parametrize("word", ["supposed", "purported", "presumed", "putative"])
def test_a_relation_called_supposed_is_not_asserted(word: str) -> None:
    text = f"The Taliban's {word} alliance with the Islamic State alarmed Moscow."
    found = named_events(text, "2018-03-01")
    assert_events(found, gives_not=[ANYTHING])


def test_a_relation_named_plainly_is_still_asserted() -> None:
    found = named_events("The Taliban's alliance with the Islamic State alarmed Moscow.",
                         "2018-03-01")  # fmt: skip
    assert_events(found, gives=[("Taliban", "COOPERATE", "Islamic State")])


# -- verdicts that clear a party of a charge: "cleared of", "acquitted of" (clearing_verbs) ---
@pytest.mark.parametrize(
    "text",
    [
        "In 2014 a tribunal acquitted the Jamaat-ud-Dawa of funding the Afghan Taliban.",
        "The ISI was later cleared of arming the Haqqani network by a parliamentary inquiry.",
        "Lashkar-e-Taiba was exonerated of training Al Qaeda recruits, the court ruled.",
    ],
)
def test_a_charge_a_party_is_cleared_of_is_not_asserted(text: str) -> None:
    found = named_events(text, "2015-01-01")
    assert_events(found, gives_not=[ANYTHING])


def test_the_act_found_by_a_tribunal_is_asserted() -> None:
    found = named_events("The Jamaat-ud-Dawa funded the Afghan Taliban, a tribunal found in "
                         "2014.", "2015-01-01")  # fmt: skip
    assert_events(found, gives=[("Jamaat-ud-Dawa", "AID", "Taliban")])


# -- dissuaded or deterred from an act: it did not happen (modality negated) ----------------
@pytest.mark.parametrize(
    "text",
    [
        "The Afghan Taliban were dissuaded from attacking the Islamic State's camps by elders.",
        "Winter snows deterred the Pakistani army from raiding the TTP's bases in Tirah.",
    ],
)
def test_an_act_dissuaded_or_deterred_is_not_asserted(text: str) -> None:
    found = named_events(text, "2016-01-10")
    assert_events(found, gives_not=[ANYTHING])


def test_the_act_without_the_deterrent_is_asserted() -> None:
    found = named_events("The Afghan Taliban attacked the Islamic State's camps in Nangarhar.",
                         "2016-01-10")  # fmt: skip
    assert_events(found, gives=[("Taliban", "ASSAULT", "Islamic State")])


# -- an event noun said to be likely or possible: "an offensive now looks unlikely" ----------
@pytest.mark.parametrize(
    "text",
    [
        "A fresh army offensive against the TTP in Orakzai now looks unlikely.",
        "Direct talks between Hurras al-Din and the Islamic State seemed possible that spring.",
        "A merger of Hurras al-Din with the Islamic State remains doubtful.",
    ],
)
def test_an_event_said_to_be_only_likely_is_not_asserted(text: str) -> None:
    found = named_events(text, "2019-03-01")
    assert_events(found, gives_not=[ANYTHING])


def test_an_event_noun_with_another_predicate_is_asserted() -> None:
    found = named_events("Direct talks between Hurras al-Din and the Islamic State were held "
                         "that spring.", "2019-03-01")  # fmt: skip
    assert_events(found, gives=[("Hurras", "CONSULT", "Islamic State")])


# -- readiness and awaiting: "signalled its willingness to", "bracing for X's attacks" -------
@pytest.mark.parametrize(
    "text",
    [
        "The Afghan Taliban signalled their readiness to hold talks with Washington.",
        "Frontier Corps posts in Khyber were bracing for TTP attacks after the ceasefire ended.",
        "Border police prepared for Lashkar-e-Taiba raids on the Kashmir posts.",
        "A planned meeting between Al Qaeda and Nusra Front envoys fell through in May.",
        "The Nusra Front is exploring a merger with Ahrar al-Sham and Al Qaeda's envoys.",
    ],
)
def test_an_awaited_or_readied_act_is_not_asserted(text: str) -> None:
    found = named_events(text, "2015-05-20")
    assert_events(found, gives_not=[ANYTHING])


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("The Afghan Taliban held talks with Washington in Doha.", ("Taliban", "CONSULT", "")),
        ("TTP fighters attacked Frontier Corps posts in Khyber after the ceasefire ended.",
         ("Tehrik-i-Taliban", "ASSAULT", "")),
        ("A meeting between Al Qaeda and Nusra Front envoys took place in May.",
         ("Qaeda", "CONSULT", "Nusra")),
        ("The TTP vowed to punish the Pakistani army for its raids on Bajaur's tribes.",
         ("Pakistan", "ASSAULT", "")),
    ],
)  # fmt: skip
def test_the_plain_act_or_a_grievance_is_still_asserted(text: str, wanted: tuple) -> None:
    found = named_events(text, "2015-05-20")
    assert_events(found, gives=[wanted])


# -- a condition on the truth of the clause: "if reports are true, X met Y" (truth_conditions)
@pytest.mark.parametrize(
    "text",
    [
        "If the defectors' account is accurate, Hurras al-Din sent fighters to help Al Qaeda "
        "in Idlib.",
        "Assuming the intercepts are genuine, the ISI paid the Haqqani network's couriers.",
        "The TTP sheltered Al Qaeda's couriers in Bajaur, provided the detainee told the truth.",
    ],
)
def test_a_clause_true_only_on_a_condition_is_not_asserted(text: str) -> None:
    found = named_events(text, "2017-04-01")
    assert_events(found, gives_not=[ANYTHING])


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Even if the talks later failed, Hurras al-Din sent fighters to help Al Qaeda in "
         "Idlib.", ("Hurras", "AID", "Qaeda")),
        ("If anything, the TTP sheltered more of Al Qaeda's couriers in Bajaur after the raid.",
         ("Tehrik-i-Taliban", "AID", "Qaeda")),
        ("Once the intercepts were decoded, the ISI arrested the Haqqani network's couriers.",
         ("Inter-Services", None, "Haqqani")),
    ],
)  # fmt: skip
def test_a_concession_emphasis_or_time_clause_leaves_it_asserted(text: str, wanted: tuple) -> None:
    found = named_events(text, "2017-04-01")
    assert_events(found, gives=[wanted])


# -- hearsay nobody owns, set aside ("X, it is claimed, met Y") or doubted ("unconfirmed
# reports that ..."), and guesses of possibility ("it is conceivable that") -----------------
@pytest.mark.parametrize(
    "text",
    [
        "The Afghan Taliban, it is rumoured, sheltered Al Qaeda's couriers in Helmand.",
        "There were unverified reports that the Afghan Taliban sheltered Al Qaeda's couriers.",
        "It is plausible that the Afghan Taliban sheltered Al Qaeda's couriers in Helmand.",
        "Critics fear that the Afghan Taliban still shelter Al Qaeda's couriers in Helmand.",
    ],
)
def test_hearsay_guess_or_fear_is_not_asserted(text: str) -> None:
    found = named_events(text, "2019-04-01")
    assert_events(found, gives_not=[ANYTHING])


@pytest.mark.parametrize(
    "text",
    [
        "The Afghan Taliban sheltered Al Qaeda's couriers in Helmand, officials say.",
        "UN monitors reported that the Afghan Taliban sheltered Al Qaeda's couriers.",
    ],
)
def test_owned_hearsay_is_still_asserted(text: str) -> None:
    found = named_events(text, "2019-04-01")
    assert_events(found, gives=[("Taliban", "AID", "Qaeda")])
