"""The learned signal: what it finds, the words it quotes, and the examples it learns from.

The lexicons find what they list; the model has to recognise the same situations told in new
words, in many languages, and quote the clause that raised the flag, while health, permit and
money questions stay quiet. The training files are written by people, so their shape is a
specification too: known codes, enough examples and negatives per language, nothing copied from
the sets that measure triage.
"""

from __future__ import annotations

import copy
import statistics
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
import yaml

import bot.triage.learned as learned_module
from bot.triage import (
    INDICATOR_CODES,
    Finding,
    LearnedModel,
    Lexicon,
    TriageRules,
    everyday_phrases,
    find_indicators,
    load_lexicon,
    merge_findings,
    triage,
)
from bot.triage.evaluation import load_examples as load_labelled_set
from bot.triage.learned import (
    SOURCE,
    THRESHOLDS,
    Example,
    hand_written_files,
    has_enough_words,
    judge,
    load_learned,
    normalise,
    parse_examples,
    split_clauses,
    train,
    tune_thresholds,
)
from tests.support.hand_made_model import HELD, hand_made_model

BENCH_DIR = Path(__file__).resolve().parents[2] / "bench" / "data"
# Every labelled set: the development sets and the blind sets of the benchmark, never trained on.
MEASURING_SETS = sorted(BENCH_DIR.glob("triage_*.yml"))
# The hand-written files; those made from the development sets are tested in
# test_development_examples.py.
LANGUAGES = sorted(path.stem for path in hand_written_files())


def found(model: LearnedModel, text: str) -> dict[str, tuple[str, ...]]:
    """Code -> evidence, as the model reports them."""
    return {finding.code: finding.evidence for finding in model.find(text)}


# --- what the model finds ---------------------------------------------------------------------

KEPT_PASSPORTS = {
    "en": "boss hides our passports in his car",
    "da": "chefen gemmer mit pas i sin bil",
    "ro": "patronul ne tine pasapoartele in masina lui",
    "bg": "шефът държи паспортите ни в колата си и не ги дава",
    "uk": "господар тримає наші паспорти у своїй машині",
    "pl": "szef ma moj paszport i nie chce go oddac",
    "hu": "a fonok a kocsijaban tartja az utlevelemet",
    "th": "นายจ้างเก็บพาสปอร์ตพวกเราไว้ในรถ ไม่ยอมคืน",
}


@pytest.mark.parametrize(("language", "text"), KEPT_PASSPORTS.items(), ids=list(KEPT_PASSPORTS))
def test_a_passport_kept_by_the_boss_is_found_in_new_words(
    learned: LearnedModel, language: str, text: str
) -> None:
    """None of these sentences is a training example or a lexicon phrase."""
    assert found(learned, text).get("documents_withheld") == (text,)


BEATINGS = {
    "da": "de slår os hvis vi er for langsomme",
    "ro": "ne bate seful daca nu terminam la timp",
    "bg": "бият ни ако не свършим навреме",
    "ru": "бьют нас если не успеваем",
    "pl": "bija nas jak nie zdazymy",
}


@pytest.mark.parametrize(("language", "text"), BEATINGS.items(), ids=list(BEATINGS))
def test_being_beaten_at_work_is_found(
    learned: LearnedModel, lexicon: Lexicon, language: str, text: str
) -> None:
    """Found by the two signals together, as triage runs (the model alone misses bg at 0.77)."""
    assert "threats_violence" in {f.code for f in find_indicators(text, lexicon, learned)}


def test_the_evidence_is_the_clause_that_raised_the_flag(learned: LearnedModel) -> None:
    text = "my employer holds onto my passport, says i get it back next year"

    evidence = found(learned, text)["documents_withheld"]

    assert evidence == ("my employer holds onto my passport",)


def test_every_clause_that_shows_the_sign_is_quoted_in_order(learned: LearnedModel) -> None:
    text = "hi. they took our passports. the boss keeps all our passports in his car"

    evidence = found(learned, text)["documents_withheld"]

    assert evidence == ("they took our passports", "the boss keeps all our passports in his car")


def test_a_child_made_to_sell_sex_is_found_and_is_an_emergency(
    learned: LearnedModel, lexicon: Lexicon, rules: TriageRules
) -> None:
    text = "im 14 and they make me sleep with men for money"

    assert {"minor", "sexual_exploitation"} <= set(found(learned, text))
    assert triage(text, lexicon, rules, learned).priority == "emergency"


def test_the_model_escalates_what_the_lexicons_miss(
    learned: LearnedModel, lexicon: Lexicon, rules: TriageRules
) -> None:
    text = "they make my sister go with clients at the hotel every weekend"

    alone = triage(text, lexicon, rules)
    together = triage(text, lexicon, rules, learned)

    assert alone.priority == "none"
    assert together.priority == "high"
    [finding] = [f for f in together.findings if f.code == "sexual_exploitation"]
    assert finding.language == SOURCE and finding.evidence == (text,)
    assert any(text in reason for reason in together.reasons), "staff see her words"


