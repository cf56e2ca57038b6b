"""mmp34 knowledge: Lebanese war militias and an Iranian-raised formation the knowledge base
lacked, the RAF and the NPA under their initials in their own conflicts' words, and the ULFA
(Independent) counted for the ULFA.

Each case is an invented sentence about real groups (nobody reported it), with a negated or
hedged twin; the events are (source id, PLOVER type, target id, modality) as the API prints
them. The groups live in src/riftwatch/actors/data/curated/world_groups_mmp34.yaml (the RAF
and NPA rules in world_groups.yaml).
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_asserted_between, api_events

KATAEB = "org:kataeb"
TIGERS = "org:tigers-militia-lebanon"
FATEMIYOUN = "org:liwa-fatemiyoun"
RAF = "org:red-army-faction-rote-armee-fraktion"
RED_BRIGADES = "org:red-brigades"
NPA = "org:communist-party-of-the-philippines-new-people-army"
ULFA = "org:united-liberation-front-of-assam"
ULFA_I = "org:ulfa-independent"
LTTE = "org:liberation-tigers-of-tamil-elam"


def _ids(text: str, date: str) -> set[str]:
    """Every actor id of the events of ``text``."""
    return {e[k]["id"] for e in api_events(text, date) for k in ("source", "target")}


# -- each asserted case, then its negated or hedged twin, which asserts nothing

PAIRS = [
    (
        "The Phalangists attacked the Tigers in east Beirut.",
        "The Phalangists did not attack the Tigers in east Beirut.",
        "1979-03-01",
        KATAEB,
        TIGERS,
    ),
    (
        "The RAF and the Red Brigades signed a joint declaration against NATO.",
        "Police suspected that the RAF might have met Red Brigades envoys, but nothing was proven.",
        "1988-10-01",
        RAF,
        RED_BRIGADES,
    ),
]


@pytest.mark.parametrize(("text", "_twin", "date", "a", "b"), PAIRS)
def test_groups_found_and_event_asserted(text: str, _twin: str, date: str, a: str, b: str) -> None:
    assert api_asserted_between(text, a, b, date)


@pytest.mark.parametrize(("_text", "twin", "date", "a", "b"), PAIRS)
def test_negated_or_hedged_twin_asserts_nothing(
    _text: str, twin: str, date: str, a: str, b: str
) -> None:
    assert not api_asserted_between(twin, a, b, date)


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        ("Liwa Fatemiyoun fighters attacked Nusra Front positions south of Aleppo.",
         "2016-02-01", FATEMIYOUN),
        ("The Kataeb militia shelled Palestinian camps in Beirut.", "1976-01-01", KATAEB),
    ],
)  # fmt: skip
def test_group_found_by_its_name(text: str, date: str, want: str) -> None:
    assert want in _ids(text, date)


def test_npa_found_in_davao_words() -> None:
    """A city and district of the insurgency are enough for the bare initials."""
    text = "In 1988 the Alsa Masa vigilantes of Davao's Agdao district hunted down NPA cadres."
    events = api_events(text, "1988-02-01")
    assert [e for e in events if e["target"]["id"] == NPA and e["modality"] == "asserted"]
    twin = text.replace("hunted", "did not hunt")
    assert not [e for e in api_events(twin, "1988-02-01") if e["modality"] == "asserted"]


@pytest.mark.parametrize(
    ("text", "date", "not_id"),
    [
        # the bare names keep their other readings without Lebanon's words
        ("The Tigers attacked Sri Lankan troops near Jaffna.", "1995-01-01", TIGERS),
        ("Kataeb Hezbollah fired rockets at U.S. troops near Baghdad.", "2019-12-01", KATAEB),
        ("The RAF bombed Iraqi troops near Basra.", "2003-03-01", RAF),
    ],
)
def test_short_form_needs_its_conflict(text: str, date: str, not_id: str) -> None:
    assert not_id not in _ids(text, date)


def test_tigers_in_sri_lanka_stay_the_ltte() -> None:
    assert LTTE in _ids("The Tigers attacked Sri Lankan troops near Jaffna.", "1995-01-01")


def test_ulfa_independent_counts_for_the_ulfa_from_2011() -> None:
    from riftwatch.analysis.hierarchy import default_hierarchy

    h = default_hierarchy()
    assert ULFA in h.parents(ULFA_I, "2015-04")
    assert ULFA not in h.parents(ULFA_I, "2009-01")
    assert ULFA_I not in h.parents(ULFA, "2015-04")
