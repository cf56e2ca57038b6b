"""Factions named after the group they leave (sides19, invented sentences).

"the ZQLA-In Opposition", "Neo-ZFF", "ZFF (Kobo-Tarka)", "the ZXU/ZXLA Peace Council" are one
actor each, not their parent group, so that the faction's split from its parent is visible;
founding such a faction (or a group that "became known as" one, or formed it "splitting" its
parent) is a split from the parent. Twins: two parties joined by a dash, a headline's
"UN-Backed", an acronym's definition or gloss in parentheses are no faction, and a negated,
denied or hedged founding is not asserted.
"""

from __future__ import annotations

import pytest

from riftwatch.nlp.extract import DocumentState, _find_actors, extract_document


def coded(text: str, date: str = "2005-05-01") -> list[dict]:
    return [c.to_dict() for c in extract_document({"id": "t", "text": text, "date": date})]


def splits(text: str, modality: str = "asserted") -> set[tuple[str, str]]:
    return {
        (e["source"]["id"], e["target"]["id"])
        for e in coded(text)
        if e["event_type"] == "REJECT" and e["modality"] == modality
    }


def actors(text: str) -> dict[str, str]:
    return {text[s:e]: a.key() for s, e, a in _find_actors(text, "2005-05-01", DocumentState())}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Rebels formed the ZQLA-In Opposition in the north.", "ZQLA-In Opposition"),
        ("The ZPLA-Kestrel fought on in the hills.", "ZPLA-Kestrel"),
        ("A faction became known as Neo-ZFF in 2015.", "Neo-ZFF"),
        ("Kobo and Tarka set up a separate faction, ZFF (Kobo-Tarka).", "ZFF (Kobo-Tarka)"),
        ("The fighters called themselves the ZXU/ZXLA Peace Council.", "ZXU/ZXLA Peace Council"),
    ],
)
def test_a_faction_named_after_its_group_is_one_actor(text: str, name: str) -> None:
    found = actors(text)
    assert name in found
    assert found[name].startswith("open:")


def test_two_parties_joined_by_a_dash_stay_two() -> None:
    found = actors("Hamas-Fatah talks collapsed in Cairo.")
    assert found.get("Hamas") == "org:hamas"
    assert found.get("Fatah") == "org:fatah"


def test_a_headline_participle_after_the_dash_is_no_faction() -> None:
    assert not any("Backed" in name for name in actors("The UN-Backed Government Fell."))


def test_an_acronym_definition_or_gloss_is_no_faction() -> None:
    assert not any("(" in n for n in actors("The Kestrel Freedom Front (KFF) attacked Zorb."))
    assert not any("(" in n for n in actors("The KFF (Kestrel Freedom Front) attacked Zorb."))


def test_a_country_in_parentheses_is_no_faction() -> None:
    assert not any("(" in n for n in actors("The KFF (Egypt) attacked the army."))


def test_forming_a_faction_splitting_the_group_is_its_split() -> None:
    text = (
        "Kobo and the units loyal to him rebelled and formed the ZQLA-In Opposition, "
        "splitting the Kestrel Freedom Front."
    )
    assert ("open:zqla-in-opposition", "open:kestrel-freedom-front") in splits(text)


def test_renaming_itself_splitting_the_group_is_its_split() -> None:
    text = (
        "Kobo's faction rejected the talks and renamed itself KFF-Independent, splitting the "
        "Kestrel Freedom Front."
    )
    assert ("open:kff-independent", "open:kestrel-freedom-front") in splits(text)


def test_breaking_away_and_becoming_known_as_a_name_is_a_split() -> None:
    text = (
        "A faction led by Kobo Tarka broke from the old leadership of the Kestrel Freedom "
        "Front and became known as Neo-KFF."
    )
    assert ("open:neo-kff", "open:kestrel-freedom-front") in splits(text)


def test_a_plain_known_as_apposition_is_no_split() -> None:
    text = "The Kestrel Freedom Front, known as the Kestrel Army, attacked the Zorb Brigade."
    assert not splits(text)


def test_founding_a_faction_named_after_a_known_group_splits_from_it() -> None:
    text = "Kobo was ousted and set up his own wing in Zorbtown, later known as RCD-Kestrel."
    assert ("open:rcd-kestrel", "org:rcd") in splits(text)


def test_a_denied_founding_is_not_asserted() -> None:
    text = "Kobo denied forming the RCD-Kestrel."
    assert not splits(text)
    assert ("open:rcd-kestrel", "org:rcd") in splits(text, "denied")


def test_a_hedged_founding_is_not_asserted() -> None:
    assert not splits("Kobo and Tarka may set up a separate faction, RCD (Kobo-Tarka).")


def test_the_group_founding_its_own_wing_is_no_split() -> None:
    assert not splits("The RCD formed the RCD-Youth League in Goma.")


def test_a_dateline_and_its_agency_are_no_faction() -> None:
    found = actors("ZORBTOWN (Reuters) - Kestrel Front fighters attacked a checkpoint.")
    assert not any("Reuters" in name for name in found)
    assert not any("(AFP)" in n for n in actors("KESTREL (AFP) - The KFF attacked the army."))


def test_an_acronym_defined_in_parentheses_is_no_faction() -> None:
    assert not any("(" in n for n in actors("The Zorb-e-Kestrel (ZeK) attacked the army."))


def test_a_known_name_cut_short_opening_another_groups_name_is_that_other_group() -> None:
    text = (
        "The Kestrel Liberation Front attacked Zorb in 2001. "
        "In 2004 the Kestrel Liberation Army fought the Kestrel Liberation Front."
    )
    events = [c.to_dict() for c in extract_document({"id": "t", "text": text, "date": "2004"})]
    pairs = {(e["source"]["id"], e["target"]["id"]) for e in events
             if e["event_type"] == "FIGHT" or e["event_type"] == "ASSAULT"}  # fmt: skip
    assert ("open:kestrel-liberation-army", "open:kestrel-liberation-front") in pairs


def test_the_known_name_with_a_member_noun_stays_that_group() -> None:
    text = "The Kestrel Liberation Front attacked Zorb. Kestrel Liberation Front fighters fled."
    ids = {a.key() for s, e, a in _find_actors(text, "2004", DocumentState())}
    assert "open:kestrel-liberation-front" in ids
    assert not any("army" in i for i in ids)