def test_lexicon_evidence_is_kept_when_both_find_the_same_sign(
    learned: LearnedModel, lexicon: Lexicon, rules: TriageRules
) -> None:
    """The lexicon quotes the exact phrase; the model can only point at a clause."""
    text = "please help me, the boss took my passport and wont give it back"
    assert "documents_withheld" in found(learned, text)
    [by_lexicon] = [
        f for f in triage(text, lexicon, rules).findings if f.code == "documents_withheld"
    ]

    result = triage(text, lexicon, rules, learned)

    [finding] = [f for f in result.findings if f.code == "documents_withheld"]
    assert finding == by_lexicon and finding.language != SOURCE


def test_a_lexicon_finding_replaces_the_model_s_whatever_the_order() -> None:
    """The annotator merges the original and the translated message: her exact phrase from
    either one is kept over the model's clause."""
    from_model = Finding("documents_withheld", ("the family wont give my pass",), SOURCE)
    from_lexicon = Finding("documents_withheld", ("took my passport",), "en")
    minor = Finding("minor", ("im 15",), SOURCE)

    merged = merge_findings([[minor, from_model], [from_lexicon]])

    assert merged == [from_lexicon, minor]  # in the order of INDICATOR_CODES


def test_a_harmless_phrase_holds_for_the_model_too(learned: LearnedModel, tmp_path: Path) -> None:
    """A shop door that was locked is everyday for the model as for the lexicons, while a
    danger told next to it is still found."""
    locked_clinic = "the door of the shop was locked, i stood outside for an hour"
    danger = "the door of the shop was locked and he hit me"
    indicators = {"documents_withheld": ["took my passport"]}
    harmless = {
        code: ["door of the shop was locked"]
        for code in ("immediate_danger", "movement_restricted")
    }
    for name, body in (("plain", {}), ("with_harmless", {"harmless": harmless})):
        (tmp_path / name).mkdir()
        raw = {"language": "en", "indicators": indicators, **body}
        (tmp_path / name / "en.yml").write_text(yaml.safe_dump(raw), "utf-8")
    plain, with_harmless = (
        load_lexicon(tmp_path / "plain"),
        load_lexicon(tmp_path / "with_harmless"),
    )

    def codes(text: str, lexicon: Lexicon) -> set[str]:
        return {f.code for f in find_indicators(text, lexicon, learned)}

    assert "immediate_danger" in codes(locked_clinic, plain)
    assert (
        codes(locked_clinic, with_harmless) & {"immediate_danger", "movement_restricted"} == set()
    )
    assert "immediate_danger" in codes(danger, with_harmless)


def test_a_goodbye_is_no_sign_for_the_model_while_what_else_it_says_is(
    learned: LearnedModel, tmp_path: Path
) -> None:
    """Regression: the model read "leaving now, bye" as immediate danger (112 and an emergency
    case after a goodbye); a goodbye forced by someone arriving still counts."""
    raw = {
        "language": "en",
        "indicators": {"documents_withheld": ["took my passport"]},
        "leave_taking": ["leaving (now)?", "bye"],
    }
    (tmp_path / "en.yml").write_text(yaml.safe_dump(raw), "utf-8")
    with_leave_taking = load_lexicon(tmp_path)

    def codes(text: str) -> set[str]:
        return {f.code for f in find_indicators(text, with_leave_taking, learned)}

    # What the model alone reads. "leaving now, bye" itself is no longer danger for it: its
    # danger-now column is unsure and its escalation column disagrees (IMMEDIATE_DANGER_SURE).
    assert "immediate_danger" in found(learned, "bye, leaving now")
    assert codes("bye, leaving now") == set()
    assert "immediate_danger" in codes("he is coming, bye")


ORDINARY = [
    "where can i get a free std test near the station",
    "i sell sex because i want to, do you have free lube",
    "my residence permit expires in june, how do i extend it",
    "my landlord wants two months deposit, is that legal",
    "thank you, you helped me a lot",
    "can i work more than 37 hours if i want",
    "hvor kan jeg få en gratis hiv test",
    "cum imi schimb medicul de familie",
    "как записаться к врачу без страховки",
    "gdzie moge dostac darmowe prezerwatywy",
    "hol tudok ingyen orvoshoz menni",
    "ตรวจเลือดฟรีที่ไหนคะ",
    "intoarcere acasa cum??",  # "going home, how?": "se intoarce" (he comes back) is danger
]


