"""Everyday phrases that sound like danger: friends who "kidnapped" her for a birthday, a
toddler, a cat or a broken handle that locked her in or out, a boss who will "kill" her for
being late.

Development sets 31 and 32 (session 31: 272 ordinary messages written by the person herself,
not committed because the lexicons escalate 41 and 42 of them) were full of these three kinds:
locks a toddler, a cat or a broken handle closed, birthday "kidnappings", and bosses or mothers
who will "kill" her for being late. Each
language now has one harmless phrase per kind, written to its grammar: the cause (the toddler,
the handle, the birthday as the purpose, the lateness) must be inside the phrase with the
alarming words, and the phrase and the rest of its line must name no serious word of the
language or of English (work, a boss, money, papers, the police, blows, touching, sex, fear,
help, a weapon, a sale; for a lock, locking may be named, for lateness, killing and work). It
sets aside only the phrase: "they kidnapped me after the birthday party", "my husband locked me
in", "he will kill me if I leave" are never such a phrase, and what follows it still counts.

The cases were written for this round by writers who saw no lexicon: per language and kind
three harmless messages and three dangers of the same shape. Listed here are the harmless ones
the lexicons escalated before, and every danger the lexicons escalate.
"""

from __future__ import annotations

import pytest

from bot.triage import Lexicon, TriageRules
from tests.support.lexicon_codes import priority

