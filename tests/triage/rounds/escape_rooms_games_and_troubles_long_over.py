"""Escape rooms, games, sport and troubles long over do not escalate; signs told over several
lines do, in all 17 languages.

Development set 16 (bench/data/triage_dev16.yml, session 23: ordinary messages that use
alarming words harmlessly) showed them: "my mates locked me in an escape room", "the coach
will kill us", "we got beaten 102-65", a son in a game "kidnapped by zombies", aliens, a
novel about a girl sold abroad, a passport or a wage held by an employer years ago and long
settled, and the learned model reading a parent's "my daughter, 12" or an hourly rate as a
sign. Development set 15 (messages over several lines) showed signs it missed: children
begging for a man who takes the money, a partner who sends her "to the shops" to steal, a
passport the lady of the house "keeps for her", being driven away tonight by a broker with
nobody wanting to go, and threats against a child at home if she leaves. Every harmless
phrase needs its context (the escape room, the game, the score, the years and the ending) on
the same line, and danger on the next line still counts.
"""

from __future__ import annotations

# (language, danger now or tonight, a look-alike of the same shape that is no emergency)
DANGER_NOW = [
    (
        "en",
        "the boss locked us in the container and hes not answering, we cant get out",
        "my friends locked us in an escape room for an hour, we cant get out of the escape "
        "room lol",
    ),
    (
        "en",
        "we're locked in the back room of the restaurant, the owner took our phones",
        "we're locked in the escape room rn, cant crack the last code haha",
    ),
    (
        "es",
        "me encerraron en el cuarto y dicen que si me escapo le hacen daño a mi madre",
        "mi madre dice que si me voy de viaje le hace ilusión que le mande fotos",
    ),
    (
        "fr",
        "le patron nous a enfermées dans la cave et il frappe ma collègue",
        "je suis payée 120 kr de l'heure pour ranger la cave du patron",
    ),
    (
        "ro",
        "sora mea stă pe stradă în Vesterbro și peștele a bătut-o acum, zace pe jos și nu se poate "
        "ridica",
        "sora mea stă pe stradă în Vesterbro și peștele îi ia toți banii, mi-e frică pentru ea",
    ),
    (
        "hu",
        "bezártak minket egy szobába a munkahelyen és nem engednek ki",
        "szombaton a barátaimmal bezártak minket egy szobába, szabadulószoba volt, 40 perc alatt "
        "kijutottunk",
    ),
    (
        "lt",
        "jie mus užrakino bute ir sako, kad nužudys",
        "šeštadienį per krepšinio finalą mūsiškiai priešininkus tiesiog užmuš 🏀",
    ),
    (
        "cs",
        "šéf nás zamkl ve sklepě a nemůžeme ven",
        "v únikovce nás zamkli ve sklepě, ven jsme se dostali za 50 minut",
    ),
    (
        "cs",
        "teď nás zavřeli do sklepa a nemůžeme ven",
        "v escape roomu nás zavřeli do sklepa, vyřešili jsme to za hodinu",
    ),
    (
        "cs",
        "přítel říká, že mě dneska zabije",
        "ve hře se zabíjí draci a zombie, syn to hraje každý den",
    ),
    (
        "pl",
        "szef zamknął nas w piwnicy i nie możemy wyjść",
        "w escape roomie zamknęli nas w piwnicy, wyszliśmy po godzinie",
    ),
    (
        "pl",
        "on mówi że mnie dzisiaj zabije",
        "w tej grze zabija się smoki i zombie, syn gra codziennie",
    ),
    (
        "ru",
        "хозяин запер нас в подвале, помогите",
        "в квест-комнате нас заперли в подвале, выбрались за 40 минут",
    ),
    (
        "ru",
        "прораб запер нас в вагончике, выйти не можем",
        "в квесте нас закрыли в вагончике, еле выбрались за час",
    ),
    (
        "ru",
        "он сказал что убьёт меня сегодня ночью",
        "бригадир готов убить, если опаздываем хоть на минуту",
    ),
    (
        "ru",
        "хозяин убьёт меня, если я уйду",
        "в игре убивают драконов и зомби, сын сидит там часами",
    ),
    (
        "uk",
        "вони замкнули нас у підвалі і кажуть, що вб'ють",
        "у грі нас замкнули в підземеллі і зомбі хочуть нас вбити, ахаха",
    ),
    (
        "uk",
        "бригадир зачинив мене в коморі і не випускає, мені страшно",
        "колега випадково зачинив мене в коморі на пару хвилин, всі сміялися 😂",
    ),
    (
        "bg",
        "шефът ни заключи в стаята и каза, че ще ни убие",
        "в играта ни заключиха в тъмницата и шефът на нивото ще ни убие 😂",
    ),
    ("th", "คืนนี้นายหน้าจะขนพวกเราสี่คนขึ้นรถตู้ไปสวีเดน", "คืนนี้เพื่อนจะขับรถพาพวกเราสี่คนไปดูคอนเสิร์ตที่ออร์ฮูส"),
    (
        "th",
        "ตอนนี้หัวหน้าบอกจะพาพวกเราทั้งหมดไปอีกฟาร์ม ไม่มีใครอยากไปเลยค่ะ",
        "ตอนนี้หัวหน้าบอกจะพาพวกเราทั้งหมดไปกินหมูกระทะ ทุกคนดีใจมาก",
    ),
]

