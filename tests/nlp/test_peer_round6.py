"""World-news recall and precision, sixth round (issue 9, the peers' gold sets), on invented
sentences.

One test per class of constructions, each with its positive forms and the negated, hedged or
background forms that must not be asserted. None of the sentences comes from a benchmark or a
development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import has, named_events


def events(text: str, date: str = "2012-05-14") -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text``."""
    return named_events(text, date)


def asserted_types(found: set[tuple[str, str, str, str]]) -> set[str]:
    return {g for _s, g, _t, m in found if m == "asserted"}


# -- refusing a cooperative act told by a light verb and a noun: REJECT (CAMEO 12) ----------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Ghana refused to hold talks with Togo.", "Ghana", "Togo"),
        ("The Malian government declined to offer any assistance to Niger.", "Mali", "Niger"),
        ("Bolivia has refused to commit to direct aid to Paraguay.", "Bolivia", "Paraguay"),
    ],
)
def test_refused_nominal_act_is_a_rejection(text: str, source: str, target: str) -> None:
    found = events(text)
    assert has(found, source, "REJECT", target), found
    # the refused act itself did not happen
    assert not any(g in ("CONSULT", "AID", "COOPERATE") and m == "asserted"
                   for _s, g, _t, m in found), found  # fmt: skip


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Ghana might refuse to hold talks with Togo.", "hypothetical"),
        ("Ghana did not refuse to hold talks with Togo.", "negated"),
    ],
)
def test_hedged_or_negated_refusal_is_not_asserted(text: str, modality: str) -> None:
    found = events(text)
    assert has(found, "Ghana", "REJECT", "Togo", modality), found
    assert "REJECT" not in asserted_types(found), found


def test_refusing_to_attack_is_no_rejection() -> None:
    found = events("Ghana refused to launch an offensive against Togo.")
    assert not has(found, "Ghana", "REJECT", "Togo", None), found


# -- breaking a promise or an agreement: REJECT (renounce), not AGREE -----------------------
@pytest.mark.parametrize(
    "text",
    [
        "President Okafor has reneged on his commitment to Ghana.",
        "President Okafor abandoned his commitment to Ghana.",
    ],
)
def test_broken_promise_is_renounced(text: str) -> None:
    found = events(text)
    assert has(found, "Okafor", "REJECT", "Ghana"), found
    assert "AGREE" not in asserted_types(found), found


def test_kept_or_hedged_promise() -> None:
    kept = events("President Okafor honoured his commitment to Ghana.")
    assert not has(kept, "Okafor", "REJECT", "Ghana", None), kept
    hedged = events("President Okafor may renege on his commitment to Ghana.")
    assert has(hedged, "Okafor", "REJECT", "Ghana", None), hedged
    assert "REJECT" not in asserted_types(hedged), hedged


# -- the noun of a discontinued relation: SANCTION, as the verb "suspended ties" ------------
def test_suspension_of_relation_is_a_sanction() -> None:
    found = events("Chile announced a suspension of air links with Peru on Friday.")
    assert has(found, "Chile", "SANCTION", "Peru"), found
    assert "COOPERATE" not in asserted_types(found), found


@pytest.mark.parametrize(
    "text",
    [
        "Chile may announce a suspension of air links with Peru.",
        "Chile denied any suspension of air links with Peru.",
        "Chile did not announce a suspension of air links with Peru.",
    ],
)
def test_hedged_or_denied_suspension_is_not_asserted(text: str) -> None:
    found = events(text)
    assert not asserted_types(found) & {"SANCTION", "COOPERATE"}, found


def test_own_claim_under_a_modal_is_not_asserted() -> None:
    """A claim verb's own auxiliary counts: "may announce" asserts nothing."""
    found = events("Chile may announce new talks with Peru.")
    assert not asserted_types(found), found


# -- an event noun after a preposition of time is background, not the subject's act ---------
@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Norway upgraded their diplomatic ties after a ten-year break.",
        "Kenya and Norway restored their diplomatic ties following a long break.",
    ],
)
def test_background_event_noun_is_not_the_subjects_act(text: str) -> None:
    found = events(text)
    assert not any(g == "REJECT" for _s, g, _t, _m in found), found


def test_event_noun_with_its_own_parties_still_counts() -> None:
    found = events("Kenya broke with Norway after the elections.")
    assert has(found, "Kenya", "REJECT", "Norway", None), found


# -- a relation noun that describes an attack's victim is not the attacker's relation ------
@pytest.mark.parametrize(
    "text",
    [
        "Rebels killed the deputy commander of Egypt's militia ally on Monday.",
        "Gunmen abducted the chief of Chad's allies in the north.",
    ],
)
def test_victims_description_is_no_cooperation(text: str) -> None:
    found = events(text)
    assert "COOPERATE" not in {g for _s, g, _t, _m in found}, found


def test_relation_of_the_subject_itself_still_counts() -> None:
    found = events("Ghana is an ally of Togo.")
    assert has(found, "Ghana", "COOPERATE", "Togo", None), found


# -- an offer of a cooperative thing is an intent to cooperate (AGREE, CAMEO 03) ------------
@pytest.mark.parametrize(
    "text",
    [
        "Chile offered troops to Peru.",
        "Chile offered Peru a loan of ten million dollars.",
        "Chile offered to hand over two suspects to Peru.",
    ],
)
def test_offer_is_an_agreement(text: str) -> None:
    assert has(events(text), "Chile", "AGREE", "Peru"), events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chile did not offer troops to Peru.",
        "Chile may offer troops to Peru.",
        "Chile did not offer to hand over two suspects to Peru.",
    ],
)
def test_negated_or_hedged_offer_is_not_asserted(text: str) -> None:
    found = events(text)
    assert not asserted_types(found), found


def test_pledged_allegiance_is_no_extra_agreement() -> None:
    found = events("The Sahel Front pledged allegiance to the Islamic State.")
    assert "AGREE" not in {g for _s, g, _t, _m in found}, found


# -- a proposal turned down is a REJECT of its author --------------------------------------
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Ghana dismissed an appeal from Togo.", "Togo"),
        ("Ghana turned down an offer from Togo.", "Togo"),
        ("Ghana is opposed to French mediation in the dispute.", "France"),
        ("Ghana rebuffed Togo's overtures on Monday.", "Togo"),
    ],
)
def test_dismissed_proposal_rejects_its_author(text: str, target: str) -> None:
    found = events(text)
    assert has(found, "Ghana", "REJECT", target), found


@pytest.mark.parametrize(
    "text",
    [
        "Ghana did not dismiss an appeal from Togo.",
        "Ghana is not opposed to French mediation in the dispute.",
        "Ghana may turn down an offer from Togo.",
        "Ghana turned up an offer from Togo.",
    ],
)
def test_negated_or_hedged_dismissal_is_not_asserted(text: str) -> None:
    found = events(text)
    assert "REJECT" not in asserted_types(found), found


def test_own_proposal_dismissed_is_no_rejection() -> None:
    found = events("Ghana dismissed its own proposal.")
    assert not found, found


def test_event_noun_naming_its_party_after_a_time_preposition_still_counts() -> None:
    """A noun with a party phrase of its own is the subject's event even after "after"."""
    found = events("The army killed five militants after a clash with the Pakistani Taliban.")
    assert has(found, "Army", "ASSAULT", "Tehrik-i-Taliban"), found
    # its twin without a party phrase ("after a long break") is the background test above
