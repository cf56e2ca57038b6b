"""World-news dyads, round peers13 (issue 9), on invented sentences.

Reported speech of coordinated people: "X and Y said they ..." makes both speakers the
source of what the clause says (the pronoun stands for the coordination even when both are
people). Negated and hedged twins keep their modality; none is asserted. None of the
sentences comes from a benchmark or a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, asserted_between, has, named_events


def test_they_after_coordinated_people_is_both() -> None:
    found = named_events("Obama and Putin said they had attacked Iraq.")
    assert has(found, "U.S.", "ASSAULT", "Iraq"), found
    assert has(found, "Russia", "ASSAULT", "Iraq"), found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Obama and Putin said they would not attack Iraq.", "negated"),
        ("Obama and Putin said they might attack Iraq.", None),
        ("Obama and Putin denied that they had attacked Iraq.", None),
    ],
)
def test_coordinated_people_twins_are_not_asserted(text: str, modality: str | None) -> None:
    found = named_events(text)
    assert not asserted(found), found
    if modality:
        assert has(found, "U.S.", "ASSAULT", "Iraq", modality), found
        assert has(found, "Russia", "ASSAULT", "Iraq", modality), found


def test_they_after_one_person_stays_unread() -> None:
    # "they" never stands for one person alone
    assert not named_events("Putin said they had attacked Iraq."), "no antecedent"


# -- forces sent to another country (mechanisms.sent_forces) -------------------------------


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Russia sent troops to Syria.", "Russia", "MOBILIZE", "Syria"),
        ("France deployed 300 soldiers to Mali.", "France", "MOBILIZE", "Mali"),
        ("NATO sent peacekeepers to Bosnia.", "NATO", "AID", "Bosnia"),
        (
            "France contributed 4000 troops to a peacekeeping force in Liberia.",
            "France",
            "AID",
            "Liberia",
        ),
    ],
)
def test_forces_sent_to_a_country(text: str, source: str, etype: str, target: str) -> None:
    assert has(named_events(text), source, etype, target), named_events(text)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Russia did not send troops to Syria.", "negated"),
        ("Russia denied sending troops to Syria.", None),
        ("Russia said it might send troops to Syria.", None),
        ("NATO will not send peacekeepers to Bosnia.", None),
        ("France will not contribute troops to a peacekeeping force in Liberia.", None),
    ],
)
def test_sent_forces_twins_are_not_asserted(text: str, modality: str | None) -> None:
    found = named_events(text)
    assert not asserted(found), found
    if modality:
        assert has(found, "Russia", "MOBILIZE", "Syria", modality), found


@pytest.mark.parametrize(
    "text",
    [
        "Russia sent Syrian troops to Syria.",  # not the sender's own forces
        "Hezbollah sent fighters to Syria.",  # a group's fighters: no state deployment
        "Pakistan sent troops to the Swat valley.",  # a region, no party
    ],
)
def test_sent_forces_without_a_deployment(text: str) -> None:
    found = named_events(text)
    assert not any(g in ("MOBILIZE", "AID") for _s, g, _t, _m in found), found


# -- an object shifted after an "as" judgement (mechanisms.shifted_objects) ----------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Albania denounced as a crime Serbia's suppression of the protests.", "ACCUSE"),
        ("Albania condemned as illegal the decision of Serbia.", "ACCUSE"),
        ("Albania condemned as barbaric the attacks by Serbia.", "ACCUSE"),
        ("Albania welcomed as a step forward the decision of Serbia.", "SUPPORT"),
    ],
)
def test_object_after_as_judgement(text: str, etype: str) -> None:
    found = named_events(text)
    assert has(found, "Albania", etype, "Serbia"), found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Albania did not denounce as a crime Serbia's suppression of the protests.", "negated"),
        ("Albania never condemned as illegal Serbia's decision.", "negated"),
        ("Albania might denounce as a crime Serbia's suppression of the protests.", None),
    ],
)
def test_shifted_object_twins_are_not_asserted(text: str, modality: str | None) -> None:
    found = named_events(text)
    assert not asserted(found), found
    if modality:
        assert has(found, "Albania", "ACCUSE", "Serbia", modality), found


def test_shifted_act_judges_its_author_not_its_victim() -> None:
    # "the attacks on Serbia": Serbia was attacked, Albania does not accuse it
    found = named_events("Albania condemned as unacceptable the attacks on Serbia.")
    assert not asserted_between(found, "Albania", "Serbia"), found


# -- a refused answer to another's demand (mechanisms.refused_request_author) --------------


@pytest.mark.parametrize(
    "text",
    [
        "Kenya refused to respond to a request from Uganda.",
        "Kenya refused to respond to Uganda's demand.",
        "Kenya refused to answer Uganda's demand.",
    ],
)
def test_refused_answer_rejects_the_demands_author(text: str) -> None:
    found = named_events(text)
    assert has(found, "Kenya", "REJECT", "Uganda"), found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Kenya did not refuse to respond to a request from Uganda.", "negated"),
        ("Kenya may refuse to respond to a request from Uganda.", None),
    ],
)
def test_refused_answer_twins_are_not_asserted(text: str, modality: str | None) -> None:
    found = named_events(text)
    assert not asserted(found), found
    if modality:
        assert has(found, "Kenya", "REJECT", "Uganda", modality), found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya refused to comment on a request from Uganda.",  # a remark declined
        "Kenya refused to respond to the attacks by Uganda.",  # no demand answered
    ],
)
def test_refusal_without_a_demand_rejects_nobody(text: str) -> None:
    assert not asserted_between(named_events(text), "Kenya", "Uganda"), named_events(text)


# -- a phrase noun keeps its head noun's parties (mechanisms.phrase_with_head_frame) -------


def test_phrase_noun_keeps_the_heads_with_party() -> None:
    found = named_events("Kenya upgraded diplomatic ties with Uganda.")
    assert has(found, "Kenya", "SUPPORT", "Uganda"), found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Kenya did not upgrade diplomatic ties with Uganda.", "negated"),
        ("Kenya may upgrade diplomatic ties with Uganda.", None),
    ],
)
def test_phrase_noun_twins_are_not_asserted(text: str, modality: str | None) -> None:
    found = named_events(text)
    assert not asserted(found), found
    if modality:
        assert has(found, "Kenya", "SUPPORT", "Uganda", modality), found