# "Help" in every language is also the word of an SOS; these ask for ordinary help or thank for
# it, and were an emergency for the model until it had such examples. None is training text.
ORDINARY_HELP = [
    "you helped me a lot",
    "help me with my cv please",
    "can you help me find a doctor",
    "hjælp mig med at finde en læge",
    "kan du hjælpe mig med skat",
    "помогите найти врача",
    "ajutati-ma sa gasesc un doctor",
    "segítsetek orvost találni",
    "aidez moi a trouver un medecin",
    "допоможіть знайти лікаря",
    "padėkite rasti gydytoją",
    "pomozte mi najit lekare",
    "thanks for the help",
]


# First messages that say there is something, but not yet what: asking to ask, help with an
# unnamed thing, a boss or a place with no problem, a witness with no detail. "I saw something
# at the hotel" and "I need help with something" were read as immediate danger (2026-12-01).
# None of these is training text.
VAGUE_OPENERS = [
    "i wanted to ask you about something",
    "could you help me with a small thing",
    "got a question about my manager",
    "i noticed something odd at the car park",
    "I saw something near the station",
    "am si eu o intrebare pentru voi",
    "jeg har et lille spørgsmål til jer",
    "jeg har brug for hjælp til en ting",
    "mam sprawę do was",
    "potrzebowałabym pomocy w pewnej sprawie",
    "у меня вопрос по работе",
    "маю питання щодо роботи",
    "имам въпрос за работата си",
    "tengo una duda sobre mi jefe",
    "tenho uma dúvida sobre meu patrão",
    "j'ai vu quelque chose au travail",
    "tôi muốn hỏi một chuyện",
    "想请教你们一个问题",
    "may itatanong lang po ako",
    "chtěla bych se na něco zeptat",
    "noriu kai ko paklausti",
    "lenne egy kérdésem a munkámmal kapcsolatban",
    "มีเรื่องอยากถามค่ะ",
]


@pytest.mark.parametrize("text", [*ORDINARY, *ORDINARY_HELP, *VAGUE_OPENERS])
def test_ordinary_questions_are_not_escalated(
    learned: LearnedModel, lexicon: Lexicon, rules: TriageRules, text: str
) -> None:
    """Protects people who ask about health, permits or money, ask for ordinary help, or have
    not yet said what is wrong, from being treated as victims."""
    assert triage(text, lexicon, rules, learned).priority == "none"


# --- the escalation column ---------------------------------------------------------------------


def test_a_message_that_reads_as_exploitation_gets_its_likeliest_escalating_code() -> None:
    """No code reaches its threshold, but the message as a whole reads as exploitation: the
    escalating code closest to its threshold is reported, with the words."""
    assert found(hand_made_model(escalation=10.0), HELD) == {"movement_restricted": (HELD,)}


def test_without_the_escalation_column_weak_scores_find_nothing() -> None:
    assert found(hand_made_model(escalation=0.0), HELD) == {}


def test_the_escalation_column_adds_nothing_when_an_escalating_code_was_found() -> None:
    model = hand_made_model(escalation=10.0, documents=10.0)

    assert found(model, HELD) == {"documents_withheld": (HELD,)}


def test_the_escalation_column_learns_what_the_rules_escalate(rules: TriageRules) -> None:
    """Weak signs alone (excessive hours) do not escalate by the rules, so they do not train
    the column as escalating; a kept passport does."""
    examples = [
        Example("boss keeps my passport", frozenset({"documents_withheld"}), "en"),
        Example("the boss keeps our passports locked", frozenset({"documents_withheld"}), "en"),
        Example("we work 14 hours every day", frozenset({"excessive_hours"}), "en"),
        Example("work 14 hours no day off", frozenset({"excessive_hours"}), "en"),
        Example("where is the nearest pharmacy", frozenset(), "en"),
        Example("how do i renew my passport", frozenset(), "en"),
    ]
    model = train(examples, rules=rules)

    escalation = [model.probabilities([e.text])[0, -1] for e in examples]
    assert min(escalation[:2]) > 0.5 > max(escalation[2:])


@pytest.mark.parametrize("text", ["", "   ", "?!...", "12:30, 4,000", "🙂🙂"])
def test_text_without_words_finds_nothing(learned: LearnedModel, text: str) -> None:
    assert learned.find(text) == []


def test_scoring_a_message_is_fast(learned: LearnedModel) -> None:
    """Triage runs on every message; the model must not be what makes her wait."""
    messages = [*ORDINARY, *KEPT_PASSPORTS.values(), *BEATINGS.values()]
    timings = []
    for text in messages * 3:
        start = time.perf_counter()
        learned.find(text)
        timings.append(time.perf_counter() - start)

    assert statistics.median(timings) < 0.010  # ~1 ms when idle; generous for a busy machine


# --- clauses and normalisation ----------------------------------------------------------------


