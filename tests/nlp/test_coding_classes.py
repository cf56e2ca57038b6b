"""Classes of coding (issue 9, item 5) on sentences written for these tests.

Symmetry, headline mode, claims of responsibility, the Taliban in context and the precision
defects a user found: each class is checked on invented sentences, never on the
development sets.
"""

from __future__ import annotations

from typing import Any

import pytest

from riftwatch.nlp import context, headline
from riftwatch.nlp.extract import extract_document
from riftwatch.nlp.lexicon import load

TTP = "Tehrik-i-Taliban Pakistan"
AFGHAN = "Afghan Taliban"


def coded(text: str, date: str = "2012-05-01") -> list[Any]:
    return extract_document({"id": "t", "text": text, "date": date})


def events(text: str, date: str = "2012-05-01") -> set[tuple[str, str, str, str]]:
    """(source, type, target, modality) of every event in ``text``."""
    return {
        (c.event.source.org_name or c.event.source.name, c.event.event_type,
         c.event.target.org_name or c.event.target.name, c.event.modality)
        for c in coded(text, date)
    }  # fmt: skip


def asserted(text: str, date: str = "2012-05-01") -> set[tuple[str, str, str]]:
    return {(s, t, g) for s, t, g, m in events(text, date) if m == "asserted"}


def both_ways(found: set[tuple[str, str, str]], a: str, etype: str, b: str) -> bool:
    return (a, etype, b) in found and (b, etype, a) in found


# -- symmetry ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "etype"),
    [
        ("The Haqqani network clashed with Lashkar-e-Taiba fighters near Khost.", "ASSAULT"),
        ("Lashkar-e-Taiba held talks with the Haqqani network in Muzaffarabad.", "CONSULT"),
        ("Haqqani network envoys met Lashkar-e-Taiba leaders in Peshawar last month.", "CONSULT"),
        ("Negotiations between the Haqqani network and Lashkar-e-Taiba stalled in May.",
         "CONSULT"),
        ("The Haqqani network signed an agreement with Lashkar-e-Taiba on prisoners.", "AGREE"),
    ],
)  # fmt: skip
def test_symmetric_events_hold_both_ways(text: str, etype: str) -> None:
    assert both_ways(asserted(text), "Haqqani Network", etype, "Lashkar-e-Taiba")


def test_cooperation_with_a_partner_stays_one_way() -> None:
    found = asserted("The Haqqani network cooperates with Lashkar-e-Taiba in Kunar.")
    assert ("Haqqani Network", "COOPERATE", "Lashkar-e-Taiba") in found
    assert ("Lashkar-e-Taiba", "COOPERATE", "Haqqani Network") not in found


def test_joint_acts_and_co_agents() -> None:
    planned = asserted("Lashkar-e-Taiba and the Haqqani network jointly planned the raid.")
    assert both_ways(planned, "Lashkar-e-Taiba", "COOPERATE", "Haqqani Network")
    raid = asserted("The TTP carried out a joint raid with Al Qaeda on a Pakistani army post.")
    assert both_ways(raid, TTP, "COOPERATE", "Al Qaeda")
    assert {(TTP, "ASSAULT", "Pakistan Army"), ("Al Qaeda", "ASSAULT", "Pakistan Army")} <= raid
    assert (TTP, "ASSAULT", "Al Qaeda") not in raid  # the partner is not the target
    alongside = asserted(
        "Al Qaeda fighters fought alongside the Haqqani network against the Afghan army."
    )
    assert ("Al Qaeda", "COOPERATE", "Haqqani Network") in alongside
    assert ("Haqqani Network", "COOPERATE", "Al Qaeda") not in alongside
    assert ("Haqqani Network", "ASSAULT", "Afghan National Army") in alongside
    effort = asserted("The ambush was a joint effort by the TTP, Al Qaeda and the Haqqani network.")
    assert both_ways(effort, TTP, "COOPERATE", "Haqqani Network")
    assert both_ways(effort, "Al Qaeda", "COOPERATE", "Haqqani Network")


def test_both_parties_named_before_a_clash() -> None:
    found = asserted("Heavy TTP-Lashkar-e-Islam clashes left 12 dead in Tirah", "2011-03-02")
    assert both_ways(found, TTP, "ASSAULT", "Lashkar-e-Islam")


