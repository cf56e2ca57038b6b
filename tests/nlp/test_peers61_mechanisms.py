"""peers61 (issue 9): world-news dyads found and typed.

1. Pressure that pushes for an act is a demand: "X pressured Y to reopen the border", "Y
   faces pressure from X to sign", "X pressured Y into signing" are a REQUEST from X to Y
   (CAMEO 10), as "pressed Y to" is; pressure with no act named stays COERCE
   (events.yaml ``complement_type``, mechanisms.asked_act_entry).
2. A passive verb's "by" agent that the parser hangs on the active gerund of its reason
   phrase ("X has been accused of arming the rebels by Y") is the passive's agent; a gerund
   whose object is an event noun keeps that noun's author ("accused of backing attacks by
   Z": Z attacked) (mechanisms.agent_behind_complement).
3. A crowd that acts where it is, in a country as in a city ("Demonstrators in Ghana
   protested against Y", "Thousands of students throughout Kenya marched"), is an open
   collective, never the state and never a victim (mentions._local_body, _acting_crowd).

Every sentence here is invented for these tests; each positive has a twin that must stay
unasserted or uncoded.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import named_events
from tests.nlp.conftest import typed_between as _between

DATE = "2005-05-01"


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, DATE)


# -- 1. pressure to do an act is a demand --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The government of Peru pressured Bolivia to reopen the border.", "Peru", "Bolivia"),
        ("Ecuador is being pressured by Peru to sign the fishing deal.", "Peru", "Ecuador"),
        ("Ecuador faces pressure from Peru to sign the fishing deal.", "Peru", "Ecuador"),
        ("Peru pressured Bolivia into signing the accord.", "Peru", "Bolivia"),
        ("Peru stepped up pressure on Bolivia to release the fishermen.", "Peru", "Bolivia"),
    ],
)  # fmt: skip
def test_pressure_to_act_is_a_request(text: str, source: str, target: str) -> None:
    found = _between(_events(text), source, target)
    assert ("REQUEST", "asserted") in found
    assert ("COERCE", "asserted") not in found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Peru did not pressure Bolivia to reopen the border.", "negated"),
        ("Peru denied pressuring Bolivia to reopen the border.", "denied"),
        ("Peru may pressure Bolivia to reopen the border.", "hypothetical"),
        ("If Peru pressures Bolivia to reopen the border, Chile will protest.", "hypothetical"),
    ],
)  # fmt: skip
def test_pressure_twins_not_asserted(text: str, modality: str) -> None:
    found = _between(_events(text), "Peru", "Bolivia")
    assert ("REQUEST", modality) in found
    assert not {t for t, m in found if m == "asserted"}


@pytest.mark.parametrize(
    "text",
    ["Peru stepped up pressure on Bolivia.", "Peru pressured Bolivia over the border dispute."],
)
def test_bare_pressure_stays_coercion(text: str) -> None:
    found = _between(_events(text), "Peru", "Bolivia")
    assert ("COERCE", "asserted") in found
    assert not {t for t, _m in found if t == "REQUEST"}


def test_act_pressed_for_is_not_asserted() -> None:
    found = _events("Peru pressured Bolivia to attack Chile.")
    assert ("REQUEST", "asserted") in _between(found, "Peru", "Bolivia")
    assert not {m for m in (m for _t, m in _between(found, "Bolivia", "Chile"))
                if m == "asserted"}  # fmt: skip


# -- 2. a "by" on the gerund of a passive's reason phrase -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Uganda has been accused of arming the rebels by Kenya.",
        "Uganda has been accused of sheltering the gunmen by Kenya.",
        "Uganda was criticised for closing the border by Kenya.",
    ],
)
def test_by_on_gerund_is_the_passive_agent(text: str) -> None:
    found = _between(_events(text), "Kenya", "Uganda")
    assert {t for t, m in found if m == "asserted"} & {"ACCUSE"}


def test_by_on_gerund_negated_twin() -> None:
    found = _between(_events("Uganda has not been accused of arming the rebels by Kenya."),
                     "Kenya", "Uganda")  # fmt: skip
    assert ("ACCUSE", "negated") in found
    assert not {t for t, m in found if m == "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        # an event noun as the gerund's object: the "by" names its author, not the accuser
        "Uganda was accused of backing attacks by Kenya.",
        # "by" with a gerund is the means, no agent
        "Uganda was accused of punishing the rebels by burning their villages.",
    ],
)
def test_by_of_an_event_noun_or_a_means_is_no_accuser(text: str) -> None:
    found = _events(text)
    assert not {e for e in found if e[1] == "ACCUSE" and "Uganda" in e[2]}


# -- 3. a crowd in a country ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "crowd", "target"),
    [
        ("Demonstrators in Ghana protested against the government of Togo.",
         "Demonstrators in Ghana", "Togo"),
        ("Thousands of students throughout Kenya marched against President Museveni's "
         "government.", "students throughout Kenya", "Uganda"),
        ("Hundreds of protesters across Senegal demonstrated against the Gambian government.",
         "protesters across Senegal", "Gambia"),
    ],
)  # fmt: skip
def test_crowd_in_a_country_is_a_collective(text: str, crowd: str, target: str) -> None:
    found = _events(text)
    assert ("PROTEST", "asserted") in _between(found, crowd, target)
    assert not {e for e in found if e[0].startswith("Government of") and e[1] == "PROTEST"}


@pytest.mark.parametrize(
    "text",
    [
        "Demonstrators in Ghana did not protest against the government of Togo.",
        "Demonstrators in Ghana may protest against the government of Togo.",
    ],
)
def test_crowd_twins_not_asserted(text: str) -> None:
    found = _between(_events(text), "Demonstrators in Ghana", "Togo")
    assert found
    assert not {t for t, m in found if m == "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Togolese troops dispersed thousands of students in Ghana.",
        "Togolese troops killed demonstrators in Ghana.",
    ],
)
def test_crowd_as_victim_is_no_actor(text: str) -> None:
    found = _events(text)
    assert not {e for e in found if "in Ghana" in e[0] or "in Ghana" in e[2]}
