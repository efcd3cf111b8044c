"""A coach who "will kill us" at training does not escalate; a boss who will kill them still
does, and a foreman who keeps workers from a hospital is now found.

Development set 27 (bench/data/triage_dev27.yml, session 27: 136 ordinary messages over several
lines, with more weight on employers asking how to do things legally, the police in everyday
life, sports slang, scams, landlords and people who were helped) showed the lexicons escalating
3 of them, all the same joke: the coach will kill the team at training after a lost match (en,
bg, cs). A helper reading the Ukrainian lexicon for that round found a sign it missed: "the
foreman does not let us go to the hospital" with "us" between the verb and the place. Each case
stands beside a sign or a danger of the same shape, written new.
"""

from __future__ import annotations

# (language, danger now, a look-alike that must not be an emergency)
DANGER_NOW = [
    (
        "en",
        "the boss says he will kill us tonight if we try to leave the farm",
        "we lost 5-0 and coach says hes gonna kill us at training tomorrow lol",
    ),
    (
        "bg",
        "шефът каза, че ще ни убие довечера, ако избягаме от фермата",
        "загубихме мача и треньорът каза, че ще ни убие на тренировка утре 😂",
    ),
    (
        "cs",
        "šéf řekl, že nás dnes večer zabije, jestli utečeme z farmy",
        "prohráli jsme zápas a trenér nás zítra na tréninku zabije 😅",
    ),
]

# (language, code, a sign that must be found, a look-alike of the same shape that escalates
# nothing)
SIGNS = [
    (
        "uk",
        "abusive_conditions",
        "у мене сильно болить рука, але бригадир не пускає нас до лікарні, каже працювати",
        "у мене сильно болить рука, завтра піду до лікарні, де тут травмпункт?",
    ),
]

# (language, an everyday message, a danger of the same language on the next line)
EVERYDAY = [
    (
        "en",
        "prob wrong place to ask but\n"
        "our coach is going to kill us at practice on monday after that game 💀\n"
        "anyway where can i get a cheap physio in aarhus",
        "the man locked us in the container and says he will kill us if we call anyone",
    ),
    (
        "bg",
        "здрасти, глупав въпрос\n"
        "треньорът ще ни смаже на тренировка в понеделник след този мач 😅\n"
        "къде има евтин физиотерапевт в Орхус?",
        "шефът ни заключи в склада и каза, че ще ни убие, ако се обадим на някого",
    ),
    (
        "cs",
        "ahoj, hloupá otázka\n"
        "kouč nás v pondělí na tréninku zničí po tom zápase 😅\n"
        "kde je v Aarhusu levný fyzioterapeut?",
        "šéf nás zamkl ve skladu a řekl, že nás zabije, když někomu zavoláme",
    ),
]
