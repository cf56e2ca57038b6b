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
