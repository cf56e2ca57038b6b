"""Written reports, round 38 of the data (issue 9, helper written54): recall classes met over
the work halves of several rounds, each fixed as a mechanism that widens a whole family of
wordings, tested on invented sentences (none of them a labelled item) with negated, hedged or
modal twins that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events

# The victim's group is told in an apposition or a relative clause; the attack's author either
# modifies the noun the victim "died in" or is the subject of a "when" clause.
VICTIM = "Karim Dost, a commander of the Pakistani Taliban,"


# -- a death in an attack read as the passive "was killed in" reads it ------------------------
# ("P died in an American strike", "P died in a U.S. air strike": the strike's author, as "P was
# killed in an American strike" has it; mechanisms.died_in_attacks; rounds 34, 36 and 38 tell a
# leader's death this way)
@pytest.mark.parametrize(
    "text,author,victim",
    [
        (f"{VICTIM} died in an American strike in Paktika.", "United States", "Tehrik"),
        (f"{VICTIM} died in a U.S. air strike near Shawal.", "United States", "Tehrik"),
        ("Abu Hamza al-Tabuki, a senior member of Hurras al-Din, died in an American strike "
         "outside Sarmin.", "United States", "Hurras"),
        ("Nasir Wardak, a Taliban commander, died in a Pakistani raid in Quetta, the Afghan "
         "embassy said.", "Pakistan", "Taliban"),
    ],
)  # fmt: skip
def test_death_in_an_attack_has_its_author(text: str, author: str, victim: str) -> None:
    assert_events(named_events(text, "2016-01-01"), gives=[(author, "ASSAULT", victim)])


@pytest.mark.parametrize(
    "text",
    [
        f"{VICTIM} may have died in an American strike in Paktika.",
        f"{VICTIM} did not die in the American strike in Paktika, his aides said.",
        f"Reports that {VICTIM[:-1]} died in an American strike in Paktika proved false.",
        f"If {VICTIM[:-1]} died in an American strike, Washington has not said so.",
    ],
)  # fmt: skip
def test_death_in_an_attack_unasserted_twins(text: str) -> None:
    assert_events(
        named_events(text, "2016-01-01"), gives_not=[("United States", "ASSAULT", "Tehrik")]
    )


# -- the attack a death or a passive killing came from, told in a "when" clause ----------------
# ("P was killed when American jets bombed a house", "P died when a drone fired missiles at his
# car": the clause's subject attacked P, as "killed as troops raid compound" has it in
# headlines; cues.yaml attack_clause_marks, mechanisms.as_clause_attacker and
# mechanisms.died_in_attacks; rounds 34, 37 and 38)
@pytest.mark.parametrize(
    "text,author,victim",
    [
        (f"{VICTIM} was killed when American jets bombed a compound in Barmal.",
         "U.S.", "Tehrik"),
        (f"{VICTIM} died when an American drone fired two missiles at a pickup near Angoor Adda.",
         "United States", "Tehrik"),
        ("Abu Firas al-Suri, a spokesman of the Nusra Front, was killed when American aircraft "
         "struck a farmhouse near Kafr Jales.", "United States", "Nusra"),
        ("Gul Zaman, a commander of the Islamic State, died when Afghan commandos stormed a "
         "guesthouse in Khost.", "Afghan", "Islamic State"),
    ],
)  # fmt: skip
def test_killed_when_a_clause_tells_the_attack(text: str, author: str, victim: str) -> None:
    assert_events(named_events(text, "2016-01-01"), gives=[(author, "ASSAULT", victim)])


@pytest.mark.parametrize(
    "text",
    [
        f"{VICTIM} may have been killed when American jets bombed a compound in Barmal.",
        f"{VICTIM} was not killed when American jets bombed a compound in Barmal.",
        f"{VICTIM} might die when American jets bomb the compound in Barmal.",
        f"{VICTIM} died when a fire broke out in a compound in Barmal.",
        f"{VICTIM} was killed when American jets may have bombed a compound in Barmal.",
    ],
)  # fmt: skip
def test_killed_when_unasserted_twins(text: str) -> None:
    assert_events(named_events(text, "2016-01-01"), gives_not=[("U", "ASSAULT", "Tehrik")])


# -- an act noun whose author a relative clause of doing or starting names ---------------------
# ("the offensive that the army began in Tirah was aimed at Y", "the raids that X carried out
# ... were aimed at Y": the clause's subject did the act, as "a raid carried out by X" has it;
# cues.yaml launching_verbs with doing_verbs, written.relative_author read by
# Coder._modifier_owner for every act noun; rounds 33, 36 and 38 tell an operation's target
# with "aimed at" and its author in such a clause)
@pytest.mark.parametrize(
    "text,author,target",
    [
        ("The offensive that the army began in Orakzai last week was aimed at the Pakistani "
         "Taliban.", "Pakistan", "Tehrik"),
        ("The raids that the Afghan police carried out in Kunduz were aimed at the Taliban's "
         "tax collectors.", "Afghan", "Taliban"),
        ("The offensive that Afghan troops began in Achin was aimed at the Islamic State.",
         "Afghan", "Islamic State"),
        ("Officials said the air campaign that the Americans waged over Raqqa was aimed at "
         "the Islamic State.", "United States", "Islamic State"),
    ],
)  # fmt: skip
def test_relative_clause_names_the_author(text: str, author: str, target: str) -> None:
    assert_events(named_events(text, "2016-01-01"), gives=[(author, "ASSAULT", target)])


@pytest.mark.parametrize(
    "text,target",
    [
        ("The offensive that the army never began in Orakzai would have been aimed at the "
         "Pakistani Taliban.", "Tehrik"),
        ("The offensive that the army may begin in Orakzai will be aimed at the Pakistani "
         "Taliban.", "Tehrik"),
        ("The offensive that the army began in Orakzai may have been aimed at the Pakistani "
         "Taliban.", "Tehrik"),
        ("The offensive that the army began in Orakzai was not aimed at the Pakistani "
         "Taliban.", "Tehrik"),
    ],
)  # fmt: skip
def test_relative_clause_author_unasserted_twins(text: str, target: str) -> None:
    assert_events(named_events(text, "2016-01-01"), gives_not=[("", "ASSAULT", target)])


# -- a partner told by a participle on the subject shares the act ------------------------------
# ("X, working alongside Y, ambushed Z", "Fighting beside Y, X drove Z out": Y acts on Z too, as
# "X fought alongside Y against Z" has it; Coder._comitative_participle over events.yaml
# comitative_preps; rounds 20, 33, 36 and 37 tell partners in an operation this way)
@pytest.mark.parametrize(
    "text,partner,target",
    [
        ("Pakistani troops, working alongside tribal lashkars, cleared the Pakistani Taliban "
         "from Mamond.", "local tribes", "Tehrik"),
        ("Afghan commandos, operating beside American special forces, raided an Islamic State "
         "prison in Nangarhar.", "U.S.", "Islamic State"),
        ("Fighting alongside Hurras al-Din, Ansar al-Tawhid attacked Syrian army posts, and "
         "the two later shelled HTS positions near Kabana.", "Hurras", "Syria"),
    ],
)  # fmt: skip
def test_participle_partner_shares_the_act(text: str, partner: str, target: str) -> None:
    found = named_events(text, "2016-01-01")
    assert_events(found, gives=[(partner, ("ASSAULT", "COERCE"), target)])


@pytest.mark.parametrize(
    "text",
    [
        "Pakistani troops, working alongside tribal lashkars, did not clear the Pakistani "
        "Taliban from Mamond.",
        "Pakistani troops, working alongside tribal lashkars, may clear the Pakistani Taliban "
        "from Mamond.",
        "Pakistani troops, camped alongside the river, cleared the Pakistani Taliban from "
        "Mamond.",
    ],
)  # fmt: skip
def test_participle_partner_unasserted_twins(text: str) -> None:
    found = named_events(text, "2016-01-01")
    assert_events(found, gives_not=[("local tribes", ("ASSAULT", "COERCE"), "Tehrik")])


# -- a definite proposal noun turned down takes up the request or offer made before ------------
# ("Y asked X to ..., but X turned the request down", "Y offered X ..., and X brushed the offer
# aside": X rejects Y, as "X rejected the request" already reads it; cues.yaml asking_verbs,
# mechanisms._earlier_proposer read by dismissed_proposals for every verb of dismissal_verbs;
# rounds 7, 11 and 38 tell refusals of an earlier request)
@pytest.mark.parametrize(
    "text,refuser,asker",
    [
        ("The Pakistani army asked Wazir tribal elders to expel the Uzbek fighters, but "
         "the elders turned the request down.", "tribal elders", "Pakistan"),
        ("Hayat Tahrir al-Sham invited Hurras al-Din to join its operations room, but Hurras "
         "al-Din spurned the invitation.", "Hurras", "Tahrir"),
        ("Saudi Arabia offered the Taliban a hundred million dollars for bin Laden, and the "
         "Taliban brushed the offer aside.", "Taliban", "Saudi"),
    ],
)  # fmt: skip
def test_earlier_request_turned_down(text: str, refuser: str, asker: str) -> None:
    assert_events(named_events(text, "2009-01-01"), gives=[(refuser, "REJECT", asker)])


@pytest.mark.parametrize(
    "text",
    [
        "The Pakistani army asked Wazir tribal elders to expel the Uzbek fighters, but the "
        "elders did not turn the request down.",
        "The Pakistani army asked Wazir tribal elders to expel the Uzbek fighters, and the "
        "elders may turn the request down.",
        "The Pakistani army asked Wazir tribal elders to expel the Uzbek fighters; the "
        "elders turned down a request from Kabul.",
        "If the Pakistani army asks Wazir tribal elders to expel the Uzbek fighters, the "
        "elders will turn the request down.",
    ],
)  # fmt: skip
def test_earlier_request_unasserted_twins(text: str) -> None:
    found = named_events(text, "2009-01-01")
    assert_events(found, gives_not=[("tribal elders", "REJECT", "Pakistan")])
