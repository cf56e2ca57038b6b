"""Relationship descriptions whose break or tie was told in a construction of its own
(issue 10, mmp12).

Invented sentences about invented groups: a hostile state opened by a verb ("declared war
on Y") is a break stated outright (REJECT, mode rivalry; a former partner makes it a
falling_out); entering one ("went to war with each other") is fighting as a state (ASSAULT,
mode war); a name in apposition after a comma that the parser
hangs on the verb ("its former ally, the X Front"); an accord stands for who signed it
("denounced the Accra accord signed by X"); "left Y to found X" (X split from Y, no merger of
Y into X); "joined an offensive against X" is no pledge to X; a comma participle after a
finite verb ("..., expelling it from several towns") is asserted like its verb. Each has
negated or hedged twins that must not be asserted.
"""

from __future__ import annotations

from functools import partial

import pytest
from coded import asserted_group_events, group_events

from riftwatch.nlp.extract import extract_document

_events = partial(group_events, date="1990-06")


_asserted = partial(asserted_group_events, date="1990-06")


A, B = "Volta Army", "Kumasi Brigade"


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army declared war on the Kumasi Brigade in 1987.",
        "In March 1988 the Volta Army declared war on the Kumasi Brigade over the mines.",
    ],
)
def test_declaring_war_is_a_stated_break(text: str) -> None:
    found = _asserted(text)
    assert (A, "REJECT", "rivalry", B) in found
    assert (A, "ASSAULT", None, B) not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army and the Kumasi Brigade went to war with each other in 1987.",
        "In 1987 the Volta Army went to war with the Kumasi Brigade.",
    ],
)
def test_going_to_war_is_fighting_as_a_state_both_ways(text: str) -> None:
    found = _asserted(text)
    assert (A, "ASSAULT", "war", B) in found
    assert (B, "ASSAULT", "war", A) in found


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army declared war on its former ally, the Kumasi Brigade.",
        "After the elections the Volta Army declared war on its erstwhile partners, the "
        "Kumasi Brigade, and burned their depots.",
    ],
)
def test_war_on_a_former_partner_is_a_falling_out(text: str) -> None:
    assert (A, "REJECT", "falling_out", B) in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army never declared war on the Kumasi Brigade.",
        "The Volta Army did not declare war on its former ally, the Kumasi Brigade.",
        "The Volta Army may declare war on the Kumasi Brigade.",
        "The Volta Army reportedly threatened to declare war on the Kumasi Brigade.",
        "The Volta Army and the Kumasi Brigade did not go to war with each other.",
        "The Volta Army and the Kumasi Brigade may have gone to war with each other in 1987.",
    ],
)
def test_denied_or_hedged_wars_are_not_asserted(text: str) -> None:
    found = _asserted(text)
    assert not any(e[1] in ("REJECT", "ASSAULT") for e in found)


def test_waging_war_stays_an_incident() -> None:
    # fighting is not a declared state: no stated break
    found = _asserted("The Volta Army waged war on the Kumasi Brigade in 1987.")
    assert (A, "ASSAULT", None, B) in found
    assert not any(e[1] == "REJECT" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army attacked its former ally, the Kumasi Brigade.",
        "In 1988 the Volta Army raided the camps of its former ally, the Kumasi Brigade.",
    ],
)
def test_a_name_after_a_comma_names_the_partner_noun(text: str) -> None:
    assert any(e[0] == A and e[1] == "ASSAULT" and e[3] == B for e in _asserted(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army did not attack its former ally, the Kumasi Brigade.",
        "The Volta Army may have attacked its former ally, the Kumasi Brigade.",
    ],
)
def test_denied_or_hedged_attacks_on_a_former_ally_are_not_asserted(text: str) -> None:
    assert not any(e[1] == "ASSAULT" for e in _asserted(text))


ACCUSED = (A, "ACCUSE", "disapprove", B)


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army denounced the Accra accord signed by the Kumasi Brigade.",
        "The Volta Army denounced the Libyan agreement signed by Kofi Mensah's wing of the "
        "Kumasi Brigade and vowed to fight on.",
    ],
)
def test_an_accord_stands_for_who_signed_it(text: str) -> None:
    found = _asserted(text)
    assert ACCUSED in found
    assert not any(e[3] in ("Accra", "Libya") for e in found)


def test_a_deal_brokered_by_a_mediator_does_not_stand_for_the_mediator() -> None:
    found = _asserted(
        "The Volta Army and the Ashanti Front exchanged prisoners in a deal brokered by the "
        "Kumasi Brigade."
    )
    assert (B, "CONSULT", "mediation", A) in found  # a mediator consults (PLOVER; gaps52)
    assert not any(e[1] == "RETREAT" and B in (e[0], e[3]) for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army did not denounce the Accra accord signed by the Kumasi Brigade.",
        "The Volta Army may have denounced the Accra accord signed by the Kumasi Brigade.",
    ],
)
def test_denied_or_hedged_denunciations_are_not_asserted(text: str) -> None:
    assert ACCUSED not in _asserted(text)


