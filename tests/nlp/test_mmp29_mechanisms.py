"""mmp29 mechanisms, on invented sentences with negated, hedged and look-alike twins.

Each case is a sentence nobody reported about invented groups; the events are (source, PLOVER
type, target, modality) by organisation name (:func:`tests.nlp.conftest.named_events`).
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_between, has, id_events, named_events

from riftwatch.actors.open import open_id

# -- "X merged with P's brigade to form Z": the infinitive the parser hung on the partner noun
# completes the merging verb (mechanisms._joining_verb), and is no headline's future
# (modality._headline_infinitive)


ANSARU, MOURABITOUN = "org:ansarul-muslimina-fi-biladis-sudan", "org:al-mourabitoun"


def _asserted_pair(text: str, source: str, target: str, date: str = "2012-01-01") -> list:
    return [e for e in id_events(text, date)
            if e[0] == source and e[2] == target and e[3] == "asserted"]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Ansaru merged with Belmokhtar's brigade to form al-Mourabitoun in May 2011.",
        "GSPC merged with Belmokhtar's brigade to form al-Mourabitoun in May 2011.",
    ],
)
def test_a_group_that_merged_to_form_another_joins_it(text: str) -> None:
    found = id_events(text, "2012-01-01")
    # each merging party joins the group formed, asserted (not a headline's 'to form')
    assert [e for e in found if e[2] == MOURABITOUN and e[3] == "asserted"], found
    assert not [e for e in found if e[2] == MOURABITOUN and e[3] == "future"], found


@pytest.mark.parametrize(
    "text",
    [
        "Ansaru did not merge with Belmokhtar's brigade to form al-Mourabitoun in May 2011.",
        "Ansaru may have merged with Belmokhtar's brigade to form al-Mourabitoun in May 2011.",
        "Ansaru to merge with Belmokhtar's brigade to form al-Mourabitoun",
        "Ansaru would merge with Belmokhtar's brigade to form al-Mourabitoun if talks succeed.",
    ],
)
def test_a_merger_to_form_another_keeps_modality(text: str) -> None:
    assert not _asserted_pair(text, ANSARU, MOURABITOUN), id_events(text, "2012-01-01")


# -- "X led / took part in the assault that retook the town from Y": the operation's agent
# is who led or joined it (mechanisms.operation_agent, cues.yaml operation_leading_verbs)


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army led the assault that retook the town of Dara from the Zorblan Front in "
        "2009.",
        "The Volta Army spearheaded the offensive that drove the Zorblan Front out of the "
        "valley in 2009.",
        "Fighters of the Volta Army took part in the offensive that drove the Zorblan Front out "
        "of the valley in 2009.",
        "The Volta Army joined in the assault that pushed the Zorblan Front out of Dara in 2009.",
    ],
)
def test_who_led_or_joined_an_operation_acts_in_it(text: str) -> None:
    found = named_events(text)
    assert asserted_between(found, "Volta Army", "Zorblan Front"), found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The Volta Army recaptured the town of Dara from the Zorblan Front in 2009.", "asserted"),
        (
            "The Volta Army did not recapture the town of Dara from the Zorblan Front in 2009.",
            "negated",
        ),
    ],
)
def test_ground_retaken_from_a_party_is_taken_from_it(text: str, modality: str) -> None:
    found = named_events(text)
    assert has(found, "Volta Army", "COERCE", "Zorblan Front", modality), found
    if modality != "asserted":
        assert not asserted_between(found, "Volta Army", "Zorblan Front"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army did not lead the assault that retook the town of Dara from the Zorblan "
        "Front in 2009.",
        "The Volta Army may have taken part in the offensive that drove the Zorblan Front out "
        "of the valley in 2009.",
        "The Volta Army refused to take part in the offensive that drove the Zorblan Front out "
        "of the valley in 2009.",
        "The Volta Army condemned the offensive that drove the Zorblan Front out of the valley "
        "in 2009.",
        "The Volta Army took part in the talks that followed the Zorblan Front's retreat in 2009.",
    ],
)
def test_an_operation_not_led_or_joined_names_no_agent(text: str) -> None:
    found = named_events(text)
    assert not {e for e in asserted_between(found, "Volta Army", "Zorblan Front")
                if e[1] in ("ASSAULT", "COERCE")}, found  # fmt: skip


# -- a Spanish plural article is no part of an open actor's id (actors.open.open_id)


def test_a_gang_named_with_or_without_its_article_is_one_open_actor() -> None:
    assert open_id("Los Halconeros") == open_id("the Halconeros") == open_id("Halconeros")
    with_article = id_events("Los Halconeros attacked the Zorblan Front in 2009.", "2010-01")
    without = id_events("The Halconeros attacked the Zorblan Front in 2009.", "2010-01")
    assert with_article and without, (with_article, without)
    assert with_article[0][0] == without[0][0] == open_id("Halconeros")


def test_a_gang_named_without_its_article_keeps_modality() -> None:
    found = id_events("The Halconeros did not attack the Zorblan Front in 2009.", "2010-01")
    assert not [e for e in found if e[3] == "asserted"], found


def test_an_article_alone_is_no_name_to_strip() -> None:
    assert open_id("Los") == "open:los"
    assert open_id("La Zorbla") == "open:la-zorbla"  # only the plural articles


# -- "X was raised by P, a former commander of Y": 'raise' is a founding verb (events.yaml
# founding_verbs), so a group raised by people who left another split from it


@pytest.mark.parametrize(
    "text",
    [
        "The Kela Brigade was raised in 2010 by Abu Zorb, a former Volta Army commander.",
        "The Kela Brigade was raised in 2010 by former commanders of the Volta Army.",
    ],
)
def test_a_group_raised_by_former_commanders_of_another_split_from_it(text: str) -> None:
    found = named_events(text)
    assert has(found, "Kela Brigade", "REJECT", "Volta Army"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Kela Brigade was not raised by former commanders of the Volta Army.",
        "The Kela Brigade may have been raised by former commanders of the Volta Army.",
        "The Volta Army raised concerns about the Kela Brigade in 2010.",
    ],
)
def test_a_raising_denied_hedged_or_of_no_group_tells_no_split(text: str) -> None:
    found = named_events(text)
    assert not has(found, "Kela Brigade", "REJECT", "Volta Army"), found


# -- "X laid siege to Y's stronghold / to the camps held by Y": 'lay' is a light verb of
# agency (events.yaml light_verbs) and 'to' names the siege's patient


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army laid siege to the camps held by the Zorblan Front in 2009.",
        "The Volta Army laid siege to the Zorblan Front's stronghold in 2009.",
    ],
)
def test_a_siege_laid_to_a_party_or_its_place_attacks_it(text: str) -> None:
    found = named_events(text)
    assert has(found, "Volta Army", "ASSAULT", "Zorblan Front"), found


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army did not lay siege to the Zorblan Front's stronghold in 2009.",
        "The Volta Army threatened to lay siege to the Zorblan Front's stronghold in 2009.",
        "The Volta Army may have laid siege to the camps held by the Zorblan Front in 2009.",
    ],
)
def test_a_siege_negated_threatened_or_hedged_is_not_asserted(text: str) -> None:
    found = named_events(text)
    assert not has(found, "Volta Army", "ASSAULT", "Zorblan Front"), found


# -- "bombers sent jointly by X and Y", "the raid was planned together by X and Y": the
# coordinated 'by' agents of a passive done jointly cooperate (code.SentenceCoder._together)


@pytest.mark.parametrize(
    "text",
    [
        "Two suicide bombers sent jointly by the Volta Army and the Zorblan Front struck the port "
        "in 2009.",
        "The raid on the port was planned jointly by the Volta Army and the Zorblan Front in 2009.",
    ],
)
def test_joint_agents_of_a_passive_cooperate(text: str) -> None:
    found = named_events(text)
    assert has(found, "Volta Army", "COOPERATE", "Zorblan Front"), found
    assert has(found, "Zorblan Front", "COOPERATE", "Volta Army"), found


@pytest.mark.parametrize(
    "text",
    [
        "The raid on the port was not planned jointly by the Volta Army and the Zorblan Front.",
        "Two bombers allegedly sent jointly by the Volta Army and the Zorblan Front struck the "
        "port in 2009.",
        "Two bombers sent by the Volta Army and the Zorblan Front struck the port in 2009.",
    ],
)
def test_joint_agents_negated_hedged_or_not_joint_do_not_cooperate(text: str) -> None:
    found = named_events(text)
    assert not has(found, "Volta Army", "COOPERATE", "Zorblan Front"), found


# -- "the Palestinian camps held by Y": the holder the 'by' agent names comes before a
# demonym on the place (code.SentenceCoder._actor, written.held_by)


def test_a_place_held_by_a_party_is_its_even_with_a_demonym() -> None:
    found = named_events(
        "The Volta Army shelled the Lebanese bases used by the Zorblan Front in 2009."
    )
    assert has(found, "Volta Army", "ASSAULT", "Zorblan Front"), found


def test_a_place_no_longer_held_by_a_party_is_not_its() -> None:
    found = named_events(
        "The Volta Army shelled the Lebanese bases no longer used by the Zorblan Front in 2009."
    )
    assert not has(found, "Volta Army", "ASSAULT", "Zorblan Front"), found
