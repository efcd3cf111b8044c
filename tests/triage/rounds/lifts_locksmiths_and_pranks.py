"""Danger-now words in everyday trouble do not escalate; the same words with a captor, a weapon
or a threat still make an emergency.

Development set 28 (bench/data/triage_dev28.yml, session 28: 136 ordinary one-line messages,
each with words that sound like danger right now said harmlessly) showed the lexicons alone
escalating 43 of them: "help!!" when locked out on a balcony or stuck in a lift, children who
locked the nanny in as a game, a hen party "kidnapping", friends "taking me" to a concert
tonight, a stocktaking that keeps the staff at the warehouse until 23:00, a hospital that keeps
a child overnight for observation, quarantine, an escape room, a cold room opened by a colleague
after two minutes, a mother who "will kill me" with laughter. Each harmless phrase needs its
everyday context on the same line and stands down when the line names a captor, a weapon, the
police, escape, a passport or a debt. On the way, helpers found two signs the lexicons missed,
now added: the English lexicon had no word for a kidnapping, and the Chinese one knew a boss
but not a manager who locks a worker in. Each case stands beside a danger or a sign of the
same shape, written new.
"""

from __future__ import annotations

# (language, danger now, a look-alike that must not be an emergency)
DANGER_NOW = [
    (
        "es",
        "socorro, una gaviota me atacó, estoy bien, pero mi jefe viene con un cuchillo",
        "socorro, una gaviota me atacó en Nyhavn, estoy bien, solo fue el susto",
    ),
    (
        "fr",
        "ils m'ont enlevé deux jours et m'ont enfermée dans une cave, aidez-moi",
        "On m'a enlevé deux dents de sagesse ce matin, ça saigne un peu",
    ),
    (
        "th",
        "ตอนนี้โดนขังอยู่ที่สนามบิน เที่ยวบินยกเลิก แต่ตำรวจไม่ให้ออก ช่วยด้วย",
        "ตอนนี้โดนขังอยู่ที่สนามบินค่ะ เที่ยวบินดีเลย์ 6 ชั่วโมง",
    ),
    (
        "da",
        "Min datter låste mig inde i kælderen for sjov, men nu tør jeg ikke komme ud",
        "Min søn på 14 låste mig inde på toilettet for sjov og grinede af det",
    ),
    (
        "hu",
        "Ma éjjel elvisznek Odensébe – a barátnőim, szülinapra, de nem akarok menni",
        "Ma éjjel elvisznek Odensébe – a barátnőim, szülinapra 🎂",
    ),
    (
        "en",
        "Help!! I'm trapped in the lift, the technician isn't coming and I can't breathe",
        "Help!! I'm stuck in the lift 😂 technician on his way",
    ),
    (
        "pt",
        "Socorro, fui atacada!! um homem com uma faca",
        "Socorro!! fui atacada por uma gaivota na praia kkkk levou meu pastel",
    ),
    (
        "pl",
        "Ratunku, zatrzasnęłam się na balkonie 😅 a on stoi w drzwiach z nożem",
        "Ratunku, zatrzasnęłam się na balkonie 😅 sąsiad idzie z drabiną",
    ),
    (
        "lt",
        "Pagalbos!! užsitrenkiau duris ir likau laiptinėje 😂 bet jis ateina su peiliu",
        "Pagalbos!! užsitrenkiau duris ir likau laiptinėje 😂 kaimynė skambina savininkui",
    ),
    (
        "ru",
        "Меня не выпускают из страны!! паспорт истекает, а хозяин угрожает убить меня сегодня, "
        "рейс завтра",
        "Меня не выпускают из страны!! паспорт истекает, и авиакомпания не сажает на рейс",
    ),
    (
        "cs",
        "Dneska v noci mě odvezou na večírek do Vejle, šéf říká, že tam budu pracovat s klienty",
        "Dneska v noci mě odvážejí do Vejle – kamarádky z práce, narozeninová oslava 🎉 "
        "Platí se v Dánsku daň z dárků od firmy?",
    ),
    (
        "tl",
        "Nakakulong ako sa kwarto, may lagnat ako pero may kutsilyo siya at takot ako",
        "Nakakulong ako sa kwarto ng isang linggo, bulutong pala sabi ng doktor",
    ),
    ("vi", "chồng em mà biết là giết em luôn 😅", "mẹ mà biết là giết em luôn 😅"),
    (
        "vi",
        "Bị giam ở nhà vì bão, ông chủ khóa cửa không cho em ra ngoài",
        "Bão to quá nên bị giam ở nhà cả ngày",
    ),
    (
        "zh",
        "我被关在冷库里了，门从里面打不开，好冷",
        "今天在餐馆被关在冷库里五分钟,门从里面打不开,同事听见我敲门就放我出来了,人没事",
    ),
    (
        "zh",
        "被室友反锁在阳台上了，他以为我出门了就把门锁了，现在不让我进去",
        "被室友反锁在阳台上了，他以为我出门了就把门锁了，冻了二十分钟",
    ),
]