# (language, code, a sign told in passing, a look-alike that escalates nothing)
SIGNS = [
    (
        "es",
        "threats_violence",
        "trabajo en una granja y el encargado dice que si me voy le hacen daño a mis padres",
        "trabajo en una granja y el encargado dice que si me voy le hacen una despedida a mis "
        "padres",
    ),
    (
        "es",
        "threats_violence",
        "no puedo contar nada, si hablo van a hacerle daño a mi hermana",
        "no puedo contar nada, es una sorpresa para mi hermana",
    ),
    (
        "ro",
        "documents_withheld",
        "iubitul ei îi ține și buletinul, zice ea",
        "mama mi-a zis să iau și buletinul la doctor",
    ),
    (
        "ro",
        "sexual_exploitation",
        "vecina mea stă pe stradă lângă gară și iubitul ei o obligă în fiecare seară",
        "vecina mea stă pe stradă lângă gară și vinde flori în fiecare seară",
    ),
    (
        "ro",
        "minor",
        "lângă magazin sunt mereu doi copii mici care cerșesc până noaptea",
        "lângă magazin sunt mereu doi bărbați care cer bani pentru bilet",
    ),
    (
        "ro",
        "wages_withheld",
        "în parc cerșesc niște băieți și seara un tip le strânge toți banii",
        "în parc cântă niște băieți și seara le strâng banii de la bilete",
    ),
    (
        "hu",
        "threats_violence",
        "a barátom szerint áruházakba kell járnom neki, és ha nem hozok eleget, nincs vacsora",
        "a nagymamámnak boltba kell járnom, mert már nehezen mozog",
    ),
    (
        "hu",
        "abusive_conditions",
        "koldulni visznek minket, és ha nem hozunk eleget, nincs kaja",
        "koldulni láttam egy bácsit a pályaudvaron, adtam neki enni",
    ),
    (
        "cs",
        "movement_restricted",
        "jsem au pair v Hellerupu a ven smím jenom s paní, sama nikam",
        "jsem au pair v Hellerupu a na nákupy chodím s paní, je hodná",
    ),
    (
        "cs",
        "movement_restricted",
        "jen s majitelkou můžu ven, jinak sedím v kuchyni",
        "s majitelkou chodíme nakupovat, je to fajn",
    ),
    (
        "cs",
        "documents_withheld",
        "pas mi hned první den schovali, prý aby se neztratil",
        "pas mi hned první den okopírovali kvůli smlouvě",
    ),
    (
        "cs",
        "documents_withheld",
        "občanku nám sebrali a nevrátí ji",
        "občanku nám naskenovali a hned vrátili",
    ),
    (
        "pl",
        "debt_bondage",
        "cała wypłata idzie na spłatę za bilet i pośrednika",
        "cała wypłata idzie na spłatę kredytu za mieszkanie",
    ),
    (
        "pl",
        "debt_bondage",
        "dalej odpracowujemy przejazd busem z Polski",
        "dalej dojeżdżamy busem z Polski co miesiąc",
    ),
    (
        "pl",
        "wages_withheld",
        "od trzech miesięcy dostajemy tylko zaliczkę, reszta potem",
        "od trzech miesięcy dostajemy też premię, jest super",
    ),
    (
        "pl",
        "wages_withheld",
        "od przyjazdu dostałam jedynie 300 koron",
        "od przyjazdu dostałam 300 koron podwyżki",
    ),
    (
        "uk",
        "documents_withheld",
        "роботодавець забрав у мене паспорт і досі не віддає",
        "у 2017 році роботодавець забрав у мене паспорт, але через тиждень повернув, все давно "
        "позаду",
    ),
    (
        "uk",
        "movement_restricted",
        "мою сестру викрали, вона не відповідає",
        "донька грає в Roblox і каже, що її викрали пірати і тримають у полоні 😂",
    ),
    (
        "bg",
        "documents_withheld",
        "работодателят ми задържа паспорта и не иска да ми го върне",
        "Преди 8 години в Италия работодателят ми задържа паспорта, но после ми го върна и "
        "всичко се "
        "оправи",
    ),
    (
        "bg",
        "documents_withheld",
        "шефът ми задържа заплатата и не ми дава нищо",
        "Навремето в Гърция шефът ми задържа заплатата, но после ми я изплатиха и всичко се оправи",
    ),
    (
        "tl",
        "documents_withheld",
        "Yung pasaporte namin hawak muna raw ng agency para hindi mawala",
        "Yung pasaporte ko nasa embassy muna para sa renewal ng visa",
    ),
    (
        "tl",
        "excessive_hours",
        "Stay-in po ako, 6am hanggang 11pm ang pasok ko araw-araw",
        "Ang pasok ko ay 8am hanggang 4pm lang, may day off tuwing Linggo",
    ),
    (
        "zh",
        "documents_withheld",
        "我的护照一直在东家那里，说是怕我弄丢",
        "我的护照在大使馆办签证，下周去拿",
    ),
    (
        "zh",
        "wages_withheld",
        "老板说工资等干满两年回国时一次性结给我们",
        "老板说工资每个月十号准时发到我们自己卡上",
    ),
    ("zh", "excessive_hours", "来丹麦八个月了，一天假都没放过", "来丹麦八个月了，每周休两天"),
]

