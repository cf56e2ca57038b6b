"""Known misreadings fixed as classes (gaps65, issue 9), on invented sentences.

- A founding told as the purpose of a leaving ("P left to form X", "Y's deputy walked out to
  set up X") is a split of X from the group left, never a merger of that group into X
  (``mechanisms._left_in_order_to`` in ``mechanisms.split_founding``).
- A word in capitals after "the" ("the FAR", "the ONE") is an initialism that may name a
  group in a relation, though its lower case is a common word or the model reads it as an
  adverb; common abbreviations (initialisms.yaml ``never``) are left out
  (``mentions._capitals_initialism``).
- Every member of an "including" list stands for the noun the first one does ("a coalition
  of groups including X, Y and Z attacked W": each attacked W)
  (``code.SentenceCoder._including_conjuncts``).
- A definite act noun condemned in a later sentence ("X carried out a strike on Y's camp. Z
  condemned the strike") names the latest hostile act the document told as fact: the
  condemnation is aimed at its author; a denied or hedged act has no author to condemn
  (``mechanisms._violence_told_before``; ``extract._act_again_pattern`` parses the
  one-party sentence).
"""

from __future__ import annotations

import pytest
from coded import group_events


def _asserted(text: str, date: str = "2012-05-01") -> set[tuple[str, str, str | None, str]]:
    return {e[:4] for e in group_events(text, date) if e[4] == "asserted"}


def _pairs(events: set[tuple[str, str, str | None, str]], etype: str) -> set[tuple[str, str]]:
    return {(e[0], e[3]) for e in events if e[1] == etype}


# 1. leaving to found: a split, no merger
@pytest.mark.parametrize(
    ("text", "left", "new"),
    [
        ("In 2004 Ansar Dine's deputy left to form the Kidal Liberation Movement.",
         "Ansar Dine", "Kidal Liberation Movement"),
        ("In 1999 the Abu Sayyaf's spokesman walked out to set up the Basilan Freedom Front.",
         "Abu Sayyaf Group", "Basilan Freedom Front"),
    ],
)  # fmt: skip
def test_leaving_to_found_is_a_split_not_a_merger(text: str, left: str, new: str) -> None:
    events = _asserted(text)
    assert (new, left) in _pairs(events, "REJECT"), events
    assert not [e for e in events if e[2] == "merger"], events


def test_joining_forces_to_found_still_merges() -> None:
    events = _asserted("Hamas and Fatah joined forces to form the Gaza Unity Front.")
    merged = {(e[0], e[3]) for e in events if e[2] == "merger"}
    assert ("Hamas", "Gaza Unity Front") in merged, events


# 2. an initialism in capitals whose lower case is a word
def test_capitals_initialism_dissolving_into_a_group_is_a_merger() -> None:
    events = _asserted("In 1968 the ONE dissolved itself into the Tupamaros.")
    assert ("ONE", "COOPERATE", "merger", "Tupamaros") in events, events


# 3. every member of an "including" list
@pytest.mark.parametrize(
    ("text", "members", "target"),
    [
        ("An alliance of militias including Boko Haram and Ansaru ambushed Al-Shabaab.",
         {"Boko Haram", "Ansaru"}, "Al-Shabaab"),
        ("A front of rebel groups including Hamas, Fatah and Hezbollah shelled Taliban posts.",
         {"Hamas", "Fatah", "Hezbollah"}, "Afghan Taliban"),
    ],
)  # fmt: skip
def test_every_listed_member_acts(text: str, members: set[str], target: str) -> None:
    events = _asserted(text)
    attackers = {s for s, t in _pairs(events, "ASSAULT") if t == target}
    assert members <= attackers, events


def test_listed_members_of_a_negated_act_stay_negated() -> None:
    events = group_events(
        "Several factions, including Boko Haram and Ansaru, did not attack Al-Shabaab.",
        "2012-05-01",
    )
    assert not [e for e in events if e[1] == "ASSAULT" and e[4] == "asserted"], events
    assert {e[0] for e in events if e[1] == "ASSAULT"} == {"Boko Haram", "Ansaru"}, events


# 4. a condemned act told in an earlier sentence
@pytest.mark.parametrize(
    ("text", "condemner", "author"),
    [
        ("Boko Haram launched an attack on an Ansaru camp near Kano. "
         "Al-Shabaab condemned the attack.", "Al-Shabaab", "Boko Haram"),
        ("Hamas raided a Fatah office in Jenin on Tuesday. "
         "Hezbollah denounced the raid as cowardly.", "Hezbollah", "Hamas"),
    ],
)  # fmt: skip
def test_condemned_act_of_an_earlier_sentence_keeps_its_author(
    text: str, condemner: str, author: str
) -> None:
    events = _asserted(text)
    assert (condemner, author) in _pairs(events, "ACCUSE"), events
    assert any(e[1] == "ASSAULT" and e[0] == author for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Hamas denied raiding a Fatah office in Jenin. Hezbollah denounced the raid.",
        "Hamas may have raided a Fatah office in Jenin. Hezbollah denounced the raid.",
    ],
)
def test_condemned_act_that_was_not_asserted_names_no_author(text: str) -> None:
    events = group_events(text, "2012-05-01")
    assert not [e for e in events if e[1] == "ACCUSE"], events
