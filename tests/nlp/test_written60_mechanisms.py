"""Written reports, round 43 of the data (issue 9, helper written60): classes met over the work
halves of rounds 30-43, each fixed as a mechanism for its whole family of wordings, tested on
invented sentences (none of them a labelled item) with negated, hedged or look-alike twins
that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- a gerund the parser makes the root under a noun of talk ("Talk of X units in Kunar
# switching their allegiance to Y was dismissed as ..."): the passive verdict hung under it
# governs what the talk tells (modality._verdict_under_report_gerund)
@pytest.mark.parametrize(
    "text",
    [
        "Talk of whole Taliban units in Kunar switching their allegiance to the Islamic State "
        "was dismissed as exaggeration by Afghan intelligence officials.",
        "Talk of whole Haqqani units in Kurram switching their allegiance to the Pakistani "
        "Taliban was dismissed as fantasy by army officers.",
    ],
)  # fmt: skip
def test_dismissed_talk_is_not_asserted(text: str) -> None:
    found = named_events(text, "2016-01-20")
    assert_events(found, gives_not=[("", "SUPPORT", "")])


def test_confirmed_talk_keeps_the_event() -> None:
    found = named_events(
        "Talk of Taliban units in Kunar switching their allegiance to the Islamic State was "
        "confirmed by Afghan officials.",
        "2016-01-20",
    )
    assert_events(found, gives=[("Taliban", "SUPPORT", "Islamic State")])


# -- a superior's ruling, order or directive is a demand: brushing it aside, ignoring or
# spurning it turns down its author (cues.yaml proposal_nouns, mechanisms.dismissed_proposals)
@pytest.mark.parametrize(
    "text",
    [
        "Baghdadi brushed aside Zawahiri's ruling that his fighters should leave Syria.",
        "Baghdadi ignored Zawahiri's order to pull his men out of Syria.",
        "The Islamic State's leader spurned Al Qaeda's directive on the Syrian front.",
    ],
)  # fmt: skip
def test_turning_down_a_ruling_rejects_its_author(text: str) -> None:
    found = named_events(text, "2013-06-15")
    assert_events(found, gives=[("Islamic State", "REJECT", "Al Qaeda")])


@pytest.mark.parametrize(
    "text",
    [
        "Baghdadi never brushed aside Zawahiri's ruling on Syria.",
        "Baghdadi may have ignored Zawahiri's order to pull his men out of Syria.",
        "Officials denied that Baghdadi had brushed aside Zawahiri's ruling.",
    ],
)  # fmt: skip
def test_turning_down_a_ruling_negated_or_hedged(text: str) -> None:
    found = named_events(text, "2013-06-15")
    assert_events(found, gives_not=[("Islamic State", "REJECT", "Al Qaeda")])


# -- "X put / brought an end to its truce with Y" with the parser hanging "with Y" on the
# verb: the truce's other party is that "with" phrase, and the ending runs from X only
# (code.SentenceCoder, modality.put_to_an_end)
@pytest.mark.parametrize(
    "text",
    [
        "The TTP put an end to its truce with the government.",
        "The Pakistani Taliban put an end to their truce with Islamabad in 2022 and told "
        "their fighters to resume attacks.",
    ],
)  # fmt: skip
def test_putting_an_end_to_a_truce_is_one_way(text: str) -> None:
    found = named_events(text, "2022-11-28")
    assert_events(
        found,
        gives=[("Tehrik-i-Taliban", "REJECT", "Government of Pakistan")],
        gives_not=[("Government of Pakistan", "REJECT", "Tehrik-i-Taliban")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "The TTP did not put an end to its truce with the government.",
        "The TTP may put an end to its truce with the government.",
        "The TTP threatened to put an end to its truce with the government.",
    ],
)  # fmt: skip
def test_putting_an_end_to_a_truce_negated_or_hedged(text: str) -> None:
    found = named_events(text, "2022-11-28")
    assert_events(found, gives_not=[("Tehrik-i-Taliban", "REJECT", "Government of Pakistan")])


def test_both_parties_ending_their_truce_stay_both_ways() -> None:
    found = named_events("The TTP and the government put an end to their truce.", "2022-11-28")
    assert_events(
        found,
        gives=[("Tehrik-i-Taliban", "REJECT", "Government of Pakistan"),
               ("Government of Pakistan", "REJECT", "Tehrik-i-Taliban")],
    )  # fmt: skip


# -- a gerund the parser hangs on the report noun itself, after its "of" phrase ("Stories of
# X fighters in Kurram sheltering Y were dismissed as propaganda"): what the stories tell,
# governed by the verdict on them (modality._report_gerund_on_noun)
def test_dismissed_stories_are_not_asserted() -> None:
    found = named_events(
        "Stories of Haqqani fighters in Kurram sheltering Al Qaeda men were dismissed as "
        "propaganda by the army.",
        "2012-03-01",
    )
    assert_events(found, gives_not=[("Haqqani", "AID", "Al Qaeda")])


def test_confirmed_stories_keep_the_event() -> None:
    found = named_events(
        "Stories of Haqqani fighters in Kurram sheltering Al Qaeda men were confirmed by "
        "Pakistani officials.",
        "2012-03-01",
    )
    assert_events(found, gives=[("Haqqani", "AID", "Al Qaeda")])
