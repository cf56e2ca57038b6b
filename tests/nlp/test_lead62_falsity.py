"""A statement called a lie (stop 62, lead): "it is a lie to say that X funds Y", "to say that
X funds Y is a canard", "the claim that ... is a hoax", "they spread the lie that X attacked
Y". What such a statement tells is denied (cues.yaml ``false_statement_nouns``;
modality._false_statement_noun and modality._lie_content), never asserted; a negated noun
("it is no lie") and a content clause on a neutral noun ("the news that ...") keep their
reading. Invented sentences, none of them a labelled item."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


@pytest.mark.parametrize(
    ("text", "giver", "kind", "taker"),
    [
        ("It is a lie to say that the ISI pays Jaish-e-Mohammed's commanders.", "Inter-Services",
         "AID", "Jaish"),
        ("To say that Iran arms the Haqqani network is a canard, the ministry said.", "Iran",
         "AID", "Haqqani"),
        ("The claim that Al Qaeda trains Lashkar-e-Jhangvi recruits is a hoax.", "Al Qaeda",
         "AID", "Lashkar-e-Jhangvi"),
        ("The TTP spread the falsehood that Afghan forces had shelled its camps in Kunar.",
         "Afghan", "ASSAULT", "Tehrik-i-Taliban"),
        ("Militant channels repeated the lie that Pakistani troops had raided a Haqqani "
         "network madrassa.", "Pakistan", "ASSAULT", "Haqqani"),
    ],
)  # fmt: skip
def test_a_statement_called_a_lie_is_denied(text: str, giver: str, kind: str, taker: str) -> None:
    found = named_events(text, "2012-05-02")
    assert_events(found, gives=[(giver, kind, taker, "denied")], gives_not=[(giver, kind, taker)])


@pytest.mark.parametrize(
    ("text", "giver", "kind", "taker"),
    [
        # a content clause on a neutral noun: told as news, asserted
        ("Militant channels repeated the news that Pakistani troops had raided a Haqqani "
         "network madrassa.", "Pakistan", "ASSAULT", "Haqqani"),
        # the lie is the group's, not the act's: what is told beside it stands
        ("The ISI pays Jaish-e-Mohammed's commanders, and the agency's denials are lies.",
         "Inter-Services", "AID", "Jaish"),
    ],
)  # fmt: skip
def test_a_twin_without_the_lie_keeps_its_event(
    text: str, giver: str, kind: str, taker: str
) -> None:
    found = named_events(text, "2012-05-02")
    assert_events(found, gives=[(giver, kind, taker)])


def test_no_lie_is_no_denial() -> None:
    # "it is no lie": the speaker vouches for it; never denied
    found = named_events("To say that Iran arms the Haqqani network is no lie.", "2012-05-02")
    assert_events(found, gives_not=[("Iran", "AID", "Haqqani", "denied")])


# -- found on the corpus diff of stop 62's merges (lead): three readings the merged rules had
# lost, each kept by a narrower condition


def test_a_pronoun_object_of_one_of_two_groups_named_is_the_other() -> None:
    # walk63 leaves a pronoun after a clause naming two groups unguessed; when the later
    # subject is one of the two, the pronoun is the other (not the subject itself)
    found = named_events(
        "Rahim's gunmen overran the Jaish al-Sahel posts in the valley and took the name "
        "Harakat al-Wadi; Jaish al-Sahel expelled them from its ranks.", "2009-03-01")  # fmt: skip
    assert_events(found, gives=[("Jaish al-Sahel", ("REJECT", "COERCE"), "Harakat al-Wadi")])


def test_praised_as_partners_names_the_objects_role() -> None:
    # "as partners" after an object is the object's role: no joint act of the subject with
    # whoever else the sentence names
    found = named_events(
        "After clashes with Hizbul Islam, al-Shabaab praised the Ras Kamboni Brigades as "
        "partners in the jihad.", "2009-03-01")  # fmt: skip
    assert_events(found, gives_not=[("Shabaab", "COOPERATE", "Hizbul Islam"),
                                    ("Hizbul Islam", "COOPERATE", "Shabaab")])  # fmt: skip


def test_sanctions_on_his_regime_strike_the_rulers_state() -> None:
    found = named_events(
        "A court in Texas indicted Maduro, and Washington imposed sanctions on his regime.",
        "2020-03-26")  # fmt: skip
    assert_events(found, gives=[("U.S.", "SANCTION", "Venezuela")])
