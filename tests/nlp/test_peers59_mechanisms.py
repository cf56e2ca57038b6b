"""peers59 (issue 9): three world-news classes of parties that were not found.

1. A participle phrase of place after a subject ("The Red Cross operating in Kenya condemned
   Uganda") is read by the small parser as a gerund clause with the body as its subject; the
   body was then no subject of the verb at all. It now is (code.py ``_participle_subject``).
2. Plural demonyms the model tags as a singular proper noun ("urged Liberians to vote") were
   no party; they are now the people of that country, as "Ugandans" already was.
3. "inhabitants" is the plain word for people living in a place, as "residents" is: the
   locals, a party of their own.

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