# -- headlines ------------------------------------------------------------------------------
def test_headline_mode_is_decided_by_form() -> None:
    assert headline.reason("Militants storm police post in Bannu") == "no final full stop"
    assert headline.reason("Rebels Seize Two Towns Near The Border.") == "title case"
    assert headline.reason("Army kills 12 militants - officials.") == "source tag"
    assert headline.reason("The army said on Monday that it had killed 12 militants.") is None
    text, cited = headline.mask_citation("Dawn,2014-03-01,Militants storm police post.")
    assert cited and text.strip() == "Militants storm police post." and len(text) == 44
    assert headline.candidate(0, "Militants storm post", "Militants storm post\nBody.", 20)
    assert not headline.candidate(1, "Body.", "Militants storm post\nBody.", 26)


def test_headline_grammar_present_tense_and_no_verb() -> None:
    found = asserted("Pakistani troops kill 12 TTP militants in Khyber")
    assert ("Pakistan Army", "ASSAULT", TTP) in found
    # "attack" read as a noun: parsed again with the subject as a pronoun
    repaired = coded("Taliban attack Pakistani army post in Swat")
    assert [(c.event.source.org_name, c.event.event_type) for c in repaired] == [(TTP, "ASSAULT")]
    assert any("pronoun" in w for w in repaired[0].why)
    assert repaired[0].event.quote == "attack Pakistani army post"  # the real words


def test_headline_passives_instruments_and_implied_agents() -> None:
    drone = coded("Two Al Qaeda commanders killed in U.S. drone strike in North Waziristan")
    assert [(c.event.source.org_name, c.event.target.org_name, c.event.mode) for c in drone] == [
        ("U.S. military", "Al Qaeda", "drone")
    ]
    assert asserted("Drone strike kills four Haqqani fighters") == set()  # no owner named
    cia = coded("CIA drone strike kills four Haqqani fighters")
    assert [(c.event.source.org_name, c.event.mode) for c in cia] == [
        ("U.S. Central Intelligence Agency", "drone")
    ]
    raid = asserted("Five Lashkar-e-Taiba militants killed in raid in Punjab")
    assert raid == {("Pakistan Army", "ASSAULT", "Lashkar-e-Taiba")}
    assert asserted("Five Lashkar-e-Taiba militants killed in Punjab") == set()  # no agent
    assert asserted("Five Haqqani fighters killed in raid in Khost") == set()  # not Pakistan
    held = asserted("TTP commander killed, another held in Karachi")
    assert held == {("Pakistan Army", "COERCE", TTP)}


def test_headline_lists_and_both_sides_of_one_clash() -> None:
    found = asserted("Nine soldiers, 14 Taliban killed in clash in Kandahar")
    assert both_ways(found, AFGHAN, "ASSAULT", "Afghan National Army")
    # one side killed in someone else's drone strike: no mutual fight is invented
    assert asserted("Four TTP, two Al Qaeda militants killed in drone strike") == set()


def test_headline_future_and_citation_form() -> None:
    assert {m for *_r, m in events("Pakistan to hold talks with TTP")} == {"future"}
    text = "Reuters News,2014-03-01,Taliban attack Pakistani army post in Swat"
    found = coded(text, "2014-03-01")
    assert [(c.event.source.org_name, c.event.target.org_name) for c in found] == [
        (TTP, "Pakistan Army")
    ]
    assert text[found[0].start : found[0].end] == "Taliban attack Pakistani army post in Swat"


def test_a_headline_and_its_paragraph_give_one_event() -> None:
    text = ("TTP attack kills five Pakistani soldiers in Bajaur\n\n"
            "Tehrik-i-Taliban Pakistan fighters killed five Pakistani soldiers in an attack on "
            "a checkpoint in Bajaur, officials said.")  # fmt: skip
    found = [c for c in coded(text) if c.event.event_type == "ASSAULT"]
    assert len(found) == 1
    assert found[0].support and found[0].support[0]["sentence_index"] != found[0].sentence_index
    assert "support" in found[0].to_dict()
    claimed = ("Taliban fighters attacked a Pakistani army post in Swat, officials said. "
               "The TTP later claimed responsibility for the attack on the army.")  # fmt: skip
    told = [c for c in coded(claimed) if c.event.event_type == "ASSAULT"]
    assert len(told) == 1  # "the attack" refers back to the attack already told
    assert told[0].support[0]["attributed_to"]["channel"] == "militant_statement"
    separate = (
        "The TTP attacked a Pakistani army convoy in Swat. "
        "Separately, TTP gunmen shot two Pakistani soldiers at a market in Bannu."
    )
    assert len([c for c in coded(separate) if c.event.event_type == "ASSAULT"]) == 2


