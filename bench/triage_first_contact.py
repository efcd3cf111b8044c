"""Second opinions between the lexicons and the learned model, measured at first contact.

A veto of one signal by the other can only be judged on messages that neither was tuned on.
Each development set was read for a lexicon round and is trained on by the model, so here each
is scored as it first arrived: with the lexicons of the commit before the set was added (from
the git history) and with a model trained without its messages (out of fold). For each veto it
prints what it mends (ordinary messages no longer escalated) and what it costs (escalations and
emergencies lost), at first contact and with today's lexicons. Counts only: the development
sets are not blind, but the tables need no message. docs/triage.md, sections 6.15, 6.29 and
6.30, has the results, why the first vetoes were not kept and why the lexicons' danger now and
threats set aside where the model reads them as clearly absent were.

    python -m bench.triage_first_contact      (37 minutes on two cores on 2026-12-06; needs git)

The sentence encoder's second reading (``bot.triage.encoder``) is measured the same way: its
head is refitted for each set without that set's messages, on embeddings computed once per run
before the sets are scored (the training examples and development messages, about twelve of
those minutes).

The model's signs are those ``LearnedModel.find`` reports, without the harmless phrases that
``find_indicators`` also applies to the model: the same simplification at first contact and
today.
"""

from __future__ import annotations

import functools
import subprocess
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from bot.settings import PROJECT_DIR
from bot.triage import assess, find_indicators, indicators, load_lexicon, load_rules
from bot.triage.codes import INDICATOR_CODES
from bot.triage.encoder import both_read_as_ordinary, embed, fit_head, reads_as_ordinary_alone
from bot.triage.evaluation import load_examples as load_labelled_set
from bot.triage.indicators import DOUBTED_SIGNS, FIGURATIVE_SIGNS, LEARNED, Finding
from bot.triage.learned import (
    GENERATED_DIR,
    Example,
    escalation_labels,
    hand_written_files,
    read_training_file,
    signs_read_as_absent,
    train,
)
from bot.triage.lexicon import Lexicon
from bot.triage.rules import ESCALATING, TriageRules

DEVELOPMENT_SETS = sorted((PROJECT_DIR / "bench" / "data").glob("triage_dev*.yml"))
LEXICON_PATH = "bot/triage/lexicon"
ORDINARY = ("none", "normal")
REQUESTS_HUMAN = frozenset({indicators.REQUESTS_HUMAN})


@dataclass(frozen=True)
class Scored:
    """One development message as the two signals saw it."""

    set_name: str
    expected: str
    first_contact: frozenset[str]  # the lexicons' codes before the set was added
    today: frozenset[str]  # today's lexicons' codes
    model: frozenset[str]  # the out-of-fold model's codes
    scores: dict[str, float]  # the model's message score per code, as a share of its threshold
    escalation: float  # the model's escalation column
    encoder: float  # the encoder head's reading (``bot.triage.encoder``), fitted without the set


# A veto takes the lexicons' and the model's codes of a message and returns those it keeps.
Kept = tuple[frozenset[str], frozenset[str]]
Veto = Callable[[frozenset[str], frozenset[str], Scored], Kept]


def no_veto(lexicon: frozenset[str], model: frozenset[str], _: Scored) -> Kept:
    return lexicon, model


def lone_sign_read_as_ordinary(lexicon: frozenset[str], model: frozenset[str], m: Scored) -> Kept:
    """A lone lexicon sign (not a request for a person) is set aside when the model finds no
    sign, its escalation column is under 0.1 and the sign's own score under half its
    threshold."""
    if len(lexicon) != 1 or lexicon & REQUESTS_HUMAN or model or m.escalation >= 0.1:
        return lexicon, model
    (code,) = lexicon
    return (frozenset(), model) if m.scores[code] < 0.5 else (lexicon, model)


def model_signs_need_it_to_lean(lexicon: frozenset[str], model: frozenset[str], m: Scored) -> Kept:
    """In a message no lexicon flags, the model's signs count only at an escalation score of
    0.3 or more."""
    return lexicon, model if lexicon or m.escalation >= 0.3 else frozenset()


