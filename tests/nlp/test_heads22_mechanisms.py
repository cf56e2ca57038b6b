"""Headline classes of heads22 (issue 9, wire headlines in the texture of the Pakistani and
Afghan press; misses found on the heads22 work half).

- "CTD guns down 'Daesh' commander", "Dera: police gun down TTP commander": a present killing
  verb with its particle is parsed as "kills" / "kill" (headline.yaml
  ``killing_idioms_third_person``, ``killing_idioms_plain``; headline._present_killing_idiom):
  before a quoted name or after a kicker the tagger had read "down" as a preposition or the
  verb as a modifier and lost the object.
- "FO summons Afghan charge d'affaires": an envoy's title of several words is parsed as
  "envoy" (headline.yaml ``envoy_titles``; headline._envoy_title), the head noun a summons
  needs, so the summons is a rebuke of the envoy's state.
- "SSG commandos kill 5 militants": the army's commando unit by its initials
  (curated/pakistan.yaml, beside Pakistan or the words of its operations).
- "Soldier martyred, two TTP militants killed in North Waziristan exchange of fire": a clash
  idiom after a toll's "in" and a place name is parsed as "clashes"
  (headline._place_before_clash); the tagger had made "clash" the root verb.
- "8 Taliban killed as Afghan forces repulse attack on Kandahar base": a toll that names its
  dead, then "as" and a party repelling an attack with no owner, is a fight both ways
  (headline.toll_repelled_attacks).

Every headline here is invented (none from a benchmark, a development set or the labelled
corpus). Each mechanism has twins that must not fire.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_ids, dated, id_events
from tests.nlp.conftest import types_between as _between

DATE = "2019-05-14"
TALIBAN = "org:afghan-taliban"
TTP = ("org:ttp", "org:jamaat-ul-ahrar")
IS = ("org:iskp", "org:islamic-state")
AFG = ("org:afghan", "country:afghanistan")
PAK = ("org:pak", "org:frontier-corps", "org:levies")

asserted = dated(asserted_ids, DATE)
events = dated(id_events, DATE)


# -- present killing idioms --------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Turbat: CTD guns down 'Daesh' recruiter wanted in police killings", PAK, IS),
        ("Rangers gun down 'TTP' extortionist in Orangi", PAK, TTP),
        ("Charsadda: police gun down two JuA men at checkpoint", PAK, TTP),
    ],
)
def test_present_killing_idiom_keeps_its_object(
    text: str, source: tuple[str, ...], target: tuple[str, ...]
) -> None:
    assert "ASSAULT" in _between(asserted(text), source, target)


@pytest.mark.parametrize(
    "text",
    [
        "TTP denies it guns down polio workers in Bannu",
        "Police vow to gun down 'Daesh' men in Orakzai",
        "Could CTD gun down TTP commander in Swat?",
    ],
)
def test_present_killing_idiom_keeps_its_modality(text: str) -> None:
    found = asserted(text)
    assert not _between(found, PAK, (*TTP, *IS)) and not _between(found, TTP, PAK)


# -- envoy titles of several words -------------------------------------------------------------
def test_charge_d_affaires_summoned_is_a_rebuke() -> None:
    found = asserted("Islamabad summons Afghan chargé d'affaires over Torkham shelling")
    assert "ACCUSE" in _between(found, PAK, AFG)


def test_charge_d_affaires_met_is_no_rebuke() -> None:
    found = asserted("Afghan charge d'affaires calls on Pakistani interior minister")
    assert "ACCUSE" not in _between(found, PAK, AFG)


# -- SSG ---------------------------------------------------------------------------------------
def test_ssg_is_the_pakistan_army() -> None:
    found = asserted("SSG commandos kill four TTP militants in Tirah raid")
    assert "ASSAULT" in _between(found, "org:pak-army", TTP)


def test_ssg_elsewhere_is_no_pakistani_force() -> None:
    found = asserted("SSG annual meeting held in Singapore")
    assert not any(s.startswith(PAK) or t.startswith(PAK) for s, _g, t in found)


# -- a clash idiom after a place name ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "one", "other"),
    [
        ("Two FC men martyred, three TTP terrorists killed in Khyber exchange of fire", PAK, TTP),
        ("Four Taliban killed in Ghazni exchange of fire with Afghan police", AFG, TALIBAN),
    ],
)
def test_clash_idiom_after_a_place_runs_both_ways(
    text: str, one: tuple[str, ...] | str, other: tuple[str, ...] | str
) -> None:
    found = asserted(text)
    assert "ASSAULT" in _between(found, one, other)
    assert "ASSAULT" in _between(found, other, one)


def test_negated_toll_of_a_place_clash_stays_unasserted() -> None:
    found = asserted("No soldier killed in Kurram exchange of fire with TTP, says ISPR")
    assert not _between(found, PAK, TTP) and not _between(found, TTP, PAK)


# -- a toll's dead fell in the unowned attack repelled ----------------------------------------
@pytest.mark.parametrize(
    ("text", "dead", "repeller"),
    [
        ("Six Taliban killed as Afghan troops repel attack on Zabul outpost", TALIBAN, AFG),
        ("Three TTP militants killed as Levies repel attack on Sherani post", TTP, PAK),
    ],
)
def test_toll_dead_made_the_repelled_attack(
    text: str, dead: str | tuple[str, ...], repeller: str | tuple[str, ...]
) -> None:
    found = asserted(text)
    assert "ASSAULT" in _between(found, dead, repeller)
    assert "ASSAULT" in _between(found, repeller, dead)


def test_no_dead_no_attack() -> None:
    """A negated toll names no dead to own the attack."""
    found = asserted("No Taliban killed as Afghan troops repel attack on Zabul outpost")
    assert not _between(found, TALIBAN, AFG)


def test_owned_attack_is_left_to_its_owner() -> None:
    """'repel IS attack': the toll's dead are not the attack's owner."""
    found = asserted("Five Taliban killed as Afghan forces repel IS attack on Kunar outpost")
    assert not _between(found, TALIBAN, AFG)