# (language, an everyday message, a danger that must still count on the next line)
EVERYDAY = [
    (
        "en",
        "my cousins locked us in a zombie escape room in Odense for my birthday haha, we got "
        "out with a "
        "minute left",
        "but now the boss locked me in the basement and i cant get out",
    ),
    (
        "en",
        "at the escape room the game master locked us in for an hour, so much fun",
        "today the man locked me in the flat and took my phone, please help",
    ),
    (
        "es",
        "buenas, soy mamá de una niña de 9 años, ¿puede ir sola al dentista con la tarjeta "
        "amarilla?",
        "mi jefe me encerró en el sótano y me pega",
    ),
    (
        "es",
        "tengo una hija de 13 años y quiere apuntarse a un campamento de fútbol, ¿necesita seguro?",
        "el dueño nos encerró en la casa y nos pega",
    ),
    (
        "fr",
        "mon fils de 17 ans fait du baby-sitting, 2h payées 110 kr de l'heure, doit-il le "
        "déclarer ?",
        "le patron m'a enfermée dans la cave et il me frappe",
    ),
    (
        "ro",
        "lol colega zice că ne-au răpit extratereștrii, că n-am mai venit la cafea două "
        "săptămâni 😂",
        "acum șeful ne-a încuiat în container și ne bate",
    ),
    (
        "hu",
        "múlt héten escape roomban voltunk a csapattal, egy órára be voltunk zárva, nagyon jó "
        "buli volt",
        "most bezártak egy pincébe és megvertek, segítsetek",
    ),
    (
        "hu",
        "16 éve egy főnök nem fizette ki a bérem, de megnyertem a pert, rég lezárult",
        "most bezártak egy pincébe és megvertek, segítsetek",
    ),
    (
        "lt",
        "dukra (12 m.) žaidžia futbolą, vakar jų komanda varžovus tiesiog sutriuškino ⚽",
        "dabar jie mane užrakino rūsyje ir sako, kad nužudys",
    ),
    (
        "cs",
        "V sobotu jsme slavili narozeniny v únikovce, zavřeli nás do laboratoře a ven jsme se "
        "dostali za "
        "55 minut 😄",
        "teď mě šéf zamkl v pokoji a nemůžu ven",
    ),
    (
        "cs",
        "Dcera hraje na tabletu hru, kde se zabíjí zombie a draci, je to v pořádku?",
        "teď mě šéf zamkl v pokoji a nemůžu ven",
    ),
    (
        "cs",
        "Prohráli jsme 1:9, trenér nás zítra zabije na tréninku 😅",
        "zamkli nás ve skladu a nemůžeme ven",
    ),
    (
        "cs",
        "Syn se zamkl v pokoji, protože prohrál zápas ve Fifě, co s ním mám dělat?",
        "zamkli nás ve skladu a nemůžeme ven",
    ),
    (
        "pl",
        "Przegraliśmy 0:5, trener nas jutro zabije na treningu 😅",
        "szef zamknął nas w piwnicy i nie możemy wyjść",
    ),
    (
        "pl",
        "Młody zamknął się w pokoju bo zabrałam mu konsolę, typowe",
        "szef zamknął nas w piwnicy i nie możemy wyjść",
    ),
    (
        "pl",
        "W escape roomie zamknęli nas w celi, wyszliśmy po 45 minutach, polecam",
        "zamknęli mnie w pokoju i on ma nóż",
    ),
    (
        "pl",
        "Syn gra w grę, gdzie zabija się zombie, to normalne w jego wieku?",
        "zamknęli mnie w pokoju i on ma nóż",
    ),
    (
        "ru",
        "Вчера с друзьями были в квесте, нас заперли в камере, выбрались за 50 минут 😂",
        "хозяин запер нас в подвале, помогите",
    ),
    (
        "ru",
        "Бригадир готов убить, если опаздываем на пять минут 🙄 где купить проездной?",
        "хозяин запер нас в подвале, помогите",
    ),
    ("ru", "Тренер нас убьёт на тренировке, проиграли 1:6", "меня заперли в комнате и бьют"),
    (
        "ru",
        "Сын заперся в комнате, потому что я забрала у него телефон, подросток",
        "меня заперли в комнате и бьют",
    ),
    ("ru", "В игре сын убивает драконов часами, это нормально?", "меня заперли в комнате и бьют"),
    (
        "uk",
        "син грає в Minecraft і кричить, що його викрали зомбі 🤣",
        "чоловік зачинив мене у ванній і каже, що вб'є",
    ),
    (
        "uk",
        "колись, у 2016-му, бос забрав у мене паспорт, але потім повернув, все давно минуло",
        "а тепер новий бос замкнув нас у гуртожитку",
    ),
    (
        "uk",
        "подруга жартома зачинила мене на балконі на хвилинку, ми так сміялися 😂",
        "але зараз хазяїн замкнув мене в кімнаті і забрав телефон",
    ),
    (
        "bg",
        "синът ми цял ден вика, че в играта са го отвлекли и шефът на нивото ще го убие 😂",
        "сега шефът ме заключи в склада и каза, че ще ме убие",
    ),
    (
        "bg",
        "Преди 10 години в Испания шефът ми задържа заплатата, но после ми я плати и всичко се "
        "оправи",
        "днес ни заключиха в къщата и ни взеха телефоните",
    ),
    ("th", "เมื่อคืนไปชกมวยกับเพื่อนที่ยิม โดนต่อยตาเขียว ฮ่าๆ สนุกดี", "เขาขังพวกเราไว้ในห้อง ช่วยด้วย"),
    (
        "tl",
        "Talo na naman kami sa basketball league kagabi, binugbog kami 95-70 hahaha",
        "Tulungan nyo po kami, kinulong kami ng amo sa bodega ngayon",
    ),
    (
        "tl",
        "Noong 2012 kinuha ng amo ko ang pasaporte ko sa Kuwait, pero naibalik din bago ako umuwi",
        "Tulungan nyo po kami, kinulong kami ng amo sa bodega ngayon",
    ),
    (
        "vi",
        "Tối qua xem bộ phim tài liệu về những cô gái bị bán sang Trung Quốc, xem mà khóc",
        "Tối nay ông chủ nói sẽ bán em cho người khác, cứu em với",
    ),
    (
        "vi",
        "Chào các anh chị, con trai tôi 11 tuổi bị sâu răng, ở Vejle có nha sĩ cho trẻ em không?",
        "Tối nay ông chủ nói sẽ bán em cho người khác, cứu em với",
    ),
    (
        "zh",
        "昨天和同事去玩密室逃脱，我们被关在一个仓库主题的房间里，差点没逃出来哈哈",
        "他们把我们关在地下室里，救命",
    ),
]
