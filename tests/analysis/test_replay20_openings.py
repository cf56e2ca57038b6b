"""A short name is no opening of another document's longer name when a text gave it initials
of its own (issue 10, helper replay20).

In a replay of many regions fed as one corpus, "the National Liberation Front (FLN)" of one
history had been counted as the corpus's one longer name opening so, "the National
Liberation Front of South Vietnam" of another, so the FLN's fight with the MNA fell on the
Viet Cong. Invented groups only; the twin without initials keeps the merge it always had.
"""

from __future__ import annotations

from riftwatch.analysis.claims import Claim
from riftwatch.analysis.timeline import _same_open_actors

SHORT = ("open:zorblan-liberation-front", "Zorblan Liberation Front")
LONG = ("open:zorblan-liberation-front-of-south-umbria", "Zorblan Liberation Front of South Umbria")
OTHER = ("open:kestrel-movement", "Kestrel Movement")
THIRD = ("open:umbrian-people-army", "Umbrian People's Army")


def _claim(n: int, source: tuple[str, str], target: tuple[str, str], mention: str) -> Claim:
    return Claim(
        event_id=n,
        doc_id=f"d{n}",
        source_id=source[0],
        source_name=source[1],
        target_id=target[0],
        target_name=target[1],
        event_type="ASSAULT",
        modality="asserted",
        date="1960-01",
        source_mention=mention,
    )


def test_a_short_name_with_initials_of_its_own_is_not_the_longer_name() -> None:
    claims = [
        _claim(1, SHORT, OTHER, "FLZ"),  # "the FLZ fought the Kestrel Movement"
        _claim(2, LONG, THIRD, LONG[1]),
    ]
    assert SHORT[0] not in _same_open_actors(claims)


def test_a_short_name_written_plainly_is_still_the_longer_name() -> None:
    claims = [
        _claim(1, SHORT, OTHER, "the Zorblan Liberation Front"),
        _claim(2, LONG, THIRD, LONG[1]),
    ]
    assert _same_open_actors(claims).get(SHORT[0]) == LONG[0]


def test_initials_that_spell_the_longer_name_keep_the_merge() -> None:
    claims = [_claim(1, SHORT, OTHER, "ZLFSU"), _claim(2, LONG, THIRD, LONG[1])]
    assert _same_open_actors(claims).get(SHORT[0]) == LONG[0]
