"""replay32: a companion named between commas beside the subject acts with it.

"X, along with Y, attacked Z" and "X, together with Y, drove Z out of P" tell a joint act: X
cooperates with Y and Y shares the act on Z, as "X attacked Z alongside Y" does. The parser
hangs such a "with" phrase on the adverb before it or on the subject, where the comitative
reading did not look. A companion in speaking or denying is no joint act, a plain "with" on
the subject ("with Iranian backing") is not read, and the act's own modality holds (a denied,
negated or hedged joint attack stays unasserted). Invented sentences with real group names.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import named_events


@pytest.mark.parametrize(
    ("text", "partner"),
    [
        ("In 2016 Hezbollah, along with Amal, attacked Nusra Front positions near Arsal.",
         "Amal"),
        ("In 2016 Hezbollah, together with Amal, shelled the Nusra Front in the hills.",
         "Amal"),
        ("In 2016 Hizbul Islam, together with Al-Shabaab, drove the Ras Kamboni Brigade out of "
         "Kismayo.", "Al-Shabaab"),
    ],
)  # fmt: skip
def test_a_companion_beside_the_subject_acts_with_it(text: str, partner: str) -> None:
    events = named_events(text)
    source = "Hezbollah" if text.startswith("In 2016 Hezbollah") else "Hizbul Islam"
    assert (source, "COOPERATE", partner, "asserted") in events, events


@pytest.mark.parametrize(
    "text",
    [
        "In 2016 Hezbollah, along with Amal, may have attacked the Nusra Front near Arsal.",
        "In 2016 Hezbollah, along with Amal, did not attack the Nusra Front near Arsal.",
        "In 2016 Hezbollah, along with Amal, denied attacking the Nusra Front near Arsal.",
        "In 2016 Hezbollah, together with Amal, said the Nusra Front had attacked Arsal.",
    ],
)
def test_a_hedged_negated_or_denied_joint_act_stays_unasserted(text: str) -> None:
    events = named_events(text)
    assert not [e for e in events if e[1] == "COOPERATE" and e[3] == "asserted"], events
    assert not [e for e in events if e[0] == "Amal" and e[3] == "asserted"], events


def test_a_plain_with_on_the_subject_is_not_a_companion() -> None:
    events = named_events("In 2016 Hezbollah, with Iranian backing, attacked the Nusra Front.")
    assert not [e for e in events if e[1] == "COOPERATE"], events


def test_a_companion_after_the_verb_is_a_further_victim_not_a_partner() -> None:
    text = ("In 1986 the LTTE stormed TELO's camps and killed its leader along with dozens of "
            "TELO cadres.")  # fmt: skip
    events = named_events(text)
    assert not [e for e in events if e[1] == "COOPERATE"], events
