"""Numbered errors of the actor knowledge base and its curation (RW4xx).

The codes are registered in :data:`riftwatch.errors.MESSAGES` when this module
is imported, so :class:`ActorError` behaves like every other riftwatch error.

>>> err = ActorError("RW401", id="org:nowhere")
>>> str(err)
'RW401 no actor with id org:nowhere'
"""

from __future__ import annotations

from riftwatch.errors import MESSAGES, ConfigError

ACTOR_MESSAGES: dict[str, str] = {
    "RW400": "invalid actor knowledge base: {detail}",
    "RW401": "no actor with id {id}",
    "RW402": "invalid actor id {id!r}: use PREFIX:slug (lower-case letters, digits, hyphens) "
    "with a prefix of {prefixes}",
    "RW403": "invalid {what} {value!r}: {detail}",
    "RW404": "{a} and {b} were judged not the same (judgement {judgement}); undo that "
    "judgement first",
    "RW405": "no judgement with id {id}",
    "RW406": "judgement {id} was already undone",
    "RW407": "an actor with id {id} already exists",
    "RW408": "cannot merge {id} with itself",
}

for _code, _message in ACTOR_MESSAGES.items():
    MESSAGES.setdefault(_code, _message)


class ActorError(ConfigError):
    """The knowledge base, an actor id or a curation request is invalid (RW4xx)."""


__all__ = ["ACTOR_MESSAGES", "ActorError"]
