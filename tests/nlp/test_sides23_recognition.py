"""Sides named through their leaders in relationship descriptions (issue 10, sides23).

A knowledge-base leader's surname in the possessive before a body that the leader heads
("Maskhadov's government", "Curcio's organisation", "al-Sadr's movement") is one mention of
the group the leader led at the document's date, so the noun is no other group (before, the
surname stood for nobody and "government" for the state of the text). Twins: out of the
leader's tenure, or with a surname two leaders then shared, the phrase stands for no group;
a negated or hedged act gives no asserted event.
"""

from __future__ import annotations

import pytest

from riftwatch.nlp.extract import extract_document
from riftwatch.nlp.mentions import leader_surnames


def _asserted(text: str, date: str) -> set[tuple[str, str, str]]:
    return {
        (c.event.source.org_id or c.event.source.id, c.event.event_type,
         c.event.target.org_id or c.event.target.id)
        for c in extract_document({"id": "t", "text": text, "date": date})
        if c.event.modality == "asserted"
    }  # fmt: skip


ICHKERIA = "org:chechen-republic-of-ichkeria"


def test_a_leaders_government_is_the_group_he_led() -> None:
    spans = leader_surnames("Maskhadov's government condemned the raid.", "1999-08-01", [])
    assert [(a.org_id, s, e) for s, e, a in spans] == [(ICHKERIA, 0, len("Maskhadov's government"))]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Curcio's organisation attacked the Zorblan Front in Milan.", "1974-05"),
        ("Maskhadov's government accused the Zorblan Front of treason.", "1999-08"),
    ],
)
def test_the_possessive_body_acts_for_the_group(text: str, date: str) -> None:
    sources = {s for s, _t, o in _asserted(text, date) if "zorblan" in o}
    assert sources and sources <= {"org:red-brigades", ICHKERIA}


def test_out_of_tenure_the_possessive_is_no_group() -> None:
    # Maskhadov led Ichkeria from 1997; in 1990 the phrase names no group
    assert leader_surnames("Maskhadov's government condemned the raid.", "1990-01-01", []) == []


def test_an_undated_text_stands_for_no_group() -> None:
    assert leader_surnames("Maskhadov's government condemned the raid.", None, []) == []


def test_an_ordinary_possessed_noun_is_no_body() -> None:
    assert leader_surnames("Maskhadov's speech condemned the raid.", "1999-08-01", []) == []


@pytest.mark.parametrize(
    "text",
    [
        "Maskhadov's government did not accuse the Zorblan Front of treason.",
        "Maskhadov's government may have accused the Zorblan Front of treason.",
    ],
)
def test_negated_and_hedged_acts_stay_unasserted(text: str) -> None:
    assert not any("zorblan" in o for _s, _t, o in _asserted(text, "1999-08"))


def test_a_surname_after_an_arabic_article_is_read_without_it() -> None:
    spans = leader_surnames("Sadr's movement fought the army.", "2005-01-01", [])
    assert [a.org_id for _s, _e, a in spans] == ["org:mahdi-army"]


def test_a_founders_organisation_stays_his_after_his_tenure() -> None:
    # Curcio founded the Red Brigades and led them until 1976
    spans = leader_surnames("Having quit Curcio's organisation, P founded Y.", "1979-01-01", [])
    assert [a.org_id for _s, _e, a in spans] == ["org:red-brigades"]
    # his men are only the group's while he leads it
    assert leader_surnames("Curcio's men attacked the court.", "1979-01-01", []) == []
    # before the founding the phrase names nothing
    assert leader_surnames("Curcio's organisation attacked.", "1965-01-01", []) == []
