"""Written reports, round 15 (issue 9, helper written15): mechanisms found on round15_work
and the misses of the earlier work halves, each tested on invented sentences with negated,
hedged or denied twins that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events


# -- envoys hosted: talks between the host and the envoys' group, not shelter ----------------
@pytest.mark.parametrize(
    ("text", "host", "guest"),
    [
        ("Riyadh hosted a Taliban delegation for talks on the peace process.", "Saudi",
         "Taliban"),
        ("Qatar hosted the Taliban's negotiators in Doha last week.", "Qatar", "Taliban"),
        ("Islamabad hosted Afghan Taliban leaders for talks in Murree, officials said.",
         "Pakistan", "Taliban"),
        ("The Saudi government hosted emissaries of the Haqqani network in Jeddah.", "Saudi",
         "Haqqani"),
    ],
)  # fmt: skip
def test_hosted_envoys_are_talks_both_ways(text: str, host: str, guest: str) -> None:
    found = named_events(text, "2016-02-01")
    assert has(found, host, "CONSULT", guest), found
    assert has(found, guest, "CONSULT", host), found
    assert not has(found, host, "AID", guest), found


@pytest.mark.parametrize(
    "text",
    [
        "Riyadh did not host a Taliban delegation for talks on the peace process.",
        "Saudi officials denied hosting a Taliban delegation in Jeddah.",
        "Qatar may host the Taliban's negotiators in Doha next month.",
        "If Islamabad hosted Afghan Taliban leaders for talks, Kabul would protest.",
    ],
)
def test_negated_denied_or_hypothetical_hosting_is_not_asserted(text: str) -> None:
    found = named_events(text, "2016-02-01")
    assert not [e for e in asserted(found) if e[1] in ("CONSULT", "AID")], found


def test_hosting_leaders_without_talks_stays_shelter() -> None:
    found = named_events("Pakistan hosted Taliban leaders in Quetta for years.", "2009-01-01")
    assert has(found, "Pakistan", "AID", "Taliban"), found
    assert not has(found, "Pakistan", "CONSULT", "Taliban"), found
