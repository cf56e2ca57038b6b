"""Rows of replayed histories that gave no event (issue 10, helper replay23).

Classes found by diagnosing the retired held-out replay set 21 row by row:

- parties put together by a verb in the passive ("guerrillas of X and Y were brought together
  in a joint command", "X and Y were merged into one front": COOPERATE both ways;
  events.yaml ``uniting_verbs``, mechanisms.passive_gatherings), and the fronted year before
  a plural noun read as its count when the verb has a passive auxiliary (headline.rules);
- founders named by an expulsion participle whose expeller another clause names ("after Y
  expelled its left opposition, the expelled members founded X": X split from Y;
  mechanisms._expelled_earlier);
- a naming verb under a verb of beginning coordinated with a leaving ("broke with Y and began
  calling itself X"; events.yaml ``beginning_verbs``);
- a party's hyphened post ("was secretary-general of X") as a founder's earlier post
  (events.yaml ``prehistory_roles``, mechanisms._hyphen_tails).

Invented sentences and groups only; every positive has a twin that must not come out
asserted (negated, hedged, denied) or must not fire at all (a look-alike).
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
P = "Tomas Verhoeven"


def _events(text: str) -> list[dict[str, Any]]:
    return list(api.extract([{"id": "d1", "date": "1975-05-01", "text": text}]))


# -- parties put together in the passive -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"In 1975 guerrillas of the {X} and the {Y} were brought together in a joint command.",
        f"In November 1975 fighters of the {X} and the {Y} were brought together in a joint "
        "command to fight the colonial army.",
        f"The {X} and the {Y} were merged into a single front in 1975.",
        f"The {X} and the {Y} were grouped together under one command.",
    ],
)
def test_parties_put_together_cooperate_both_ways(text: str) -> None:
    events = _events(text)
    assert ("COOPERATE", "asserted") in _kinds(_between(events, X, Y)), events
    assert ("COOPERATE", "asserted") in _kinds(_between(events, Y, X)), events


def test_never_brought_together_is_negated() -> None:
    text = f"In 1975 the {X} and the {Y} were never brought together in a joint command."
    hits = _between(_events(text), X, Y)
    assert hits and all(e["modality"] == "negated" for e in hits), hits


def test_a_denied_merger_is_not_asserted() -> None:
    text = f"Reports that the {X} and the {Y} had been merged into one front were denied."
    hits = _between(_events(text), X, Y)
    assert all(e["modality"] != "asserted" for e in hits), hits


def test_a_future_gathering_is_not_asserted() -> None:
    text = f"The {X} and the {Y} may be brought together in a joint command next year."
    hits = _between(_events(text), X, Y)
    assert all(e["modality"] != "asserted" for e in hits), hits


def test_members_put_in_one_prison_join_nobody() -> None:
    # a place that is no coalition or group: the two groups' men were held, not allied
    text = f"In 1975 members of the {X} and the {Y} were brought together in the same prison."
    assert not [e for e in _events(text) if e["event_type"] == "COOPERATE"]


def test_one_group_brought_together_has_no_partner() -> None:
    text = f"In 1975 fighters of the {X} were brought together in a joint command."
    assert not [e for e in _events(text) if e["event_type"] == "COOPERATE"]


# -- founders put out of a group by another clause -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"In 1920 the {Y} expelled its left opposition, and the expelled members founded the {X}.",
        f"In April 1920, after the {Y} expelled its left wing, the expelled members founded the "
        f"{X} in the capital.",
        f"In 1920 the {Y} purged its radicals, and the purged cadres set up the {X}.",
    ],
)
def test_founders_expelled_by_another_clause_split(text: str) -> None:
    hits = _between(_events(text), X, Y)
    assert ("REJECT", "asserted") in _kinds(hits), hits
    assert all(e["mode"] == "split" for e in hits if e["event_type"] == "REJECT")


def test_expelled_by_a_state_is_no_split() -> None:
    # a country putting people out of it: they did not leave the country's party
    text = (
        "In 1920 Zorbia expelled hundreds of activists, and the expelled activists founded "
        f"the {X}."
    )
    assert not [e for e in _events(text) if e["event_type"] == "REJECT"]


def test_a_negated_expulsion_gives_no_split() -> None:
    text = (
        f"In 1920 the {Y} did not expel its left opposition, and the expelled members of another "
        f"party founded the {X}."
    )
    assert not _between(_events(text), X, Y)


def test_expelled_group_named_is_no_founders_split() -> None:
    # "Y expelled Z": Z is a party of its own, coded by the verb; no split of X from Y
    text = f"In 1920 the {Y} expelled the {Z}, and the expelled members founded the {X}."
    assert not [e for e in _between(_events(text), X, Y) if e["event_type"] == "REJECT"]


# -- a naming under a verb of beginning ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        f"In 1972 a faction broke with the {Y} and began calling itself the {X}.",
        f"In 1972 the faction left the {Y} and began to call itself the {X}.",
        f"In 1972 {P}'s group in the capital broke with the {Y} and started calling itself the "
        f"{X}.",
    ],
)
def test_broke_away_and_began_calling_itself(text: str) -> None:
    hits = _between(_events(text), X, Y)
    assert ("REJECT", "asserted") in _kinds(hits), hits


def test_did_not_break_and_began_calling_itself_is_negated() -> None:
    text = f"In 1972 the faction did not break with the {Y} and began calling itself the {X}."
    hits = _between(_events(text), X, Y)
    assert all(e["modality"] != "asserted" for e in hits), hits


def test_stayed_and_began_calling_itself_is_no_split() -> None:
    text = f"In 1972 the faction stayed in the {Y} and began calling itself the {X}."
    assert not [e for e in _between(_events(text), X, Y) if e["event_type"] == "REJECT"]


# -- a party's hyphened post as the founder's earlier post -----------------------------------
# (not "of the Y Union": "secretary-general of the ... Union" is a knowledge-base title)
W = "Kestrel Popular Movement"


@pytest.mark.parametrize("post", ["secretary-general", "the secretary-general", "treasurer"])
def test_party_post_ties_the_later_group(post: str) -> None:
    text = f"In 1954 {P}, who later founded the {X}, was {post} of the {W}."
    hits = _between(_events(text), X, W)
    assert _kinds(hits) == [("COOPERATE", "asserted")], hits


def test_party_post_never_held_is_negated() -> None:
    text = f"In 1954 {P}, who later founded the {X}, was never secretary-general of the {W}."
    hits = _between(_events(text), X, W)
    assert hits and all(e["modality"] == "negated" for e in hits), hits


def test_party_post_without_a_later_group_ties_nothing() -> None:
    text = f"In 1954 {P} was secretary-general of the {W}."
    assert not [e for e in _events(text) if e["event_type"] == "COOPERATE"]


# -- "the organisation" after a fronted clause that named it ---------------------------------
# (extract._other_than_named: a fronted subordinate clause ends before the main clause)


@pytest.mark.parametrize(
    "text",
    [
        f"In 1954, after a {Z} member fired at the president, the {W} banned the organisation.",
        f"In 1954, after the {Z} bombed the market, the {W} banned the group.",
        f"When the {Z} bombed the market, the {W} condemned the group.",
    ],
)
def test_group_noun_after_a_fronted_clause_is_the_group_it_named(text: str) -> None:
    events = _events(text)
    hits = [e for e in _between(events, W, Z) if e["event_type"] in ("SANCTION", "ACCUSE")]
    assert [e["modality"] for e in hits] == ["asserted"], events


def test_group_noun_after_a_fronted_clause_negated() -> None:
    text = f"In 1954, after the {Z} bombed the market, the {W} did not ban the group."
    hits = [e for e in _between(_events(text), W, Z) if e["event_type"] == "SANCTION"]
    assert hits and all(e["modality"] == "negated" for e in hits), hits


def test_fronted_clause_without_a_group_names_nobody() -> None:
    text = f"After the talks, the {W} banned the organisation."
    assert not [e for e in _events(text) if e["event_type"] == "SANCTION"]


# -- a "with" phrase that puts a party on the subject's side ---------------------------------
# (written.with_inclusion: "..., with Y among its forces" names no opponent)


@pytest.mark.parametrize(
    "text",
    [
        f"In 1968 the {W} renewed its armed struggle, with the {X} among its forces.",
        f"In 1968 the {W} renewed its armed struggle from bases on the border, with units that "
        f"later formed the {X} among its forces.",
    ],
)
def test_party_among_its_forces_is_no_opponent(text: str) -> None:
    events = _events(text)
    hostile = [e for e in events if e["event_type"] == "REJECT"]
    assert not hostile, hostile


def test_struggle_with_a_party_is_still_a_rivalry() -> None:
    text = f"In 1968 the {W} renewed its armed struggle with the {X}."
    hits = [e for e in _between(_events(text), W, X) if e["event_type"] == "REJECT"]
    assert [e["modality"] for e in hits] == ["asserted"], hits
