"""World-news recall, the round of branch peers8 (issue 9, the peers' gold sets), on invented
sentences.

Mechanisms, each with negated or hedged twins that must not be asserted: a measure taken over
a place (a curfew, martial law, a state of emergency, a blockade, an alert) names the place
as its party, also a city or a region of the doer's own country (an actor of type place,
never that country's state); a named city or region that an attack hits directly is its
target; a hostile act a party says it *will* do on a condition ("unless Y ...") is an
asserted threat; an announced readiness to act against a party is a threat too. None of the
sentences comes from a benchmark or a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted, has, id_events, named_events

from riftwatch.nlp.extract import extract_document


def events(text: str, date: str = "2010-05-14") -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text``."""
    return named_events(text, date)


def place_targets(text: str, date: str = "2010-05-14") -> list[tuple[str, str, str, str]]:
    """(source name, type, place name, modality) of the events whose target is a place."""
    out = []
    for coded in extract_document({"id": "t", "text": text, "date": date}):
        event = coded.event
        if event.target.type == "place":
            out.append((event.source.org_name or event.source.name, event.event_type,
                        event.target.name, event.modality))  # fmt: skip
    return out


# -- measures over a place (mechanisms.place_measures, nominals.yaml place_measures) ---------
@pytest.mark.parametrize(
    ("text", "etype", "place"),
    [
        ("Kenyan authorities imposed a curfew in the town of Garissa after the riots.",
         "COERCE", "Garissa"),
        ("Kenya declared a state of emergency in Mombasa on Friday.", "COERCE", "Mombasa"),
        ("Zambia reimposed a blockade on the Caprivi Strip.", "COERCE", "Caprivi Strip"),
        ("Zambian troops remained on alert in the Caprivi Strip.", "MOBILIZE", "Caprivi Strip"),
        ("Nigeria's government lifted the curfew in Jos.", "RETREAT", "Jos"),
    ],
)  # fmt: skip
def test_a_measure_over_a_place_names_the_place(text: str, etype: str, place: str) -> None:
    found = place_targets(text)
    assert any(t == etype and p == place and m == "asserted" for _s, t, p, m in found), found


def test_the_place_is_never_its_countrys_state() -> None:
    found = events("Kenyan authorities imposed a curfew in the town of Garissa.")
    assert not has(found, "Kenya", "COERCE", "Kenya", None), found
    # a measure in the doer's own country named as a whole names no other party
    found = events("Kenyan police imposed a curfew in Kenya after the riots.")
    assert not any(t == "COERCE" for _s, t, _g, _m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not impose a curfew in Mombasa.",
        "Kenya may impose a curfew in Mombasa.",
        "Kenya denied that it had imposed a curfew in Mombasa.",
        "Kenya is considering a state of emergency in Mombasa.",
    ],
)
def test_a_measure_not_taken_is_not_asserted(text: str) -> None:
    found = place_targets(text)
    assert not [e for e in found if e[3] == "asserted" and e[1] == "COERCE"], found


def test_a_threatened_measure_is_an_asserted_threat_to_the_place() -> None:
    found = place_targets("The Kenyan president threatened to impose a curfew in Nairobi.")
    assert any(t == "THREATEN" and p == "Nairobi" and m == "asserted" for _s, t, p, m in found)
    assert not any(t == "COERCE" and m == "asserted" for _s, t, _p, m in found), found
    found = place_targets("Kenya's president announced that he will extend the curfew in Kisumu.")
    # an announced measure: a threat with the modality of an intention (stop 38)
    assert any(t == "THREATEN" and p == "Kisumu" and m == "future" for _s, t, p, m in found)
    found = place_targets("Kenya's president did not threaten to impose a curfew in Kisumu.")
    assert not [e for e in found if e[3] == "asserted"], found


