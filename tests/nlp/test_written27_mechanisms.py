"""Written reports, round 27 (issue 9, helper written27): classes that recur over the work
halves of at least three rounds, each widened in an existing mechanism and tested on invented
sentences with negated, hedged, denied, future or look-alike twins that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- appointments: "one of X's deputies", "became one of X's ministers" ------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Sirajuddin Haqqani was appointed one of the Taliban's two deputy leaders in 2015.",
        "In 2015 Sirajuddin Haqqani was named one of Akhtar Mansour's deputies.",
        "Jalaluddin Haqqani later became one of Mullah Omar's ministers.",
        "After the fall of Kabul, Sirajuddin Haqqani became one of the Islamic Emirate's "
        "ministers.",
        "Jalaluddin Haqqani became a minister of the Taliban government in 1996.",
    ],
)  # fmt: skip
def test_a_post_of_another_group_is_an_appointment(text: str) -> None:
    found = named_events(text, "2016-01-01")
    assert_events(found, gives=[("Taliban", "SUPPORT", "Haqqani")])


@pytest.mark.parametrize(
    "text",
    [
        # negated, future, denied, hedged
        "Jalaluddin Haqqani never became one of Mullah Omar's ministers.",
        "Sirajuddin Haqqani is expected to become one of the Taliban's deputy leaders.",
        "Taliban officials denied that Sirajuddin Haqqani had become one of their ministers.",
        "Sirajuddin Haqqani may have been named one of Akhtar Mansour's deputies.",
        # a post in one's own group, and a word that is no post
        "Sirajuddin Haqqani became the leader of the Haqqani network.",
        "Jalaluddin Haqqani became one of the Taliban's fiercest critics.",
    ],
)  # fmt: skip
def test_no_appointment_asserted(text: str) -> None:
    found = named_events(text, "2016-01-01")
    assert_events(found, gives_not=[("Taliban", "SUPPORT", "Haqqani")])


# -- a re-described act judged in a reported clause, or blessed / opposed ----------------------
@pytest.mark.parametrize(
    "text,source,etype,target",
    [
        ("Jolani announced that his group would cut its ties with any external entity, a step "
         "he said Al Qaeda's leaders had blessed.", "Qaeda", "SUPPORT", "Fateh"),
        ("Jabhat al-Nusra renamed itself Jabhat Fateh al-Sham, a step that officials said Al "
         "Qaeda had condemned.", "Qaeda", "ACCUSE", "Nusra"),
        ("Jabhat al-Nusra renamed itself Jabhat Fateh al-Sham, a step Al Qaeda's leaders "
         "blessed.", "Qaeda", "SUPPORT", "Nusra"),
        ("The TTP ended its ceasefire with Islamabad, a move the Afghan Taliban opposed.",
         "Taliban", "REJECT", "Tehrik"),
    ],
)  # fmt: skip
def test_a_judged_step_relates_the_judge_to_its_author(
    text: str, source: str, etype: str, target: str
) -> None:
    date = "2022-12-30" if "TTP" in text else "2016-08-01"
    assert_events(named_events(text, date), gives=[(source, etype, target)])


@pytest.mark.parametrize(
    "text",
    [
        # negated, hedged, hypothetical, denied, and a report of a judgement not asserted
        "Jabhat al-Nusra renamed itself Jabhat Fateh al-Sham, a step Al Qaeda did not oppose.",
        "Jabhat al-Nusra renamed itself Jabhat Fateh al-Sham, a step Al Qaeda may have blessed.",
        "Jabhat al-Nusra may rename itself Jabhat Fateh al-Sham, a step Al Qaeda would oppose.",
        "Jabhat al-Nusra renamed itself Jabhat Fateh al-Sham, a step Al Qaeda denied having "
        "blessed.",
        "Jabhat al-Nusra renamed itself Jabhat Fateh al-Sham, a step officials said Al Qaeda "
        "might oppose.",
    ],
)  # fmt: skip
def test_a_judgement_not_asserted_relates_nobody(text: str) -> None:
    found = named_events(text, "2016-08-01")
    assert_events(found, gives_not=[("Qaeda", None, "Nusra"), ("Qaeda", None, "Fateh")])


def test_a_reported_clause_without_a_judgement_gives_no_judge() -> None:
    # "provoked" judges nothing: the speaker's report adds no relation of the ISI's
    text = (
        "The TTP ended its ceasefire with Islamabad, a move the Afghan Taliban said the ISI "
        "had provoked."
    )
    assert_events(named_events(text, "2022-12-30"), gives_not=[("Taliban", None, "Tehrik")])


# -- letting a party act: "the army let the Haqqani commanders leave" --------------------------
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("Pakistani officials conceded that the army had let most Haqqani network commanders "
         "leave for Afghanistan before the offensive began.", "Pakistan", "Haqqani"),
        ("TTP fighters keep crossing from Kunar, where the Taliban authorities let them live "
         "with their families, the UN monitoring team reports.", "Taliban", "Tehrik"),
        ("The ISI let Lashkar-e-Taiba keep its training camps open near Muzaffarabad.",
         "Inter-Services", "Lashkar"),
    ],
)  # fmt: skip
def test_letting_a_party_act_tolerates_it(text: str, source: str, target: str) -> None:
    found = named_events(text, "2023-06-01" if "TTP" in text else "2014-06-15")
    assert_events(found, gives=[(source, "CONCEDE", target)])


@pytest.mark.parametrize(
    "text",
    [
        # negated, refused, hedged, denied, conditional
        "The Taliban never let TTP fighters live in Kunar.",
        "The Taliban refused to let TTP fighters live in Kunar.",
        "The Taliban may have let TTP fighters live in Kunar.",
        "The Taliban denied that they had let TTP fighters live in Kunar.",
        "If the Taliban let TTP fighters live in Kunar, Pakistan will retaliate.",
        # look-alikes: "let down", a thing let pass
        "The Taliban felt the TTP had let them down.",
        "The Taliban let the deadline pass without expelling the TTP.",
    ],
)  # fmt: skip
def test_no_letting_asserted(text: str) -> None:
    found = named_events(text, "2023-06-01")
    assert_events(found, gives_not=[("Taliban", "CONCEDE", "Tehrik")])


# -- a court or judge named by its seat: "a Lahore anti-terrorism court", "a court in Peshawar" --
@pytest.mark.parametrize(
    "text",
    [
        "A Lahore anti-terrorism court sentenced Hafiz Saeed to eleven years in prison.",
        "Hafiz Saeed was later convicted by a Lahore court of terrorist financing.",
        "A court in Lahore sentenced Hafiz Saeed to eleven years in prison.",
    ],
)  # fmt: skip
def test_a_court_at_a_place_is_its_country(text: str) -> None:
    assert_events(named_events(text, "2020-02-12"), gives=[("Pakistan", "COERCE", "Lashkar")])


def test_a_military_court_in_a_city_sentences_for_its_state() -> None:
    text = "Three TTP men were sentenced to death by a military court in Peshawar."
    assert_events(named_events(text, "2020-02-12"), gives=[("Pakistan", "COERCE", "Tehrik")])


@pytest.mark.parametrize(
    "text",
    [
        # negated, hypothetical, denied
        "A Lahore court did not convict Hafiz Saeed.",
        "A Lahore court may convict Hafiz Saeed next month.",
        "Hafiz Saeed denied that a Lahore court had convicted him.",
    ],
)  # fmt: skip
def test_no_court_act_asserted(text: str) -> None:
    assert_events(named_events(text, "2020-02-12"), gives_not=[("Pakistan", None, "Lashkar")])


def test_courts_of_a_movement_are_no_state() -> None:
    text = "The Islamic Courts in Mogadishu fought the Somali government."
    found = named_events(text, "2006-06-01")
    assert_events(found, gives_not=[("Somalia", "ASSAULT", "Somalia")])
    assert not any(s == t for s, _g, t, _m in found)
