"""mmp27 mechanisms, on invented sentences with negated, hedged and look-alike twins.

Each case is a sentence nobody reported; the events are (source, PLOVER type, target,
modality) by organisation name (:func:`tests.nlp.conftest.named_events`).
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_between, has, named_events

# -- cover names and fronts whose owner a participle names (code._noun_entry,
# -- mechanisms.owner_participle; cues.yaml front_name_heads, owner_participles)


@pytest.mark.parametrize(
    "text",
    [
        "The Zorblan Brigade was a cover name used by the Volta Army in the 1990s.",
        "The Zorblan Brigade, a cover name used by the Volta Army, bombed two banks in 1994.",
        "Police said the Zorblan Brigade was a front used by members of the Volta Army.",
        "The Zorblan Brigade is widely regarded as a front name used by the Volta Army to claim "
        "killings.",
        "The Zorblan Brigade was a front organisation controlled by the Volta Army.",
    ],
)
def test_a_cover_name_or_front_used_by_a_group_is_its_front(text: str):
    found = named_events(text)
    assert has(found, "Zorblan Brigade", "COOPERATE", "Volta Army"), found


@pytest.mark.parametrize(
    "text",
    [
        # negated, hedged, denied
        "The Zorblan Brigade was never a cover name used by the Volta Army.",
        "The Zorblan Brigade may have been a cover name used by the Volta Army.",
        "The Zorblan Brigade denied that it was a front used by members of the Volta Army.",
        # the participle itself negated
        "The Zorblan Brigade was a cover name never used by the Volta Army.",
        # a name used, not a front: no owner of the subject
        "The Zorblan Brigade used a cover name in its statements about the Volta Army.",
    ],
)
def test_a_negated_or_hedged_cover_name_is_no_asserted_tie(text: str):
    found = named_events(text)
    assert not asserted_between(found, "Zorblan Brigade", "Volta Army"), found


# -- a family that runs a group named after it stands for the group: "the Beltran Leyva
# -- brothers" (kb._headless_names; name_cues.yaml kin_collective_heads, kin_only_group_heads)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Beltran Leyva brothers fell out with the Sinaloa Cartel in 2008.", "REJECT"),
        ("In 2009 the Beltran Leyva family attacked Sinaloa Cartel gunmen in Culiacan.", "ASSAULT"),
        ("The Maute brothers allied themselves with the Abu Sayyaf Group in 2016.", "COOPERATE"),
    ],
)
def test_a_family_running_a_group_named_after_it_is_the_group(text: str, etype: str):
    found = named_events(text)
    assert any(e[1] == etype for e in asserted_between(found, "Beltr", "Sinaloa")) or any(
        e[1] == etype for e in asserted_between(found, "Maute", "Abu Sayyaf")
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "The Beltran Leyva brothers never fell out with the Sinaloa Cartel.",
        "The Beltran Leyva family may have ordered attacks on Sinaloa Cartel gunmen in 2009.",
        # a cartel named after its state gives no bare short name: the state is a place
        "Gunmen attacked a Sinaloa Cartel safe house in Sinaloa in 2010.",
    ],
)
def test_kin_names_keep_their_modality_and_places_stay_places(text: str):
    found = named_events(text)
    assert not asserted_between(found, "Beltr", "Sinaloa"), found
    assert not asserted_between(found, "Sinaloa", "Sinaloa"), found
