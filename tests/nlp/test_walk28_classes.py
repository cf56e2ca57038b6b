"""Classes found by using riftwatch as an analyst on an invented Iraqi corpus (stop 28), each
tested on further invented sentences about other groups, with twins that must keep their
reading.

- A wire dateline that opens a sentence is no part of its speaker ("BAMAKO, Mali, March 3,
  2015 - Village elders said ...": the elders speak).
- A speaker who belongs to no known group speaks for the group his phrase says he leads
  ("Sheikh P, who leads the X militia," / "P, the leader of X,").
- The "in" inside a group's name ("al-Qaeda in the Islamic Maghreb") is no locative phrase
  that makes the group the agent of a noun.
- "they/them/their" inside a quotation is not the speaker's group ('"They killed our sons,"
  he said').
- A member noun phrase opening a sentence ("A spokesman for X said ...") makes X the group a
  later "it" refers to.
- Capitalised words whose initials with a group's name spell a known abbreviation by chance
  ("Islamic State of Iraq" + "Security": I-S-I-S) name no group.
- An event noun after "over" is the cause of the clause, not its subject's act ("X broke with
  Y over the killing of its commander").
- A clause governed by a word of disbelief ("it was wishful thinking to believe that X had
  turned against Y", "it is premature to conclude that ...") is doubted, never asserted.
- A possessive in the "for" phrase of a judgement whose judge is named by "from"/"by" ("X drew
  criticism from Y for its ties to Z") is the judged party's, not the judge's.
- A verb whose prefix hides an irregular stem ("retook", "overran") has its lemma, and a town
  retaken "from" a group is coded on the group, not also as an attack on the town.
- Unnamed armed men with an "of" phrase naming a group ("gunmen of X") are X's.
- Striving for an event ("pushed / lobbied for the release of ...") is no event yet.
- What is asked "in exchange for" an offer is not given ("offered cash to Y in exchange for
  shelter"); what is paid for is, as before.
"""

from __future__ import annotations

from functools import partial

import pytest
from coded import asserted_group_events, group_events

from riftwatch.nlp.extract import extract_document

events = partial(group_events, date="2015-06-01")
asserted = partial(asserted_group_events, date="2015-06-01")


def _speakers(text: str) -> set[tuple[str | None, str | None]]:
    coded = extract_document({"id": "t", "text": text, "date": "2015-06-01"})
    return {
        ((c.attributed_to or {}).get("name"), (c.attributed_to or {}).get("organization"))
        for c in coded
    }


def test_a_wire_dateline_is_no_part_of_the_speaker() -> None:
    text = (
        "BAMAKO, Mali, March 3, 2015 - Village elders in Mopti said on Tuesday that Ansar "
        "Dine fighters had attacked the Macina Liberation Front near Djenne."
    )
    names = {name for name, _org in _speakers(text)}
    assert names, "the attack is coded"
    assert all(name and name.startswith("Village elders") for name in names), names


@pytest.mark.parametrize(
    "speaker",
    [
        "Sheikh Khalid Abu Jassim, who leads the new Diyala Salvation Council,",
        "Sheikh Khalid Abu Jassim, the leader of the Diyala Salvation Council,",
    ],
)
def test_a_speaker_speaks_for_the_group_he_leads(speaker: str) -> None:
    text = f"{speaker} told reporters that the tribes would attack Ansar Dine."
    orgs = {org for _name, org in _speakers(text)}
    assert orgs == {"Diyala Salvation Council"}, orgs


def test_a_group_that_wounded_the_speaker_is_not_his() -> None:
    text = (
        "Sheikh Khalid Abu Jassim, who was wounded by the Diyala Salvation Council, told "
        "reporters that the tribes would attack Ansar Dine."
    )
    orgs = {org for _name, org in _speakers(text)}
    assert orgs and "Diyala Salvation Council" not in orgs, orgs


def test_the_in_of_a_group_name_makes_it_no_agent() -> None:
    text = (
        "Tuareg elders said they had formed a militia to drive al-Qaeda in the Islamic Maghreb "
        "out of the region, a sharp break with the jihadists who had used their wells."
    )
    coded = events(text)
    assert not any(e[0].startswith("al-Qaeda in the Islamic Maghreb") and e[1] == "REJECT"
                   for e in coded), coded  # fmt: skip
    assert not any("Maghreb" in e[0] and e[1] == "REJECT" for e in coded), coded


