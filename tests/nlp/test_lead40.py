"""Stop 40 (lead): the whole a splinter leaves, named again by "the group" right after "out
of", is that whole; the splinter reading of written25 applies to an anaphor after the whole
is named. Invented names."""

from __future__ import annotations

import pytest

from riftwatch.nlp.extract import extract_document


def _triples(text: str) -> set[tuple[str, str, str | None, str, str]]:
    coded = extract_document({"id": "t", "date": "2005-01-01", "text": text})
    return {
        (c.event.source.name, c.event.event_type, c.event.mode, c.event.target.name,
         c.event.modality)
        for c in coded
    }  # fmt: skip


def test_the_group_right_after_out_of_is_the_whole_left() -> None:
    text = (
        "The Volta Front split in 2005 when a commander led a faction out of the group to "
        "form the Kumasi Brigade."
    )
    assert ("Kumasi Brigade", "REJECT", "split", "Volta Front", "asserted") in _triples(text)


def test_a_pronoun_after_the_whole_is_still_the_splinter() -> None:
    text = "A commander led a faction out of the Volta Front and joined it with the Kumasi Brigade."
    found = _triples(text)
    # "it" is the faction led out, never the Volta Front: no pledge or tie to the Front
    assert not any(
        t[3] == "Volta Front" and t[1] in ("SUPPORT", "COOPERATE", "AGREE") for t in found
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Front did not split in 2005, and no commander led a faction out of the group.",
        "The Volta Front may split if a commander leads a faction out of the group to form the "
        "Kumasi Brigade.",
    ],
)
def test_no_asserted_split_from_negated_or_conditional_leaving(text: str) -> None:
    assert not any(t[1] == "REJECT" and t[4] == "asserted" for t in _triples(text))


def test_weapons_by_kind_sold_to_a_party_are_aid_one_way() -> None:
    found = _triples("The Zorb Front sold rockets to the Kumasi Brigade.")
    assert ("Zorb Front", "AID", "weapons", "Kumasi Brigade", "asserted") in found
    # a sale of weapons is no cooperation of the buyer's with the seller
    assert not any(t[0] == "Kumasi Brigade" and t[3] == "Zorb Front" for t in found)


def test_weapons_received_from_a_party_are_its_aid() -> None:
    found = _triples("The Kumasi Brigade received missiles from the Zorb Front.")
    assert ("Zorb Front", "AID", "weapons", "Kumasi Brigade", "asserted") in found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The Zorb Front did not sell rockets to the Kumasi Brigade.", "negated"),
        ("Officials said the Zorb Front may have sold mortars to the Kumasi Brigade.", "uncertain"),
    ],
)
def test_weapons_sold_keep_the_verbs_modality(text: str, modality: str) -> None:
    aid = [t for t in _triples(text) if t[1] == "AID"]
    assert aid and all(t[4] == modality for t in aid)


def test_rockets_fired_at_a_party_stay_an_attack() -> None:
    found = _triples("Zorb Front fighters fired rockets and mortars at the Kumasi Brigade.")
    assert any(t[1] == "ASSAULT" and t[3] == "Kumasi Brigade" for t in found)
    assert not any(t[1] == "AID" for t in found)
