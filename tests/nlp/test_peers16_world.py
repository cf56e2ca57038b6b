"""World-news constructions of issue 9, round 16 (peers16), on invented sentences.

A plan stated with its attribution after it ("X will help Y, the minister said"): the
parser hangs the statement on the verb of saying, whose subject is not the party that
plans; the plan is read as if the sentence stood alone, an AGREE from X to Y (CAMEO 03,
PLOVER AGREE covers promises), future like the act itself. Negated, hedged or conditional
twins give no AGREE, and nothing here is asserted. None of the sentences comes from a
benchmark or a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events


def events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, "2006-03-14")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Norway will give Kenya a grant of 5 million dollars, the ministry said.",
         "Norway", "Kenya"),
        ("Spain will support Morocco's bid to join the union, the Spanish president said.",
         "Spain", "Morocco"),
        ("The Chilean foreign minister will visit Peru in May, the embassy said on Monday.",
         "Chile", "Peru"),
        ("Ghana will send food aid to Togo next month, officials said.", "Ghana", "Togo"),
    ],
)  # fmt: skip
def test_a_plan_with_a_trailing_attribution_is_a_future_agree(
    text: str, source: str, target: str
) -> None:
    found = events(text)
    assert has(found, source, "AGREE", target, modality="future"), found
    assert not any(e[1] == "AGREE" for e in asserted(found)), found


@pytest.mark.parametrize(
    "text",
    [
        "Norway will not give Kenya a grant, the ministry said.",
        "Norway may give Kenya a grant of 5 million dollars, the ministry said.",
        "Norway would give Kenya a grant if it asked for one, the ministry said.",
        "Norway will never support Kenya's bid to join the union, the minister said.",
        "Ghana will not send food aid to Togo, officials said.",
    ],
)
def test_a_negated_or_hedged_plan_gives_no_agree(text: str) -> None:
    found = events(text)
    assert not any(e[1] == "AGREE" for e in found), found
    assert not asserted(found), found


def test_a_plan_the_attribution_precedes_keeps_its_speaker_reading() -> None:
    found = events("The ministry said Norway will give Kenya a grant of 5 million dollars.")
    assert not any(e[1] == "AGREE" for e in asserted(found)), found
