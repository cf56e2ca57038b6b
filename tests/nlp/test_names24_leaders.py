"""A leader the knowledge base knows only as a politician stands for the rebel group the
corpus ties him to (names24).

The country dictionary files many rebel leaders as persons with a government post and its
dates ("Jean-Pierre Bemba", a vice president of the Congo for some years). Outside those
dates the knowledge base gives him no group, and the corpus memory used to pass over him
because the knowledge base knows him: "Bemba's fighters" in one row stayed nobody though
another row said he led the MLC. Now a tie another document of the corpus tells fills in
where the knowledge base gives the person no group at the document's date; where it does
give one (the years of the post), the knowledge base's group stands. Sentences invented;
the person and his posts are the knowledge base's.
"""

from __future__ import annotations

from typing import Any

from riftwatch import api
from riftwatch.nlp.code import Actor
from riftwatch.nlp.ties import find_ties, kb_grouped

MLC = "org:mlc"
TIE = {
    "id": "t1",
    "date": "2000-01",
    "text": "Jean-Pierre Bemba, the leader of the MLC, signed a pact with the Kesh Brigade.",
}


def _events(*rows: tuple[str, str]) -> list[dict[str, Any]]:
    docs = [TIE, *({"id": f"r{i}", "date": d, "text": t} for i, (d, t) in enumerate(rows))]
    return [e for e in api.extract(docs) if e["doc_id"] != "t1"]


def _by(events: list[dict[str, Any]], doc_id: str) -> list[tuple[str, str, str, str]]:
    return [(e["source"]["id"], e["event_type"], e["target"]["name"], e["modality"])
            for e in events if e["doc_id"] == doc_id]  # fmt: skip


def test_the_surname_s_fighters_are_the_group_another_row_ties_him_to() -> None:
    events = _events(("2002-10", "Bemba's fighters attacked the Kesh Brigade."))
    assert (MLC, "ASSAULT", "Kesh Brigade", "asserted") in _by(events, "r0")
    source = next(e["source"] for e in events if e["source"]["id"] == MLC)
    assert "in document t1" in source["resolved_by"]  # provenance of the tie
    assert source["person"] == "Bemba"


def test_forces_loyal_to_him_and_his_full_name_are_the_group_too() -> None:
    events = _events(
        ("2002-11", "Fighters loyal to Bemba attacked the Kesh Brigade."),
        ("2002-11", "Jean-Pierre Bemba's men ambushed the Kesh Brigade."),
    )
    assert any(s == MLC and t == "ASSAULT" for s, t, _g, _m in _by(events, "r0"))
    assert any(s == MLC for s, _t, _g, _m in _by(events, "r1"))


def test_the_sentence_keeps_its_modality() -> None:
    events = _events(
        ("2002-10", "Bemba's fighters did not attack the Kesh Brigade."),
        ("2002-10", "Bemba's fighters may have attacked the Kesh Brigade."),
        ("2002-10", "If Bemba's fighters attack the Kesh Brigade, the truce will end."),
    )
    for doc in ("r0", "r1", "r2"):
        assert not any(s == MLC and m == "asserted" for s, _t, _g, m in _by(events, doc)), doc
    assert (MLC, "ASSAULT", "Kesh Brigade", "negated") in _by(events, "r0")


def test_his_relatives_and_his_death_are_not_the_group_acting() -> None:
    events = _events(
        ("2002-10", "Bemba's brother attacked the Kesh Brigade."),
        ("2002-10", "Bemba's death angered the Kesh Brigade."),
    )
    assert not any(s == MLC for doc in ("r0", "r1") for s, *_r in _by(events, doc))


def test_in_the_years_of_his_post_the_knowledge_base_s_group_stands() -> None:
    events = _events(
        ("2005-06", "Jean-Pierre Bemba's guards attacked the Kesh Brigade."),
        ("2005-06", "Bemba's guards attacked the Kesh Brigade."),
    )
    for doc in ("r0", "r1"):
        assert not any(s == MLC for s, *_r in _by(events, doc)), doc
    assert any("congo-government" in s for s, *_r in _by(events, "r0"))


def test_without_a_tie_in_the_corpus_he_stays_nobody_s_stand_in() -> None:
    docs = [{"id": "r0", "date": "2002-10", "text": "Bemba's fighters attacked the Kesh Brigade."}]
    assert not any(e["source"]["id"] == MLC for e in api.extract(docs))


def test_kb_grouped_tells_a_placed_person_from_an_unplaced_one() -> None:
    placed = Actor(id="person:p", name="P", mention="P", type="person", org_id="org:g")
    unplaced = Actor(id="person:q", name="Q", mention="Q", type="person", org_id="person:q")
    group = Actor(id="org:g", name="G", mention="G", type="armed_group", org_id="org:g")
    assert kb_grouped(placed)
    assert not kb_grouped(unplaced)
    assert not kb_grouped(group)


# -- a sentence's opening words are no person the corpus ties to a group -------------------


def _group(name: str) -> Actor:
    ident = "open:" + name.lower().replace(" ", "-")
    return Actor(id=ident, name=name, mention=name, type="armed_group", org_id=ident)


def _ties_of(text: str, *groups: str) -> dict[str, Actor]:
    actors = [(text.index(g), text.index(g) + len(g), _group(g)) for g in groups]
    return find_ties([(text, actors)], lambda _name: None)


def test_a_month_opening_a_founding_sentence_is_no_founder_of_the_group() -> None:
    text = "In April 1959 the Africanists broke away and founded the Kesh Front."
    assert "In April" not in _ties_of(text, "Kesh Front")
    assert "Late August" not in _ties_of("Late August saw the rebels found the Kesh Front.",
                                         "Kesh Front")  # fmt: skip


def test_a_function_word_opening_is_no_founder_but_a_leading_full_name_is() -> None:
    assert not _ties_of("After Independence Day the rebels founded the Kesh Front.", "Kesh Front")
    tied = _ties_of("Kwame Asante Boateng founded the Kesh Front.", "Kesh Front")
    assert tied["Boateng"].id == "open:kesh-front"


def test_a_leading_full_name_tied_in_one_row_stands_for_the_group_in_another() -> None:
    docs = [
        {"id": "u1", "date": "1990-01", "text": "Kwame Asante Boateng founded the Kesh Front."},
        {"id": "u2", "date": "1992-01", "text": "Boateng's men attacked the Zorani Front."},
        {
            "id": "u3",
            "date": "1992-02",
            "text": "In April the Velmoran Army attacked the Kesh Front.",
        },
    ]
    events = list(api.extract(docs))
    assert any(e["doc_id"] == "u2" and e["source"]["id"] == "open:kesh-front" for e in events)
    assert any(e["doc_id"] == "u3" and e["source"]["id"] == "open:velmoran-army" for e in events)
