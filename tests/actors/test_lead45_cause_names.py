"""A group's name that joins two words of a cause with "and" is one name (stop 45: "the
Justice and Equality Movement" was the open actor "Equality Movement", "the Union of Forces
for Democracy and Development" the "Union of Forces for Democracy"); two groups joined by
"and" stay two."""

from __future__ import annotations

from riftwatch.nlp import extract


def _pairs(text: str) -> set[tuple[str, str, str]]:
    docs = [{"id": "d", "date": "2008-07-01", "text": text}]
    return {
        (c.event.source.name, c.event.event_type, c.event.target.name)
        for c in extract.extract_documents(docs)
    }


def test_two_words_of_a_cause_joined_by_and_stay_in_the_name() -> None:
    found = _pairs(
        "The National Council for Renewal and Democracy split from the Union of Forces for "
        "Democracy and Development in 2008."
    )
    assert (
        "National Council for Renewal and Democracy",
        "REJECT",
        "Union of Forces for Democracy and Development",
    ) in found, found
    found = _pairs("The Zorbla Justice and Dignity Movement attacked the Kestrel Front.")
    assert ("Zorbla Justice and Dignity Movement", "ASSAULT", "Kestrel Front") in found, found


def test_two_groups_joined_by_and_stay_two() -> None:
    found = _pairs("The Zorbla Front and the Kestrel Army attacked the Umbra Brigade.")
    sources = {s for s, _k, _t in found}
    assert {"Zorbla Front", "Kestrel Army"} <= sources, found
    found = _pairs("The Zorbla Front and Kestrel Army fought the Umbra Brigade in 2008.")
    assert not any("and" in s.split() for s, _k, _t in found), found
