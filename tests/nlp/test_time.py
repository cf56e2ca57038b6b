"""Event-date normalisation: explicit, relative and vague expressions, anchors, fallbacks."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

import pytest

from riftwatch.nlp.time import (
    EventDate,
    event_date,
    find_time_expressions,
    lexicon,
    normalise,
)

REF = "2010-03-01"  # a Monday


@pytest.mark.parametrize(
    ("expression", "value", "precision"),
    [
        # explicit dates
        ("on March 3, 2009", "2009-03-03", "day"),
        ("3 March 2009", "2009-03-03", "day"),
        ("on the 3rd of March 2009", "2009-03-03", "day"),
        ("Wednesday, March 3, 2010", "2010-03-03", "day"),
        ("2009-12-03", "2009-12-03", "day"),
        ("2009-07", "2009-07", "month"),  # a dated table row or log line (lead47)
        ("1999-11: the raid", "1999-11", "month"),
        ("in 2009-10", "2009/2010", "range"),  # a year range, not October
        ("in December 2009", "2009-12", "month"),
        ("in Dec. 2009", "2009-12", "month"),
        ("in December of 2009", "2009-12", "month"),
        ("in 2001", "2001", "year"),
        ("since 2001", "2001/2010-03", "range"),
        ("since March 2009", "2009-03/2010-03", "range"),
        ("in the 1990s", "1990/1999", "range"),
        ("the late 1990s", "1997/1999", "range"),
        ("in the mid-90s", "1994/1996", "range"),
        ("the nineties", "1990/1999", "range"),
        ("mid-2008", "2008-05/2008-08", "range"),
        ("early 2009", "2009-01/2009-04", "range"),
        ("late 2009", "2009-09/2009-12", "range"),
        ("at the end of 2009", "2009-09/2009-12", "range"),
        ("in the first half of 2009", "2009-01/2009-06", "range"),
        ("early December 2009", "2009-12-01/2009-12-10", "range"),
        ("from 2001 to 2005", "2001/2005", "range"),
        ("between March 2009 and May 2010", "2009-03/2010-05", "range"),
        ("from March to May 2009", "2009-03/2009-05", "range"),
        ("the 2008-09 offensive", "2008/2009", "range"),
        # months without a year: the latest such month at or before the reference month
        ("in December", "2009-12", "month"),
        ("in May", "2009-05", "month"),
        ("in March", "2010-03", "month"),
        ("last December", "2009-12", "month"),
        ("in December last year", "2009-12", "month"),
        ("on May 3 last year", "2009-05-03", "day"),
        ("Jan 10", "2010-01-10", "day"),
        ("on March 3", "2009-03-03", "day"),
        # weekdays: the latest on or before the reference day
        ("on Tuesday", "2010-02-23", "day"),
        ("on Monday", "2010-03-01", "day"),
        ("last Monday", "2010-02-22", "day"),
        ("late on Sunday night", "2010-02-28", "day"),
        # deictic expressions
        ("last year", "2009", "year"),
        ("this year", "2010", "year"),
        ("next year", "2011", "year"),
        ("last month", "2010-02", "month"),
        ("yesterday", "2010-02-28", "day"),
        ("last night", "2010-02-28", "day"),
        ("today", "2010-03-01", "day"),
        ("last week", "2010-02-22/2010-02-28", "range"),
        ("earlier this year", "2010-01/2010-03", "range"),
        ("late last year", "2009-09/2009-12", "range"),
        ("since last year", "2009/2010-03", "range"),
        # recent and durations up to the reference
        ("in recent months", "2009-12/2010-03", "range"),
        ("in recent weeks", "2010-02-08/2010-03-01", "range"),
        ("recently", "2009-12/2010-03", "range"),
        ("over the last year and a half", "2008-09/2010-03", "range"),
        ("over the past two years", "2008-03/2010-03", "range"),
        ("in the past year", "2009-03/2010-03", "range"),
        ("for the last nine years", "2001-03/2010-03", "range"),
        ("for the last 9 years", "2001-03/2010-03", "range"),
        ("for nine years", "2001-03/2010-03", "range"),
        ("for twenty-five years", "1985-03/2010-03", "range"),
        ("nearly two decades", "1990-03/2010-03", "range"),
        ("over three decades", "1980-03/2010-03", "range"),
        ("in the past few years", "2007-03/2010-03", "range"),
        ("for 12 months", "2009-03/2010-03", "range"),
        # ago
        ("two years ago", "2008", "year"),
        ("2 years ago", "2008", "year"),
        ("a decade ago", "2000", "year"),
        ("three months ago", "2009-12", "month"),
        ("a year and a half ago", "2008-09", "month"),
        ("two weeks ago", "2010-02-15/2010-02-21", "range"),
        ("three days ago", "2010-02-26", "day"),
        # seasons
        ("last summer", "2009-06/2009-08", "range"),
        ("this winter", "2009-12/2010-02", "range"),
        ("in the summer of 2009", "2009-06/2009-08", "range"),
        ("since spring", "2009-03/2010-03", "range"),
        # named dates
        ("on 9/11", "2001-09-11", "day"),
        ("since 9/11", "2001-09-11/2010-03-01", "range"),
    ],
)
def test_normalise(expression: str, value: str, precision: str) -> None:
    result = normalise(expression, REF)
    assert result is not None, expression
    assert (result.value, result.precision) == (value, precision)
    assert result.text is not None and result.text in expression


@pytest.mark.parametrize(
    "expression",
    [
        "in the past",
        "once",
        "has long",
        "long ago",
        "for years",
        "many years ago",
        "at the time",
        "the following year",
        "the previous year",
        "two years later",
        "nothing here",
    ],
)
def test_vague_or_absent_expressions_give_none(expression: str) -> None:
    assert normalise(expression, REF) is None


def test_reference_may_be_a_date_or_datetime() -> None:
    assert normalise("yesterday", date(2010, 3, 1)).value == "2010-02-28"
    assert normalise("yesterday", datetime(2010, 3, 1, 14, 3)).value == "2010-02-28"
    assert normalise("yesterday", "2010-03-01T14:03:00Z").value == "2010-02-28"


@pytest.mark.parametrize(
    ("expression", "reference", "value"),
    [
        # absolute dates need no reference
        ("in 2001", None, "2001"),
        ("on March 3, 2009", None, "2009-03-03"),
        ("in the 1990s", None, "1990/1999"),
        ("since 2001", None, "2001"),  # no end to the range without a reference
        # a year is enough for years ...
        ("last year", "2010", "2009"),
        ("two years ago", "2010", "2008"),
        ("over the past two years", "2010", "2008/2010"),
        # ... a month for months ...
        ("last month", "2010-03", "2010-02"),
        ("in December", "2010-03", "2009-12"),
        ("in recent weeks", "2010-03", "2010-02/2010-03"),
        # ... and days need a day
        ("yesterday", "2010-03", None),
        ("on Tuesday", "2010-03", None),
        ("last week", "2010-03", None),
        ("last month", "2010", None),
        ("in December", "2010", None),
        ("last year", None, None),
        ("in December", None, None),
        ("last year", "someday", None),
    ],
)
def test_coarse_and_missing_references(
    expression: str, reference: str | None, value: str | None
) -> None:
    result = normalise(expression, reference)
    assert (result.value if result else None) == value


@pytest.mark.parametrize(
    ("reference", "value"),
    [
        ("2010-03-01", "2010-03-01"),
        ("2010-03", "2010-03"),
        ("2010", "2010"),
        (None, None),
        ("not a date", None),
    ],
)
def test_no_expression_falls_back_to_the_reference(reference: str | None, value: str) -> None:
    result = event_date("Taliban commanders refused to shelter Al Qaeda fighters.", reference)
    assert result == EventDate(value, "reported", None)


def test_unresolvable_expression_falls_back_but_keeps_its_text() -> None:
    sentence = "Militants attacked the post yesterday."
    result = event_date(sentence, "2010-03")
    assert (result.value, result.precision, result.text) == ("2010-03", "reported", "yesterday")
    assert sentence[result.start : result.end] == "yesterday"
    vague = event_date("The group has long sheltered foreign fighters.", REF)
    assert (vague.value, vague.precision, vague.text) == (REF, "reported", "long")


def test_event_date_offsets_point_into_the_sentence() -> None:
    sentence = "Pakistani gunships attacked TTP positions in Orakzai on Sunday, officials said."
    result = event_date(sentence, REF, anchor=sentence.index("attacked"))
    assert (result.value, result.precision) == ("2010-02-28", "day")
    assert sentence[result.start : result.end] == result.text == "on Sunday"


SENTENCE = (
    "Al Qaeda was forced out of Afghanistan in 2001, and last year it moved its "
    "training camps to North Waziristan."
)


@pytest.mark.parametrize(
    ("verb", "value", "text"),
    [("forced", "2001", "in 2001"), ("moved", "2009", "last year")],
)
def test_anchor_picks_the_expression_of_its_own_verb(verb: str, value: str, text: str) -> None:
    result = event_date(SENTENCE, REF, anchor=SENTENCE.index(verb))
    assert (result.value, result.text) == (value, text)


def test_without_anchor_the_first_definite_expression_is_used() -> None:
    assert event_date(SENTENCE, REF).value == "2001"
    once = "Once a close ally of Al Qaeda, the group attacked a checkpoint on Tuesday."
    assert event_date(once, REF).value == "2010-02-23"


def test_same_clause_beats_a_nearer_expression_in_another_clause() -> None:
    sentence = "Last year the Taliban, weakened and divided, attacked Kabul; in 2001 they fled."
    attacked = event_date(sentence, REF, anchor=sentence.index("attacked"))
    fled = event_date(sentence, REF, anchor=sentence.index("fled"))
    assert (attacked.value, fled.value) == ("2009", "2001")
    but = "The commander met Baitullah Mehsud in May, but the group split in 2008."
    assert event_date(but, REF, anchor=but.index("met")).value == "2009-05"
    assert event_date(but, REF, anchor=but.index("split")).value == "2008"


def test_a_vague_expression_next_to_the_anchor_blocks_a_distant_date() -> None:
    sentence = "The militants, who have long used the valley, attacked a checkpoint in 2009."
    assert event_date(sentence, REF, anchor=sentence.index("used")).precision == "reported"
    assert event_date(sentence, REF, anchor=sentence.index("attacked")).value == "2009"


@pytest.mark.parametrize(
    "sentence",
    [
        "The raid ended, killing at least eight recruits.",
        "The army deployed 28,000 soldiers to the valley.",
        "The group's No. 2 was captured.",
        "The group may attack soon, and supporters will march on Kabul.",
        "A two-day operation and a 12-month plan were announced.",
        "The detainee, approximately 30 years old, is in his 30s.",
        "A force of 2000 fighters, around 1999 of them local, massed at 1900 hours.",
        "The spring offensive began after the fall of Kabul.",
        "The army has been pressing the TTP since it launched an offensive.",
        "Brigade 313 lost 1,500 men and 2.5 tonnes of explosives.",
    ],
)
def test_numbers_that_are_not_dates(sentence: str) -> None:
    assert find_time_expressions(sentence) == []
    assert event_date(sentence, REF).precision == "reported"


def test_find_time_expressions_spans() -> None:
    sentence = "Since 2001, and especially in recent months, fighters crossed on Tuesday."
    spans = find_time_expressions(sentence)
    assert [text for _, _, text in spans] == ["Since 2001", "in recent months", "on Tuesday"]
    assert all(sentence[s:e] == text for s, e, text in spans)


def test_longest_expression_wins_over_its_parts() -> None:
    assert [t for _, _, t in find_time_expressions("in the past two years")] == [
        "in the past two years"
    ]
    assert [t for _, _, t in find_time_expressions("more than two years ago")] == [
        "more than two years ago"
    ]


def test_eventdate_is_frozen_and_lexicon_is_loaded_once() -> None:
    result = normalise("in 2001", REF)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.value = "2002"  # type: ignore[misc]
    assert lexicon() is lexicon()
    assert lexicon()["months"]["December"]["number"] == 12