def signs_read_as_ordinary(
    lexicon: frozenset[str],
    model: frozenset[str],
    m: Scored,
    signs: frozenset[str] = FIGURATIVE_SIGNS,
) -> Kept:
    """The veto the assistant takes (``LearnedModel.denied_signs``), without its three-word
    minimum and its Cyrillic reading: each of the lexicons' ``signs`` (danger now, threats and
    being held) that the model did not find and reads as absent (``signs_read_as_absent``)
    is set aside."""
    candidates = (lexicon & signs) - m.model
    return lexicon - signs_read_as_absent(candidates, m.scores, m.escalation), model


def signs_both_models_doubt(
    lexicon: frozenset[str],
    model: frozenset[str],
    m: Scored,
    signs: frozenset[str] = DOUBTED_SIGNS,
) -> Kept:
    """The veto above, then the encoder's (``indicators._signs_both_models_doubt``, without its
    three-word minimum): where the model found no sign, the lexicons' ``signs`` are set aside
    when the mean of the escalation column and the encoder's reading is under ``encoder.DOUBT``
    (``both_read_as_ordinary``)."""
    lexicon, model = signs_read_as_ordinary(lexicon, model, m)
    if not lexicon & signs or m.model - REQUESTS_HUMAN:
        return lexicon, model
    if both_read_as_ordinary(m.escalation, m.encoder):
        return lexicon - signs, model
    return lexicon, model


def model_signs_the_encoder_doubts(
    lexicon: frozenset[str], model: frozenset[str], m: Scored
) -> Kept:
    """The vetoes above, then the encoder's second reading of the model's own signs
    (``indicators._model_signs_the_encoder_doubts``, without its three-word minimum): where the
    lexicons kept no sign but a request for a person, the model's signs are set aside when the
    head alone reads the message as clearly ordinary (``reads_as_ordinary_alone``)."""
    lexicon, model = signs_both_models_doubt(lexicon, model, m)
    if lexicon - REQUESTS_HUMAN or not model - REQUESTS_HUMAN:
        return lexicon, model
    if reads_as_ordinary_alone(m.encoder):
        return lexicon, model & REQUESTS_HUMAN
    return lexicon, model


every_sign_both_models_doubt: Veto = functools.partial(
    signs_both_models_doubt, signs=frozenset(INDICATOR_CODES) - REQUESTS_HUMAN
)


# The vetoes taken in sessions 46 and 47: the same for danger now alone, then with threats.
danger_now_read_as_ordinary: Veto = functools.partial(
    signs_read_as_ordinary, signs=frozenset({"immediate_danger"})
)
danger_now_and_threats_read_as_ordinary: Veto = functools.partial(
    signs_read_as_ordinary, signs=frozenset({"immediate_danger", "threats_violence"})
)


def every_sign_read_as_ordinary(lexicon: frozenset[str], model: frozenset[str], m: Scored) -> Kept:
    """Every sign of the lexicons (not a request for a person) that the model scores under
    half its threshold, when the model adds no sign of its own."""
    if model:
        return lexicon, model
    denied = signs_read_as_absent(lexicon - REQUESTS_HUMAN, m.scores, m.escalation)
    return lexicon - denied, model


VETOES: dict[str, Veto] = {
    "a lone lexicon sign the model reads as clearly ordinary": lone_sign_read_as_ordinary,
    "the model's own signs only when it leans toward escalation": model_signs_need_it_to_lean,
    "the lexicons' danger now when the model reads it as clearly absent (session 46)": (
        danger_now_read_as_ordinary
    ),
    "every lexicon sign the model scores under half its threshold": every_sign_read_as_ordinary,
    "the lexicons' danger now and threats when the model reads them as clearly absent "
    "(session 47)": danger_now_and_threats_read_as_ordinary,
    "the lexicons' danger now, threats and being held when the model reads them as clearly "
    "absent (taken)": signs_read_as_ordinary,
    "and every lexicon sign where the model found none and it and the encoder read the message "
    "as ordinary": every_sign_both_models_doubt,
    "and the lexicons' danger now, threats, being held and a minor where the model found none "
    "and it and the encoder read the message as ordinary (taken, session 50)": (
        signs_both_models_doubt
    ),
    "and the model's own signs where no lexicon found one and the encoder reads the message as "
    "clearly ordinary (taken, session 51)": model_signs_the_encoder_doubts,
}


