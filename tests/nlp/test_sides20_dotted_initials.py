"""Initials written with stops stand for the group the document gave those initials (sides20).

Invented names: "the Zorblan People's Volunteer Force (ZPVF) ... the Z.P.V.F." is one group.
Stops do not make initials a group of their own where the document defined none, and initials
before a capitalised word are a person's.
"""

from __future__ import annotations

from riftwatch.nlp.extract import extract_document

ZPVF = "open:zorblan-people-volunteer-force"


def _pairs(text: str) -> set[tuple[str, str]]:
    return {
        (c.event.source.id, c.event.target.id)
        for c in extract_document({"id": "t", "text": text, "date": "2005-06"})
        if c.event.modality == "asserted"
    }


def test_dotted_initials_stand_for_the_defined_group() -> None:
    text = (
        "The Zorblan People's Volunteer Force (ZPVF) attacked the army. "
        "Later the Z.P.V.F. clashed with the Kestrel Front."
    )
    assert (ZPVF, "open:kestrel-front") in _pairs(text)


def test_undefined_dotted_initials_are_not_the_group() -> None:
    text = (
        "The Zorblan People's Volunteer Force (ZPVF) attacked the army. "
        "Later the K.P.V.F. clashed with the Kestrel Front."
    )
    assert (ZPVF, "open:kestrel-front") not in _pairs(text)


def test_dotted_initials_before_a_name_are_a_persons() -> None:
    text = (
        "The Zorblan People's Volunteer Force (ZPVF) attacked the army. "
        "Later Z.P.V.F. Umbrov clashed with the Kestrel Front."
    )
    assert (ZPVF, "open:kestrel-front") not in _pairs(text)


def test_denied_clash_of_dotted_initials_not_asserted() -> None:
    text = (
        "The Zorblan People's Volunteer Force (ZPVF) attacked the army. "
        "The Z.P.V.F. denied that it had clashed with the Kestrel Front."
    )
    assert (ZPVF, "open:kestrel-front") not in _pairs(text)