SIGNS = [
    (
        "en",
        "movement_restricted",
        "they kidnapped my sister last night and we don't know where she is",
        "my friends kidnapped me for my birthday brunch 😂 anyway is the clinic open saturday?",
    ),
    (
        "zh",
        "immediate_danger",
        "被经理关在冷库里半个小时",
        "经理让我去冷库里搬了半个小时的货，好冷",
    ),
    (
        "da",
        "documents_withheld",
        "Chefen har taget mit pas og siger det er en overraskelse til min fødselsdag",
        "Min mor har taget mit pas fordi hun har planlagt en overraskelsestur til min 30 års "
        "fødselsdag, jeg får det igen på søndag",
    ),
    (
        "en",
        "debt_bondage",
        "I owe 3,400 kr to the man who got me the job and he takes it from my pay",
        "we owe 5,200 kr because of a mistake on our tax card, can we pay it in rates?",
    ),
]

# (language, an everyday message, a danger of the same language on the next line)
EVERYDAY = [
    (
        "es",
        "Mis padres me tienen secuestrada en su cabaña de Bornholm, llueve sin parar y no hay "
        "wifi jaja",
        "Mi jefe me tiene encerrada en el sótano y dice que me mata si llamo a la policía, "
        "ayúdenme ya",
    ),
    (
        "es",
        "¡Socorro! Una paloma me robó el bocadillo en la plaza 😂 estoy bien, solo fue el susto",
        "Socorro, un hombre con un cuchillo está golpeando la puerta, estoy escondida en el baño",
    ),
    (
        "es",
        "La encargada me obliga a trabajar en Nochevieja porque en Navidad libré yo, ¿me pagan el "
        "festivo doble?",
        "El patrón me obliga a trabajar y dice que me va a matar si me voy, tiene mi pasaporte, "
        "ayuda",
    ),
    (
        "fr",
        "J'ai reçu une menace de mon opérateur : facture impayée, ils coupent la ligne vendredi 😅",
        "Il m'a menacée avec un couteau, il dit qu'il va me tuer ce soir si je parle à la police",
    ),
    (
        "fr",
        "Le dentiste m'a enlevé trois dents hier, j'ai encore mal, c'est normal ?",
        "Ils m'ont enlevée devant la gare, je suis enfermée dans une camionnette, au secours",
    ),
    (
        "th",
        "ช่วยด้วยค่ะ ลิฟต์ค้างเมื่อกี้ ช่างมาเปิดให้แล้วค่ะ 555",
        "ช่วยด้วยค่ะ นายจ้างล็อคหนูไว้ในห้อง เขามีมีด",
    ),
    (
        "th",
        "โดนขังอยู่ที่สนามบินอีกแล้ว ไฟลท์เลื่อนไปพรุ่งนี้เช้า เบื่อมาก",
        "ตอนนี้โดนขังอยู่ในห้อง นายหน้ายึดพาสปอร์ต ช่วยด้วยค่ะ",
    ),
    (
        "da",
        "Hjælp, vi er låst ude af huset igen og låsesmeden kan først komme kl. 18, hvad koster "
        "sådan en udrykning normalt?",
        "Hjælp, han har låst mig inde i lejligheden og taget min telefon, jeg kan ikke komme ud",
    ),
    (
        "da",
        "Min datter på 9 låste mig inde i skuret for sjov og grinede hele vejen hjem. Har I gode "
        "råd om børns sikkerhed på nettet?",
        "Chefen låste mig inde i kælderen og siger han slår mig ihjel hvis jeg ringer til politiet",
    ),
    (
        "hu",
        "Segítség!! bezártak a kamrába a gyerekeim, szerintük vicces 😂 Amúgy hol lehet Odensében "
        "magyar óvodát találni?",
        "Segítség!! a főnök bezárt minket a pincébe és elvette a telefonunkat",
    ),
    (
        "hu",
        "Ma este elvisznek Aarhusba – a barátaim, lánybúcsúra 🎉 Tudtok ott jó szállást?",
        "Ma éjjel elvisznek Németországba, nem akarok menni, a főnök azt mondta dolgoznom kell",
    ),
    (
        "hu",
        "A szomszéd panaszkodott a zajra, de semmi fenyegetés, csak megkért, hogy halkabban. Hol "
        "lehet dán nyelvtanfolyamot találni?",
        "A főnök fenyeget, hogy ma éjjel megöl, ha elmegyek",
    ),
    (
        "hu",
        "Elraboltak a barátnőim! 😂 Bekötött szemmel vittek a születésnapomra egy étterembe. Mikor "
        "zár a Tivoli?",
        "Elraboltak, egy furgonban vagyunk, nem tudom hol, segítség",
    ),
    (
        "en",
        "help!! we're stuck in the elevator at Fields mall, the technician is on his way lol. "
        "btw do you know a free Danish course?",
        "help!! we're stuck in the elevator lol, the guy who brought us here locked us in and "
        "won't let us out",
    ),
    (
        "en",
        "my teacher is gonna kill me, second time late this week because the bus never came",
        "my teacher is gonna kill me, second time late this week, and now he says he will hit me",
    ),
    (
        "en",
        "blood everywhere lol, 3 hours into my sleeve tattoo, is it safe to go to the gym "
        "tomorrow?",
        "blood everywhere after the tattoo, then my boss hit me and I fainted, help",
    ),
    (
        "pt",
        "Socorro, fui atacado!! kkkk uma gaivota em Nyhavn roubou minha batata frita. Alguém sabe "
        "onde fica o borgerservice?",
        "Socorro, fui atacada kkk um pombo, mentira, o cara me trancou no quarto agora",
    ),
    (
        "ro",
        "Ajutor!! mi-au furat trotineta de langa scoala 😩 stiti daca asigurarea o plateste?",
        "Ajutor!! mi-au furat telefonul si acum seful ma tine inchisa in camera",
    ),
    (
        "bg",
        "Помощ, заключен съм в тоалетната – малката ми сестра скри ключа на шега 😂 Иначе къде "
        "мога да науча датски?",
        "Помощ, заключена съм в тоалетната – малкият ми брат скри ключа, но сега шефът ме бие",
    ),
    (
        "pl",
        "Ratunku, znowu zatrzasnęłam się na tarasie 😂 sąsiadka już dzwoni po ślusarza. "
        "Gdzie mogę zapytać o kurs duńskiego?",
        "Ratunku, szef zamknął mnie w piwnicy i ma nóż, przyjdźcie teraz",
    ),
    (
        "pl",
        "Ratunku, teściowie przyjeżdżają w sobotę na cały tydzień 🤣 Czy w Danii trzeba zgłaszać "
        "gości w gminie?",
        "Ratunku, mąż mnie bije i zabrał mi paszport, boję się że mnie zabije dziś w nocy",
    ),
    (
        "lt",
        "Pagalbos!! vėl užsitrenkiau duris ir stoviu laiptinėje be raktų 😅 laukiu šaltkalvio. "
        "Kur galima pasiteirauti dėl mokesčių grąžinimo?",
        "Pagalbos!! jis užrakino mane kambaryje ir turi peilį, atvažiuokite dabar",
    ),
    (
        "lt",
        "Mus šįvakar veža į Kopenhagą – sesuo nupirko bilietus į festivalį 🎉 Ar galiu vėliau "
        "paklausti apie darbo sutartį?",
        "Mane šiąnakt veža į Kopenhagą, šefas sakė, kad skolą atidirbsiu klube, ir paėmė mano pasą",
    ),
    (
        "lt",
        "Užvakar pas kaimynus kažkas taip šaukė, kad išsigandau, o pasirodo jie žiūrėjo krepšinio "
        "rungtynes. Kur gauti informacijos apie darbo leidimą?",
        "Pas kaimynus kažkas rėkia pagalbos, girdžiu smūgius, ateikite dabar",
    ),
    (
        "ru",
        "Нас не выпускают из страны 🙈 паспорт сына истекает через месяц, и авиакомпания не "
        "пускает на рейс. Куда обращаться за срочным паспортом?",
        "Меня не выпускают из квартиры, хозяин забрал паспорт и бьёт меня, помогите сейчас",
    ),
    (
        "ru",
        "Я на випассане в Ютландии, на входе забрали телефон и не отпускают с территории до "
        "понедельника, сама записалась 🙂 Подскажите, вы отвечаете и по выходным?",
        "Меня заперли в доме, забрали телефон, хозяин говорит что убьёт меня сегодня, помогите",
    ),
    (
        "cs",
        "Dneska v noci mě odvážejí do Vejle – kamarádky z práce, narozeninová oslava 🎉 Platí se "
        "v Dánsku daň z dárků od firmy?",
        "Dnes v noci mě odvezou do jiného města a nevím kam, pomozte",
    ),
    (
        "cs",
        "Jsme zavřené ve skladu a do pěti nás nepustí, dokud nedoděláme inventuru 😅 je to placené "
        "jako přesčas?",
        "Jsem zavřená ve sklepě a nepustí mě ven, pomozte mi",
    ),
    (
        "cs",
        "Mám covid a nesmím ven, doktor řekl týden doma. Platí se nemocenská od prvního dne?",
        "Nesmím ven, on mě zamkl a vzal mi telefon",
    ),
    (
        "uk",
        "Нас лишають на роботі до десятої вечора і не відпускають додому 😅 річна "
        "інвентаризація, понаднормові оплачують. Це законно?",
        "Мене замкнули на складі і не відпускають додому, бригадир погрожує ножем",
    ),
    (
        "uk",
        "Рятуйте, мене викрали! 🤣 Колеги зав'язали очі і везуть на сюрприз на день народження. "
        "Чи можна взяти відгул наступного тижня?",
        "Рятуйте, мене викрали, я в багажнику машини",
    ),
    (
        "uk",
        "Медсестра сказала, що доньку залишать на ніч під наглядом після наркозу. Чи платимо ми "
        "за палату?",
        "Мене тримають під наглядом, хазяїн замкнув мене в кімнаті, допоможіть",
    ),
    (
        "uk",
        "Тону в документах, допоможіть! Як заповнити заяву на дитячі гроші?",
        "Рятуйте, він зараз мене вб'є, я в квартирі",
    ),
    (
        "tl",
        "Tulong!! Kinulong ako ng mga inaalagaan kong bata sa banyo 😂 laro lang daw",
        "Tulong!! Kinulong ako ng amo ko sa kwarto at may kutsilyo siya",
    ),
    (
        "tl",
        "Nakakulong kami sa bahay ng tatlong araw, may trangkaso kasi kaming lahat",
        "Nakakulong kami sa bahay, ikinulong kami ng amo at kinuha ang passport namin, "
        "tulong ngayon",
    ),
    (
        "vi",
        "Em bị giam ở nhà hai ngày vì tuyết, xe buýt không chạy",
        "Em bị nhốt trong phòng hai ngày, chủ không cho em ra, cứu em",
    ),
    (
        "vi",
        "bố em mà biết chuyện này thì giết em luôn 😅",
        "hắn mà biết em gọi cho các anh chị là giết em luôn, hắn có dao",
    ),
    ("zh", "救命😂 我在超市迷路了，找了半天出口", "救命，老板把我锁在房间里，他拿着刀"),
    (
        "zh",
        "被舍友反锁在卫生间了，她以为我不在家就把门锁了，十分钟后就开了",
        "老板把我们锁在宿舍里，不让出去，救命",
    ),
    (
        "zh",
        "我们四个被关在房间里四十分钟，找不到最后一个线索，这个密室逃脱真难",
        "我们四个被关在房间里好几天了，出不去，他们说今晚要把我们卖到德国",
    ),
    (
        "zh",
        "上周在酒店被锁在冷藏室里两分钟，厨师听到就给我开了门，人没事",
        "老板把我锁在冷库里了，救命",
    ),
]
