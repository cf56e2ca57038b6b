"""Relations told through a group's leader (issue 10, leaders12).

Invented persons and groups. A person who proclaimed a group, or whose faction or followers
became it ("later became", "resumed operating as", "renamed itself"), stands for that group in
the rest of the document, also as "His faction" in the sentence after one the person opens.
Each construction has a negated, hedged or non-founding twin that ties nothing.
"""

from __future__ import annotations

import pytest

from riftwatch.nlp.extract import extract_document
from riftwatch.nlp.ties import tells_a_becoming


def _asserted(text: str) -> set[tuple[str, str, str | None, str]]:
    return {
        (c.event.source.org_name or c.event.source.name, c.event.event_type, c.event.mode,
         c.event.target.org_name or c.event.target.name)
        for c in extract_document({"id": "t", "text": text, "date": "2015-06"})
        if c.event.modality == "asserted"
    }  # fmt: skip


ALF, VOLTA = "Ashanti Liberation Front", "Volta Army"
SPLIT = (ALF, "REJECT", "split", VOLTA)
FIGHT = (ALF, "ASSAULT", None, VOLTA)


@pytest.mark.parametrize(
    "text",
    [
        "Kojo Asante broke away from the Volta Army in 1990. His faction later became the "
        "Ashanti Liberation Front.",
        "Kojo Asante broke away from the Volta Army. Asante's faction later became the "
        "Ashanti Liberation Front.",
        "Asante's faction split from the Volta Army and resumed operating as the Ashanti "
        "Liberation Front.",
        "Kojo Asante's faction broke from the Volta Army and renamed itself the Ashanti "
        "Liberation Front.",
    ],
)
def test_a_leaders_faction_becoming_a_group_is_that_groups_split(text: str) -> None:
    assert SPLIT in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kojo Asante broke away from the Volta Army in 1990. His faction never became the "
        "Ashanti Liberation Front.",
        "Kojo Asante broke away from the Volta Army in 1990. His faction may later have become "
        "the Ashanti Liberation Front.",
        "Kojo Asante broke away from the Volta Army. Asante's faction never became the "
        "Ashanti Liberation Front.",
        "Kojo Asante broke away from the Volta Army. Asante's faction reportedly became the "
        "Ashanti Liberation Front.",
    ],
)
def test_negated_or_hedged_becoming_ties_nothing(text: str) -> None:
    assert SPLIT not in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kojo Asante abolished the Volta Republic and proclaimed the Ashanti Liberation Front. "
        "Asante then attacked the Volta Army.",
        "Kojo Asante declared the Ashanti Liberation Front in 1999. Asante later fought the "
        "Volta Army.",
        "Kojo Asante announced the formation of the Ashanti Liberation Front in 1999. Asante "
        "later fought the Volta Army.",
        "Kojo Asante's followers later became the Ashanti Liberation Front. Asante fought the "
        "Volta Army.",
    ],
)
def test_a_proclaiming_leader_stands_for_the_group(text: str) -> None:
    assert FIGHT in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kojo Asante never proclaimed the Ashanti Liberation Front. Asante later fought the "
        "Volta Army.",
        "Kojo Asante may have proclaimed the Ashanti Liberation Front. Asante later fought the "
        "Volta Army.",
        # declaring a group something is no founding
        "Kojo Asante declared the Ashanti Liberation Front a terrorist group. Asante later "
        "fought the Volta Army.",
        "Kojo Asante's men did not become the Ashanti Liberation Front. Asante fought the "
        "Volta Army.",
        # someone else founded it: the relative clause's subject is not the person
        "Kojo Asante fought the Volta Republic, which later proclaimed the Ashanti Liberation "
        "Front. Asante then attacked the Volta Army.",
    ],
)
def test_twins_of_proclaiming_tie_nothing(text: str) -> None:
    assert FIGHT not in _asserted(text)


def test_becoming_needs_a_persons_faction() -> None:
    assert tells_a_becoming("Her followers renamed themselves the Ashanti Liberation Front.")
    assert not tells_a_becoming("The followers renamed themselves the Ashanti Liberation Front.")
