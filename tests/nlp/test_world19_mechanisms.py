"""world19 mechanisms, on invented sentences with negated, hedged and look-alike twins.

Each case is a sentence nobody reported; the triples are (source, PLOVER type, target,
modality) of the events riftwatch extracts.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import has_triple as _has

from riftwatch.api import extract


def _events(text: str) -> set[tuple[str, str, str, str]]:
    """(source name, type, target name, modality) of every event of one sentence."""
    return {
        (e["source"]["name"], e["event_type"], e["target"]["name"], e["modality"])
        for e in extract([{"id": "t", "text": text, "date": "2005-03-01"}])
    }


def _asserted(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, g) for s, t, g, m in _events(text) if m == "asserted"}


# -- a statement thrown back at its author (mechanisms.rejected_claim_authors) -------------


@pytest.mark.parametrize(
    "text",
    [
        "Ghana rejected Togo's accusations.",
        "Ghana dismissed accusations by Togo.",
        "Ghana refuted claims from Togo that it had armed the rebels.",
        "Ghana disputed the Togolese findings.",
        "Ghana denied Togo's allegations of vote rigging.",
    ],
)
def test_rejected_claim_is_a_reject_of_its_author(text: str) -> None:
    assert _has(_asserted(text), "Ghana", "REJECT", "Togo"), _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana did not reject Togo's accusations.",
        "Ghana may dismiss Togo's claims.",
        "Ghana is likely to dispute Togo's findings.",
        "If Ghana rejects Togo's allegations, the talks will stall.",
        "Ghana never denied Togo's accusations.",
    ],
)
def test_rejected_claim_twins_are_not_asserted(text: str) -> None:
    assert not _has(_asserted(text), "Ghana", "REJECT", "Togo"), _events(text)


@pytest.mark.parametrize(
    "text",
    [
        # the party a claim is about is not its author
        "Ghana denied the charges against Togo.",
        # a claim of one's own part names no author
        "Ghana denied involvement in the attack on Togo.",
        # no author named
        "Ghana dismissed reports that Togo had armed the rebels.",
    ],
)
def test_claim_without_an_author_rejects_nobody(text: str) -> None:
    assert not any(t == "REJECT" for _s, t, _g in _asserted(text)), _events(text)


def test_denied_claim_keeps_its_content_denied() -> None:
    found = _events("Pakistan rejected Afghan accusations that it shelters the Taliban.")
    assert not any(t == "AID" and m == "asserted" for _s, t, _g, m in found), found


# -- discussions are talks; curbs are restrictions (events.yaml, nominals.yaml data) --------


def test_discussions_with_a_party_are_talks_both_ways() -> None:
    found = _asserted("Ethiopia held bilateral discussions with Somalia.")
    assert _has(found, "Ethiopia", "CONSULT", "Somalia"), found
    assert _has(found, "Somalia", "CONSULT", "Ethiopia"), found


@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia did not hold discussions with Somalia.",
        "Ethiopia may hold discussions with Somalia next week.",
        "Ethiopia refused to hold discussions with Somalia.",
    ],
)
def test_discussions_twins_are_not_asserted_talks(text: str) -> None:
    assert not any(t == "CONSULT" for _s, t, _g in _asserted(text)), _events(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Japan imposed travel curbs on North Korea.", "SANCTION"),
        ("Japan lifted travel curbs on North Korea.", "RETREAT"),
    ],
)
def test_curbs_are_restrictions(text: str, etype: str) -> None:
    assert _has(_asserted(text), "Japan", etype, "Korea"), _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan did not lift travel curbs on North Korea.",
        "Japan threatened to impose curbs on North Korea.",
    ],
)
def test_curbs_twins_are_not_asserted(text: str) -> None:
    assert not any(t in ("RETREAT", "SANCTION") for _s, t, _g in _asserted(text)), _events(text)


# -- a counterpart with its country is that state's side (agents/curated.yaml) -------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Kenyan foreign minister met his Ugandan counterpart.", "CONSULT"),
        ("Afghan intelligence officials shared evidence with their Pakistani counterparts.",
         "COOPERATE"),
    ],
)  # fmt: skip
def test_counterpart_with_a_country_is_a_party(text: str, etype: str) -> None:
    found = _asserted(text)
    assert any(t == etype and ("Uganda" in g or "Pakistan" in g) for _s, t, g in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan foreign minister did not meet his Ugandan counterpart.",
        "The Kenyan foreign minister may meet his Ugandan counterpart next week.",
        # no country: a counterpart alone names nobody
        "The Kenyan minister met his counterpart.",
    ],
)
def test_counterpart_twins_assert_no_meeting(text: str) -> None:
    assert not any(t == "CONSULT" for _s, t, _g in _asserted(text)), _events(text)


# -- forces sent for peacekeeping help the country (mechanisms._peacekeeping_purpose) ------


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria deployed troops to Liberia on a peacekeeping mission.",
        "Nigeria sent troops to Liberia as part of the peacekeeping force.",
        "Nigeria sent 200 soldiers to Liberia to serve as a peacekeeping force.",
        "Nigeria sent soldiers to Liberia as peacekeepers.",
    ],
)
def test_forces_sent_for_peacekeeping_are_aid(text: str) -> None:
    found = _asserted(text)
    assert _has(found, "Nigeria", "AID", "Liberia"), found
    assert not _has(found, "Nigeria", "MOBILIZE", "Liberia"), found


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria did not deploy troops to Liberia on a peacekeeping mission.",
        "Nigeria may send troops to Liberia on a peacekeeping mission.",
        "If the truce holds, Nigeria will send troops to Liberia as peacekeepers.",
    ],
)
def test_peacekeeping_twins_are_not_asserted(text: str) -> None:
    assert not _has(_asserted(text), "Nigeria", "AID", "Liberia"), _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nigeria sent troops to Liberia to fight the rebels.",
        "Nigeria sent troops to Liberia after the peacekeeping mission collapsed.",
        "Nigeria sent troops to Liberia to study the feasibility of a peacekeeping force.",
    ],
)
def test_forces_without_a_peacekeeping_purpose_stay_a_deployment(text: str) -> None:
    found = _asserted(text)
    assert _has(found, "Nigeria", "MOBILIZE", "Liberia"), found
    assert not _has(found, "Nigeria", "AID", "Liberia"), found


# -- a proposal or appeal whose maker a "by" phrase names (mechanisms._by_authors) ---------


@pytest.mark.parametrize(
    "text",
    [
        "Ghana rejected a proposal by Togo.",
        "Ghana rejected an appeal lodged by Togo.",
        "Ghana dismissed a peace plan put forward by Togo.",
    ],
)
def test_rejected_proposal_is_a_reject_of_its_maker(text: str) -> None:
    assert _has(_asserted(text), "Ghana", "REJECT", "Togo"), _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana did not reject the proposal by Togo.",
        "Ghana may reject an appeal lodged by Togo.",
        # a denied act names its doer, not the author of a claim
        "Ghana denied an attack by Togo.",
        # "by" naming no party
        "Ghana rejected the plan by a wide margin.",
    ],
)
def test_rejected_proposal_twins_are_not_asserted(text: str) -> None:
    assert not _has(_asserted(text), "Ghana", "REJECT", "Togo"), _events(text)


# -- conversations, meals and speaking with a party are meetings (events.yaml data) --------


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president spoke with the Ugandan president by phone.",
        "The Kenyan president had a telephone conversation with the Ugandan president.",
        "The Kenyan president had lunch with the Ugandan president.",
    ],
)
def test_conversation_with_a_party_is_a_meeting_both_ways(text: str) -> None:
    found = _asserted(text)
    assert _has(found, "Ken", "CONSULT", "Ugand"), found
    assert _has(found, "Ugand", "CONSULT", "Ken"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan president did not speak with the Ugandan president.",
        "The Kenyan president may have dinner with the Ugandan president next week.",
        "The Kenyan president refused to speak with the Ugandan president.",
        # no partner: speaking to the press, of or for someone
        "The Kenyan president spoke to reporters about Uganda.",
        "The Kenyan president spoke of Uganda's role.",
    ],
)
def test_conversation_twins_assert_no_meeting(text: str) -> None:
    assert not any(t == "CONSULT" for _s, t, _g in _asserted(text)), _events(text)
