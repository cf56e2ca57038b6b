"""Clauses a semicolon or a coordinated clause sets apart (invented sentences).

"X clashed with Y; the group accused Y of ..." is two statements: the parser hangs the
clash on the accusation as if it were reported speech, which made the clash uncertain or
put it in the group's mouth. "the group" opening the second clause is the first clause's
subject, not the last group named.
"""

from __future__ import annotations

import pytest

from riftwatch.nlp.extract import extract_document


def _events(text: str) -> list[tuple[str, str, str, str, str | None]]:
    doc = {"id": "t", "date": "2016-06-04", "text": text}
    out = []
    for coded in extract_document(doc):
        d = coded.to_dict()
        who = d["attributed_to"]["name"] if d["attributed_to"] else None
        out.append((d["source"]["name"], d["event_type"], d["target"]["name"], d["modality"], who))
    return out


@pytest.mark.parametrize("verb", ["accused Ansaru of betraying the jihad", "said Ansaru had lied"])
def test_a_clause_before_a_semicolon_is_the_reporters_own(verb: str) -> None:
    events = _events(f"Boko Haram clashed with Ansaru in Kano; the group {verb}.")
    clash = [e for e in events if e[1] == "ASSAULT" and e[0] == "Boko Haram"]
    assert clash, events
    assert all(e[3] == "asserted" and e[4] is None for e in clash), clash


def test_a_hedge_after_the_semicolon_still_hedges_its_own_clause() -> None:
    events = _events(
        "Boko Haram clashed with Ansaru in Kano; Ansaru may have attacked the Nigerian army."
    )
    second = [e for e in events if e[0] == "Ansaru" and e[1] == "ASSAULT" and e[3] != "asserted"]
    assert second, events


def test_reported_speech_without_a_semicolon_is_still_the_speakers() -> None:
    events = _events("Boko Haram clashed with Ansaru in Kano, the group said.")
    clash = [e for e in events if e[1] == "ASSAULT" and e[0] == "Boko Haram"]
    assert clash and all(e[4] is not None for e in clash), events


def test_the_group_after_a_coordinated_clause_is_that_clauses_subject() -> None:
    events = _events(
        "Boko Haram clashed with Ansaru in Kano, and the group accused Ansaru of betraying "
        "the jihad."
    )
    accuse = [e for e in events if e[1] == "ACCUSE"]
    assert accuse and all(e[0] == "Boko Haram" and e[2] == "Ansaru" for e in accuse), events


def test_the_group_inside_the_clause_that_names_it_is_another_group() -> None:
    """ "AQIM expelled the group from its network" is not AQIM (unchanged)."""
    events = _events(
        "Ansar Dine fought alongside AQIM. Then AQIM expelled the group from its ranks."
    )
    expel = [e for e in events if e[0] == "Al Qaeda in the Islamic Maghreb" and e[1] != "COOPERATE"]
    assert all(e[2] != "Al Qaeda in the Islamic Maghreb" for e in expel), events