# -- claims ---------------------------------------------------------------------------------
def test_a_claim_of_ones_own_attack_is_asserted_and_attributed() -> None:
    found = coded("IS claims killing two Pakistani policemen in Quetta")
    assert [(c.event.source.org_name, c.event.modality) for c in found] == [
        ("Islamic State", "asserted")
    ]
    assert found[0].attributed_to["channel"] == "militant_statement"
    assert found[0].attributed_to["id"] == "org:islamic-state"
    responsibility = coded("The TTP claimed responsibility for the attack on the Pakistani army.")
    assert [(c.event.event_type, c.event.modality) for c in responsibility] == [
        ("ASSAULT", "asserted")
    ]
    assert responsibility[0].attributed_to["channel"] == "militant_statement"
    state = coded("The Pakistani army says it killed 12 TTP militants in Orakzai.")
    assert state[0].event.modality == "asserted"
    assert state[0].attributed_to["channel"] == "public_statement"


def test_denied_or_refused_claims_assert_nothing() -> None:
    found = events("The TTP denied responsibility for the attack on the Pakistani army.")
    assert found and not any(m == "asserted" for *_r, m in found)
    assert not any(m == "asserted" for *_r, m in events(
        "The TTP did not claim the attack on the Pakistani army."))  # fmt: skip


# -- the Taliban in context -----------------------------------------------------------------
def test_bare_taliban_fighting_the_pakistani_state_after_2007_is_the_ttp() -> None:
    text = "Taliban fighters attacked a Pakistani army post in Swat."
    assert (TTP, "ASSAULT", "Pakistan Army") in asserted(text, "2012-05-01")
    assert (AFGHAN, "ASSAULT", "Pakistan Army") in asserted(text, "2005-05-01")  # before TTP
    afghan = "Taliban fighters attacked an Afghan army post in Kandahar."
    assert (AFGHAN, "ASSAULT", "Afghan National Army") in asserted(afghan)
    qualified = "The Afghan Taliban attacked a Pakistani army post."
    assert (AFGHAN, "ASSAULT", "Pakistan Army") in asserted(qualified)


def test_taliban_beside_the_ttp_named_separately_is_the_afghan_taliban() -> None:
    found = events("The Taliban refused to shelter members of the TTP.")
    assert (AFGHAN, "REJECT", TTP, "asserted") in found
    assert (AFGHAN, "AID", TTP, "negated") in found


def test_bare_taliban_recognition() -> None:
    lex = load()
    assert context.is_bare_taliban("the Taleban commanders", lex)
    assert not context.is_bare_taliban("Swat Taliban", lex)
    assert not context.is_bare_taliban("Taliban shura", lex)


# -- precision defects --------------------------------------------------------------------
def test_a_denial_is_attributed_to_the_denier_not_an_accusation() -> None:
    found = coded("Pakistani officials denied that the ISI funded the Haqqani network.")
    assert [(c.event.event_type, c.event.modality) for c in found] == [("AID", "denied")]
    assert found[0].attributed_to["name"] == "Pakistani officials"


def test_a_possible_cut_is_not_a_firm_negation() -> None:
    found = events("The ISI might cut ties with the Haqqani network.")
    assert found
    assert {m for *_r, m in found} == {"hypothetical"}
    done = events("The ISI cut ties with the Haqqani network.")
    assert ("Inter-Services Intelligence", "REJECT", "Haqqani Network", "asserted") in done
    assert ("Inter-Services Intelligence", "COOPERATE", "Haqqani Network", "negated") in done


def test_a_tip_off_is_aid_and_a_warning_a_threat() -> None:
    tip = coded("The ISI warned the Haqqani network about a planned raid.")
    assert [(c.event.event_type, c.event.mode, c.event.modality) for c in tip] == [
        ("AID", "tip-off", "asserted")
    ]
    threat = asserted("The Pakistani army warned the TTP of a crackdown.")
    assert threat == {("Pakistan Army", "THREATEN", TTP)}
    tipped = asserted("The ISI tipped off the Haqqani network before the raid.")
    assert ("Inter-Services Intelligence", "AID", "Haqqani Network") in tipped


