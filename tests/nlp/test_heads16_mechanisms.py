"""Headline classes of heads16 (issue 9, Pakistan wire headlines; misses found on the real
UCDP GED Pakistan headlines and the heads*_work halves).

- "NDS says Haqqani network behind Kabul truck bomb": a verb of telling that puts another
  party "behind" an attack accuses it (mechanisms.authorship_charges; the heads15 labelling
  call "X says Y behind attack" = X->Y conf).
- "'We are talking to some TTP groups,' says PM Imran Khan": an official's "we" in what he
  says is the body he speaks for (clauses.speaker_pronouns), also when the parser splits his
  title and name into two subjects.
- "Kabul airport bombing kills 13 US troops": a capital that opens a headline, with no
  article, before an attack noun is where the attack was, not its author
  (extract._opening_venue); a trailing "...; IS-K claims" then gives the attack its author
  (headline._bare_claim reads "claims" after a hyphenated name as the verb).

Every headline here is invented (none from a benchmark, a development set or the labelled
corpus). Each mechanism has twins that must not be asserted (negated, hedged, denied, future)
and look-alikes it must leave alone.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_ids, dated

DATE = "2018-04-02"
TTP = "org:ttp"
HAQQANI = "org:haqqani-network"
PAK_POLICE = "org:pak-police"

asserted = dated(asserted_ids, DATE)


# -- a party put "behind" an attack by a speaker ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "speaker", "accused"),
    [
        ("Afghan intelligence says Haqqani network behind Kabul hotel bombing", "org:afghan-nds",
         HAQQANI),
        ("Police say TTP behind attack on Bannu checkpost", PAK_POLICE, TTP),
        ("Peshawar police say TTP was behind the market blast", PAK_POLICE, TTP),
    ],
)  # fmt: skip
def test_speaker_accuses_party_behind_attack(text: str, speaker: str, accused: str) -> None:
    found = asserted(text)
    assert any(s.startswith(speaker) and t == "ACCUSE" and g == accused
               for s, t, g in found), found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Police say TTP not behind attack on Bannu checkpost",  # negated
        "Peshawar police say TTP was not behind the market blast",  # negated
        "Peshawar police say TTP may have been behind the market blast",  # hedged
        "Peshawar police believe TTP was behind the market blast",  # belief, not a statement
        "Police did not say TTP was behind the market blast",  # negated speech
    ],
)
def test_party_behind_attack_negated_or_hedged(text: str) -> None:
    found = asserted(text)
    assert not any(t == "ACCUSE" and g == TTP for _s, t, g in found), found


def test_speaker_behind_its_own_attack_is_no_accusation() -> None:
    found = asserted("TTP says it was behind the market blast in Peshawar")
    assert not any(t == "ACCUSE" for _s, t, _g in found), found


def test_party_behind_something_else_is_no_accusation() -> None:
    """Only an attack: standing behind a plan or a leader accuses no one."""
    found = asserted("Police say TTP behind the new peace committee")
    assert not any(t == "ACCUSE" for _s, t, _g in found), found


# -- an official's "we" ----------------------------------------------------------------------
PAK_GOV = "org:pak-government"


def test_officials_we_is_the_body_he_speaks_for() -> None:
    found = asserted("'We are holding talks with TTP leaders,' says PM Imran Khan", "2021-10-05")
    assert any(s in (PAK_GOV, "person:imran-khan") and t == "CONSULT" and g == TTP
               for s, t, g in found), found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "'We are not holding talks with TTP leaders,' says PM Imran Khan",  # negated
        "'We will hold talks with TTP leaders,' says PM Imran Khan",  # future
        "'We may hold talks with TTP leaders,' says PM Imran Khan",  # hedged
    ],
)
def test_officials_we_negated_future_or_hedged(text: str) -> None:
    found = asserted(text, "2021-10-05")
    assert not any(t == "CONSULT" and TTP in (s, g) for s, t, g in found), found


def test_officials_they_stays_unread() -> None:
    """ "They" in an official's words may be anyone: no event from his body."""
    found = asserted("'They are holding talks with TTP leaders,' says PM Imran Khan",
                     "2021-10-05")  # fmt: skip
    assert not any(s in (PAK_GOV, "person:imran-khan") for s, _t, _g in found), found


# -- a capital that opens a headline before an attack noun -----------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kabul hotel bombing kills 12 Afghan soldiers",
        "Islamabad market blast kills three policemen",
        "Kabul bombing kills nine Afghan soldiers",
    ],
)
def test_opening_capital_before_attack_noun_is_a_venue(text: str) -> None:
    found = asserted(text)
    assert not any(s.startswith(("org:afghan-gov", "org:pak-gov")) for s, _t, _g in found), found


def test_opening_capital_venue_then_claim_gives_the_author() -> None:
    found = asserted("Kabul airport bombing kills 11 US troops; IS-K claims", "2021-08-28")
    assert any(s.startswith("org:is") and t == "ASSAULT" and g.startswith("org:us-")
               for s, t, g in found), found  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Kabul airport bombing kills 11 US troops; IS-K denies",  # denied claim
        "Kabul airport bombing kills 11 US troops; IS-K may claim",  # hedged claim
    ],
)
def test_opening_capital_venue_denied_or_hedged_claim(text: str) -> None:
    found = asserted(text, "2021-08-28")
    assert not any(s.startswith("org:is") for s, _t, _g in found), found


def test_acting_capital_stays_the_government() -> None:
    found = asserted("Kabul accuses Islamabad of shelling Kunar villages")
    assert any(s.startswith("org:afghan-gov") and t == "ACCUSE" for s, t, _g in found), found


def test_heads16_frozen_half_matches_its_recorded_checksum() -> None:
    """The frozen half is only scored, never edited: its sha256 is the one in HEADS16.md."""
    import hashlib
    from pathlib import Path

    data = Path(__file__).parent / "data"
    digest = hashlib.sha256((data / "heads16_frozen.jsonl").read_bytes()).hexdigest()
    assert f"sha256 {digest}  heads16_frozen.jsonl" in (data / "HEADS16.md").read_text("utf-8")


# -- a trailing claim with a modal -------------------------------------------------------------
def test_trailing_claim_gives_the_author() -> None:
    found = asserted("Roadside bomb kills four FC men in Kech; TTP claims")
    assert (TTP, "ASSAULT", "org:frontier-corps") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Roadside bomb kills four FC men in Kech; TTP may claim",  # hedged
        "Roadside bomb kills four FC men in Kech; TTP will claim",  # future
    ],
)
def test_trailing_claim_with_modal_gives_no_author(text: str) -> None:
    found = asserted(text)
    assert not any(s == TTP for s, _t, _g in found), found