# (language, kind, a harmless message the lexicons escalated before this round)
HARMLESS = [
    (
        "bg",
        "birthday_kidnap",
        "Не мога да говоря, приятелките ме отвлякоха за 40-ия ми рожден ден 😂",
    ),
    ("bg", "birthday_kidnap", "Колежките ме отвлякоха за моминското парти, връщам се в неделя"),
    ("bg", "birthday_kidnap", "За рождения ми ден децата ме отвлякоха на спа в Орхус 🎉"),
    (
        "bg",
        "lock_mishap",
        "Помощ 😅 синът ми (3 г.) ме заключи на терасата, имаш ли резервен ключ?",
    ),
    ("bg", "lock_mishap", "Заключена съм в тоалетната в офиса, дръжката падна"),
    (
        "da",
        "birthday_kidnap",
        "Jeg blev bortført af kollegerne til mit polterabend i morges, vi er i Aarhus",
    ),
    ("da", "lock_mishap", "Katten har låst mig inde på badeværelset, den hoppede på håndtaget"),
    ("da", "late_kill", "Har sovet over mig IGEN, mor dræber mig"),
    (
        "en",
        "birthday_kidnap",
        "Can't reply now, my friends kidnapped me for my 40th and we're somewhere in Aarhus 😂",
    ),
    ("en", "late_kill", "Stuck in traffic on the Køge Bugt motorway, my manager will kill me"),
    ("en", "late_kill", "Overslept AGAIN, mum's gonna kill me"),
    (
        "es",
        "birthday_kidnap",
        "Mis amigas me secuestraron para mi cumple y ahora estamos en Skagen 😂",
    ),
    ("es", "birthday_kidnap", "Para mis 40 me secuestró mi marido a París, ¡qué sorpresa!"),
    ("es", "lock_mishap", "Me encerró el gato en el baño, saltó sobre el pestillo 🙈"),
    ("fr", "birthday_kidnap", "Mes copines m'ont kidnappée pour mon anniv, je rentre tard 😂"),
    (
        "fr",
        "birthday_kidnap",
        "Pour mes 40 ans, mes collègues m'ont kidnappé avec un bandeau sur les yeux, trop drôle.",
    ),
    (
        "fr",
        "lock_mishap",
        "Mon fils (2 ans) m'a enfermée sur le balcon, quelqu'un peut appeler ma voisine ?",
    ),
    ("fr", "late_kill", "Mon patron va me tuer, je suis encore en retard 😩"),
    ("fr", "late_kill", "Coincée dans les bouchons sur la E20, ma cheffe va me tuer."),
    ("hu", "late_kill", "Dugóban állok a Lyngbyvejen, a főnöknőm meg fog ölni."),
    ("lt", "birthday_kidnap", "Negaliu kalbėti, draugės mane pagrobė mano 40-mečio proga 😂"),
    ("lt", "birthday_kidnap", "Kolegės pagrobė mane į mergvakarį, grįšiu sekmadienį"),
    ("lt", "birthday_kidnap", "Gimtadienio proga vaikai mane pagrobė į SPA Orhuse 🎉"),
    (
        "lt",
        "lock_mishap",
        "Padėkit 😅 mano sūnus (3 m.) užrakino mane balkone, ar turi atsarginį raktą?",
    ),
    ("pl", "birthday_kidnap", "Na moją czterdziestkę porwali mnie znajomi do Kopenhagi 🎉"),
    (
        "pt",
        "birthday_kidnap",
        "Minhas colegas me sequestraram pro meu niver, tô sem saber pra onde vamos 🙈",
    ),
    (
        "pt",
        "lock_mishap",
        "O meu filho (3) trancou-me na varanda e está a rir-se do outro lado do vidro 😅",
    ),
    ("pt", "late_kill", "Tô presa no trânsito na Amagerbrogade, minha chefe vai me matar."),
    (
        "ro",
        "birthday_kidnap",
        "Nu pot vorbi acum, fetele m-au răpit pentru ziua mea de 40 de ani 😂",
    ),
    (
        "ro",
        "birthday_kidnap",
        "Am fost răpită de colege pentru petrecerea burlăcițelor, ne vedem duminică",
    ),
    ("ro", "birthday_kidnap", "Pentru ziua mea, fetele m-au răpit la un spa în Aarhus 🎉"),
    ("ro", "lock_mishap", "Ajutor 😅 fiul meu (3 ani) m-a încuiat pe balcon, ai cheia de rezervă?"),
    ("ro", "lock_mishap", "Sunt încuiată în baie la birou, mi-a rămas clanța în mână"),
    ("ro", "late_kill", "Stau în trafic pe autostradă, șefa o să mă omoare"),
    ("ro", "late_kill", "Am adormit, mama mă omoară"),
    ("ru", "birthday_kidnap", "Девчонки похитили меня на девичник, я сейчас в Скагене 😂"),
    ("ru", "birthday_kidnap", "На днюху меня похитили подруги и увезли в Копенгаген на выходные."),
    ("th", "birthday_kidnap", "โดนแก๊งเพื่อนลักพาตัวไปฉลองวันเกิดที่โคเปนเฮเกน 555"),
    ("th", "late_kill", "เจ้านายฆ่าฉันแน่ มาสายอีกแล้ว 😭"),
    ("th", "late_kill", "รถติดมากบนสะพาน หัวหน้าต้องฆ่าฉันแน่ๆ"),
    ("th", "late_kill", "ตื่นสายแถมตกรถไฟ แม่ฆ่าหนูตายแน่"),
    ("tl", "birthday_kidnap", "Kinidnap ako ng barkada ko para sa birthday ko, uuwi ako late 😂"),
    (
        "tl",
        "birthday_kidnap",
        "Na-kidnap ako ng mga officemates ko para sa surprise party, naka-blindfold pa ako!",
    ),
    ("tl", "late_kill", "Papatayin ako ng boss ko, late na naman ako 😩"),
    ("tl", "late_kill", "Naiwan ako ng bus, papatayin ako ni coach."),
    ("uk", "birthday_kidnap", "Мене викрали подруги на день народження, зараз ми в Орхусі 😂"),
    ("uk", "late_kill", "Стою в заторі на Амагербро, начальниця мене вбʼє."),
    ("vi", "late_kill", "Kẹt xe quá trời trên đường vào Aarhus, mẹ chắc giết em luôn."),
    ("zh", "late_kill", "地铁停了我又要迟到了，我妈肯定会杀了我"),
]

