"""Modality probes, round neg45 (issue 9: precision on written reports and headlines), on
invented sentences.

Classes of phrasing, not sentences: a relation said to exist only in name or on paper as the
predicate noun of a copula ("X and Y are allies in name only"); a report called untrue through
the modifier of a predicate noun ("the boast that X had trained Y was an empty one") or by a
predicate noun of falsity ("a fabrication") or waved away as absurd; a report whose "that"
clause the parser hung on the report or on a closing "said" ("Reports that X had armed Y turned
out to be false"); a confession taken back whose clause the parser hung on the verb ("recanted
his confession that ..."); a report another party denies; an act out of the question, with "no
question of", or set against the facts by "contrary to reports of"; talks that broke down
before they began. An act judged cosmetic still happened. Each class has twins that
must stay asserted, or look-alikes that must not fire. None of the sentences comes from a
benchmark, a dev set or a news file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_triples, has_triple, named_events

DATE = "2014-05-01"


def _events(text: str) -> set[tuple[str, str, str, str]]:
    return named_events(text, DATE)


def _asserted(text: str) -> set[tuple[str, str, str]]:
    return asserted_triples(_events(text))


_has = has_triple


# -- a. a relation only in name or on paper, as a predicate noun ------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network and the ISI were partners only on paper.",
        "Lashkar-e-Taiba and the Afghan Taliban are allies in name only, an analyst said.",
        "The TTP and Jamaat-ul-Ahrar remained allies in name only after 2016.",
        "The Haqqani network is a Taliban ally in name only.",
    ],
)
def test_a_relation_in_name_only_is_not_asserted(text: str) -> None:
    found = _events(text)
    assert found, "the relation is still coded, as negated"
    assert not any(m == "asserted" for *_, m in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network is Al Qaeda's ally in all but name.",
        "Lashkar-e-Taiba and the Afghan Taliban are allies not only on paper.",
        "Lashkar-e-Taiba and the Afghan Taliban are allies in Kunar, an analyst said.",
    ],
)
def test_a_relation_more_than_in_name_stays_asserted(text: str) -> None:
    assert any(t == "COOPERATE" for _s, t, _g in _asserted(text))


# -- b. a report called untrue through a predicate noun --------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Lashkar-e-Taiba's boast that it had trained Afghan Taliban commandos was an empty one.",
        "The courier's story that Al Qaeda had paid the TTP was a false one, police said.",
        "Reports that the ISI armed the TTP were a fabrication, the army said.",
    ],
)
def test_a_report_called_untrue_by_its_predicate_noun_is_denied(text: str) -> None:
    found = _events(text)
    assert any(m == "denied" for *_, m in found)
    assert not any(m == "asserted" for *_, m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Lashkar-e-Taiba's boast that it had trained Afghan Taliban commandos was an accurate one.",
        "Reports that the ISI armed the TTP were not an empty rumour, the army said.",
        "The TTP's barracks were empty when the army attacked them.",
        "The TTP was wrong when it attacked the army, a former commander said.",
    ],
)
def test_a_report_not_called_untrue_keeps_its_act(text: str) -> None:
    found = _events(text)
    assert found
    assert not any(m == "denied" for *_, m in found)


# -- c. an act called hollow or cosmetic still happened (round11_work's convention) -----------
@pytest.mark.parametrize(
    "text",
    [
        "The Taliban's crackdown on Al Qaeda was largely cosmetic, U.S. officials said.",
        "The Taliban's crackdown on Al Qaeda was a success, U.S. officials said.",
    ],
)
def test_an_act_judged_but_not_denied_stays_asserted(text: str) -> None:
    assert _has(_asserted(text), "Taliban", "COERCE", "Al Qaeda")


# -- d. a report whose clause the parser hung wrongly, shown false ----------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Reports that the ISI had armed the TTP turned out to be false.",
        "Reports that the ISI had armed the TTP were false, the army said.",
    ],
)
def test_a_misparsed_report_shown_false_is_denied(text: str) -> None:
    found = _events(text)
    assert any(m == "denied" for *_, m in found)
    assert not any(m == "asserted" for *_, m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Reports that the ISI had armed the TTP turned out to be true.",
        "Reports that the ISI had armed the TTP were accurate, the army said.",
    ],
)
def test_a_misparsed_report_shown_true_stays_asserted(text: str) -> None:
    assert _has(_asserted(text), "Inter-Services", "AID", "Tehrik")


# -- e. a confession taken back, its clause on the verb --------------------------------------
def test_a_recanted_confession_is_denied() -> None:
    found = _events("A detained TTP commander recanted his confession that the ISI had paid him.")
    assert any(m == "denied" for *_, m in found)
    assert not any(m == "asserted" for *_, m in found)


def test_a_repeated_confession_stays_asserted() -> None:
    found = _asserted("A detained TTP commander repeated his confession that the ISI had paid him.")
    assert _has(found, "Inter-Services", "AID", "Tehrik")


# -- f. a report, claim or idea waved away as absurd --------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Any suggestion that the ISI armed the TTP is absurd.",
        "Any suggestion that the ISI armed the TTP is ridiculous, a general said.",
        "The notion that the ISI armed the TTP is preposterous, a general said.",
        "It is ludicrous that anyone thinks the ISI armed the TTP, a general said.",
    ],
)
def test_a_report_called_absurd_is_not_asserted(text: str) -> None:
    found = _events(text)
    assert found
    assert not any(m == "asserted" for *_, m in found)


@pytest.mark.parametrize(
    "text",
    [
        "The notion that the ISI armed the TTP is correct, a general said.",
        "The TTP's attack on the army was absurd in its cruelty.",
    ],
)
def test_an_act_or_a_report_not_waved_away_stays_asserted(text: str) -> None:
    assert _asserted(text)


# -- g. a report or claim answered by another party's denial ------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "The TTP said it had shot down an army helicopter, but the army denied it.",
        "The TTP said it had killed ten soldiers, which the army denied.",
        "The army said it had killed twenty TTP fighters, but the group denied the claim.",
        "TTP claims it shot down army helicopter; army denies",
    ],
)
def test_a_report_another_party_denies_is_not_asserted(text: str) -> None:
    found = _events(text)
    assert any(m == "denied" for *_, m in found)
    assert not any(m == "asserted" for *_, m in found)


@pytest.mark.parametrize(
    "text",
    [
        "The TTP said it had shot down an army helicopter, and the army confirmed it.",
        "TTP claims it shot down army helicopter; army confirms",
        "The TTP said it had attacked an army post but denied killing civilians.",
    ],
)
def test_a_report_confirmed_or_a_denial_of_something_else_stays_asserted(text: str) -> None:
    assert _has(_asserted(text), "Tehrik", "ASSAULT", "Pakistan Army")


# -- h. an act said to be out of the question or over -------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Talks between the TTP and the army are out of the question, a minister said.",
        "Talks between the TTP and the army are now out of the question.",
        "An alliance between the TTP and Islamic State Khorasan is dead in the water.",
        "Al Qaeda's backing for the TTP is a thing of the past, officials said.",
    ],
)
def test_an_act_out_of_the_question_is_not_asserted(text: str) -> None:
    found = _events(text)
    assert found
    assert not any(m == "asserted" for *_, m in found)


def test_an_act_under_way_stays_asserted() -> None:
    found = _asserted("Talks between the TTP and the army are under way, a minister said.")
    assert _has(found, "Tehrik", "CONSULT", "Pakistan Army")


# -- i. an act ruled out by "no question / no chance of" ---------------------------------------
def test_no_question_of_an_act_is_not_asserted() -> None:
    found = _events("There is no question of the army negotiating with the TTP, a minister said.")
    assert found
    assert not any(m == "asserted" for *_, m in found)


def test_no_question_that_an_act_happened_stays_asserted() -> None:
    text = "There is no question that the army negotiated with the TTP in 2014, a minister said."
    assert _has(_asserted(text), "Pakistan Army", "CONSULT", "Tehrik")


# -- j. talks that broke down before they began ----------------------------------------------
def test_talks_that_broke_down_before_they_started_were_not_held() -> None:
    found = _events("Talks between the Haqqani network and the ISI broke down before they started.")
    assert found
    assert not any(m == "asserted" for *_, m in found)


def test_talks_that_broke_down_before_an_election_were_held() -> None:
    found = _asserted("Talks between the Haqqani network and the ISI broke down before the vote.")
    assert _has(found, "Haqqani", "CONSULT", "Inter-Services")


# -- k. a report set against the facts by "contrary to" -----------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Nusra and the Islamic State remain at war, contrary to reports of a truce.",
        "Contrary to claims of a truce, Nusra and the Islamic State remain at war.",
    ],
)
def test_a_truce_contrary_to_reports_is_not_asserted_but_the_war_is(text: str) -> None:
    found = _events(text)
    assert not any(t == "AGREE" and m == "asserted" for _s, t, _g, m in found)
    assert _has(_asserted(text), "Nusra", "ASSAULT", "Islamic State")


def test_a_report_contrary_to_the_facts_is_denied() -> None:
    text = "Contrary to reports that the ISI armed the TTP, the group bought its weapons abroad."
    found = _events(text)
    assert any(m == "denied" for *_, m in found)
    assert not any(m == "asserted" for *_, m in found)


# -- l. the classes traps45_frozen's blind run showed (by label note only), on fresh probes ------
@pytest.mark.parametrize(
    "text",
    [
        "The Haqqani network got zero help from the ISI in 2015.",
        "The ISI gave the Haqqani network zero weapons in 2015.",
        "A popular theory in Peshawar holds that the ISI armed the TTP.",
        "A widely held view in Kabul is that the ISI armed the TTP.",
        "It is time Pakistan arrested Lashkar-e-Taiba's leaders, India said.",
        "It is about time the Taliban expelled Al Qaeda, a U.S. envoy said.",
    ],
)
def test_none_given_an_opinion_or_a_due_time_asserts_nothing(text: str) -> None:
    found = _events(text)
    assert found
    assert not any(m == "asserted" for *_, m in found)


@pytest.mark.parametrize(
    ("text", "source", "etype", "target"),
    [
        ("The ISI gave the Haqqani network two hundred rifles in 2015.", "Inter-Services", "AID",
         "Haqqani"),
        ("A U.N. report holds that the ISI armed the TTP.", "Inter-Services", "AID", "Tehrik"),
        ("It was the first time Pakistan had arrested Lashkar-e-Taiba's leaders.", "Pakistan",
         "COERCE", "Lashkar"),
        ("At the time, Pakistan arrested Lashkar-e-Taiba's leaders.", "Pakistan", "COERCE",
         "Lashkar"),
    ],
)  # fmt: skip
def test_a_quantity_a_report_or_a_past_time_keeps_the_act(
    text: str, source: str, etype: str, target: str
) -> None:
    assert _has(_asserted(text), source, etype, target)
