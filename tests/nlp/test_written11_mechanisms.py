"""Written reports, round 11 (issue 9, helper written11): mechanisms found on round11_work,
each tested on invented sentences with negated, hedged or denied twins that must not be
asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_between, has, named_events


# -- "X alleged (that) Y did Z": an accusation of Y, as "charged that" -------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Afghan officials alleged that the ISI had armed the Haqqani network before the "
         "offensive.", "Afghan", "Inter-Services"),
        ("The Pakistani government alleged that the Afghan Taliban were protecting TTP "
         "commanders in Kunar.", "Pakistan", "Taliban"),
        # a passive complement: the accused is its agent, not its subject
        ("Kabul alleged the bombers had been trained in Waziristan by the ISI.", "Afghan",
         "Inter-Services"),
        ("Afghan officials charged that the suicide bombers were dispatched by the Haqqani "
         "network.", "Afghan", "Haqqani"),
    ],
)  # fmt: skip
def test_an_allegation_accuses_the_agent_of_its_complement(
    text: str, source: str, target: str
) -> None:
    found = named_events(text)
    assert has(found, source, "ACCUSE", target), found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Afghan officials never alleged that the ISI had armed the Haqqani network.",
         "Afghan", "Inter-Services"),
        ("Kabul may allege that the bombers were trained by the ISI.", "Afghan",
         "Inter-Services"),
        ("Afghan officials denied having alleged that the ISI had armed the Haqqanis.",
         "Afghan", "Inter-Services"),
    ],
)  # fmt: skip
def test_an_allegation_negated_or_hedged_is_not_asserted(
    text: str, source: str, target: str
) -> None:
    assert not asserted_between(named_events(text), source, target)


def test_what_is_alleged_is_not_asserted() -> None:
    found = named_events("Afghan officials alleged that the ISI had armed the Haqqani network.")
    assert not asserted_between(found, "Inter-Services", "Haqqani"), found


# -- "the group" after ", prompting X to ...": not the X its own clause names -----------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Islamic State Khorasan fighters killed three Taliban commanders in Kunar, prompting "
         "the Taliban to declare war on the group.", "Taliban", "REJECT", "Khorasan"),
        ("Pakistani troops detained two Al Qaeda couriers in Quetta, forcing the Taliban to "
         "distance itself from the group.", "Taliban", "REJECT", "Qaeda"),
    ],
)  # fmt: skip
def test_the_group_after_a_participle_clause_refers_back_past_its_subject(
    text: str, source: str, etype: str, target: str
) -> None:
    found = named_events(text, "2016-01-01")
    assert has(found, source, etype, target), found


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani troops detained two Al Qaeda couriers in Quetta, prompting the Taliban to "
        "consider breaking with the group.",
        "Pakistani troops detained two Al Qaeda couriers in Quetta, but the Taliban did not "
        "distance itself from the group.",
    ],
)
def test_the_group_after_a_participle_clause_twins_are_not_asserted(text: str) -> None:
    assert not asserted_between(named_events(text, "2016-01-01"), "Taliban", "Qaeda")


# -- "X, once allied with Y, now ...": a past tie does not make X Y's men ---------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Tribesmen from Bajaur, once allied with Lashkar-e-Islam, now fight alongside the "
         "Frontier Corps against the TTP.", "trib", "ASSAULT", "Tehrik"),
        ("Elders of the Mamund tribe, formerly allied with the Pakistani Taliban, expelled the "
         "group's last fighters in 2010.", "trib", "COERCE", "Tehrik"),
    ],
)  # fmt: skip
def test_a_past_tie_leaves_the_subject_its_own(
    text: str, source: str, etype: str, target: str
) -> None:
    found = named_events(text, "2013-01-01")
    assert has(found, source, etype, target), found
    assert not asserted_between(found, "Lashkar-e-Islam", "Tehrik"), found


def test_a_present_tie_still_stands_for_the_patron() -> None:
    found = named_events("Fighters loyal to the Haqqani network attacked Afghan army posts.")
    assert has(found, "Haqqani", "ASSAULT", "Afghan"), found


# -- "X asked Y to do Z; Y refused": the refusal answers the party that asked -----------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Americans asked the Haqqani network to free the soldier; the network refused.",
         "Haqqani", "United States"),
        ("Islamabad pressed the Afghan Taliban to expel TTP commanders from Kunar; the "
         "Taliban refused, proposing talks instead.", "Afghan Taliban", "Pakistan"),
        ("Washington urged the ISI to arrest Haqqani commanders, but the agency declined.",
         "Inter-Services", "U.S."),
    ],
)  # fmt: skip
def test_a_bare_refusal_rejects_the_party_that_asked(text: str, source: str, target: str) -> None:
    found = named_events(text, "2022-06-01")
    assert has(found, source, "REJECT", target), found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Americans asked the Haqqani network to free the soldier; the network might "
         "refuse.", "Haqqani", "United States"),
        ("Washington urged the ISI to arrest Haqqani commanders, but the agency did not "
         "refuse.", "Inter-Services", "U.S."),
        ("If Washington urges the ISI to arrest Haqqani commanders, the agency will decline.",
         "Inter-Services", "U.S."),
    ],
)  # fmt: skip
def test_a_bare_refusal_hedged_or_negated_is_not_asserted(
    text: str, source: str, target: str
) -> None:
    assert not asserted_between(named_events(text, "2022-06-01"), source, target)


# -- "X sheltering in Y": the country of hiding is no party sheltered ---------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Islamabad demanded the arrest of TTP commanders sheltering in Afghanistan.",
        "Al Qaeda leaders hiding in Pakistan sent couriers to Yemen.",
    ],
)
def test_refuge_taken_in_a_country_gives_it_nothing(text: str) -> None:
    found = named_events(text, "2022-06-01")
    assert not {
        e
        for e in found
        if e[1] == "AID"
        and ("Afghanistan" in e[2] or "Pakistan" in e[2])
        and e[2] not in ("Inter-Services Intelligence",)
    }, found


def test_sheltering_a_party_in_a_country_still_shelters_it() -> None:
    found = named_events("The Afghan Taliban sheltered TTP leaders in Afghanistan.", "2022-06-01")
    assert has(found, "Taliban", "AID", "Tehrik"), found


# -- "X has never acknowledged its support for Y": a factive verb presupposes an owned act ----
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Pakistan has never publicly acknowledged its support for the Afghan Taliban.",
         "Pakistan", "AID", "Taliban"),
        ("The ISI's patronage of the Haqqani network, one diplomat noted, was never admitted "
         "by Islamabad.", "Inter-Services", "SUPPORT", "Haqqani"),
        ("Islamabad's tolerance of the Quetta shura was never openly acknowledged.",
         "Pakistan", "CONCEDE", "Quetta"),
        ("The ISI's sponsorship of Lashkar-e-Taiba embarrassed its American partners.",
         "Inter-Services", "SUPPORT", "Lashkar"),
    ],
)  # fmt: skip
def test_an_owned_act_under_a_negated_factive_verb_is_asserted(
    text: str, source: str, etype: str, target: str
) -> None:
    found = named_events(text, "2010-01-01")
    assert has(found, source, etype, target), found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a clause stays unconfirmed; an unowned noun is no presupposition
        ("Islamabad has never acknowledged that the ISI supports the Afghan Taliban.",
         "Inter-Services", "Taliban"),
        ("Pakistan has never acknowledged any support for the Afghan Taliban.", "Pakistan",
         "Taliban"),
        # a hedge above the verb still counts, and so does one on the noun
        ("Pakistan may one day acknowledge its support for the Afghan Taliban.", "Pakistan",
         "Taliban"),
        ("The ISI's alleged sponsorship of Lashkar-e-Taiba was never acknowledged.",
         "Inter-Services", "Lashkar"),
    ],
)  # fmt: skip
def test_an_unowned_or_hedged_act_under_a_factive_verb_is_not_asserted(
    text: str, source: str, target: str
) -> None:
    assert not asserted_between(named_events(text, "2010-01-01"), source, target)


# -- "elders said X attacked their villages": a hostile act's victim is not the attacker ------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Tribal elders in Kurram said TTP fighters had attacked their villages.", "Tehrik",
         "trib"),
        ("Villagers in Bajaur complained that the Pakistani Taliban had raided their homes "
         "twice that winter.", "Tehrik", "villagers"),
        ("Pakistani officials said TTP fighters had attacked their checkpoints near Bannu.",
         "Tehrik", "Pakistan"),
    ],
)  # fmt: skip
def test_a_possessive_in_a_hostile_object_skips_the_attacker(
    text: str, source: str, target: str
) -> None:
    found = named_events(text)
    assert has(found, source, "ASSAULT", target), found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Tribal elders in Kurram said TTP fighters had never attacked their villages.",
         "Tehrik", "trib"),
        ("Tribal elders in Kurram feared that TTP fighters might attack their villages.",
         "Tehrik", "trib"),
        # a dwelling is people's: a body named before is not its owner
        ("The Frontier Corps said TTP fighters had attacked their villages.", "Tehrik",
         "Frontier"),
    ],
)  # fmt: skip
def test_a_possessive_in_a_hostile_object_twins(text: str, source: str, target: str) -> None:
    assert not asserted_between(named_events(text), source, target)


# -- "X planned the bombing that killed Y": the planner is the operation's agent ---------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Haqqani network planned the truck bombing that killed eleven Afghan soldiers in "
         "Paktia.", "Haqqani", "Afghan"),
        ("Baitullah Mehsud ordered the suicide attack which killed nine Frontier Corps "
         "soldiers in 2008.", "Tehrik", "Frontier"),
    ],
)  # fmt: skip
def test_the_planner_of_an_operation_that_killed_is_its_agent(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2010-01-01")
    assert has(found, source, "ASSAULT", target), found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Haqqani network did not plan the truck bombing that killed eleven Afghan "
         "soldiers.", "Haqqani", "Afghan"),
        ("The Haqqani network may have planned the truck bombing that killed eleven Afghan "
         "soldiers.", "Haqqani", "Afghan"),
        ("The Haqqani network planned an attack that would kill Afghan soldiers.", "Haqqani",
         "Afghan"),
        ("The Haqqani network condemned the bombing that killed eleven Afghan soldiers.",
         "Haqqani", "Afghan"),
    ],
)  # fmt: skip
def test_the_planner_twins_are_not_asserted(text: str, source: str, target: str) -> None:
    found = named_events(text, "2010-01-01")
    assert not {e for e in asserted_between(found, source, target) if e[1] == "ASSAULT"}, found


# -- "X welcomed Y's offer but rejected any conditions": the refusal answers Y -----------------
def test_a_rejected_thing_after_the_refusers_own_act_answers_its_other_party() -> None:
    found = named_events("The Afghan Taliban welcomed the Pakistani government's offer of "
                         "mediation but rejected any preconditions.", "2014-01-01")  # fmt: skip
    assert has(found, "Taliban", "REJECT", "Pakistan"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Afghan Taliban welcomed the Pakistani government's offer of mediation but did not "
        "reject any preconditions.",
        "The Afghan Taliban welcomed the Pakistani government's offer of mediation but might "
        "reject any preconditions.",
    ],
)
def test_a_rejected_thing_twins_are_not_asserted(text: str) -> None:
    found = named_events(text, "2014-01-01")
    assert not {e for e in asserted_between(found, "Taliban", "Pakistan") if e[1] == "REJECT"}


# -- "X considered doing Y before it finally did so": the act was done -------------------------
@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Washington weighed designating the Haqqani network for years before it finally did "
         "so in 2012.", "U.S.", "SANCTION", "Haqqani"),
        ("Islamabad threatened to expel the Haqqani network from North Waziristan and did so "
         "in 2014.", "Pakistan", "COERCE", "Haqqani"),
    ],
)  # fmt: skip
def test_did_so_carries_out_the_intended_act(
    text: str, source: str, etype: str, target: str
) -> None:
    found = named_events(text, "2016-01-01")
    assert has(found, source, etype, target), found


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Washington weighed designating the Haqqani network for years but never did so.",
         "U.S.", "SANCTION", "Haqqani"),
        ("Islamabad threatened to expel the Haqqani network from North Waziristan and may yet "
         "do so.", "Pakistan", "COERCE", "Haqqani"),
        ("Islamabad threatened to expel the Haqqani network from North Waziristan but did not "
         "do so.", "Pakistan", "COERCE", "Haqqani"),
    ],
)  # fmt: skip
def test_did_so_twins_leave_the_act_undone(text: str, source: str, etype: str, target: str) -> None:
    found = named_events(text, "2016-01-01")
    assert not has(found, source, etype, target), found


# -- "X rebuffed Saudi demands to expel Y": the request's author is rejected ------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Mullah Omar rebuffed Saudi demands to expel bin Laden in 1998.", "Taliban", "Saudi"),
        ("The Haqqani network spurned Pakistani demands to leave North Waziristan.", "Haqqani",
         "Pakistan"),
    ],
)  # fmt: skip
def test_a_refused_request_rejects_its_author(text: str, source: str, target: str) -> None:
    found = named_events(text, "2016-01-01")
    assert has(found, source, "REJECT", target), found
    assert not {e for e in found if e[1] == "REJECT" and "Qaeda" in e[2]}, found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Mullah Omar never rebuffed Saudi demands to expel bin Laden.", "Taliban", "Saudi"),
        ("Mullah Omar may have rebuffed Saudi demands to expel bin Laden.", "Taliban", "Saudi"),
    ],
)  # fmt: skip
def test_a_refused_request_twins_are_not_asserted(text: str, source: str, target: str) -> None:
    assert not asserted_between(named_events(text, "2016-01-01"), source, target)


# -- "X turned a blind eye to Y's activities": an idiom of tolerating Y ------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("For years Islamabad turned a blind eye to the Haqqani network's activities in North "
         "Waziristan.", "Pakistan", "Haqqani"),
        ("The Frontier Corps looked the other way on the TTP's recruitment drives in Swat.",
         "Frontier", "Tehrik"),
    ],
)  # fmt: skip
def test_a_tolerance_idiom_concedes_to_the_party(text: str, source: str, target: str) -> None:
    found = named_events(text, "2012-01-01")
    assert has(found, source, "CONCEDE", target), found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Islamabad never turned a blind eye to the Haqqani network's activities.", "Pakistan",
         "Haqqani"),
        ("Islamabad may have turned a blind eye to the Haqqani network's activities.",
         "Pakistan", "Haqqani"),
        ("Islamabad denied that it had turned a blind eye to the Haqqani network.", "Pakistan",
         "Haqqani"),
        ("The ISI turned its attention to the Haqqani network.", "Inter-Services", "Haqqani"),
    ],
)  # fmt: skip
def test_a_tolerance_idiom_twins_are_not_asserted(text: str, source: str, target: str) -> None:
    assert not asserted_between(named_events(text, "2012-01-01"), source, target)
