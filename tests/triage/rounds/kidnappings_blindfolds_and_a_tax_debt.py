"""Kidnapped, blindfolded and put in a car; locked in by the one named before; a tax debt owed
to a boss. Gaps that helpers of session 28 found while reading the lexicons, closed in
session 29.

Hungarian "elraboltak, bekötötték a szemem és egy autóba tettek" (they kidnapped me, tied my
eyes and put me in a car) was only a possible victim, and neither English nor Hungarian knew a
blindfold. Ukrainian "Хазяїн тримає мене під наглядом і замкнув у кімнаті" names her before the
verb, so "замкнув" (locked) had no object to match. English "I owe 3,400 kr in tax to my boss"
found no debt: an inline veto for "tax" within 30 characters hid it, while the harmless phrase
for tax debts, which stands down on a boss, already covers a debt to Skat. Each case stands
beside a look-alike of the same shape: a surprise party, a stolen bike, a cat shut in a room,
a wrong tax card.
"""

from __future__ import annotations

# (language, danger now, a look-alike that must not be an emergency)
DANGER_NOW = [
    (
        "en",
        "they kidnapped me, blindfolded me and pushed me into a van, i dont know where we are",
        "my friends blindfolded me and put me in the car for a surprise birthday party",
    ),
    (
        "hu",
        "elraboltak, bekötötték a szemem és egy autóba tettek",
        "a barátnőim bekötötték a szemem és egy autóba tettek, meglepetés buli volt 🎉",
    ),
    (
        "hu",
        "elrabolták a húgomat tegnap este, és egy autóba tették",
        "elrabolták a biciklimet tegnap este, és egy autóba tették",
    ),
    (
        "uk",
        "Хазяїн тримає мене під наглядом і замкнув у кімнаті",
        "Мене відвезли додому, і я замкнула у кімнаті кота",
    ),
]

# (language, code, a sign told in passing, a look-alike that escalates nothing)
SIGNS = [
    (
        "en",
        "movement_restricted",
        "they blindfolded us when they drove us here from the airport",
        "they blindfolded us for the taste test at the cooking class",
    ),
    (
        "hu",
        "movement_restricted",
        "bekötötték a szemem, amikor idehoztak",
        "bekötötték a szemem a szülinapi meglepetéshez",
    ),
    (
        "hu",
        "movement_restricted",
        "elrabolták a húgomat",
        "elrabolták a biciklimet a ház elől",
    ),
    (
        "en",
        "debt_bondage",
        "I owe 3,400 kr in tax to my boss",
        "I owe 3,400 kr in tax because my tax card was wrong",
    ),
]

# (language, an everyday message, a danger of the same language on the next line)
EVERYDAY = [
    (
        "en",
        "my friends blindfolded me and put me in the car for a surprise birthday party 😂",
        "they kidnapped me, blindfolded me and pushed me into a van",
    ),
    (
        "hu",
        "a barátnőim bekötötték a szemem és egy autóba tettek, meglepetés buli volt 🎉",
        "elraboltak, bekötötték a szemem és egy autóba tettek",
    ),
]