SPLIT = (B, "REJECT", "split", A)
MERGED = (A, "COOPERATE", "merger", B)


@pytest.mark.parametrize(
    "text",
    [
        "Kofi Mensah left the Volta Army in 1981 to found the Kumasi Brigade.",
        "In 1984 a group of commanders quit the Volta Army to form the Kumasi Brigade.",
        "Kofi Mensah left the Volta Army and founded the Kumasi Brigade.",
    ],
)
def test_leaving_to_found_is_a_split_and_no_merger(text: str) -> None:
    found = _asserted(text)
    assert SPLIT in found
    assert MERGED not in found


@pytest.mark.parametrize(
    "text",
    [
        "Kofi Mensah did not leave the Volta Army to found the Kumasi Brigade.",
        "Kofi Mensah may have left the Volta Army to found the Kumasi Brigade.",
        "Kofi Mensah reportedly planned to leave the Volta Army to found the Kumasi Brigade.",
    ],
)
def test_denied_or_hedged_leaving_to_found_is_not_asserted(text: str) -> None:
    found = _asserted(text)
    assert SPLIT not in found
    assert MERGED not in found


@pytest.mark.parametrize(
    "text",
    [
        "The Kumasi Brigade joined an offensive against the Ashanti Front.",
        "The Kumasi Brigade joined a coalition against the Ashanti Front in 1988.",
    ],
)
def test_joining_against_a_party_is_no_pledge_to_it(text: str) -> None:
    found = _asserted(text)
    assert not any(e[1] in ("SUPPORT", "COOPERATE") and e[3] == "Ashanti Front" for e in found)


def test_joining_with_a_party_stays_a_pledge() -> None:
    found = _asserted("The Kumasi Brigade joined a coalition with the Ashanti Front.")
    assert ("Kumasi Brigade", "SUPPORT", "pledge", "Ashanti Front") in found


EXPELLED = ("Kumasi Brigade", "COERCE", "expulsion", "Volta Army")


@pytest.mark.parametrize(
    "text",
    [
        "The Kumasi Brigade advanced north in May 1988, expelling the Volta Army from "
        "several towns.",
        "The Ashanti Front joined other rebels in an offensive against the Kumasi Brigade, "
        "expelling the Volta Army from several towns.",
    ],
)
def test_a_comma_participle_is_asserted_like_its_verb(text: str) -> None:
    found = _events(text)
    modes = {e[4] for e in found if e[3] == "Volta Army" and e[1] == "COERCE"}
    assert modes == {"asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "The Kumasi Brigade denied that it had advanced north, expelling the Volta Army from "
        "several towns.",
        "The Kumasi Brigade may have advanced north, expelling the Volta Army from several towns.",
        "The Kumasi Brigade planned to advance north, expelling the Volta Army from several towns.",
    ],
)
def test_a_comma_participle_of_a_denied_or_hedged_verb_is_not_asserted(text: str) -> None:
    assert EXPELLED not in _asserted(text)


WING = (B, "COOPERATE", None, A)


@pytest.mark.parametrize(
    "text",
    [
        "The Kumasi Brigade, trained and armed in Libya, served as the military wing of the "
        "Volta Army.",
        "Armed in Ghana, the Kumasi Brigade was the military arm of the Volta Army until 1986.",
    ],
)
def test_a_military_wing_is_a_kind_of_wing_not_a_state(text: str) -> None:
    found = _asserted(text)
    assert WING in found
    assert not any(e[1] == "COOPERATE" and e[0] in ("Libya", "Ghana") for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Kumasi Brigade never served as the military wing of the Volta Army.",
        "The Kumasi Brigade may have served as the military wing of the Volta Army.",
    ],
)
def test_denied_or_hedged_wings_are_not_asserted(text: str) -> None:
    assert WING not in _asserted(text)


def test_a_military_that_acts_is_still_a_state() -> None:
    found = _asserted("In Ghana the military raided the camps of the Kumasi Brigade.")
    assert any(e[0] == "Ghana" and e[1] == "ASSAULT" for e in found)


BELONGED = (B, "COOPERATE", None, A)


