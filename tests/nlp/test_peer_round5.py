"""World-news recall, fifth round (issue 9, the peers' gold sets), on invented sentences.

One test per class of constructions, each with its positive forms and the negated, hedged
or located forms that must not be asserted (or not be actors at all). None of the sentences
comes from a benchmark or a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import has, named_events

from riftwatch.nlp.extract import extract_document


def events(text: str, date: str = "2011-03-02") -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text``."""
    return named_events(text, date)


def parties(found: set[tuple[str, str, str, str]]) -> set[str]:
    return {s for s, _g, _t, _m in found} | {t for _s, _g, t, _m in found}


# -- a capital that acts stands for its government; a capital after "in" is a place -------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        # an expelled agency is a SANCTION (reduced relations; peers24, it was COERCE)
        ("Jakarta expelled the UN refugee agency last week.", "Indonesia", "SANCTION",
         "United Nations"),
        ("Nairobi accused Kampala of arming the rebels.", "Kenya", "ACCUSE", "Uganda"),
        ("Amman held talks with Ankara on Sunday.", "Jordan", "CONSULT", "Turkey"),
    ],
)  # fmt: skip
def test_acting_capital_is_its_government(text: str, source: str, etype: str,
                                          target: str) -> None:  # fmt: skip
    found = events(text)
    assert has(found, source, etype, target), found
    assert any("Government" in s or "government" in s for s in parties(found)), found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Nairobi did not accuse Kampala of arming the rebels.", "negated"),
        ("Nairobi may accuse Kampala of arming the rebels.", "hypothetical"),
    ],
)
def test_acting_capital_keeps_the_modality(text: str, modality: str) -> None:
    found = events(text)
    assert has(found, "Kenya", "ACCUSE", "Uganda", modality), found
    assert not has(found, "Kenya", "ACCUSE", "Uganda"), found


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan police arrested dozens of protesters in Kampala, officials said.",
        "The Red Cross suspended aid deliveries in Kampala after the attack, officials said.",
        "Students demonstrated near Kampala on Friday, officials said.",
    ],
)
def test_capital_after_a_locative_preposition_is_a_place(text: str) -> None:
    found = events(text)
    assert not any("Uganda" in p for p in parties(found)), found


# -- an arrival of a country's peacekeepers: the host receives them, the sender aids it -----
@pytest.mark.parametrize(
    "text",
    [
        "Ghanaian peacekeepers arrived in Liberia on Monday.",
        "The first contingent of Ghanaian peacekeepers arrived in Liberia on Monday.",
        "A batch of Ghanaian peacekeeping troops arrived in Liberia on Monday.",
    ],
)
def test_peacekeepers_arriving_are_hosted_by_the_place(text: str) -> None:
    found = events(text)
    assert has(found, "Ghana", "AID", "Liberia"), found
    assert has(found, "Liberia", "RETREAT", "Ghana"), found
    assert not has(found, "Ghana", "RETREAT", "Liberia", None), found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Ghanaian peacekeepers did not arrive in Liberia on Monday.", "negated"),
        ("Ghanaian peacekeepers may arrive in Liberia next week.", "hypothetical"),
    ],
)
def test_peacekeepers_arriving_keep_the_modality(text: str, modality: str) -> None:
    found = events(text)
    assert has(found, "Ghana", "AID", "Liberia", modality), found
    assert not has(found, "Ghana", "AID", "Liberia"), found


# -- whose troops: their own modifier or the subject, never the place they are sent to -----
@pytest.mark.parametrize(
    "text",
    [
        "Troops deployed in Liberia attacked the rebels on Sunday.",
        "Soldiers stationed in Liberia were ambushed by the rebels.",
        "The African Union deployed troops in Liberia to fight the rebels.",
    ],
)
def test_troops_are_not_of_the_place_they_are_sent_to(text: str) -> None:
    found = {(s, g, t, m) for s, g, t, m in events(text) if g != "MOBILIZE"}
    assert not any("Liberia" in p for p in parties(found)), found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Ghana deployed troops in Liberia last year.", "asserted"),
        ("Ghana did not deploy troops in Liberia last year.", "negated"),
    ],
)
def test_deploying_troops_in_a_country_is_mobilizing_there(text: str, modality: str) -> None:
    found = events(text)
    assert has(found, "Ghana", "MOBILIZE", "Liberia", modality), found
    assert not any(s == "Liberia" for s, _g, _t, _m in found), found