def first_contact_lexicon(set_path: Path, directory: Path) -> Lexicon:
    """The lexicons of the commit before ``set_path`` was added, extracted into ``directory``."""
    added = _git("log", "--diff-filter=A", "--format=%H", "--", str(set_path)).split()[-1]
    archive = subprocess.run(
        ["git", "archive", f"{added}^", LEXICON_PATH],
        cwd=PROJECT_DIR,
        capture_output=True,
        check=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(directory)], input=archive, check=True)
    return load_lexicon(directory / LEXICON_PATH)


def _git(*arguments: str) -> str:
    return subprocess.run(
        ["git", *arguments], cwd=PROJECT_DIR, capture_output=True, text=True, check=True
    ).stdout


@functools.cache
def _shared() -> tuple[list[Example], list[Example], TriageRules, Lexicon]:
    """What every set's scoring reads: hand-written and generated examples, the rules and
    today's lexicons, loaded once per worker process."""
    hand = [e for p in hand_written_files() for e in read_training_file(p)]
    generated = [e for p in sorted(GENERATED_DIR.glob("*.yml")) for e in read_training_file(p)]
    return hand, generated, load_rules(), load_lexicon()


# Every training example's and development message's embedding, computed once by ``main``
# before the worker processes fork (``_embed_all``).
_VECTORS: dict[str, np.ndarray] = {}


def _embed_all(texts: Iterable[str]) -> None:
    unique = sorted(set(texts) - set(_VECTORS))
    _VECTORS.update(zip(unique, embed(unique), strict=True))


def score_set(set_path: Path) -> list[Scored]:
    """Every message of one development set, at first contact and today, with a model and an
    encoder head trained on every example but those made from this set's messages."""
    hand, generated, rules, today = _shared()
    messages = load_labelled_set(set_path)
    texts = {m.text.strip() for m in messages}
    examples = hand + [e for e in generated if e.text.strip() not in texts]
    model = train(examples, rules=rules)
    _embed_all([e.text for e in examples] + [m.text for m in messages])
    head = fit_head(
        np.array([_VECTORS[e.text] for e in examples]), escalation_labels(examples, rules), ""
    )
    readings = head.readings(np.array([_VECTORS[m.text] for m in messages]))
    with tempfile.TemporaryDirectory() as directory:
        then = first_contact_lexicon(set_path, Path(directory))
        scored = []
        for message, reading in zip(messages, readings, strict=True):
            message_scores = model.scores(message.text)[1]
            shares = message_scores[:-1] / model.thresholds
            scored.append(
                Scored(
                    set_name=set_path.stem,
                    expected=message.expected,
                    first_contact=_codes(message.text, then),
                    today=_codes(message.text, today),
                    model=frozenset(finding.code for finding in model.find(message.text)),
                    scores=dict(zip(model.codes, shares.tolist(), strict=True)),
                    escalation=float(message_scores[-1]),
                    encoder=float(reading),
                )
            )
    return scored


def _codes(text: str, lexicon: Lexicon) -> frozenset[str]:
    return frozenset(finding.code for finding in find_indicators(text, lexicon))


def priority(lexicon: Iterable[str], model: Iterable[str], rules: TriageRules) -> str:
    """The rules' priority for the lexicons' and the model's codes (the model's codes are only
    those no lexicon found, as in ``find_indicators``)."""
    lexicon = set(lexicon)
    findings = [Finding(code, ("",), "lexicon") for code in lexicon]
    findings += [Finding(code, ("",), LEARNED) for code in set(model) - lexicon]
    return assess(findings, rules).priority


def tally(scored: Sequence[Scored], rules: TriageRules, veto: Veto, *, today: bool) -> Counter[str]:
    """Emergencies, escalations and ordinary messages escalated, with ``veto`` applied."""
    counts: Counter[str] = Counter()
    for m in scored:
        lexicon = m.today if today else m.first_contact
        got = priority(*veto(lexicon, m.model - lexicon, m), rules)
        counts["emergencies"] += m.expected == "emergency"
        counts["emergencies found"] += m.expected == "emergency" and got == "emergency"
        counts["escalations"] += m.expected in ESCALATING
        counts["escalations found"] += m.expected in ESCALATING and got in ESCALATING
        counts["ordinary"] += m.expected in ORDINARY
        counts["ordinary escalated"] += m.expected in ORDINARY and got in ESCALATING
    return counts


