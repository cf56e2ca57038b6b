"""Unknown group names beside a group: the first of a pair, and names with a glued tail (names22).

Invented names. A name the knowledge base does not know and spaCy's small model tags as a place
or not at all is a side of its own when "and" joins it, as the first of the pair, to a group's
name and the pair acts ("Kestrava and the Zorblan Front fought ...", "clashes between Kestrava
and the ZLF"); a name's tail glued on by a hyphen ("Kakumaru-ha", "Zorb-IO") stays part of it.
Negative twins: a place after a verb or another preposition, a leader's single name beside his
group, a descriptive hyphen ("Zorb-led"), and a negated or hedged relation that must not come
out asserted.
"""

from __future__ import annotations

import pytest

from riftwatch.nlp.extract import extract_document


def _claims(text: str) -> set[tuple[str, str, str, str]]:
    return {
        (c.event.source.id, c.event.event_type, c.event.target.id, c.event.modality)
        for c in extract_document({"id": "t", "text": text, "date": "2005-06"})
    }


def _ids(text: str) -> set[str]:
    return {i for s, _k, t, _m in _claims(text) for i in (s, t)}


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("ZPLA and the Zorblan Liberation Front fought side by side against the army.",
         "open:zpla", "open:zorblan-liberation-front"),
        ("Kestrovi and the Umbran Patriotic Front attacked each other in the hills.",
         "open:kestrovi", "open:umbran-patriotic-front"),
        ("Fighting broke out between Kestrovi and the Umbran Patriotic Front in May.",
         "open:kestrovi", "open:umbran-patriotic-front"),
    ],
)  # fmt: skip
def test_first_of_a_pair_is_a_side(text: str, first: str, second: str) -> None:
    pairs = {(s, t) for s, _k, t, m in _claims(text) if m == "asserted"}
    assert (first, second) in pairs or (second, first) in pairs


def test_glued_tail_keeps_the_name_whole() -> None:
    claims = _claims("The Kestramaru-ha attacked the Zorblan Liberation Front.")
    assert ("open:kestramaru-ha", "ASSAULT", "open:zorblan-liberation-front", "asserted") in claims
    assert "open:kestramaru" not in {s for s, _k, _t, _m in claims}


@pytest.mark.parametrize(
    "text",
    [
        # a place after the verb or another preposition, not the acting pair
        "The army attacked Umbravo and the Zorblan Liberation Front in May.",
        "Rebels from Umbravo and the Zorblan Liberation Front attacked the town.",
        # a leader's single name beside his group
        "Garvano and the Zorblan Liberation Front met the envoy in May.",
    ],
)
def test_no_group_made_of_places_or_a_leader(text: str) -> None:
    assert not _ids(text) & {"open:umbravo", "open:garvano"}


def test_descriptive_hyphen_is_no_name() -> None:
    """ "Kestramaru-led": the militia led by the group, never a group "Kestramaru-led"."""
    ids = _ids("The Kestramaru-led militia attacked the Zorblan Liberation Front.")
    assert not any(i.startswith("open:kestramaru-") for i in ids)


@pytest.mark.parametrize(
    "text",
    [
        "ZPLA and the Zorblan Liberation Front never fought side by side.",
        "ZPLA and the Zorblan Liberation Front denied that they had fought side by side.",
        "ZPLA and the Zorblan Liberation Front may have fought side by side.",
        "ZPLA and the Zorblan Liberation Front would fight side by side if the army attacked.",
    ],
)
def test_negated_denied_hedged_not_asserted(text: str) -> None:
    assert not any(m == "asserted" and "open:zpla" in (s, t) for s, _k, t, m in _claims(text))


# -- a proper name the model calls a people, before a fighter noun, names the group ----------

SELEKA = {"open:seleka", "org:seleka"}