# -- armed men named with their country are an actor of their own, never the state ---------
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Chadian gunmen attacked a Sudanese army convoy on Friday.", "asserted"),
        ("Chadian gunmen did not attack the Sudanese army convoy.", "negated"),
        ("Chadian gunmen may have attacked the Sudanese army convoy.", None),
    ],
)
def test_country_word_before_armed_men_is_their_own_actor(text: str, modality: str | None) -> None:
    found = events(text)
    assert has(found, "Chadian gunmen", "ASSAULT", "Sudan", modality), found
    if modality != "asserted":
        assert not has(found, "Chadian gunmen", "ASSAULT", "Sudan"), found
    assert not any(s in ("Chad", "unidentified militants") for s, _g, _t, _m in found), found


# -- a protest aimed at a party through its purpose -----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Kurdish students demonstrated in the capital calling for independence "
        "from Turkey.",
        "Nepalese teachers began a hunger strike to demand the resignation of the Indian "
        "ambassador.",
        "Bolivian miners staged a rally in protest at Chile's new border policy.",
    ],
)
def test_protest_is_aimed_at_the_party_of_its_purpose(text: str) -> None:
    found = events(text)
    assert any(g == "PROTEST" and m == "asserted" for _s, g, _t, m in found), found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Nepalese teachers did not begin a hunger strike to demand the resignation of the "
         "Indian ambassador.", "negated"),
        ("Nepalese teachers may begin a hunger strike to demand the resignation of the Indian "
         "ambassador.", "hypothetical"),
    ],
)  # fmt: skip
def test_protest_aim_keeps_the_protest_modality(text: str, modality: str) -> None:
    found = events(text)
    assert any(g == "PROTEST" and m == modality for _s, g, _t, m in found), found
    assert not any(g == "PROTEST" and m == "asserted" for _s, g, _t, m in found), found


# -- a handover to a party, whatever is handed over ------------------------------------------
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("Malawi extradited a wanted financier to Kenya on Sunday.", "COOPERATE"),
        ("Norwegian doctors handed over two tonnes of medicine to the Red Cross.", "AID"),
        ("Malawi turned the two suspects over to Kenya.", "COOPERATE"),
    ],
)
def test_handover_to_a_party_is_cooperation(text: str, etype: str) -> None:
    found = events(text)
    assert any(g == etype and m == "asserted" for _s, g, _t, m in found), found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Malawi refused to extradite the financier to Kenya.", "negated"),
        ("Malawi may extradite the financier to Kenya.", "hypothetical"),
    ],
)
def test_handover_keeps_the_modality(text: str, modality: str) -> None:
    found = events(text)
    assert has(found, "Malawi", "COOPERATE", "Kenya", modality), found
    assert not has(found, "Malawi", "COOPERATE", "Kenya"), found


def test_handing_without_over_is_no_handover() -> None:
    found = events("Malawi handed Kenya a defeat in the football final.")
    assert not any(g in ("COOPERATE", "AID") for _s, g, _t, _m in found), found


def test_rebels_in_a_country_of_several_words_keep_its_whole_name() -> None:
    found = extract_document({"id": "t", "text": "Rebels in the Ivory Coast attacked the army.",
                              "date": "2011-03-02"})  # fmt: skip
    names = {c.event.source.name for c in found}
    assert "Rebels in Ivory Coast" in names, names


# -- a state hosting another state's leader is a visit, not sanctuary -----------------------
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Kenya hosted the Ugandan foreign minister on Monday.", "asserted"),
        ("Kenya did not host the Ugandan foreign minister on Monday.", "negated"),
        ("Kenya may host the Ugandan foreign minister next week.", "hypothetical"),
    ],
)
def test_state_hosting_a_state_is_a_visit(text: str, modality: str) -> None:
    found = events(text)
    assert has(found, "Kenya", "CONSULT", "Uganda", modality), found
    assert not any(g == "AID" for _s, g, _t, _m in found), found


def test_state_hosting_armed_men_stays_sanctuary() -> None:
    found = events("Kenya hosted al-Shabaab commanders for years.")
    assert has(found, "Kenya", "AID", "Shabaab"), found