def combiner_vetoes(scored: Sequence[Scored], rules: TriageRules, cut: float) -> Counter[str]:
    """A learned combiner, trained leave one set out on what both signals say at first contact,
    that sets aside an escalation it scores under ``cut``: what it would mend and lose."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    codes = sorted(scored[0].scores)
    rows = [m for m in scored if priority(m.first_contact, m.model, rules) in ESCALATING]
    features = np.array(
        [
            [code in m.first_contact for code in codes]
            + [m.scores[code] for code in codes]
            + [m.escalation, len(m.first_contact), len(m.model - m.first_contact)]
            for m in rows
        ],
        dtype=float,
    )
    right = np.array([m.expected in ESCALATING for m in rows])
    groups = np.array([m.set_name for m in rows])
    likelihood = np.zeros(len(rows))
    for group in np.unique(groups):
        held = groups == group
        fitted = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, random_state=0)
        fitted.fit(features[~held], right[~held])
        likelihood[held] = fitted.predict_proba(features[held])[:, 1]
    vetoed = likelihood < cut
    emergencies = np.array([m.expected == "emergency" for m in rows])
    return Counter(
        {
            "ordinary escalated mended": int((vetoed & ~right).sum()),
            "ordinary escalated": int((~right).sum()),
            "escalations lost": int((vetoed & right).sum()),
            "emergencies lost": int((vetoed & emergencies).sum()),
        }
    )


def lone_signs(scored: Sequence[Scored], rules: TriageRules) -> Counter[tuple[str, bool]]:
    """At first contact, escalations made by one lexicon sign with no sign from the model: by
    the priority made, how many were right (a possible victim or danger) and how many wrong."""
    counts: Counter[tuple[str, bool]] = Counter()
    for m in scored:
        lexicon = m.first_contact - REQUESTS_HUMAN
        made = priority(m.first_contact, m.model, rules)
        if made in ESCALATING and len(lexicon) == 1 and not m.model - m.first_contact:
            counts[made, m.expected in ESCALATING] += 1
    return counts


def report(scored: Sequence[Scored], rules: TriageRules) -> str:
    lines = [
        "| | emergencies found | escalations found | ordinary escalated |",
        "|---|---|---|---|",
    ]
    for today in (False, True):
        when = "today's lexicons" if today else "first contact"
        for name, veto in {"no veto": no_veto, **VETOES}.items():
            c = tally(scored, rules, veto, today=today)
            lines.append(
                f"| {when}, {name} | {c['emergencies found']}/{c['emergencies']} "
                f"| {c['escalations found']}/{c['escalations']} "
                f"| {c['ordinary escalated']}/{c['ordinary']} |"
            )
    lone = lone_signs(scored, rules)
    lines += [
        "",
        "At first contact, one lexicon sign and no sign from the model made "
        + "; ".join(
            f"{made}: right {lone[made, True]}, wrong {lone[made, False]}"
            for made in ("emergency", "high")
        )
        + ".",
    ]
    c = combiner_vetoes(scored, rules, cut=0.02)
    lines += [
        "",
        f"A combiner (gradient boosting, leave one set out, cut 0.02) at first contact mends "
        f"{c['ordinary escalated mended']} of {c['ordinary escalated']} ordinary messages "
        f"escalated, and loses {c['escalations lost']} escalations, "
        f"{c['emergencies lost']} of them emergencies.",
    ]
    return "\n".join(lines)


def main() -> None:
    hand, generated, _, _ = _shared()
    messages = [m.text for path in DEVELOPMENT_SETS for m in load_labelled_set(path)]
    _embed_all([e.text for e in hand + generated] + messages)
    with ProcessPoolExecutor() as pool:
        scored = [m for found in pool.map(score_set, DEVELOPMENT_SETS) for m in found]
    print(report(scored, load_rules()))


if __name__ == "__main__":
    main()
