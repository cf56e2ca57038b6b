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
