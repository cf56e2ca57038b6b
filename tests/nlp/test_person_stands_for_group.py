"""Persons standing for groups in relationship descriptions (issue 10, ties18).

Invented persons and groups. A construction that ties a person to a group in the document
makes the person's mentions stand for that group: "P's faction split off and founded Y",
"P, the Y's commander, ...", "P, later the leader of Y", "P broke with Q and founded Y" (Q the
object, P the subject), a lone name leaving Z and founding Y, a name owning men ("P's men")
that the parse took for an organisation. Twins: a negated or hedged tie stands for nothing,
and a person with no tie stays a person.
"""

from __future__ import annotations

import pytest

from riftwatch.nlp.extract import extract_document


def _asserted(text: str) -> set[tuple[str, str, str | None, str]]:
    return {
        (c.event.source.org_name or c.event.source.name, c.event.event_type, c.event.mode,
         c.event.target.org_name or c.event.target.name)
        for c in extract_document({"id": "t", "text": text, "date": "2001-05"})
        if c.event.modality == "asserted"
    }  # fmt: skip


VLF, APA = "Volta Liberation Front", "Ashanti People's Army"


def test_a_persons_faction_founding_a_group_ties_the_person() -> None:
    text = (
        "Mensah's faction split off and founded the Volta Liberation Front. Mensah's faction "
        "then attacked the Ashanti People's Army."
    )
    assert (VLF, "ASSAULT", None, APA) in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mensah's faction never founded the Volta Liberation Front. Mensah's faction then "
        "attacked the Ashanti People's Army.",
        "Mensah's faction may have founded the Volta Liberation Front. Mensah's faction then "
        "attacked the Ashanti People's Army.",
    ],
)
def test_a_negated_or_hedged_founding_ties_nothing(text: str) -> None:
    assert not any(s == VLF for s, _t, _m, _o in _asserted(text))


def test_the_groups_commander_in_apposition_stands_for_the_group() -> None:
    text = (
        "Kofi Mensah, the Volta Liberation Front's commander, fought alongside the Ashanti "
        "People's Army."
    )
    assert (VLF, "COOPERATE", "joint_operations", APA) in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kofi Mensah, who was not the Volta Liberation Front's commander, fought alongside the "
        "Ashanti People's Army.",
        "Kofi Mensah fought alongside the Ashanti People's Army.",
    ],
)
def test_an_untied_or_denied_commander_stays_a_person(text: str) -> None:
    got = _asserted(text)
    assert ("Kofi Mensah", "COOPERATE", "joint_operations", APA) in got
    assert not any(s == VLF for s, _t, _m, _o in got)


def test_a_name_owning_men_is_a_person_who_founded_the_group() -> None:
    text = (
        "Al-Osei's men seized the Ashanti People's Army's positions near Kumasi and announced "
        "a new group, the Volta Liberation Front; the Ashanti People's Army disowned them."
    )
    assert (VLF, "COERCE", "seize", APA) in _asserted(text)


def test_a_name_owning_men_without_a_founding_stays_itself() -> None:
    got = _asserted("Al-Osei's men seized positions of the Ashanti People's Army near Kumasi.")
    assert not any(s == VLF for s, _t, _m, _o in got)


def test_a_lone_name_leaving_a_group_and_founding_another_splits() -> None:
    text = (
        "After a quarrel with Yaw Boateng, Asamoah left the Ashanti People's Army and formed "
        "the Volta Liberation Front."
    )
    assert (VLF, "REJECT", "split", APA) in _asserted(text)


def test_a_lone_name_that_never_left_asserts_no_split() -> None:
    text = (
        "After a quarrel with Yaw Boateng, Asamoah never left the Ashanti People's Army and "
        "formed the Volta Liberation Front."
    )
    assert (VLF, "REJECT", "split", APA) not in _asserted(text)


def test_breaking_with_a_leader_and_founding_ties_the_subject_not_the_object() -> None:
    text = (
        "Kofi Mensah parted ways with Yaw Boateng, the leader of the Ashanti People's Army, and "
        "founded the Volta Liberation Front."
    )
    got = _asserted(text)
    assert (VLF, "REJECT", "split", APA) in got
    assert not any(s == APA and o == APA for s, _t, _m, o in got)
