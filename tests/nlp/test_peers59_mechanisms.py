"""peers59 (issue 9): three world-news classes of parties that were not found.

1. A participle phrase of place after a subject ("The Red Cross operating in Kenya condemned
   Uganda") is read by the small parser as a gerund clause with the body as its subject; the
   body was then no subject of the verb at all. It now is (code.py ``_participle_subject``).
2. Plural demonyms the model tags as a singular proper noun ("urged Liberians to vote") were
   no party; they are now the people of that country, as "Ugandans" already was.
3. "inhabitants" is the plain word for people living in a place, as "residents" is: the
   locals, a party of their own.
4. A person the knowledge base knows, named after an intergovernmental organisation's office
   ("U.N. mediator P", "EU foreign policy chief P", "African Union envoy P"), stands for the
   organisation, as an unknown name after such a title already did; a state's title before
   a known person already worked so (peers57).

Every sentence here is invented for these tests; each positive has a negated or hedged twin
that must stay unasserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, named_events

DATE = "2010-05-01"


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, DATE)


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The Red Cross operating in Kenya condemned Uganda.", "Red Cross", "ACCUSE", "Uganda"),
        ("The Red Cross working in Kenya accused Uganda of blocking aid.", "Red Cross",
         "ACCUSE", "Uganda"),
        ("The Red Cross operating in Kenya said Uganda must release the prisoners.",
         "Red Cross", "REQUEST", "Uganda"),
        ("Kenya urged Liberians to vote.", "Kenya", "REQUEST", "Liberia"),
        ("Tanzanian troops attacked Gambians near the border.", "Tanzania", "ASSAULT",
         "Gambia"),
        ("Inhabitants of the valley protested against Uganda.", "locals", "PROTEST", "Uganda"),
        ("Druze inhabitants of the hills threatened to strike unless Israel lifted the "
         "closure.", "locals", "THREATEN", "Israel"),
    ],
)  # fmt: skip
def test_party_found(text: str, source: str, etype: str, target: str) -> None:
    assert has(asserted(_events(text)), source, etype, target)


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Red Cross operating in Kenya did not condemn Uganda.", "Red Cross", "Uganda"),
        ("The Red Cross working in Kenya may accuse Uganda of blocking aid.", "Red Cross",
         "Uganda"),
        ("Kenya did not urge Liberians to vote.", "Kenya", "Liberia"),
        ("Tanzanian troops may attack Gambians near the border.", "Tanzania", "Gambia"),
        ("Inhabitants of the valley may protest against Uganda.", "locals", "Uganda"),
        ("Druze inhabitants of the hills denied that they would strike against Israel.",
         "locals", "Israel"),
    ],
)  # fmt: skip
def test_twins_not_asserted(text: str, source: str, target: str) -> None:
    found = asserted(_events(text))
    assert not {e for e in found if source in e[0] and target in e[2]}


def test_a_clause_with_an_object_stays_a_clause() -> None:
    """A gerund with its own object is a real clausal subject: its doer is not the verb's."""
    assert not _events("Kenya closing the border angered Uganda.")


def test_a_place_before_the_participle_is_no_subject() -> None:
    """Only a body: "Nairobi operating ..." names no party by its place."""
    assert not {e for e in _events("Residents in Kenya working in the fields condemned Uganda.")
                if e[0] == "Kenya"}  # fmt: skip


# -- 4. an international organisation's officer stands for it ---------------------------------


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("U.N. mediator Diego Cordovez met Afghan rebel leaders.", "United Nations", "CONSULT",
         "Afghan rebel leaders"),
        ("EU foreign policy chief Javier Solana criticized Iran.", "European Union", "ACCUSE",
         "Iran"),
        ("NATO Secretary-General Anders Fogh Rasmussen praised Kenya.", "NATO", "SUPPORT",
         "Kenya"),
        ("African Union envoy Thabo Mbeki met Sudanese rebels.", "African Union", "CONSULT",
         "Sudanese rebels"),
    ],
)  # fmt: skip
def test_igo_officer_stands_for_it(text: str, source: str, etype: str, target: str) -> None:
    assert has(_events(text), source, etype, target)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("African Union envoy Thabo Mbeki did not meet Sudanese rebels.", "African Union"),
        ("EU foreign policy chief Javier Solana may criticize Iran.", "European Union"),
    ],
)
def test_igo_officer_twins_not_asserted(text: str, source: str) -> None:
    assert not {e for e in asserted(_events(text)) if source in e[0] or source in e[2]}


def test_a_former_officer_or_another_partys_title_is_not_the_organisation() -> None:
    """ "Former" ends the office; "EU and U.S. envoy P" is the United States' envoy."""
    found = _events("Former NATO Secretary-General Anders Fogh Rasmussen praised Kenya.")
    assert not has(found, "NATO", "SUPPORT", "Kenya")
    found = _events("EU and US envoy Richard Holbrooke met Serbian leaders.")
    assert not {e for e in found if e[0] == "European Union" and "Holbrooke" in e[0]}
    assert has(found, "State Department", "CONSULT", "Serbia")
