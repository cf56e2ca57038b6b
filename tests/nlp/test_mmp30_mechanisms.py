"""mmp30 mechanisms, on invented sentences with negated, hedged and look-alike twins.

Each case is a sentence nobody reported, about real or invented groups; the events are
(source id, PLOVER type, target id, modality) as the API prints them.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_events

from riftwatch.actors.open import open_id

HAMAS, ASBAT = "org:hamas", "org:asbat-al-ansar"


def _events(text: str, date: str = "2012-01-01") -> list[tuple[str, str, str, str]]:
    """(source id, type, target id, modality) of every event the API prints for ``text``."""
    return [(e["source"]["id"], e["event_type"], e["target"]["id"], e["modality"])
            for e in api_events(text, date)]  # fmt: skip


def _split(text: str, source: str, target: str, date: str = "2012-01-01") -> list:
    return [e for e in _events(text, date)
            if e[0] == source and e[1] == "REJECT" and e[2] == target
            and e[3] == "asserted"]  # fmt: skip


# -- "X was formed by P, who had left Y", "X appeared, set up by militants who had left Y":
# the founders' relative clause tells the split, so the founded group split from Y too
# (mechanisms.founders_who_left; a founding participle's group, mechanisms._participle_founded)


@pytest.mark.parametrize(
    ("text", "founded", "left"),
    [
        (
            "The Zarqa Brigade was formed in 2011 by Omar Haddad, who had walked out of Hamas.",
            "Zarqa Brigade",
            HAMAS,
        ),
        (
            "The Zarqa Brigade appeared in Gaza in 2011, set up by militants who had left Hamas.",
            "Zarqa Brigade",
            HAMAS,
        ),
        (
            "The Sidon Youth Brigade, founded in 2009 by gunmen who had deserted Asbat al-Ansar, "
            "attacked the camp's police.",
            "Sidon Youth Brigade",
            ASBAT,
        ),
        (
            "The Sidon Youth Brigade was launched in 2009 by Salim Nour, who had led a breakaway "
            "faction out of Asbat al-Ansar.",
            "Sidon Youth Brigade",
            ASBAT,
        ),
    ],
)
def test_a_group_founded_by_leavers_told_in_a_clause_split_from_their_group(
    text: str, founded: str, left: str
) -> None:
    assert _split(text, open_id(founded), left), _events(text)


@pytest.mark.parametrize(
    ("text", "founded", "left"),
    [
        # negated, hedged and conditional leaving: no split of the founded group
        (
            "The Zarqa Brigade was formed in 2011 by Omar Haddad, who had never left Hamas.",
            "Zarqa Brigade",
            HAMAS,
        ),
        (
            "The Zarqa Brigade was formed in 2011 by Omar Haddad, who may have left Hamas.",
            "Zarqa Brigade",
            HAMAS,
        ),
        (
            "The Zarqa Brigade appeared in Gaza in 2011, set up by militants who would leave "
            "Hamas if it signed a truce.",
            "Zarqa Brigade",
            HAMAS,
        ),
        # founders who fought beside the group left nothing
        (
            "The Zarqa Brigade was formed in 2011 by Omar Haddad, who had fought beside Hamas.",
            "Zarqa Brigade",
            HAMAS,
        ),
        # a split told inside the founders' clause is not theirs: no split from Fatah
        (
            "The Zarqa Brigade was founded by commanders who had left Hamas in protest "
            "at its break with Fatah.",
            "Zarqa Brigade",
            "org:fatah",
        ),
        # a founding denied
        (
            "The Sidon Youth Brigade was not set up by gunmen who had deserted Asbat al-Ansar, the "
            "camp's committee said.",
            "Sidon Youth Brigade",
            ASBAT,
        ),
    ],
)
def test_no_split_of_the_founded_group_without_an_asserted_leaving(
    text: str, founded: str, left: str
) -> None:
    assert not _split(text, open_id(founded), left), _events(text)