@pytest.mark.parametrize("noun", ["fighters", "rebels"])
def test_proper_name_before_fighter_noun_is_the_group(noun: str) -> None:
    """ "Seleka fighters" and "Seleka rebels" are one group (open:seleka before stop 51's
    knowledge base knew Seleka, org:seleka since), as "Kestrava fighters" is open:kestrava:
    not a group per noun."""
    ids = _ids(f"Seleka {noun} attacked the Zorblan Liberation Front near Bria.")
    assert SELEKA & ids
    assert f"open:seleka-{noun}" not in ids


def test_demonym_adjective_keeps_its_noun() -> None:
    """ "Kurdish fighters": the people's fighters, never a group named "Kurdish"."""
    ids = _ids("Kurdish fighters attacked the Zorblan Liberation Front near Bria.")
    assert "open:kurdish" not in ids


def test_people_noun_that_is_no_fighter_keeps_its_noun() -> None:
    # (an unknown name: since stop 51 the knowledge base knows Seleka, and a known group's
    # name before any noun stands for the group)
    ids = _ids("The Zorblan Liberation Front attacked Kestrava refugees near Bria.")
    assert "open:kestrava" not in ids


def test_denied_attack_by_the_named_group_not_asserted() -> None:
    text = "Officials denied that Seleka fighters had attacked the Zorblan Liberation Front."
    assert not any(m == "asserted" and SELEKA & {s, t} for s, _k, t, m in _claims(text))


# -- "the" before the first name, and a list read as an apposition -----------------------------


def test_first_name_with_the_is_a_side_even_if_tagged_a_person() -> None:
    claims = _claims(
        "The Kestrava and the Zorblan Liberation Front fought each other for a decade."
    )
    assert ("open:kestrava", "ASSAULT", "open:zorblan-liberation-front", "asserted") in claims


def test_list_read_as_apposition_joins_its_first_name() -> None:
    ids = _ids("The Kestrava, the Zorblan Liberation Front and Lehiva formed a joint command.")
    assert {"open:kestrava", "open:zorblan-liberation-front"} <= ids


def test_leader_without_the_is_no_group() -> None:
    assert "open:garvano" not in _ids("Garvano and the Zorblan Liberation Front met the envoy.")


def test_demonym_by_its_form_keeps_its_noun() -> None:
    """ "Bengali guerrillas": a people's word by its ending, never a group named "Bengali"."""
    assert "open:bengali" not in _ids("Bengali guerrillas attacked the Zorblan Liberation Front.")


# -- a parting from a party no pass resolved is no parting between the subjects ---------------


@pytest.mark.parametrize(
    "text",
    [
        "In 1998 the Zorblan Liberation Front and the Kestrel Brigade rose against the government.",
        "The Zorblan Liberation Front and the Kestrel Brigade revolted against the old leadership.",
    ],
)
def test_rising_together_against_a_third_party_is_no_split_between_them(text: str) -> None:
    pairs = {(s, t) for s, k, t, m in _claims(text) if k == "REJECT"}
    assert ("open:zorblan-liberation-front", "open:kestrel-brigade") not in pairs
    assert ("open:kestrel-brigade", "open:zorblan-liberation-front") not in pairs


@pytest.mark.parametrize(
    "text",
    [
        "The Zorblan Liberation Front and the Kestrel Brigade split in 1974.",
        "The Zorblan Liberation Front and the Kestrel Brigade split from each other in 1974.",
    ],
)
def test_parting_of_the_pair_itself_still_coded(text: str) -> None:
    assert (
        "open:zorblan-liberation-front",
        "REJECT",
        "open:kestrel-brigade",
        "asserted",
    ) in _claims(text)


def test_rising_together_without_an_against_phrase_is_no_split() -> None:
    text = "In May the Zorblan Liberation Front and the Kestrel Brigade rose in a joint revolt."
    pairs = {(s, t) for s, k, t, m in _claims(text) if k == "REJECT"}
    assert ("open:zorblan-liberation-front", "open:kestrel-brigade") not in pairs
