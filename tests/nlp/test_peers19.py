"""World-news constructions of issue 9, round 19 (peers19), on invented sentences.

- A phrase pattern of the base dictionary whose noun is a thing the act is done to or
  through ("hacked into the computers of Y", "hacked into Y's computers"; PETRARCH-2's HACK
  group, CAMEO 176) names the other party in that thing's own "of" phrase or possessive, as
  a matched object does ("seized control of Y"); it coded nothing before.
- A country word before such a thing says whose it is too ("hacked Israeli government
  websites", "died in Kenyan police custody": PETRARCH-2's DIE "(IN &DETENTION)" pattern).
- "in front of Y" is a place, no front organisation for Y ("protested in front of Y's
  embassy" had coded an asserted COOPERATE with Y: a precision fix).
- A withdrawal "from" a place names the place left, never the one who leaves: the author of
  "began a withdrawal from Y" is the subject of the verb that carries the noun (before,
  "from Y" was read as the author's phrase and the event was lost); verbs of pace and
  completion ("speeded up", "completed", "accelerated") carry the noun for its author as
  "stepped up" and "began" do.
- Fire sent "into" or "on" a party attacks it as fire "at" it does ("fired rockets into Y",
  "fired on Y's troops"); what a party is entitled or allowed to do ("the right of its troops
  to fire on Y", "permission to attack Y") has not happened (hypothetical).
- Acts of violence and coercion named by their nouns ("the kidnapping of Y by X", "X's
  deportation of Y's activists") are the verbs' acts, on the party in "of".

Each has negated, hedged or denied twins that must not come out asserted. None of the
sentences comes from a benchmark or a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


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
    assert_events(events(text), gives=[(source, "COERCE", target)])


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
    assert_events(events(text), gives_not=[("", "COERCE", "")])


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kenya began a withdrawal from Somalia.", "Kenya", "Somalia"),
        ("Kenya began the pullout from Somalia on Monday.", "Kenya", "Somalia"),
        ("Ethiopia speeded up the withdrawal of some forces from Somalia.", "Ethiopia", "Somalia"),
        ("Ethiopia completed the pullout of soldiers from Somalia.", "Ethiopia", "Somalia"),
    ],
)  # fmt: skip
def test_a_withdrawal_from_a_place_is_done_by_the_carrying_verbs_subject(
    text: str, source: str, target: str
) -> None:
    assert_events(events(text), gives=[(source, "RETREAT", target)])


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not begin a withdrawal from Somalia.",
        "Kenya may begin a withdrawal from Somalia.",
        "Kenya denied that it had begun a withdrawal from Somalia.",
        "Ethiopia never completed the pullout of soldiers from Somalia.",
        "If Ethiopia speeded up the withdrawal of some forces from Somalia, Kenya would too.",
    ],
)
def test_a_negated_or_hedged_withdrawal_is_not_asserted(text: str) -> None:
    assert_events(events(text), gives_not=[("", "RETREAT", "")])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Sudan condemned the kidnapping of two Sudanese diplomats by Somali gunmen.",
         "Somali gunmen", "ASSAULT", "Sudan"),
        ("Israel's deportation of Palestinian activists drew criticism.",
         "Israel", "COERCE", "Palestinian"),
    ],
)  # fmt: skip
def test_a_noun_of_violence_or_coercion_codes_its_verbs_act(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(events(text), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text",
    [
        "Uganda denied any role in the abduction of Congolese officials.",
        "Congolese rebels denied the abduction of Ugandan officials.",
        "Israel halted the deportation of Palestinian activists.",
    ],
)
def test_a_denied_or_halted_noun_act_is_not_asserted(text: str) -> None:
    assert_events(events(text), gives_not=[("", ("ASSAULT", "COERCE"), "")])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Iranian hackers hacked Israeli government websites.", "Iranian hackers", "COERCE",
         "Israel"),
        ("A Somali prisoner died in Kenyan police custody.", "Kenya", "ASSAULT",
         "Somali prisoner"),
    ],
)  # fmt: skip
def test_a_country_word_before_a_patterns_thing_names_its_owner(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(events(text), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text",
    [
        "Iranian hackers did not hack Israeli government websites.",
        "Iranian hackers may have hacked Israeli government websites.",
        "A Somali prisoner did not die in Kenyan police custody.",
        "A Somali prisoner may have died in Kenyan police custody.",
    ],
)
def test_a_negated_or_hedged_act_on_an_owned_thing_is_not_asserted(text: str) -> None:
    assert_events(events(text), gives_not=[("", ("COERCE", "ASSAULT"), "")])


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Kenya fired rockets into Uganda.", "Kenya", "Uganda"),
        ("Hamas fired two mortar shells into Israel on Tuesday.", "Hamas", "Israel"),
        ("Kenya fired on Ugandan troops.", "Kenya", "Uganda"),
    ],
)  # fmt: skip
def test_fire_into_or_on_a_party_attacks_it(text: str, source: str, target: str) -> None:
    assert_events(events(text), gives=[(source, "ASSAULT", target)])


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not fire rockets into Uganda.",
        "Kenya denied firing rockets into Uganda.",
        "Kenya threatened to fire rockets into Uganda.",
        "Kenya defended the right of its troops to fire on Ugandan rebels.",
        "Kenya gave its troops permission to attack Ugandan rebels.",
        "Kenya fired the minister.",
    ],
)
def test_fire_not_done_or_only_allowed_is_not_asserted(text: str) -> None:
    assert_events(events(text), gives_not=[("", "ASSAULT", "")])


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan students demonstrated in front of the Ugandan embassy.",
        "Taliban fighters paraded in front of a Pakistani army post.",
    ],
)
def test_in_front_of_a_party_is_no_cooperation(text: str) -> None:
    assert_events(events(text), gives_not=[("", "COOPERATE", "", None)])


def test_a_front_for_a_group_still_cooperates() -> None:
    assert_events(
        events("The TTP is a front for al-Qaeda."),
        gives=[("Tehrik-i-Taliban", "COOPERATE", "Qaeda")],
    )
