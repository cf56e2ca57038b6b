"""Initials written in another language's word order name the group (issue 9/10, names23).

French, Spanish and Portuguese names put the head noun first ("Frente Sandinista de
Liberacion Nacional"), so a group known by its English name is written by letters that are
its English initials in another order: "FSLN" for the "Sandinista National Liberation
Front", "FNL" for the "National Forces of Liberation". Such letters resolved to nothing, or
to an open actor of their own, so the group's rows fell on two actors. Now:

- in one document, letters whose head-noun-first reading is one known group's initials name
  that group, but only when the document is about the group's country (a weaker reading than
  initials in order: "FMLN" in a text naming no country is nobody's);
- in one corpus, open letters name the corpus's one group whose name gives them head noun
  first, where no name spells them in order.

Negative twins: letters some group spells in order keep that group, two groups sharing the
letters merge nothing, a country-less text resolves nothing, words that are no group's stay
actors of nothing, and a negated event stays negated.
"""

from __future__ import annotations

import pytest

from riftwatch.actors.open import (
    initials_key,
    initials_owners,
    noun_first_initials,
    same_open_actors,
)
from riftwatch.nlp.extract import extract_document
from riftwatch.nlp.initialisms import Initialisms, noun_first


def _actors(text: str) -> dict[str, str]:
    """mention -> actor id of every event side the extractor codes in ``text``."""
    out: dict[str, str] = {}
    for coded in extract_document({"id": "d1", "text": text, "date": "1984-05-01"}):
        for side in (coded.event.source, coded.event.target):
            if side is not None:
                out[side.mention] = side.org_id or side.id
    return out


# --- the knowledge base's groups -------------------------------------------------------


def test_head_noun_first_key_of_a_name() -> None:
    assert noun_first("Guatemalan National Revolutionary Unity") == "UGNR"
    assert noun_first("Popular Movement for the Liberation of Angola") == "MALP"
    assert noun_first("Zorb Front") is None  # two words: too few letters to read


def test_reordered_letters_name_the_one_group_and_never_an_in_order_owner() -> None:
    ix = Initialisms([
        ("org:u", "Zorblan National Revolutionary Unity", "armed_group", ()),
        ("org:f", "Front of Zorblan National Resistance", "armed_group", ()),
    ])  # fmt: skip
    assert ix.reordered("URNZ") == ("org:u",)
    assert ix.lookup("FZNR") == "org:f"  # in order: the front's own letters
    assert ix.reordered("FZNR") == ()  # never read again in another order


def test_letters_of_two_groups_are_both_candidates() -> None:
    ix = Initialisms([
        ("org:a", "Zed National Liberation Front", "armed_group", ()),
        ("org:b", "Zorb National Liberation Front", "armed_group", ()),
    ])  # fmt: skip
    assert ix.reordered("FZLN") == ("org:a", "org:b")


@pytest.mark.slow
def test_spanish_letters_of_a_known_group_in_a_text_about_its_country() -> None:
    found = _actors("In Nicaragua the FSLN attacked the National Guard in 1978.")
    assert found.get("FSLN") == "org:sandinista-national-liberation-front"


@pytest.mark.slow
def test_reordered_letters_in_a_text_naming_no_country_resolve_nothing() -> None:
    found = _actors("The FSLN attacked the National Guard in 1978.")
    assert found.get("FSLN") != "org:sandinista-national-liberation-front"


@pytest.mark.slow
def test_the_document_country_chooses_among_groups_sharing_the_letters() -> None:
    # "MPLA" reads as two known movements' letters; the Angolan one in a text about Angola
    found = _actors("In Angola the MPLA fought UNITA near Huambo in 1976.")
    assert found.get("MPLA") == "org:popular-movement-for-the-liberation-of-angola"


@pytest.mark.slow
def test_a_negated_event_between_reordered_letters_stays_negated() -> None:
    events = [c.event for c in extract_document({
        "id": "d1", "date": "1984-05-01",
        "text": "In Nicaragua the FSLN did not attack the National Guard."})]  # fmt: skip
    fsln = [e for e in events if "FSLN" in (e.source.mention, e.target.mention)]
    assert fsln and all(e.modality != "asserted" for e in fsln)


