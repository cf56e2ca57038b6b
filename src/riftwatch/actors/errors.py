"""Numbered errors of the actor knowledge base and its curation (RW4xx).

The codes live in :data:`riftwatch.errors.MESSAGES` with all the others, so
:class:`ActorError` behaves like every other riftwatch error.

>>> err = ActorError("RW401", id="org:nowhere")
>>> str(err)
'RW401 no actor with id org:nowhere'
"""

from __future__ import annotations

from riftwatch.errors import MESSAGES, ConfigError

ACTOR_MESSAGES: dict[str, str] = {k: v for k, v in MESSAGES.items() if k.startswith("RW4")}


class ActorError(ConfigError):
    """The knowledge base, an actor id or a curation request is invalid (RW4xx)."""


__all__ = ["ACTOR_MESSAGES", "ActorError"]
