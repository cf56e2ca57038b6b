"""An order's addressee and a denied "it" (invented sentences).

"X ordered his commanders to cut contacts with Y" gave X REQUEST Y: the order goes to X's own
commanders, and Y is only what they are told to shun. "..., though Pakistan denies it" gave
Pakistan REJECT of the group "it" was bound to: "it" is the claim denied.
"""

from __future__ import annotations

from riftwatch.nlp.extract import extract_document


def _events(text: str) -> list[tuple[str, str, str, str]]:
    doc = {"id": "t", "date": "2011-03-01", "text": text}
    out = []
    for coded in extract_document(doc):
        d = coded.to_dict()
        out.append((d["source"]["name"], d["event_type"], d["target"]["name"], d["modality"]))
    return out


def test_an_order_to_ones_own_people_requests_nothing_of_the_shunned_party() -> None:
    events = _events("Mullah Omar ordered his commanders to cut contacts with Al Qaeda.")
    assert not [e for e in events if e[1] == "REQUEST"], events
    assert ("Afghan Taliban", "REJECT", "Al Qaeda", "asserted") in events


def test_an_order_to_a_party_is_still_a_request_of_it() -> None:
    # (written32: an order to leave is an expulsion, COERCE, so the order here is another's)
    events = _events("Mullah Omar ordered Al Qaeda to stop its attacks in Helmand.")
    assert ("Afghan Taliban", "REQUEST", "Al Qaeda", "asserted") in events, events
    events = _events("Mullah Omar ordered Al Qaeda to leave Helmand.")
    assert ("Afghan Taliban", "COERCE", "Al Qaeda", "asserted") in events, events


def test_a_denied_it_is_a_claim_not_a_party() -> None:
    events = _events(
        "U.S. officials say the ISI is still funding the Haqqani network, "
        "though Pakistan denies it."
    )
    assert not [e for e in events if e[0] == "Pakistan" and e[1] == "REJECT"], events


def test_a_denied_party_is_still_rejected() -> None:
    events = _events("The Taliban denied Al Qaeda sanctuary in Helmand.")
    assert ("Afghan Taliban", "REJECT", "Al Qaeda", "asserted") in events, events
