"""Replayed rows whose link was lost (issue 10, helper replay26): two constructions.

1. A hostile act done on another party's orders.

Relationship descriptions tell a killing or an arrest through the party that ordered it: "Y's
commander was shot dead on X's orders", "Y's leaders were arrested on the orders of X", "Y was
expelled at the behest of X". Before replay26 the proxy pass (``written.proxy_phrases``) read
every "on X's orders" as the clause's subject acting for X, so the passive subject, who
suffered the act, came out COOPERATING with the party that had it killed: the break turned into
a cooperative claim. Now the party of the order is the agent of a passive attack, coercion or
sanction with no "by" phrase (``written.ordering_party``, called from
``SentenceCoder._agent_of``; cues.yaml ``ordering_nouns``), and the passive subject acts for
nobody. Found on the retired held-out set 22 (a faction's leader "shot dead ... on Mihailov's
orders"), a construction of MMP rows (killings on a leader's orders).

Kept as they were: a subject in the active acting on another's orders ("X's fighters attacked
the post on Z's orders": X COOPERATE Z), a passive that is no act on its subject ("Y's
fighters were deployed on Z's orders": Y acts for Z), a "by" phrase naming the agent. The
modality of the act holds (negated, denied, hedged, conditional).

2. A party taking seats in another's governing body ("X took seats in the transitional
government led by Y", "X took two seats on Y's military council", "X held posts in the cabinet
of Y"): it joins the body's owner, SUPPORT from X to Y, as "X joined Y's council" already did
(``mechanisms.seats_in_bodies``; cues.yaml ``seat_taking_verbs``, ``body_seat_nouns``,
``seated_bodies``). Found in the cooperative rows of three retired replay sets (holdouts 21,
23, 24) that gave no claim on their pair; in the labelled data it adds five SUPPORT claims,
all in cooperative rows. The verb carries the modality ("refused to take seats", "may take
seats" are not asserted); a passive ("was given seats") or a body with no other owner ("its
own council", "parliament") gives nothing.

3. A name with a possessive: "raided Jaysh al-Zorba's positions" printed the group as "Jaysh
al-Zorba's" (its id was right, its name, which a judge matches, was not), and "the Kestrel
Front's positions" was no candidate name at all ("front's" is no group word). The name scan
(``actors.names.candidate_spans``) now drops the possessive of the run's last word, unless it
belongs to the name (name_cues.yaml ``name_possessors``: "People's").

4. A leader's surname alone as the subject ("Shekau pledged allegiance to the Islamic
State", "Belmokhtar rejected the pledge"): the person, standing for the group the knowledge
base gives him at the date, when exactly one person of the knowledge base bears the surname
and he then led exactly one group (``mentions._surname_subject``; before, only "Shekau's
men" or a full name was read). The largest class of replayed rows missing a side (a leader
told for his group). A surname two persons bear ("Mehsud") stays no actor.

Invented sentences and groups only (4 uses leaders the knowledge base knows, in new
sentences).
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import ANYTHING, assert_events, dated, named_events

events = dated(named_events, "2011-06-01")

X = "Amber Brigade"
Y = "Kestrel Front"


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        (f"In 2011 two {Y} commanders were shot dead on the orders of the {X}.", "ASSAULT"),
        (f"In 2011 the {Y}'s spokesman was arrested at the behest of the {X}.", "COERCE"),
        (f"In 2011 the {Y}'s leaders were expelled from the town on the {X}'s orders.",
         "COERCE"),
        (f"The {Y} commander was killed in March, reportedly on the orders of the {X}.",
         "ASSAULT"),
    ],
)  # fmt: skip
def test_the_party_of_the_order_is_the_agent(text: str, etype: str) -> None:
    assert_events(
        events(text),
        gives=[(X, etype, Y)],
        gives_not=[(Y, "COOPERATE", X), (Y, "SUPPORT", X)],
    )


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        (f"Two {Y} commanders were not killed on the orders of the {X}.", "negated"),
        (f"The {X} denied that two {Y} commanders were shot dead on its orders.", "denied"),
        (f"Two {Y} commanders may have been killed on the {X}'s orders.", "uncertain"),
        (f"If {Y} commanders are killed on the {X}'s orders, the truce will end.",
         "hypothetical"),
    ],
)  # fmt: skip
def test_the_modality_of_the_act_holds(text: str, modality: str) -> None:
    found = events(text)
    assert_events(found, gives=[(X, "ASSAULT", Y, modality)], gives_not=[ANYTHING])


def test_an_active_subject_still_acts_for_the_party_of_the_order() -> None:
    found = events(f"In 2011 {Y} fighters attacked a police post on the orders of the {X}.")
    assert_events(found, gives=[(Y, "COOPERATE", X)], gives_not=[(X, "ASSAULT", Y)])


def test_a_passive_that_is_no_act_on_its_subject_keeps_the_proxy() -> None:
    found = events(f"In 2011 {Y} fighters were deployed to the border on the orders of the {X}.")
    assert_events(found, gives=[(Y, "COOPERATE", X)], gives_not=[(X, None, Y)])


def test_a_by_phrase_names_the_agent() -> None:
    found = events(f"In 2011 two {Y} commanders were shot dead by the Marrow Guard on Monday.")
    assert_events(found, gives=[("Marrow Guard", "ASSAULT", Y)], gives_not=[(X, None, Y)])


@pytest.mark.parametrize(
    "text",
    [
        f"In 2012 the {Y} took seats on the {X}'s military council.",
        f"In 2012 the {Y} took seats in the transitional government led by the {X}.",
        # with a state in the text, the group leading the body is still its owner
        f"In 1994 the {Y} took seats in the transitional government led by the {X} in Kampala.",
        f"In 2012 the {Y} took two seats in the {X}'s cabinet.",
        f"In 2012 the {Y} held three posts in the cabinet of the {X}.",
    ],
)
def test_seats_in_another_partys_body_join_it(text: str) -> None:
    assert_events(events(text), gives=[(Y, "SUPPORT", X)], gives_not=[(X, None, Y)])


@pytest.mark.parametrize(
    "text",
    [
        f"In 2012 the {Y} refused to take seats in the {X}'s council.",
        f"In 2012 the {Y} may take seats in the {X}'s council.",
        f"In 2012 the {Y} was given two seats on the {X}'s council.",
        f"In 2012 the {Y} took two seats on its own council.",
        f"In 2012 the {Y} took seats in parliament.",
    ],
)
def test_no_seat_taken_in_another_partys_body_asserts_nothing(text: str) -> None:
    assert_events(events(text), gives_not=[(Y, "SUPPORT", X), (Y, "COOPERATE", X)])


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (f"In 2015 the {X} raided Jaysh al-Zorba's positions in the north.", "Jaysh al-Zorba"),
        (f"In 2015 Jaysh al-Zorba's fighters attacked the {X}.", "Jaysh al-Zorba"),
    ],
)
def test_a_possessive_is_not_part_of_the_name(text: str, owner: str) -> None:
    names = {n for s, _g, t, _m in events(text) for n in (s, t)}
    assert owner in names and f"{owner}'s" not in names, names


def test_a_possessor_of_the_name_stays_in_it() -> None:
    found = events(f"In 2015 the Zorbla People's Democratic Party attacked the {X}.")
    assert_events(found, gives=[("Zorbla People's Democratic Party", "ASSAULT", X)])


def test_a_leaders_surname_alone_as_subject_stands_for_his_group() -> None:
    found = named_events("In 2015 Shekau pledged allegiance to the Islamic State.", "2015-03-01")
    assert_events(found, gives=[("Boko Haram", "SUPPORT", "Islamic State")])


def test_a_leaders_surname_keeps_the_modality() -> None:
    found = named_events("In 2015 Shekau did not pledge allegiance to the Islamic State.",
                         "2015-03-01")  # fmt: skip
    assert_events(
        found,
        gives=[("Boko Haram", "SUPPORT", "Islamic State", "negated")],
        gives_not=[("Boko Haram", "SUPPORT", "Islamic State")],
    )


def test_a_surname_two_persons_bear_names_nobody() -> None:
    found = named_events("In 2010 Mehsud pledged allegiance to the Islamic State.", "2010-03-01")
    assert_events(found, gives_not=[("", "SUPPORT", "Islamic State")])
