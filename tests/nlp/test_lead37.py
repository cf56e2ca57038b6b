"""Classes found in stop 37's analyst walk (a small corpus of one's own on the Sahel groups,
ingested and coded on SQLite and PostgreSQL), fixed as classes.

1. A possessive in a clause reported by a verb of saying belongs to the speaker, also when
   the speaker is a party's noun of speech ("X's newsletter accused Y of talks with Z and
   said its soldiers had fought W": its = X), not to the nearest party before it, which sat
   in another clause ("the Malian government" had fought W).
2. A relation noun that names its own partner, a party or not ("did not cut its ties with
   the northern clans"), does not take the partner of a tie an earlier sentence told: the
   negated cut had gone to the group's earlier ally and read as counter-evidence of a rift.
3. A noun of a kind of party or partner ("affiliates", "allies", "proxies") whose "of"
   phrase lists two parties stands for each owner's men: "the affiliates of X and Y fought
   one another" is no alliance of X and Y. As a predicate ("Z remained allies of X and Y")
   it still ties its subject to each.

Every sentence is invented for this file.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


@pytest.mark.parametrize(
    ("text", "gives", "gives_not"),
    [
        (
            "The Islamic State's Arabic weekly accused al-Qaeda of bargaining with the"
            " Nigerian government and said its fighters had ambushed al-Shabaab.",
            [("Islamic State", "ASSAULT", "Al-Shabaab")],
            [("Nigeria", "ASSAULT", "Al-Shabaab", None)],
        ),
        (  # the speaker named in the phrase of the noun of speech
            "A statement from the Islamic State condemned al-Qaeda for its talks with the"
            " Nigerian government and said its fighters had ambushed al-Shabaab.",
            [("Islamic State", "ASSAULT", "Al-Shabaab")],
            [("Nigeria", "ASSAULT", "Al-Shabaab", None)],
        ),
        (
            "The TTP's spokesman blamed the Afghan government for the talks with the army and"
            " said its men had attacked the Haqqani network.",
            [("Tehrik-i-Taliban Pakistan", "ASSAULT", "Haqqani")],
            [("Afghan", "ASSAULT", "Haqqani", None)],
        ),
        (  # negated twin: the speaker's own fighters, and nothing asserted
            "The Islamic State's weekly accused al-Qaeda of bargaining with the Nigerian"
            " government and said its fighters had never ambushed al-Shabaab.",
            [("Islamic State", "ASSAULT", "Al-Shabaab", "negated")],
            [("", "ASSAULT", "Al-Shabaab")],
        ),
    ],
)
def test_a_reported_possessive_is_the_speakers(text: str, gives: list, gives_not: list) -> None:
    assert_events(named_events(text, "2019-06-01"), gives, gives_not)


def _document(texts: list[str]) -> set[tuple[str, str, str, str]]:
    return named_events(" ".join(texts), "2021-02-01")


@pytest.mark.parametrize(
    ("texts", "gives_not"),
    [
        (
            [
                "Al-Shabaab and al-Qaeda renewed their alliance in 2012.",
                "Al-Shabaab did not, however, end its ties with the clan militias of the south.",
            ],
            [("Al-Shabaab", "REJECT", "Al Qaeda", None)],
        ),
        (
            [
                "The Haqqani network and the TTP announced an alliance.",
                "The Haqqani network never broke its links to the tribal elders of Khost.",
            ],
            [("Haqqani", "REJECT", "Tehrik-i-Taliban Pakistan", None)],
        ),
    ],
)
def test_a_named_partner_is_no_earlier_tie(texts: list[str], gives_not: list) -> None:
    assert_events(_document(texts), [], gives_not)


def test_an_unnamed_partner_still_takes_the_earlier_tie() -> None:
    found = _document(["Al-Shabaab and al-Qaeda renewed their alliance in 2012.",
                       "Two years later al-Shabaab ended the alliance."])  # fmt: skip
    assert_events(found, [("Al-Shabaab", "REJECT", "Al Qaeda")])


@pytest.mark.parametrize(
    ("text", "gives", "gives_not"),
    [
        (
            "The proxies of al-Qaeda and the Islamic State clashed near Kidal.",
            [],
            [
                ("Al Qaeda", "COOPERATE", "Islamic State", None),
                ("Islamic State", "COOPERATE", "Al Qaeda", None),
            ],
        ),
        (
            "Observers said the allies of the TTP and Lashkar-e-Jhangvi had attacked a police"
            " post.",
            [],
            [
                ("Tehrik-i-Taliban Pakistan", "COOPERATE", "Lashkar-e-Jhangvi", None),
                ("Lashkar-e-Jhangvi", "COOPERATE", "Tehrik-i-Taliban Pakistan", None),
            ],
        ),
        (  # as a predicate the noun ties its subject to each owner
            "The Haqqani network remained allies of the Afghan Taliban and al-Qaeda.",
            [("Haqqani", "COOPERATE", "Afghan Taliban"), ("Haqqani", "COOPERATE", "Al Qaeda")],
            [("Afghan Taliban", "COOPERATE", "Al Qaeda", None)],
        ),
        (  # its negated twin
            "The Haqqani network is no longer an ally of the Afghan Taliban and al-Qaeda.",
            [],
            [
                ("Haqqani", "COOPERATE", "Afghan Taliban"),
                ("Haqqani", "COOPERATE", "Al Qaeda"),
                ("Afghan Taliban", "COOPERATE", "Al Qaeda", None),
            ],
        ),
        (  # a relation noun between two parties still ties them
            "The alliance between al-Qaeda and the Afghan Taliban outlasted the invasion.",
            [("Al Qaeda", "COOPERATE", "Afghan Taliban")],
            [],
        ),
    ],
)
def test_the_men_of_listed_owners_tie_no_owners(text: str, gives: list, gives_not: list) -> None:
    assert_events(named_events(text, "2015-03-01"), gives, gives_not)


@pytest.mark.parametrize(
    ("text", "gives", "gives_not"),
    [
        (
            "Barkhane troops raided a camp of the Islamic State in the Greater Sahara near"
            " Tillaberi.",
            [("Operation Barkhane", ("ASSAULT", "COERCE"), "Greater Sahara")],
            [],
        ),
        (  # hedged twin
            "Barkhane troops may have raided a camp of the Islamic State in the Greater Sahara"
            " near Tillaberi.",
            [],
            [("", None, "Greater Sahara")],
        ),
    ],
)
def test_foreign_forces_of_the_sahel_are_actors(text: str, gives: list, gives_not: list) -> None:
    """The French operations and the joint forces of the Sahel wars are in the curated
    knowledge base (actors/data/curated/international.yaml)."""
    assert_events(named_events(text, "2019-11-01"), gives, gives_not)
