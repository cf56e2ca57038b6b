"""'The detainee said ... He stated that ...': a speaker named by a pronoun is the one the
document named last (at most three sentences back); with nobody named before, the events stay
the reporter's (stop 27, from an analyst's own debrief)."""

from __future__ import annotations

from riftwatch.nlp.extract import extract_document


def _speakers(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (c.event.event_type, c.event.modality,
         (c.attributed_to or {}).get("name"))
        for c in extract_document({"id": "t", "text": text, "date": "2013-05-01"})
    ]  # fmt: skip


def test_he_stated_takes_the_speaker_named_before() -> None:
    text = (
        "The defector, a former Ansar Dine commander, said that AQIM had paid Ansar Dine.\n\n"
        "He stated that Ansar Dine fighters refused to guard AQIM convoys.\n\n"
        "He denied that Ansar Dine received weapons from Algeria."
    )
    found = _speakers(text)
    assert found and all(name and name.startswith("The defector") for _t, _m, name in found), found


def test_a_pronoun_speaker_with_nobody_named_before_leaves_the_reporter() -> None:
    found = _speakers("He stated that Ansar Dine fighters refused to guard AQIM convoys.")
    assert found and all(name is None for _t, _m, name in found), found


def test_a_pronoun_speaker_far_from_the_named_one_is_not_bound() -> None:
    text = (
        "The defector said that AQIM had paid Ansar Dine.\n\n"
        "Ansar Dine attacked a Malian army post in Kidal.\n\n"
        "The Malian army withdrew from Aguelhok.\n\n"
        "French aircraft struck positions near Tessalit.\n\n"
        "He stated that Ansar Dine fighters refused to guard AQIM convoys."
    )
    refusals = [f for f in _speakers(text) if f[0] == "REJECT"]
    assert refusals and all(name is None for _t, _m, name in refusals), refusals
