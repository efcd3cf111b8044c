"""An alarm told and resolved on the same line is everyday; a cover story or a denial is not.
A negated escape room is no game. A child's camp, boarding school or grounding is no sign of
exploitation; a camp where she is locked in, hit or made to work still is.

Development set 30 (bench/data/triage_dev30.yml, session 30: 136 ordinary messages written by
someone other than the person concerned) showed the assistant escalating 28, and a model
trained without the set 27: scenes that looked like danger and turned out to be a film shoot,
a hen party, a police drill, Airbnb guests or a band. A harmless phrase per language now covers
the line up to the resolution ("turned out", "viste sig", "okazało się", "оказалось",
"原来是", "pala" after the event ...), for the lexicons and the learned model alike; what follows
it still counts. It stands down when someone said or promised it (a cover story), after
"I thought" or "maybe", and with a negation before the event, in the words of any language:
a harmless phrase holds in every language, so a Portuguese cover story ("disseram aos vizinhos
que era airbnb") must not pass the Spanish phrase, which knew only Spanish ways of saying it.
Writing the cases turned up an older gap: "it is not an escape room" after being locked in was
an escape room to the Russian, Polish, Hungarian and Czech lexicons, and the plain danger went
unseen. Two more of the set's false alarms were single phrases: a Tagalog witness who "almost
called the police" (muntik na ko tumawag ng pulis), and a Ukrainian boss who will "kill" him if
he is late again.

The largest kind left in development sets 29 and 30 was a parent writing about a child at a
summer or football camp, an efterskole or grounded at home: no phone after nine, "like a
prison", up at seven, "illegal detention". A harmless line per language now holds for the
weak signs (isolation, long hours, hard conditions, deception, vulnerability) when it names
the camp, school or punishment and no word of any language's guard (work, a boss, money,
papers, the police, blows, touching, sex, fear, help, a weapon, locking, force, a sale).
Danger and being held are never set aside by it, even on the same line.
"""

from __future__ import annotations

# (language, danger now, a look-alike that must not be an emergency)
DANGER_NOW = [
    (
        "en",
        "two men dragged a woman into a van outside my building, she was screaming, I thought "
        "it was a film shoot but there are no cameras",
        "two men dragged a woman into a van outside my building, she was screaming, turned out "
        "it was a film shoot for a crime series",
    ),
    (
        "cs",
        "videl jsem jak dva chlapi cpou zenskou do dodavky a ona rvala o pomoc, rikali ze to je "
        "natáčení ale kamery tam nebyly",
        "videl jsem jak dva chlapi cpou zenskou do dodavky a ona rvala o pomoc, ukazalo se ze to "
        "bylo natáčení seriálu",
    ),
    (
        "fr",
        "deux hommes ont poussé une femme dans une camionnette, elle criait au secours, ce "
        "n'était pas un tournage",
        "deux hommes ont poussé une femme dans une camionnette, elle criait au secours, en fait "
        "c'était le tournage d'une série",
    ),
    (
        "zh",
        "刚才看见两个男人把一个女孩塞进面包车，她在喊救命，不是在拍电影",
        "刚才看见两个男人把一个女孩塞进面包车，她在喊救命，原来是在拍电影",
    ),
    (
        "ro",
        "ne-au închis în apartament și ne-au bătut, au zis vecinilor că era airbnb",
        "multă lume intra și ieșea noaptea din apartamentul de alături, s-a dovedit că era "
        "airbnb",
    ),
    (
        "pt",
        "nos trancaram no quarto e bateram na gente, disseram aos vizinhos que era airbnb",
        "muita gente entrando e saindo de noite no apartamento ao lado, no fim era airbnb",
    ),
    (
        "tl",
        "muntik na nila akong patayin, tumawag kayo ng pulis",
        "nakita ko yung kapitbahay ko na piniringan ng mga kaibigan nya at isinakay sa kotse, "
        "muntik na ko tumawag ng pulis 😳",
    ),
    (
        "uk",
        "вони вбʼють мене, якщо я втечу",
        "Каже, бос його «вбʼє», якщо він ще раз запізниться 😂",
    ),
    (
        "en",
        "my 15yo daughter is at a summer camp in Jutland, the leader locked her in a room and hits "
        "her",
        "My 15yo is grounded for a week, no phone, no friends over, he says it's illegal "
        "detention lol",
    ),
    (
        "da",
        "min datter på 14 er på lejr, lederen har låst hende inde og slår hende",
        "Min søn på 15 er på efterskole og skriver at det er som et fængsel, ingen mobil efter "
        "kl 22",
    ),
    (
        "vi",
        "con gái tôi 15 tuổi ở trại hè, bị nhốt và bị đánh, nó rất sợ",
        "Con trai tôi 14 tuổi đang đi trại hè thể thao, cả tuần không được dùng điện thoại",
    ),
    (
        "ru",
        "моему сыну 14, он в лагере под Оденсе, забрали телефон и заставляют работать в поле",
        "мой сын 14 лет в спортивном лагере, телефон дают на час вечером, пишет что как в армии 😅",
    ),
    (
        "ru",
        "меня заперли в подвале, это не квест, помогите",
        "нас заперли в подвале на квесте, через час вышли, было весело 😂",
    ),
    (
        "pl",
        "zamknęli mnie w piwnicy, to nie jest escape room, pomocy",
        "zamknęli nas w piwnicy w escape roomie, wyszliśmy po godzinie 😂",
    ),
    (
        "hu",
        "bezártak a pincébe, ez nem szabadulószoba, segítség",
        "bezártak minket a pincébe a szabadulószobában, egy óra múlva kijutottunk 😂",
    ),
    (
        "cs",
        "zamkli mě ve sklepě, to není úniková hra, pomoc",
        "zamkli nás ve sklepě v únikovce, za hodinu jsme byli venku 😂",
    ),
]

