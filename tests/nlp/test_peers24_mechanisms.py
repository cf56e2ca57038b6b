"""peers24 mechanisms, on invented sentences with negated, hedged and refused twins.

Each case is a sentence nobody reported; the triples are (source, PLOVER type, target,
modality) of the events riftwatch extracts.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_named, asserted_triples, dated

_events = dated(api_named, "2005-03-01")


def _asserted(text: str) -> set[tuple[str, str, str]]:
    return asserted_triples(_events(text))


# -- a demand met, satisfied or granted is a concession (cues.yaml meeting_demand_verbs) ----


@pytest.mark.parametrize(
    "text",
    [
        "Kenya met Uganda's demands.",
        "Kenya met the demands of Uganda on Tuesday.",
        "Kenya fulfilled Uganda's demands for compensation.",
        "Kenya granted Uganda's request for fuel.",
        "Kenya met Uganda's conditions for a ceasefire.",
    ],
)
def test_demand_met_is_a_concession_to_its_author(text: str) -> None:
    assert ("Kenya", "CONCEDE", "Uganda") in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya met Uganda's demands.",
        "Kenya did not meet Uganda's demands.",
        "Kenya refused to meet Uganda's conditions.",
    ],
)
def test_demand_met_is_no_meeting(text: str) -> None:
    assert not any(t == "CONSULT" for _s, t, _g, _m in _events(text))


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not meet Uganda's demands.",
        "Kenya may meet Uganda's demands.",
        "Kenya said it would not meet Uganda's demands.",
        "Kenya refused to grant Uganda's request.",
    ],
)
def test_demand_not_met_is_no_asserted_concession(text: str) -> None:
    assert ("Kenya", "CONCEDE", "Uganda") not in _asserted(text)


def test_demand_refused_is_a_rejection() -> None:
    assert ("Kenya", "REJECT", "Uganda") in _asserted("Kenya refused to meet Uganda's demands.")


def test_meeting_a_party_is_still_a_meeting() -> None:
    assert ("Kenya", "CONSULT", "Government of Uganda") in _asserted(
        "Kenya met the Ugandan president on Monday."
    )


# -- a protest stopped by force is repression of its doers (nominals.yaml suppressing_verbs) --


@pytest.mark.parametrize(
    "text,target",
    [
        ("Kenyan police broke up a rally by Ugandan students.", "Ugandan students"),
        ("Kenyan police prevented the march organised by Ugandan students.", "Ugandan students"),
        ("Kenyan police stopped a protest by the Ugandan opposition.", "Ugandan opposition"),
        ("Kenyan police put an end to the protests by Ugandan students.", "Ugandan students"),
    ],
)
def test_protest_stopped_is_coercion_of_its_doers(text: str, target: str) -> None:
    assert ("Kenya", "COERCE", target) in _asserted(text)


def test_protest_broken_up_is_no_split() -> None:
    events = _events("Kenyan police broke up a rally by Ugandan students.")
    assert not any(t == "REJECT" for _s, t, _g, _m in events)


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police did not prevent the rally by Ugandan students.",
        "Kenyan police may break up the rally by Ugandan students.",
        "Kenyan police threatened to break up the rally by Ugandan students.",
        "Kenyan police refused to stop the march by Ugandan students.",
    ],
)
def test_protest_not_stopped_is_no_asserted_coercion(text: str) -> None:
    assert ("Kenya", "COERCE", "Ugandan students") not in _asserted(text)


def test_country_word_before_a_protest_is_no_state() -> None:
    # the Ugandans who protested are not the Ugandan state
    assert not any(
        g == "Uganda" for _s, _t, g, _m in _events("Kenyan police crushed Ugandan protests.")
    )


# -- the accuser of a passive charge whose "by" the parser hangs on the gerund's object -----


@pytest.mark.parametrize(
    "text",
    [
        "The Ugandan minister was accused of misusing public money by the Kenyan government.",
        "The Ugandan president has been accused of diverting public funds by Kenyan officials.",
    ],
)
def test_accuser_after_a_gerund_object(text: str) -> None:
    assert ("Government of Kenya", "ACCUSE", "Government of Uganda") in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Ugandan minister was not accused of misusing public money by the Kenyan government.",
        "The Ugandan minister may have been accused of misusing public money by Kenyan officials.",
    ],
)
def test_accuser_after_a_gerund_object_negated_or_hedged(text: str) -> None:
    assert ("Government of Kenya", "ACCUSE", "Government of Uganda") not in _asserted(text)


def test_by_on_an_event_noun_names_its_author_not_the_accuser() -> None:
    events = _events("The Ugandan president was accused of ordering attacks by Kenyan soldiers.")
    assert not any(t == "ACCUSE" and s == "Government of Kenya" for s, t, _g, _m in events)


# -- expelling another party's official presence reduces relations (events.yaml presence) --


@pytest.mark.parametrize(
    "text,target",
    [
        ("Kenya expelled two Ugandan diplomats for spying.", "Government of Uganda"),
        ("Kenya expelled the Ugandan ambassador on Friday.", "Government of Uganda"),
        ("Kenya forced the UN refugee agency out of the country.", "United Nations"),
    ],
)
def test_expelled_official_presence_is_a_sanction(text: str, target: str) -> None:
    found = _asserted(text)
    assert ("Kenya", "SANCTION", target) in found
    assert ("Kenya", "COERCE", target) not in found


def test_expelled_people_of_other_kinds_stay_coerced() -> None:
    assert ("Kenya", "COERCE", "Ugandan rebels") in _asserted(
        "Kenya expelled Ugandan rebels from its territory."
    )


@pytest.mark.parametrize(
    "text", ["Kenya did not expel Ugandan diplomats.", "Kenya may expel Ugandan diplomats."]
)
def test_expulsion_of_diplomats_not_asserted_when_negated_or_hedged(text: str) -> None:
    assert not any(g == "Government of Uganda" for _s, _t, g in _asserted(text))


# -- a plan stated with a trailing attribution whose speaker has a participle of its own ----


def test_plan_with_long_trailing_attribution_is_an_intended_agreement() -> None:
    found = _events(
        "Finland will give Tanzania a grant over the next three years, a statement issued "
        "by the ministry said today."
    )
    assert ("Finland", "AGREE", "Tanzania", "future") in found
    assert not any(m == "asserted" for _s, _t, _g, m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Finland will not give Tanzania a grant this year, a statement issued by the ministry "
        "said today.",
        "Finland may give Tanzania a grant this year, a statement issued by the ministry said "
        "today.",
        "Finland will give Tanzania a grant this year, a statement issued by the ministry "
        "denied today.",
    ],
)
def test_negated_hedged_or_denied_plan_is_no_agreement(text: str) -> None:
    assert not any(t == "AGREE" for _s, t, _g, _m in _events(text))


# -- a summoned envoy named after his title (mechanisms._envoy_before_name) -----------------


@pytest.mark.parametrize(
    "text",
    [
        "Kenya summoned Uganda's ambassador John Okello on Tuesday.",
        "Kenya summoned Uganda's ambassador John Okello to complain about the raids.",
    ],
)
def test_summoned_envoy_with_his_name_is_a_rebuke(text: str) -> None:
    assert ("Kenya", "ACCUSE", "Government of Uganda") in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not summon Uganda's ambassador John Okello.",
        "Kenya may summon Uganda's ambassador John Okello.",
    ],
)
def test_summons_not_made_is_no_asserted_rebuke(text: str) -> None:
    assert ("Kenya", "ACCUSE", "Government of Uganda") not in _asserted(text)


def test_summoned_head_of_state_is_no_envoy() -> None:
    # only envoys are summoned in rebuke; a president summoned is no such act
    found = _asserted("Kenya summoned Uganda's President Yoweri Museveni.")
    assert ("Kenya", "ACCUSE", "Government of Uganda") not in found


# -- a unilateral act, and the country an act is done in, do nothing back -------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kenya declared a unilateral ceasefire with Uganda.",
        "Kenya unilaterally declared a truce with Uganda.",
    ],
)
def test_unilateral_truce_runs_from_its_doer_only(text: str) -> None:
    found = _asserted(text)
    assert ("Kenya", "AGREE", "Uganda") in found
    assert ("Uganda", "AGREE", "Kenya") not in found


def test_mutual_truce_still_runs_both_ways() -> None:
    found = _asserted("Kenya declared a ceasefire with Uganda.")
    assert {("Kenya", "AGREE", "Uganda"), ("Uganda", "AGREE", "Kenya")} <= found


def test_country_of_a_declared_ceasefire_does_nothing_back() -> None:
    found = _events("Kenya declared a ceasefire in Somalia.")
    assert not any(s == "Somalia" for s, _t, _g, _m in found)


def test_unilateral_truce_negated_is_not_asserted() -> None:
    assert not _asserted("Kenya did not declare a unilateral ceasefire with Uganda.")


# -- a demonym before an instrument owns the attack that kills --------------------------------


def test_demonym_before_drone_attacks_is_their_author() -> None:
    assert ("Kenya", "ASSAULT", "Ugandan rebels") in _asserted(
        "Recent Kenyan drone attacks have killed eight Ugandan rebels."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan drone attacks did not kill any Ugandan rebels.",
        "Kenyan drone attacks may have killed eight Ugandan rebels.",
        # a country's name before the instrument may be the place of the attack
        "A Kenya drone attack killed eight Ugandan rebels.",
    ],
)
def test_drone_attack_negated_hedged_or_placed_is_not_asserted_as_the_countrys(text: str) -> None:
    assert ("Kenya", "ASSAULT", "Ugandan rebels") not in _asserted(text)
