"""A national capital stands for its government only in an actor's role (invented sentences)."""

from __future__ import annotations

import pytest

from riftwatch.nlp.capitals import capital_mentions, capital_role, load_capitals
from riftwatch.nlp.extract import extract_document
from riftwatch.nlp.parse import nlp


def _role(sentence: str, capital: str) -> str | None:
    doc = nlp()(sentence)
    tok = next(t for t in doc if t.text == capital)
    return capital_role(tok)


def _parties(text: str) -> set[tuple[str | None, str | None, str, str]]:
    out = set()
    for coded in extract_document({"id": "t", "text": text, "date": "2015-03-01"}):
        e = coded.event
        out.add((e.source.name if e.source else None, e.target.name if e.target else None,
                 e.event_type, e.modality))  # fmt: skip
    return out


def _names(text: str) -> set[str | None]:
    return {n for s, t, _e, _m in _parties(text) for n in (s, t)}


def test_data_file_covers_the_world() -> None:
    caps = load_capitals()
    assert len(set(caps.names.values())) >= 190
    assert caps.names["New Delhi"] == "IND" and caps.names["Islamabad"] == "PAK"
    assert "attack" not in caps.object_verbs and "capture" not in caps.object_verbs


def test_mentions_match_case_as_written() -> None:
    assert capital_mentions("the rome statute") == []
    assert [m[2] for m in capital_mentions("Addis Ababa and New Delhi")] == [
        "Addis Ababa",
        "New Delhi",
    ]


@pytest.mark.parametrize(
    ("sentence", "capital"),
    [
        ("Jakarta accused the rebels of breaking the truce.", "Jakarta"),  # subject
        ("Washington accused Tehran of arming the rebels.", "Tehran"),  # object of accusation
        ("The United Nations urged Baghdad to accept the plan.", "Baghdad"),  # request
        ("The ceasefire was proposed by Jakarta.", "Jakarta"),  # agent of a passive
        ("The rebels welcomed a pledge by Jakarta to free them.", "Jakarta"),  # of a noun
        ("The rebels agreed with Jakarta on a truce.", "Jakarta"),  # party to an agreement
        ("The envoy called on Baghdad to release the prisoners.", "Baghdad"),  # call on
    ],
)
def test_roles_of_a_government(sentence: str, capital: str) -> None:
    assert capital_role(next(t for t in nlp()(sentence) if t.text == capital)) is not None


@pytest.mark.parametrize(
    ("sentence", "capital"),
    [
        ("The rebels fought in Jakarta.", "Jakarta"),  # locative
        ("The convoy drove from Baghdad to Basra.", "Baghdad"),
        ("The rebels marched on Baghdad.", "Baghdad"),  # physical act with a preposition
        ("Rebels attacked Jakarta on Monday.", "Jakarta"),  # object of a physical act
        ("Fighters shelled Tehran overnight.", "Tehran"),
        ("The militants captured Kabul.", "Kabul"),
        ("A Kabul house was raided.", "Kabul"),  # compound modifier
        ("Baghdad's streets were empty.", "Baghdad"),  # possessive
        ("Kabul fell to the insurgents.", "Kabul"),  # a city's fate, not a government act
        ("A convoy drove past Jakarta.", "Jakarta"),
        ("The strike hit a target southwest of Baghdad.", "Baghdad"),
    ],
)
def test_roles_of_a_place(sentence: str, capital: str) -> None:
    assert _role(sentence, capital) is None


def test_capital_subject_and_object_code_governments() -> None:
    found = _parties("Washington accused Tehran of arming the rebels.")
    assert ("U.S. government", "Government of Iran", "ACCUSE", "asserted") in found
    found = _parties("Kabul accuses Islamabad of sheltering militants")
    assert any(s == "Afghan government" and t == "Government of Pakistan" and m == "asserted"
               for s, t, _e, m in found)  # fmt: skip


def test_negated_twin_is_not_asserted() -> None:
    found = _parties("Washington did not accuse Tehran of arming the rebels.")
    assert not any(m == "asserted" and t == "Government of Iran" for _s, t, _e, m in found)


def test_capital_alias_of_the_knowledge_base_keeps_its_subject_role() -> None:
    found = _parties("Mogadishu accused Al-Shabaab of the bombing.")
    assert any(s in ("Somalia", "Government of Somalia") and e == "ACCUSE"
               for s, _t, e, _m in found)  # fmt: skip


def test_request_to_a_capital() -> None:
    found = _parties("The United Nations urged Baghdad to accept the plan.")
    assert any(t == "Iraqi government" for _s, t, _e, _m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Kabul blast kills 10",
        "Alliance sets sights on Kabul",
        "Gunmen attack Kabul academy",
        "Taliban fighters attacked Jakarta on Monday.",
        "Islamic State fighters marched on Baghdad.",
        "Al-Shabaab gunmen attacked a hotel in Mogadishu.",
        "Taliban fighters shelled Kabul's outskirts.",
        "Al-Shabaab fighters shelled Mogadishu on Monday.",  # a knowledge-base capital alias
        "Taliban fighters shelled Kabul, officials said.",
    ],
)
def test_a_place_adds_no_government(text: str) -> None:
    names = _names(text)
    assert not {"Afghan government", "Iraqi government", "Government of Indonesia",
                "Government of Somalia"} & names  # fmt: skip
