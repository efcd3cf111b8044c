"""Which language a message is written in, and whether that is sure enough to act on.

lingua is built once, for the catalog languages plus a few "distractor" languages (so that
German is not taken for Danish), with its models preloaded: lazy loading made the first
detection take seconds. Short or ambiguous messages ("ok", "?", "12") are not reliable and do
not change the conversation's language.

Russian, Ukrainian and Bulgarian typed in Latin letters ("ne mozhu vyjty z kvartyry") look
like Czech, Polish or Albanian to lingua, or like nothing it knows. When its words say
clearly that a Latin-only message is one of them (``bot.triage.transliteration``), that
language wins, and the detection says it was read in Cyrillic.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from bot.triage.transliteration import Vocabulary, reply_reading

# Languages we can detect but have no catalog for: answered through translation or English.
# Norwegian and Swedish are left out on purpose: too close to Danish on short messages.
DISTRACTOR_LANGUAGES = ("de", "it", "nl", "ar", "fa", "tr", "sq", "so")
MIN_WORDS = 3
MIN_MARGIN = 0.2  # top confidence minus the runner-up
SURE_CONFIDENCE = 0.9  # enough even for one or two words ("bună ziua")
MIN_LETTERS_WHEN_SURE = 5
# The language shows in a message's first sentences; lingua's time grows with the length,
# and a 100 kB message took 10 s to detect in full.
SAMPLE_CHARS = 1000


@dataclass(frozen=True)
class Detection:
    """The likeliest language (ISO 639-1), its confidence, and whether to act on it."""

    language: str | None
    confidence: float
    reliable: bool
    transliterated: bool = False  # Latin letters read as Russian, Ukrainian or Bulgarian


class MessageLanguageDetector:
    """Detects the language of short messages among a fixed set of languages."""

    def __init__(self, languages: Iterable[str], vocabulary: Vocabulary | None = None) -> None:
        """``vocabulary``: the words that recognise Russian, Ukrainian and Bulgarian typed in
        Latin letters (``bot.language.vocabulary``); None skips that."""
        codes = sorted(set(languages) | set(DISTRACTOR_LANGUAGES))
        self.languages = tuple(codes)
        self._vocabulary = vocabulary
        self._detector: LanguageDetector = (
            LanguageDetectorBuilder.from_languages(*(_lingua(code) for code in codes))
            .with_preloaded_language_models()
            .build()
        )

    def detect(self, text: str) -> Detection:
        """Detect the language of ``text``; payloads ("/intent") are never detected."""
        if text.startswith("/"):
            return Detection(None, 0.0, reliable=False)
        text = text[:SAMPLE_CHARS]
        transliterated = self._transliterated(text)
        if transliterated is not None:
            return transliterated
        values = self._detector.compute_language_confidence_values(text)
        if not values or values[0].value <= 0:
            return Detection(None, 0.0, reliable=False)
        top = values[0]
        runner_up = values[1].value if len(values) > 1 else 0.0
        code = top.language.iso_code_639_1.name.lower()
        return Detection(code, top.value, _is_reliable(text, top.value, top.value - runner_up))

    def _transliterated(self, text: str) -> Detection | None:
        """Russian, Ukrainian or Bulgarian typed in Latin letters, when its words say so
        clearly; lingua, reading the message in Cyrillic, breaks a tie between them."""
        if self._vocabulary is None:
            return None
        reading = reply_reading(text, self._vocabulary)
        if reading is None:
            return None
        candidates = [code for code in reading.languages if code in self.languages]
        if not candidates:
            return None
        confidence = {
            value.language.iso_code_639_1.name.lower(): value.value
            for value in self._detector.compute_language_confidence_values(reading.cyrillic)
        }
        code = max(candidates, key=lambda candidate: confidence.get(candidate, 0.0))
        return Detection(code, confidence.get(code, 0.0), reliable=True, transliterated=True)


def _is_reliable(text: str, confidence: float, margin: float) -> bool:
    letters = sum(ch.isalpha() for ch in text)
    if _unspaced_script(text):
        return letters >= 2 and confidence >= SURE_CONFIDENCE
    if confidence >= SURE_CONFIDENCE and letters >= MIN_LETTERS_WHEN_SURE:
        return True
    return len(text.split()) >= MIN_WORDS and margin >= MIN_MARGIN


def _unspaced_script(text: str) -> bool:
    """Thai and Chinese carry no spaces between words; word counts mean nothing there."""
    return any("\u0e00" <= ch <= "\u0e7f" or "\u4e00" <= ch <= "\u9fff" for ch in text)


def _lingua(code: str) -> Language:
    return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))
