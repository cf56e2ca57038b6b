"""Written reports, round 14 (issue 9, helper written14): mechanisms found on round14_work
and the misses of the earlier work halves, each tested on invented sentences with negated,
hedged or denied twins that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, asserted, has, named_events


# -- a noun in apposition re-describing the clause's act, judged or claimed by a party -------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("American aircraft bombed a Haqqani compound in Khost, a raid the Pakistani foreign "
         "office condemned.", "Pakistan", "ACCUSE", "United States"),
        ("Pakistani troops shelled Taliban positions across the border, an attack Kabul "
         "described as reckless.", "Afghan", "ACCUSE", "Pakistan"),
        ("The Afghan army stormed an Islamic State prison in Nangarhar, an operation the "
         "Taliban called a provocation.", "Taliban", "ACCUSE", "Afghan"),
        ("Gunmen killed four Frontier Corps soldiers in Kurram, an ambush the TTP said it had "
         "carried out.", "Tehrik-i-Taliban", "ASSAULT", "Frontier Corps"),
        ("A suicide bomber killed three American soldiers near Bagram, an attack the Haqqani "
         "network claimed.", "Haqqani", "ASSAULT", "U.S."),
        ("Gunmen killed six Afghan policemen in Ghazni, an attack the Taliban said they had "
         "mounted together with Al Qaeda.", "Al Qaeda", "ASSAULT", "Afghan"),
        ("Islamic State fighters beheaded six Taliban commanders in Kunar, a massacre the "
         "Taliban's leadership denounced as un-Islamic.", "Taliban", "ACCUSE", "Islamic State"),
        ("Islamic State fighters beheaded six Taliban commanders in Kunar, a massacre condemned "
         "by the Haqqani network.", "Haqqani", "ACCUSE", "Islamic State"),
    ],
)  # fmt: skip
def test_an_apposition_judging_or_claiming_the_clauses_act(text: str, source: str, etype: str,
                                                            target: str) -> None:  # fmt: skip
    assert_events(named_events(text, "2012-06-01"), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("American aircraft bombed a Haqqani compound in Khost, a raid the Pakistani foreign "
         "office did not condemn.", "Pakistan", "United States"),
        ("American aircraft bombed a Haqqani compound in Khost, a raid the Pakistani foreign "
         "office may yet condemn.", "Pakistan", "United States"),
        ("Gunmen killed four Frontier Corps soldiers in Kurram, an ambush the TTP said it had "
         "not carried out.", "Tehrik-i-Taliban", "Frontier Corps"),
        ("Gunmen killed four Frontier Corps soldiers in Kurram, an ambush the TTP denied "
         "carrying out.", "Tehrik-i-Taliban", "Frontier Corps"),
        ("A suicide bomber killed three American soldiers near Bagram, an attack the Haqqani "
         "network may have claimed.", "Haqqani", "U.S."),
        ("Islamic State fighters beheaded six Taliban commanders in Kunar, a massacre the "
         "Taliban's leadership never denounced.", "Taliban", "Islamic State"),
        ("A suicide bomber killed three American soldiers near Bagram, an attack the Haqqani "
         "network's commanders say was planned abroad.", "Haqqani", "U.S."),
    ],
)  # fmt: skip
def test_negated_hedged_or_denied_judgements_and_claims_are_not_asserted(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2012-06-01")
    assert not any(source in s and target in t for s, _g, t, _m in asserted(found)), found


def test_an_owned_noun_in_apposition_is_left_to_the_ordinary_rules() -> None:
    # the raid is the army's own: the foreign office judges the army's raid, not the bombers'
    assert_events(
        named_events(
            "American aircraft bombed a Haqqani compound in Khost, days after the Pakistani "
            "army's raid, which the Afghan government condemned.",
            "2012-06-01",
        ),
        gives_not=[("Afghan", "ACCUSE", "United States")],
    )


# -- the party of a free relative of saying or naming ----------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Pakistani jets bombed what the army said were Pakistani Taliban bunkers in "
         "Orakzai.", "Pakistan", "Tehrik-i-Taliban"),
        ("Afghan commandos raided what the NDS called an Islamic State bomb factory in "
         "Jalalabad.", "Afghan", "Islamic State"),
        ("Frontier Corps troops shelled what officials said was a Lashkar-e-Taiba training camp "
         "near the Line of Control.", "Frontier Corps", "Lashkar"),
    ],
)  # fmt: skip
def test_a_free_relative_of_saying_names_the_party_acted_on(text: str, source: str,
                                                            target: str) -> None:  # fmt: skip
    assert_events(named_events(text, "2014-03-01"), gives=[(source, "ASSAULT", target)])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Pakistani jets bombed what tribal elders said was a wedding party in Tirah.", "elder"),
        ("Pakistani jets bombed what the Taliban said was a religious school in Khost.",
         "Taliban"),
    ],
)  # fmt: skip
def test_the_speaker_of_the_free_relative_is_not_attacked(text: str, speaker: str) -> None:
    found = named_events(text, "2014-03-01")
    assert not any(speaker.lower() in t.lower() for _s, g, t, _m in found if g == "ASSAULT"), found


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani jets did not bomb what the army said were Pakistani Taliban bunkers in Orakzai.",
        "Pakistani jets may have bombed what the army said were Pakistani Taliban "
        "bunkers in Orakzai.",
        "The army denied that its jets had bombed what residents said were Pakistani "
        "Taliban bunkers in Orakzai.",
    ],
)
def test_free_relative_twins_are_not_asserted(text: str) -> None:
    found = named_events(text, "2014-03-01")
    assert not any(g == "ASSAULT" for _s, g, _t, _m in asserted(found)), found


# -- a bare "Taliban" whom local people fight inside Pakistan is the TTP ---------------------
@pytest.mark.parametrize(
    "text",
    [
        "Elders in Mohmand raised a lashkar in 2009 that torched the homes of Taliban commanders "
        "and seized their weapons.",
        "Tribesmen in Orakzai drove Taliban fighters out of three villages in 2010.",
    ],
)
def test_taliban_fought_by_locals_inside_pakistan_are_the_ttp(text: str) -> None:
    found = named_events(text, "2010-06-01")
    assert any("Tehrik-i-Taliban" in t for _s, _g, t, m in found if m == "asserted"), found
    assert not any("Afghan Taliban" in t for _s, _g, t, _m in found), found


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Villagers in Kandahar drove Taliban fighters out of three villages.", "2010-06-01"),
        ("Tribesmen in Orakzai drove Taliban fighters out of three villages in 2005.",
         "2005-06-01"),
    ],
)  # fmt: skip
def test_taliban_fought_by_locals_in_afghanistan_or_before_2007_stay_afghan(
    text: str, date: str
) -> None:
    found = named_events(text, date)
    assert not any("Tehrik-i-Taliban" in t for _s, _g, t, _m in found), found


# -- an act done on another party's intelligence ----------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Pakistani commandos, acting on tips from the CIA, detained an Al Qaeda financier in "
         "Faisalabad.", "Central Intelligence", "Pakistan"),
        ("Acting on intelligence supplied by the ISI, American drones struck an Al Qaeda "
         "compound in Shawal.", "Inter-Services", "U.S."),
        ("Afghan police seized a Haqqani truck bomb in Kabul on a tip from the NDS's informants "
         "in Khost.", "Directorate of Security", "Afghan"),
    ],
)  # fmt: skip
def test_an_act_done_on_a_partys_intelligence_is_its_help(text: str, source: str,
                                                          target: str) -> None:  # fmt: skip
    assert_events(named_events(text, "2012-06-01"), gives=[(source, "AID", target)])


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani commandos, acting on tips from the CIA, did not detain the Al Qaeda financier.",
        "Pakistani commandos may have detained an Al Qaeda financier on a tip from the CIA.",
        "Pakistani officials denied that their commandos had detained the financier on a tip "
        "from the CIA.",
        "The Al Qaeda financier was detained in Faisalabad on a tip from the CIA.",
    ],
)
def test_intelligence_twins_are_not_asserted(text: str) -> None:
    found = named_events(text, "2012-06-01")
    assert not any(g == "AID" for _s, g, _t, _m in asserted(found)), found


# -- meeting opposition is no meeting ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Islamic State's advance into Kunar met stiff resistance from the Taliban.",
         "Taliban", "Islamic State"),
        ("The TTP's return to Swat was met with hostility by local elders.", "elder",
         "Tehrik-i-Taliban"),
        ("Al Qaeda faced growing opposition from the Nusra Front in Idlib.", "Nusra", "Al Qaeda"),
    ],
)  # fmt: skip
def test_opposition_met_is_the_opponents_rejection_not_a_meeting(text: str, source: str,
                                                                 target: str) -> None:  # fmt: skip
    found = named_events(text, "2015-06-01")
    assert has(found, source, "REJECT", target), found
    assert not any(g == "CONSULT" for _s, g, _t, _m in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State's advance into Kunar did not meet any resistance from the Taliban.",
        "The Islamic State's advance into Kunar may meet stiff resistance from the Taliban.",
    ],
)
def test_opposition_twins_are_not_asserted(text: str) -> None:
    found = named_events(text, "2015-06-01")
    assert not any(g in ("REJECT", "CONSULT") for _s, g, _t, _m in asserted(found)), found


def test_a_meeting_is_still_a_meeting() -> None:
    assert_events(
        named_events("Taliban envoys met Pakistani officials in Murree.", "2015-06-01"),
        gives=[("Taliban", "CONSULT", "Pakistan")],
    )


# -- the operation that struck Y, carried out or planned by X (passive) -----------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The raid that killed Zarqawi was carried out by American special forces.", "U.S.",
         "Qaeda in Iraq"),
        ("The ambush that killed nine Frontier Corps soldiers was planned by the TTP's Mohmand "
         "chapter.", "Mohmand", "Frontier Corps"),
        ("U.S. officials said the Haqqani network was behind the siege of the Intercontinental "
         "hotel and the American embassy.", "Haqqani", "U.S."),
    ],
)  # fmt: skip
def test_an_operations_passive_agent_or_author_attacks_its_victims(text: str, source: str,
                                                                  target: str) -> None:  # fmt: skip
    assert_events(named_events(text, "2012-06-01"), gives=[(source, "ASSAULT", target)])


@pytest.mark.parametrize(
    "text",
    [
        "The raid that killed Zarqawi was not carried out by Iraqi troops alone.",
        "The ambush that killed nine Frontier Corps soldiers may have been planned by the TTP.",
        "Pakistan denied that the Haqqani network was behind the siege of the American embassy.",
    ],
)
def test_operation_agent_twins_are_not_asserted(text: str) -> None:
    found = named_events(text, "2012-06-01")
    assert not any(g == "ASSAULT" and "Frontier" not in s and "Iraq" not in s
                   for s, g, _t, _m in asserted(found)), found  # fmt: skip


# -- a cleft broken by an interposed attribution ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("It was the Haqqani network, a detainee said, that hid the Al Qaeda financiers.",
         "Haqqani", "AID", "Al Qaeda"),
        ("It was the Afghan Taliban, the UN said, that executed the captured Islamic State "
         "fighters.", "Taliban", "ASSAULT", "Islamic State"),
    ],
)  # fmt: skip
def test_the_focus_of_a_broken_cleft_is_the_subject(text: str, source: str, etype: str,
                                                    target: str) -> None:  # fmt: skip
    assert_events(named_events(text, "2016-06-01"), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text",
    [
        "It was not the Haqqani network, a detainee said, that hid the Al Qaeda financiers.",
        "It was not the Afghan Taliban, the UN said, that executed the captured Islamic State "
        "fighters.",
    ],
)
def test_a_negated_cleft_focus_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2016-06-01"), gives_not=[ANYTHING])


# -- safe passage is help ---------------------------------------------------------------------
def test_safe_passage_arranged_for_a_party_is_help() -> None:
    assert_events(
        named_events(
            "Haqqani commanders arranged safe passage for Al Qaeda's Arab fighters into Kurram.",
            "2009-06-01",
        ),
        gives=[("Haqqani", "AID", "Al Qaeda")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Haqqani commanders never arranged safe passage for Al Qaeda's Arab fighters.",
        "Haqqani commanders may have arranged safe passage for Al Qaeda's Arab fighters.",
        "Pakistani officials denied that Haqqani commanders had arranged safe passage for Al "
        "Qaeda's Arab fighters.",
    ],
)
def test_safe_passage_twins_are_not_asserted(text: str) -> None:
    found = named_events(text, "2009-06-01")
    assert not any(g == "AID" for _s, g, _t, _m in asserted(found)), found


# -- a plural attack noun read as a verb in the subject's place ------------------------------
def test_strikes_by_a_party_read_as_a_verb_are_its_attack() -> None:
    assert_events(
        named_events(
            "Missile strikes by the CIA killed nine Al Qaeda operatives in Datta Khel.",
            "2010-06-01",
        ),
        gives=[("Central Intelligence", "ASSAULT", "Al Qaeda")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Missile strikes by the CIA did not kill any Al Qaeda operatives in Datta Khel.",
        "Missile strikes by the CIA may have killed nine Al Qaeda operatives in Datta Khel.",
    ],
)
def test_strikes_twins_are_not_asserted(text: str) -> None:
    found = named_events(text, "2010-06-01")
    assert not any(g == "ASSAULT" for _s, g, _t, _m in asserted(found)), found


# -- "far from certain" doubts its clause -----------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "It is far from certain that the ISI armed the Haqqani network in 2012.",
        "It remains far from clear that Lashkar-e-Taiba trained Al Qaeda's recruits.",
    ],
)
def test_far_from_certain_is_not_asserted(text: str) -> None:
    assert_events(named_events(text, "2013-06-01"), gives_not=[ANYTHING])


def test_far_from_shunning_still_asserts_the_act() -> None:
    assert_events(
        named_events("The ISI, far from shunning the Haqqani network, armed it.", "2013-06-01"),
        gives=[("Inter-Services", "AID", "Haqqani")],
    )


# -- a threatened measure named as the object, with a condition on another party -------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Afghan Taliban threatened reprisals unless the Pakistani army halted its air "
         "strikes.", "Taliban", "Pakistan"),
        ("Riyadh threatened sanctions if the Taliban kept hosting Al Qaeda's leaders.", "Saudi",
         "Taliban"),
    ],
)  # fmt: skip
def test_a_threatened_measure_with_a_condition_threatens_its_party(
    text: str, source: str, target: str
) -> None:
    assert_events(named_events(text, "2016-06-01"), gives=[(source, "THREATEN", target)])


@pytest.mark.parametrize(
    "text",
    [
        "The Afghan Taliban did not threaten reprisals if the Pakistani army halted its strikes.",
        "The Afghan Taliban may threaten reprisals unless the Pakistani army halts its strikes.",
    ],
)
def test_threatened_measure_twins_are_not_asserted(text: str) -> None:
    found = named_events(text, "2016-06-01")
    assert not any(g == "THREATEN" for _s, g, _t, _m in asserted(found)), found
