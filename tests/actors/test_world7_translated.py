"""world7: a group named in its own language is the group the knowledge base knows by its
English name (issue 10: Italian, German, Spanish and French groups' names in descriptions).

Invented sentences; real knowledge-base names, and an invented knowledge base for the
mechanism itself. Guards: a name the glossary does not fully know, an English name, a
person's or a place's name, and a reading that names two groups resolve to no group."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from riftwatch.actors.kb import load_kb
from riftwatch.actors.open import translations
from riftwatch.actors.resolve import Resolver, default_resolver
from riftwatch.nlp.extract import DocumentState, _find_actors


def _id(name: str, date: str = "1978") -> str | None:
    res = default_resolver().resolve(name, date=date)
    return None if res.actor is None else res.actor.id


def _found(text: str, date: str = "1978-05-01") -> dict[str, str]:
    state = DocumentState()
    out = {}
    for s, e, actor in _find_actors(text, date, state):
        out[text[s:e]] = actor.key()
        state.note(actor)
    return out


@pytest.mark.parametrize(
    ("foreign", "expected"),
    [
        ("Brigate Rosse", "org:red-brigades"),
        ("Nuclei Armati Proletari", "org:armed-proletarian-nuclei"),
        ("Nuclei Armati Rivoluzionari", "org:armed-revolutionary-nuclei"),
        ("Revolutionäre Zellen", "org:revolutionary-cells"),
        ("Ordine Nero", "org:black-order"),
        ("Formazioni Comuniste Combattenti", "org:communist-combat-formations"),
        ("Proletari Armati per il Comunismo", "org:proletarians-armed-for-communism"),
    ],
)
def test_a_group_named_in_its_own_language_is_the_known_group(foreign: str, expected: str) -> None:
    assert _id(foreign) == expected


def _invented(tmp_path: Path) -> Resolver:
    doc = {
        "kb_version": 1,
        "source": "curated",
        "entities": [
            {"id": "org:red-proletarian-formations", "name": "Red Proletarian Formations",
             "type": "armed_group"},
            {"id": "org:black-communist-units", "name": "Black Communist Units",
             "type": "armed_group"},
            {"id": "org:black-communist-units-2", "name": "Communist Black Units",
             "type": "armed_group"},
            {"id": "person:black-order", "name": "Black Order", "type": "person"},
            {"id": "place:third-position", "name": "Third Position", "type": "place"},
        ],
    }  # fmt: skip
    path = tmp_path / "kb.yaml"
    path.write_text(yaml.safe_dump(doc), "utf-8")
    return Resolver(load_kb([path], use_cache=False))


def test_the_readings_of_an_invented_name_find_the_invented_group(tmp_path: Path) -> None:
    r = _invented(tmp_path)
    res = r.resolve("Formazioni Proletarie Rosse", date="1979")
    assert res.actor is not None and res.actor.id == "org:red-proletarian-formations"
    assert res.reason.startswith("translated")


def test_no_group_where_the_readings_name_two_groups_or_no_group(tmp_path: Path) -> None:
    r = _invented(tmp_path)
    # "Unita Comuniste Nere" reads both "Black Communist Units" and "Communist Black Units"
    assert r.resolve("Unità Comuniste Nere", date="1979").actor is None
    # a reading that is a place's or a person's name is no group
    for foreign in ("Ordine Nero", "Terza Posizione"):
        res = r.resolve(foreign, date="1979")
        assert res.actor is None or not res.reason.startswith("translated"), res.reason


@pytest.mark.parametrize(
    "name",
    [
        "Red Brigades",  # English already: nothing to translate
        "Brigate Kestreli",  # a word the glossary does not know
        "Giovanni Rossi",  # a person whose surname is a glossary word
        "Piazza Rossa",  # a place
        "Rome",
        "Ottobre Rosso",  # a month and a colour
    ],
)
def test_names_that_are_not_translated(name: str) -> None:
    readings = translations(name)
    assert all(default_resolver()._direct(r) == [] for r in readings) or not readings


def test_translated_names_in_a_sentence_are_the_groups() -> None:
    text = (
        "In 1977 the Brigate Rosse took in the last members of the Nuclei Armati Proletari "
        "after a joint campaign in Naples."
    )
    found = _found(text)
    assert found.get("Brigate Rosse") == "org:red-brigades"
    assert found.get("Nuclei Armati Proletari") == "org:armed-proletarian-nuclei"


def test_capitalised_italian_non_names_give_no_group() -> None:
    text = (
        "In Ottobre the Generale met Giovanni Rossi in Piazza Nuova, near the Via Rossa, "
        "and no armed group was named."
    )
    found = _found(text)
    assert not any(k.startswith(("org:", "open:")) for k in found.values()), found


def test_a_foreign_name_of_a_group_the_kb_does_not_know_stays_open() -> None:
    found = _found("That spring the Brigate Kestreli bombed a depot outside Turin.")
    assert found.get("Brigate Kestreli") == "open:brigate-kestreli"
