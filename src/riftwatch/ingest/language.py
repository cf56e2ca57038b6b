"""Language identification (py3langid), tuned for short English headlines.

Short English text often gets a low or wrong score from character n-gram
models; Latin-script text is therefore only marked non-English when the model
is confident (``language_min_confidence``).

>>> detect("Drone strike kills four militants in North Waziristan")[0]
'en'
>>> detect("طالبان نے حملے کی ذمہ داری قبول کر لی")[0]
'ur'
"""

from __future__ import annotations

from functools import cache

from riftwatch import settings

SAMPLE_CHARS = 4000


@cache
def _identifier():  # type: ignore[no-untyped-def]
    from py3langid import langid

    return langid.LanguageIdentifier.from_modelpath(
        langid.MODEL_DIR / langid.MODEL_FILE, norm_probs=True
    )


def _latin_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if c.isascii()) / len(letters)


def detect(text: str) -> tuple[str, float]:
    """Return ``(language code, confidence)``; ``'und'`` when there is nothing to judge."""
    sample = text[:SAMPLE_CHARS]
    if not any(c.isalpha() for c in sample):
        return "und", 0.0
    lang, prob = _identifier().classify(sample)
    prob = float(prob)
    if lang == "en":
        return "en", prob
    if prob >= float(settings.get("language_min_confidence")):
        return str(lang), prob
    if _latin_share(sample) > 0.97:
        return "en", prob
    return "und", prob


__all__ = ["detect"]
