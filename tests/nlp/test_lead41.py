"""Open actors a relationship history names plainly that the extractor missed (stop 41, from
replay19's diagnosis of held-out histories: a side not recognised was the largest class):
a movement named by a capitalised plural after "the" ("the Bolsheviks"), and a group's name
that ends in a people word before a member noun ("Darul Islam fighters")."""

from __future__ import annotations

from riftwatch.nlp import extract


def _events(text: str, date: str = "1950-01-01") -> set[tuple[str, str, str, str]]:
    docs = [{"id": "d", "date": date, "text": text}]
    return {
        (e["source"]["id"], e["event_type"], e["target"]["id"], e["modality"])
        for e in (c.to_dict() for c in extract.extract_documents(docs))
    }


def _ids(text: str) -> set[str]:
    return {i for s, _t, t, _m in _events(text) for i in (s, t)}


def test_a_movement_named_by_a_plural_is_an_open_group() -> None:
    assert ("open:bolsheviks", "ASSAULT", "open:mensheviks", "asserted") in _events(
        "In 1918 the Bolsheviks attacked the Mensheviks in Moscow."
    )


def test_its_negated_and_hedged_twins_are_not_asserted() -> None:
    for text in (
        "In 1918 the Bolsheviks did not attack the Mensheviks in Moscow.",
        "In 1918 the Bolsheviks may have attacked the Mensheviks in Moscow.",
    ):
        found = _events(text)
        assert found and all(m != "asserted" for *_rest, m in found)


def test_common_words_titles_and_places_are_no_movement() -> None:
    assert "open:allies" not in _ids("The Allies bombed the Zorbist Front in 1944.")
    assert "open:rangers" not in _ids("The Rangers attacked the Zorbist Front in 1944.")
    # a title-cased line capitalises every word
    assert "open:bolsheviks" not in _ids("Bolsheviks Attack Zorbist Front in Moscow")
    # a country the knowledge base knows stays the country
    assert "country:philippines" in _ids("The Philippines accused the Zorbist Front of a raid.")


def test_a_name_ending_in_a_people_word_owns_the_member_noun() -> None:
    found = _events("In 1950 Darul Islam fighters attacked the Kestrel Brigade.")
    assert ("open:darul-islam", "ASSAULT", "open:kestrel-brigade", "asserted") in found
    assert not any(
        "fighters" in i for i in _ids("In 1950 Darul Islam fighters attacked the Kestrel Brigade.")
    )


def test_a_people_word_alone_still_names_the_people() -> None:
    # "Kurdish" opens the phrase: the people's fighters, as before (peers14)
    assert ("open:kurdish-fighters", "ASSAULT", "open:kestrel-brigade", "asserted") in _events(
        "In 1950 Kurdish fighters attacked the Kestrel Brigade."
    )