@pytest.mark.parametrize(
    "text",
    [
        "The Kumasi Brigade belonged to the Volta Army until 1984.",
        "After the arrests of 1981, the militants who later formed the Kumasi Brigade belonged "
        "to the Volta Army, the last wing of the movement still at large.",
    ],
)
def test_belonging_to_a_group_is_membership(text: str) -> None:
    assert BELONGED in _asserted(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Kumasi Brigade never belonged to the Volta Army.",
        "The militants who later formed the Kumasi Brigade may have belonged to the Volta Army.",
        # a thing that belongs to a group is no member
        "The trucks seized in Tamale belonged to the Volta Army.",
    ],
)
def test_denied_hedged_or_thing_belongings_are_not_asserted(text: str) -> None:
    found = _asserted(text)
    assert BELONGED not in found
    assert not any(e[1] == "COOPERATE" and e[3] == A for e in found)


ENDED = (A, "REJECT", None, B)


@pytest.mark.parametrize(
    "text",
    [
        "In April 1988 the Volta Army announced that it would no longer cooperate with the "
        "Kumasi Brigade.",
        "In April 1988 commanders of the Volta Army announced that they would no longer "
        "cooperate with the Kumasi Brigade.",
    ],
)
def test_an_end_declared_by_its_party_is_asserted_and_no_agreement(text: str) -> None:
    found = _asserted(text)
    assert ENDED in found
    assert not any(e[1] in ("AGREE", "COOPERATE") for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army may have announced that it would no longer cooperate with the Kumasi "
        "Brigade.",
        "The Volta Army did not announce that it would no longer cooperate with the Kumasi "
        "Brigade.",
        # someone else's forecast, and a condition, are no declared end
        "Officials said that the Volta Army would no longer cooperate with the Kumasi Brigade.",
        "The Volta Army would no longer cooperate with the Kumasi Brigade if it lost the vote.",
    ],
)
def test_an_end_not_declared_by_its_party_is_not_asserted(text: str) -> None:
    found = _asserted(text)
    assert ENDED not in found
    assert not any(e[1] in ("AGREE", "COOPERATE") for e in found)


CLASHED = (A, "ASSAULT", None, B)


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army rejected the Ashanti Front's ideology; some of its brigades later "
        "clashed with the Kumasi Brigade near Tamale.",
        "Commanders of the Volta Army denounced the Ashanti Front's leaders in 1988; its units "
        "then clashed with the Kumasi Brigade.",
    ],
)
def test_its_in_a_subject_after_a_semicolon_is_the_subject_before(text: str) -> None:
    found = _asserted(text)
    assert CLASHED in found
    assert not any(e[0] == "Ashanti Front" and e[1] == "ASSAULT" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "The Volta Army rejected the Ashanti Front's ideology; some of its brigades may have "
        "clashed with the Kumasi Brigade near Tamale.",
        "The Volta Army rejected the Ashanti Front's ideology; its brigades did not clash with "
        "the Kumasi Brigade.",
    ],
)
def test_denied_or_hedged_clashes_after_a_semicolon_are_not_asserted(text: str) -> None:
    assert not any(e[1] == "ASSAULT" for e in _asserted(text))


def _asserted_on(text: str, date: str) -> set[tuple[str, str, str | None, str]]:
    return {
        (c.event.source.org_name or c.event.source.name, c.event.event_type, c.event.mode,
         c.event.target.org_name or c.event.target.name)
        for c in extract_document({"id": "t", "text": text, "date": date})
        if c.event.modality == "asserted"
    }  # fmt: skip


GIA_HIT = ("Armed Islamic Group", "ASSAULT", None, "Kumasi Brigade")


@pytest.mark.parametrize(
    "text",
    [
        "In June 1995 Zitouni's Islamic Group attacked the Kumasi Brigade near Medea.",
        "Zitouni's Islamic Group raided the camps of the Kumasi Brigade in 1995.",
    ],
)
def test_a_leaders_possessive_before_the_close_of_his_groups_name_is_the_group(
    text: str,
) -> None:
    assert GIA_HIT in _asserted_on(text, "1995-06")


@pytest.mark.parametrize(
    "text",
    [
        "In June 1995 Zitouni's Islamic Group did not attack the Kumasi Brigade.",
        "In June 1995 Zitouni's Islamic Group may have attacked the Kumasi Brigade.",
        # words that do not close the name of the group he led name no group
        "In June 1995 Zitouni's Salvation Front attacked the Kumasi Brigade.",
    ],
)
def test_denied_hedged_or_other_names_after_a_leader_are_not_asserted(text: str) -> None:
    assert GIA_HIT not in _asserted_on(text, "1995-06")


def test_a_leaders_possessive_outside_his_term_names_no_group() -> None:
    assert GIA_HIT not in _asserted_on(
        "In June 1999 Zitouni's Islamic Group attacked the Kumasi Brigade.", "1999-06"
    )
