"""An agreement a party breaches is no agreement made (stop 26; noticed by peers13):
"violated the ceasefire with Y" was coded as an asserted AGREE both ways."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import has, named_events


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Ukraine violated the ceasefire with Russia.", "Ukraine", "Russia"),
        ("The Taliban violated their agreement with Al Qaeda.", "Taliban", "Qaeda"),
        ("The TTP breached its truce with the Pakistani army.", "Tehrik", "Pakistan"),
    ],
)
def test_a_breached_agreement_is_a_cut_not_an_agreement(
    text: str, source: str, target: str
) -> None:
    found = named_events(text)
    assert not any(e[1] == "AGREE" for e in found), found
    assert has(found, source, "SANCTION", target), found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The Taliban did not violate their agreement with Al Qaeda.", "negated"),
        ("The Taliban may have breached their truce with Al Qaeda.", "uncertain"),
    ],
)
def test_a_denied_or_hedged_breach_is_not_asserted(text: str, modality: str) -> None:
    found = named_events(text)
    assert not any(e[3] == "asserted" for e in found), found
    assert has(found, "Taliban", "SANCTION", "Qaeda", modality), found


def test_an_agreement_kept_is_still_an_agreement() -> None:
    found = named_events("The Taliban signed an agreement with Al Qaeda.")
    assert has(found, "Taliban", "AGREE", "Qaeda"), found