def test_clauses_are_spans_of_the_original_message() -> None:
    text = "Hi!  He took my pass,they lock the door.\nI owe 4,000 kr; help"

    clauses = split_clauses(text)

    assert [c.text for c in clauses] == [
        "Hi",
        "He took my pass",
        "they lock the door",
        "I owe 4,000 kr",
        "help",
    ]
    assert all(text[c.start : c.end] == c.text for c in clauses)


def test_chinese_and_thai_punctuation_split_clauses() -> None:
    assert [c.text for c in split_clauses("救命！他们锁门了，我出不去")] == [
        "救命",
        "他们锁门了",
        "我出不去",
    ]


def test_accents_are_dropped_but_thai_marks_are_kept() -> None:
    assert normalise("Pașaportul ȚINE, không, zabrał") == "pasaportul tine, khong, zabral"
    assert normalise("ไม่ได้เงินเดือน") == "ไม่ได้เงินเดือน"


def test_every_danish_place_reads_the_same_to_the_model() -> None:
    assert normalise("We moved to Køge") == normalise("we moved to Aarhus") == "we moved to §"
    assert normalise("在Helsingør附近") == "在§附近"
    assert normalise("kogevej") == "kogevej"  # only whole names


def test_naming_a_place_from_a_danger_example_is_no_sign(
    learned: LearnedModel, lexicon: Lexicon
) -> None:
    # The Vietnamese training data has someone hiding from her pursuers "near Køge".
    assert find_indicators("they moved to Køge", lexicon, learned) == []


# Answers to the assistant's own questions. Before the short answers were added to the
# training files, the first three read as immediate danger; the rest are not training examples.
SHORT_ANSWERS = ["sí, por favor", "tak, połącz mnie", "non, ça va", "sí claro, por favor",
                 "dobrze, połączcie mnie", "oui bien sûr", "да, конечно", "ano, jasně",
                 "vâng, được ạ", "no gracias, así estoy bien", "nej, det er fint", "好的，可以",
                 "ได้เลยค่ะ"]  # fmt: skip


@pytest.mark.parametrize("text", SHORT_ANSWERS)
def test_a_short_answer_to_the_assistant_is_no_sign_of_danger_or_exploitation(
    learned: LearnedModel, lexicon: Lexicon, rules: TriageRules, text: str
) -> None:
    assert triage(text, lexicon, rules, learned).priority in ("none", "normal")


# --- the training files -----------------------------------------------------------------------


def read_examples(language: str) -> list[dict[str, object]]:
    path = learned_module.TRAINING_DIR / f"{language}.yml"
    examples = yaml.safe_load(path.read_text(encoding="utf-8"))["examples"]
    assert isinstance(examples, list)
    return examples


def test_every_catalog_language_has_training_examples(lexicon: Lexicon) -> None:
    """A language without examples would only ever have its lexicon."""
    mine = {"en", "da", "ro", "bg", "hu", "th", "ru", "uk", "pl"}
    assert mine <= set(LANGUAGES)
    assert set(LANGUAGES) <= {language.language for language in lexicon}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_training_file_is_well_formed_and_big_enough(language: str) -> None:
    path = learned_module.TRAINING_DIR / f"{language}.yml"
    examples = parse_examples(
        yaml.safe_load(path.read_text(encoding="utf-8")), language=language, source=str(path)
    )

    per_code = Counter(code for example in examples for code in example.codes)
    assert len(examples) >= 300
    assert sum(not example.codes for example in examples) >= 120, "negatives that must not escalate"
    assert {code: per_code[code] for code in INDICATOR_CODES if per_code[code] < 8} == {}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_training_file_has_no_repeated_text(language: str) -> None:
    texts = Counter(str(item["text"]).strip().casefold() for item in read_examples(language))

    assert [text for text, count in texts.items() if count > 1] == []


@pytest.fixture(scope="module")
def measured_texts() -> frozenset[str]:
    """Every message of the measuring sets long enough for the model to read, as compared."""
    return frozenset(
        example.text.strip().casefold()
        for path in MEASURING_SETS
        for example in load_labelled_set(path)
        if has_enough_words(example.text)
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_training_text_is_a_message_of_the_measuring_sets(
    language: str, measured_texts: frozenset[str]
) -> None:
    """Training on the development sets would make their numbers meaningless. A message too
    short for the model to read ("привіт", written for a training file and later by a fresh
    set's writer) is left to the lexicons, so sharing it measures nothing twice."""
    copied = [item["text"] for item in read_examples(language)]
    # Positions in the training file, not texts: a failure must not print a blind set's message.
    shared = [i for i, t in enumerate(copied) if str(t).strip().casefold() in measured_texts]
    assert shared == [], f"training/{language}.yml examples {shared} are measuring-set messages"


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ({"examples": [{"codes": ["passport_taken"], "text": "x"}]}, "unknown indicator code"),
        ({"examples": [{"codes": [], "text": "  "}]}, "text must be a non-empty string"),
        ({"examples": [{"codes": "minor", "text": "im 15"}]}, "codes must be a list"),
        ({"examples": [{"text": "hello"}]}, "needs exactly 'codes' and 'text'"),
        ({"examples": []}, "non-empty list under 'examples'"),
    ],
)
def test_a_broken_training_file_is_refused_with_a_message(raw: object, message: str) -> None:
    with pytest.raises(ValueError, match=message) as error:
        parse_examples(raw, language="xx", source="xx.yml")
    assert "xx.yml" in str(error.value)


