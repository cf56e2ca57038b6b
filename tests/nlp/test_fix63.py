"""Reference and place misreadings fixed as classes (fix63), on invented sentences.

- A place or state named only in a sentence's opening place and time adjuncts ("In May 2001,
  at a hotel in Tromso, its commanders ...") is no antecedent of the main clause's "its",
  "their" or "they": the group of the discourse is (coref.yaml ``adjunct_prepositions``,
  ``coref.opening_adjunct_end``, ``context.rebind_possessives``); "In Norway, its army"
  keeps the state (``adjunct_state_nouns``).
- A seat of government named as the object of a locative preposition ("bases outside
  Erbil") is a place, not the government it may stand for, nor a later pronoun's
  antecedent (coref.yaml ``locative_prepositions``, ``mentions._located_seat``).
- An end of funding with no party named ("Payments then stopped", "the money stopped
  flowing", "the funding dried up") after a funding act told before: the funder renounces
  the funded, REJECT renounce, with the ending verb's modality (cues.yaml ``flow_nouns``,
  ``flow_ending_verbs``, ``funding_lemmas``; ``mechanisms.ended_funding_told_before``).
- A manner adverbial of repetition ("street by street", "house to house") parsed as the
  object's head is mended, so the fight keeps its target (``parse.repeated_manner``).
"""

from __future__ import annotations

import pytest
from coded import group_events

ZORB = "Zorb Brigade"
KESTREL = "Kestrel People's Front"


def _asserted(text: str, date: str) -> set[tuple[str, str, str | None, str]]:
    return {e[:4] for e in group_events(text, date) if e[4] == "asserted"}


def _pairs(text: str, date: str = "2003-06-01") -> set[tuple[str, str, str]]:
    return {(e[0], e[1], e[3]) for e in _asserted(text, date)}


# -- 1. a place in the opening adjuncts is no antecedent -------------------------------------
@pytest.mark.parametrize(
    ("opening", "pronoun"),
    [
        ("In May 2001, at a hotel in Tromso,", "its commanders"),
        ("In 2001, in Norway,", "its leaders"),
        ("In the spring of 2001, near Bergen,", "its envoys"),
        ("During 2001, in Sweden,", "its negotiators"),
    ],
)
def test_place_in_opening_adjunct_is_no_antecedent(opening: str, pronoun: str) -> None:
    text = (f"The Zorb Brigade was set up by exiles in 1994. {opening} {pronoun} and the "
            f"Kestrel People's Front signed a pact.")  # fmt: skip
    pairs = _pairs(text)
    assert (ZORB, "AGREE", KESTREL) in pairs, pairs
    assert (KESTREL, "AGREE", ZORB) in pairs, pairs
    # a city is never a party; a country stays only the place of the act (locus_party)
    assert not [p for p in pairs if p[0] in ("Tromso", "Bergen")], pairs


def test_plural_pronoun_after_opening_adjunct_takes_the_discourse_group() -> None:
    text = ("The Zorb Brigade was set up by exiles in 1994. In 2001, in Norway, they and the "
            "Kestrel People's Front signed a pact.")  # fmt: skip
    pairs = _pairs(text)
    assert (ZORB, "AGREE", KESTREL) in pairs, pairs


def test_state_body_owned_after_opening_adjunct_keeps_the_state() -> None:
    from riftwatch.nlp.coref import opening_adjunct_end

    text = "In 2003, in Norway, its government hosted the talks."
    assert text[opening_adjunct_end(text) :].startswith("its government")
    assert opening_adjunct_end("The Zorb Brigade, in a statement, denied it.") == 0


def test_denied_pact_after_opening_adjunct_is_not_asserted() -> None:
    text = ("The Zorb Brigade was set up by exiles in 1994. In 2001, at a hotel in Tromso, "
            "its commanders denied that they had signed a pact with the Kestrel People's "
            "Front.")  # fmt: skip
    assert not [p for p in _pairs(text) if p[1] == "AGREE"]


# -- 2. a seat of government in a locative phrase is a place ---------------------------------
@pytest.mark.parametrize("prep", ["near", "outside", "around", "in"])
def test_seat_in_locative_phrase_is_no_party(prep: str) -> None:
    text = (f"The Zorb Brigade, an exile group with bases {prep} Erbil, sent its men to the "
            "front near Mosul in 2015, where they fought beside the Peshmerga against the "
            "Islamic State.")  # fmt: skip
    events = group_events(text, "2015-09-01")
    assert not [e for e in events if "Kurdistan Regional Government" in (e[0], e[3])], events
    pairs = _pairs(text, "2015-09-01")
    assert (ZORB, "ASSAULT", "Islamic State") in pairs, pairs


def test_seat_as_subject_still_stands_for_its_government() -> None:
    text = "Erbil accused Baghdad of withholding the budget, officials said."
    pairs = _pairs(text, "2016-03-01")
    assert ("Kurdistan Regional Government", "ACCUSE", "Iraqi government") in pairs, pairs


# -- 3. an end of funding with the parties of the funding told before ------------------------
@pytest.mark.parametrize(
    "ending",
    [
        "Payments then stopped in 2006.",
        "In 2006 the money stopped flowing.",
        "By 2006 the funding had dried up.",
        "The stipends were halted in 2006.",
    ],
)
def test_end_of_funding_renounces_the_funded(ending: str) -> None:
    text = f"Oman bankrolled the Zorb Brigade for a decade. {ending}"
    events = _asserted(text, "2007-01-01")
    assert ("Oman", "REJECT", "renounce", ZORB) in events, events


@pytest.mark.parametrize(
    "ending",
    [
        "The payments never stopped.",
        "Diplomats feared the money might dry up.",
        "Oman denied that the payments had stopped.",
    ],
)
def test_end_of_funding_negated_or_feared_is_not_asserted(ending: str) -> None:
    text = f"Oman bankrolled the Zorb Brigade for a decade. {ending}"
    events = _asserted(text, "2007-01-01")
    assert not [e for e in events if e[1] == "REJECT"], events


def test_end_of_funding_needs_funding_told_before() -> None:
    text = "Oman trained the Zorb Brigade for a decade. In 2006 the money stopped."
    assert not [e for e in _asserted(text, "2007-01-01") if e[1] == "REJECT"]


# -- 4. a manner adverbial of repetition does not block the fight ----------------------------
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Zorb Brigade fought Kestrel People's Front fighters street by street.", KESTREL),
        ("The Zorb Brigade fought Kestrel People's Front gunmen door to door in the town.",
         KESTREL),
        ("The Zorb Brigade battled Iraqi army units house to house in Tikrit.",
         "Iraqi government"),
    ],
)  # fmt: skip
def test_repetition_adverbial_keeps_the_target(text: str, target: str) -> None:
    pairs = _pairs(text, "2015-01-01")
    assert (ZORB, "ASSAULT", target) in pairs, pairs


def test_repetition_mend_leaves_the_object_and_adverbial() -> None:
    from riftwatch.nlp.parse import nlp

    doc = nlp()("The militia cleared rebel fighters block by block.")
    deps = {t.text: (t.dep_, t.head.text) for t in doc if t.text in ("fighters",)}
    assert deps["fighters"] == ("dobj", "cleared"), deps
