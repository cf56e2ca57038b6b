"""peers64 (issue 9): world-news dyads of a party defying a rule another party laid down.

1. "X violated (flouted, disobeyed, breached) a ban by Y", "... the curfew Y imposed",
   "... Y's decree": defying a rule resists the party that made it (REJECT, mode
   opposition; CAMEO 128 "defy norms, law"), as "defied a ban by Y" already was
   (events.yaml ``object_idioms``: violate, flout, disobey, breach with a rule noun).
   A ceasefire, truce or accord violated keeps its own reading (a breach of a promise,
   not defiance of a rule), and a rule with no author named gives no party.

Every sentence here is invented for these tests; each positive has a twin that must stay
unasserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import named_events
from tests.nlp.conftest import typed_between as _between

DATE = "2009-03-01"


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Malian soldiers violated a ban by the African Union on night raids.",
         "Mali", "African Union"),
        ("Zambian traders flouted the curfew imposed by the Malawian government.",
         "Zambia", "Malawi"),
        ("Eritrean border guards disobeyed the Ethiopian government's decree.",
         "Eritrea", "Ethiopia"),
        ("Hezbollah breached an order issued by the Lebanese army to clear the road.",
         "Hezbollah", "Lebanon"),
    ],
)  # fmt: skip
def test_defied_rule_rejects_its_author(text: str, source: str, target: str) -> None:
    found = named_events(text, DATE)
    assert ("REJECT", "asserted") in _between(found, source, target)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Malian soldiers did not violate the ban by the African Union on night raids.",
         "negated"),
        ("Malian soldiers may have violated a ban by the African Union on night raids.",
         "uncertain"),
    ],
)  # fmt: skip
def test_defied_rule_twins_not_asserted(text: str, modality: str) -> None:
    found = named_events(text, DATE)
    assert not _between(found, "Mali", "African Union") & {("REJECT", "asserted")}
    assert ("REJECT", modality) in _between(found, "Mali", "African Union")


def test_violated_truce_is_no_defied_rule() -> None:
    found = named_events("The Sudanese army violated the truce with the SPLA.", DATE)
    assert not any(t == "REJECT" for s, t, g, _m in found if "Sudan" in s)


def test_rule_with_no_author_gives_no_party() -> None:
    found = named_events("Malian soldiers violated the curfew in Gao.", DATE)
    assert not any(t == "REJECT" for _s, t, _g, _m in found)
