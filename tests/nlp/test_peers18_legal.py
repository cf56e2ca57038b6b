"""Legal action against a party is an accusation (issue 9, round 18: peers18).

The PLOVER manual's ACCUSE 'allege' is "formally or informally accuse; sue, indict, or
charge; bring to trial", where PETRARCH-2's dictionary codes these verbs CAMEO 173 (COERCE
arrest): "X sued Y", "X indicted Y's officers", "X prosecuted Y's officers" are ACCUSE, no
arrest. Negated, hedged and intended suits are not asserted. Invented sentences only.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, asserted, has, named_events


def events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, "2006-05-10")


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda sued Uganda at the regional court over the border raids.",
        "Rwanda has indicted Uganda for the massacre of its traders.",
        "Rwanda prosecuted Uganda at the regional court for the border raids.",
    ],
)
def test_taking_a_party_to_court_accuses_it(text: str) -> None:
    assert_events(
        events(text),
        gives=[("Rwanda", "ACCUSE", "Uganda")],
        gives_not=[("Rwanda", "COERCE", "Uganda")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Rwanda did not sue Uganda over the border raids.",
        "Rwanda may sue Uganda over the border raids.",
        "Rwanda threatened to sue Uganda over the border raids.",
        "Rwanda has never indicted Uganda for the massacre.",
    ],
)
def test_a_suit_not_brought_is_not_asserted(text: str) -> None:
    found = events(text)
    assert not has(found, "Rwanda", "ACCUSE", "Uganda"), found
    assert not any(e[1] in ("ACCUSE", "COERCE") for e in asserted(found)), found
