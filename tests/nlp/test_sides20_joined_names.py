"""A name joined by "and" to a group's name is a group too (sides20).

Invented names. A one-word foreign name the knowledge base does not know, which spaCy's small
model tags as a place or a person or not at all, is a side of its own when "and" joins it to a
group ("the Zorblan Liberation Front and Kestrava fought side by side", "fighting between the
Zorblan Front and Kestrava"). Places after a preposition, agent nouns, a person's full name,
months and the owner of a member noun ("Varnek's loyalists") are not made groups, and a negated
relation stays unasserted.
"""

from __future__ import annotations

import pytest

from riftwatch.nlp.extract import extract_document


def _claims(text: str) -> set[tuple[str, str, str]]:
    return {
        (c.event.source.id, c.event.event_type, c.event.target.id)
        for c in extract_document({"id": "t", "text": text, "date": "2005-06"})
        if c.event.modality == "asserted"
    }


def _ids(text: str) -> set[str]:
    return {
        ident
        for c in extract_document({"id": "t", "text": text, "date": "2005-06"})
        for ident in (c.event.source.id, c.event.target.id)
    }


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Zorblan Liberation Front and Kestrava fought side by side against the army.",
         "COOPERATE"),
        ("Fighting broke out between the Zorblan Front and Kestrava in the north.", "ASSAULT"),
    ],
)  # fmt: skip
def test_joined_name_is_a_side(text: str, kind: str) -> None:
    assert any(s == "open:kestrava" and k == kind for s, k, _t in _claims(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Zorblan Liberation Front attacked Umbravo and Kestrava in May.",
        "The Zorblan Liberation Front fought in Umbravo and Kestrava.",
        "The Zorblan Liberation Front and Government forces clashed in Umbravo.",
        "The Zorblan Liberation Front and Tomas Varnek met in March.",
        "Street battles broke out between the Zorblan Front and Varnek's loyalists.",
    ],
)
def test_no_group_made_of_places_agents_persons_or_owners(text: str) -> None:
    made = {i for i in _ids(text) if i in ("open:kestrava", "open:umbravo", "open:government",
                                            "open:tomas-varnek", "open:varnek")}  # fmt: skip
    assert not any(i in made for i in ("open:kestrava", "open:umbravo", "open:government"))


def test_negated_joint_fight_not_asserted() -> None:
    text = "The Zorblan Liberation Front and Kestrava never fought side by side."
    assert not any("open:kestrava" in (s, t) for s, _k, t in _claims(text))
