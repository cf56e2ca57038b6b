"""One test of a verification verb left undone (neg44), shared by modality's confirmations,
doubted sources, questioned acts and taken-back reports (``written.unchecked_verification``,
``written.confirmed_verification``; word lists in cues.yaml ``verification_verbs``,
``unable_words``, ``verification_hedges``). Invented sentences only.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import named_events

from riftwatch.nlp import written
from riftwatch.nlp.lexicon import load
from riftwatch.nlp.parse import nlp


def _verb(text: str, word: str) -> object:
    return next(t for t in nlp()(text) if t.text == word)


@pytest.mark.parametrize(
    ("text", "word", "cue"),
    [
        ("The account could not be verified.", "verified", "not"),
        ("The account was never confirmed by anyone.", "confirmed", "never"),
        ("Nobody has corroborated the account.", "corroborated", "Nobody"),
        ("Neither claim was confirmed.", "confirmed", "Neither"),
        ("Officials were unable to verify the claim.", "verify", "unable"),
        ("The account remains unverified.", "unverified", "unverified"),
    ],
)
def test_unchecked_verification_finds_the_word_that_undoes_it(
    text: str, word: str, cue: str
) -> None:
    found = written.unchecked_verification(_verb(text, word), load())
    assert found is not None and found.text == cue


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The account was later verified.", "verified"),
        ("Officials confirmed the claim.", "confirmed"),
        ("Officials were able to verify the claim.", "verify"),
        ("The account may be confirmed soon.", "confirmed"),  # possible: not doubted
        ("The account remains unchanged.", "unchanged"),  # "un-" of no verb of checking
    ],
)
def test_unchecked_verification_twins_are_not_undone(text: str, word: str) -> None:
    assert written.unchecked_verification(_verb(text, word), load()) is None


@pytest.mark.parametrize(
    ("text", "word", "given"),
    [
        ("Officials confirmed the claim.", "confirmed", True),
        ("The account was later verified.", "verified", True),
        ("The account might be confirmed.", "confirmed", False),  # only possible
        ("The account could not be confirmed.", "confirmed", False),
        ("Nobody confirmed the account.", "confirmed", False),
        ("Officials failed to confirm the account.", "confirm", False),
    ],
)
def test_confirmed_verification(text: str, word: str, given: bool) -> None:
    assert written.confirmed_verification(_verb(text, word), load()) is given


def _modalities(text: str) -> set[tuple[str, str, str, str]]:
    return set(named_events(text, "2014-05-01"))


@pytest.mark.parametrize(
    "verb",
    ["Nobody has confirmed", "Officials were unable to confirm", "Officials could not confirm"],
)
def test_a_rumour_left_unconfirmed_stays_hearsay(verb: str) -> None:
    """modality._confirmed reads the shared test: a rumour nobody confirmed, or that
    officials were unable to confirm, is hearsay (uncertain), neither asserted nor untrue."""
    text = f"The convoy was hit. {verb} a rumour that the ISI had armed the TTP."
    found = {e for e in _modalities(text) if "Inter-Services" in e[0] and "Tehrik" in e[2]}
    assert found and {e[3] for e in found} == {"uncertain"}


def test_a_rumour_confirmed_is_asserted() -> None:
    text = "The convoy was hit. Officials confirmed a rumour that the ISI had armed the TTP."
    assert any(
        "Inter-Services" in e[0] and "Tehrik" in e[2] and e[3] == "asserted"
        for e in _modalities(text)
    )
