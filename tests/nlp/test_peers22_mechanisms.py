"""World-news constructions of issue 9, round 22 (peers22), on invented sentences.

- A country's legislature ("the Ugandan parliament", "Kenyan lawmakers", "senators") is a
  party of its own (agents role ``legislature``): the country's legislature body where the
  knowledge base has one (the U.S. Congress), else the country itself, never the body of its
  government. A president urging, pushing or condemning his own parliament had been one
  actor on both sides, so the event was dropped.
- The opposition's collective nouns of two words ("opposition groups", "opposition
  coalition", "opposition activists") name the opposition of the country they are of or in,
  as "opposition parties" did, and the mention keeps the word "opposition".
- Knowledge handed on is training: "shared its bomb-making expertise with Y", "provided
  know-how to Y", "gave its skills to Y" (events.yaml nouns), while having the skills or the
  expertise to attack Y is a capacity, no attack (cues.yaml ``capacity_nouns``).
- A bare "Congress" beside a U.S. president's name or the White House is the U.S. Congress.

Each has negated, hedged or denied twins that must not come out asserted. None of the
sentences comes from a benchmark or a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, id_events, named_events


def events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, "2004-03-09")


def exact(text: str) -> set[tuple[str, str, str, str]]:
    """Events keyed by the exact source and target names (no substring matching)."""
    return events(text)


# -- a country's legislature is a party of its own --------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("President Museveni urged the Ugandan parliament to pass the budget.",
         "Government of Uganda", "REQUEST", "Uganda"),
        ("The Ugandan president pushed the Ugandan parliament for a new electoral law.",
         "Government of Uganda", "REQUEST", "Uganda"),
        # a legislature sits in its own country, as a court does
        ("The Ugandan president urged the parliament in Uganda to pass the budget.",
         "Government of Uganda", "REQUEST", "Uganda"),
        ("The Ghanaian parliament condemned the Ghanaian government over the arrests.",
         "Ghana", "ACCUSE", "Government of Ghana"),
        ("Zambian lawmakers accused the Zambian cabinet of hiding the loan.",
         "Zambia", "ACCUSE", "Government of Zambia"),
    ],
)  # fmt: skip
def test_a_legislature_and_its_government_are_two_parties(
    text: str, source: str, etype: str, target: str
) -> None:
    found = exact(text)
    assert any(s == source and g == etype and t == target and m == "asserted"
               for s, g, t, m in found), found  # fmt: skip


@pytest.mark.parametrize(
    ("text", "source", "etype", "target", "modality"),
    [
        ("President Museveni did not urge the Ugandan parliament to pass the budget.",
         "Government of Uganda", "REQUEST", "Uganda", "negated"),
        ("The Ghanaian parliament may condemn the Ghanaian government over the arrests.",
         "Ghana", "ACCUSE", "Government of Ghana", None),
        ("Zambian lawmakers denied accusing the Zambian cabinet of hiding the loan.",
         "Zambia", "ACCUSE", "Government of Zambia", None),
    ],
)  # fmt: skip
def test_a_legislatures_unasserted_acts_stay_unasserted(
    text: str, source: str, etype: str, target: str, modality: str | None
) -> None:
    found = exact(text)
    assert not any(s == source and g == etype and t == target and m == "asserted"
                   for s, g, t, m in found), found  # fmt: skip
    if modality is not None:
        assert any(s == source and g == etype and t == target and m == modality
                   for s, g, t, m in found), found  # fmt: skip


def test_the_us_legislature_is_congress() -> None:
    found = id_events("American senators accused the Malian junta of rigging the vote.",
                      "2004-03-09")  # fmt: skip
    assert ("org:us-congress", "ACCUSE") in {(s, g) for s, g, _t, m in found if m == "asserted"}


def test_a_legislature_acting_on_another_state_keeps_its_country() -> None:
    # the family of the legislature stays its country's: no other country, no group
    assert_events(
        events("The Kenyan parliament condemned Uganda over the border raids."),
        gives=[("Kenya", "ACCUSE", "Uganda")],
        gives_not=[("Uganda", "ACCUSE", "Kenya")],
    )


# -- the opposition's collective nouns -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Opposition groups in Gabon accused President Bongo of fraud.",
         "Opposition groups in Gabon", "ACCUSE", "Gabon"),
        ("Opposition activists in Togo clashed with police on Sunday.",
         "Opposition activists in Togo", "ASSAULT", "Togo"),
        ("The Malawian opposition coalition rejected the government's offer of talks.",
         "Malawian opposition coalition", "REJECT", "Malawi"),
    ],
)  # fmt: skip
def test_the_oppositions_collective_nouns_name_the_opposition(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(events(text), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Opposition groups in Gabon did not accuse President Bongo of fraud.",
         "Opposition groups in Gabon", "ACCUSE", "Gabon"),
        ("Opposition activists in Togo threatened to clash with police on Sunday.",
         "Opposition activists in Togo", "ASSAULT", "Togo"),
        ("Opposition groups in Gabon may accuse President Bongo of fraud.",
         "Opposition groups in Gabon", "ACCUSE", "Gabon"),
    ],
)  # fmt: skip
def test_the_oppositions_unasserted_acts_stay_unasserted(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(events(text), gives_not=[(source, etype, target)])


def test_opposition_groups_are_no_state() -> None:
    found = id_events("Opposition groups in Gabon accused President Bongo of fraud.", "2004-03-09")
    sources = {s for s, g, _t, m in found if g == "ACCUSE" and m == "asserted"}
    assert sources and all(s.startswith("open:") for s in sources), found


# -- knowledge handed on is training -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Iran shared bomb-making expertise with Hezbollah, officials said.", "Iran",
         "Hezbollah"),
        ("North Korea provided technical know-how to Iran.", "North Korea", "Iran"),
        ("Hezbollah gave its rocket skills to Hamas.", "Hezbollah", "Hamas"),
    ],
)  # fmt: skip
def test_knowledge_handed_on_is_training(text: str, source: str, target: str) -> None:
    assert_events(events(text), gives=[(source, "AID", target)])


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Iran did not share bomb-making expertise with Hezbollah.", "Iran", "Hezbollah"),
        ("Iran denied sharing bomb-making expertise with Hezbollah.", "Iran", "Hezbollah"),
        ("North Korea may have provided technical know-how to Iran.", "North Korea", "Iran"),
        ("North Korea offered to provide technical know-how to Iran.", "North Korea", "Iran"),
    ],
)  # fmt: skip
def test_unasserted_knowledge_is_no_training(text: str, source: str, target: str) -> None:
    assert_events(events(text), gives_not=[(source, "AID", target)])


@pytest.mark.parametrize(
    "text",
    [
        "Hamas has the skills to attack Israeli towns.",
        "Hezbollah has the expertise to strike Israel.",
    ],
)
def test_a_skill_to_attack_is_no_attack(text: str) -> None:
    assert_events(events(text), gives_not=[("", "ASSAULT", "")])


# -- which congress: a U.S. president named beside it ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Congress is pressing Obama to sanction Venezuela.",
        "Congress urged President Bush to sanction Venezuela.",
    ],
)
def test_congress_beside_a_us_president_is_the_us_congress(text: str) -> None:
    found = id_events(text, "2009-06-01")
    assert ("org:us-congress", "REQUEST") in {(s, g) for s, g, _t, m in found
                                              if m == "asserted"}, found  # fmt: skip


def test_congress_beside_a_us_president_unasserted() -> None:
    found = id_events("Congress did not urge President Bush to sanction Venezuela.", "2006-06-01")
    assert ("org:us-congress", "REQUEST", "asserted") not in {(s, g, m) for s, g, _t, m in found}


def test_a_congress_with_no_us_word_is_no_us_congress() -> None:
    found = id_events("Congress urged the prime minister to sanction Venezuela.", "2009-06-01")
    assert not any("us-congress" in s or "us-congress" in t for s, _g, t, _m in found), found
