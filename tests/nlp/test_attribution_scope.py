"""Who an event is attributed to: only what a speaker says is the speaker's, and a speaker
is named whole (a hyphenated group name the parser splits is never "-")."""

from __future__ import annotations

from riftwatch.nlp.extract import extract_document


def said_by(text: str) -> dict[str, str | None]:
    """Trigger word -> speaker name of each event of ``text``."""
    coded = extract_document({"id": "t", "text": text, "date": "2020-06-20"})
    return {c.event.trigger.text: (c.attributed_to or {}).get("name") for c in coded}


def test_a_reporters_clause_before_a_coordinated_statement_is_not_the_speakers() -> None:
    found = said_by(
        "Jamaat-ul-Ahrar fighters clashed with TTP militants near the border, and a police "
        "officer said the TTP had cut all ties with Jamaat-ul-Ahrar."
    )
    assert found["clashed"] is None, found
    assert found["cut"] == "a police officer", found


def test_an_event_inside_the_statement_keeps_its_speaker() -> None:
    found = said_by("Jamaat-ul-Ahrar fighters clashed with TTP militants, a police officer said.")
    assert found["clashed"] == "a police officer", found
    found = said_by(
        "Police said that Jamaat-ul-Ahrar fighters clashed with TTP militants and the TTP "
        "cut its ties with Jamaat-ul-Ahrar."
    )
    assert found["clashed"] == "Police" and found["cut"] == "Police", found


def test_a_hyphenated_group_speaking_is_named_whole() -> None:
    found = said_by("Jamaat-ul-Ahrar said it had cut all ties with the TTP.")
    assert found["cut"] == "Jamaat-ul-Ahrar", found
