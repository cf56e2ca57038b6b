"""World-news recall, the round of branch peers9 (issue 9, the peers' gold sets), on invented
sentences.

Mechanisms, each with negated or hedged twins that must not be asserted: a hostile act done
in a named city or region that names no other party is done to the place (an actor of type
place, never its country's state, also when the place is a capital the sentence reads as
its government); an attack or explosive weapon whose author no one names, hitting named
parties, is an attack by unidentified militants whose mention is the attack's own phrase.
None of the sentences comes from a benchmark or a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import named_events

from riftwatch.nlp.extract import extract_document


def coded(text: str, date: str = "2010-05-14") -> list[tuple[str, str, str, str, str, str]]:
    """(source name, source mention, type, target name, target type, modality) of every
    event in ``text``."""
    out = []
    for c in extract_document({"id": "t", "text": text, "date": date}):
        e = c.event
        source, target = e.source.org_name or e.source.name, e.target.org_name or e.target.name
        out.append((source, e.source.mention, e.event_type, target, e.target.type or "",
                    e.modality))  # fmt: skip
    return out


# -- hostile acts done in a named place (mechanisms.located_acts) ---------------------------
@pytest.mark.parametrize(
    ("text", "etype", "place"),
    [
        ("Somali rebels exploded a series of bombs in the capital Mogadishu.", "ASSAULT",
         "Mogadishu"),
        ("Ugandan rebels attacked a market in the town of Gulu on Sunday.", "ASSAULT", "Gulu"),
        ("Supporters of the Kenyan opposition blocked roads in the city of Kisumu.", "COERCE",
         "Kisumu"),
        ("The Red Cross suspended aid deliveries in Kismayo on Monday.", "SANCTION", "Kismayo"),
    ],
)  # fmt: skip
def test_a_hostile_act_done_in_a_place_is_done_to_the_place(
    text: str, etype: str, place: str
) -> None:
    found = coded(text)
    assert any(t == etype and g == place and kind == "place" and m == "asserted"
               for _s, _n, t, g, kind, m in found), found  # fmt: skip


def test_a_capital_named_as_the_place_is_the_city_not_the_government() -> None:
    found = coded("Afghan rebels exploded a series of bombs in the capital Kabul.")
    assert any(t == "ASSAULT" and g == "Kabul" and kind == "place" and m == "asserted"
               for _s, _n, t, g, kind, m in found), found  # fmt: skip
    assert not any("Government" in g for _s, _n, _t, g, _k, _m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Somali rebels did not explode any bombs in the capital Mogadishu.",
        "Somali rebels may have exploded bombs in the capital Mogadishu.",
        "Police denied that Somali rebels had exploded bombs in the capital Mogadishu.",
        "The Red Cross is considering suspending aid deliveries in Kismayo.",
        "Supporters of the Kenyan opposition never blocked roads in the city of Kisumu.",
    ],
)
def test_a_hostile_act_not_done_in_a_place_is_not_asserted(text: str) -> None:
    found = coded(text)
    assert not [e for e in found if e[4] == "place" and e[5] == "asserted"], found


def test_a_country_named_as_the_place_of_an_attack_stays_a_theatre() -> None:
    found = coded("Ugandan rebels exploded a series of bombs in Kenya.")
    assert not any(g == "Kenya" for _s, _n, _t, g, _k, _m in found), found


def test_an_act_with_its_own_party_does_not_add_the_place() -> None:
    found = coded("Somali rebels killed three Kenyan soldiers in the town of Kismayo.")
    assert any(t == "ASSAULT" and g == "Kenya" for _s, _n, t, g, _k, _m in found), found
    assert not any(kind == "place" for _s, _n, _t, _g, kind, _m in found), found


# -- attacks whose author no one names (mechanisms.unowned_attacks) -------------------------
@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("A roadside bombing near the town of Kismayo killed two Kenyan soldiers.",
         "roadside bombing near the town of Kismayo"),
        ("Two Kenyan soldiers were killed in a car bomb explosion in central Mogadishu.",
         "car bomb explosion in central Mogadishu"),
        ("Three Kenyan soldiers were killed by an improvised explosive device outside "
         "the Somali city of Kismayo.",
         "improvised explosive device outside the Somali city of Kismayo"),
        ("A landmine explosion near Kismayo on Sunday killed four Kenyan soldiers.",
         "landmine explosion near Kismayo"),
    ],
)  # fmt: skip
def test_an_attack_nobody_is_named_for_is_by_unidentified_militants(text: str, phrase: str) -> None:
    found = coded(text)
    assert any(s == "unidentified militants" and n == phrase and t == "ASSAULT" and g == "Kenya"
               and m == "asserted" for s, n, t, g, _k, m in found), found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Two Kenyan soldiers were not killed in the car bomb explosion in Mogadishu.",
        "Two Kenyan soldiers may have been killed in a car bomb explosion in Mogadishu.",
        "Police denied that a roadside bombing had killed two Kenyan soldiers.",
        "A roadside bombing could kill Kenyan soldiers, officials warned.",
    ],
)
def test_an_unowned_attack_not_done_is_not_asserted(text: str) -> None:
    found = coded(text)
    assert not [e for e in found if e[0] == "unidentified militants" and e[5] == "asserted"], found


@pytest.mark.parametrize(
    "text",
    [
        "A drone strike killed five al-Shabaab fighters.",  # a state's weapon: no author
        "Six al-Shabaab fighters were killed in Kismayo.",  # no attack named: no agent
    ],
)
def test_no_unnamed_author_without_an_explosive_attack(text: str) -> None:
    found = coded(text)
    assert not any(s == "unidentified militants" for s, *_rest in found), found


def test_a_named_author_keeps_the_attack() -> None:
    found = named_events("Two Kenyan soldiers were killed in an al-Shabaab bombing.")
    assert ("Al-Shabaab", "ASSAULT", "Kenya", "asserted") in found, found
    assert not any(s == "unidentified militants" for s, _t, _g, _m in found), found


# -- a threatened sanction is a threat (code.SentenceCoder._threat) -------------------------
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Kenya threatened to impose import restrictions against Ugandan goods.", "Uganda"),
        ("Kenya threatened to ban voting in the town of Kisumu.", "Kisumu"),
        ("Kenya warned that it will suspend aid deliveries to Uganda.", "Uganda"),
    ],
)
def test_a_threatened_sanction_is_an_asserted_threat(text: str, target: str) -> None:
    found = named_events(text)
    assert ("Kenya", "THREATEN", target, "asserted") in found, found
    assert ("Kenya", "SANCTION", target, "asserted") not in found, found  # the act: future


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not threaten to ban voting in the town of Kisumu.",
        "Kenya may threaten to suspend aid deliveries to Uganda.",
        "Kenya denied that it had threatened to cut aid to Uganda.",
        "Kenya warned that Somalia will suspend aid deliveries to Uganda.",  # Somalia's act
    ],
)
def test_a_sanction_threat_not_made_is_not_asserted(text: str) -> None:
    found = named_events(text)
    assert not [e for e in found if e[0] == "Kenya" and e[1] == "THREATEN" and e[3] == "asserted"]


# -- forces led by a country are its forces (mentions._led_by_country) ----------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kenyan-led forces attacked al-Shabaab on Sunday.",
        "Kenyan-led forces launched rocket fire against al-Shabaab camps.",
    ],
)
def test_forces_led_by_a_country_are_its_forces(text: str) -> None:
    found = named_events(text)
    assert any(s.startswith("Kenya") and t == "ASSAULT" and g == "Al-Shabaab" and m == "asserted"
               for s, t, g, m in found), found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Kenyan-led forces did not attack al-Shabaab on Sunday.",
        "Kenyan-led forces may have attacked al-Shabaab on Sunday.",
        "Kenya denied that Kenyan-led forces had attacked al-Shabaab.",
    ],
)
def test_forces_led_by_a_country_that_did_not_attack_are_not_asserted(text: str) -> None:
    found = named_events(text)
    assert not [e for e in found if e[1] == "ASSAULT" and e[3] == "asserted"], found
