"""Warnings passed on by an intelligence service, and charges rejected on someone's behalf.

- "The ISI warned the Haqqanis of the raid": an intelligence service passes on what it has
  learnt about someone else's operation: a tip-off (AID), not a threat. A state whose own
  forces are named only by a generic word ("Pakistan warned the TTP of a military operation")
  announces its own operation: a threat.
- "Islamabad rejected the charges against the Taliban": the charges are someone else's claim
  about the Taliban; Pakistan rejects the claim, not the Taliban.
"""

from __future__ import annotations

from conftest import asserted_between, has, named_events

ISI, HAQQANI, TTP = "Inter-Services Intelligence", "Haqqani Network", "Tehrik-i-Taliban Pakistan"


def test_an_intelligence_service_warning_of_a_raid_tips_off() -> None:
    found = named_events("The ISI warned the Haqqanis of the raid.", "2010-05-01")
    assert has(found, ISI, "AID", HAQQANI)
    assert not has(found, ISI, "THREATEN", HAQQANI)
    denied = named_events("The ISI did not warn the Haqqanis of the raid.", "2010-05-01")
    assert not asserted_between(denied, "Intelligence", "Haqqani")
    hedged = named_events("The ISI may have warned the Haqqanis of the raid.", "2010-05-01")
    assert has(hedged, ISI, "AID", HAQQANI, "uncertain")


def test_a_state_warning_of_its_own_operation_threatens() -> None:
    army = named_events("The army warned the TTP of a crackdown.", "2010-05-01")
    assert has(army, "Pakistan Army", "THREATEN", TTP)
    state = named_events("Pakistan warned the TTP of a military operation.", "2010-05-01")
    assert has(state, "Pakistan", "THREATEN", TTP)
    assert not has(state, "Pakistan", "AID", TTP)


def test_rejected_charges_against_a_group_reject_nobody() -> None:
    found = named_events("Islamabad rejected the charges against the Taliban.", "2010-05-01")
    assert not any(t == "REJECT" for _s, t, _g, _m in found)
    assert not asserted_between(found, "Pakistan", "Taliban")
    other = named_events(
        "Pakistan rejected the accusations against the Haqqani network.", "2010-05-01"
    )
    assert not asserted_between(other, "Pakistan", "Haqqani")
    # a demand or an offer of the other party is still refused
    assert has(named_events("The Taliban rejected Al Qaeda's demands.", "2010-05-01"),
               "Afghan Taliban", "REJECT", "Al Qaeda")  # fmt: skip
