"""Posts held in another group (issue 10, helper world8): a person the knowledge base names
stands for the group he led or belonged to, so a post he held in a second group before his
post in his own group began ("P was a commander of X", "P served in X") ties the two groups
(COOPERATE from his group to X), as a founder told by a clause does; a post in his own group,
or a text dated within his tenure, ties nothing. Territorial commands
("commanded X's second zone", "led the X's northern katiba") are units of X, and a seat on a
governing body of X ("sat in the leadership of X") a post in it. Pejorative labelling ("X
branded Y a gang of traitors") accuses. Each class is
tested on invented sentences and invented groups, with negated, hedged and denied twins that
must not be asserted.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events

# Hassan Hattab is a knowledge-base person who stands for the GSPC (Salafist Group for
# Preaching and Combat); the Kumasi Brigade is an invented group.
HATTAB_GROUP = "Salafist Group"


@pytest.mark.parametrize(
    "text",
    [
        "Hassan Hattab was a commander of the Kumasi Brigade.",
        "Hassan Hattab was a senior officer of the Kumasi Brigade in the early 1990s.",
        "Hassan Hattab served in the Kumasi Brigade before the war.",
    ],
)
def test_a_known_person_s_post_in_another_group_ties_his_group_to_it(text: str) -> None:
    assert_events(
        named_events(text, date="1994-01-01"), gives=[(HATTAB_GROUP, "COOPERATE", "Kumasi Brigade")]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Hassan Hattab was never a commander of the Kumasi Brigade.",
        "Hassan Hattab was not a member of the Kumasi Brigade.",
        "Hassan Hattab may have been a commander of the Kumasi Brigade.",
        "Hassan Hattab reportedly served in the Kumasi Brigade, but this was never confirmed.",
        "Hassan Hattab denied that he had served in the Kumasi Brigade.",
        "If Hassan Hattab were a commander of the Kumasi Brigade, the talks would fail.",
    ],
)
def test_negated_hedged_or_denied_posts_tie_nothing(text: str) -> None:
    assert_events(
        named_events(text, date="1994-01-01"), gives_not=[(HATTAB_GROUP, None, "Kumasi Brigade")]
    )


def test_a_post_in_his_own_group_is_no_tie() -> None:
    found = named_events("Hassan Hattab was a commander of the GSPC.", date="2000-01-01")
    assert not [e for e in found if e[1] == "COOPERATE"], found


def test_a_post_told_within_his_own_tenure_is_no_tie() -> None:
    # dated while he led his own group: another reading (a name of his own group, a title),
    # not his prehistory
    assert_events(
        named_events("Hassan Hattab was a commander of the Kumasi Brigade.", date="2001-06-01"),
        gives_not=[(HATTAB_GROUP, None, "Kumasi Brigade")],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Osei, who later founded the Volta Front, commanded the Kumasi Brigade's second zone.",
        "Osei, who later founded the Volta Front, led the northern katiba of the Kumasi Brigade.",
        "Osei, who later founded the Volta Front, ran the Kumasi Brigade's western commission.",
    ],
)
def test_a_territorial_command_of_a_group_is_a_unit_of_it(text: str) -> None:
    assert_events(named_events(text), gives=[("Volta Front", "COOPERATE", "Kumasi Brigade")])


@pytest.mark.parametrize(
    "text",
    [
        "Osei, who later founded the Volta Front, never commanded the Kumasi Brigade's second "
        "zone.",
        "Osei, who later founded the Volta Front, may have led the northern katiba of the Kumasi "
        "Brigade.",
    ],
)
def test_negated_or_hedged_territorial_commands_tie_nothing(text: str) -> None:
    assert_events(named_events(text), gives_not=[("Volta Front", None, "Kumasi Brigade")])


# -- a seat on a governing body of X: "sat in the leadership of X", "served on X's council" --
@pytest.mark.parametrize(
    "text",
    [
        "Osei, who later founded the Volta Front, sat in the leadership of the Kumasi Brigade.",
        "Osei, who later founded the Volta Front, served on the Kumasi Brigade's central "
        "committee.",
        "Hassan Hattab sat on the council of the Kumasi Brigade.",
    ],
)
def test_a_seat_on_a_governing_body_of_a_group_is_a_post_in_it(text: str) -> None:
    source = "Volta Front" if "Osei" in text else HATTAB_GROUP
    assert_events(
        named_events(text, date="1994-01-01"), gives=[(source, "COOPERATE", "Kumasi Brigade")]
    )


@pytest.mark.parametrize(
    "text",
    [
        "Osei, who later founded the Volta Front, never sat in the leadership of the Kumasi "
        "Brigade.",
        "Osei, who later founded the Volta Front, may have served on the Kumasi Brigade's "
        "central committee.",
        "Hassan Hattab denied that he had sat on the council of the Kumasi Brigade.",
    ],
)
def test_negated_hedged_or_denied_seats_tie_nothing(text: str) -> None:
    source = "Volta Front" if "Osei" in text else HATTAB_GROUP
    assert_events(
        named_events(text, date="1994-01-01"), gives_not=[(source, None, "Kumasi Brigade")]
    )


# -- pejorative labelling and public censure: "X branded Y a gang of traitors" ---------------
@pytest.mark.parametrize(
    "text",
    [
        "The Volta Front branded the Kumasi Brigade a gang of traitors.",
        "Osei walked out and formed the Kumasi Brigade, which the Volta Front branded a "
        "counter-revolutionary gang.",
        "The Volta Front castigated the Kumasi Brigade for its raids.",
        "The Volta Front vilified the Kumasi Brigade in its broadcasts.",
    ],
)
def test_pejorative_labelling_accuses(text: str) -> None:
    assert_events(named_events(text), gives=[("Volta Front", "ACCUSE", "Kumasi Brigade")])


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Front never branded the Kumasi Brigade a gang of traitors.",
        "The Volta Front may brand the Kumasi Brigade a gang of traitors.",
        "The Volta Front denied that it had branded the Kumasi Brigade traitors.",
        "If the Volta Front brands the Kumasi Brigade traitors, the talks will end.",
        "The Volta Front threatened to brand the Kumasi Brigade traitors.",
    ],
)
def test_negated_hedged_denied_or_future_labelling_is_not_asserted(text: str) -> None:
    assert_events(named_events(text), gives_not=[("Volta Front", "ACCUSE", "Kumasi Brigade")])
