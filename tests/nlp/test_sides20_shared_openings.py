"""Two names that open alike are two groups, not a short form of the first (sides20).

After a known group's full name ("the Eelam People's Revolutionary Liberation Front"), the
opening words of another name ("the Eelam People's Unity Party", invented) are no short form
of the known group when the name runs on: the new party is a group of its own, and founding it
splits from the known group. The same words with no name running on still stand for it.
"""

from __future__ import annotations

from riftwatch.nlp.extract import extract_document


def _pairs(text: str) -> set[tuple[str, str, str]]:
    return {
        (c.event.source.id, c.event.event_type, c.event.target.id)
        for c in extract_document({"id": "t", "text": text, "date": "1990-06"})
        if c.event.modality == "asserted"
    }


KNOWN = "org:eprlf"


def test_name_running_on_from_a_known_opening_is_its_own_group() -> None:
    text = (
        "Tomas Varnek quit the Eelam People's Revolutionary Liberation Front in 1987 and set "
        "up the Eelam People's Unity Party."
    )
    assert ("open:eelam-people-unity-party", "REJECT", KNOWN) in _pairs(text)


def test_short_form_without_a_name_running_on_still_stands_for_it() -> None:
    text = (
        "The Eelam People's Revolutionary Liberation Front attacked the Kestrel Brigade. "
        "Eelam People's fighters later ambushed the Kestrel Brigade again."
    )
    assert (KNOWN, "ASSAULT", "open:kestrel-brigade") in _pairs(text)
