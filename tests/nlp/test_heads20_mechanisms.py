"""Headline classes of heads20 (issue 9, wire headlines in the texture of the Pakistani and
Afghan press; misses found on the heads20 work half).

- "Taliban overrun army base in Ghor; 15 soldiers killed": a trailing toll after a semicolon
  (numbers, nouns, a casualty word) is set apart as a toll after a comma was, also when the
  clause's verb is one the tagger read as a noun right after a name; and a clause with a
  modal before such a toll ("X may attack Y; 3 soldiers killed") keeps its modality: the
  toll read as the headline's verb had made the victims the attackers of X
  (headline._trailing_toll).
- "Taliban, ISKP clash in Kunar", "Haqqanis and IS-K fight in Paktia": an abbreviation in
  capitals listed second right before the verb is parsed as a name-like word of the same
  length; the tagger had read it as the modifier of a noun "clash" (headline._listed_parties,
  _abbreviated_name).
- "Troops bust IS hideout in Zhob": the verbs of doing away with a body (cues.yaml
  ``abolishing_verbs``) are among the verbs the headline repair mends when the tagger reads
  "Troops bust" as one noun phrase (extract._repair_verbs).
- "Security forces bust TTP hideout, kill 7": a second event verb after a comma whose object
  is a bare count names no party; it is set apart so the first clause keeps its object
  (headline._trailing_count_verb).

- "Army to launch fresh operation against TTP, sources say": a headline infinitive (a
  future) whose clause comes before a verb of saying stays future; the parser hangs the
  infinitive on the verb of saying, which had hidden the headline's "to" (modality.
  _headline_infinitive).

Every headline here is invented (none from a benchmark, a development set or the labelled
corpus). Each mechanism has twins that must not fire.
"""

from __future__ import annotations

import pytest
from tests.nlp.conftest import asserted_ids, dated, id_events
from tests.nlp.conftest import types_between as _between

DATE = "2020-04-14"
TALIBAN = "org:afghan-taliban"
TTP = "org:ttp"
ISKP = ("org:iskp", "org:islamic-state")

asserted = dated(asserted_ids, DATE)
events = dated(id_events, DATE)


# -- a trailing toll after a semicolon ---------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Taliban overrun army base in Ghor; 15 soldiers killed", TALIBAN, "org:afghan"),
        ("Sar-e Pul: Taliban storm police HQ; 9 policemen martyred", TALIBAN, "org:afghan"),
        ("TTP gunmen raid Levies post in Sherani; 2 martyred", TTP, "org:pak"),
    ],
)
def test_attack_before_a_semicolon_toll(text: str, source: str, target: str) -> None:
    """The clause before the toll is read as the headline it is."""
    assert "ASSAULT" in _between(asserted(text), source, target)


@pytest.mark.parametrize(
    "text",
    [
        "TTP may attack FC camp in Kohat; 3 soldiers killed",
        "Taliban could storm army base in Ghor, 15 soldiers killed",
    ],
)
def test_modal_clause_before_a_toll_asserts_nothing(text: str) -> None:
    """The hedged attack stays hypothetical, and the victims are nobody's attackers."""
    found = asserted(text)
    assert not _between(found, ("org:pak", "org:frontier", "org:afghan"), (TTP, TALIBAN))
    assert not _between(found, (TTP, TALIBAN), ("org:pak", "org:frontier", "org:afghan"))
    assert any(m == "hypothetical" for _s, _g, _t, m in events(text))


def test_denied_attack_before_a_toll_stays_denied() -> None:
    found = events("Taliban deny attack on army base in Ghor; 15 soldiers killed")
    assert not {(s, t) for s, _g, t, m in found if m == "asserted" and s.startswith(TALIBAN)}


# -- an abbreviation listed second before the verb ---------------------------------------------
@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Taliban, ISKP clash in Kunar's Chapa Dara", TALIBAN),
        ("Haqqanis and IS-K fight in Paktia", "org:haqqani"),
        ("Taliban and ISKP clash near Jalalabad; 11 dead", TALIBAN),
    ],
)
def test_listed_abbreviation_before_a_battle_verb(text: str, first: str) -> None:
    """The clash runs both ways between the two listed parties."""
    found = asserted(text)
    assert "ASSAULT" in _between(found, first, ISKP)
    assert "ASSAULT" in _between(found, ISKP, first)


def test_listed_abbreviation_keeps_a_modal() -> None:
    """'may clash': both directions hypothetical, none asserted."""
    text = "Taliban, IS-K may clash over Kunar valley"
    assert not _between(asserted(text), TALIBAN, ISKP)
    assert any(m == "hypothetical" for s, _g, t, m in events(text) if t.startswith(ISKP))


def test_listed_name_with_a_hyphen_in_lower_case_is_untouched() -> None:
    """'Al-Qaeda' is no abbreviation: the pact is read as before."""
    found = asserted("Taliban and Al-Qaeda sign pact in Helmand")
    assert "AGREE" in _between(found, TALIBAN, "org:al-qaeda")


# -- busting a group's body, and a trailing verb with a bare count -----------------------------
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Troops bust IS hideout in Zhob", ISKP),
        ("Kalat: security forces bust IS hideouts, kill 6", ISKP),
        ("Security forces bust TTP hideout, kill 7", TTP),
        ("Rangers smash TTP network in Karachi, detain 5", TTP),
    ],
)
def test_state_busts_a_group_body(text: str, target: str | tuple[str, ...]) -> None:
    """The state's forces act against the group whose hideout or network they break up."""
    assert _between(asserted(text), "org:pak", target)


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Police may bust IS cell in Sibi", "hypothetical"),
        ("Troops deny busting TTP hideout, kill 7", "denied"),
    ],
)
def test_unasserted_busting(text: str, modality: str) -> None:
    assert not _between(asserted(text), "org:pak", (TTP, *ISKP))
    assert any(m == modality for _s, _g, t, m in events(text) if t.startswith((TTP, *ISKP)))


def test_a_count_with_a_noun_is_no_bare_count() -> None:
    """'kill 7 militants' keeps its own clause: the second verb's victims are still killed."""
    found = asserted("Security forces bust TTP hideout, kill 7 militants")
    assert "ASSAULT" in _between(found, "org:pak", "collective:")


# -- a headline infinitive before a trailing attribution ---------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Army to launch fresh operation against TTP in Tirah, sources say", "org:pak", TTP),
        ("Pakistan to hold talks with TTP in Kabul, PM says", "country:pakistan", TTP),
        ("Kabul to free 400 Taliban prisoners, officials say", "org:afghan", TALIBAN),
    ],
)
def test_headline_future_before_a_trailing_attribution(text: str, source: str, target: str) -> None:
    """The act is still to come: future, never asserted."""
    found = events(text)
    assert not {g for s, g, t, m in found if m == "asserted" and s.startswith(source)}
    assert any(m == "future" for s, _g, t, m in found if s.startswith(source) and t == target)


def test_a_finite_verb_before_a_trailing_attribution_stays_asserted() -> None:
    """'Army launches operation ..., sources say': an attributed act is asserted."""
    found = asserted("Army launches operation against TTP in Tirah, sources say")
    assert "ASSAULT" in _between(found, "org:pak", TTP)
