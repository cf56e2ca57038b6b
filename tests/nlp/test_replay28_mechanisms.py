"""A party's government told through its leader (replay28, issue 10), on invented sentences.

"the FLN government of Ahmed Ben Bella": a government noun whose compound names a
non-state organisation is that organisation's, as "the ZANU-PF government" alone is; the
office holder in its "of" phrase leads the party and no longer turns the side into his state
(nlp/mentions.py ``_party_named``, nlp/code.py ``_party_government``). "The government of
President X" with no party named stays X's state's. Each positive has negated and hedged
twins that must not be asserted. None of the sentences comes from a benchmark or a
development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events


@pytest.mark.parametrize(
    ("text", "date", "source", "etype", "target"),
    [
        (
            "The MDC accused the ZANU-PF government of Robert Mugabe of rigging the vote.",
            "2005-06-01",
            "MDC",
            "ACCUSE",
            "ZANU-PF",
        ),
        (
            "Hamas fighters attacked the Fatah government of Mahmoud Abbas.",
            "2006-06-01",
            "Hamas",
            "ASSAULT",
            "Fatah",
        ),
    ],
)
def test_a_party_government_of_its_leader_is_the_partys(
    text: str, date: str, source: str, etype: str, target: str
) -> None:
    found = named_events(text, date)
    assert has(found, source, etype, target), found
    assert not {e for e in asserted(found) if "Government of" in e[2]}, found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "The MDC did not accuse the ZANU-PF government of Robert Mugabe of rigging the vote.",
            "2005-06-01",
        ),
        ("The MDC may accuse the ZANU-PF government of Robert Mugabe of rigging the vote.", "2005"),
        ("Hamas fighters did not attack the Fatah government of Mahmoud Abbas.", "2006-06-01"),
        ("Hamas fighters could attack the Fatah government of Mahmoud Abbas.", "2006-06-01"),
    ],
)
def test_negated_or_hedged_party_government_is_not_asserted(text: str, date: str) -> None:
    found = named_events(text, date)
    assert not {e for e in asserted(found) if e[1] in ("ACCUSE", "ASSAULT")}, found


def test_the_government_of_a_president_alone_stays_his_states() -> None:
    found = named_events(
        "The government of President Mugabe expelled two British diplomats.", "2005"
    )
    assert has(found, "Zimbabwe", "SANCTION", "British"), found
