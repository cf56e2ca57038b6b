"""replay47: unnamed state forces in relationship rows (issue 10), fixed as a class.

A row tells a group's break with a state through the state's posts or convoys with no
country named ("overran army outposts", "ambushed an army convoy"): the bare "army" as the
modifier of a post, camp, convoy or patrol noun is the state's own, as "government troops"
are, the home of the one group the sentence names (cues.yaml ``state_post_modifiers``,
``state_post_nouns``; ``extract._state_post``). Every sentence is invented for these tests
(other names, places and words than any replay row); each positive has twins that must not
be asserted (denied, hedged) or that name something else (force nouns, another army).
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_ids, types_between


@pytest.mark.parametrize(
    ("text", "group", "state"),
    [
        ("In March 2019 the Arakan Army overran two army outposts in the hills of Paletwa.",
         "org:arakan-army", "country:myanmar"),
        ("In 2015 Kachin Independence Army fighters ambushed an army convoy on the jade mine "
         "road.", "org:kachin-independence-army", "country:myanmar"),
        ("That winter the Karen National Liberation Army raided a military camp on the Moei "
         "river and burned its barracks.", "org:karen-national-liberation-army",
         "country:myanmar"),
        ("In 2012 al-Shabaab fighters attacked army checkpoints outside Baidoa.",
         "org:al-shabaab", "country:somalia"),
    ],
)  # fmt: skip
def test_army_posts_of_no_named_country_are_the_groups_state(
    text: str, group: str, state: str
) -> None:
    assert "ASSAULT" in types_between(asserted_ids(text, "2019-06-01"), group, state)


@pytest.mark.parametrize(
    "text",
    [
        "The Arakan Army denied that its men had overrun army outposts in the hills of Paletwa.",
        "The Arakan Army may have overrun army outposts in the hills of Paletwa, villagers "
        "said, but this could not be confirmed.",
        "The Arakan Army did not attack the army convoy on the Paletwa road.",
    ],
)
def test_army_posts_denied_or_hedged_are_not_asserted(text: str) -> None:
    found = asserted_ids(text, "2019-06-01")
    assert not types_between(found, "org:arakan-army", ("country:myanmar", "org:myanmar"))


def test_army_units_stay_no_state_force() -> None:
    """gaps57's caution: "army units" (a force noun, not a post) is not made a state party."""
    text = "Scouts of the Arakan Army guided army units into the hills of Paletwa."
    found = asserted_ids(text, "2019-06-01")
    assert not types_between(found, "org:arakan-army", ("country:myanmar", "org:myanmar"))


def test_a_named_armys_posts_stay_that_army() -> None:
    """An Israeli army post: the demonym names the state, the home of the group does not."""
    found = asserted_ids("Hamas gunmen attacked an Israeli army post near Khan Younis.",
                         "2019-06-01")  # fmt: skip
    assert "ASSAULT" in types_between(found, "org:hamas", ("country:israel", "org:israel"))
