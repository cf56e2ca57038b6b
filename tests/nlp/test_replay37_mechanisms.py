"""replay37: cooperative rows before documented breaks (issue 10), each fixed as a class.

Every sentence here is invented for these tests. Each positive has a twin that must not be
asserted (negated, hedged, future) or must stay as it was.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_named, assert_events

DATE = "2014-06-01"


# -- 1. a companion "with" phrase of armed men on the subject --------------------------------
# "X, with fighters loyal to Y, drove Z out", "X, with Y's fighters, stormed Z": the doer acted
# together with the party whose men the phrase names, a joint operation (one way, from the
# doer, as "fought alongside Y" is). A "with" of something else ("with Iranian backing") is
# not read, and the act's own modality carries over.


@pytest.mark.parametrize(
    "text",
    [
        "Ahrar al-Sham, with fighters loyal to the Nusra Front, drove the army out of Idlib.",
        "Ahrar al-Sham, with the Nusra Front's fighters, stormed the army base in Idlib.",
        "Ahrar al-Sham moved in and, with the Nusra Front's fighters, took the city.",
    ],
)
def test_a_companion_with_phrase_of_armed_men_is_a_joint_operation(text: str) -> None:
    assert_events(
        api_named(text, DATE),
        gives=[("Ahrar al-Sham", "COOPERATE", "Nusra Front", "asserted")],
        gives_not=[("Nusra Front", "COOPERATE", "Ahrar al-Sham")],
    )


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (
            "Ahrar al-Sham, with fighters loyal to the Nusra Front, did not drive the army "
            "out of Idlib.",
            "negated",
        ),
        (
            "Ahrar al-Sham, with the Nusra Front's fighters, planned to storm the army base.",
            "future",
        ),
        (
            "Ahrar al-Sham moved in and, with the Nusra Front's fighters, may have taken the city.",
            "uncertain",
        ),
    ],
)
def test_a_companion_with_phrase_keeps_the_acts_modality(text: str, modality: str) -> None:
    found = api_named(text, DATE)
    assert_events(found, gives_not=[("Ahrar al-Sham", "COOPERATE", "Nusra Front", "asserted")])


@pytest.mark.parametrize(
    "text",
    [
        "Ahrar al-Sham, with Turkish backing, drove the Nusra Front out of Idlib.",
        "Ahrar al-Sham clashed with the Nusra Front's fighters in Idlib.",
        "Ahrar al-Sham clashed with the Nusra Front's fighters and accused it of treason.",
        "Ahrar al-Sham's meeting with Nusra Front commanders is the subject of an inquiry.",
    ],
)
def test_other_with_phrases_give_no_partner(text: str) -> None:
    assert_events(api_named(text, DATE), gives_not=[("Ahrar al-Sham", "COOPERATE", "Nusra Front")])
