"""Hospital wards, strict parents and boarding schools, and people who talk about trafficking
without being in it, do not escalate; the same words about a boss, a farm or a debt still do.

Development set 26 (bench/data/triage_dev26.yml, session 27: 136 ordinary messages over several
lines, with more weight on kinds the earlier sets had little of) showed the lexicons escalating
17 of them: a ward that will not let a patient go home until the doctor signs (en, ro, bg, ru,
uk, th), a visitor not let into a ward at night (uk), a parent who keeps a child's passport
until the holiday (es, cs) or will not let a teenager go to a concert (hu, bg), a boarding
school's or the barracks' rules (da, fr, uk), "blood everywhere" after a bike fall (da), and a
thesis or a documentary about forced prostitution (en, fr). The French boarding-school message
of the set still escalates: the school is named on the line before the rule, and a harmless
phrase is matched within one line. Each case stands beside a sign or a danger of the same
shape, written new.
"""

from __future__ import annotations

DANGER_NOW: list[tuple[str, str, str]] = []

# (language, code, a sign that must be found, a look-alike of the same shape that escalates
# nothing)
SIGNS = [
    (
        "en",
        "threats_violence",
        "the owner forced me to work in his nail salon every day",
        "I saw a film on Netflix about women forced to work in nail salons\n" "what are the signs?",
    ),
    (
        "da",
        "movement_restricted",
        "vi må ikke forlade gården de første uger, siger chefen",
        "min kæreste er værnepligtig og de må ikke forlade kasernen de første uger\n"
        "han ringer om aftenen",
    ),
    (
        "fr",
        "sexual_exploitation",
        "je suis victime de prostitution forcée, le patron garde tout l'argent",
        "je prépare un mémoire sur l'exploitation sexuelle et la prostitution forcée en Europe\n"
        "vous avez des sources ?",
    ),
    (
        "fr",
        "movement_restricted",
        "ma sœur travaille chez un couple à Aarhus et elle n'a pas le droit de sortir le week-end",
        "ma sœur est à l'internat à Aarhus et elle n'a pas le droit de sortir le week-end",
    ),
    (
        "es",
        "documents_withheld",
        "hola, mi prima trabaja en una granja en Jutlandia\n"
        "el patrón le guarda el pasaporte a la chica hasta el final de la temporada",
        "hola, mi hijo de 8 años vive con su padre en Aarhus\n"
        "su padre le guarda el pasaporte al niño hasta las vacaciones de verano\n"
        "¿necesito firmar algo para que viaje con él?",
    ),
    (
        "ro",
        "movement_restricted",
        "sora mea lucreaza la o ferma in Danemarca\n"
        "patronul nu o lasa sa plece acasa pana nu termina sezonul",
        "buna, mama e internata la Odense de ieri\n"
        "nu o lasa sa plece acasa pana nu vin rezultatele analizelor\n"
        "cat dureaza de obicei?",
    ),
    (
        "cs",
        "documents_withheld",
        "šéf mi vzal pas a říká, že si ho nechá u sebe až do konce sezóny",
        "Dobrý den\n"
        "máma mi vzala pas a schovala ho až do dovolené v Itálii, abych ho neztratila\n"
        "je to normální, když jedu se třídou jinam?",
    ),
    (
        "bg",
        "movement_restricted",
        "бригадирът казва, че не мога да си тръгна докато не му платя за квартирата",
        "паднах с колелото и ме оставиха в болницата\n"
        "сестрата каза че не мога да си тръгна докато лекарят не ме прегледа сутринта",
    ),
    (
        "bg",
        "movement_restricted",
        "шефът не ме пуска навън след работа, казва че ще ме заключи ако пак изляза",
        "мама не ме пуска на рождения ден на Ива в събота, много е строга 🙄",
    ),
    (
        "ru",
        "movement_restricted",
        "хозяин не отпускает домой пока не отработаю долг за дорогу",
        "папу положили в больницу с сердцем, его не отпускают домой пока врач не посмотрит "
        "анализы",
    ),
    (
        "uk",
        "movement_restricted",
        "бригадир каже що не відпускає додому поки не відпрацюю борг",
        "чоловіка прооперували, його не відпускають додому поки лікар не підпише виписку",
    ),
    (
        "uk",
        "movement_restricted",
        "нас не пускають з гуртожитку після роботи, охорона стоїть біля дверей",
        "дружина в пологовому, мене не пускають до палати після 20:00 😕",
    ),
    (
        "uk",
        "movement_restricted",
        "на фермі забирають телефони о 22:00 і не можна виходити з території без дозволу "
        "бригадира",
        "син у ліцеї-інтернаті, там забирають телефони о 21:30 і не можна виходити з території "
        "без дозволу вихователя",
    ),
    (
        "th",
        "movement_restricted",
        "เถ้าแก่ห้ามออกจากบ้านจนกว่าจะใช้หนี้หมด",
        "แม่ผ่าตัดไส้ติ่ง พยาบาลบอกว่าห้ามออกจากวอร์ดจนกว่าหมอจะมาตรวจพรุ่งนี้เช้า",
    ),
]

# (language, an everyday message, a danger of the same language on the next line)
EVERYDAY = [
    (
        "en",
        "my grandma is on the ward at Bispebjerg after her hip surgery\n"
        "they won't let her go home until the doctor signs her out, is that normal?",
        "the man won't let me leave the flat, he locked the door and says he will kill me tonight",
    ),
    (
        "da",
        "min datter faldt på cyklen i går, blod over det hele fra knæet, men hun har det fint nu",
        "han slog mig med en flaske, blod over det hele, han er her stadig",
    ),
    (
        "ro",
        "buna, mama zice ca ma tine in casa pana termin tezele, am 16 ani 🙄\n"
        "nu e corect, toti colegii ies sambata",
        "ajutor, am 16 ani, seful ma tine inchisa in casa si m-a incuiat\n" "vine acum, mi-e frica",
    ),
    (
        "hu",
        "szia\n"
        "anyu nem enged el a pénteki koncertre, azt mondja 16 évesen még korai 🙄\n"
        "mit csináljak?",
        "16 éves vagyok, a főnök bezárt a lakásba és nem enged ki\n" "segítsetek most, félek",
    ),
    (
        "bg",
        "здравейте, на 16 съм и майка ми не ме пуска на концерта в петък, казва че ще ме заключи "
        "в стаята ако пак закъснея хаха\n"
        "това законно ли е?",
        "на 16 съм, шефът на фермата ме заключи в склада и каза че ще ме убие, моля помогнете",
    ),
]
