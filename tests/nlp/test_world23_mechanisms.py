"""world23 mechanisms, on invented sentences with negated, hedged and look-alike twins.

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


# -- an act done TO a party, named in a phrase of time, is not the clause subject's act ------
# (mechanisms.names_own_party: a patient preposition alone names no partner)


@pytest.mark.parametrize(
    ("text", "subject", "patient"),
    [
        ("Egypt closed the border after an attack on Israel.", "Egypt", "Israel"),
        ("Jordan recalled its ambassador after a raid on Hamas.", "Jordan", "Hamas"),
        ("Egypt sealed the crossing following an offensive against Hamas.", "Egypt", "Hamas"),
        ("Kenya condemned the violence after an attack on Ugandan soldiers.", "Kenya", "Ugand"),
    ],
)  # fmt: skip
def test_reacting_to_an_attack_is_not_making_it(text: str, subject: str, patient: str) -> None:
    found = _events(text)
    assert not any(t == "ASSAULT" for t, _m in _typed(found, subject, patient))


def test_the_attack_keeps_its_named_author() -> None:
    found = _events("Egypt closed the border following an attack by Hamas on Israel.")
    assert ("ASSAULT", "asserted") in _typed(found, "Hamas", "Israel")
    assert not any(t == "ASSAULT" for t, _m in _typed(found, "Egypt", "Israel"))


@pytest.mark.parametrize(
    "text",
    [
        "Egypt killed five militants after a clash with Hamas.",
        "Egypt sealed the crossing after clashes with Hamas.",
    ],
)
def test_a_mutual_act_in_a_phrase_of_time_still_has_the_subject_as_party(text: str) -> None:
    # a clash runs both ways: the subject is its other party, as before
    found = _events(text)
    assert ("ASSAULT", "asserted") in _typed(found, "Egypt", "Hamas")
    assert ("ASSAULT", "asserted") in _typed(found, "Hamas", "Egypt")


# -- "following" read as the preposition of time it is ----------------------------------------
# (code._nominal_owner: a VBG preposition of cues.yaml background_preps)


@pytest.mark.parametrize(
    "text",
    [
        "Hamas released the hostages following negotiations with the Egyptian government.",
        "Following talks with Egypt, Hamas released the hostages.",
    ],
)
def test_talks_after_following_are_held_by_the_subject(text: str) -> None:
    found = _events(text)
    assert ("CONSULT", "asserted") in _typed(found, "Hamas", "Egypt")
    assert ("CONSULT", "asserted") in _typed(found, "Egypt", "Hamas")


def test_clashes_after_following_run_both_ways() -> None:
    found = _events("Hamas freed the hostages following clashes with Fatah.")
    assert ("ASSAULT", "asserted") in _typed(found, "Hamas", "Fatah")
    assert ("ASSAULT", "asserted") in _typed(found, "Fatah", "Hamas")


def test_future_clause_keeps_its_talks_unasserted() -> None:
    found = _events("Hamas will free the hostages following talks with Egypt.")
    talks = _typed(found, "Hamas", "Egypt")
    assert talks and all(m != "asserted" for _t, m in talks)


def test_negated_clause_asserts_nothing_after_following() -> None:
    found = _events("Hamas did not free the hostages following talks with Egypt.")
    assert all(m != "asserted" for _t, m in _typed(found, "Hamas", "Egypt"))


def test_following_a_collapse_names_no_talks() -> None:
    # the collapse of talks is background: no consultation asserted by the attacker
    found = _events("Egypt attacked Hamas following the collapse of talks.")
    assert not any(t == "CONSULT" for t, _m in _typed(found, "Egypt", "Hamas"))
    assert ("ASSAULT", "asserted") in _typed(found, "Egypt", "Hamas")


# -- a short sentence whose target phrase names its party by a possessive stays active -------
# (code._headline_passive with code._possessed_party: "broke with Y's leadership")


@pytest.mark.parametrize(
    "text",
    [
        "Hamas broke with Fatah's leadership.",
        "Hamas broke with Fatah's leaders.",
        "Hamas split from Fatah's leadership.",
    ],
)
def test_split_from_a_groups_leadership_is_a_split_from_the_group(text: str) -> None:
    found = _events(text)
    assert ("REJECT", "asserted") in _typed(found, "Hamas", "Fatah")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Hamas never broke with Fatah's leadership.", "negated"),
        ("Hamas denied it broke with Fatah's leadership.", "denied"),
    ],
)
def test_denied_or_negated_split_from_a_leadership_is_not_asserted(
    text: str, modality: str
) -> None:
    splits = _typed(_events(text), "Hamas", "Fatah")
    assert splits and all(m == modality for _t, m in splits)


def test_hedged_split_from_a_leadership_is_not_asserted() -> None:
    splits = _typed(_events("Hamas may break with Fatah's leadership."), "Hamas", "Fatah")
    assert splits and all(m != "asserted" for _t, m in splits)


def test_headline_passive_with_a_possessed_agent_keeps_its_roles() -> None:
    found = _events("Hamas commander killed by Fatah's fighters.")
    assert ("ASSAULT", "asserted") in _typed(found, "Fatah", "Hamas")
    assert not _typed(found, "Hamas", "Fatah")


# -- a demonym owns the weapon also when the tagger reads it as a name ------------------------
# (code._demonym_of in code._actor; code._split_demonym_owner in code._agent_of; events.yaml
# instruments: Predator, Reaper)


@pytest.mark.parametrize(
    ("text", "owner", "target"),
    [
        ("Recent Ugandan drone attacks have killed eight Kenyan soldiers.", "Uganda", "Kenya"),
        ("Recent US Predator attacks have killed eight al-Qaeda leaders.", "United States",
         "Qaeda"),
        ("Eight Kenyan soldiers were killed in Ugandan shelling.", "Uganda", "Kenya"),
        ("Two Hamas fighters were killed in Israeli shelling.", "Israel", "Hamas"),
    ],
)  # fmt: skip
def test_demonym_owns_the_attack(text: str, owner: str, target: str) -> None:
    assert ("ASSAULT", "asserted") in _typed(_events(text), owner, target)


@pytest.mark.parametrize(
    "text",
    [
        "Recent Uganda drone attacks have killed eight Kenyan soldiers.",
        "Eight Kenyan soldiers were killed in Uganda shelling.",
    ],
)
def test_a_country_name_before_the_weapon_is_a_place(text: str) -> None:
    assert not _typed(_events(text), "Uganda", "Kenya")


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Recent Ugandan drone attacks did not kill any Kenyan soldiers.", "negated"),
        ("Recent Ugandan drone attacks may have killed eight Kenyan soldiers.", "uncertain"),
        ("Eight Kenyan soldiers were not killed in Ugandan shelling.", "negated"),
        ("Eight Kenyan soldiers may have been killed in Ugandan shelling.", "uncertain"),
    ],
)
def test_negated_or_hedged_demonym_attack_is_not_asserted(text: str, modality: str) -> None:
    found = _typed(_events(text), "Uganda", "Kenya")
    assert found and all(m == modality for _t, m in found)


def test_predator_as_a_word_of_abuse_is_no_strike() -> None:
    assert not _typed(_events("The Taliban called the Americans predators."), "Taliban", "")


# -- deliberations held with a party are talks (nominals.yaml deliberations) ------------------


def test_deliberations_with_a_party_are_talks_both_ways() -> None:
    found = _events("Hamas ended its strike after deliberations with the Egyptian government.")
    assert ("CONSULT", "asserted") in _typed(found, "Hamas", "Egypt")
    assert ("CONSULT", "asserted") in _typed(found, "Egypt", "Hamas")


def test_refused_deliberations_are_not_asserted_talks() -> None:
    found = _events("Hamas refused to hold deliberations with the Egyptian government.")
    assert ("REJECT", "asserted") in _typed(found, "Hamas", "Egypt")
    assert all(m != "asserted" for t, m in _typed(found, "Hamas", "Egypt") if t == "CONSULT")


def test_deliberations_about_a_party_are_no_talks_with_it() -> None:
    found = _events("The Egyptian cabinet ended its deliberations on Hamas.")
    assert not any(t == "CONSULT" for t, _m in _typed(found, "Egypt", "Hamas"))


# -- a compass noun heading "a Y target southwest of P" stands for Y, never for P -------------
# (cues.yaml compass_nouns; code._actor)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The United States launched an air strike against an Islamic State target southwest "
         "of Baghdad.", "asserted"),
        ("The United States did not launch an air strike against an Islamic State target "
         "southwest of Baghdad.", "negated"),
        ("The United States may have launched an air strike against an Islamic State target "
         "southwest of Baghdad.", "uncertain"),
    ],
)  # fmt: skip
def test_the_target_located_is_the_party_not_the_place(text: str, modality: str) -> None:
    found = _events(text)
    assert ("ASSAULT", modality) in _typed(found, "United States", "Islamic State")
    assert not _typed(found, "United States", "Baghdad")
    assert all(m == modality for _t, m in _typed(found, "United States", "Islamic State"))


def test_an_unnamed_target_southwest_of_a_city_names_no_party() -> None:
    found = _events(
        "The United States launched an air strike against a target southwest of Baghdad."
    )
    assert not _typed(found, "United States", "")


# -- a preposition's object lost to a reduced relative clause (code._stranded_pobj) ----------


@pytest.mark.parametrize(
    ("text", "giver", "receiver", "modality"),
    [
        ("Peru has granted diplomatic asylum to five Panamanian army officers holed up in a "
         "diplomatic residence since last month.", "Peru", "Panama", "asserted"),
        ("Peru gave asylum to Panamanian officers staying in its embassy.", "Peru", "Panamanian",
         "asserted"),
        ("Peru denied giving asylum to Panamanian officers staying in its embassy.", "Peru",
         "Panamanian", "denied"),
    ],
)  # fmt: skip
def test_the_receiver_of_a_reduced_relative_is_found(
    text: str, giver: str, receiver: str, modality: str
) -> None:
    found = _typed(_events(text), giver, receiver)
    assert ("AID", modality) in found
    assert all(m == modality for t, m in found if t == "AID")


def test_refused_asylum_is_a_refusal_and_no_asserted_aid() -> None:
    found = _typed(
        _events("Peru refused to give asylum to Panamanian officers staying in its embassy."),
        "Peru",
        "Panamanian",
    )
    assert ("REJECT", "asserted") in found
    assert all(m != "asserted" for t, m in found if t == "AID")
