"""mmp30 mechanisms, on invented sentences with negated, hedged and look-alike twins.

Each case is a sentence nobody reported, about real or invented groups; the events are
(source id, PLOVER type, target id, modality) as the API prints them.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import api_id_events as _events

from riftwatch.actors.open import open_id

HAMAS, ASBAT = "org:hamas", "org:asbat-al-ansar"


def _split(text: str, source: str, target: str, date: str = "2012-01-01") -> list:
    return [e for e in _events(text, date)
            if e[0] == source and e[1] == "REJECT" and e[2] == target
            and e[3] == "asserted"]  # fmt: skip


# -- "X was formed by P, who had left Y", "X appeared, set up by militants who had left Y":
# the founders' relative clause tells the split, so the founded group split from Y too
# (mechanisms.founders_who_left; a founding participle's group, mechanisms._participle_founded)


@pytest.mark.parametrize(
    ("text", "founded", "left"),
    [
        (
            "The Zarqa Brigade was formed in 2011 by Omar Haddad, who had walked out of Hamas.",
            "Zarqa Brigade",
            HAMAS,
        ),
        (
            "The Zarqa Brigade appeared in Gaza in 2011, set up by militants who had left Hamas.",
            "Zarqa Brigade",
            HAMAS,
        ),
        (
            "The Sidon Youth Brigade, founded in 2009 by gunmen who had deserted Asbat al-Ansar, "
            "attacked the camp's police.",
            "Sidon Youth Brigade",
            ASBAT,
        ),
        (
            "The Sidon Youth Brigade was launched in 2009 by Salim Nour, who had led a breakaway "
            "faction out of Asbat al-Ansar.",
            "Sidon Youth Brigade",
            ASBAT,
        ),
    ],
)
def test_a_group_founded_by_leavers_told_in_a_clause_split_from_their_group(
    text: str, founded: str, left: str
) -> None:
    assert _split(text, open_id(founded), left), _events(text)


@pytest.mark.parametrize(
    ("text", "founded", "left"),
    [
        # negated, hedged and conditional leaving: no split of the founded group
        (
            "The Zarqa Brigade was formed in 2011 by Omar Haddad, who had never left Hamas.",
            "Zarqa Brigade",
            HAMAS,
        ),
        (
            "The Zarqa Brigade was formed in 2011 by Omar Haddad, who may have left Hamas.",
            "Zarqa Brigade",
            HAMAS,
        ),
        (
            "The Zarqa Brigade appeared in Gaza in 2011, set up by militants who would leave "
            "Hamas if it signed a truce.",
            "Zarqa Brigade",
            HAMAS,
        ),
        # founders who fought beside the group left nothing
        (
            "The Zarqa Brigade was formed in 2011 by Omar Haddad, who had fought beside Hamas.",
            "Zarqa Brigade",
            HAMAS,
        ),
        # a split told inside the founders' clause is not theirs: no split from Fatah
        (
            "The Zarqa Brigade was founded by commanders who had left Hamas in protest "
            "at its break with Fatah.",
            "Zarqa Brigade",
            "org:fatah",
        ),
        # a founding denied
        (
            "The Sidon Youth Brigade was not set up by gunmen who had deserted Asbat al-Ansar, the "
            "camp's committee said.",
            "Sidon Youth Brigade",
            ASBAT,
        ),
    ],
)
def test_no_split_of_the_founded_group_without_an_asserted_leaving(
    text: str, founded: str, left: str
) -> None:
    assert not _split(text, open_id(founded), left), _events(text)


# -- "Ahrar al-Zorba was formed in 2016 by ...": the subject of a passive founding with its
# founders told is a group's name, Arabic articles and hyphens inside it
# (mentions._founded_name)


@pytest.mark.parametrize(
    ("text", "founded", "left"),
    [
        (
            "Ahrar al-Zorba was formed in 2016 by former Ahrar al-Sham fighters.",
            "Ahrar al-Zorba",
            "org:ahrar-al-sham",
        ),
        ("Qalat Zorbani was founded in 2012 by defectors from Hamas.", "Qalat Zorbani", HAMAS),
        (
            "Jaish al-Zorba was set up in 2013 by commanders who had left Hamas.",
            "Jaish al-Zorba",
            HAMAS,
        ),
    ],
)
def test_a_group_named_as_the_subject_of_its_founding_is_found(
    text: str, founded: str, left: str
) -> None:
    assert _split(text, open_id(founded), left), _events(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an operation is launched, not founded; a founding without founders names nothing
        ("Operation Zorba Shield was launched in 2016 by Hamas.", "Operation Zorba Shield"),
        ("Qalat Zorbani was founded in 2012.", "Qalat Zorbani"),
    ],
)
def test_no_group_from_a_launch_or_a_founding_without_founders(text: str, name: str) -> None:
    assert not [e for e in _events(text) if open_id(name) in (e[0], e[2])], _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ahrar al-Zorba was not formed by former Ahrar al-Sham fighters, its leaders said.",
        "Ahrar al-Zorba may have been formed by former Ahrar al-Sham fighters.",
    ],
)
def test_a_denied_or_hedged_founding_asserts_no_split(text: str) -> None:
    assert not _split(text, open_id("Ahrar al-Zorba"), "org:ahrar-al-sham"), _events(text)


# -- "X was founded as Y's Iranian branch": the possessor of a unit noun in the "as" phrase
# of a founding is the whole X belongs to, as in "as the branch of Y"
# (mechanisms.relation_noun_holders)


@pytest.mark.parametrize(
    "text",
    [
        "Jund al-Zorba was founded in 2011 as Hamas's Jordanian branch.",
        "The Zarqa Brigade, set up in 2009 as Hamas's armed wing in Jordan, bombed a hotel.",
    ],
)
def test_a_group_founded_as_another_groups_branch_belongs_to_it(text: str) -> None:
    found = [e for e in _events(text) if e[1] == "COOPERATE" and e[2] == HAMAS]
    assert [e for e in found if e[3] == "asserted"], _events(text)


@pytest.mark.parametrize(
    "text",
    [
        "Jund al-Zorba was not founded as Hamas's Jordanian branch.",
        "Jund al-Zorba may have been founded as Hamas's Jordanian branch.",
        # a view, not the role: no founding, no tie
        "Egyptian officials treated Jund al-Zorba as Hamas's Jordanian branch.",
    ],
)
def test_a_denied_hedged_or_viewed_branch_is_no_asserted_tie(text: str) -> None:
    assert not [
        e for e in _events(text) if e[1] == "COOPERATE" and e[2] == HAMAS and e[3] == "asserted"
    ], _events(text)


# -- "the PFLP's armed wing": bare initials no alias holds, spelled by one known armed group's
# full name, are that group (actors.resolve.Resolver._initials_of_name)

PFLP = "org:popular-front-for-the-liberation-of-palestine"


@pytest.mark.parametrize(
    "text",
    [
        "The Abu Zorba Brigades, the PFLP's armed wing, shot two settlers in 2003.",
        "In 2003 the Abu Zorba Brigades served as the armed wing of the PFLP.",
    ],
)
def test_bare_initials_of_a_known_groups_name_are_that_group(text: str) -> None:
    found = _events(text)
    assert [e for e in found if e[2] == PFLP and e[3] == "asserted"], found
    assert not [e for e in found if "open:pflp" in (e[0], e[2])], found


@pytest.mark.parametrize(
    "text",
    [
        "The Abu Zorba Brigades may have served as the armed wing of the PFLP in 2003.",
        "The Abu Zorba Brigades never served as the armed wing of the PFLP.",
    ],
)
def test_initials_resolved_keep_the_modality(text: str) -> None:
    assert not [e for e in _events(text) if e[2] == PFLP and e[3] == "asserted"], _events(text)


def test_a_common_word_in_capitals_is_no_group() -> None:
    from riftwatch.actors.api import resolve_mention

    found = resolve_mention("ASAP", "2003")
    assert (
        not (found.get("organization") or found.get("actor") or {}).get("id", "").startswith("org:")
    ), found


# -- "X shot Y to avenge the killing of Z's leader": what X avenges was done to Z by someone
# else; X is not its agent (code.SentenceCoder._avenged)


@pytest.mark.parametrize(
    "text",
    [
        "The Zarqa Brigade shot two soldiers in 2012 to avenge the killing of Hamas's leader.",
        "The Zarqa Brigade shot two soldiers in 2012 in revenge for the killing of Hamas's leader.",
    ],
)
def test_an_avenger_is_not_the_agent_of_the_killing_it_avenges(text: str) -> None:
    found = _events(text)
    assert not [e for e in found if e[1] == "ASSAULT" and e[2] == HAMAS], found


def test_an_avenging_attack_on_the_killer_stays() -> None:
    text = "The Zarqa Brigade avenged the killing of its commander by attacking Hamas in 2012."
    found = _events(text)
    assert [e for e in found if e[1] == "ASSAULT" and e[2] == HAMAS and e[3] == "asserted"], found
