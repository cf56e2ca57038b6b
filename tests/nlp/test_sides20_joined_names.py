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


# -- new groups named by their founding or splitting, learnt for the whole document ---------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Commanders who left the Zorblan Liberation Front created Sahwat Umbra, which then "
         "attacked the front.", "open:sahwat-umbra"),
        ("In 2004 Umbra Dawn broke away from the Zorblan Liberation Front.", "open:umbra-dawn"),
        ("Dissidents of the Zorblan Front set up Kestrava Dawn in May.", "open:kestrava-dawn"),
    ],
)  # fmt: skip
def test_founded_or_splitting_name_is_a_group(text: str, name: str) -> None:
    assert name in _ids(text)


def test_learnt_name_is_the_group_later_in_the_document() -> None:
    text = (
        "In 2004 Umbra Dawn broke away from the Zorblan Liberation Front. "
        "In 2006 the Zorblan Liberation Front and Umbra Dawn signed a truce."
    )
    assert ("open:zorblan-liberation-front", "AGREE", "open:umbra-dawn") in _claims(text)


def test_person_splitting_stays_a_person() -> None:
    # a person splitting is left to the ties of persons, never made a group here
    text = "Tomas Varnek broke away from the Zorblan Front."
    sources = extract_document({"id": "t", "text": text, "date": "2005-06"})
    assert all(
        c.event.source.type == "person" for c in sources if c.event.source.id == "open:tomas-varnek"
    )


@pytest.mark.parametrize(
    "text",
    [
        # a common noun founded is no name
        "The Zorblan Front formed a government in March.",
        # a longer name cut by a possessive is not taken in part
        "Ilya Brodsk later founded the Zorblan People's Democratic Party.",
    ],
)
def test_no_group_from_persons_common_nouns_or_cut_names(text: str) -> None:
    assert not {"open:government", "open:democratic-party"} & _ids(text)


def test_denied_founding_not_asserted() -> None:
    text = "Dissidents of the Zorblan Front did not form Sahwat Umbra."
    assert not any("open:sahwat-umbra" in (s, t) for s, _k, t in _claims(text))
