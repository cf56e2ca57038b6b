"""Written reports, round 36 of the data (issue 9, helper written52): recall classes met over
the work halves of several rounds, each fixed as a mechanism and tested on invented sentences
(none of them a labelled item) with negated, hedged or modal twins that must not be
asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- the parties of an accord named by "under the N" ------------------------------------------
# ("Under the accord, X agreed to ..., while Y undertook to ...": the accord is told as made;
# the undertakings it lays on the parties are future acts, but they are not the accord's own
# modality; written.framing_agreement, read by modality._governing for
# written.parties_under_agreement; rounds 8, 31, 35 and 36 word agreements by the parties'
# undertakings)
@pytest.mark.parametrize(
    "text,first,second",
    [
        ("Under the accord, the Pakistani army agreed to leave its checkpoints in Bajaur, while "
         "the tribal elders undertook to hand over foreign fighters.", "Pakistan", "tribal"),
        ("Under the pact signed in Khost, the Haqqani network promised to stop attacks on "
         "Afghan police, and the NDS pledged to free its detained commanders.", "Haqqani",
         "Afghan"),
        ("Under the truce brokered by clerics, the Pakistani Taliban committed to halting "
         "their raids, while the army undertook to lift the curfew in Swat.", "Tehrik",
         "Pakistan"),
    ],
)  # fmt: skip
def test_the_parties_under_an_accord_agree(text: str, first: str, second: str) -> None:
    found = named_events(text, "2010-01-01")
    assert_events(found, gives=[(first, "AGREE", second), (second, "AGREE", first)])


@pytest.mark.parametrize(
    "text,first,second",
    [
        # the accord is only proposed, denied, or its undertakings modal: no agreement told
        ("Under the proposed accord, the Pakistani army agreed to leave its checkpoints in "
         "Bajaur, while the tribal elders undertook to hand over foreign fighters.", "Pakistan",
         "tribal"),
        ("Officials denied that, under the pact, the Haqqani network had promised to stop "
         "attacks on Afghan police and the NDS had pledged to free its commanders.", "Haqqani",
         "Afghan"),
        ("Under the pact, the Haqqani network would stop attacks on Afghan police, and the NDS "
         "would free its detained commanders.", "Haqqani", "Afghan"),
        ("Under the truce, the Pakistani Taliban may halt their raids, while the army could "
         "lift the curfew in Swat.", "Tehrik", "Pakistan"),
    ],
)  # fmt: skip
def test_no_agreement_under_an_unmade_or_denied_accord(text: str, first: str, second: str) -> None:
    found = named_events(text, "2010-01-01")
    assert_events(found, gives_not=[(first, "AGREE", second), (second, "AGREE", first)])


# -- a group named before a place it holds ---------------------------------------------------
# ("struck Haqqani compounds", "raided a Haqqani madrassa", "shelled Haqqani posts": the group
# is the actor, as before "hideouts" and "bases"; curated.yaml ``members``, read by
# mentions.open_actors; the place nouns are those cues.yaml ``held_place_nouns`` reads with "used
# by X"; the class recurs in rounds 4, 5, 12, 13, 19, 23, 24, 27, 34 and traps46)
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("American jets struck Haqqani compounds near Miranshah.", "U.S.", "Haqqani"),
        ("Frontier Corps troops raided a Haqqani madrassa in Dande Darpa Khel.", "Pakistan",
         "Haqqani"),
        ("Pakistani troops raided a Haqqani madrassa near Miranshah.", "Pakistan",
         "Haqqani"),
        ("The Haqqani compound in Miranshah was raided by the army.", "Pakistan", "Haqqani"),
    ],
)  # fmt: skip
def test_a_place_named_with_its_group_stands_for_the_group(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2012-01-01")
    assert_events(found, gives=[(source, "ASSAULT", target)])


@pytest.mark.parametrize(
    "text,source,target",
    [
        # the act on the place is negated or hedged: the group is named, nothing asserted
        ("The army did not raid the Haqqani compound in Miranshah.", "Pakistan", "Haqqani"),
        ("American jets may have struck Haqqani compounds near Miranshah.", "U.S.", "Haqqani"),
        ("Officials denied that Pakistani troops had raided a Haqqani madrassa near Miranshah.",
         "Pakistan", "Haqqani"),
    ],
)  # fmt: skip
def test_no_act_asserted_on_a_group_place_when_negated_or_hedged(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2012-01-01")
    assert_events(found, gives_not=[(source, "ASSAULT", target)])


# -- the help a relative clause says a party gave ---------------------------------------------
# ("the support the ISI gave the Taliban", "the shelter the Haqqanis provided Al Qaeda's men",
# "the money Saudi donors sent the Taliban": the noun of help is the thing given, the clause's
# object the receiver; written.given_in_relative, cues.yaml ``relative_giving_verbs``; the
# nominals of the lexicon read in the construction "the N X gave Y")
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("The support the ISI gave the Afghan Taliban kept the insurgency alive.",
         "Inter-Services", "Taliban"),
        ("The shelter the Haqqanis provided Al Qaeda's leaders lasted a decade.", "Haqqani",
         "Al Qaeda"),
        ("The money Saudi donors sent the Afghan Taliban paid for the spring offensive.",
         "Saudi", "Taliban"),
    ],
)  # fmt: skip
def test_the_help_a_relative_clause_gives(text: str, source: str, target: str) -> None:
    found = named_events(text, "2012-01-01")
    assert_events(found, gives=[(source, "AID", target)])


@pytest.mark.parametrize(
    "text,source,target",
    [
        # the giving is negated, hedged or the noun denied: no help asserted
        ("The support the ISI never gave the Afghan Taliban became a myth of its own.",
         "Inter-Services", "Taliban"),
        ("Nobody knows how much support the ISI may have given the Afghan Taliban.",
         "Inter-Services", "Taliban"),
        ("Islamabad denied the support its officers supposedly gave the Afghan Taliban.",
         "", "Taliban"),
        # the noun is where the giving happens, not the thing given
        ("The Afghan Taliban joined an alliance in which the Haqqanis supplied the suicide "
         "bombers.", "Haqqani", "Taliban"),
        # not a noun of help: an ultimatum given is no aid (it is a threat)
        ("The ultimatum the Pakistani army gave the Pakistani Taliban expired on Friday.",
         "Pakistan", "Tehrik"),
    ],
)  # fmt: skip
def test_no_help_from_a_relative_clause_negated_or_not_of_help(
    text: str, source: str, target: str
) -> None:
    found = named_events(text, "2012-01-01")
    assert_events(found, gives_not=[(source, "AID", target)])


# -- an act carried on with "pressed on / pushed ahead with" ----------------------------------
# ("pressed on with the operation against Y", "pushed ahead with its offensive against Y",
# "forged ahead with raids on Y": the act in the "with" phrase goes on; the verb of pressing
# asks for nothing; written.carried_on, cues.yaml ``continuation_particles``, events.yaml
# press ``not_with_complement``)
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("American troops pressed on with the operation against Taliban fighters in Paktia.",
         "U.S.", "Taliban"),
        ("The Pakistani army pushed ahead with its offensive against the TTP in Orakzai.",
         "Pakistan", "Tehrik"),
        ("Pakistani troops forged ahead with raids on TTP hideouts in Bajaur.", "Pakistan",
         "Tehrik"),
    ],
)  # fmt: skip
def test_an_act_carried_on_is_asserted(text: str, source: str, target: str) -> None:
    found = named_events(text, "2009-01-01")
    assert_events(found, gives=[(source, "ASSAULT", target)],
                  gives_not=[(source, "REQUEST", target)])  # fmt: skip


@pytest.mark.parametrize(
    "text,source,target",
    [
        # negated, modal, future or denied: the act is not asserted
        ("American troops did not press on with the operation against Taliban fighters.",
         "U.S.", "Taliban"),
        ("The Pakistani army may push ahead with its offensive against the TTP in Orakzai.",
         "Pakistan", "Tehrik"),
        ("The Pakistani army will press ahead with its offensive against the TTP in Orakzai.",
         "Pakistan", "Tehrik"),
        ("Officials denied that American troops had pressed on with the operation against "
         "Taliban fighters.", "U.S.", "Taliban"),
        # pressing for an act asks for it
        ("Washington pressed for an offensive against the Haqqani network.", "Washington",
         "Haqqani"),
    ],
)  # fmt: skip
def test_an_act_carried_on_keeps_negation_and_modals(text: str, source: str, target: str) -> None:
    found = named_events(text, "2009-01-01")
    assert_events(found, gives_not=[(source, "ASSAULT", target)])