def test_they_inside_a_quotation_is_not_the_speakers_group() -> None:
    text = (
        "The Macina Liberation Front held a meeting in Mopti on Monday. "
        '"They burned our villages and killed our elders. We will fight them until they '
        'leave," its spokesman said.'
    )
    coded = events(text)
    assert not any("Macina Liberation Front" in e[0] and e[1] == "ASSAULT" for e in coded), coded


def test_they_outside_a_quotation_still_refers_back() -> None:
    text = (
        "Ansar Dine broke with the Macina Liberation Front in 2014. "
        "They attacked Macina Liberation Front positions near Djenne in May."
    )
    assert any(e[0] == "Ansar Dine" and e[1] == "ASSAULT" for e in events(text)), events(text)


def test_it_after_a_spokesman_for_a_group_is_that_group() -> None:
    text = (
        "Elders in Gao formed the Ganda Izo council to expel the jihadists. "
        "A spokesman for Ansar Dine said his group had not joined the council and would keep "
        "fighting French forces. He did not say whether it still cooperated with al-Qaeda in "
        "the Islamic Maghreb."
    )
    coops = {e for e in events(text) if e[1] == "COOPERATE" and "Maghreb" in e[3]}
    assert coops and all(e[0] == "Ansar Dine" for e in coops), coops
    assert all(e[4] != "asserted" for e in coops)  # "did not say whether": not asserted


def test_initials_spelled_by_chance_name_no_group() -> None:
    text = (
        "The Islamic State of Iraq lost ground in Diyala in 2008. "
        "Security sources say the tribal councils have arrested dozens of ISI suspects."
    )
    coded = extract_document({"id": "t", "text": text, "date": "2008-06-01"})
    named = {p.org_name or p.name for c in coded for p in (c.event.source, c.event.target)}
    assert "Islamic State" not in named, named


@pytest.mark.parametrize(
    "text",
    [
        "Ansar Dine broke with the Macina Liberation Front over the killing of its commander.",
        "Ansar Dine fell out with the Macina Liberation Front over the execution of its envoy.",
    ],
)
def test_an_event_after_over_is_the_cause_not_the_subjects_act(text: str) -> None:
    coded = events(text)
    assert not any(e[0] == "Ansar Dine" and e[1] == "ASSAULT" for e in coded), coded


def test_a_split_over_a_killing_is_still_a_split() -> None:
    text = "Ansar Dine broke with the Macina Liberation Front over the killing of its commander."
    assert any(e[0] == "Ansar Dine" and e[1] == "REJECT" for e in asserted(text))


def test_what_an_offer_asks_in_exchange_is_not_given() -> None:
    text = "Ansar Dine offered cash to Tuareg elders in exchange for shelter."
    coded = events(text)
    assert not any(e[1] == "AID" and e[3] == "Ansar Dine" for e in coded), coded


def test_what_a_payment_buys_in_exchange_is_given() -> None:
    text = "Ansar Dine paid the Macina Liberation Front in exchange for shelter."
    assert any(e[1] == "AID" and e[3] == "Ansar Dine" for e in asserted(text))


def _actor_ids(text: str) -> set[str]:
    from riftwatch.nlp.extract import DocumentState, _find_actors

    return {a.id for _s, _e, a in _find_actors(text, "2015-06-01", DocumentState())}


def test_a_known_title_and_given_name_run_on_by_a_surname_is_another_person() -> None:
    # the knowledge base knows a "Sheik Omar" (a sanctions-list alias of someone else)
    ids = _actor_ids("Sheikh Omar Tiekoro, a commander of Ansar Dine, met elders in Gao.")
    assert not any(i.startswith("person:") for i in ids), ids


def test_a_known_name_alone_is_still_that_person() -> None:
    assert "person:mullah-omar" in _actor_ids("Mullah Omar ordered the Taliban to fight on.")


@pytest.mark.parametrize(
    "text",
    [
        "A senior French official said it was wishful thinking to believe that Ansar Dine had "
        "turned against AQIM for good.",
        "It is premature to conclude that Ansar Dine has broken with AQIM.",
        "Analysts are skeptical that Ansar Dine has broken with AQIM.",
        "Western diplomats called it naive to think that Ansar Dine had cut its ties with AQIM.",
    ],
)
def test_a_clause_under_disbelief_is_not_asserted(text: str) -> None:
    coded = events(text)
    pair = {e for e in coded if e[0] == "Ansar Dine" and "Maghreb" in e[3]}
    assert pair, coded  # the claim is kept, as doubted evidence
    assert all(e[4] != "asserted" for e in pair), pair


