"""world20 mechanisms, on invented sentences with negated, hedged and look-alike twins.

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
        for e in extract([{"id": "t", "text": text, "date": "2015-03-01"}])
    }


def _asserted(text: str) -> set[tuple[str, str, str]]:
    return {(s, t, g) for s, t, g, m in _events(text) if m == "asserted"}


def _between(found: set[tuple[str, str, str]], one: str, other: str) -> set[str]:
    """Types of the events between two parties, either way."""
    return {t for s, t, g in found if (one in s and other in g) or (other in s and one in g)}


# -- a third party working on two others' hostile relation (mechanisms.others_relation) ------


@pytest.mark.parametrize(
    "text",
    [
        "Qatar is trying to end the feud between Hamas and Fatah.",
        "Qatar helped end the rift between Hamas and Fatah.",
        "Oman worked to ease tensions between Iran and Saudi Arabia.",
    ],
)
def test_third_party_is_no_party_to_others_feud(text: str) -> None:
    found = _events(text)
    third = text.split()[0]
    assert not any(
        third in s and t in ("REJECT", "RETREAT", "ASSAULT") for s, t, _g, _m in found
    ), found


def test_the_feuding_parties_keep_their_relation() -> None:
    found = _asserted("The rift between Hamas and Fatah deepened after the talks collapsed.")
    assert _has(found, "Hamas", "REJECT", "Fatah"), found
    assert _has(found, "Fatah", "REJECT", "Hamas"), found


def test_a_party_named_by_its_country_keeps_the_relation() -> None:
    found = _events("Mexico's envoy will visit Texas amid strained relations between his "
                    "country and the U.S.")  # fmt: skip
    assert "REJECT" in _between({(s, t, g) for s, t, g, _m in found}, "Mexico", "United States")


def test_a_cooperative_meeting_between_others_is_untouched() -> None:
    # only hostile relation nouns lose a third party's events; the meeting keeps its parties
    found = _asserted("Norway hosted a meeting between Colombia and Venezuela.")
    assert _has(found, "Colombia", "CONSULT", "Venezuela"), found
    assert _has(found, "Venezuela", "CONSULT", "Colombia"), found


# -- a mediation effort whose purpose names the parties (mechanisms.mediation_purposes) ------


@pytest.mark.parametrize(
    "text",
    [
        "Ghana launched a mediation effort to resolve the dispute between Togo and Benin.",
        "Ghana launched a mediation effort to help Togo and Benin reach a settlement.",
        "Ghana began a mediation effort designed to help Togo and Benin settle their dispute.",
    ],
)
def test_mediation_effort_mediates_between_the_parties_of_its_purpose(text: str) -> None:
    found = _asserted(text)
    for party in ("Togo", "Benin"):
        assert _has(found, "Ghana", "CONSULT", party), found
        assert not _has(found, "Ghana", "AID", party), found  # "to help" is the aim


def test_mediation_between_a_party_and_unnamed_others() -> None:
    found = _asserted("Ghana launched a mediation effort to resolve the rift between Togo and "
                      "its neighbours.")  # fmt: skip
    assert _has(found, "Ghana", "CONSULT", "Togo"), found
    assert not any(t in ("REJECT", "RETREAT") and "Ghana" in s for s, t, _g in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Ghana refused to launch a mediation effort to resolve the dispute between Togo and Benin.",
        "Ghana did not launch a mediation effort to help Togo and Benin reach a settlement.",
        "Ghana may launch a mediation effort to resolve the dispute between Togo and Benin.",
        "If asked, Ghana would launch a mediation effort to help Togo and Benin reach a deal.",
    ],
)
def test_mediation_effort_twins_are_not_asserted(text: str) -> None:
    found = _asserted(text)
    assert not _has(found, "Ghana", "CONSULT", "Togo"), _events(text)
    assert not _has(found, "Ghana", "AID", "Togo"), _events(text)


def test_an_effort_without_named_parties_mediates_nobody() -> None:
    found = _asserted("Ghana launched a mediation effort to end the violence.")
    assert not any(t == "CONSULT" for _s, t, _g in found), found


# -- a party defended in words is supported (mechanisms.verbal_defence) ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia defended Venezuela over claims of election fraud.",
        "Bolivia defended Venezuela against accusations of torture.",
        "Bolivia defended Venezuela's handling of the protests.",
        "Bolivia defended the policies of Venezuela at the summit.",
    ],
)
def test_verbal_defence_is_support(text: str) -> None:
    found = _asserted(text)
    assert _has(found, "Bolivia", "SUPPORT", "Venezuela"), _events(text)
    assert not _has(found, "Bolivia", "AID", "Venezuela"), _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia did not defend Venezuela over claims of election fraud.",
        "Bolivia refused to defend Venezuela's handling of the protests.",
        "Bolivia may defend Venezuela over the claims.",
        "Bolivia denied defending Venezuela's handling of the protests.",
    ],
)
def test_verbal_defence_twins_are_not_asserted(text: str) -> None:
    found = _asserted(text)
    assert not _has(found, "Bolivia", "SUPPORT", "Venezuela"), _events(text)
    assert not _has(found, "Bolivia", "AID", "Venezuela"), _events(text)


def test_defending_its_own_policies_supports_nobody_else() -> None:
    found = _asserted("China rejected charges by Canada and defended its policies.")
    assert not _has(found, "China", "SUPPORT", "Canada"), found


# -- agent nouns after a tie participle (extract._after_tie_participle) ---------------------


def test_backed_troops_are_not_the_country_of_the_text() -> None:
    found = _events("The U.S. military launched air strikes on government-backed troops "
                    "near the river.")  # fmt: skip
    assert not any(s == t for s, _e, t, _m in found), found
    assert not any(e == "SUPPORT" and "U.S." in t for _s, e, t, _m in found), found


def test_plain_troops_still_belong_to_the_named_country() -> None:
    found = _asserted("Afghan troops clashed with Taliban fighters in Kandahar.")
    assert any(t == "ASSAULT" and "Taliban" in g for _s, t, g in found), found


# -- forces sent to a peacekeeping force in a country (mechanisms.sent_forces) ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Fiji sent troops to the United Nations peacekeeping force in Lebanon.",
        "Fiji is sending soldiers to the UN peacekeeping mission in Lebanon.",
        "Fiji contributed a battalion to the UN stabilisation mission in Lebanon.",
    ],
)
def test_troops_for_a_peacekeeping_force_in_a_country_aid_that_country(text: str) -> None:
    found = _asserted(text)
    assert _has(found, "Fiji", "AID", "Lebanon"), _events(text)
    assert not _has(found, "Fiji", "MOBILIZE", "Lebanon"), _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fiji did not send troops to the United Nations peacekeeping force in Lebanon.",
        "Fiji may send troops to the UN peacekeeping mission in Lebanon.",
        "Fiji refused to send troops to the UN peacekeeping mission in Lebanon.",
    ],
)
def test_peacekeeping_force_twins_are_not_asserted(text: str) -> None:
    assert not _has(_asserted(text), "Fiji", "AID", "Lebanon"), _events(text)


def test_a_force_that_is_no_peacekeeping_one_aids_no_host() -> None:
    found = _asserted("France sent troops to the NATO-led operation in Libya.")
    assert not _has(found, "France", "AID", "Libya"), found


def test_a_platoon_is_a_force_sent() -> None:
    found = _asserted("Nepal is sending a military platoon to Lebanon.")
    assert _has(found, "Nepal", "MOBILIZE", "Lebanon"), found


@pytest.mark.parametrize(
    "text",
    [
        "Chile contributed to the UN peacekeeping mission in Haiti.",
        "Chile contributed helicopters to the United Nations peacekeeping force in Haiti.",
    ],
)
def test_contribution_to_a_peacekeeping_mission_aids_its_country(text: str) -> None:
    assert _has(_asserted(text), "Chile", "AID", "Haiti"), _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile did not contribute to the UN peacekeeping mission in Haiti.",
        "Chile is ready to contribute to the UN peacekeeping mission in Haiti.",
        "Chile refused to contribute to the UN peacekeeping mission in Haiti.",
        # no peacekeeping purpose named: no aid to the country read from it
        "Chile contributed to the NATO operation in Haiti.",
    ],
)
def test_contribution_twins_assert_no_aid(text: str) -> None:
    assert not _has(_asserted(text), "Chile", "AID", "Haiti"), _events(text)


def test_defended_policy_named_by_a_country_word_supports_that_country() -> None:
    found = _asserted("Bolivia defended Venezuelan policy at the summit.")
    assert _has(found, "Bolivia", "SUPPORT", "Venezuela"), found


def test_a_peacekeeping_mission_named_in_an_apposition_is_the_purpose() -> None:
    found = _asserted("Nepal is sending a platoon to Lebanon, its first involvement in a "
                      "UN peacekeeping mission.")  # fmt: skip
    assert _has(found, "Nepal", "AID", "Lebanon"), found
    assert not _has(found, "Nepal", "MOBILIZE", "Lebanon"), found


def test_an_apposition_without_peacekeeping_keeps_the_deployment() -> None:
    found = _asserted("Nepal is sending a platoon to Lebanon, its first foreign deployment.")
    assert _has(found, "Nepal", "MOBILIZE", "Lebanon"), found


def test_the_author_of_the_criticism_is_not_the_party_defended() -> None:
    found = _asserted("Bolivia defended Venezuela against American criticism.")
    assert _has(found, "Bolivia", "SUPPORT", "Venezuela"), found
    assert not _has(found, "Bolivia", "SUPPORT", "United States"), found


def test_sides_named_through_their_owners_keep_their_rivalry() -> None:
    found = _asserted("Rivalry between Hamas's armed wing and Fatah's security forces turned "
                      "into open war in 2007.")  # fmt: skip
    assert _between(found, "Hamas", "Fatah") & {"REJECT", "ASSAULT"}, found
