"""replay45: the cooperative rows before documented breaks (issue 10), each fixed as a class.

Every sentence here is invented for these tests (other names and words than any replay row).
Each positive has a twin that must not be asserted (negated, hedged, reported as false) or
that names something else.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import named_events

OGUN = "Ogun Front"
SAHEL = "Sahel Brigade"


def asserted(text: str, date: str = "2009-05-01") -> set[tuple[str, str, str]]:
    return {(s, t, g) for s, t, g, m in named_events(text, date) if m == "asserted"}


def between(text: str, a: str, b: str, date: str = "2009-05-01") -> set[tuple[str, str, str, str]]:
    return {e for e in named_events(text, date) if {e[0], e[2]} == {a, b}}


# -- 1. "the fighters who would found Y served in X": the founding clause's modal is no cue --
# The parser reads "would found Y served" as "would find that Y served": the sentence's own verb
# becomes a clause under 'found', and the relative clause's "would" (a later time, told as
# fact) made the service hypothetical (modality._clause_under_founding). Only when no verb
# stands above the people noun; a verb of denial or a false report above keeps it unasserted.


@pytest.mark.parametrize(
    "text",
    [
        "Before 1998 most of the gunmen who would found the Ogun Front served in the ranks of "
        "the Sahel Brigade.",
        "In 1997 the young officers who would found the Ogun Front fought in the ranks of the "
        "Sahel Brigade near the river.",
    ],
)
def test_service_of_future_founders_is_asserted(text: str) -> None:
    assert (OGUN, "COOPERATE", SAHEL) in asserted(text, "1998-03-01")


@pytest.mark.parametrize(
    "text",
    [
        "Before 1998 most of the gunmen who would found the Ogun Front never served in the "
        "ranks of the Sahel Brigade.",
        "Officials denied that the gunmen who would found the Ogun Front served in the ranks "
        "of the Sahel Brigade.",
        "Reports that the gunmen who would found the Ogun Front served in the ranks of the "
        "Sahel Brigade were false.",
        "Before 1998 the gunmen who would found the Ogun Front may have served in the ranks "
        "of the Sahel Brigade.",
    ],
)
def test_service_of_future_founders_negated_or_reported_false_is_not_asserted(
    text: str,
) -> None:
    found = between(text, OGUN, SAHEL, "1998-03-01")
    assert not {e for e in found if e[3] == "asserted"}


def test_a_finding_verb_with_its_clause_keeps_its_modal() -> None:
    # "would find that ..." is a real content clause (find, not found): the modal governs it
    found = between(
        "Investigators would find that the Ogun Front served in the ranks of the Sahel "
        "Brigade if they looked.",
        OGUN,
        SAHEL,
    )
    assert not {e for e in found if e[3] == "asserted"}


# -- 2. fronts and battles held in common ----------------------------------------------------
# "X fought on the same fronts as Y", "X and Y fought in the same battles": one side, as
# "on the same side" (cues.yaml same_front_nouns with same_front_verbs); the bare "X and Y
# fought" is not read as a clash between them then.


@pytest.mark.parametrize(
    "text",
    [
        "In 2009 the Ogun Front fought on the same fronts as the Sahel Brigade in the north.",
        "In 2009 the Ogun Front and the Sahel Brigade fought in the same battles around Kessa.",
        "Through 2009 the Ogun Front fought on the same battlefields as the Sahel Brigade.",
    ],
)
def test_same_fronts_is_one_side(text: str) -> None:
    found = asserted(text)
    assert (OGUN, "COOPERATE", SAHEL) in found
    assert (SAHEL, "COOPERATE", OGUN) in found
    assert (OGUN, "ASSAULT", SAHEL) not in found
    assert (SAHEL, "ASSAULT", OGUN) not in found


@pytest.mark.parametrize(
    "text",
    [
        "In 2009 the Ogun Front never fought on the same fronts as the Sahel Brigade.",
        "In 2009 the Ogun Front may have fought on the same fronts as the Sahel Brigade.",
        # dying in one battle is no tie: only a verb of fighting makes the fronts shared
        "In 2009 an Ogun Front commander was killed in the same battle as a Sahel Brigade officer.",
    ],
)
def test_same_fronts_negated_hedged_or_without_fighting_is_not_asserted(text: str) -> None:
    found = asserted(text)
    assert (OGUN, "COOPERATE", SAHEL) not in found
    assert (SAHEL, "COOPERATE", OGUN) not in found
