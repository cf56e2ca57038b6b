"""Hyphenated group names ("Lashkar-e-Taiba", "Jamaat-ul-Ahrar", "Jaish-e-Mohammed") are parsed
as one name: split at their hyphens, the clause around them was often misparsed and the event
lost or hedged. A name's negated or hedged twin stays unasserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events

PAIRS = [
    ("Jaish-e-Mohammed", "Lashkar-e-Jhangvi", "Jaish", "Jhangvi"),
    ("Lashkar-e-Taiba", "Jaish-e-Mohammed", "Taiba", "Jaish"),
    ("Tehrik-i-Taliban Pakistan", "Jamaat-ul-Ahrar", "Tehrik", "Ahrar"),
]
FRAMES = [
    ("{a} accused {b} of treachery.", "ACCUSE"),
    ("{a} attacked {b} in Kurram.", "ASSAULT"),
    ("{a} sheltered {b} fighters.", "AID"),
    ("{a} and {b} held talks in Quetta.", "CONSULT"),
]


@pytest.mark.parametrize(("a", "b", "sa", "sb"), PAIRS)
@pytest.mark.parametrize(("frame", "etype"), FRAMES)
def test_hyphenated_names_keep_their_clause(a: str, b: str, sa: str, sb: str, frame: str,
                                            etype: str) -> None:  # fmt: skip
    found = named_events(frame.format(a=a, b=b))
    assert has(found, sa, etype, sb), found


@pytest.mark.parametrize(("a", "b", "sa", "sb"), PAIRS)
def test_hyphenated_names_negated_or_hedged_stay_unasserted(a: str, b: str, sa: str,
                                                            sb: str) -> None:  # fmt: skip
    for text in (f"{a} did not shelter {b} fighters.", f"{a} may have sheltered {b} fighters."):
        found = named_events(text)
        assert not has(found, sa, "AID", sb), found


def test_a_hyphen_that_is_no_name_particle_is_left_alone() -> None:
    found = named_events("TTP-linked militants attacked Pakistani soldiers.")
    assert asserted(found), found


@pytest.mark.parametrize(
    "text",
    [
        "Jamaat-ul-Ahrar became affiliated with Lashkar-e-Jhangvi in 2014.",
        "Hamas became affiliated with Hezbollah in 2014.",
        "Hamas got linked to Hezbollah in 2014.",
    ],
)
def test_a_subject_on_the_passive_auxiliary_holds_the_relation(text: str) -> None:
    # the parser hangs the subject on "became"/"got" (the auxpass): it is the passive subject,
    # and a passive of state with no agent is the subject's own relation
    found = named_events(text)
    a, b = ("Ahrar", "Jhangvi") if "Ahrar" in text else ("Hamas", "Hezbollah")
    assert has(found, a, "COOPERATE", b), found


@pytest.mark.parametrize(
    "text",
    [
        "Jamaat-ul-Ahrar never became affiliated with Lashkar-e-Jhangvi.",
        "Jamaat-ul-Ahrar may have become affiliated with Lashkar-e-Jhangvi.",
        "Hamas did not become affiliated with Hezbollah.",
        "Hamas reportedly might have got linked to Hezbollah.",
    ],
)
def test_a_subject_on_the_passive_auxiliary_negated_or_hedged(text: str) -> None:
    assert not asserted(named_events(text))
