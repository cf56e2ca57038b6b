"""Two readings that named the wrong party (stop 27, noticed in earlier sessions' reviews).

- An attitude verb over an attack noun ("condemned the killing of X's soldiers by Y"): the
  one condemned is the act's author (Y), never whom the act struck (the noun's
  ``patient_preps`` in events.yaml); with no author named, nobody is accused.
- "denied its support for Y", "denied any help to Y": the subject denies its own help (the
  noun is negated), it refuses nobody; "denied Y sanctuary" stays a refusal (REJECT).
"""

from __future__ import annotations

from functools import partial

import pytest
from coded import asserted_group_events, group_events

events = partial(group_events, date="2014-06-01")
asserted = partial(asserted_group_events, date="2014-06-01")


@pytest.mark.parametrize(
    ("text", "author", "struck"),
    [
        ("Jordan condemned the killing of Iraq's soldiers by the Islamic State.",
         "Islamic State", "Iraq"),
        ("Qatar denounced the assassination of a Lebanese minister by Hezbollah.",
         "Hezbollah", "Lebanon"),
        ("Turkey condemned the murder of Syrian civilians by Hayat Tahrir al-Sham.",
         "Tahrir al-Sham", "Syria"),
    ],
)  # fmt: skip
def test_condemning_an_act_accuses_its_author_not_its_victims(
    text: str, author: str, struck: str
) -> None:
    coded = asserted(text)
    accused = {t for s, typ, _m, t in coded if typ == "ACCUSE"}
    assert any(author.lower() in a.lower() for a in accused), coded
    assert not any(struck.lower() in a.lower() for a in accused), coded


@pytest.mark.parametrize(
    "text",
    [
        "Jordan condemned the killing of Iraqi soldiers.",
        "Qatar deplored the murder of Lebanese officials.",
        "Turkey condemned the assassination of a Syrian general.",
    ],
)
def test_condemning_an_act_with_no_author_named_accuses_nobody_named(text: str) -> None:
    assert not {e for e in events(text) if e[1] == "ACCUSE"}, events(text)


@pytest.mark.parametrize(
    ("text", "giver", "receiver"),
    [
        ("Qatar denied its support for Hamas.", "Qatar", "Hamas"),
        ("Iran denied any support for the Houthis.", "Iran", "Ansarallah"),
        ("Syria denied its help to Hezbollah.", "Syria", "Hezbollah"),
    ],
)
def test_denying_ones_own_aid_is_no_refusal(text: str, giver: str, receiver: str) -> None:
    coded = events(text)
    assert not any(e[1] == "REJECT" for e in coded), coded
    assert not any(e[4] == "asserted" for e in coded), coded
    assert any(
        giver in e[0] and e[1] in ("AID", "SUPPORT") and receiver.lower() in e[3].lower()
        and e[4] == "denied"  # a denial of one's own help denies it (bugs36; was "negated")
        for e in coded
    ), coded  # fmt: skip


def test_denying_a_party_sanctuary_is_still_a_refusal() -> None:
    coded = asserted("The tribal elders denied Al Qaeda sanctuary.")
    assert any(e[1] == "REJECT" and "Qaeda" in e[3] for e in coded), coded
