"""World-news constructions of issue 9, round 19 (peers19), on invented sentences.

- A phrase pattern of the base dictionary whose noun is a thing the act is done to or
  through ("hacked into the computers of Y", "hacked into Y's computers"; PETRARCH-2's HACK
  group, CAMEO 176) names the other party in that thing's own "of" phrase or possessive, as
  a matched object does ("seized control of Y"); it coded nothing before.

Each has negated, hedged or denied twins that must not come out asserted. None of the
sentences comes from a benchmark or a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events


def events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, "2009-03-02")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Syria hacked into the computers of the Turkish army.", "Syria", "Turkey"),
        ("Syria hacked into the Turkish army's computers.", "Syria", "Turkey"),
        ("Iran has hacked into the computers of the Saudi government, officials said.",
         "Iran", "Saudi"),
    ],
)  # fmt: skip
def test_the_owner_of_a_thing_a_phrase_pattern_names_is_the_target(
    text: str, source: str, target: str
) -> None:
    found = events(text)
    assert has(found, source, "COERCE", target), found


@pytest.mark.parametrize(
    "text",
    [
        "Syria did not hack into the computers of the Turkish army.",
        "Syria denied hacking into the computers of the Turkish army.",
        "Syria may have hacked into the computers of the Turkish army.",
        "Syria threatened to hack into the computers of the Turkish army.",
        "Syria never hacked into the Turkish army's computers.",
        "If Syria hacked into the computers of the Turkish army, Ankara would respond.",
    ],
)
def test_a_negated_or_hedged_hacking_is_not_asserted(text: str) -> None:
    found = events(text)
    assert not [e for e in asserted(found) if e[1] == "COERCE"], found