@pytest.mark.parametrize(
    "text",
    [
        "Skeptical officials said Ansar Dine had broken with AQIM.",
        "Ansar Dine broke with AQIM, a step some analysts called premature.",
        "A lasting truce is unlikely, analysts say, because Ansar Dine has broken with AQIM.",
    ],
)
def test_disbelief_that_governs_no_clause_leaves_it_asserted(text: str) -> None:
    assert any(e[0] == "Ansar Dine" and e[1] == "REJECT" for e in asserted(text)), events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Macina Liberation Front pushed for the release of Ansar Dine prisoners.",
        "The Macina Liberation Front lobbied for talks with Ansar Dine.",
        "The Macina Liberation Front campaigned for a truce with Ansar Dine.",
    ],
)
def test_striving_for_an_event_is_no_event_yet(text: str) -> None:
    coded = events(text)
    assert not any(e[4] == "asserted" and "Ansar Dine" in (e[0], e[3]) for e in coded), coded


def test_a_verb_of_striving_used_for_force_still_acts() -> None:
    text = "Ansar Dine pushed the Macina Liberation Front out of Djenne."
    assert any(e[0] == "Ansar Dine" and e[1] == "COERCE" for e in asserted(text)), events(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Macina Liberation Front attracted criticism from Mali for its ties to AQIM.",
        "The Macina Liberation Front was condemned by Mali for its ties to AQIM.",
        "Ansar Dine received praise from AQIM for its attack on the Macina Liberation Front.",
    ],
)
def test_its_after_a_named_judge_is_the_judged_party(text: str) -> None:
    coded = events(text)
    assert not any(e[0] in ("Mali", "Al Qaeda in the Islamic Maghreb") and e[1] in
                   ("COOPERATE", "ASSAULT") for e in coded), coded  # fmt: skip


def test_its_after_the_judged_object_stays_the_object() -> None:
    text = "Mali condemned the Macina Liberation Front for its ties to AQIM."
    coded = asserted(text)
    assert any(e[1] == "COOPERATE" and "Maghreb" in e[3] and "Mali" not in e[0]
               for e in coded), coded  # fmt: skip


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Malian troops retook Douentza from Ansar Dine.", "retook"),
        ("The rebels overran the Ansar Dine camp near Kidal.", "overran"),
    ],
)
def test_a_prefixed_irregular_verb_has_its_lemma(text: str, verb: str) -> None:
    from riftwatch.nlp.parse import nlp

    lemmas = {t.text: t.lemma_ for t in nlp()(text)}
    assert lemmas[verb] in ("retake", "overrun"), lemmas


def test_a_town_retaken_from_a_group_is_coded_on_the_group() -> None:
    coded = asserted("Malian troops retook Douentza from Ansar Dine.")
    assert any(e[1] == "ASSAULT" and e[3] == "Ansar Dine" for e in coded), coded
    assert not any(e[3] == "Douentza" for e in coded), coded
    negated = events("Malian troops did not retake Douentza from Ansar Dine.")
    assert not any(e[4] == "asserted" for e in negated), negated


@pytest.mark.parametrize(
    "text",
    [
        "Red Cross workers were attacked by gunmen of Ansar Dine near Kidal.",
        "Gunmen of Ansar Dine attacked a Red Cross convoy near Kidal.",
        "Militants of Ansar Dine attacked a Red Cross convoy near Kidal.",
    ],
)
def test_armed_men_of_a_group_are_its_own(text: str) -> None:
    assert any(e[0] == "Ansar Dine" and e[1] == "ASSAULT" for e in asserted(text)), events(text)


def test_armed_men_of_a_place_stay_unnamed() -> None:
    coded = events("Gunmen of the area attacked a Red Cross convoy near Kidal.")
    assert not any(e[0] == "Ansar Dine" for e in coded), coded
    negated = events("Gunmen of Ansar Dine did not attack the Red Cross convoy.")
    assert not any(e[4] == "asserted" for e in negated), negated
