"""A story and a children's game (session 59, docs/triage.md section 6.41): two harmless phrases
written once for every language, over the word lists ``fiction`` (where a story takes place:
"in the series", "w serialu", "电影里") and ``kid_play`` (children playing kidnappers, cops and
robbers or hide and seek), with ``calling_for_help`` for the cry that a story or a game may
have.

Each harmless message was escalated before these phrases by the lexicons alone, and is
escalated neither by them nor with the learned model now. Each danger keeps its priority: a film
watched while the danger happens, a story denied ("this is not a film") or used as a comparison
("like in a film"), a boss or a pimp in the story's clause, a game beside a neighbour who locks
a child in, a knife or a negation.
"""

from __future__ import annotations

import pytest

from bot.triage import LearnedModel, Lexicon, TriageRules
from tests.support.lexicon_codes import priority

HARMLESS = [
    # What happens in a film, a series or a game.
    ("pl", "w tym filmie porywają dziewczynę i zamykają ją w piwnicy, nie mogłam tego oglądać"),
    (
        "es",
        "en la serie secuestran a la protagonista y la encierran en un sótano, me dio mucho miedo",
    ),
    ("uk", "у фільмі її викрадають і замикають у підвалі, я плакала весь вечір"),
    ("da", "i serien bliver hun kidnappet og spærret inde, jeg kunne ikke sove"),
    ("zh", "电影里她被绑架了，关在地下室里，我看得好害怕"),
    ("th", "ในละครนางเอกโดนลักพาตัวไปขังไว้ในห้องใต้ดิน ดูแล้วลุ้นมาก"),
    # The story named first, with a comma: the next clause is the story.
    ("en", "In the film, they lock her in a cellar and she screams for help for days"),
    # Children playing a game with an alarming name, shouting for help.
    ("es", "los niños están jugando a policías y ladrones y gritan socorro todo el rato"),
    ("pl", "dzieci bawią się w porywaczy i krzyczą pomocy, sąsiadka się przestraszyła"),
    ("ro", "copiii se joacă de-a hoții și polițiștii și strigă după ajutor toată ziua"),
    ("ru", "дети играют в похитителей и кричат помогите на весь двор"),
]

# The danger each phrase must never hide, with its priority from the lexicons alone and with the
# learned model.
DANGER = [
    ("en", "we were watching a film when the men locked us in the basement", "emergency"),
    ("en", "this is not a film, they locked me in the basement, help", "emergency"),
    ("da", "det er ikke en film, de har låst os inde i kælderen", "emergency"),
    ("en", "it's like in a film, the boss locks us in every night", "high"),
    ("ru", "как в фильме, хозяин запирает нас каждую ночь", "high"),
    ("zh", "就像电影里一样，老板每天晚上把我们锁起来", "high"),
    ("pl", "jak w filmie, szef zamyka nas na noc w magazynie", "high"),
    ("fr", "c'est comme dans un film, le patron nous enferme chaque nuit", "high"),
    (
        "en",
        "in the film they kidnap a girl, and yesterday my boss locked me in the storeroom",
        "emergency",
    ),
    (
        "vi",
        "trong phim cũng vậy, chủ nhốt tụi em trong kho, cứu em với",
        "emergency",
    ),
    (
        "es",
        "los niños jugaban al escondite y un hombre con un cuchillo se llevó a mi hija",
        "emergency",
    ),
    (
        "cs",
        "děti si hrály na schovávanou a soused zamkl mou dceru ve sklepě, nechce ji pustit",
        "emergency",
    ),
    (
        "ru",
        "дети играли в прятки, а сосед запер мою дочь в подвале и не выпускает",
        "emergency",
    ),
    (
        "en",
        "the kids say they are playing hide and seek but my neighbour locked them in the shed",
        "emergency",
    ),
]


@pytest.mark.parametrize(("language", "text"), HARMLESS)
def test_a_story_or_a_childrens_game_is_not_escalated(
    lexicon: Lexicon, rules: TriageRules, learned: LearnedModel, language: str, text: str
) -> None:
    assert priority(text, lexicon, rules) in ("none", "normal"), language
    assert priority(text, lexicon, rules, learned) in ("none", "normal"), language


@pytest.mark.parametrize(("language", "text", "expected"), DANGER)
def test_danger_beside_a_story_or_a_game_keeps_its_priority(
    lexicon: Lexicon,
    rules: TriageRules,
    learned: LearnedModel,
    language: str,
    text: str,
    expected: str,
) -> None:
    assert priority(text, lexicon, rules) == expected, language
    assert priority(text, lexicon, rules, learned) == expected, language
