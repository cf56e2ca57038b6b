"""replay34: a name nobody knows, on one side of a relation whose other side is a group.

A capitalised name the knowledge base and the model's organisations miss ("Durrakesh",
"the Velkari Front's" bare short form, a historical group's name) that is the subject,
object or relation-preposition object ("merged into", "clashed with", "allegiance to") of a
verb of the lexicon whose other side is a group is an open group itself
(``nlp.mentions._relation_partner_name``). A person (a titled name, a full name, a bare word
in a sentence about "his" men, a bare word as an object), a place (an attacked or seized
object, a place the knowledge base knows), an agreement, a generic word and a part of a
longer name stay out; hedged, negated and denied twins stay unasserted. Invented names.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, named_events


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("In 2016 Durrakesh merged into al-Shabaab after months of talks.",
         "Durrakesh", "COOPERATE", "Al-Shabaab"),
        ("In 2016 Velkaran pledged allegiance to the Islamic State.",
         "Velkaran", "SUPPORT", "Islamic State"),
        ("In 2018 Durrakesh clashed with al-Shabaab near the coast.",
         "Durrakesh", "ASSAULT", "Al-Shabaab"),
        ("In 1947 the Tarvosh joined Hezbollah in attacks on army posts.",
         "Tarvosh", "COOPERATE", "Hezbollah"),
        ("In 2003 Morkesh fought the Moro Islamic Liberation Front in the hills.",
         "Morkesh", "ASSAULT", "Moro Islamic Liberation Front"),
    ],
)  # fmt: skip
def test_unknown_name_in_a_relation_with_a_group_is_a_group(
    text: str, source: str, etype: str, target: str
) -> None:
    events = named_events(text, text[3:7] + "-06-01")
    assert (source, etype, target, "asserted") in events, events


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In 2018 Durrakesh may have clashed with al-Shabaab near the coast.", "Durrakesh"),
        ("In 2016 Durrakesh denied that it had pledged allegiance to the Islamic State.",
         "Durrakesh"),
        ("In 2016 Durrakesh did not merge into al-Shabaab.", "Durrakesh"),
        ("In 2016 Durrakesh would merge into al-Shabaab if the talks succeeded.", "Durrakesh"),
    ],
)  # fmt: skip
def test_unasserted_twins_stay_unasserted(text: str, name: str) -> None:
    events = named_events(text, text[3:7] + "-06-01")
    assert not {e for e in asserted(events) if name in (e[0], e[2])}, events


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("In 2018 Colonel Durrak clashed with al-Shabaab near the coast.", "Durrak"),
        ("In 2016 Velkar quit al-Shabaab and took his men with him.", "Velkar"),
        ("In 2016 al-Shabaab pledged allegiance to Velkaran.", "Velkaran"),
        ("In 2012 al-Shabaab signed the Velkaran Agreement with Hizbul Islam.",
         "Velkaran Agreement"),
        ("In 2014 the Eagles of the Velkar fought beside Hezbollah.", "Eagles"),
        ("In 2014 the Brigades fought beside Hezbollah.", "Brigades"),
        ("In 2010 Dakhanov pledged allegiance to al-Shabaab.", "Dakhanov"),
        ("After the Velkar Hills kidnapping al-Shabaab disowned Hizbul Islam.", "Velkar Hills"),
    ],
)  # fmt: skip
def test_person_agreement_or_name_part_is_no_group(text: str, name: str) -> None:
    events = named_events(text, text[3:7] + "-06-01")
    assert not {e for e in events if name in (e[0], e[2])}, events


def test_name_taking_the_beside_a_state_is_a_group() -> None:
    """A subject that takes "the" (or has two words) beside a state's forces is a group too,
    even where the model tags it a place; a place the knowledge base knows is not."""
    found = named_events(
        "In 1898 the Katipunan fought Spanish troops near the coast.", "1898-06-01"
    )
    assert ("Katipunan", "ASSAULT", "Spain", "asserted") in found, found
    hedged = named_events(
        "In 1898 the Katipunan may have fought Spanish troops near the coast.", "1898-06-01"
    )
    assert not {e for e in asserted(hedged) if "Katipunan" in (e[0], e[2])}, hedged
    place = named_events(
        "In 1930 the Tanganyika fought British troops near the lake.", "1930-06-01"
    )
    assert not {e for e in place if "Tanganyika" in (e[0], e[2])}, place
