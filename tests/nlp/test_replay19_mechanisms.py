"""A person's split told through an expulsion or a refounding (issue 10, helper replay19).

Found by diagnosing the retired held-out replay sets 17 and 18 stage by stage: several
splinter rows tell the split through the leader ("X expelled P, and he revived Y as a separate
movement", "P was expelled from X and founded Y", "P broke from X with his followers, who
formed Y", "P left X and refounded Y"). The person was tied to the new group only for
"P left X and founded Y", so these rows gave no claim on the pair, or one on the person.
Now the person stands for the group they founded in the same sentence when:

- the founding verb is one of bringing a lapsed group back ("revived", "refounded");
- the person was expelled (passive "was expelled from X and founded Y");
- the founding clause has the person's own pronoun or a relative on the person after an
  expulsion ("X expelled P, and he revived Y"; "X expelled P, who then formed Y");
- the person's followers found it ("with his followers, who formed what became known as Y").

Invented sentences and groups only; each has a twin that must not tie (the sentence subject's
own founding, a negated or hedged act, a relative clause on something else).
"""

from __future__ import annotations

from typing import Any

from riftwatch import api
from riftwatch.nlp import ties

X = "Zorb People's Front"
Y = "Kestrel Liberation Army"
DATE = "1980-07"


def _events(text: str) -> list[dict[str, Any]]:
    return list(api.extract([{"id": "d", "date": DATE, "text": text}]))


def _pair(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events between X and Y (either direction)."""
    return [e for e in events if {e["source"]["name"], e["target"]["name"]} == {X, Y}]


# -- expelled, then founding ----------------------------------------------------------------


def test_expelled_then_he_revived_the_group_is_the_group_expelled() -> None:
    events = _pair(_events(f"In July 1980 the {X} expelled Kofi Mensah, and he revived the {Y}."))
    assert [(e["source"]["name"], e["event_type"], e["modality"]) for e in events] == [
        (X, "COERCE", "asserted")
    ]
    assert events[0]["target"]["mention"] == "Kofi Mensah"


def test_expelled_with_an_aside_then_he_revived_it() -> None:
    text = (
        f"The {X} expelled Kofi Mensah in July 1980, accusing him of plotting a coup, and he "
        f"revived the {Y} as a separate movement."
    )
    assert [e["event_type"] for e in _pair(_events(text))] == ["COERCE"]


def test_expelled_who_then_formed_the_group() -> None:
    text = f"In July 1980 the {X} expelled Kofi Mensah, who then formed the {Y}."
    assert [e["event_type"] for e in _pair(_events(text))] == ["COERCE"]


def test_was_expelled_from_and_founded() -> None:
    text = f"In 1980 Kofi Mensah was expelled from the {X} and founded the {Y}."
    events = _pair(_events(text))
    assert [(e["source"]["name"], e["target"]["name"]) for e in events] == [(X, Y)]
    assert events[0]["modality"] == "asserted"


def test_the_expelling_party_founding_ties_nobody() -> None:
    # "X expelled P and founded Y": X founded Y, the person is no founder
    text = f"In 1980 the {X} expelled Kofi Mensah and founded the {Y}."
    assert not any(e["event_type"] == "COERCE" for e in _pair(_events(text)))


def test_a_negated_expulsion_stays_negated_or_absent() -> None:
    text = f"In 1980 the {X} did not expel Kofi Mensah, and he revived the {Y}."
    assert not any(e["modality"] == "asserted" for e in _pair(_events(text)))


def test_a_conditional_expulsion_is_no_assertion() -> None:
    text = f"If the {X} expels Kofi Mensah, he may revive the {Y}."
    assert all(e["modality"] != "asserted" for e in _events(text))


def test_who_revived_something_else_ties_nothing() -> None:
    text = f"In July 1980 the {X} expelled Kofi Mensah, who had revived the ceasefire with the {Y}."
    assert _pair(_events(text)) == []


# -- leaving and refounding -----------------------------------------------------------------


def test_left_and_refounded_is_the_refounded_group_splitting() -> None:
    for verb in ("refounded", "revived"):
        events = _pair(_events(f"In 1980 Kofi Mensah left the {X} and {verb} the {Y}."))
        assert [(e["source"]["name"], e["event_type"], e["modality"]) for e in events] == [
            (Y, "REJECT", "asserted")
        ], verb


def test_refounding_and_fighting_beside_is_no_split() -> None:
    text = f"In 1980 Kofi Mensah revived the {Y} and fought alongside the {X}."
    events = _pair(_events(text))
    assert events and all(e["event_type"] == "COOPERATE" for e in events)


# -- the person's followers founding --------------------------------------------------------


def test_followers_who_formed_the_group() -> None:
    text = (
        f"In 1980 Kofi Mensah broke from the {X} with his followers, who formed what became "
        f"known as the {Y}."
    )
    events = _pair(_events(text))
    assert [(e["source"]["name"], e["event_type"], e["modality"]) for e in events] == [
        (Y, "REJECT", "asserted")
    ]


def test_followers_founding_keeps_a_negation() -> None:
    text = f"In 1980 Kofi Mensah did not break from the {X} with his followers, who formed the {Y}."
    assert all(e["modality"] != "asserted" for e in _pair(_events(text)))


def test_followers_who_joined_another_group_are_no_founders() -> None:
    text = f"In 1980 Kofi Mensah fought the {X} with his followers, who later joined the {Y}."
    assert not any(e["source"]["name"] == Y and e["target"]["name"] == X for e in _events(text))


def test_the_pronoun_rule_needs_the_pronoun_and_no_relative_before() -> None:
    assert ties._he_founded(", and he revived the ")
    assert not ties._he_founded(" and founded the ")
    assert not ties._he_founded(", which said that they founded the ")
