"""Relationship descriptions told through a part of a group named as a new group (issue 10,
mmp10).

Invented sentences about invented groups: a whole that split while a part "left to form Y" or
"took the name Y"; a part that "broke with X's leadership and went on operating as Y"; a
"dissident faction" that "kept fighting as Y" when X made peace. Each has a negated, hedged or
plain twin that must not be asserted (or must not give the split).
"""

from __future__ import annotations

from functools import partial

import pytest
from coded import asserted_group_events, group_events

_events = partial(group_events, date="1990-06")


_asserted = partial(asserted_group_events, date="1990-06")


OLD, NEW = "Volta Liberation Army", "Kumasi Workers Brigade"
SPLIT = (NEW, "REJECT", "split", OLD)


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Liberation Army split in 1985 when a minority faction left to form the "
        "Kumasi Workers Brigade.",
        "In 1985 the Volta Liberation Army split over strategy; the breakaway wing took the name "
        "Kumasi Workers Brigade.",
        "In 1985 the Accra column broke with the Volta Liberation Army's leadership and went on "
        "operating as the Kumasi Workers Brigade.",
        "When the Volta Liberation Army signed a peace accord in 1990, a dissident faction "
        "refused to disarm and kept fighting as the Kumasi Workers Brigade.",
        "A breakaway faction of the Volta Liberation Army fought on as the Kumasi Workers Brigade.",
    ],
)
def test_a_part_named_as_a_new_group_split_from_the_whole(text: str) -> None:
    assert SPLIT in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        # negated and hedged twins
        "The Volta Liberation Army did not split in 1985 when a minority faction left to form "
        "the Kumasi Workers Brigade.",
        "The Volta Liberation Army may have split in 1985 when a minority faction left to form "
        "the Kumasi Workers Brigade.",
        "The Volta Liberation Army split in 1985, but no faction left to form the Kumasi "
        "Workers Brigade.",
        "In 1985 the Volta Liberation Army split over strategy; the breakaway wing never took "
        "the name Kumasi Workers Brigade.",
        "In 1985 the Accra column may have broken with the Volta Liberation Army's leadership "
        "and went on operating as the Kumasi Workers Brigade.",
        "When the Volta Liberation Army signed a peace accord in 1990, a dissident faction did "
        "not keep fighting as the Kumasi Workers Brigade.",
        # no split told: a part of a group that acts under the group's name is no split
        "The Accra column of the Volta Liberation Army went on operating as the Kumasi Workers "
        "Brigade.",
        # no dissent and no split: a faction fighting as a unit of another group
        "When the Volta Liberation Army signed a peace accord in 1990, a faction kept fighting "
        "as the Kumasi Workers Brigade.",
    ],
)
def test_denied_hedged_or_untold_splits_are_not_asserted(text: str) -> None:
    assert SPLIT not in _asserted(text)


ARMY, FRONT = "Volta Army", "Ashanti Liberation Front"


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army ambushed Kofi Mensah, a senior commander of the Ashanti Liberation "
        "Front, near Kumasi.",
        "Volta Army gunmen killed Kofi Mensah, the leader of the Ashanti Liberation Front, at a "
        "checkpoint.",
    ],
)
def test_a_victim_named_by_his_role_in_a_group_stands_for_the_group(text: str) -> None:
    assert (ARMY, "ASSAULT", None, FRONT) in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        # negated, hedged, and a past tie that says nothing of whom the act hit
        "The Volta Army did not ambush Kofi Mensah, a senior commander of the Ashanti "
        "Liberation Front.",
        "The Volta Army may have ambushed Kofi Mensah, a senior commander of the Ashanti "
        "Liberation Front.",
        "The Volta Army ambushed Kofi Mensah, a former commander of the Ashanti Liberation Front.",
    ],
)
def test_denied_hedged_or_past_roles_give_no_asserted_attack(text: str) -> None:
    assert (ARMY, "ASSAULT", None, FRONT) not in _asserted(text)
