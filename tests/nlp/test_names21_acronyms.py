"""A name defined with its initials in parentheses is found whatever small words join it, and
where other words open the run of capitals before it (issue 9's closed actors, issue 10's
replay; helper names21).

"Students for a Zorblan Society (SZS)" was not taken as a name ("a" did not join the words of a
name), so a later document's "SZS" was an actor of its own; "Fighters of the Zorblan Kestrel
Society (ZKS)" was not either (the whole run's initials, FZKS, did not spell the letters). Now
the connectors of ``lexicon/initialisms.yaml`` join the name, and the name is the part of the
run that spells the letters. Invented groups only; negative twins: a year, an aside and a
place in parentheses, letters that spell nothing before them, and a negated event.
"""

from __future__ import annotations

from typing import Any

import pytest

from riftwatch import api
from riftwatch.nlp import acronyms

BRIGADE = "open:umbrian-brigade"


def _events(*texts: str) -> list[dict[str, Any]]:
    docs = [{"id": f"n{k}", "date": "1990-05", "text": t} for k, t in enumerate(texts)]
    return list(api.extract(docs))


def _pairs(events: list[dict[str, Any]]) -> set[tuple[str, str, str, str]]:
    return {(e["source"]["id"], e["event_type"], e["target"]["id"], e["modality"]) for e in events}


def test_a_name_joined_by_a_is_defined_with_its_initials() -> None:
    events = _events(
        "In 1989 Students for a Zorblan Society (SZS) attacked the Umbrian Brigade in Kefra."
    )
    assert ("open:students-for-a-zorblan-society", "ASSAULT", BRIGADE, "asserted") in _pairs(events)


def test_another_documents_initials_are_the_name_they_defined() -> None:
    events = _events(
        "In 1989 Students for a Zorblan Society (SZS) attacked the Umbrian Brigade in Kefra.",
        "In 1990 the SZS attacked the Umbrian Brigade again near Kefra.",
    )
    later = _pairs([e for e in events if e["doc_id"] == "n1"])
    assert ("open:students-for-a-zorblan-society", "ASSAULT", BRIGADE, "asserted") in later


def test_the_spelled_part_of_a_longer_run_of_capitals_is_the_name() -> None:
    text = "Fighters of the Zorblan Kestrel Society (ZKS) attacked the Umbrian Brigade."
    assert ("open:zorblan-kestrel-society", "ASSAULT", BRIGADE, "asserted") in _pairs(_events(text))


def test_the_name_is_cut_from_the_run_where_its_initials_begin() -> None:
    text = "Fighters of the Zorblan Kestrel Society (ZKS) attacked."
    known: dict[str, Any] = {}
    found = acronyms._full_names(text, [], known)
    assert [text[s:e] for s, e, _a in found] == ["Zorblan Kestrel Society"]
    assert known["ZKS"].id == "open:zorblan-kestrel-society"


def test_a_negated_attack_by_the_defined_name_stays_negated() -> None:
    events = _events(
        "Students for a Zorblan Society (SZS) did not attack the Umbrian Brigade in 1989."
    )
    got = {p for p in _pairs(events) if p[0] == "open:students-for-a-zorblan-society"}
    assert got and all(p[3] != "asserted" for p in got)


@pytest.mark.parametrize(
    "text",
    [
        "Students for a Zorblan Society (2014) attacked the Umbrian Brigade.",
        "Students for a Zorblan Society (see below) attacked the Umbrian Brigade.",
        "Students for a Zorblan Society (in Kefra) attacked the Umbrian Brigade.",
    ],
)
def test_a_parenthesis_without_initials_defines_nothing(text: str) -> None:
    known: dict[str, Any] = {}
    acronyms._full_names(text, [], known)
    assert known == {}


def test_letters_that_spell_nothing_before_them_name_nothing() -> None:
    text = "Fighters of the Zorblan Kestrel Society (UPG) attacked the Umbrian Brigade."
    known: dict[str, Any] = {}
    found = acronyms._full_names(text, [], known)
    assert known == {} and found == []