# (language, kind, a danger of the same shape, its priority)
DANGER = [
    (
        "bg",
        "birthday_kidnap",
        "Приятелите му ме отвлякоха след рождения ми ден и не ме пускат",
        "high",
    ),
    (
        "bg",
        "birthday_kidnap",
        "Отвлякоха ме на рождения ми ден и ми взеха паспорта, в някакъв апартамент в Копенхаген "
        "съм",
        "high",
    ),
    (
        "bg",
        "birthday_kidnap",
        "Някакъв мъж ме отвлече от купона за рождения ми ден и ме заключи в апартамент",
        "emergency",
    ),
    ("bg", "lock_mishap", "Мъжът ми ме заключи с децата вкъщи и взе дръжката", "emergency"),
    ("bg", "lock_mishap", "Шефът ни заключи в склада, вратата е заключена отвън", "emergency"),
    ("bg", "lock_mishap", "Махнаха дръжката и съм заключена в стаята, помогни", "emergency"),
    ("bg", "late_kill", "Шефът ще ме убие, ако се опитам да си тръгна, дължа му пари", "emergency"),
    ("bg", "late_kill", "Каза, че ще ме убие довечера, ако отида в полицията", "emergency"),
    ("bg", "late_kill", "Шефът ще ме убие, ако закъснея с парите, взе ми паспорта", "emergency"),
    ("cs", "birthday_kidnap", "Unesli mě na oslavě narozenin v Odense a vzali mi pas.", "high"),
    (
        "cs",
        "birthday_kidnap",
        "Cestou na narozeniny mě unesli dva muži a drží mě v nějakém domě.",
        "high",
    ),
    ("cs", "lock_mishap", "Manžel mě zamkl s dětmi v bytě a vzal si kliku.", "emergency"),
    ("cs", "late_kill", "Šéf mě zabije, jestli odejdu, pořád mu dlužím peníze.", "emergency"),
    ("cs", "late_kill", "Šéf říkal, že mě zabije, když půjdu na policii.", "emergency"),
    (
        "da",
        "birthday_kidnap",
        "De bortførte mig på min fødselsdag og tog mit pas, jeg er i en lejlighed i København",
        "high",
    ),
    ("da", "lock_mishap", "Chefen låste os inde i lageret, døren er låst udefra", "emergency"),
    (
        "da",
        "lock_mishap",
        "De har fjernet håndtaget og jeg er låst inde på værelset, hjælp mig",
        "emergency",
    ),
    (
        "da",
        "late_kill",
        "Chefen slår mig ihjel hvis jeg prøver at tage væk, jeg skylder ham penge",
        "emergency",
    ),
    (
        "da",
        "late_kill",
        "Han sagde han vil slå mig ihjel i aften hvis jeg går til politiet",
        "emergency",
    ),
    (
        "da",
        "late_kill",
        "Min chef slår mig ihjel hvis jeg kommer for sent med pengene igen, han har mit pas",
        "emergency",
    ),
    (
        "en",
        "birthday_kidnap",
        "His friends kidnapped me after my birthday party and won't let me go",
        "high",
    ),
    (
        "en",
        "birthday_kidnap",
        "They kidnapped me on my birthday and took my passport, I'm in a flat in Copenhagen",
        "high",
    ),
    (
        "en",
        "birthday_kidnap",
        "A man kidnapped me from the party for my birthday money and locked me in a van",
        "emergency",
    ),
    (
        "en",
        "lock_mishap",
        "The boss locked us in the storeroom, the door is locked from outside",
        "emergency",
    ),
    (
        "en",
        "lock_mishap",
        "They removed the handle and I'm locked in the room, please help",
        "emergency",
    ),
    ("en", "late_kill", "The boss will kill me if I try to leave, I owe him money", "emergency"),
    ("en", "late_kill", "He said he will kill me tonight if I talk to the police", "emergency"),
    (
        "en",
        "late_kill",
        "My boss will kill me if I'm late with the money again, he has my passport",
        "emergency",
    ),
    (
        "es",
        "birthday_kidnap",
        "Sus amigos me secuestraron después de mi fiesta de cumpleaños y no me dejan ir.",
        "high",
    ),
    (
        "es",
        "birthday_kidnap",
        "Me secuestraron en mi cumpleaños a la salida del bar y me quitaron el pasaporte.",
        "high",
    ),
    (
        "es",
        "birthday_kidnap",
        "Yendo para mi cumple me secuestraron y me tienen en un piso.",
        "high",
    ),
    (
        "es",
        "lock_mishap",
        "Mi marido me encerró con los niños en el piso y se llevó la manija.",
        "emergency",
    ),
    (
        "es",
        "lock_mishap",
        "Quitaron la manija y la puerta está cerrada por fuera, no puedo salir.",
        "high",
    ),
    ("es", "late_kill", "Mi jefe me va a matar si me voy, todavía le debo dinero.", "emergency"),
    ("es", "late_kill", "Dijo que me va a matar esta noche si no pago.", "emergency"),
    (
        "fr",
        "birthday_kidnap",
        "Ses amis m'ont kidnappée après ma fête d'anniversaire et ne veulent pas me laisser "
        "partir.",
        "high",
    ),
    (
        "fr",
        "birthday_kidnap",
        "Je suis venue pour l'anniversaire d'une amie et ils m'ont enlevée à la sortie.",
        "high",
    ),
    (
        "fr",
        "lock_mishap",
        "Mon mari m'a enfermée avec les enfants, il a pris la poignée.",
        "emergency",
    ),
    (
        "fr",
        "lock_mishap",
        "Le père de mon fils m'a enfermée dans la chambre et ne veut pas ouvrir.",
        "emergency",
    ),
    (
        "fr",
        "lock_mishap",
        "Je suis enfermée dans la chambre, il dit que la serrure est coincée mais il a gardé la "
        "clé.",
        "emergency",
    ),
    (
        "fr",
        "late_kill",
        "Le patron va me tuer si j'essaie de partir, je lui dois encore de l'argent.",
        "emergency",
    ),
    ("hu", "birthday_kidnap", "A születésnapi buli után elraboltak, és nem engednek haza.", "high"),
    ("hu", "birthday_kidnap", "Elraboltak a születésnapomon, elvették az útlevelemet.", "high"),
    ("hu", "birthday_kidnap", "A bulira menet elraboltak, egy autóban tartanak fogva.", "high"),
    (
        "hu",
        "lock_mishap",
        "A férjem bezárt a gyerekekkel a lakásba, és elvitte a kilincset.",
        "high",
    ),
    ("hu", "late_kill", "A főnök megöl, ha elmegyek, még tartozom neki.", "emergency"),
    ("hu", "late_kill", "A főnököm megöl, késésben vagyok a tartozás törlesztésével.", "emergency"),
    ("hu", "late_kill", "Azt mondta, hogy ma éjjel megöl, ha nem fizetek.", "emergency"),
    (
        "lt",
        "birthday_kidnap",
        "Jo draugai pagrobė mane po mano gimtadienio vakarėlio ir neišleidžia",
        "high",
    ),
    (
        "lt",
        "birthday_kidnap",
        "Mane pagrobė per gimtadienį ir atėmė pasą, esu bute Kopenhagoje",
        "high",
    ),
    (
        "lt",
        "birthday_kidnap",
        "Kažkoks vyras pagrobė mane iš gimtadienio vakarėlio ir nuvežė į butą",
        "high",
    ),
    ("lt", "lock_mishap", "Vyras užrakino mane su vaikais ir pasiėmė rankeną", "emergency"),
    ("lt", "lock_mishap", "Šefas uždarė mus sandėlyje, durys užrakintos iš lauko", "emergency"),
    ("lt", "lock_mishap", "Išsuko rankeną ir esu užrakinta kambaryje, padėkit", "emergency"),
    (
        "lt",
        "late_kill",
        "Šefas mane užmuš, jei bandysiu išeiti, esu jam skolinga pinigų",
        "emergency",
    ),
    ("lt", "late_kill", "Jis sakė, kad šiąnakt mane užmuš, jei eisiu į policiją", "emergency"),
    ("lt", "late_kill", "Šefas mane užmuš, jei vėluosiu su pinigais, jis atėmė mano pasą", "high"),
    (
        "pl",
        "birthday_kidnap",
        "Jego koledzy porwali mnie po urodzinach i nie chcą mnie wypuścić",
        "high",
    ),
    (
        "pl",
        "birthday_kidnap",
        "Porwali mnie w moje urodziny i zabrali mi paszport, jestem w mieszkaniu w Kopenhadze",
        "high",
    ),
    (
        "pl",
        "birthday_kidnap",
        "Porwali mnie na imprezie urodzinowej i zamknęli w mieszkaniu",
        "high",
    ),
    ("pl", "lock_mishap", "Mąż zamknął mnie z dziećmi w mieszkaniu i zabrał klamkę", "emergency"),
    (
        "pl",
        "lock_mishap",
        "Szef zamknął nas w magazynie, drzwi są zamknięte od zewnątrz",
        "emergency",
    ),
    ("pl", "lock_mishap", "Wykręcili klamkę i jestem zamknięta w pokoju, pomocy", "emergency"),
    (
        "pl",
        "late_kill",
        "Szef mnie zabije, jeśli spróbuję odejść, jestem mu winna pieniądze",
        "emergency",
    ),
    (
        "pl",
        "late_kill",
        "Powiedział, że zabije mnie dziś w nocy, jeśli pójdę na policję",
        "emergency",
    ),
    ("pl", "late_kill", "Szef mnie zabije, jak się spóźnię z kasą, zabrał mi paszport", "high"),
    (
        "pt",
        "birthday_kidnap",
        "Os amigos dele sequestraram-me depois da festa de aniversário e não me deixam sair.",
        "high",
    ),
    (
        "pt",
        "birthday_kidnap",
        "Me sequestraram no meu aniversário na saída do bar e tiraram meu passaporte.",
        "high",
    ),
    (
        "pt",
        "birthday_kidnap",
        "Indo para o meu aniversário, me sequestraram e estou presa num apartamento.",
        "emergency",
    ),
    (
        "pt",
        "lock_mishap",
        "O meu marido trancou-me com as crianças no apartamento e levou a maçaneta.",
        "emergency",
    ),
    (
        "pt",
        "lock_mishap",
        "Tiraram a maçaneta e a porta está trancada por fora, não consigo sair.",
        "high",
    ),
    (
        "pt",
        "late_kill",
        "O patrão vai me matar se eu for embora, ainda devo dinheiro pra ele.",
        "emergency",
    ),
    ("pt", "late_kill", "Ele disse que vai me matar hoje à noite se eu não pagar.", "emergency"),
    (
        "ro",
        "birthday_kidnap",
        "Prietenii lui m-au răpit după petrecerea de ziua mea și nu mă lasă să plec",
        "high",
    ),
    (
        "ro",
        "birthday_kidnap",
        "M-au răpit de ziua mea și mi-au luat pașaportul, sunt într-un apartament în Copenhaga",
        "high",
    ),
    (
        "ro",
        "birthday_kidnap",
        "Un bărbat m-a răpit de la petrecerea aniversară și m-a dus într-un apartament",
        "high",
    ),
    ("ro", "lock_mishap", "Soțul m-a încuiat cu copiii în casă și a luat clanța", "emergency"),
    ("ro", "lock_mishap", "Șeful ne-a închis în depozit, ușa e încuiată pe dinafară", "emergency"),
    ("ro", "lock_mishap", "Au scos clanța și sunt închisă în cameră, ajutor", "emergency"),
    ("ro", "late_kill", "Șeful mă omoară dacă încerc să plec, îi datorez bani", "emergency"),
    ("ro", "late_kill", "A zis că mă omoară diseară dacă merg la poliție", "emergency"),
    ("ro", "late_kill", "Șeful mă omoară dacă întârzii cu banii, mi-a luat pașaportul", "high"),
    (
        "ru",
        "birthday_kidnap",
        "Его друзья похитили меня после дня рождения и не отпускают домой.",
        "high",
    ),
    ("ru", "birthday_kidnap", "Меня похитили на дне рождения у знакомой, забрали паспорт.", "high"),
    (
        "ru",
        "birthday_kidnap",
        "По дороге на день рождения меня похитили и держат в квартире.",
        "high",
    ),
    ("ru", "lock_mishap", "Муж запер меня с детьми в квартире и забрал ручку.", "emergency"),
    ("ru", "lock_mishap", "Они сняли ручку, дверь заперта снаружи, я не могу выйти.", "high"),
    ("ru", "late_kill", "Шеф меня убьёт, если я уйду, я ему ещё должна.", "emergency"),
    ("ru", "late_kill", "Он сказал, что убьёт меня сегодня ночью, если не приду.", "emergency"),
    ("th", "birthday_kidnap", "เพื่อนของเขาลักพาตัวฉันไปหลังงานวันเกิด และไม่ยอมปล่อยฉันไป", "high"),
    ("th", "birthday_kidnap", "ฉันโดนลักพาตัวในวันเกิดของฉัน เขายึดพาสปอร์ตไปแล้ว", "high"),
    ("th", "lock_mishap", "พ่อของลูกขังฉันไว้ในห้อง ไม่ให้ออกไปไหน", "emergency"),
    ("th", "late_kill", "เจ้านายจะฆ่าฉันถ้าฉันหนีไป ฉันยังติดหนี้เขาอยู่", "emergency"),
    ("th", "late_kill", "จ่ายเงินสายอีกแล้ว เจ้านายต้องฆ่าฉันแน่", "emergency"),
    ("th", "late_kill", "เจ้านายบอกว่าคืนนี้จะฆ่าฉัน เพราะฉันมาสายแล้วไม่มีเงินให้", "emergency"),
    (
        "tl",
        "birthday_kidnap",
        "Kinidnap ako ng mga kaibigan niya pagkatapos ng birthday party ko at ayaw nila akong "
        "pakawalan.",
        "high",
    ),
    (
        "tl",
        "birthday_kidnap",
        "Dinukot nila ako noong birthday ko, nasa isang bahay ako sa Odense ngayon.",
        "high",
    ),
    (
        "tl",
        "birthday_kidnap",
        "Pumunta ako sa Denmark para sa birthday ng pinsan ko tapos kinidnap nila ako.",
        "high",
    ),
    (
        "tl",
        "lock_mishap",
        "Ni-lock ako ng asawa ko kasama ang mga anak ko, kinuha niya yung susi.",
        "emergency",
    ),
    (
        "tl",
        "lock_mishap",
        "Ni-lock ako ng anak ng amo ko sa kwarto at ayaw akong palabasin.",
        "emergency",
    ),
    (
        "tl",
        "late_kill",
        "Papatayin ako ng amo ko kung tatakas ako, may utang pa ako sa kanya.",
        "emergency",
    ),
    ("tl", "late_kill", "Sabi ng boss ko papatayin niya ako mamayang gabi.", "emergency"),
    (
        "uk",
        "birthday_kidnap",
        "Його друзі викрали мене після дня народження і не відпускають додому.",
        "high",
    ),
    (
        "uk",
        "birthday_kidnap",
        "Мене викрали на дні народження у знайомої, забрали паспорт.",
        "high",
    ),
    (
        "uk",
        "birthday_kidnap",
        "Дорогою на день народження мене викрали і тримають у квартирі.",
        "high",
    ),
    ("uk", "lock_mishap", "Чоловік замкнув мене з дітьми у квартирі й забрав ручку.", "emergency"),
    ("uk", "lock_mishap", "Вони зняли ручку, двері замкнені ззовні, я не можу вийти.", "high"),
    ("uk", "late_kill", "Шеф мене вб'є, якщо я піду, я йому ще винна.", "emergency"),
    ("uk", "late_kill", "Начальник мене вб'є, я запізнююсь з виплатою боргу.", "emergency"),
    ("uk", "late_kill", "Він сказав, що вб'є мене сьогодні вночі, якщо не прийду.", "emergency"),
    (
        "vi",
        "birthday_kidnap",
        "Bạn của anh ta bắt cóc tôi sau tiệc sinh nhật và không cho tôi về.",
        "high",
    ),
    (
        "vi",
        "birthday_kidnap",
        "Họ bắt cóc tôi vào đúng ngày sinh nhật, giờ tôi ở một căn nhà ở Odense.",
        "high",
    ),
    ("vi", "birthday_kidnap", "Tôi đến Đan Mạch để dự sinh nhật bạn, rồi họ bắt cóc tôi.", "high"),
    (
        "vi",
        "lock_mishap",
        "Bố của con trai tôi nhốt tôi trong phòng và không cho ra ngoài.",
        "emergency",
    ),
    (
        "vi",
        "lock_mishap",
        "Tôi bị nhốt trong phòng, hắn nói là cửa bị kẹt nhưng hắn giữ chìa khóa.",
        "emergency",
    ),
    (
        "vi",
        "late_kill",
        "Ông chủ sẽ giết tôi nếu tôi bỏ trốn, tôi còn nợ ông ta tiền.",
        "emergency",
    ),
    ("vi", "late_kill", "Tôi lại trả tiền trễ, ông chủ sẽ giết tôi.", "emergency"),
    ("vi", "late_kill", "Sếp nói tối nay sẽ giết tôi vì tôi biết quá nhiều.", "emergency"),
    ("zh", "birthday_kidnap", "他的朋友在我生日派对之后把我绑走了，不让我走。", "high"),
    ("zh", "birthday_kidnap", "他们从生日派对上把我抓走了，说我欠他们钱。", "high"),
    ("zh", "lock_mishap", "我老公把我和孩子锁在家里，还把门把手拆了。", "emergency"),
    ("zh", "lock_mishap", "他儿子把我锁在房间里，不让我出去。", "emergency"),
    ("zh", "lock_mishap", "我被锁在房间里，他说门锁坏了，可钥匙一直在他手里。", "emergency"),
    ("zh", "late_kill", "老板说如果我敢逃跑他就杀了我，我还欠他钱。", "emergency"),
    ("zh", "late_kill", "我还钱迟到了，老板会杀了我的。", "emergency"),
    ("zh", "late_kill", "老板今晚要杀了我，因为我不肯接客。", "emergency"),
]


@pytest.mark.parametrize(("language", "kind", "text"), HARMLESS)
def test_an_everyday_phrase_that_sounds_like_danger_escalates_nothing(
    lexicon: Lexicon, rules: TriageRules, language: str, kind: str, text: str
) -> None:
    assert priority(text, lexicon, rules) in ("none", "normal"), (language, kind)


@pytest.mark.parametrize(("language", "kind", "text", "expected"), DANGER)
def test_a_danger_of_the_same_shape_keeps_its_priority(
    lexicon: Lexicon, rules: TriageRules, language: str, kind: str, text: str, expected: str
) -> None:
    assert priority(text, lexicon, rules) == expected, (language, kind)