@pytest.mark.slow
def test_common_abbreviations_stay_nobody() -> None:
    found = _actors("In Nicaragua the GDP fell and the army attacked the FSLN.")
    assert "GDP" not in found
    assert found.get("FSLN") == "org:sandinista-national-liberation-front"


# --- one corpus's open actors ----------------------------------------------------------


def test_noun_first_initials_of_an_open_name() -> None:
    assert noun_first_initials("National Forces of Zorbia") == "FNZ"
    assert noun_first_initials("People's Armed Forces") == "FAP"
    assert initials_key("FZN") == "FNZ"
    assert noun_first_initials("FNZ") is None


def test_open_letters_count_under_the_name_that_gives_them_head_noun_first() -> None:
    names = {"open:fnz": "FNZ", "open:national-forces-of-zorbia": "National Forces of Zorbia"}
    assert same_open_actors(names) == {"open:fnz": "open:national-forces-of-zorbia"}


def test_two_corpus_names_sharing_the_reordered_letters_merge_nothing() -> None:
    names = {
        "open:fnz": "FNZ",
        "open:national-forces-of-zorbia": "National Forces of Zorbia",
        "open:zorbian-national-front": "Zorbian National Front",
    }
    assert "open:fnz" not in same_open_actors(names)


def test_letters_a_name_spells_in_order_keep_that_name() -> None:
    names = {
        "open:fnz": "FNZ",
        "open:national-forces-of-zorbia": "National Forces of Zorbia",
        "open:front-for-national-zorbia": "Front for National Zorbia",
    }
    assert same_open_actors(names)["open:fnz"] == "open:front-for-national-zorbia"


def test_known_letters_count_under_the_corpus_name_in_another_order() -> None:
    # the knowledge base gave "FAZ" to a group the corpus never names in full; the corpus's
    # one "Zorbian Armed Forces" gives those letters head noun first
    names = {"open:zorbian-armed-forces": "Zorbian Armed Forces"}
    written = {"org:faz-kb": {"FAZ"}}
    got = initials_owners(names, {"org:faz-kb": "Faylaq al-Zorb"}, written)
    assert got == {"org:faz-kb": "open:zorbian-armed-forces"}
    # ...not when the corpus also wrote the known group's own name
    assert initials_owners(names, {"org:faz-kb": "Faylaq al-Zorb"}, written,
                           plain={"org:faz-kb"}) == {}  # fmt: skip


# --- a name defined with its letters head noun first -------------------------------------


def _spans(text: str) -> dict[str, str]:
    from riftwatch.nlp import acronyms
    from riftwatch.nlp.extract import Actor

    tail = text.index("Integrationist Front")
    found = [(tail, tail + len("Integrationist Front"),
              Actor(id="open:integrationist-front", name="Integrationist Front",
                    mention="Integrationist Front", type="armed_group"))]  # fmt: skip
    return {text[s:e]: a.id for s, e, a in acronyms.apply(text, found, {})}


def test_a_name_defined_by_its_letters_head_noun_first_is_one_actor() -> None:
    got = _spans("The Zorblan and Integrationist Front (FZI) attacked Kestrel. Later FZI split.")
    assert got["Zorblan and Integrationist Front"] == "open:zorblan-and-integrationist-front"
    assert got["FZI"] == "open:zorblan-and-integrationist-front"


def test_letters_that_spell_neither_order_keep_the_shorter_name() -> None:
    got = _spans("The Zorblan and Integrationist Front (ZKU) attacked Kestrel.")
    assert "Zorblan and Integrationist Front" not in got
    assert got["Integrationist Front"] == "open:integrationist-front"


def test_a_known_name_inside_the_run_keeps_its_letters() -> None:
    from riftwatch.nlp import acronyms
    from riftwatch.nlp.extract import Actor

    text = "The IMU kept ties to Tehreek-e-Taliban in Pakistan (TTP)."
    start = text.index("Tehreek")
    ttp = Actor(id="org:ttp", name="Tehrik-i-Taliban Pakistan", mention="Tehreek-e-Taliban",
                type="armed_group")  # fmt: skip
    got = acronyms.apply(text, [(start, start + len("Tehreek-e-Taliban"), ttp)], {})
    assert {a.id for _s, _e, a in got} == {"org:ttp"}
