"""Persons named together stand together for the group they led or founded (sides20).

Invented persons and groups. "P and Q, later the leaders of Y", "P and Q, who later founded
Y", "P, Q and R founded Y": what the conjoined persons did together ties each of them to Y,
so a relation told through them is Y's. A singular role ("P and Q, the leader of Y") is the
last person's alone; a negated or hedged founding ties nobody.
"""

from __future__ import annotations

import pytest

from riftwatch.nlp.code import Actor
from riftwatch.nlp.extract import extract_document
from riftwatch.nlp.ties import find_ties

HAWKS = Actor(id="open:kestrel-hawks", name="Kestrel Hawks", mention="Kestrel Hawks",
              type="armed_group", org_id="open:kestrel-hawks")  # fmt: skip


def _person(name: str) -> Actor:
    ident = "open:" + name.lower().replace(" ", "-")
    return Actor(id=ident, name=name, mention=name, type="person", org_id=ident, person=name)


def _ties(text: str, persons: list[str]) -> dict[str, str]:
    actors = [(text.index(p), text.index(p) + len(p), _person(p)) for p in persons]
    start = text.index("Kestrel Hawks")
    actors.append((start, start + len("Kestrel Hawks"), HAWKS))
    return {name: group.id for name, group in find_ties([(text, actors)], lambda n: None).items()}


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Varnek and Ilya Brodsk, later the leaders of the Kestrel Hawks, ran the camps.",
        "Tomas Varnek and Ilya Brodsk, who later founded the Kestrel Hawks, ran the camps.",
        "Tomas Varnek and Ilya Brodsk, who would later lead the Kestrel Hawks, ran the camps.",
        "Tomas Varnek and Ilya Brodsk founded the Kestrel Hawks in 1994.",
        "Tomas Varnek, Ilya Brodsk and Petr Sulek set up the Kestrel Hawks in 1994.",
    ],
)
def test_each_conjoined_person_is_tied(text: str) -> None:
    found = _ties(text, ["Tomas Varnek"])  # the parse may leave the second name as words
    assert found.get("Tomas Varnek") == "open:kestrel-hawks"
    assert found.get("Ilya Brodsk") == "open:kestrel-hawks"


@pytest.mark.parametrize(
    "text",
    [
        # a singular role is the last person's
        "Tomas Varnek and Ilya Brodsk, the leader of the Kestrel Hawks, ran the camps.",
        # negated or hedged: no founding
        "Tomas Varnek and Ilya Brodsk never founded the Kestrel Hawks.",
        "Tomas Varnek and Ilya Brodsk may have founded the Kestrel Hawks.",
        "Tomas Varnek and Ilya Brodsk reportedly founded the Kestrel Hawks.",
        # the coordination is no subject: the persons are objects of another verb
        "Tomas Varnek met Ilya Brodsk, who later founded the Kestrel Hawks.",
    ],
)
def test_no_tie_for_the_first_person(text: str) -> None:
    assert "Tomas Varnek" not in _ties(text, ["Tomas Varnek"])


def test_relation_told_through_conjoined_founders_is_the_groups() -> None:
    text = (
        "Tomas Varnek and Ilya Brodsk, later the leaders of the Kestrel Hawks, were top "
        "commanders of the Zorblan Liberation Front."
    )
    actors = {
        (c.event.source.org_name or c.event.source.name)
        for c in extract_document({"id": "t", "text": text, "date": "2005-01"})
    }
    assert "Tomas Varnek" not in actors


# -- a group named as another's armed wing is that group ------------------------------------


def _claims(text: str) -> set[tuple[str, str, str, str]]:
    return {
        (c.event.source.id, c.event.event_type, c.event.target.id, c.event.modality)
        for c in extract_document({"id": "t", "text": text, "date": "2005-01"})
    }


def test_armed_wing_in_apposition_is_its_group() -> None:
    text = "The Kestrel Hawks fought beside the Zorblan Defence Army, the armed wing of Hamas."
    assert ("open:kestrel-hawks", "COOPERATE", "org:hamas", "asserted") in _claims(text)


def test_denied_armed_wing_stays_apart() -> None:
    text = "The Kestrel Hawks fought beside the Zorblan Defence Army, not the armed wing of Hamas."
    assert ("open:kestrel-hawks", "COOPERATE", "org:hamas", "asserted") not in _claims(text)
