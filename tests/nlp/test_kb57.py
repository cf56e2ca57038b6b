"""kb57: actor knowledge for Iraqi Kurdistan's regional government (and what followed).

Every sentence here is invented for these tests. Each class has its positives and twins that
must not be asserted (negated, hedged) or must stay as they were.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_named, assert_events

DATE = "2023-05-01"
KRG = "Kurdistan Regional Government"
IRAQ = "Iraqi government"


# -- 1. The Kurdistan Regional Government is its own actor ----------------------------------
# The Phoenix dictionary gave "Kurdistan Regional Government" and "KRG" to Iraq's national
# government, so a quarrel between Erbil and Baghdad had one actor on both sides and was lost.


@pytest.mark.parametrize(
    "text",
    [
        "The KRG accused Baghdad of withholding salaries.",
        "The Kurdistan Regional Government (KRG) condemned the Iraqi government over the budget.",
        "Erbil accused Baghdad of withholding salaries.",
    ],
)
def test_the_kurdistan_regional_government_is_its_own_actor(text: str) -> None:
    assert_events(api_named(text, DATE), gives=[(KRG, None, IRAQ)])


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The KRG did not accuse Baghdad of withholding salaries.", "negated"),
        ("The KRG may accuse Baghdad of withholding salaries.", None),
    ],
)
def test_a_negated_or_hedged_krg_act_is_not_asserted(text: str, modality: str | None) -> None:
    found = api_named(text, DATE)
    assert_events(found, gives_not=[(KRG, None, IRAQ)])
    if modality:
        assert_events(found, gives=[(KRG, None, IRAQ, modality)])


def test_erbil_as_a_place_is_no_party() -> None:
    found = api_named("Iraqi troops arrested two smugglers in Erbil on Monday.", DATE)
    assert_events(found, gives_not=[(KRG, None, "", None), ("", None, KRG, None)])
