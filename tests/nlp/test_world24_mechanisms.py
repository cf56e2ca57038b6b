"""world24 mechanisms, on invented sentences with negated, hedged and look-alike twins.

Each case is a sentence nobody reported; the triples are (source, PLOVER type, target,
modality) of the events riftwatch extracts.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import typed_between as _typed

from riftwatch.api import extract


def _events(text: str) -> set[tuple[str, str, str, str]]:
    """(source name, type, target name, modality) of every event of one sentence."""
    return {
        (e["source"]["name"], e["event_type"], e["target"]["name"], e["modality"])
        for e in extract([{"id": "t", "text": text, "date": "2015-03-01"}])
    }


# -- a consensus or an understanding reached is an agreement; what it agrees on is not done --
# (events.yaml nominals consensus, understanding; cues.yaml future list)


@pytest.mark.parametrize(
    "text",
    [
        "Fatah and Hamas reached a consensus to exchange information on Israeli patrols.",
        "Fatah and Hamas reached an understanding to share weapons.",
    ],
)
def test_consensus_reached_is_an_agreement_and_the_act_agreed_is_not_done(text: str) -> None:
    found = _events(text)
    assert ("AGREE", "asserted") in _typed(found, "Fatah", "Hamas")
    assert ("AGREE", "asserted") in _typed(found, "Hamas", "Fatah")
    # the exchange or sharing agreed on has not happened yet: nothing else is asserted
    assert all(m != "asserted" for _s, t, _g, m in found if t != "AGREE")


def test_understanding_with_a_partner_is_an_agreement() -> None:
    found = _events("Hamas reached an understanding with Fatah on the border crossing.")
    assert ("AGREE", "asserted") in _typed(found, "Hamas", "Fatah")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Fatah and Hamas did not reach a consensus to exchange information.", "negated"),
        ("Fatah and Hamas failed to reach a consensus on a unity government.", "negated"),
        ("Fatah denied that it had reached an understanding with Hamas.", "denied"),
        ("Fatah and Hamas may reach an understanding to share weapons.", "hypothetical"),
    ],
)
def test_consensus_negated_denied_or_possible_is_not_asserted(text: str, modality: str) -> None:
    found = _events(text)
    assert ("AGREE", modality) in _typed(found, "Fatah", "Hamas")
    assert all(m != "asserted" for _s, _t, _g, m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas showed little understanding of Fatah's position.",
        "Hamas gained a better understanding of Fatah's tactics.",
        "Analysts said there was no consensus among Hamas leaders.",
    ],
)
def test_understanding_as_insight_is_no_agreement(text: str) -> None:
    assert not any(t == "AGREE" for _s, t, _g, _m in _events(text))


# -- a time phrase on a verb of calling off is background, told as done -------------------
# (modality: cues.yaml prohibition_background_preps on written.calling_off)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas called off its offensive after talks with Egypt.",
        "The Kenyan union announced that it had called off its strike after deliberations "
        "with the Kenyan government.",
        "Hamas postponed its offensive after a meeting with Egypt.",
    ],
)
def test_talks_before_calling_something_off_took_place(text: str) -> None:
    found = _events(text)
    consults = {(s, m) for s, t, _g, m in found if t == "CONSULT"}
    assert consults and all(m == "asserted" for _s, m in consults)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Hamas may have called off its offensive after talks with Egypt.", "uncertain"),
        ("Hamas denied that it had called off its offensive after talks with Egypt.", "denied"),
    ],
)
def test_calling_off_hedged_or_denied_keeps_its_modality(text: str, modality: str) -> None:
    found = _events(text)
    assert ("CONSULT", modality) in _typed(found, "Hamas", "Egypt")
    assert all(m != "asserted" for _s, _t, _g, m in found)


def test_talks_called_off_are_still_not_held() -> None:
    # the talks are what is called off (its object), not a time phrase: never a meeting held
    found = _events("Hamas called off its talks with Egypt.")
    assert ("CONSULT", "asserted") not in _typed(found, "Hamas", "Egypt")


def test_talks_called_for_are_still_only_asked_for() -> None:
    found = _events("Hamas called for talks with Egypt after the raid.")
    assert ("CONSULT", "asserted") not in _typed(found, "Hamas", "Egypt")


# -- property given back to the party it was taken from (CAMEO 0842) -----------------------
# (mechanisms.returned_to_owner; cues.yaml returning_verbs, taking_verbs)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas returned the rifles taken from Fatah.",
        "Hamas returned rifles seized last year from Fatah.",
        "Hamas handed back the vehicles it had captured from Fatah.",
        "Hamas returned the rifles and trucks taken from Fatah.",
        # the parser hangs "from Fatah" on "returned" after the taking clause
        "Hamas returned the rifles and trucks seized last year from Fatah.",
    ],
)
def test_property_returned_to_the_party_it_was_taken_from(text: str) -> None:
    assert ("RETREAT", "asserted") in _typed(_events(text), "Hamas", "Fatah")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Hamas did not return the rifles taken from Fatah.", "negated"),
        ("Hamas refused to return the rifles taken from Fatah.", "negated"),
        ("Hamas may return the rifles taken from Fatah.", "hypothetical"),
        ("Hamas promised to return the rifles taken from Fatah.", "future"),
        ("Hamas denied that it had returned the rifles taken from Fatah.", "denied"),
    ],
)
def test_a_return_not_made_is_not_asserted(text: str, modality: str) -> None:
    toward = _typed(_events(text), "Hamas", "Fatah")
    assert ("RETREAT", modality) in toward
    assert ("RETREAT", "asserted") not in toward


@pytest.mark.parametrize(
    "text",
    [
        # the rifles go to a third party, not back to their owner
        "Hamas returned the rifles taken from Fatah to the Egyptian army.",
        # bought, not taken; used, not returned; returned to a place; handed over, not back
        "Hamas returned the rifles it bought from Fatah.",
        "Hamas used the rifles taken from Fatah.",
        "Hamas returned to the positions taken from Fatah.",
        "Hamas handed over the rifles taken from Fatah.",
        # no taking clause: fighters or prisoners brought back from a place of Fatah's
        "Hamas returned its fighters from Fatah territory.",
        "Hamas returned the prisoners from the Fatah jail.",
    ],
)
def test_look_alikes_return_nothing_to_the_owner(text: str) -> None:
    assert not any(t == "RETREAT" for t, _m in _typed(_events(text), "Hamas", "Fatah"))


# -- "placed under arrest in Y": the place phrase on the noun still names the state --------
# (mechanisms.came_under, placing verbs; world24: "in Y" hung on a noun of custody or inquiry)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("A Kenyan diplomat was placed under arrest in Uganda.", "COERCE"),
        ("A Kenyan diplomat was placed under house arrest in Uganda.", "COERCE"),
        ("A Kenyan diplomat was put under investigation in Uganda.", "ACCUSE"),
    ],
)
def test_custody_in_a_country_is_that_states_act(text: str, etype: str) -> None:
    assert (etype, "asserted") in _typed(_events(text), "Uganda", "Kenya")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("A Kenyan diplomat was not placed under arrest in Uganda.", "negated"),
        ("A Kenyan diplomat may be placed under arrest in Uganda.", "hypothetical"),
    ],
)
def test_custody_negated_or_possible_is_not_asserted(text: str, modality: str) -> None:
    toward = _typed(_events(text), "Uganda", "Kenya")
    assert ("COERCE", modality) in toward
    assert ("COERCE", "asserted") not in toward


@pytest.mark.parametrize(
    "text",
    [
        # pressure is felt in a country, not put on by its state; no place, no doer
        "A Kenyan diplomat was placed under pressure in Uganda.",
        "A Kenyan diplomat was placed under arrest.",
    ],
)
def test_no_state_named_for_pressure_or_for_no_place(text: str) -> None:
    assert not _typed(_events(text), "Uganda", "Kenya")


# -- shooting whose purpose names whom it is done to fires on them -------------------------
# (mechanisms.fire_with_purpose; cues.yaml purpose_fire_verbs)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police opened fire to disperse Ugandan rebels.",
        "Kenyan police opened fire to disperse Ugandan rebels, killing two.",
        "Kenyan troops fired to disperse the Ugandan rebels.",
    ],
)
def test_fire_opened_to_disperse_a_party_is_an_assault_on_it(text: str) -> None:
    assert ("ASSAULT", "asserted") in _typed(_events(text), "Kenya", "Ugandan rebels")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Kenyan police did not open fire to disperse Ugandan rebels.", "negated"),
        ("Kenyan police may open fire to disperse Ugandan rebels.", "hypothetical"),
        ("Kenyan police denied that they had opened fire to disperse Ugandan rebels.", "denied"),
    ],
)
def test_fire_not_opened_is_no_asserted_assault(text: str, modality: str) -> None:
    toward = _typed(_events(text), "Kenya", "Ugandan rebels")
    assert ("ASSAULT", modality) in toward
    assert ("ASSAULT", "asserted") not in toward


@pytest.mark.parametrize(
    ("text", "party"),
    [
        # warning shots into the air hit nobody
        ("Kenyan police fired into the air to disperse Ugandan rebels.", "Ugandan rebels"),
        # fire opened to protect a party is not fire on it
        ("Kenyan troops opened fire to protect Ugandan refugees.", "Ugandan refugees"),
        ("Kenyan police opened an office to help Ugandan refugees.", "Ugandan refugees"),
    ],
)
def test_look_alikes_fire_on_nobody(text: str, party: str) -> None:
    assert not any(t == "ASSAULT" for t, _m in _typed(_events(text), "Kenya", party))
