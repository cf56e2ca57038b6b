"""peers62 (issue 9): world-news dyads found and typed.

1. An office title written before its portfolio ("the Minister for Interior P", "the
   Minister of Foreign Affairs P") names the office holder, as "Interior Minister P" does
   (mentions._office_title, cues.yaml ``portfolio_links``); a country's title found already
   ("Peru's Minister for ...") stays the country's.
2. A people word the small model tags as no entity ("Iraqi Kurd refugees") names its people
   as a tagged one does (mentions._untagged_people_word, shortforms.yaml ``peoples``).
3. A ban that keeps a party from an act ("banned Y from taking part") restricts it: COERCE
   restrict, as "barred Y from entering" (events.yaml ``from_gerund_type``,
   mechanisms.barred_act_entry); a bare ban stays a SANCTION. "Opposition candidates" are
   the opposition (agents data).
4. "reduced"/"cut" the curfew in a place eases it (RETREAT ease), never imposes one
   (nominals.yaml ``place_measure_easing``).
5. A legislature named with the country it sits in ("urged Parliament in Kenya to ...") is
   that country's (cues.yaml ``seated_roles``, mentions._country_next).
6. The sides of a war in a country ("the parties to the conflict in Sudan", "the warring
   factions in Liberia") are an open collective of that country, never its state
   (mentions._conflict_sides, cues.yaml ``belligerent_nouns``).

Every sentence here is invented for these tests; each positive has a twin that must stay
unasserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import named_events
from tests.nlp.conftest import typed_between as _between

from riftwatch.nlp.extract import extract_document

DATE = "2005-05-01"


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, DATE)


def _modes(text: str) -> set[tuple[str, str, str | None, str, str]]:
    return {
        (c.event.source.org_name or c.event.source.name, c.event.event_type, c.event.mode,
         c.event.target.org_name or c.event.target.name, c.event.modality)
        for c in extract_document({"id": "t", "text": text, "date": DATE})
    }  # fmt: skip


# -- 1. an office title before its portfolio -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Minister for Interior Juan Morales met the Bolivian ambassador.", "CONSULT"),
        ("The Minister of Foreign Affairs Ines Carrasco accused Chile of spying.", "ACCUSE"),
        ("The Federal Minister for Interior Juan Morales allowed opposition leader Rafael "
         "Quispe to hold a march.", "CONCEDE"),
    ],
)  # fmt: skip
def test_title_before_portfolio_names_the_holder(text: str, etype: str) -> None:
    found = _events(text)
    assert any(t == etype and m == "asserted" and "Minister" in s for s, t, _g, m in found)


def test_title_before_portfolio_twin_not_asserted() -> None:
    found = _events("The Minister of Foreign Affairs Ines Carrasco did not accuse Chile of spying.")
    assert _between(found, "Ines Carrasco", "Chile") == {("ACCUSE", "negated")}


def test_country_title_stays_the_countrys() -> None:
    found = _events("Peru's Minister for Interior Juan Morales met the Bolivian ambassador.")
    assert ("CONSULT", "asserted") in _between(found, "Peru", "Bolivia")
    assert not any("Minister for Interior" in s for s, _t, _g, _m in found)


# -- 2. a people word the model leaves untagged ----------------------------------------------


def test_untagged_people_word_names_its_people() -> None:
    found = _events("Syria will let up to 4,000 Iraqi Kurd refugees go back home.")
    assert any("Kurd refugees" in g and m == "future" for _s, _t, g, m in found)


def test_untagged_people_word_twin_not_asserted() -> None:
    found = _events("Syria refused to let Iraqi Kurd refugees go back home.")
    assert not any("Kurd" in g and m == "asserted" and t != "REJECT" for _s, t, g, m in found)


# -- 3. a ban from an act is a restriction ---------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Zambia banned the Kestrel Freedom Party from holding rallies.",
        "President Mwansa banned Zambian opposition candidates from standing in the vote.",
    ],
)
def test_ban_from_an_act_is_a_restriction(text: str) -> None:
    found = {e for e in _modes(text) if e[4] == "asserted"}
    assert any(t == "COERCE" and mode == "restrict" for _s, t, mode, _g, _m in found)
    assert not any(t == "SANCTION" for _s, t, _mode, _g, _m in found)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Zambia did not ban the Kestrel Freedom Party from holding rallies.", "negated"),
        ("Zambia may ban the Kestrel Freedom Party from holding rallies.", "hypothetical"),
    ],
)  # fmt: skip
def test_ban_from_an_act_twins_not_asserted(text: str, modality: str) -> None:
    found = _modes(text)
    assert any(t == "COERCE" and m == modality for _s, t, _mode, _g, m in found)
    assert not any(m == "asserted" for *_rest, m in found)


def test_bare_ban_stays_a_sanction() -> None:
    found = _modes("The European Union banned imports from Iran.")
    assert ("European Union", "SANCTION", "discontinue", "Iran", "asserted") in found


# -- 4. lessening a curfew eases it ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government reduced the curfew in Kisumu.",
        "The Kenyan government cut the curfew in Kisumu by three hours.",
    ],
)
def test_lessened_curfew_is_eased(text: str) -> None:
    found = _events(text)
    assert ("RETREAT", "asserted") in _between(found, "Kenya", "Kisumu")
    assert not {t for t, _m in _between(found, "Kenya", "Kisumu")} & {"COERCE"}


def test_lessened_curfew_twin_not_asserted() -> None:
    found = _events("The Kenyan government did not reduce the curfew in Kisumu.")
    assert _between(found, "Kenya", "Kisumu") == {("RETREAT", "negated")}


# -- 5. a legislature in its country ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("President Alan Garcia urged Congress in Peru to pass the budget.", "Alan Garcia", "Peru"),
        ("Zambia's president urged Parliament in Malawi to free the prisoners.", "Zambia",
         "Malawi"),
    ],
)  # fmt: skip
def test_legislature_in_a_country_is_its_own(text: str, source: str, target: str) -> None:
    assert ("REQUEST", "asserted") in _between(_events(text), source, target)


def test_legislature_twin_not_asserted() -> None:
    found = _events("Zambia's president did not urge Parliament in Malawi to free the prisoners.")
    assert not {m for _t, m in _between(found, "Zambia", "Malawi")} & {"asserted"}


# -- 6. the sides of a war in a country ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The African Union urged all parties to the conflict in Chad to open the roads.",
         "parties to the conflict in Chad"),
        ("Ghana urged the warring factions in Liberia to disarm.", "factions in Liberia"),
    ],
)  # fmt: skip
def test_sides_of_a_war_are_a_collective(text: str, target: str) -> None:
    found = _events(text)
    assert any(g == target and t == "REQUEST" and m == "asserted" for _s, t, g, m in found)
    assert not any(g in ("Chad", "Liberia") or g.startswith("Government of")
                   for _s, _t, g, _m in found)  # fmt: skip


def test_sides_of_a_war_twin_not_asserted() -> None:
    found = _events("Ghana did not urge the warring factions in Liberia to disarm.")
    assert _between(found, "Ghana", "factions in Liberia") == {("REQUEST", "negated")}


def test_sides_without_a_war_are_nobody() -> None:
    found = _events("Ghana urged all parties in Liberia to vote.")
    assert not any("parties" in g for _s, _t, g, _m in found)
