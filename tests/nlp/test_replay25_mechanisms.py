"""Rows of replayed histories whose hostile link was lost (issue 10, helper replay25).

Class found by diagnosing the retired held-out replay sets 19-23 row by row, and kept because
it occurs in three of them (holdouts 19, 22 and 23):

- a rising put down by force, its makers told by an earlier clause of the sentence ("X rose
  against Y, and Y crushed the revolt", "Z seized the town and proclaimed a government, and
  the army put down the rebellion", "the revolt was crushed by Y"): COERCE from the
  suppressor to the rising's makers (``mechanisms.suppressed_risings``; nominals.yaml
  ``rising_nouns`` with the existing ``suppressing_verbs``). A rising noun that names its own
  makers ("the revolt of the peasants"), an indefinite one ("a revolt in the north"), or a
  sentence whose earlier clause tells of no hostile act names no one.

and one found in holdout 23 (two of its breaks) that completes the "-led" body replay21
built on holdout 20 ("IRP-led courts"):

- a body noun with a participle naming its leading group after it ("armed youth groups led by
  X fought alongside Y", "Y joined the transitional government led by X"): the body stands
  for X, as "X-led groups" already did (``mechanisms.led_coalition`` on events.yaml
  ``led_body_nouns``, "groups" and "bands" added). A backer ("troops backed by X") or a person
  leading ("troops led by General P") is not this.

Invented sentences and groups only; every positive has a twin that must not come out
asserted (negated, hedged, threatened) or must not fire at all (a look-alike).
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_events, dated
from tests.nlp.conftest import named_between as _between
from tests.nlp.conftest import type_modalities as _kinds

X = "Zorblan Workers' Front"
Y = "Kestrel People's Union"
Z = "Marrow Liberation Army"


_events = dated(api_events, "1941-05-01")


@pytest.mark.parametrize(
    "text",
    [
        f"In May 1941 the {X} rose against the {Y} in the capital, and the {Y} crushed the "
        "revolt after three days.",
        f"In May 1941 {X} supporters seized the town of Ardmoor and proclaimed a government of "
        f"their own, and the {Y} put down the rebellion.",
        f"In May 1941 the {X} rose against the {Y}, and the uprising was crushed by the {Y}.",
        f"In May 1941 the {X} attacked the {Z}, and the {Y} quelled the mutiny.",
    ],
)
def test_a_rising_put_down_is_coerced_on_its_makers(text: str) -> None:
    events = _events(text)
    hostile = [k for k in _kinds(_between(events, Y, X)) if k[0] in ("COERCE", "ASSAULT")]
    assert ("COERCE", "asserted") in hostile or ("ASSAULT", "asserted") in hostile, events


def test_the_suppressor_is_never_its_own_rebel() -> None:
    events = _events(f"In May 1941 the {X} rose against the {Y}, and the {X} crushed the revolt.")
    assert not [e for e in _between(events, X, X)], events
    assert not [e for e in events if e["event_type"] == "COERCE"], events


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (f"In May 1941 the {X} rose against the {Y}, and the {Y} did not crush the revolt.",
         "negated"),
        (f"In May 1941 the {X} rose against the {Y}, and the {Y} may crush the revolt.",
         "hypothetical"),
        (f"In May 1941 the {X} rose against the {Y}, and the {Y} allegedly crushed the revolt.",
         "uncertain"),
        (f"In May 1941 the {X} rose against the {Y}, and the {Y} threatened to crush the "
         "revolt.", "future"),
    ],
)  # fmt: skip
def test_a_rising_not_put_down_is_not_asserted(text: str, modality: str) -> None:
    events = _between(_events(text), Y, X)
    coerced = [e for e in events if e["event_type"] == "COERCE"]
    assert coerced, events
    assert {e["modality"] for e in coerced} == {modality}, events


@pytest.mark.parametrize(
    "text",
    [
        # no hostile act before: "the revolt" points at nothing the sentence told
        f"In May 1941 the {X} signed a pact with the {Z}, and the {Y} crushed the revolt.",
        # makers of its own, not the earlier party
        f"In May 1941 the {X} rose against the {Z}, and the {Y} crushed the revolt of the "
        "peasants.",
        # an indefinite rising is another one
        f"In May 1941 the {X} rose against the {Z}, and the {Y} crushed a revolt in the north.",
        # no verb of stopping: a revolt spoken of is no revolt put down
        f"In May 1941 the {X} rose against the {Z}, and the {Y} praised the revolt.",
    ],
)
def test_look_alikes_name_no_rebel(text: str) -> None:
    events = _events(text)
    assert not [e for e in _between(events, Y, X) if e["event_type"] in ("COERCE", "ASSAULT")]


# -- a body noun "led by" a group ------------------------------------------------------------


def test_groups_led_by_a_party_stand_for_it() -> None:
    events = _events(
        f"In 1946 armed youth groups led by the {X} fought alongside the {Y} against the "
        "returning colonial army."
    )
    assert ("COOPERATE", "asserted") in _kinds(_between(events, X, Y)), events


def test_joining_a_government_led_by_a_party_joins_the_party() -> None:
    events = _events(f"In July 1991 the {X} joined the transitional government led by the {Y}.")
    assert ("SUPPORT", "asserted") in _kinds(_between(events, X, Y)), events


def test_refusing_to_join_a_government_led_by_a_party_is_no_support() -> None:
    events = _events(
        f"In July 1991 the {X} refused to join the transitional government led by the {Y}."
    )
    assert ("SUPPORT", "asserted") not in _kinds(_between(events, X, Y)), events


@pytest.mark.parametrize(
    "text",
    [
        f"In July 1991 the {X} attacked troops backed by the {Y}.",
        f"In July 1991 the {X} attacked troops led by General Kwame Asante, an ally of the {Y}.",
    ],
)
def test_a_backer_or_a_person_leading_is_not_the_body(text: str) -> None:
    events = _events(text)
    assert not [e for e in _between(events, X, Y) if e["event_type"] == "ASSAULT"], events
