"""A split named by the part of its name that differs from the group named (sides19).

"formed the General Command" after "the Popular Front for the Liberation of Palestine", "the
Democratic Front" after it, "the Independent NPFL", "the Walter Zorb column of the Red
Kestrels": completed with the named group's name, they are the knowledge base's faction or
sister group. Invented sentences; twins: a place, a person or a word after a group's name
that completes no known name stays what it was, and a negated founding is not asserted.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from riftwatch.nlp import completions
from riftwatch.nlp.code import Actor
from riftwatch.nlp.extract import DocumentState, _find_actors, extract_document

PFLP = "org:popular-front-for-the-liberation-of-palestine"
PFLP_GC = "org:popular-front-for-the-liberation-of-palestine-general-comman"


def actors(text: str) -> dict[str, str]:
    return {text[s:e]: a.key() for s, e, a in _find_actors(text, "1975-01-01", DocumentState())}


def splits(text: str, modality: str = "asserted") -> set[tuple[str, str]]:
    events = extract_document({"id": "t", "text": text, "date": "1975-01-01"})
    return {
        (e["source"]["id"], e["target"]["id"])
        for e in (c.to_dict() for c in events)
        if e["event_type"] == "REJECT" and e["modality"] == modality
    }


def test_a_qualifier_after_the_named_group_is_its_faction() -> None:
    text = (
        "Kobo quit the Popular Front for the Liberation of Palestine and set up the General "
        "Command."
    )
    assert actors(text).get("General Command") == PFLP_GC
    assert (PFLP_GC, PFLP) in splits(text)


def test_a_negated_founding_of_the_faction_is_not_asserted() -> None:
    text = (
        "Kobo never quit the Popular Front for the Liberation of Palestine and did not set up "
        "the General Command."
    )
    assert (PFLP_GC, PFLP) not in splits(text)


def test_a_sister_front_takes_the_named_groups_tail() -> None:
    text = (
        "Kobo left the Popular Front for the Liberation of Palestine and founded the "
        "Democratic Front."
    )
    assert actors(text).get("Democratic Front") == (
        "org:democratic-front-for-the-liberation-of-palestine"
    )


def test_a_word_before_a_known_initialism_completes_its_full_name() -> None:
    assert actors("Kobo Tarka led the Independent NPFL in 1990.").get("Independent NPFL") == (
        "org:inpfl"
    )


def test_a_place_or_person_after_a_group_completes_nothing() -> None:
    found = actors("Hamas fighters met Zorb Kobo in Kestrel Town.")
    assert all(key == "org:hamas" for name, key in found.items() if "Hamas" in name)
    assert "org:hamas" in found.values()


def test_a_column_named_after_a_person_is_the_groups_faction() -> None:
    red = Actor(id="open:red-kestrels", name="Red Kestrels", mention="Red Kestrels",
                type="armed_group", org_id="open:red-kestrels", how="open: name")  # fmt: skip
    text = "The Walter Zorb column of the Red Kestrels attacked."
    start = text.index("Red Kestrels")
    known = {"red kestrels walter zorb": "open:red-kestrels-walter-zorb"}

    def resolve(name: str) -> SimpleNamespace:
        ident = known.get(name.lower())
        hit = SimpleNamespace(id=ident, name=name, type="armed_group") if ident else None
        return SimpleNamespace(actor=hit, organization=None, reason="exact match")

    hits = completions.find(text, [(start, start + 12, red)], [], resolve)
    assert [(text[s:e], a.id) for s, e, a in hits] == [
        ("Walter Zorb", "open:red-kestrels-walter-zorb")
    ]


def test_a_fuzzy_match_is_no_completion() -> None:
    red = Actor(id="open:red-kestrels", name="Red Kestrels", mention="Red Kestrels",
                type="armed_group", org_id="open:red-kestrels", how="open: name")  # fmt: skip
    text = "The Walter Zorb column of the Red Kestrels attacked."
    start = text.index("Red Kestrels")

    def resolve(name: str) -> SimpleNamespace:
        hit = SimpleNamespace(id="open:other", name=name, type="armed_group")
        return SimpleNamespace(actor=hit, organization=None, reason="head match on 'Red'")

    assert completions.find(text, [(start, start + 12, red)], [], resolve) == []


def _front() -> Actor:
    return Actor(id="org:kestrel-front", name="Kestrel Front", mention="Kestrel Front",
                 type="armed_group", org_id="org:kestrel-front", how="kb")  # fmt: skip


def test_a_leaders_name_is_his_faction_when_one_faction_is_named_after_him(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from riftwatch.actors import kb as kbmod

    kobo = SimpleNamespace(
        id="org:kestrel-front-kobo", name="Kestrel Front-Zorb-Kobo", type="armed_group"
    )
    fake = SimpleNamespace(find=lambda ident: kobo if ident == kobo.id else None)
    monkeypatch.setattr(kbmod, "default_kb", lambda: fake)
    completions._names.cache_clear()
    completions._QUALIFIED.clear()
    alias = SimpleNamespace(entity_id="org:kestrel-front-kobo")
    exact = {"kestrel front zorb kobo": [alias], "kestrel front": []}
    text = "The Kestrel Front split after Kobo's men attacked a camp in Tarka."
    nothing = SimpleNamespace(actor=None, organization=None, reason="no match")
    hits = completions.find(text, [(4, 17, _front())], [], lambda n: nothing, exact)
    completions._names.cache_clear()
    assert [(text[s:e], a.id) for s, e, a in hits] == [("Kobo", "org:kestrel-front-kobo")]


def test_a_known_branch_after_in_is_a_place_not_the_branch() -> None:
    found = actors("The Islamic State attacked troops in Sinai in 2016.")
    assert found.get("Islamic State") == "org:islamic-state"
    assert "Sinai" not in found


def test_a_function_word_is_no_factions_name(monkeypatch: pytest.MonkeyPatch) -> None:
    from riftwatch.actors import kb as kbmod

    branch = SimpleNamespace(id="org:kf-zorb", name="Kestrel Front in Zorb", type="armed_group")
    monkeypatch.setattr(
        kbmod,
        "default_kb",
        lambda: SimpleNamespace(find=lambda i: branch if i == branch.id else None),
    )
    completions._names.cache_clear()
    completions._QUALIFIED.clear()
    exact = {"kestrel front in zorb": [SimpleNamespace(entity_id="org:kf-zorb")]}
    text = "In talks the Kestrel Front said little."
    nothing = SimpleNamespace(actor=None, organization=None, reason="no match")
    start = text.index("Kestrel")
    hits = completions.find(text, [(start, start + 13, _front())], [], lambda n: nothing, exact)
    completions._names.cache_clear()
    assert hits == []