def test_a_possessive_binds_to_the_nearest_actor() -> None:
    found = asserted("The TTP condemns the Pakistani army for its attacks on the Haqqani network.")
    assert ("Pakistan Army", "ASSAULT", "Haqqani Network") in found
    assert (TTP, "ASSAULT", "Haqqani Network") not in found
    own = asserted("The TTP said its fighters attacked the Pakistani army in Swat.")
    assert (TTP, "ASSAULT", "Pakistan Army") in own


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The ISI may be sheltering Al Qaeda leaders in Quetta.", "uncertain"),
        ("The ISI may have funded the Haqqani network.", "uncertain"),
        ("The ISI probably funded the Haqqani network.", "uncertain"),
        ("The ISI allegedly funded the Haqqani network.", "uncertain"),
        ("The ISI's alleged payments to the Haqqani network continued.", "uncertain"),
        ("The ISI reportedly funded the Haqqani network.", "asserted"),
        ("The ISI could fund the Haqqani network.", "hypothetical"),
        ("The ISI is suspected of sheltering Al Qaeda leaders.", "uncertain"),
        ("It is possible that the ISI funded the Haqqani network.", "uncertain"),
    ],
)
def test_hedges_are_uncertain_and_reportedly_is_asserted(text: str, modality: str) -> None:
    assert {m for *_r, m in events(text)} == {modality}


def test_renewed_pledges_and_drone_strikes_have_their_modes() -> None:
    renewed = coded("The TTP renewed its pledge of allegiance to Mullah Omar.")
    assert [(c.event.event_type, c.event.mode) for c in renewed] == [("SUPPORT", "pledge")]
    reaffirmed = coded("Al Qaeda in the Arabian Peninsula reaffirmed its allegiance to Zawahiri.")
    assert {(c.event.event_type, c.event.mode) for c in reaffirmed} == {("SUPPORT", "pledge")}
    drones = coded("American drones killed three Haqqani network commanders in Miranshah.")
    assert [(c.event.event_type, c.event.mode) for c in drones] == [("ASSAULT", "drone")]


def test_coordinated_verbs_keep_their_own_modality() -> None:
    found = events("Jalaluddin Haqqani denied the report and pledged allegiance to Mullah Omar.")
    assert ("Haqqani Network", "SUPPORT", AFGHAN, "asserted") in found
    concession = events("Although the ISI backed the Haqqani network, Al Qaeda rejected its "
                        "offer.")  # fmt: skip
    assert ("Inter-Services Intelligence", "SUPPORT", "Haqqani Network", "asserted") in concession


def test_lexicon_data_for_the_classes() -> None:
    from riftwatch.nlp.extract import _resolver

    lex = load()
    assert lex.version.startswith("events-20+cues-14+")
    assert lex.verbs["meet"]["frame"] == "symmetric" and lex.nouns["talks"]["frame"] == "symmetric"
    assert lex.instruments["drone"] == "drone" and "joint" in lex.joint_modifiers
    kb = _resolver().kb
    implied = context.implied_agent("PAK", lex, kb)
    assert implied is not None and implied.type == "military"
    assert context.implied_agent("AFG", lex, kb) is None  # not a convention there
    for key in ("default", "inside"):
        assert kb.find(lex.taliban_context[key]) is not None
    places = context.places_in("Militants crossed near the Afghan border into Kurram.", None,
                               _resolver())  # fmt: skip
    assert [(p.iso3, p.border) for p in places] == [("AFG", True), ("PAK", False)]
    assert context.sentence_country(places) == "PAK"


@pytest.mark.parametrize(
    "text",
    [
        "Nothing in the reports suggests that the Haqqani network has stopped hosting Al Qaeda.",
        "No evidence shows that the ISI funded the Haqqani network last year.",
        "Nobody at the ministry said that the Taliban attacked Al Qaeda fighters.",
        "No official confirmed that the Haqqani network sheltered Al Qaeda members.",
    ],
)
def test_negative_subject_of_a_reporting_verb_asserts_nothing(text: str) -> None:
    """'Nothing suggests that X did Y': the complement is not asserted (a distancing that
    nobody reports must not become one)."""
    found = events(text)
    assert found, "the pair is still coded, as not asserted"
    assert not {e for e in found if e[3] == "asserted"}


def test_a_plain_report_of_the_same_act_stays_asserted() -> None:
    assert ("Afghan Taliban", "ASSAULT", "Al Qaeda") in asserted(
        "Officials at the ministry said that the Taliban attacked Al Qaeda fighters."
    )
