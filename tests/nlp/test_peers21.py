"""World-news constructions of issue 9, round 21 (peers21), on invented sentences.

- Phrasal censure: "X lashed out at Y", "X hit out at Y" (CAMEO 111, ACCUSE from X to Y;
  events.yaml ``lash``, ``particle_idioms``), never an attack on Y.
- A verb with a particle that stands for another verb: "X handed back the prisoners to Y"
  returns them (RETREAT, CAMEO 084), where "handed over" stays a handover.
- Blame through a predicated adjective: "X held Y responsible (accountable) for ..." accuses
  Y (CAMEO 112; events.yaml ``complement_idioms``), as "X blamed Y for ..." does.
- A gift: "X donated rice to Y" is aid (CAMEO 070), as "X gave rice to Y" is.
- A diplomatic post closed or reopened in a country: "X closed its embassy in Y" (SANCTION,
  CAMEO 161), "X reopened its embassy in Y" (SUPPORT, CAMEO 054); nominals.yaml
  ``diplomatic_post_verbs``, ``diplomatic_post_nouns``; a street protest at a state's embassy
  ("X demonstrated outside the Y embassy", "marched on the Y embassy") is against that state
  (PROTEST, CAMEO 141; ``post_protest_verbs``, ``post_protest_nouns``, ``post_protest_preps``).
- An act of returning or releasing its own party says it will not do ("X will not release Y's
  prisoners", "X said it would not lift the ban on Y") is a refusal made now (REJECT,
  asserted; CAMEO 124 "decline to yield"; cues.yaml ``refusing_future_aux``, ``refusable_types``,
  ``modality.refused_in_future``), not a past act undone, a counterfactual, a hostile act, a
  help, tie or permission withheld ("will not support Y", "would not allow ..." stay
  negated: promises) or talks.
- A call with a purpose of the caller's ("X called Y to discuss the crisis", "... on
  Wednesday to congratulate him") is a telephone consultation (CONSULT phone, CAMEO 041;
  events.yaml ``purpose_idioms``), not an appeal; "called on Y to ..." stays one.
- Refugees accepted or admitted are hosted (AID sanctuary; events.yaml ``object_idioms``), and
  property returned to a party is a return (RETREAT, CAMEO 0842; nominals.yaml
  ``returning_verbs``, ``returned_things``), never people sent back or fire returned.

Each has negated, hedged or denied twins that must not come out asserted. None of the
sentences comes from a benchmark or a development set.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, named_events


def events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, "2004-03-09")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Chad lashed out at Sudan on Friday for arming the rebels.", "Chad", "Sudan"),
        ("The Ghanaian president hit out at Togo over the closure of the frontier.",
         "Ghana", "Togo"),
        ("Bolivia sharply lashed out at Chile in a speech to the assembly.", "Bolivia", "Chile"),
    ],
)  # fmt: skip
def test_lashing_out_at_a_party_censures_it(text: str, source: str, target: str) -> None:
    assert_events(
        events(text),
        gives=[(source, "ACCUSE", target)],
        gives_not=[(source, "ASSAULT", target, None)],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Chad did not lash out at Sudan.",
        "Chad may lash out at Sudan if the raids go on.",
        "Chad denied that it had hit out at Sudan.",
        "The Ghanaian president refused to hit out at Togo.",
    ],
)
def test_lashing_out_not_done_is_not_asserted(text: str) -> None:
    assert_events(events(text), gives_not=[("", "ACCUSE", "")])


def test_hitting_a_party_without_the_particle_is_still_an_attack() -> None:
    assert_events(
        events("Ugandan troops hit Sudanese army positions near the border."),
        gives=[("Ugan", "ASSAULT", "Sudan")],
        gives_not=[("Ugan", "ACCUSE", "Sudan", None)],
    )


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Israel handed back two captured soldiers to Lebanon.", "Israel", "Lebanon"),
        ("Eritrea handed back the disputed border town to Ethiopia.", "Eritrea", "Ethiopia"),
    ],
)
def test_handing_back_to_a_party_returns_to_it(text: str, source: str, target: str) -> None:
    assert_events(
        events(text),
        gives=[(source, "RETREAT", target)],
        gives_not=[(source, ("COERCE", "ASSAULT"), target, None)],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Israel did not hand back the captured soldiers to Lebanon.",
        "Israel refused to hand back the captured soldiers to Lebanon.",
        "Israel may hand back the captured soldiers to Lebanon next week.",
    ],
)
def test_handing_back_not_done_is_not_asserted(text: str) -> None:
    assert_events(events(text), gives_not=[("Israel", "RETREAT", "Lebanon")])


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Iraq held Iran responsible for the bombing of the pipeline.", "Iraq", "Iran"),
        ("The Kenyan government held Somalia accountable for the cross-border raids.",
         "Kenya", "Somalia"),
    ],
)  # fmt: skip
def test_holding_a_party_responsible_accuses_it(text: str, source: str, target: str) -> None:
    assert_events(events(text), gives=[(source, "ACCUSE", target)])


@pytest.mark.parametrize(
    "text",
    [
        "Iraq did not hold Iran responsible for the bombing.",
        "Iraq may hold Iran responsible for the bombing.",
        "Iraq denied that it held Iran responsible for the bombing.",
    ],
)
def test_blame_not_laid_is_not_asserted(text: str) -> None:
    assert_events(events(text), gives_not=[("Iraq", "ACCUSE", "Iran")])


def test_holding_a_party_without_the_adjective_is_no_accusation() -> None:
    assert_events(
        events("Iraq held talks with Iran on the border."),
        gives_not=[("Iraq", "ACCUSE", "Iran", None)],
    )


def test_a_donation_to_a_party_is_aid() -> None:
    assert_events(
        events("Japan donated 20,000 tonnes of rice to North Korea."),
        gives=[("Japan", "AID", "North Korea")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Japan did not donate any rice to North Korea.",
        "Japan denied donating rice to North Korea.",
        "Japan may donate rice to North Korea later this year.",
    ],
)
def test_a_donation_not_made_is_not_asserted(text: str) -> None:
    assert_events(events(text), gives_not=[ANYTHING])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Libya closed its embassy in Nigeria on Monday.", "Libya", "SANCTION", "Nigeria"),
        ("Britain shut its consulate in Syria after the riots.", "United Kingdom", "SANCTION",
         "Syria"),
        ("Nigeria closed the Libyan embassy in Lagos.", "Nigeria", "SANCTION", "Libya"),
        ("Iraq reopened its embassy in Kuwait after twelve years.", "Iraq", "SUPPORT", "Kuwait"),
    ],
)  # fmt: skip
def test_a_diplomatic_post_closed_or_reopened_in_a_country(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(events(text), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text",
    [
        "Libya did not close its embassy in Nigeria.",
        "Libya threatened to close its embassy in Nigeria.",
        "Libya may close its embassy in Nigeria next month.",
        "Libya denied that it had closed its embassy in Nigeria.",
    ],
)
def test_a_diplomatic_post_not_closed_is_not_asserted(text: str) -> None:
    assert_events(events(text), gives_not=[("Libya", "SANCTION", "Nigeria")])


def test_an_embassy_in_an_unnamed_town_names_no_party() -> None:
    assert_events(
        events("Libya closed its embassy in the capital."),
        gives_not=[("Libya", "SANCTION", "")],
    )


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Hundreds of Palestinians demonstrated outside the Israeli embassy.", "Palest",
         "Israel"),
        ("Egyptian students marched on the U.S. embassy in Cairo.", "Egypt", "U.S."),
        ("Thousands of Kenyans staged a protest in front of the Ugandan embassy in Nairobi.",
         "Keny", "Uganda"),
    ],
)  # fmt: skip
def test_a_protest_at_a_states_embassy_is_against_that_state(
    text: str, source: str, target: str
) -> None:
    assert_events(events(text), gives=[(source, "PROTEST", target)])


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of Palestinians did not demonstrate outside the Israeli embassy.",
        "Hundreds of Palestinians planned to demonstrate outside the Israeli embassy.",
        "Hundreds of Palestinians may stage a protest outside the Israeli embassy.",
        "Palestinian diplomats gathered at the Israeli embassy for the talks.",
    ],
)
def test_a_protest_at_an_embassy_not_held_is_not_asserted(text: str) -> None:
    assert_events(events(text), gives_not=[("Palest", "PROTEST", "Israel")])


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Israel will not release the Lebanese prisoners.", "Israel", "Leban"),
        ("Syria said it would not release the Lebanese soldiers it captured.", "Syria",
         "Leban"),
        ("The Sri Lankan government will not lift the ban on the Tamil Tigers.", "Sri Lanka",
         "Tamil"),
        ("Eritrea will never hand back the disputed town to Ethiopia.", "Eritrea", "Ethiopia"),
    ],
)  # fmt: skip
def test_a_cooperative_act_its_party_will_not_do_is_a_refusal(
    text: str, source: str, target: str
) -> None:
    assert_events(
        events(text),
        gives=[(source, "REJECT", target)],
        gives_not=[(source, ("RETREAT", "CONSULT"), target)],
    )


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        # a past act not done is no refusal made
        ("Israel did not release the Lebanese prisoners.", "Israel", "REJECT", "Leban"),
        # counterfactual
        ("Israel would not have released the prisoners without Egyptian pressure.", "Israel",
         "REJECT", ""),
        # a hostile act a party will not do is a pledge, no rejection
        ("Pakistan will not attack India.", "Pakistan", "REJECT", "India"),
        # a help, a tie or talks a party will not give stay negated acts (labelling
        # conventions), and the other side of the talks refuses nothing
        ("Iran will not hold talks with the United States.", "", "REJECT", ""),
        ("Pakistan will not support the Afghan Taliban.", "Pakistan", "REJECT", "Taliban"),
        # a permission a party will not give is a promise, no refusal
        ("Kabul said it would not allow any group to use Afghan soil against Pakistan.", "",
         "REJECT", ""),
        # only hedged
        ("Israel may not release the Lebanese prisoners.", "Israel", "REJECT", "Leban"),
    ],
)  # fmt: skip
def test_no_refusal_from_a_past_counterfactual_hostile_or_hedged_act(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(events(text), gives_not=[(source, etype, target)])


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Turkish president called the Russian president to discuss the crisis in Syria.",
         "Turkey", "Russia"),
        ("The Israeli prime minister called the Australian prime minister on Wednesday to "
         "congratulate him on his victory.", "Israel", "Australia"),
    ],
)  # fmt: skip
def test_a_call_to_discuss_or_congratulate_is_a_telephone_consultation(
    text: str, source: str, target: str
) -> None:
    assert_events(
        events(text),
        gives=[(source, "CONSULT", target)],
        gives_not=[(source, "REQUEST", target, None)],
    )


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The Turkish president did not call the Russian president to discuss the crisis.",
         "Turkey", "CONSULT", "Russia"),
        ("The Turkish president may call the Russian president to discuss the crisis.",
         "Turkey", "CONSULT", "Russia"),
        # an appeal keeps its reading: the infinitive is the addressee's act
        ("Japan called on China to release the fishermen.", "Japan", "CONSULT", "China"),
    ],
)  # fmt: skip
def test_a_call_not_made_or_an_appeal_is_no_asserted_consultation(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(events(text), gives_not=[(source, etype, target)])


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Germany accepted 1,500 Syrian refugees last month.", "Germany", "Syria"),
        ("Canada admitted 25,000 Syrian refugees last year.", "Canada", "Syria"),
    ],
)
def test_refugees_accepted_are_hosted(text: str, source: str, target: str) -> None:
    assert_events(events(text), gives=[(source, "AID", target)])


@pytest.mark.parametrize(
    "text",
    [
        "Germany did not accept any Syrian refugees.",
        "Germany may accept more Syrian refugees next year.",
        "Germany refused to accept Syrian refugees.",
    ],
)
def test_refugees_not_accepted_are_not_hosted(text: str) -> None:
    assert_events(events(text), gives_not=[("Germany", "AID", "Syria")])


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Italy returned 20 stolen paintings to Egypt.", "Italy", "Egypt"),
        ("The American authorities returned to the Peruvian government eight cultural "
         "artifacts.", "U.S.", "Peru"),
    ],
)  # fmt: skip
def test_property_returned_to_a_party_is_a_return(text: str, source: str, target: str) -> None:
    assert_events(events(text), gives=[(source, "RETREAT", target)])


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("Italy refused to return the stolen paintings to Egypt.", "Italy", "RETREAT", "Egypt"),
        ("Italy may return the stolen paintings to Egypt.", "Italy", "RETREAT", "Egypt"),
        # people sent back are no property returned
        ("Iran returned 5,000 Afghan refugees to Afghanistan.", "Iran", "RETREAT", "Afghan"),
        # fire returned is fighting
        ("Turkish troops returned fire at Syrian positions.", "Turk", "RETREAT", "Syria"),
    ],
)  # fmt: skip
def test_no_return_asserted_when_refused_hedged_people_or_fire(
    text: str, source: str, etype: str, target: str
) -> None:
    assert_events(events(text), gives_not=[(source, etype, target)])
