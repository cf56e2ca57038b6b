"""Classes found by using riftwatch as an analyst on a corpus of the Sahel and Cabo Delgado
(stop 54).

1. "The Wagner Group has trained Malian army units" coded nothing: "army units" was no
   agent noun, so the object named no party (while "Malian soldiers" did). A state's
   formations named with its army ("army units", "a military unit", "army battalions")
   are its military; a bare "units" is not (the units of a named army or group are that
   army's or group's: "Imperial Japanese Army units").
2. "X and Y are JNIM units" coded nothing, while "X is a JNIM unit" did: a plural part noun
   said of coordinated names by a copula makes each a part of the whole.
3. "IS Sahel fighters attacked a JNIM camp" was read as the Islamic State itself: the Sahel
   province's short names are the province's (curated/walk55.yaml).
4. "Ansar Dine took Timbuktu from the Malian army" coded nothing: ground taken "from" a
   party (``mechanisms.ground_taken_from``, mmp28) counted groups only, never a country; a
   country named by its forces ("the Malian army") is a party that loses ground, the bare
   country stays a place ("took the town from Mali").
5. "The MNLA and Ansar Dine fighters together took ..." coded no joint operation: the parser
   hangs "together" on the subject's last noun right before the verb.
6. "for talking to Bamako", "at Maputo's request": the tagger called the capital an
   organisation and it became an open group of the city's name; a capital the knowledge
   base holds as its country's name (with context words the sentence lacked) is, as an
   organisation, that country's government.
7. "We, the mujahideen of JNIM, claim the attack on ..." in a file of no stated source type
   gave nothing: a sentence opening "We, the ... of X," names its speaker, whatever its verb.

The sentences are written for this file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_events, api_named, asserted_triples, has_triple


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Wagner Group has trained Malian army units.", "AID"),
        ("In 2021 the Wagner Group supplied drones to Nigerien military units.", "AID"),
        ("JNIM gunmen ambushed Burkinabe army units near Djibo.", "ASSAULT"),
    ],
)
def test_army_units_are_their_state_s_military(text: str, etype: str) -> None:
    found = asserted_triples(api_named(text, "2022-06-12"))
    assert any(g == etype and t in ("Mali", "Niger", "Burkina Faso") for _, g, t in found), found


def test_army_units_not_trained_are_not_asserted() -> None:
    found = api_named("The Wagner Group has not trained Malian army units.", "2022-06-12")
    assert not asserted_triples(found), found


def test_units_of_a_named_army_stay_that_army_s() -> None:
    found = asserted_triples(
        api_named(
            "In 1945 the Burma National Army attacked Imperial Japanese Army units across Burma.",
            "1945-03-30",
        )
    )
    assert has_triple(found, "Burma National Army", "ASSAULT", "Japan"), found
    assert not any(t == "Myanmar" for _, _, t in found), found


def test_coordinated_names_said_to_be_units_of_a_group_are_its_parts() -> None:
    found = asserted_triples(
        api_named("Katiba Serma and Katiba Macina are JNIM units.", "2022-06-12")
    )
    assert has_triple(found, "Katiba Serma", "COOPERATE", "Jama'at Nusrat")
    assert has_triple(found, "Macina", "COOPERATE", "Jama'at Nusrat"), found


@pytest.mark.parametrize(
    "text",
    [
        "Katiba Serma and Katiba Macina were never JNIM units.",
        "Katiba Serma and Katiba Macina may be JNIM units.",
    ],
)
def test_denied_or_hedged_units_are_not_asserted(text: str) -> None:
    found = asserted_triples(api_named(text, "2022-06-12"))
    assert not has_triple(found, "Katiba Serma", "COOPERATE", "Jama'at Nusrat"), found


@pytest.mark.parametrize(
    "text",
    [
        "IS Sahel fighters attacked a JNIM camp near Ansongo.",
        "JNIM and IS-Sahel fighters clashed near Tessit.",
    ],
)
def test_the_sahel_province_s_short_names_are_the_province(text: str) -> None:
    found = asserted_triples(api_named(text, "2022-06-12"))
    assert any("Greater Sahara" in s or "Greater Sahara" in t for s, _, t in found), found
    assert not any(s == "Islamic State" or t == "Islamic State" for s, _, t in found), found


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The Zorbat Front took Timbuktu from the Malian army.", "Mali"),
        ("The Zorbat Front took control of the town from the MNLA.", "Azawad"),
        ("The Zorbat Front took Menaka from Nigerien troops.", "Niger"),
    ],
)
def test_ground_taken_from_a_party_is_seized_from_it(text: str, target: str) -> None:
    # 4. "took X from Y" with a place or "control" as X: Y lost ground to the subject
    found = api_events(text, "2012-04-01")
    assert any(
        e["event_type"] == "COERCE"
        and e["mode"] == "seize"
        and target in e["target"]["name"]
        and e["modality"] == "asserted"
        for e in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        "The Zorbat Front took orders from the MNLA.",
        "The Zorbat Front took Timbuktu.",
        "The Zorbat Front did not take Timbuktu from the MNLA.",
        "The Zorbat Front may take Timbuktu from the MNLA.",
    ],
)
def test_orders_taken_or_ground_not_taken_seize_nothing(text: str) -> None:
    found = api_events(text, "2012-04-01")
    assert not any(e["event_type"] == "COERCE" and e["modality"] == "asserted" for e in found), (
        found
    )


def test_together_hung_on_the_subject_s_last_noun_still_joins_them() -> None:
    # 5. "X and Y fighters together took ...": the parser hangs "together" on "fighters"
    found = asserted_triples(
        api_named(
            "The MNLA and Ansar Dine fighters together took Timbuktu from the Malian army.",
            "2012-04-01",
        )
    )
    assert has_triple(found, "Azawad", "COOPERATE", "Ansar Dine"), found
    assert has_triple(found, "Ansar Dine", "COOPERATE", "Azawad"), found


def test_together_of_one_group_s_fighters_joins_nobody() -> None:
    found = asserted_triples(
        api_named("MNLA fighters together attacked the Malian army.", "2012-04-01")
    )
    assert not any(g == "COOPERATE" for _, g, _ in found), found


@pytest.mark.parametrize(
    ("text", "government"),
    [
        ("Kestrel Brigade leaders were denounced for talking to Bamako.", "org:mali-government"),
        ("Rwandan troops deployed at Maputo's request.", "org:mozambique-government"),
    ],
)
def test_a_capital_the_tagger_calls_an_organisation_is_its_government(
    text: str, government: str
) -> None:
    # 6. the tagger's ORG on a capital had made an open group of the city's name
    found = api_events(text, "2021-07-15")
    ids = {e["source"]["id"] for e in found} | {e["target"]["id"] for e in found}
    assert government in ids, found
    assert not any(i.startswith("open:") and ("bamako" in i or "maputo" in i) for i in ids)


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded in Bamako.",
        "JNIM fighters attacked a convoy near Bamako.",
        "Al-Mourabitoun claimed the raid on Bamako.",
    ],
)
def test_a_capital_as_a_place_is_no_party(text: str) -> None:
    found = api_events(text, "2021-07-15")
    assert not any("mali-government" in e["target"]["id"] for e in found), found


@pytest.mark.parametrize(
    "text",
    [
        "We, the mujahideen of JNIM, attacked the Malian army in Sevare.",
        "We, the mujahideen of JNIM, claim the attack on the Malian army in Sevare.",
    ],
)
def test_we_in_apposition_with_a_group_is_the_group(text: str) -> None:
    # 7. a first-person statement naming itself in apposition to "We", whatever its verb and
    # whatever source type the file was given
    found = asserted_triples(api_named(text, "2022-06-12"))
    assert has_triple(found, "Jama'at Nusrat", "ASSAULT", "Mali"), found


@pytest.mark.parametrize(
    "text",
    [
        "We, the mujahideen of JNIM, did not attack the Malian army in Sevare.",
        "The Taliban attacked the army. We, the people of Kunar, condemn the attack.",
    ],
)
def test_we_negated_or_of_no_group_asserts_no_group_s_act(text: str) -> None:
    found = asserted_triples(api_named(text, "2022-06-12"))
    assert not has_triple(found, "Jama'at Nusrat", "ASSAULT", "Mali"), found
    assert not any(g == "ACCUSE" for _, g, _ in found), found
