"""World-news constructions of issue 9, round 18 (peers18), on invented sentences.

- Coordinated country adjectives before one agent noun are each a party also when the parser
  reads the first as a name ("Ugandan and Kenyan warships", nmod or compound, not amod).
- An act sworn ("X have sworn to fight Y", read as an adverbial clause) is future, not done.
- Forces a party is ready to contribute to a country ("X is ready to contribute troops to a
  force in Y") are an intent to cooperate (AGREE), as other offered acts are.
- Opening a border to a party ("X opened its borders to Y's refugees") eases as reopening
  does (RETREAT).
- A span before an event noun ("three days of talks with Y", "ten days of joint exercises")
  counts the event: the verb's subject holds it, as "a round of talks" did, and the span is no
  victim of a verb that can take one ("held").

Each has negated or hedged twins that must not come out asserted. None of the sentences comes
from a benchmark or a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, asserted, named_events


def events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, "2006-05-10")


@pytest.mark.parametrize(
    "text",
    [
        "Ugandan and Kenyan warships launched joint exercises on Lake Victoria.",
        "Ugandan and Kenyan negotiators return to Arusha this week for talks on the border.",
    ],
)
def test_coordinated_country_names_before_one_noun_are_each_a_party(text: str) -> None:
    found = asserted(events(text))
    assert any("Uganda" in s and "Kenya" in t for s, _g, t, _m in found), found
    assert any("Kenya" in s and "Uganda" in t for s, _g, t, _m in found), found


def test_coordinated_country_names_in_a_negated_act_are_not_asserted() -> None:
    assert_events(
        events("Ugandan and Kenyan warships did not launch joint exercises on Lake Victoria."),
        gives_not=[ANYTHING],
    )


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kenya held three days of talks with Uganda in Arusha.", "CONSULT"),
        ("Kenya began a week of military exercises with Uganda.", "COOPERATE"),
        ("Kenya rejected months of pressure from Uganda.", "REJECT"),
    ],
)  # fmt: skip
def test_a_span_of_an_event_is_the_event(text: str, etype: str) -> None:
    assert_events(events(text), gives=[("Kenya", etype, "Uganda")])


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not hold three days of talks with Uganda in Arusha.",
        "Kenya may hold three days of talks with Uganda in Arusha.",
        "Kenya denied holding three days of talks with Uganda.",
    ],
)
def test_a_span_of_talks_not_held_is_not_asserted(text: str) -> None:
    assert_events(events(text), gives_not=[ANYTHING])


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Ghana opened its borders to Togolese refugees.", "Togolese refugees"),
        ("Ghana opened its border with Togo on Monday.", "Togo"),
    ],
)  # fmt: skip
def test_opening_a_border_to_a_party_eases_as_reopening_does(text: str, target: str) -> None:
    assert_events(events(text), gives=[("Ghana", "RETREAT", target)])


@pytest.mark.parametrize(
    "text",
    [
        "Ghana did not open its borders to Togolese refugees.",
        "Ghana may open its border with Togo next week.",
        "Ghana refused to open its border with Togo.",
    ],
)
def test_a_border_not_opened_is_not_asserted(text: str) -> None:
    assert_events(events(text), gives_not=[("Ghana", "RETREAT", "Togo")])


@pytest.mark.parametrize(
    "text",
    [
        "Ugandan rebels have sworn to fight the Kenyan army until it leaves the border.",
        "Ugandan rebels have vowed to attack the Kenyan army until it leaves the border.",
        "Ugandan rebels swore to attack the Kenyan army.",
    ],
)
def test_an_act_sworn_or_vowed_is_not_done(text: str) -> None:
    assert_events(
        events(text),
        gives=[("Ugandan rebels", "ASSAULT", "Kenya", None)],
        gives_not=[("Ugandan rebels", "ASSAULT", "Kenya")],
    )


def test_a_promise_verb_with_its_own_object_keeps_its_pledge() -> None:
    assert_events(
        events("Ugandan rebels swore allegiance to the Kenyan army."),
        gives=[("Ugandan rebels", "SUPPORT", "Kenya")],
    )


def test_forces_a_party_is_ready_to_contribute_are_an_intent_to_cooperate() -> None:
    assert_events(
        events("France is ready to contribute 4,000 troops to a peacekeeping force in Chad."),
        gives=[("France", "AGREE", "Chad", None)],
        gives_not=[ANYTHING],
    )


def test_forces_not_offered_are_no_intent() -> None:
    found = events("France is not ready to contribute troops to a peacekeeping force in Chad.")
    assert not any(e[1] == "AGREE" for e in found), found
    assert_events(
        events("France may be ready to contribute troops to a peacekeeping force in Chad."),
        gives_not=[ANYTHING],
    )
