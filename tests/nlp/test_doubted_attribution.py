"""attribution.rules.v7: an event that a word of disbelief makes uncertain keeps that word in
its attribution (``doubted``), so that the analysis lists the skeptic against a rift, with the
holder of the doubt as the speaker when no statement names one ("Analysts are skeptical that
..."); a hedge, a denial, an assertion beside a skeptical word keep no ``doubted``."""

from __future__ import annotations

from typing import Any

import pytest

from riftwatch.nlp.extract import extract_document

X, Y = "Red Hand Brigade", "Iron Front"


def _pair(text: str) -> list[Any]:
    coded = extract_document({"id": "t", "text": text, "date": "2015-06-01"})
    return [c for c in coded if {c.event.source.name, c.event.target.name} == {X, Y}]


@pytest.mark.parametrize(
    ("text", "word", "speaker"),
    [
        ("A senior Danish official said it was wishful thinking to believe that the Red Hand "
         "Brigade had turned against the Iron Front.", "wishful", "A senior Danish official"),
        ("A regional diplomat said it is premature to conclude that the Red Hand Brigade has "
         "split from the Iron Front.", "premature", "A regional diplomat"),
        ("It would be naive to think that the Red Hand Brigade has abandoned the Iron Front.",
         "naive", None),
        ("Analysts are skeptical that the Red Hand Brigade has broken with the Iron Front.",
         "skeptical", "Analysts"),
        ("Intelligence officers in Kabul are unconvinced that the Red Hand Brigade has split "
         "from the Iron Front.", "unconvinced", "Intelligence officers"),
    ],
)  # fmt: skip
def test_a_doubted_event_keeps_the_word_of_disbelief(
    text: str, word: str, speaker: str | None
) -> None:
    pair = _pair(text)
    assert pair, "the doubted claim is kept"
    for c in pair:
        assert c.event.modality == "uncertain"
        assert (c.attributed_to or {}).get("doubted") == word
        assert (c.attributed_to or {}).get("name") == speaker


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Skeptical officials said the Red Hand Brigade had broken with the Iron Front.",
         "asserted"),
        ("The Red Hand Brigade broke with the Iron Front, a step some analysts called "
         "premature.", "asserted"),
        ("The Red Hand Brigade may have split from the Iron Front, analysts said.",
         "uncertain"),
        ("Officials denied that the Red Hand Brigade had broken with the Iron Front.",
         "denied"),
    ],
)  # fmt: skip
def test_a_hedge_a_denial_or_a_skeptical_word_beside_an_assertion_is_no_doubt(
    text: str, modality: str
) -> None:
    pair = _pair(text)
    assert pair
    assert {c.event.modality for c in pair} == {modality}
    assert all("doubted" not in (c.attributed_to or {}) for c in pair)
