"""peers25 mechanisms, on invented sentences with negated, hedged and refused twins.

Each case is a sentence nobody reported; the triples are (source, PLOVER type, target,
modality) of the events riftwatch extracts.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_named, asserted_triples, dated

_events = dated(api_named, "2005-03-01")


def _asserted(text: str) -> set[tuple[str, str, str]]:
    return asserted_triples(_events(text))


# -- what a party is shielded from is not the shielder's act (cues.yaml shielding_verbs) ----


@pytest.mark.parametrize(
    "text",
    [
        "Kenya defended Uganda against criticism of its elections.",
        "Kenya shielded Uganda from attacks on its border.",
        "Kenya protected Uganda against condemnation of its new laws.",
        "Kenya rescued Ugandan hostages from an attack on their convoy.",
        "Kenya guarded Uganda from accusations over its elections.",
    ],
)
def test_shielded_from_is_not_the_shielders_hostile_act(text: str) -> None:
    hostile = {"ACCUSE", "ASSAULT", "COERCE", "THREATEN", "SANCTION", "PROTEST"}
    assert not any(s == "Kenya" and t in hostile for s, t, _g, _m in _events(text)), _events(text)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Kenya defended Uganda against criticism of its elections.", "SUPPORT"),
        ("Kenya shielded Uganda from attacks on its border.", "AID"),
    ],
)
def test_shielding_verb_keeps_its_own_cooperation(text: str, etype: str) -> None:
    assert ("Kenya", etype, "Uganda") in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not defend Uganda against criticism of its elections.",
        "Kenya may shield Uganda from attacks on its border.",
        "Kenya refused to defend Uganda against criticism of its elections.",
    ],
)
def test_shielding_twins_assert_no_cooperation(text: str) -> None:
    got = _asserted(text)
    assert ("Kenya", "SUPPORT", "Uganda") not in got
    assert ("Kenya", "AID", "Uganda") not in got
    assert not any(s == "Kenya" and t in ("ACCUSE", "ASSAULT") for s, t, _g in got)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya launched attacks on Uganda from Tanzania.",
        "Kenya voiced criticism of Uganda's elections.",
    ],
)
def test_own_hostile_acts_are_still_read(text: str) -> None:
    """Only the shielding verbs' against/from phrase is set aside: an attack launched
    from a place, or criticism voiced, is still the subject's own act."""
    assert any(
        s == "Kenya" and g == "Uganda" and t in ("ASSAULT", "ACCUSE") for s, t, g in _asserted(text)
    )


# -- a deployed cooperative presence helps the country (events.yaml presence_type on deploy) --


@pytest.mark.parametrize(
    "text",
    [
        "Kenya deployed election observers in Uganda.",
        "Kenya deployed aid workers in Uganda last week.",
        "Kenya deployed monitors in Uganda.",
    ],
)
def test_deployed_presence_is_aid_not_a_force_posture(text: str) -> None:
    got = _asserted(text)
    assert ("Kenya", "AID", "Uganda") in got
    assert ("Kenya", "MOBILIZE", "Uganda") not in got


@pytest.mark.parametrize(
    "text",
    [
        "Kenya deployed troops in Uganda.",
        "Kenya deployed monitors against Ugandan rebels.",
    ],
)
def test_deployed_force_or_presence_sent_against_a_party_stays_mobilize(text: str) -> None:
    got = _asserted(text)
    assert any(s == "Kenya" and t == "MOBILIZE" for s, t, _g in got), got
    assert not any(t == "AID" for _s, t, _g in got)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not deploy observers in Uganda.",
        "Kenya may deploy monitors in Uganda.",
        "Kenya refused to deploy aid workers in Uganda.",
    ],
)
def test_deployed_presence_twins_are_not_asserted(text: str) -> None:
    assert ("Kenya", "AID", "Uganda") not in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya refused to deploy peacekeepers in Uganda.",
        "Kenya refused to deploy election observers in Uganda.",
    ],
)
def test_refused_presence_rejects_the_country_it_was_for(text: str) -> None:
    got = _events(text)
    assert ("Kenya", "REJECT", "Uganda", "asserted") in got
    assert ("Kenya", "AID", "Uganda", "asserted") not in got


@pytest.mark.parametrize(
    "text",
    [
        "Kenya may refuse to deploy observers in Uganda.",
        "Kenya did not refuse to deploy peacekeepers in Uganda.",
        "Kenya refused to deploy troops in Uganda.",
    ],
)
def test_refused_presence_twins_reject_nobody(text: str) -> None:
    """A possible or negated refusal asserts none; refusing to send troops is no refusal of
    help to the country (the troops may have been meant against it)."""
    assert ("Kenya", "REJECT", "Uganda") not in _asserted(text)


# -- a phrase whose request is its asking verb's (cues.yaml verb_carried_phrase_types) ------


@pytest.mark.parametrize(
    "text",
    [
        "Kenya provided humanitarian assistance to Uganda.",
        "Kenya sent humanitarian assistance to Uganda last week.",
    ],
)
def test_aid_given_is_no_request(text: str) -> None:
    got = _events(text)
    assert not any(t == "REQUEST" for _s, t, _g, _m in got), got
    assert ("Kenya", "AID", "Uganda", "asserted") in got


def test_aid_sought_is_still_a_request() -> None:
    got = _events("Kenya sought humanitarian assistance from Uganda.")
    assert any(t == "REQUEST" for _s, t, _g, _m in got), got
    assert not any(t == "AID" and m == "asserted" for _s, t, _g, m in got)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not provide humanitarian assistance to Uganda.",
        "Kenya may provide humanitarian assistance to Uganda.",
    ],
)
def test_aid_given_twins_are_not_asserted(text: str) -> None:
    assert not any(t in ("AID", "REQUEST") for _s, t, _g in _asserted(text))


# -- a verb that needs its object noun yields to the noun's phrase of another type ----------


@pytest.mark.parametrize(
    "text",
    [
        "Kenya launched a verbal attack on Uganda.",
        "Kenya launched a scathing attack on Uganda.",
    ],
)
def test_verbal_attack_launched_is_an_accusation_not_an_assault(text: str) -> None:
    got = _asserted(text)
    assert ("Kenya", "ACCUSE", "Uganda") in got
    assert ("Kenya", "ASSAULT", "Uganda") not in got


@pytest.mark.parametrize(
    "text",
    [
        "Kenya launched an attack on Uganda.",
        "Kenya launched a military offensive against Uganda.",
    ],
)
def test_attack_launched_stays_an_assault(text: str) -> None:
    assert ("Kenya", "ASSAULT", "Uganda") in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not launch a verbal attack on Uganda.",
        "Kenya may launch a scathing attack on Uganda.",
    ],
)
def test_verbal_attack_twins_assert_nothing(text: str) -> None:
    got = _asserted(text)
    assert not any(s == "Kenya" and t in ("ACCUSE", "ASSAULT") for s, t, _g in got), got