# --- loading, caching and thresholds ----------------------------------------------------------

TINY = """examples:
  - {codes: [documents_withheld], text: "boss keeps my passport"}
  - {codes: [documents_withheld], text: "they took our passports"}
  - {codes: [documents_withheld], text: "he holds my passport"}
  - {codes: [], text: "where can i renew my passport"}
  - {codes: [], text: "hello there"}
  - {codes: [], text: "thanks a lot"}
"""


def tiny_training(directory: Path) -> Path:
    directory.mkdir()
    (directory / "en.yml").write_text(TINY, encoding="utf-8")
    return directory


def test_a_cached_model_is_reused_only_for_the_same_examples(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A restart loads the fitted model; changed examples are trained afresh."""
    training, cache = tiny_training(tmp_path / "training"), tmp_path / "cache"
    first = load_learned(training, cache_dir=cache)
    [stored] = cache.glob("*.joblib")

    def no_training(*args: object, **kwargs: object) -> LearnedModel:
        raise AssertionError("the cached model should have been used")

    with monkeypatch.context() as patch:
        patch.setattr(learned_module, "train", no_training)
        again = load_learned(training, cache_dir=cache)
    assert found(again, "boss keeps my passport") == found(first, "boss keeps my passport")

    (training / "en.yml").write_text(TINY + '  - {codes: [], text: "bye"}\n', encoding="utf-8")
    load_learned(training, cache_dir=cache)
    [newer] = cache.glob("*.joblib")  # the older model is gone
    assert newer != stored


def test_a_damaged_cache_file_is_replaced(tmp_path: Path) -> None:
    training, cache = tiny_training(tmp_path / "training"), tmp_path / "cache"
    load_learned(training, cache_dir=cache)
    [stored] = cache.glob("*.joblib")
    stored.write_bytes(b"not a model")

    model = load_learned(training, cache_dir=cache)

    assert isinstance(model, LearnedModel) and stored.read_bytes() != b"not a model"


def test_no_training_files_is_an_error_that_names_the_folder(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no training files"):
        load_learned(tmp_path)


def test_every_code_has_a_threshold_between_zero_and_one() -> None:
    assert set(THRESHOLDS) == set(INDICATOR_CODES)
    assert all(0 < value < 1 for value in THRESHOLDS.values())


def test_thresholds_escalate_as_much_as_the_false_escalation_budget_allows(
    rules: TriageRules,
) -> None:
    examples = [
        Example("boss has my passport", frozenset({"documents_withheld"}), "en"),
        Example("passport renewal", frozenset(), "en"),
        Example("hello", frozenset(), "en"),
    ]
    scores = np.zeros((3, len(INDICATOR_CODES)))
    documents = INDICATOR_CODES.index("documents_withheld")
    scores[:, documents] = [0.8, 0.62, 0.1]

    tuned = tune_thresholds(examples, scores, rules, max_false_escalation=0.0)

    assert 0.62 < tuned["documents_withheld"] <= 0.8
    outcome = judge(examples, scores, list(tuned.values()), rules)
    assert outcome.escalation_recall == 1.0 and outcome.false_escalation_rate == 0.0


Annotate = Callable[..., dict[str, Any]]


@pytest.fixture
def annotate(learned: LearnedModel, lexicon: Lexicon, rules: TriageRules) -> Annotate:
    """What every message in the assistant goes through, with the bundled model."""
    return annotator_records(lexicon, rules, learned)


@pytest.fixture
def annotate_model_alone(learned: LearnedModel, lexicon: Lexicon, rules: TriageRules) -> Annotate:
    """``annotate`` with the bundled model reading without the sentence encoder, for tests of
    what the intent classifier does where the model alone reads danger (the encoder now sets
    some of those readings aside itself: ``test_encoder.py``)."""
    alone = copy.copy(learned)
    alone.second_reading = None
    return annotator_records(lexicon, rules, alone)


def annotator_records(lexicon: Lexicon, rules: TriageRules, model: LearnedModel) -> Annotate:
    """The triage TriageAnnotator records for a text, optionally classified as an intent
    (name, confidence), with ``model`` as its learned model."""
    from rasa.shared.nlu.constants import INTENT, TEXT
    from rasa.shared.nlu.training_data.message import Message

    from bot.conversation.triage_annotator import TriageAnnotator

    annotator = TriageAnnotator(TriageAnnotator.get_default_config(), lexicon, rules, model)

    def record(text: str, intent: tuple[str, float] | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {TEXT: text}
        if intent:
            data[INTENT] = {"name": intent[0], "confidence": intent[1]}
        return annotator.assess(Message(data=data))

    return record


def test_the_nlu_component_uses_the_learned_model_too(annotate: Annotate) -> None:
    """Every message in the assistant goes through TriageAnnotator, so the model must too."""
    text = "they make my sister go with clients at the hotel every weekend"

    record = annotate(text)

    assert record["priority"] == "high"
    assert {"code": "sexual_exploitation", "evidence": [text]} in record["indicators"]


@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("deny", "nu, nu vreau ajutor"),
        ("choose_language", "ayuda en español por favor"),
    ],
)
def test_a_message_that_surely_only_steers_the_conversation_is_left_to_the_lexicons(
    learned: LearnedModel, annotate_model_alone: Annotate, intent: str, text: str
) -> None:
    """Regression: the model read "thank you for the help" (pl) as an SOS; an emergency case
    and 112 followed a thank-you. (That thank-you, and "write to me in Polish", are no longer
    danger for the model alone: see the next test.)"""
    assert "immediate_danger" in found(learned, text)  # what the model alone reads

    assert annotate_model_alone(text, (intent, 0.97))["priority"] == "none"
    assert annotate_model_alone(text, (intent, 0.6))["priority"] == "emergency"


# Short everyday messages whose danger-now score came near 0.5, while the escalation column
# said they do not escalate. None is training text.
UNSURE_DANGER = [
    "help me with my cv please",
    "dziękuję za pomoc",
    "piszcie do mnie po polsku",
    "leaving now, bye",
    "dzięki za pomoc!!",
]
# Short emergencies the model alone finds: sure of the danger, or the escalation column agrees.
# None is training text.
SURE_DANGER = [
    "he is coming, bye",
    "il arrive, je me cache dans la salle de bain",
    "zamknęli nas w piwnicy, nie ma wody",
    "закрыли в подвале, помогите",
]


def test_the_model_calls_danger_now_only_when_sure_or_when_the_message_escalates(
    learned: LearnedModel,
) -> None:
    """The model's immediate danger alone is an emergency: 112 at once and an emergency case.
    It counts when that column is sure (``IMMEDIATE_DANGER_SURE``) or the escalation column
    agrees (``IMMEDIATE_DANGER_AGREED``), so a thank-you or a request for help with a CV is no
    SOS, and short emergencies still are."""
    for text in UNSURE_DANGER:
        assert "immediate_danger" not in found(learned, text), text
    for text in SURE_DANGER:
        assert "immediate_danger" in found(learned, text), text


def codes_found(text: str, lexicon: Lexicon, model: LearnedModel | None) -> set[str]:
    return {finding.code for finding in find_indicators(text, lexicon, model)}


def test_the_lexicons_danger_now_is_set_aside_when_the_model_reads_the_message_as_ordinary(
    lexicon: Lexicon,
) -> None:
    """ "They locked us in" is danger from a locked room and play from an escape room: the
    lexicons read the phrase, the model the message. Being held goes with danger now."""
    text = "they locked us in the basement, it was a game"
    assert codes_found(text, lexicon, None) == {"movement_restricted", "immediate_danger"}

    assert codes_found(text, lexicon, hand_made_model(escalation=10.0)) == set()


def test_the_lexicons_danger_now_and_being_held_stand_when_the_model_reads_a_case(
    lexicon: Lexicon,
) -> None:
    text = "they locked us in the van, it was a game"

    assert codes_found(text, lexicon, hand_made_model(escalation=10.0)) >= {
        "immediate_danger",
        "movement_restricted",
    }


def test_the_lexicons_danger_now_stands_in_a_message_too_short_for_the_model(
    lexicon: Lexicon,
) -> None:
    """Two words are too few for the model to judge (``has_enough_words``): an SOS stays one."""
    model = hand_made_model(escalation=10.0)

    assert "immediate_danger" in codes_found("SOS trapped", lexicon, model)


def test_the_lexicons_danger_now_stands_when_the_cyrillic_reading_reads_a_case(
    lexicon: Lexicon,
) -> None:
    """Russian in Latin letters is read by the model twice; danger now is set aside only when
    both readings are clearly ordinary."""
    text = "nas zaperli v podvale, pomogite"
    assert "immediate_danger" in codes_found(text, lexicon, None)

    cyrillic_case = hand_made_model(escalation=10.0, words="подвале")
    assert "immediate_danger" in codes_found(text, lexicon, cyrillic_case)
    assert "immediate_danger" not in codes_found(text, lexicon, hand_made_model(escalation=10.0))


def test_the_lexicons_threat_is_set_aside_when_the_model_reads_the_message_as_ordinary(
    lexicon: Lexicon,
) -> None:
    """ "Will hurt my family" is a threat from a trafficker and a figure of speech from a
    sister who borrowed the car: like danger now, the lexicons' threat yields to the model."""
    text = "he said he will hurt my family back home"
    assert codes_found(text, lexicon, None) == {"threats_violence"}

    assert codes_found(text, lexicon, hand_made_model(escalation=10.0)) == set()


def test_the_lexicons_threat_stands_when_the_model_reads_a_case(lexicon: Lexicon) -> None:
    text = "he said he will hurt my family back home"
    case = hand_made_model(escalation=10.0, words="family")

    assert "threats_violence" in codes_found(text, lexicon, case)


def test_money_and_papers_are_never_set_aside_by_the_model(lexicon: Lexicon) -> None:
    """The lexicons were taught ways of telling them (MitID used by the landlord, loans in her
    name) that the model scores near zero in possible victims (docs/triage.md, section 6.30)."""
    text = "they keep my passport and i owe them 5000 euro"

    assert codes_found(text, lexicon, hand_made_model(escalation=10.0)) == {
        "documents_withheld",
        "debt_bondage",
    }


def test_danger_now_is_set_aside_on_its_own_score_when_another_sign_is_half_way(
    lexicon: Lexicon,
) -> None:
    """The model reads the basement at 0.56 of the passport column's threshold, and danger
    now and being held near zero: a sign half-way that no lexicon found keeps nothing."""
    text = "they locked us in the basement, it was a game"
    half_way = hand_made_model(escalation=0.0, documents=5.0, words="basement")

    assert codes_found(text, lexicon, half_way) == set()


def test_being_held_is_set_aside_on_its_own_score(lexicon: Lexicon) -> None:
    """The model reads the basement at 0.59 of being held's threshold, over the half that
    sets it aside, and danger now near zero, in a message it reads as ordinary: danger now
    goes, being held stays."""
    text = "they locked us in the basement, it was a game"
    held_half_way = hand_made_model(escalation=0.0, words="basement", held=5.0)

    assert codes_found(text, lexicon, held_half_way) == {"movement_restricted"}


def test_a_request_for_a_person_is_never_set_aside(lexicon: Lexicon) -> None:
    text = "i want to talk to a person please"

    assert codes_found(text, lexicon, hand_made_model(escalation=10.0)) == {"requests_human"}


@pytest.mark.parametrize(
    ("intent", "text"),
    [
        ("ask_support_offers", "q ayuda tienen"),
        ("ask_sti_test", "boję się, że mam hiv"),
        ("ask_support_offers", "ce fel de ajutor aveti"),
    ],
)
def test_an_ordinary_question_the_classifier_is_sure_of_is_no_emergency_by_the_model_alone(
    learned: LearnedModel, annotate_model_alone: Annotate, intent: str, text: str
) -> None:
    """Regression: "is the help free" got 112 and an emergency case (the model has since
    learned that one; these it still reads as danger)."""
    assert "immediate_danger" in found(learned, text)  # what the model alone reads

    assert annotate_model_alone(text, (intent, 0.98))["priority"] == "none"
    assert annotate_model_alone(text, (intent, 0.6))["priority"] == "emergency"


def test_a_client_in_a_sex_worker_s_health_question_is_not_exploitation(
    learned: LearnedModel, annotate: Annotate
) -> None:
    """Regression: "i am afraid i got hiv from a client" got the offer of a counsellor."""
    text = "i am afraid i got hiv from a client"
    assert "sexual_exploitation" in found(learned, text)  # what the model alone reads

    assert annotate(text, ("ask_sti_test", 0.99))["priority"] == "none"
    assert annotate(text, ("ask_sti_test", 0.6))["priority"] == "high"
    coerced = "my pimp takes all the money, where can i get tested for hiv"
    assert annotate(coerced, ("ask_sti_test", 0.99))["priority"] == "high"


def test_danger_the_lexicons_read_in_an_ordinary_question_still_counts(annotate: Annotate) -> None:
    record = annotate(
        "he is beating me right now, where is the hospital", ("ask_health_service", 0.95)
    )

    assert record["priority"] == "emergency"


def test_the_model_s_danger_now_counts_in_an_ordinary_question_beside_a_sign_of_danger(
    lexicon: Lexicon, rules: TriageRules
) -> None:
    """Regression: four emergencies of the fresh sets (one line each, being held or a threat
    read by the lexicons) were possible victims only, because the classifier was sure of a
    question about a doctor without papers and the model's danger now was not taken. The
    lexicons' sign says why she asks; there the model's reading stands."""
    model = hand_made_model(escalation=10.0, words="blood", held=0.0, danger=10.0)
    record = annotator_records(lexicon, rules, model)

    def priority(text: str, intent: str) -> str:
        return record(text, (intent, 0.95))["priority"]

    held = "we are not allowed to leave the farm and my friend is coughing blood"
    assert codes_found(held, lexicon, None) >= {"movement_restricted"}
    assert "immediate_danger" not in codes_found(held, lexicon, None)

    for intent in ("ask_doctor_no_papers", "ask_health_service"):
        assert priority(f"{held}, where can we find a doctor", intent) == "emergency"
    # Without the lexicons' sign, the model's reading of a case still counts, its danger not.
    assert priority("my friend is coughing blood, where is a doctor", "ask_health_service") == (
        "high"
    )


def test_the_model_s_danger_now_counts_in_a_question_about_a_doctor_from_a_possible_victim(
    lexicon: Lexicon, rules: TriageRules
) -> None:
    """Regression: two emergencies of the fresh sets, in which the lexicons read no sign of
    danger, were possible victims only: the model read danger now and a kept passport or a
    threat, and the classifier was sure of a question about a doctor without papers. In that
    question (not in the others) the model's danger now counts when the rest already makes
    her a possible victim."""
    text = "my friend is shaking with fever since yesterday, where can she see a doctor"
    assert codes_found(text, lexicon, None) == set()

    def priority(model: LearnedModel, intent: str) -> str:
        return annotator_records(lexicon, rules, model)(text, (intent, 0.95))["priority"]

    passport_and_danger = hand_made_model(
        escalation=0.0, documents=10.0, words="shaking", held=0.0, danger=10.0
    )
    danger_alone = hand_made_model(escalation=0.0, words="shaking", held=0.0, danger=10.0)

    assert priority(passport_and_danger, "ask_doctor_no_papers") == "emergency"
    assert priority(passport_and_danger, "ask_health_service") == "high"
    assert priority(danger_alone, "ask_doctor_no_papers") == "none"


def test_a_hasty_goodbye_is_still_read_by_the_model(annotate: Annotate) -> None:
    record = annotate("he is coming, bye", ("goodbye", 0.99))

    assert record["priority"] == "emergency"


@pytest.mark.parametrize("text", ["menu", "speak English", "ok thanks", "他打我", "1"])
def test_the_model_leaves_messages_under_three_words_to_the_lexicons(
    learned: LearnedModel, text: str
) -> None:
    """Character n-grams of one or two words are noise: "menu" scored as deception."""
    assert learned.find(text) == []


def test_over_several_lines_a_sure_intent_does_not_silence_the_model(annotate: Annotate) -> None:
    """The classifier names one intent for the whole message, often its greeting or thanks,
    while the danger is on another line."""
    danger = "they are outside my room now and shouting, i am so scared"  # the model reads it

    record = annotate(f"hi, thanks for answering\n{danger}", ("thank", 0.97))

    assert record["priority"] == "emergency"
    assert {
        "code": "immediate_danger",
        "evidence": ["they are outside my room now and shouting"],
    } in record["indicators"]


def test_the_emergency_intent_is_not_taken_when_the_danger_is_an_escape_room(
    annotate: Annotate,
) -> None:
    """Regression: "my mates locked me in an escape room lol" was an emergency by the intent
    classifier alone, although the lexicons and the model set the escape room aside."""
    played = "my mates locked me in an escape room in Aarhus for my bday lol, we got out in time"

    assert annotate(played, ("emergency", 0.9))["priority"] == "none"
    assert annotate("please come quickly i need help", ("emergency", 0.9))["priority"] == (
        "emergency"
    )
    real = f"{played}, but now the boss locked me in the basement and hit me"
    assert annotate(real, ("emergency", 0.9))["priority"] == "emergency"


def test_the_emergency_intent_counts_next_to_an_escape_room_when_there_is_a_sign_of_danger(
    annotate: Annotate,
) -> None:
    """The lexicons read only "cannot leave" (high) here; the classifier's emergency is kept,
    because a sign of danger was found next to the escape room."""
    text = (
        "we got locked in an escape room last weekend lol, "
        "but my boss doesnt let me leave the house"
    )
    assert annotate(text)["priority"] == "high"

    assert annotate(text, ("emergency", 0.9))["priority"] == "emergency"


def test_everyday_phrases_are_quoted_as_written(lexicon: Lexicon) -> None:
    danger = ("immediate_danger", "threats_violence", "movement_restricted")

    played = everyday_phrases("we got locked in an Escape Room lol, any tips?", lexicon, danger)

    assert played and all(phrase in "we got locked in an Escape Room lol" for phrase in played)
    assert everyday_phrases("he locked me in and took my phone", lexicon, danger) == ()
    assert everyday_phrases("   ", lexicon, danger) == ()
