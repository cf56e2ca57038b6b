"""Rows of replayed histories whose link was lost (issue 10, helper replay24).

Class found by diagnosing the retired held-out replay sets 19-22 row by row, and kept because
it occurs in two of them:

- "their" owning the subject of a clause coordinated with one whose subject is a
  coordination of named parties ("X and Y declared war on Z, and their fighters attacked W",
  "X and Y signed a pact, and in July their militias fought together"): "their" is all the
  coordinated parties, not the nearest name before it (which had made Z attack W, or given
  the act to Y alone). A coordination counts as plural in ``written.parallel_subject``, and
  ``mechanisms.plural_antecedents`` widens a members' noun owned by "their" to every party.
  When the coordinated names are no actors of the text ("P and Q launched a war against Z, and
  their armies fought W"), "their" stands for no one here, never for the nearer Z
  (``written.unnamed_coordinated_subject``).

Invented sentences and groups only; every positive has a twin that must not come out
asserted (negated, hedged, denied, future) or must not fire at all (a look-alike).
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.nlp.conftest import named_between as _between
from tests.nlp.conftest import type_modalities as _kinds

from riftwatch import api

X = "Zorblan Workers' Front"
Y = "Kestrel People's Union"
Z = "Marrow Liberation Army"


def _events(text: str) -> list[dict[str, Any]]:
    return list(api.extract([{"id": "d1", "date": "1975-05-01", "text": text}]))


# -- "their" after a coordination of named parties -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"In 1975 the {X} and the {Y} launched a war on the government, and their armies "
        f"fought the {Z}.",
        f"In 1975 the {X} and the {Y} declared war on the government, and their fighters "
        f"attacked the {Z}.",
    ],
)
def test_their_after_a_coordinated_subject_is_every_party(text: str) -> None:
    events = _events(text)
    assert ("ASSAULT", "asserted") in _kinds(_between(events, X, Z)), events
    assert ("ASSAULT", "asserted") in _kinds(_between(events, Y, Z)), events


def test_their_is_not_the_object_of_the_clause_before() -> None:
    text = (
        f"In 1975 the {X} and the {Y} declared war on the {Z}, and their fighters attacked "
        "its bases."
    )
    events = _events(text)
    assert not _between(events, Z, Y), events  # was: Z attacked Y ("its bases" after "their")
    assert ("ASSAULT", "asserted") in _kinds(_between(events, X, Z)), events
    assert ("ASSAULT", "asserted") in _kinds(_between(events, Y, Z)), events


@pytest.mark.parametrize("together", ["fought together", "fought side by side"])
def test_their_militias_fighting_together_cooperate(together: str) -> None:
    text = (
        f"In 1975 the {X} and the {Y} signed a pact, and in July their militias {together} "
        "against the army."
    )
    events = _events(text)
    assert ("COOPERATE", "asserted") in _kinds(_between(events, X, Y)), events
    assert ("COOPERATE", "asserted") in _kinds(_between(events, Y, X)), events


def test_their_militias_never_fighting_together_is_negated() -> None:
    text = f"In 1975 the {X} and the {Y} signed a pact, but their militias never fought together."
    hits = [e for e in _between(_events(text), X, Y) if e["event_type"] == "COOPERATE"]
    assert hits and all(e["modality"] == "negated" for e in hits), hits


def test_their_militias_that_may_fight_together_are_not_asserted() -> None:
    text = (
        f"In 1975 the {X} and the {Y} signed a pact, and their militias may fight together "
        "next year."
    )
    hits = [e for e in _between(_events(text), X, Y) if e["event_type"] == "COOPERATE"]
    assert hits and all(e["modality"] != "asserted" for e in hits), hits


def test_a_denial_by_both_parties_is_denied_for_each() -> None:
    text = f"In 1975 the {X} and the {Y} denied that their fighters had attacked the {Z}."
    events = _events(text)
    for party in (X, Y):
        hits = _between(events, party, Z)
        assert hits and all(e["modality"] == "denied" for e in hits), (party, events)


def test_their_after_a_coordinated_object_is_left_alone() -> None:
    # the coordination is the object, not the subject: no party is read into "their"
    text = f"The {Z} attacked the {X} and the {Y}, and their fighters fled to the hills."
    events = _events(text)
    assert not _between(events, X, Y) and not _between(events, Y, X), events
    assert not any(e["source"]["name"] in (X, Y) for e in events), events


def test_their_after_a_single_subject_keeps_the_nearest_reading() -> None:
    # one named subject: the coordination rule does not apply, nothing new is added for X
    text = f"In 1975 the {X} condemned the {Z}, and their fighters attacked the {Y}."
    events = _events(text)
    assert not _between(events, X, Y), events


@pytest.mark.parametrize(
    "text",
    [
        f"In 1975 Tomas Verhoeven and Piet Maasland launched a war against the {Z}, and their "
        f"armies fought the {Y}.",
        f"In 1975 Tomas Verhoeven and Piet Maasland declared war on the {Z}, and their fighters "
        f"attacked the {Y}.",
    ],
)
def test_their_after_unknown_coordinated_names_is_not_the_object(text: str) -> None:
    events = _events(text)
    assert not _between(events, Z, Y), events  # was: Z fought Y (the war's target as "their")


def test_their_after_named_coordinated_parties_still_acts() -> None:
    # the twin with parties the text names as groups: the act is theirs
    text = (
        f"In 1975 the {X} and the {Y} declared war on the government, and their fighters "
        f"attacked the {Z}."
    )
    events = _events(text)
    assert ("ASSAULT", "asserted") in _kinds(_between(events, X, Z)), events
