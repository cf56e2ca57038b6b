"""Sides of a replayed history not recognised as one group (issue 10, helper replay18).

Two classes found on the development replay sets (the retired held-out sets), where a row
named a group one way and the next row another, so the pair's claims fell on two actors:

- a possessor's name opening the run of capitalised words before a defined acronym
  ("P's Zorblan Union for Justice and Renewal (ZUJR)"): the acronym's letters did
  not spell the whole run, so the name was cut at "and" and the letters went to its last
  word; now the name after the possessive is the defined group when its initials spell the
  acronym;
- an acronym one document spells out ("the Korvan People's Liberation Front (KPLF)") and
  another uses for a group it founds ("formed the KPLF"): the corpus memory read these as
  two definitions and forgot both; now the spelt-out group wins over an open actor named
  only by the letters.

Invented sentences and groups only; each has a look-alike twin that must not change, and
the modality of the event is the sentence's (a negated or denied twin stays so).
"""

from __future__ import annotations

from typing import Any

from riftwatch import api
from riftwatch.nlp import acronyms
from riftwatch.nlp.extract import Actor

FULL = "Zorblan Union for Justice and Renewal"
DATE = "2004-05-01"


def _events(docs: list[dict[str, str]]) -> list[dict[str, Any]]:
    return list(api.extract(docs))


def _doc(ident: str, date: str, text: str) -> dict[str, str]:
    return {"id": ident, "date": date, "text": text}


def _names(events: list[dict[str, Any]], doc_id: str | None = None) -> set[str]:
    return {
        e[side]["name"]
        for e in events
        if doc_id is None or e["doc_id"] == doc_id
        for side in ("source", "target")
    }


# -- a possessor before a defined name -------------------------------------------------------


def test_a_possessor_before_a_defined_name_is_not_part_of_it() -> None:
    text = f"Kofi Ansa's {FULL} (ZUJR) attacked the Kefran Liberation Front in May 2004."
    events = _events([_doc("p1", DATE, text)])
    assert FULL in _names(events), events
    assert "Renewal" not in _names(events)
    hit = [e for e in events if FULL in (e["source"]["name"], e["target"]["name"])]
    assert all(e["modality"] == "asserted" for e in hit)


def test_the_acronym_then_stands_for_the_whole_name() -> None:
    text = (
        f"Kofi Ansa's {FULL} (ZUJR) was founded in 2003. "
        "In May 2004 the ZUJR attacked the Kefran Liberation Front."
    )
    events = _events([_doc("p2", DATE, text)])
    attack = [e for e in events if e["event_type"] == "ASSAULT"]
    assert attack and attack[0]["source"]["name"] == FULL, events


def test_a_denied_attack_by_the_possessed_group_stays_denied() -> None:
    text = (
        f"Kofi Ansa's {FULL} (ZUJR) denied that it attacked the Kefran Liberation Front "
        "in May 2004."
    )
    events = _events([_doc("p3", DATE, text)])
    hit = [e for e in events if e["event_type"] == "ASSAULT"]
    assert hit, events
    assert all(e["modality"] != "asserted" for e in hit)


def test_letters_that_do_not_spell_the_rest_keep_the_whole_run() -> None:
    # "KAZF": the letters of the whole run, possessor included; nothing is cut off
    text = "Kofi Ansa's Zorblan Front (KAZF) left."
    start = text.index("Kofi")
    end = text.index(" (")
    assert acronyms._after_possessor(text, start, end, "KAZF") == start
    # a run the letters already spell is left alone
    text = "The Zorblan Union for Justice and Renewal (ZUJR) left."
    start = text.index("Zorblan")
    end = text.index(" (")
    assert acronyms._after_possessor(text, start, end, "ZUJR") == start


def test_a_possessive_inside_the_name_the_letters_spell_is_kept() -> None:
    # "People's" belongs to the name: its initials (ZPLT) are the acronym's
    text = "The Zorblan People's Liberation Tigers (ZPLT) left."
    start = text.index("Zorblan")
    end = text.index(" (")
    assert acronyms._after_possessor(text, start, end, "ZPLT") == start


# -- an acronym spelt out in one document and used bare in another -----------------------


SPELT = _doc(
    "m1",
    "2009-06-01",
    "In 2009 the fighters of the Korvan People's Liberation Front (KPLF) served in the "
    "armed wing of the Zorblan Liberation Front (ZLF).",
)
# the letters used bare, for a group the sentence founds: this document alone would teach
# them as an open actor of their own ("KPLF")
FOUNDED = _doc(
    "m2",
    "2011-01-01",
    "When the ZLF's leaders came overground under a ceasefire, a band of its fighters "
    "refused to give up their weapons and formed the KPLF in January 2011. The ZLF condemned "
    "the breakaway, and KPLF gunmen later shot dead former ZLF cadres in the hills.",
)
SPELT_NAME = "Korvan People's Liberation Front"


def test_a_bare_acronym_in_one_document_is_the_group_another_spells_out() -> None:
    events = _events([SPELT, FOUNDED])
    later = [e for e in events if e["doc_id"] == "m2"]
    assert SPELT_NAME in _names(later), later
    assert "KPLF" not in _names(later)
    told = [
        e[side] for e in later for side in ("source", "target") if e[side]["name"] == SPELT_NAME
    ]
    assert any("in document m1" in (x.get("resolved_by") or "") for x in told), told


def test_without_a_spelt_out_definition_the_letters_stay_their_own_group() -> None:
    events = _events([FOUNDED])
    assert SPELT_NAME not in _names(events), events
    assert "KPLF" in _names(events), events


def test_the_remembered_group_keeps_the_sentence_s_modality() -> None:
    hedged = _doc(
        "m3",
        "2011-03-01",
        "KPLF gunmen may have shot dead three cadres of the Zorblan Liberation Front, "
        "officials said, but this could not be confirmed.",
    )
    events = _events([SPELT, FOUNDED, hedged])
    shot = [e for e in events if e["doc_id"] == "m3"]
    assert shot, events
    assert SPELT_NAME in _names(shot), shot
    assert all(e["modality"] != "asserted" for e in shot if e["event_type"] == "ASSAULT")


def test_two_spelt_out_definitions_that_differ_teach_nothing() -> None:
    from riftwatch.nlp.memory import CorpusMemory, Lesson

    def group(ident: str, name: str) -> Actor:
        return Actor(id=ident, name=name, mention=name, type="armed_group")

    bare = group("open:zplt", "ZPLT")
    one = group("open:zorblan-people-liberation-tigers", "Zorblan People's Liberation Tigers")
    other = group("open:zorb-peasant-land-trust", "Zorb Peasant Land Trust")
    memory = CorpusMemory(
        [
            Lesson("a", "2009-01-01", acronyms={"ZPLT": one}),
            Lesson("b", "2010-01-01", acronyms={"ZPLT": bare}),
        ]
    )
    assert memory.acronyms_for("b")["ZPLT"].name == one.name
    memory = CorpusMemory(
        [
            Lesson("a", "2009-01-01", acronyms={"ZPLT": one}),
            Lesson("b", "2010-01-01", acronyms={"ZPLT": bare}),
            Lesson("c", "2011-01-01", acronyms={"ZPLT": other}),
        ]
    )
    assert "ZPLT" not in memory.acronyms_for("b")
