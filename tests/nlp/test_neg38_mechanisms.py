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
    assert {e[1:] for e in few if e[3] == "asserted"} == {
        e[1:] for e in plain if e[3] == "asserted"
    }
    assert any(e[3] == "asserted" and "Taliban" in e[0] for e in plain)


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
