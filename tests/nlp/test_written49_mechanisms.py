"""Written reports, noun and light-verb relations (helper written49): help refused or given
told with a noun or a "with" phrase, each fixed as a mechanism and tested on invented
sentences, with negated, hedged, denied or look-alike twins that must not be asserted."""

from __future__ import annotations

import pytest
from tests.nlp.conftest import assert_events, named_events


# -- "X denied sanctuary to Y": the parser hangs "to" as a dative --------------------------
# (written.denied_aid takes a dative "to"/"for" as the "to" phrase it already read, with
# the same limit to help a holder grants: cues.yaml refusable_aid_nouns)
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("The Afghan Taliban denied sanctuary to TTP commanders.", "Taliban", "Tehrik"),
        ("The Taliban denied sanctuary to TTP fighters.", "Taliban", "Tehrik"),
        ("The Haqqani network denied refuge to Al Qaeda's Arab couriers in 2011.",
         "Haqqani", "Qaeda"),
    ],
)  # fmt: skip
def test_help_denied_to_a_party_is_a_refusal(text: str, source: str, target: str) -> None:
    assert_events(named_events(text, "2015-05-01"), gives=[(source, "REJECT", target)])


@pytest.mark.parametrize(
    "text",
    [
        "The Afghan Taliban did not deny sanctuary to TTP commanders.",
        "The Afghan Taliban may deny sanctuary to TTP commanders.",
        "The Afghan Taliban will deny sanctuary to TTP commanders, a spokesman vowed.",
        # help that is no holder's to grant: an allegation denied, nobody refused
        "Pakistan denies support to the Afghan Taliban.",
        "Pakistan denied arms to the Afghan Taliban.",
    ],
)
def test_help_denied_negated_hedged_future_or_as_an_allegation_refuses_nobody(text: str) -> None:
    assert_events(named_events(text, "2015-05-01"), gives_not=[("", "REJECT", "")])


# -- "X's denial of sanctuary to Y": the noun codes as the verb does ----------------------
# (written.aid_denial_nouns, cues.yaml aid_denial_nouns)
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("The Afghan Taliban's denial of sanctuary to TTP commanders angered the group's "
         "leaders in Orakzai.", "Taliban", "Tehrik"),
        ("Kabul's denial of shelter to the Haqqani fighters was reported by the UN.",
         "Afghan", "Haqqani"),
        ("The Haqqanis' denial of safe passage to Islamic State couriers split the border "
         "networks.", "Haqqani", "Islamic"),
        # "to fleeing Y": the parser reads the participle as the preposition's clause
        ("The Haqqanis' denial of shelter to retreating Islamic State fighters angered "
         "Baghdadi's envoys.", "Haqqani", "Islamic"),
    ],
)  # fmt: skip
def test_a_denial_noun_of_sanctuary_to_a_party_is_a_refusal(
    text: str, source: str, target: str
) -> None:
    assert_events(named_events(text, "2015-05-01"), gives=[(source, "REJECT", target)])


@pytest.mark.parametrize(
    "text",
    [
        "Reports of the Afghan Taliban's denial of sanctuary to TTP commanders were false.",
        "The Afghan Taliban's denial of support for the TTP was dismissed by Islamabad.",
        "The Afghan Taliban's denial that it gave sanctuary to the TTP was dismissed.",
    ],
)
def test_a_denial_noun_reported_false_or_of_an_allegation_asserts_no_refusal(text: str) -> None:
    assert_events(named_events(text, "2015-05-01"), gives_not=[("", "REJECT", "")])


# -- "Y was provided with Z by X": the passive subject is the recipient --------------------
# (written.with_recipient: a giving verb whose object is the thing given carries the thing
# in a "with" phrase; its passive subject is then the recipient, as the active's object is)
@pytest.mark.parametrize(
    "text,source,target",
    [
        ("The TTP was provided with rockets by Al Qaeda in 2009.", "Qaeda", "Tehrik"),
        ("Haqqani fighters were provided with safe houses by the ISI.", "Inter-Services",
         "Haqqani"),
        ("Taliban units in Helmand were provided with ammunition and cash by the ISI.",
         "Inter-Services", "Taliban"),
    ],
)  # fmt: skip
def test_a_party_provided_with_help_in_the_passive_is_the_recipient(
    text: str, source: str, target: str
) -> None:
    assert_events(named_events(text, "2010-05-01"), gives=[(source, "AID", target)])


@pytest.mark.parametrize(
    "text",
    [
        "The TTP was not provided with rockets by Al Qaeda.",
        "The TTP may have been provided with rockets by Al Qaeda.",
        "The TTP will be provided with rockets by Al Qaeda, a defector claimed.",
        "If the TTP is provided with rockets by Al Qaeda, it will attack.",
        # a thing as the passive subject: no party receives anything
        "Rockets were provided with Saudi money by Al Qaeda.",
    ],
)
def test_provided_with_negated_hedged_future_or_a_thing_asserts_no_aid(text: str) -> None:
    assert_events(named_events(text, "2010-05-01"), gives_not=[("", "AID", "")])
