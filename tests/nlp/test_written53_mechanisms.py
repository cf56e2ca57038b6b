"""Written reports, round 37 of the data (issue 9, helper written53): recall classes met over
the work halves of several rounds, each fixed as a mechanism and tested on invented sentences
(none of them a labelled item) with negated, hedged or modal twins that must not be
asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- ground lost by the party a linked clause names as its holder ------------------------------
# ("P fell to X after Y's police abandoned their posts", "X overran the city, holding it until
# Y's troops pushed them back out": X seized the ground from Y, as "took P from Y" is;
# written.ground_lost_by_holder, cues.yaml ground_capture_verbs, ground_falling_verbs,
# ground_holding_verbs, ground_return_verbs; rounds 20, 32, 35 and 36 tell the capture of a
# town from the state this way)
@pytest.mark.parametrize(
    "text,taker,holder",
    [
        ("The town of Dand fell to the Taliban after the Afghan police abandoned their posts.",
         "Taliban", "Afghan National Police"),
        ("The Islamic State seized the town of Dabiq after Nusra Front fighters abandoned it.",
         "Islamic State", "Nusra"),
        ("Hurras al-Din fighters overran the checkpoint, holding it for a day until HTS fighters "
         "drove them back out.", "Hurras", "Tahrir"),
        ("Taliban fighters stormed the district of Nawa in June, and Afghan commandos retook "
         "it a week later.", "Taliban", "Afghan"),
        ("Pakistani Taliban fighters captured the village of Mamond, holding it until Pakistani "
         "troops pushed them back out in April.", "Tehrik", "Pakistan"),
    ],
)  # fmt: skip
def test_ground_taken_from_its_named_holder(text: str, taker: str, holder: str) -> None:
    found = named_events(text, "2015-01-01")
    assert_events(found, gives=[(taker, ("COERCE", "ASSAULT"), holder)])


@pytest.mark.parametrize(
    "text,taker,holder",
    [
        # the capture is negated, hedged, conditional or planned: no seizure asserted
        ("The town of Dand did not fall to the Taliban after the Afghan police abandoned "
         "their posts.", "Taliban", "Afghan National Police"),
        ("Officials said the town of Dand may have fallen to the Taliban after the Afghan "
         "police abandoned their posts.", "Taliban", "Afghan National Police"),
        ("The town of Dand might fall to the Taliban if the Afghan police abandon their "
         "posts.", "Taliban", "Afghan National Police"),
        ("The Islamic State planned to seize the town of Dabiq after Nusra Front fighters "
         "abandoned it.", "Islamic State", "Nusra"),
        # the capture itself is denied
        ("The Islamic State denied that it had seized the town of Dabiq after Nusra Front "
         "fighters abandoned it.", "Islamic State", "Nusra"),
    ],
)  # fmt: skip
def test_ground_not_taken_is_not_asserted(text: str, taker: str, holder: str) -> None:
    found = named_events(text, "2015-01-01")
    assert_events(found, gives_not=[(taker, ("COERCE", "ASSAULT"), holder)])


def test_a_holder_that_is_the_taker_is_none() -> None:
    # "its fighters" are the taker's own: no seizure from itself, no other party invented
    found = named_events(
        "The Islamic State seized the town of Dabiq after its fighters surrounded it.",
        "2015-01-01",
    )
    assert_events(found, gives_not=[("Islamic State", "COERCE", "Islamic State")])


def test_a_departure_alone_names_no_holder() -> None:
    # a party that only withdrew or fled is not said to have held the ground
    found = named_events(
        "The Taliban took the town of Dand after American troops withdrew from Helmand.",
        "2015-01-01",
    )
    assert_events(found, gives_not=[("Taliban", ("COERCE", "ASSAULT"), "U")])
