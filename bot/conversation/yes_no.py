"""Her yes or no to a question the assistant just asked, read in her conversation's language.

One NLU model serves all catalog languages, and the shortest answers are where languages
collide: Polish "tak" is "yes", Danish "tak" is "thanks"; Polish "no" is "well, yes". The model
cannot know which one she meant, but the conversation can: she has been writing Polish. So
where a yes/no is expected (the counsellor offer, the screening questions, the report's
questions), a message made only of the answer words below, in the conversation's language,
is read as that answer, whatever the shared model guessed. Anything else, including a mix of
yes and no ("tak, ale nie teraz") and words not listed ("nie wiem", "I don't know"), is left
to the model, as before.

Russian, Ukrainian and Bulgarian typed in Latin letters ("da", "net", "tak, dyakuyu") are
written in Cyrillic first (``bot.language.latin_cyrillic``): a woman on a phone without a
Cyrillic keyboard answers the counsellor offer that way.

The lists are short on purpose: only words that are an answer on their own, plus the polite
or "connect me" words that come with one. A word is listed in one polarity only, and a word
whose meaning is unclear in that language (Polish "no") is not listed.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from bot.language.latin_cyrillic import LANGUAGES as LATIN_TYPED
from bot.language.latin_cyrillic import write_in_cyrillic
from bot.triage.transliteration import may_be_transliterated

AFFIRM = "affirm"
DENY = "deny"


@dataclass(frozen=True)
class AnswerWords:
    """The words of one language: yes, no, and words that may come with either."""

    yes: frozenset[str]
    no: frozenset[str]
    along: frozenset[str] = frozenset()


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Languages written with spaces between words.
SPACED: dict[str, AnswerWords] = {
    "en": AnswerWords(
        yes=_words("yes yeah yep yup ok okay sure definitely absolutely"),
        no=_words("no nope nah not"),
        along=_words(
            "please thanks thank you i do want would like that it connect me now of "
            "course very much a counsellor person"
        ),
    ),  # fmt: skip
    "da": AnswerWords(
        yes=_words("ja jo jep ok okay gerne selvfølgelig"),
        no=_words("nej nix ikke"),
        along=_words("tak mange tusind jeg vil det godt meget forbind mig nu"),
    ),
    "pl": AnswerWords(
        yes=_words("tak dobrze ok okej jasne pewnie oczywiście chętnie"),
        no=_words("nie"),
        along=_words("proszę dziękuję bardzo chcę ja mnie połącz połączcie teraz"),
    ),
    "ro": AnswerWords(
        yes=_words("da ok sigur bine desigur"),
        no=_words("nu"),
        along=_words("vă te rog mulțumesc multumesc vreau acum conectează conecteaza mă ma"),
    ),
    "bg": AnswerWords(
        yes=_words("да добре ок разбира се"),
        no=_words("не"),
        along=_words("моля благодаря искам сега свържете ме"),
    ),
    "ru": AnswerWords(
        yes=_words("да хорошо ок конечно ага"),
        no=_words("нет не"),
        along=_words("пожалуйста спасибо хочу сейчас соедините меня"),
    ),
    "uk": AnswerWords(
        yes=_words("так добре гаразд ок звичайно"),
        no=_words("ні не"),
        along=_words("будь ласка дякую хочу зараз з'єднайте мене"),
    ),
    "hu": AnswerWords(
        yes=_words("igen jó jo oké oke ok persze rendben"),
        no=_words("nem"),
        along=_words("kérem kerem kérlek köszönöm koszonom szeretném most kapcsoljon"),
    ),
    "lt": AnswerWords(
        yes=_words("taip gerai ok žinoma"),
        no=_words("ne"),
        along=_words("prašau ačiū noriu dabar sujunkite mane"),
    ),
    "cs": AnswerWords(
        yes=_words("ano jo jasně dobře ok určitě"),
        no=_words("ne"),
        along=_words("prosím děkuji díky chci teď spojte mě mne"),
    ),
    "es": AnswerWords(
        yes=_words("sí si vale claro ok bueno"),
        no=_words("no"),
        along=_words("por favor gracias quiero ahora conécteme conecteme"),
    ),
    "pt": AnswerWords(
        yes=_words("sim claro ok pode"),
        no=_words("não nao"),
        along=_words("por favor obrigada obrigado quero agora me conecte"),
    ),
    "fr": AnswerWords(
        yes=_words("oui ouais ok d'accord volontiers sûr"),
        no=_words("non pas"),
        along=_words("merci s'il vous plaît plait je veux bien maintenant ne"),
    ),
    "tl": AnswerWords(
        yes=_words("oo opo sige ok oke gusto"),
        no=_words("hindi ayoko huwag wag"),
        along=_words("po salamat ko naman na ngayon please"),
    ),
    "vi": AnswerWords(
        yes=_words("có vâng ừ ok được"),
        no=_words("không ko"),
        along=_words("dạ ạ cảm ơn tôi em muốn xin làm bây giờ"),
    ),
}

# Languages written without spaces: the whole answer, once the polite words are taken out.
UNSPACED: dict[str, tuple[AnswerWords, tuple[str, ...]]] = {
    "th": (
        AnswerWords(
            yes=frozenset({"ใช่", "ค่ะ", "ครับ", "ได้", "ตกลง", "เอา", "โอเค"}),
            no=frozenset({"ไม่", "ไม่ต้อง", "ไม่เอา", "ไม่ใช่"}),
        ),
        ("ขอบคุณ", "ค่ะ", "คะ", "ครับ", "จ้ะ", "จ้า", "นะ"),
    ),
    "zh": (
        AnswerWords(
            yes=frozenset({"是", "是的", "对", "对的", "好", "好的", "要", "可以", "行", "嗯"}),
            no=frozenset({"不", "不是", "不要", "不用", "不用了", "没有", "不行", "不想"}),
        ),
        ("谢谢", "请", "吧", "啊", "呀"),
    ),
}

ANSWER_LANGUAGES = frozenset(SPACED) | frozenset(UNSPACED)


def read_yes_no(text: str | None, language: str | None) -> str | None:
    """``"affirm"`` or ``"deny"`` when ``text`` is only a yes or only a no in ``language``."""
    if not text or not language:
        return None
    cleaned = _without_punctuation(text)
    if language in LATIN_TYPED and may_be_transliterated(cleaned):
        cleaned = write_in_cyrillic(cleaned, language)
    if language in UNSPACED:
        return _read_unspaced(cleaned, *UNSPACED[language])
    words = SPACED.get(language)
    if words is None or not cleaned:
        return None
    tokens = set(cleaned.split())
    if not tokens <= words.yes | words.no | words.along:
        return None
    return _polarity(bool(tokens & words.yes), bool(tokens & words.no))


def _read_unspaced(cleaned: str, words: AnswerWords, polite: tuple[str, ...]) -> str | None:
    answer = cleaned.replace(" ", "")
    if answer in words.yes or answer in words.no:
        return _polarity(answer in words.yes, answer in words.no)
    for word in polite:
        answer = answer.replace(word, "")
    return _polarity(answer in words.yes, answer in words.no)


def _without_punctuation(text: str) -> str:
    """Lower case, punctuation, symbols and emoji as spaces; Thai and Vietnamese marks kept."""
    text = unicodedata.normalize("NFC", text.replace("’", "'")).casefold()
    kept = (
        " " if unicodedata.category(char)[0] in "PSZC" and char != "'" else char for char in text
    )
    return " ".join("".join(kept).split())


def _polarity(yes: bool, no: bool) -> str | None:
    if yes == no:
        return None
    return AFFIRM if yes else DENY