def test_a_place_measure_keeps_the_place_id_of_the_knowledge_base() -> None:
    found = id_events("Iraq's government imposed martial law in Mosul.", "2010-05-14")
    assert any(t == "COERCE" and target == "place:mosul" for _s, t, target, _m in found), found


# -- a named place attacked directly (mechanisms.attacked_places) ---------------------------
@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Ugandan rebels shelled the town of Gulu on Sunday.", "Gulu"),
        ("Ethiopia today launched its invasion of Puntland.", "Puntland"),
    ],
)
def test_a_place_attacked_directly_is_the_target(text: str, place: str) -> None:
    found = place_targets(text)
    assert any(t == "ASSAULT" and p == place and m == "asserted" for _s, t, p, m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Ugandan rebels did not shell the town of Gulu on Sunday.",
        "Ugandan rebels may have shelled the town of Gulu on Sunday.",
        "Ugandan rebels threatened to shell the town of Gulu.",
    ],
)
def test_a_place_not_attacked_is_not_asserted(text: str) -> None:
    found = place_targets(text)
    assert not [e for e in found if e[3] == "asserted" and e[1] == "ASSAULT"], found


def test_an_attack_located_in_a_place_names_no_party() -> None:
    # the theatre of an attack is no party: only its direct patient is
    found = place_targets("Ugandan rebels attacked an army post in the town of Gulu.")
    assert not any(p == "Gulu" for _s, _t, p, _m in found), found


# -- conditional threats without a threat verb (mechanisms.conditional_acts) ----------------
def test_a_hostile_act_on_a_condition_is_an_asserted_threat() -> None:
    found = events("Armenia will suspend talks with Azerbaijan unless Azerbaijan pulls back.")
    assert has(found, "Armenia", "THREATEN", "Azerbaijan"), found
    assert not has(found, "Armenia", "SANCTION", "Azerbaijan"), found  # the act: future
    found = events("Hamas will fire rockets at Israel if the blockade continues.")
    assert has(found, "Hamas", "THREATEN", "Israel"), found
    assert not has(found, "Hamas", "ASSAULT", "Israel"), found


@pytest.mark.parametrize(
    "text",
    [
        "Armenia will not suspend talks with Azerbaijan unless Azerbaijan pulls back.",
        "Armenia may suspend talks with Azerbaijan unless Azerbaijan pulls back.",
        "Armenia would suspend talks with Azerbaijan if Azerbaijan pulled back.",
        "Officials denied that Armenia will suspend talks with Azerbaijan unless it pulls back.",
        "Armenia will suspend talks with Azerbaijan next week.",
    ],
)
def test_negated_hedged_or_unconditional_acts_are_no_asserted_threat(text: str) -> None:
    found = events(text)
    assert not {e for e in asserted(found) if e[1] in ("THREATEN", "SANCTION")}, found


# -- readiness announced (mechanisms.announced_threats) --------------------------------------
def test_an_announced_readiness_to_act_against_a_party_is_a_threat() -> None:
    found = events("Iraq's government said it was ready to attack Syria.")
    assert has(found, "Iraq", "THREATEN", "Syria", "future"), found  # an intention (stop 38)
    assert not has(found, "Iraq", "ASSAULT", "Syria"), found


@pytest.mark.parametrize(
    "text",
    [
        "Iraq's government said it was not ready to attack Syria.",
        "Iraq's government denied that it was ready to attack Syria.",
    ],
)
def test_a_denied_or_negated_readiness_is_no_threat(text: str) -> None:
    found = events(text)
    assert not {e for e in asserted(found) if e[1] in ("THREATEN", "ASSAULT")}, found


# -- places described as such (mentions._described_place) ------------------------------------
def test_a_described_place_is_a_party_where_a_role_makes_it_one() -> None:
    found = place_targets("Iran threatened to cut off electricity to the Azerbaijani region of "
                          "Nakhichevan.")  # fmt: skip
    assert any(t == "THREATEN" and p == "Nakhichevan" and m == "asserted"
               for _s, t, p, m in found), found  # fmt: skip
    found = place_targets("Iran did not threaten to cut off electricity to the Azerbaijani "
                          "region of Nakhichevan.")  # fmt: skip
    assert not [e for e in found if e[3] == "asserted"], found


