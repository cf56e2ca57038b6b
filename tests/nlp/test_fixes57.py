"""fixes57: precision bugs found on main (former office holders, postponed acts, places).

Every sentence here is invented for these tests. Each positive has a negated, hedged or
denied twin that must stay unasserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events

DATE = "2015-05-01"


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, DATE)


# -- 1. a former office holder speaks for himself, not for the state -------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Former Kenyan President Tomas Velorin accused Uganda of backing rebels.",
        "Ex-Kenyan Foreign Minister Tomas Velorin accused Uganda of backing rebels.",
        "Former Kenyan President Tomas Velorin did not accuse Uganda of backing rebels.",
        "Former Kenyan President Tomas Velorin may accuse Uganda of backing rebels.",
    ],
)
def test_former_title_is_not_the_state(text: str) -> None:
    assert not any("Kenya" in e[0] for e in asserted(_events(text)))


def test_sitting_title_stands_for_the_state() -> None:
    text = "Kenyan President Tomas Velorin accused Uganda of backing rebels."
    assert has(_events(text), "Kenya", "ACCUSE", "Uganda")


def test_sitting_title_denied_is_not_asserted() -> None:
    text = "Kenyan President Tomas Velorin denied accusing Uganda of backing rebels."
    assert not has(_events(text), "Kenya", "ACCUSE", "Uganda")

