"""Written reports, round 36 of the data (issue 9, helper written52): recall classes met over
the work halves of several rounds, each fixed as a mechanism and tested on invented sentences
(none of them a labelled item) with negated, hedged or modal twins that must not be
asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- the parties of an accord named by "under the N" ------------------------------------------
# ("Under the accord, X agreed to ..., while Y undertook to ...": the accord is told as made;
# the undertakings it lays on the parties are future acts, but they are not the accord's own
# modality; written.framing_agreement, read by modality._governing for
# written.parties_under_agreement; rounds 8, 31, 35 and 36 word agreements by the parties'
# undertakings)
@pytest.mark.parametrize(
    "text,first,second",
    [
        ("Under the accord, the Pakistani army agreed to leave its checkpoints in Bajaur, while "
         "the tribal elders undertook to hand over foreign fighters.", "Pakistan", "tribal"),
        ("Under the pact signed in Khost, the Haqqani network promised to stop attacks on "
         "Afghan police, and the NDS pledged to free its detained commanders.", "Haqqani",
         "Afghan"),
        ("Under the truce brokered by clerics, the Pakistani Taliban committed to halting "
         "their raids, while the army undertook to lift the curfew in Swat.", "Tehrik",
         "Pakistan"),
    ],
)  # fmt: skip
def test_the_parties_under_an_accord_agree(text: str, first: str, second: str) -> None:
    found = named_events(text, "2010-01-01")
    assert_events(found, gives=[(first, "AGREE", second), (second, "AGREE", first)])


@pytest.mark.parametrize(
    "text,first,second",
    [
        # the accord is only proposed, denied, or its undertakings modal: no agreement told
        ("Under the proposed accord, the Pakistani army agreed to leave its checkpoints in "
         "Bajaur, while the tribal elders undertook to hand over foreign fighters.", "Pakistan",
         "tribal"),
        ("Officials denied that, under the pact, the Haqqani network had promised to stop "
         "attacks on Afghan police and the NDS had pledged to free its commanders.", "Haqqani",
         "Afghan"),
        ("Under the pact, the Haqqani network would stop attacks on Afghan police, and the NDS "
         "would free its detained commanders.", "Haqqani", "Afghan"),
        ("Under the truce, the Pakistani Taliban may halt their raids, while the army could "
         "lift the curfew in Swat.", "Tehrik", "Pakistan"),
    ],
)  # fmt: skip
def test_no_agreement_under_an_unmade_or_denied_accord(text: str, first: str, second: str) -> None:
    found = named_events(text, "2010-01-01")
    assert_events(found, gives_not=[(first, "AGREE", second), (second, "AGREE", first)])