def test_a_described_place_that_is_only_a_setting_names_no_party() -> None:
    found = place_targets("Taliban fighters attacked a police post in the town of Musa Qala.")
    assert not found, found
    found = events("Taliban fighters attacked a police post in the town of Musa Qala.")
    assert has(found, "Taliban", "ASSAULT", "Police"), found


# -- a city's own authorities and crowds (mentions._local_body) ------------------------------
def test_a_citys_authorities_are_the_citys_not_the_other_partys() -> None:
    found = events("Kisumu authorities accused Uganda of smuggling arms.")
    assert has(found, "Kisumu authorities", "ACCUSE", "Uganda"), found
    assert not has(found, "Uganda", "ACCUSE", "Uganda", None), found
    found = events("Kisumu authorities did not accuse Uganda of smuggling arms.")
    assert not {e for e in asserted(found) if e[1] == "ACCUSE"}, found


def test_a_crowd_in_a_city_acts_as_a_party() -> None:
    found = events("Demonstrators in Mombasa protested against Uganda.")
    assert has(found, "Demonstrators in Mombasa", "PROTEST", "Uganda"), found
    found = events("Demonstrators in Mombasa did not protest against Uganda.")
    assert not asserted(found), found


def test_a_crowd_in_a_city_that_is_only_a_victim_is_no_actor() -> None:
    found = events("Kenyan police dispersed demonstrators in Mombasa.")
    assert not any("Mombasa" in t for _s, _g, t, _m in found), found


# -- comments on the other party (events.yaml labelling_verbs, condemning_nouns; cues.yaml) --
@pytest.mark.parametrize(
    "text",
    [
        "Kenya called Uganda's decision a mistake.",
        "Kenya described Uganda's move as unacceptable.",
        "Kenya slammed Uganda over the border closure.",
    ],
)
def test_a_judgement_of_the_other_partys_act_is_a_condemnation(text: str) -> None:
    assert has(events(text), "Kenya", "ACCUSE", "Uganda"), events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not describe Uganda's move as unacceptable.",
        "Kenya may slam Uganda over the border closure.",
        "Kenya denied that it had called Uganda's decision a mistake.",
    ],
)
def test_a_judgement_not_made_is_not_asserted(text: str) -> None:
    found = events(text)
    assert not {e for e in asserted(found) if e[1] == "ACCUSE"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya said it was pessimistic about talks with Uganda.",
        "Kenya was hopeful about a deal with Uganda.",
    ],
)
def test_an_expected_event_is_not_asserted(text: str) -> None:
    found = events(text)
    assert not {e for e in asserted(found) if e[1] in ("CONSULT", "AGREE")}, found


# -- borders closed to another party (mechanisms.closed_borders) ------------------------------
def test_a_border_closed_to_a_party_is_a_sanction_and_reopened_an_easing() -> None:
    assert has(events("Kenya closed its border with Somalia."), "Kenya", "SANCTION", "Somalia")
    found = events("Kenya sealed its airspace to Ugandan aircraft.")
    assert has(found, "Kenya", "SANCTION", "Uganda"), found
    found = events("Kenya reopened its border with Somalia.")
    assert has(found, "Kenya", "RETREAT", "Somalia"), found


@pytest.mark.parametrize(
    "text",
    [
        "Kenya did not close its border with Somalia.",
        "Kenya may close its border with Somalia.",
        "Kenya threatened to close its border with Somalia.",
    ],
)
def test_a_border_not_closed_is_no_asserted_sanction(text: str) -> None:
    found = events(text)
    assert not {e for e in asserted(found) if e[1] == "SANCTION"}, found
