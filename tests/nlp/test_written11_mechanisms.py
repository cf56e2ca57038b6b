"""Written reports, round 11 (issue 9, helper written11): mechanisms found on round11_work,
each tested on invented sentences with negated, hedged or denied twins that must not be
asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_between, has, named_events


# -- "X alleged (that) Y did Z": an accusation of Y, as "charged that" -------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Afghan officials alleged that the ISI had armed the Haqqani network before the "
         "offensive.", "Afghan", "Inter-Services"),
        ("The Pakistani government alleged that the Afghan Taliban were protecting TTP "
         "commanders in Kunar.", "Pakistan", "Taliban"),
        # a passive complement: the accused is its agent, not its subject
        ("Kabul alleged the bombers had been trained in Waziristan by the ISI.", "Afghan",
         "Inter-Services"),
        ("Afghan officials charged that the suicide bombers were dispatched by the Haqqani "
         "network.", "Afghan", "Haqqani"),
    ],
)  # fmt: skip
def test_an_allegation_accuses_the_agent_of_its_complement(
    text: str, source: str, target: str
) -> None:
    found = named_events(text)
    assert has(found, source, "ACCUSE", target), found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Afghan officials never alleged that the ISI had armed the Haqqani network.",
         "Afghan", "Inter-Services"),
        ("Kabul may allege that the bombers were trained by the ISI.", "Afghan",
         "Inter-Services"),
        ("Afghan officials denied having alleged that the ISI had armed the Haqqanis.",
         "Afghan", "Inter-Services"),
    ],
)  # fmt: skip
def test_an_allegation_negated_or_hedged_is_not_asserted(
    text: str, source: str, target: str
) -> None:
    assert not asserted_between(named_events(text), source, target)


def test_what_is_alleged_is_not_asserted() -> None:
    found = named_events("Afghan officials alleged that the ISI had armed the Haqqani network.")
    assert not asserted_between(found, "Inter-Services", "Haqqani"), found


# -- "the group" after ", prompting X to ...": not the X its own clause names -----------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Islamic State Khorasan fighters killed three Taliban commanders in Kunar, prompting "
         "the Taliban to declare war on the group.", "Taliban", "REJECT", "Khorasan"),
        ("Pakistani troops detained two Al Qaeda couriers in Quetta, forcing the Taliban to "
         "distance itself from the group.", "Taliban", "REJECT", "Qaeda"),
    ],
)  # fmt: skip
def test_the_group_after_a_participle_clause_refers_back_past_its_subject(
    text: str, source: str, etype: str, target: str
) -> None:
    found = named_events(text, "2016-01-01")
    assert has(found, source, etype, target), found


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani troops detained two Al Qaeda couriers in Quetta, prompting the Taliban to "
        "consider breaking with the group.",
        "Pakistani troops detained two Al Qaeda couriers in Quetta, but the Taliban did not "
        "distance itself from the group.",
    ],
)
def test_the_group_after_a_participle_clause_twins_are_not_asserted(text: str) -> None:
    assert not asserted_between(named_events(text, "2016-01-01"), "Taliban", "Qaeda")


# -- "X, once allied with Y, now ...": a past tie does not make X Y's men ---------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Tribesmen from Bajaur, once allied with Lashkar-e-Islam, now fight alongside the "
         "Frontier Corps against the TTP.", "trib", "ASSAULT", "Tehrik"),
        ("Elders of the Mamund tribe, formerly allied with the Pakistani Taliban, expelled the "
         "group's last fighters in 2010.", "trib", "COERCE", "Tehrik"),
    ],
)  # fmt: skip
def test_a_past_tie_leaves_the_subject_its_own(
    text: str, source: str, etype: str, target: str
) -> None:
    found = named_events(text, "2013-01-01")
    assert has(found, source, etype, target), found
    assert not asserted_between(found, "Lashkar-e-Islam", "Tehrik"), found


def test_a_present_tie_still_stands_for_the_patron() -> None:
    found = named_events("Fighters loyal to the Haqqani network attacked Afghan army posts.")
    assert has(found, "Haqqani", "ASSAULT", "Afghan"), found