# (language, code, a sign told in passing, a look-alike that escalates nothing)
SIGNS = [
    (
        "en",
        "isolation",
        "my 15yo daughter is at a summer camp in Jutland, the leader took her phone and touches "
        "her, she is scared",
        "My 15yo is grounded for a week, no phone, no friends over",
    ),
    (
        "th",
        "isolation",
        "ลูกสาวอายุ 14 อยู่ที่ค่าย มีผู้ชายเก็บมือถือและบังคับให้ทำงาน",
        "ลูกสาวอายุ 14 ไปค่ายฟุตบอล โค้ชเก็บมือถือเด็กทุกคน ห้ามโทรหาพ่อแม่",
    ),
]

# (language, an everyday message, a danger of the same language on the next line)
EVERYDAY = [
    (
        "es",
        "Anoche en Nørrebro vi a dos tipos metiendo a una chica a la fuerza en un coche, "
        "gritaba, pero era una despedida de soltera y todas reían",
        "me encerraron en el sótano y me pegaron, ayuda",
    ),
    (
        "da",
        "Mange fremmede kommer og går om natten i lejligheden under mig, det viste sig at være "
        "en Airbnb med turister",
        "de har låst mig inde i kælderen, hjælp",
    ),
    (
        "en",
        "Heard screaming and banging from the flat above at 3am, went up to check and it was a "
        "band rehearsing",
        "they locked me in the basement, help",
    ),
    (
        "hu",
        "Tegnap a kikötőnél rendőrök megbilincselt embereket vezettek egy buszhoz, kiderült, "
        "hogy gyakorlat volt",
        "bezártak a pincébe, segítség",
    ),
    (
        "pl",
        "Widziałam jak trzech facetów wciąga kobietę do busa, a ona krzyczy, okazało się że to "
        "kręcili film",
        "zamknęli mnie w piwnicy, pomocy",
    ),
    (
        "pl",
        "Mój syn (16) pojechał na obóz piłkarski i pisze, że trener zabiera im telefony na noc, "
        "haha",
        "zamknęli mnie w piwnicy, pomocy",
    ),
    (
        "hu",
        "A 15 éves fiam egy hét szobafogságot kapott, nem mehet ki és nincs telefonja 🙄",
        "bezártak a pincébe, segítség",
    ),
    (
        "zh",
        "昨天在火车站看到几个人把一个男人蒙上眼睛推上车，原来是朋友给他办的生日惊喜",
        "他们把我锁在房间里，救命",
    ),
]
