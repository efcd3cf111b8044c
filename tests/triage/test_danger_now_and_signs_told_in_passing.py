"""Danger happening now or tonight, and signs told in passing, in all 17 languages, each beside
an everyday message of the same shape that must not escalate.

Development set 13 (bench/data/triage_dev13.yml, messages over several lines) showed them:
being taken away tonight against her will ("they are taking me to Germany tonight, I don't
want to"); a door locked on her just now, or a man back, drunk, who hit her and took her
phone; passports and bank cards held by a company, a boss or a captain, told in passing or
about others; and, the other way round, a threat said as a joke with the laughter of her
language ("555", "hehe", "kkk") and hours of work read as an age ("14 hours every day"). The
look-alikes are everyday: a friend who drives her to Aarhus tonight, keys locked in the car,
a passport lost or at the embassy. Development set 14, written after that round, added being
sold tonight, grave violence (beaten and she cannot stand up, "she will not live until
morning", a broken arm and no hospital), girls taken in who cry for help, wages the boss
"keeps for her", and, as look-alikes, films and games about kidnapping and children who lock
her in playing hide and seek.

The later rounds keep their cases in tests/triage/rounds/, one module per development set in
the same three shapes; the tests here run them all.
"""

from __future__ import annotations

import pytest

from bot.triage import LearnedModel, Lexicon, TriageRules, assess, find_indicators
from tests.support.lexicon_codes import codes, priority
from tests.triage.rounds import (
    alarms_that_turned_out_harmless,
    coaches_and_a_doctor_kept_from,
    debts_papers_teenagers_and_jokes,
    embassies_keeping_a_passport,
    escape_rooms_games_and_troubles_long_over,
    forced_crime_witnesses_and_games,
    forced_labour_debts_and_hints,
    hospitals_schools_and_talk_about_trafficking,
    kidnappings_blindfolds_and_a_tax_debt,
    lifts_locksmiths_and_pranks,
)

# (language, danger now or tonight, a look-alike of the same shape that is no emergency)
DANGER_NOW = [
    (
        "en",
        "they r taking me to vejle tonite, i dont want to go",
        "my sister is taking me to vejle tonight for her birthday",
    ),
    (
        "en",
        "he just locked the door from outside and went away",
        "I locked myself out of the flat again",
    ),
    (
        "en",
        "hes here again drunk, he hit me and took my phone",
        "he was here again yesterday, we had dinner and watched tv",
    ),
    ("en", "the foreman locked us in the hostel", "last year the foreman locked us in the hostel"),
    (
        "en",
        "he will drive her to some friends tonight, she is crying",
        "my friend drives me to Aarhus tonight",
    ),
    (
        "en",
        "my roomate was beaten by the boss, i think she wont survive till morning",
        "my phone is on 5%, i dont think it will survive till morning",
    ),
    (
        "en",
        "they broke his arm yesterday and they wont let him go to the hospital, pls",
        "i broke my arm playing football, can i go to the hospital without cpr?",
    ),
    (
        "en",
        "the boss says he'll break my legs if i dont pay, today he already hit me",
        "the boss says i'll get a bonus if i work saturday, today he already paid me",
    ),
    (
        "da",
        "han kører hende til nogle venner i aften, hun græder",
        "min veninde kører mig til Aarhus i aften",
    ),
    ("da", "han er lige kommet hjem fuld og har låst døren", "jeg har låst mig selv ude igen"),
    ("da", "han er her igen, fuld, han slog mig", "han var her i går, vi spiste sammen"),
    (
        "da",
        "de slog ham og tog ham med med magt i en bil, han blødte, hvor er han nu",
        "de tog ham med i en bil til fodbold, han glemte sin telefon",
    ),
    (
        "da",
        "min veninde er blevet tævet og jeg tror ikke hun overlever natten",
        "min telefon er snart død og jeg tror ikke den overlever natten",
    ),
    (
        "da",
        "i dag slog han mig og han siger han brækker mine ben hvis jeg ikke betaler",
        "i dag sendte han mig en sms om at jeg skal betale husleje",
    ),
    ("es", "me quieren llevar a Aarhus esta noche", "mi hermana me lleva a Aarhus esta noche"),
    (
        "es",
        "acaba de cerrar la puerta con llave por fuera y se fue",
        "el año pasado el jefe nos encerró en el almacén",
    ),
    ("es", "esta aqui otra vez borracho, me pego", "ayer estuvo aqui, cenamos juntos"),
    (
        "es",
        "le dieron una paliza a mi compañera y ahora no se puede levantar del suelo",
        "ayer corri una maraton y hoy no me puedo levantar de la cama jaja",
    ),
    (
        "es",
        "le rompieron la mano y no lo dejan ir al medico",
        "se rompio la mano jugando futbol, a que medico tiene que ir?",
    ),
    (
        "es",
        "se la llevaron a la fuerza en una furgoneta esta noche",
        "se la llevaron al aeropuerto en una furgoneta esta noche",
    ),
    (
        "pt",
        "vão me levar hoje à noite pra Suécia, eu não quero ir",
        "minha amiga vai me levar pra jantar hoje à noite",
    ),
    ("pt", "ele ta aqui de novo bebado, me bateu", "ele tava aqui ontem, a gente jantou junto"),
    ("pt", "o encarregado trancou a gente no alojamento", "ano passado me trancaram no alojamento"),
    (
        "pt",
        "espancaram ela de novo, ta no chao sangrando e nao consegue levantar",
        "minha colega caiu da bicicleta e ta sangrando um pouco, onde fica o posto?",
    ),
    (
        "pt",
        "quebraram o braço do meu primo e nao deixam ele ir pro hospital",
        "meu primo quebrou o braço jogando bola, ele pode ir pro hospital sem cpr?",
    ),
    (
        "pt",
        "o patrao disse que quebra minhas pernas se eu nao pagar, hoje ja me bateu",
        "o patrao disse que paga o bonus se eu trabalhar sabado, hoje ja me pagou",
    ),
    (
        "fr",
        "ils vont m'emmener en Allemagne ce soir et je veux pas y aller, aidez moi",
        "ma cousine m'emmène à Aalborg ce soir pour son anniversaire",
    ),
    (
        "fr",
        "il est rentré complètement bourré et il a fermé la porte à clé, il a pris mon portable",
        "je ferme toujours la porte à clé le soir à cause du voisin bizarre",
    ),
    (
        "fr",
        "le chef d'equipe vient de nous enfermer dans le dortoir",
        "je me suis enfermée dehors, mes clés sont restées dedans",
    ),
    (
        "fr",
        "un type vient la chercher cette nuit, le patron a dit qu'il va la revendre",
        "un type vient cette nuit, le patron a dit qu'il va revendre sa camionnette",
    ),
    (
        "fr",
        "ma copine a été tabassée par son mac, elle a peur de pas tenir jusqu'au matin",
        "ma copine a été battue au badminton, elle a dit qu'elle tiendra pas jusqu'au match retour",
    ),
    (
        "fr",
        "ils lui ont cassé le bras hier et veulent pas qu'il aille à l'hôpital",
        "il s'est cassé le bras hier au foot, on va à l'hôpital",
    ),
    (
        "fr",
        "deux mecs l'ont poussée de force dans une camionnette devant le salon",
        "deux mecs ont poussé la camionnette en panne devant le salon",
    ),
    (
        "ro",
        "vor sa ma duca in Germania diseara, eu nu vreau, va rog",
        "prietena mea ma duce la Odense diseara la un concert",
    ),
    (
        "ro",
        "tocmai a incuiat usa pe dinafara si a plecat cu cheia",
        "m-am incuiat pe dinafara, cheile sunt pe masa inauntru",
    ),
    (
        "ro",
        "s-a intors beat mort si mi-a luat telefonul, scriu de pe al colegei",
        "anul trecut m-au incuiat intr-o camera, acum sunt bine",
    ),
    (
        "ro",
        "sefa a zis ca la noapte o vinde altuia, fata plange",
        "sefa a zis ca la noapte isi vinde masina altuia",
    ),
    (
        "ro",
        "iar l-au batut, zace pe jos si nu se poate ridica",
        "am cazut pe gheata, ma doare si nu ma pot ridica bine",
    ),
    (
        "ro",
        "l-au bagat cu forta in duba si au plecat, nu stim unde e",
        "am bagat cu greu valiza in duba si am plecat",
    ),
    (
        "hu",
        "ma éjjel el akarnak vinni Hamburgba, nem akarok menni",
        "a nővérem ma este elvisz minket Aarhusba kocsival",
    ),
    (
        "hu",
        "most zárta be kívülről az ajtót és elvitte a kulcsot",
        "éjjel mindig bezárom az ajtót a szomszéd miatt",
    ),
    (
        "hu",
        "részegen jött haza, elvette a telefonomat és megütött",
        "tavaly bezártak egy szobába, de most már jó helyen vagyok",
    ),
    (
        "hu",
        "a strici azt mondta ma este eladnak egy másik férfinak",
        "a szomszéd azt mondta ma este eladják a kocsit egy másik férfinak",
    ),
    (
        "hu",
        "megint összeverték, ott fekszik és nem tud felállni",
        "elestem a lépcsőn és alig tudok felállni, hol van orvos",
    ),
    (
        "hu",
        "fenyegetett hogy megöl, ma reggel már megütött",
        "ma reggel már megütöttem a fejem a szekrényben",
    ),
    (
        "lt",
        "šiąnakt mus veža į Vokietiją, mes nenorim važiuot",
        "rytoj kraustomės į Aarhus, draugė mus nuveš",
    ),
    ("lt", "jis ka tik uzrakino duris is lauko ir isejo", "užrakinau raktus mašinoje, ką daryti"),
    (
        "lt",
        "grįžo girtas, atėmė telefoną ir sumušė mane",
        "grįžau iš darbo pavargusi, telefonas išsikrovė",
    ),
    (
        "lt",
        "ją vėl sumušė, guli ant grindų ir negali atsikelti",
        "paslydau ant ledo ir sunkiai galiu atsikelti, kur traumpunktas",
    ),
    (
        "lt",
        "jam sulaužė koją ir neleidžia važiuot į ligoninę",
        "susilaužiau koją, ar galiu važiuot į ligoninę be CPR",
    ),
    (
        "lt",
        "vyrai prievarta įgrūdo ją į mašiną ir išvažiavo",
        "vyrai sunkiai įgrūdo šaldytuvą į mašiną ir išvažiavo",
    ),
    (
        "cs",
        "dobrej den, mam dotaz na pojisteni\ndneska vecer me odvezou do Odense a ja tam nechci jet",
        "dobrej den, mam dotaz na pojisteni\ndneska vecer me kamaradka veze do Odense na koncert",
    ),
    ("cs", "prave zamknul dvere zvenku a sebral mi klice", "prave jsem zamkla dvere a jdu spat"),
    (
        "cs",
        "uz je zase doma, ozralej, uhodil me do hlavy",
        "uz je zase doma, unavenej z prace, uvarila jsem mu",
    ),
    (
        "cs",
        "chtěj nás dneska v noci převézt do Hamburku",
        "chtěj nás dneska odvézt do nemocnice na kontrolu",
    ),
    ("cs", "předák nás zamknul na ubytovně a odjel", "předák zamknul sklad a odjel domů"),
    (
        "cs",
        "dnes vecer ji odveze k nejakym svym kamosum, ona nechce",
        "dnes vecer ji manzel odveze ke kamaradce na oslavu",
    ),
    (
        "cs",
        "dneska v noci si pro me prijede nejakej chlap a sef rika ze me proda",
        "dneska v noci si pro me prijede kamarad a jedem na chatu",
    ),
    (
        "cs",
        "zmlatili ji tak ze nemuze vstat z postele, prosim poradte",
        "mam chripku a nemuzu vstat z postele, kde sehnat doktora",
    ),
    (
        "cs",
        "zlomili mu nohu a nepusti ho k doktorovi",
        "zlomil si nohu na fotbale a jede k doktorovi",
    ),
    (
        "pl",
        "dzis wieczorem zabiora mnie do Odense, nie chce tam jechac",
        "dzis wieczorem kolezanka zabierze mnie do Odense na koncert",
    ),
    (
        "pl",
        "przed chwila zamknal nas na klucz od zewnatrz",
        "przed chwilą zamknęłam drzwi na klucz i idę spać",
    ),
    (
        "pl",
        "znowu tu jest, pijany, uderzyl mnie w twarz",
        "znowu tu jest zimno, kaloryfer nie działa",
    ),
    (
        "pl",
        "właśnie wrócił najebany i zabrał mi telefon, piszę z laptopa",
        "właśnie wrócił z pracy i pożyczył moją ładowarkę",
    ),
    ("pl", "chcą nas tej nocy przewieźć do Szwecji", "chcą nas dziś zabrać do szpitala na badania"),
    (
        "pl",
        "pomocy, dzis wieczorem ma przyjechac jakis typ i ten moj szef mowi ze mnie mu sprzeda",
        "dzis wieczorem ma przyjechac jakis typ i kupic ode mnie rower, szef mowi ze dobrze robie",
    ),
    (
        "pl",
        "kolezanke tak pobili ze krwawi i nie moze wstac z lozka, on nie pozwala dzwonic",
        "kolega sie przewrocil na rowerze i krwawi z kolana, gdzie jest przychodnia",
    ),
    (
        "pl",
        "boje sie ze moja siostra nie przezyje tej nocy, on ja skatowal",
        "po tym weselu chyba nie przeżyję jutra, tyle tańczyłam hahaha",
    ),
    (
        "pl",
        "połamali mu żebra i nie pozwalają jechać do lekarza",
        "złamałem sobie żebra na rowerze, do jakiego lekarza iść",
    ),
    (
        "ru",
        "сегодня ночью меня увозят в Гамбург, я не хочу ехать",
        "сегодня вечером подруга везет меня в Гамбург на концерт",
    ),
    ("ru", "он только что запер дверь снаружи и ушел", "я только что закрыла дверь и ложусь спать"),
    ("ru", "бригадир запер нас в вагончике", "бригадир закрыл склад и уехал домой"),
    (
        "ru",
        "он опять тут, пьяный, ударил меня и отобрал телефон",
        "он опять тут, мой брат, приехал в гости",
    ),
    (
        "ru",
        "хотят нас этой ночью вывезти в Швецию",
        "хотят нас сегодня отвезти в больницу на обследование",
    ),
    (
        "ru",
        "privet, vopros pro nalogi\nна рассвете нас увезут, я боюсь",
        "privet, vopros pro nalogi\nна рассвете муж отвезет меня в аэропорт",
    ),
    (
        "ru",
        "сегодня ночью за мной приедут, хозяин сказал что меня продадут в другую страну",
        "сегодня вечером приедут покупатели, хотим продать машину",
    ),
    (
        "ru",
        "её избили так что она не может встать, лежит в вагончике",
        "у меня грипп и я не могу встать с кровати, как вызвать врача",
    ),
    (
        "ru",
        "брата силой затащили в машину и увезли, мы не знаем куда",
        "брат сел в машину и уехал к друзьям, вернется завтра",
    ),
    (
        "uk",
        "бригадир щойно замкнув нас у вагончику і поїхав, вийти не можемо",
        "я щойно замкнула ключі в машині, як тепер відкрити?",
    ),
    (
        "uk",
        "сьогодні вночі він повезе нас кудись в інше місто, ми не хочемо",
        "сьогодні ввечері подруга відвезе мене в Орхус на концерт",
    ),
    (
        "uk",
        "він знову тут, пяний, вдарив мене по обличчю і забрав телефон",
        "він знову тут на вихідних, привіз дітям подарунки",
    ),
    (
        "uk",
        "вони хочуть відвезти мене в Оденсе сьогодні вночі, я не знаю до кого",
        "ми завтра переїжджаємо в Оденсе, їдемо дивитися квартиру",
    ),
    (
        "uk",
        "прийшов пяний і зачинив мене в кімнаті, ключ забрав",
        "я зачиняю двері на ніч через сусіда, він дивний",
    ),
    (
        "uk",
        "вночі за мною приїде якийсь тип з Польщі, хазяїн каже що продасть мене йому",
        "вночі приїде покупець з Польщі, продаю йому свій велосипед",
    ),
    (
        "uk",
        "його побили до крові і не пускають до лікарні, він ледве живий",
        "я впала з велосипеда, трохи кров, де найближча лікарня",
    ),
    (
        "uk",
        "сьогодні бригадир вже мене побив, а завтра обіцяє зламати руки",
        "сьогодні бригадир мене похвалив, а завтра обіцяє премію",
    ),
    (
        "uk",
        "її знову покарали, лежить і не може встати, кров на підлозі",
        "бабуся лежить і не може встати після операції, як викликати лікаря",
    ),
    (
        "uk",
        "сьогодні ввечері її передадуть іншому хазяїну, вона плаче",
        "сьогодні ввечері її заберуть бабуся з дідусем, ми в кіно",
    ),
    (
        "bg",
        "шефът току-що ни заключи в склада и си тръгна",
        "заключвам си вратата нощем заради съседа",
    ),
    (
        "bg",
        "довечера ще ни закара при някакви негови познати, не искаме",
        "довечера приятелката ми ме кара до Орхус",
    ),
    (
        "bg",
        "той пак е тук, пиян е, удари ме и ми взе телефона",
        "той пак е тук за празниците, донесе подаръци на децата",
    ),
    ("bg", "дойде пиян и ни заключи в стаята", "шофьорът ни взима за работа в 6 сутринта"),
    (
        "bg",
        "тази вечер идва някакъв от Холандия, шефът каза че ще ме продаде на него",
        "тази вечер идва купувач от Холандия, ще му продам колата си",
    ),
    (
        "bg",
        "счупиха й ребрата и не я пускат на лекар, едва диша",
        "счупих си ребро на тренировка, трябва ли ми направление за лекар",
    ),
    (
        "bg",
        "днес вече ме преби, утре каза че ще ми счупи ръцете",
        "днес ме похвали, утре каза че ще ми даде бонус",
    ),
    (
        "bg",
        "пак я наказаха, не може да стане от леглото",
        "баба лежи и не може да стане след операцията",
    ),
    (
        "bg",
        "довечера ще я дадат на някакъв непознат мъж, тя плаче",
        "довечера ще я дадат на баба да я гледа, ние сме на кино",
    ),
    ("th", "พี่คะ เจ๊บอกว่าคืนนี้จะพาหนูไปสวีเดน หนูไม่อยากไปเลย", "คืนนี้เพื่อนจะขับรถพาหนูไปเที่ยว Aarhus ค่ะ"),
    (
        "th",
        "เขาเพิ่งกลับมาเมามาก ตบหนูแล้วเอามือถือหนูไป ตอนนี้หนูพิมพ์จากเครื่องเพื่อน",
        "เมื่อวานเพื่อนกลับมาเมานิดหน่อย แล้วก็หลับไปเลย",
    ),
    ("th", "นายจ้างเพิ่งล็อคประตูห้องจากข้างนอก ออกไม่ได้", "หนูล็อคประตูห้องทุกคืนเพราะเพื่อนบ้านเสียงดัง"),
    ("th", "พี่ช่วยหน่อย คืนนี้เจ๊บอกจะเอาหนูไปขายให้ผู้ชายคนนึง", "คืนนี้หนูจะเอาเสื้อผ้าเก่าไปขายที่ตลาดนัด"),
    ("th", "เพื่อนหนูโดนทำโทษอีกแล้ว ตอนนี้นอนลุกไม่ขึ้นเลย", "หนูเป็นไข้ ลุกไม่ขึ้นเลยวันนี้ จะลาป่วยยังไงคะ"),
    ("th", "เขาขู่จะหักขาหนูถ้าไม่จ่ายเงิน เมื่อกี้ก็ต่อยหนูแล้ว", "เมื่อกี้หนูลื่นล้ม ขาเจ็บนิดหน่อย"),
    (
        "tl",
        "ate dadalhin daw kami ng amo sa Germany mamayang gabi, ayaw namin sumama",
        "ihahatid ako ng pinsan ko sa Aarhus mamayang gabi para sa concert",
    ),
    (
        "tl",
        "kakauwi lang nya lasing, sinuntok nya ako tapos kinuha cellphone ko, takot na takot ako",
        "kakauwi lang ng asawa ko galing trabaho, pagod na pagod sya",
    ),
    (
        "tl",
        "kinandado po kami ng foreman sa barracks, hindi kami makalabas",
        "na-lock out po ako sa apartment, naiwan ko susi sa loob",
    ),
    (
        "tl",
        "tulong po, mamayang gabi daw ibebenta na ako sa isang lalaki galing Sweden",
        "mamayang gabi ibebenta ko na yung lumang cellphone ko",
    ),
    (
        "tl",
        "pinarusahan na naman si ate kanina, hanggang ngayon hindi siya makatayo",
        "masakit likod ko, hindi ako makatayo ng maayos, anong gamot?",
    ),
    (
        "tl",
        "binalian nila ng braso yung pinsan ko tapos ayaw siyang dalhin sa ospital",
        "nabali braso ko sa basketball, saan po pwede magpa-xray?",
    ),
    (
        "vi",
        "toi nay ho muon cho em sang Duc, em khong muon di chi oi",
        "tối nay bạn em chở em đi Aarhus xem ca nhạc",
    ),
    (
        "vi",
        "ông chủ vừa về say rượu, đập điện thoại em rồi khóa cửa phòng lại",
        "ông chủ vừa về, nói mai tiệm nghỉ một ngày",
    ),
    (
        "vi",
        "anh ta vừa khóa cửa từ bên ngoài, em không ra được",
        "em tự khóa mình ở ngoài, chìa khóa để trong nhà",
    ),
    (
        "vi",
        "toi nay ba chu noi se ban em cho mot ong ben Duc, em so lam",
        "tối nay em sẽ bán cái xe máy cũ cho bạn",
    ),
    (
        "vi",
        "em gái em bị đánh, giờ nằm đó không đứng dậy được",
        "em bị cảm, nằm cả ngày không muốn dậy",
    ),
    (
        "vi",
        "họ đánh gãy chân anh ấy mà không cho đi bệnh viện",
        "anh ấy bị gãy chân khi đá bóng, bệnh viện nào gần nhất ạ",
    ),
    ("zh", "今晚他要开车把我们带到别的地方，我们都不想去", "我朋友今晚开车送我去奥胡斯看演唱会"),
    ("zh", "他又来了，喝醉了，打了我还把我手机抢走了", "我老公刚下班回来了，在做饭"),
    ("zh", "老板刚才从外面把门锁上了，我们出不来", "我把钥匙锁在车里了，怎么办啊"),
    ("zh", "今晚中介要把我们几个送去德国卖掉，我们都不想去", "今晚我们把二手沙发卖掉了"),
    ("zh", "我表妹被打得站不起来了，还在地上躺着", "健身太累了，腿酸得站不起来"),
    ("zh", "他们打断了我朋友的手，还不让他去医院", "我打球摔断了手，去医院要排队吗"),
    (
        "zh",
        "楼上男人刚带了两个大概13岁的女孩进家门，其中一个一直在哭喊",
        "邻居家孩子进屋就开始哭喊要妈妈",
    ),
]

# (language, code, a sign told in passing, a look-alike that escalates nothing)
SIGNS = [
    (
        "en",
        "documents_withheld",
        "the firm in aarhus still has my passport, they say its safer there",
        "the embassy has my passport for the visa renewal",
    ),
    (
        "en",
        "movement_restricted",
        "the skipper keeps our passports and we cant go ashore without him",
        "we can go ashore when the ship is in port",
    ),
    (
        "en",
        "threats_violence",
        "he told me he'll break my legs if i tell anyone",
        "i think i broke my leg playing football",
    ),
    (
        "en",
        "movement_restricted",
        "last year they locked me in the basement",
        "I lock the door at night because of the neighbour",
    ),
    (
        "en",
        "documents_withheld",
        "my boss says he saves all my wages for me, i never see any money",
        "my mum saves birthday money for me in a jar",
    ),
    (
        "en",
        "debt_bondage",
        "they tricked me with a fake job and now they text every day and demand money",
        "my sister texts me every day and asks how the job is going",
    ),
    (
        "da",
        "documents_withheld",
        "ejeren har alle arbejdernes pas i sit pengeskab",
        "hotellet har en kopi af mit pas",
    ),
    (
        "da",
        "movement_restricted",
        "sidste år låste de mig inde i kælderen",
        "jeg har låst mig selv ude",
    ),
    (
        "da",
        "threats_violence",
        "han siger han brækker mine fingre hvis jeg siger noget",
        "jeg brækkede min finger til fodbold",
    ),
    (
        "da",
        "documents_withheld",
        "værtsfamilien har mit pas og vil ikke give mig det",
        "værtsfamilien har en hund og to katte",
    ),
    (
        "da",
        "debt_bondage",
        "jeg skal arbejde hele rejsen og huslejen af før jeg får løn",
        "jeg skal arbejde hele weekenden før jeg får fri",
    ),
    (
        "da",
        "movement_restricted",
        "hun må aldrig gå ud alene, chefens kone er altid med",
        "hun går altid ud alene om aftenen og løber en tur",
    ),
    (
        "es",
        "documents_withheld",
        "la empresa de Odense tiene mi pasaporte, dicen que es por seguridad",
        "la embajada tiene mi pasaporte para renovar la visa",
    ),
    (
        "es",
        "movement_restricted",
        "el capitán no nos deja bajar a tierra solos",
        "mañana bajamos a tierra en Aarhus",
    ),
    (
        "es",
        "threats_violence",
        "dijo que me rompe las piernas si hablo",
        "me rompí la pierna esquiando",
    ),
    (
        "es",
        "documents_withheld",
        "la patrona tiene mi pasaporte guardado y no me lo quiere devolver",
        "la patrona tiene mi numero de telefono y me escribe mucho",
    ),
    (
        "es",
        "documents_withheld",
        "mi jefe dice que me guarda el sueldo hasta fin de año",
        "mi jefe dice que me sube el sueldo a fin de año",
    ),
    (
        "es",
        "debt_bondage",
        "me trajeron con mentiras y ahora me exigen dinero por el viaje",
        "me trajeron flores y ahora tengo que buscar un florero",
    ),
    (
        "pt",
        "documents_withheld",
        "o capitão tem nossos passaportes",
        "o hotel tem uma cópia do meu passaporte",
    ),
    (
        "pt",
        "movement_restricted",
        "eles trancam a gente de noite no alojamento",
        "eu tranco a porta de noite por causa do vizinho",
    ),
    (
        "pt",
        "threats_violence",
        "ele disse que vai quebrar meus braços se eu gritar",
        "eu quebrei meu braço jogando bola",
    ),
    (
        "pt",
        "documents_withheld",
        "a patroa fala que guarda meu salario pra mim, ate hoje nada",
        "a patroa fala que gosta do meu trabalho",
    ),
    (
        "pt",
        "movement_restricted",
        "eu nunca posso sair sozinha, o homem sempre vai junto",
        "eu sempre saio sozinha pra caminhar de manha",
    ),
    (
        "pt",
        "debt_bondage",
        "me enganaram com promessa de emprego e agora exigem dinheiro da viagem",
        "me deram uma promessa de emprego e agora estou esperando a resposta",
    ),
    (
        "fr",
        "documents_withheld",
        "la société garde nos passeports, soi-disant pour la sécurité",
        "l'hotel a fait une copie de mon passeport à l'arrivée",
    ),
    (
        "fr",
        "threats_violence",
        "il m'a dit qu'il va me casser les jambes si je parle a quelqu'un",
        "je me suis cassé la jambe au ski l'an dernier",
    ),
    (
        "fr",
        "movement_restricted",
        "on a pas le droit de descendre à terre sans le capitaine",
        "on descend à terre demain matin quand le bateau arrive au port",
    ),
    (
        "fr",
        "documents_withheld",
        "la dame chez qui je travaille garde mes papiers et veut pas me les rendre",
        "la dame chez qui je travaille m'aide à remplir mes papiers pour la kommune",
    ),
    (
        "fr",
        "debt_bondage",
        "on m'a promis un boulot au resto, c'était un mensonge, et ils réclament encore de "
        "l'argent",
        "on m'a promis un boulot au resto, je commence lundi, ils demandent juste mon numéro CPR",
    ),
    (
        "fr",
        "movement_restricted",
        "la patronne est toujours avec moi, même chez le médecin",
        "ma sœur est toujours avec moi le week-end, même au marché",
    ),
    (
        "ro",
        "documents_withheld",
        "firma are pasapoartele noastre, zice ca e pentru siguranta",
        "ambasada are pasaportul meu pentru reinnoirea vizei",
    ),
    (
        "ro",
        "threats_violence",
        "seful a zis ca ne rupe picioarele daca vorbim",
        "mi-am rupt piciorul la fotbal luna trecuta",
    ),
    (
        "ro",
        "movement_restricted",
        "nu avem voie sa coboram pe tarm fara capitan",
        "coboram pe tarm maine dimineata cand ajunge vaporul",
    ),
    (
        "ro",
        "documents_withheld",
        "patronul zice ca imi pastreaza el banii pana plec acasa",
        "banca imi trimite banii in cont la sfarsitul lunii",
    ),
    (
        "ro",
        "movement_restricted",
        "n-am voie sa ies singura nicaieri, doar cu el",
        "am voie sa ies singura oricand, doar sa anunt",
    ),
    (
        "ro",
        "debt_bondage",
        "m-au pacalit cu un job la hotel si acum tot cer bani pt drum",
        "am gasit un job la hotel si acum caut chirie pt iarna",
    ),
    (
        "hu",
        "documents_withheld",
        "a cégnél van az útlevelem, azt mondják biztonsági okból",
        "a nagykövetségen van az útlevelem a vízum miatt",
    ),
    (
        "hu",
        "threats_violence",
        "azt mondta eltöri a kezemet ha szólok valakinek",
        "eltörtem a kezemet síelés közben tavaly",
    ),
    (
        "hu",
        "documents_withheld",
        "az útleveleink a kapitánynál vannak",
        "elvesztettem az útlevelemet a vonaton",
    ),
    (
        "hu",
        "debt_bondage",
        "azt mondja le kell dolgoznom a repülőjegyet meg a szállást",
        "azt mondja fel kell vennem a repülőjegyet meg a szállást a hétvégén",
    ),
    (
        "hu",
        "movement_restricted",
        "sosem mehetünk ki egyedül, a főnök mindig velünk van, még az orvoshoz is",
        "a főnök mindig velünk van az ebédszünetben, jó fej",
    ),
    (
        "hu",
        "documents_withheld",
        "a gazda megtartja nekünk a fizetésünket amíg itt vagyunk",
        "a gazda minden pénteken kifizeti a fizetésünket",
    ),
    (
        "lt",
        "documents_withheld",
        "įmonė turi mano pasą, sako dėl saugumo",
        "viešbutis turi mano paso kopiją",
    ),
    (
        "lt",
        "threats_violence",
        "šefas sakė sulaužys man kojas jei skųsiuos",
        "susilaužiau koją slidinėdama",
    ),
    ("lt", "movement_restricted", "naktį mus užrakina barake", "naktį rakinu duris dėl kaimyno"),
    (
        "lt",
        "debt_bondage",
        "sako turiu atidirbti už buto nuomą ir bilietą, tik tada mokės",
        "sako turiu užpildyti prašymą dėl buto nuomos ir bilieto",
    ),
    (
        "lt",
        "documents_withheld",
        "šeimininkas saugo mano atlyginimą man, sako taip saugiau",
        "šeimininkas perveda mano atlyginimą į mano sąskaitą",
    ),
    ("lt", "wages_withheld", "algos negavom jau trys mėnesiai", "algą gavom vakar, viskas gerai"),
    (
        "cs",
        "threats_violence",
        "rekl ze mi zlomi obe ruce kdyz nekomu neco reknu",
        "zlomila jsem si ruku na kole",
    ),
    (
        "cs",
        "documents_withheld",
        "agentura ma nase pasy, prej aby se neztratily",
        "ambasáda má můj pas kvůli prodloužení víza",
    ),
    (
        "cs",
        "documents_withheld",
        "majitel si nechal moji kartu od banky",
        "banka mi poslala novou kartu domů",
    ),
    (
        "cs",
        "movement_restricted",
        "kapitán má pasy a na břeh nás nepustí samotné",
        "kapitán říkal že zítra budeme na břehu v Aalborgu",
    ),
    (
        "cs",
        "movement_restricted",
        "v noci nás zamykají v kontejneru",
        "v noci zamykám dveře kvůli sousedovi",
    ),
    (
        "cs",
        "wages_withheld",
        "kdo si vezme volno tomu strhnou z vyplaty tisic korun",
        "z výplaty mi strhávají daně a pojištění",
    ),
    (
        "cs",
        "documents_withheld",
        "majitelka rika ze mi setri vyplatu, dostanu ji az pojedu domu",
        "šetřím si výplatu na dovolenou",
    ),
    (
        "cs",
        "debt_bondage",
        "podvedli me s praci, ted mi furt volaji a chteji penize za cestu",
        "banka mi furt volá kvůli novému účtu",
    ),
    (
        "cs",
        "threats_violence",
        "zlomili mu prsty kdyz chtel odejit",
        "zlomil jsem si prst pri fotbale",
    ),
    (
        "pl",
        "threats_violence",
        "powiedział że połamie mi nogi jak komuś powiem",
        "złamałam nogę na nartach",
    ),
    (
        "pl",
        "documents_withheld",
        "szef trzyma ich paszporty w sejfie w biurze",
        "ambasada ma mój paszport do przedłużenia wizy",
    ),
    (
        "pl",
        "documents_withheld",
        "on dalej ma moją kartę bankową",
        "zgubiłam kartę bankową w sklepie",
    ),
    (
        "pl",
        "movement_restricted",
        "na noc nas zamykają w kontenerze",
        "zamykam drzwi na noc przez sąsiada",
    ),
    (
        "pl",
        "movement_restricted",
        "nie możemy sami zejść na ląd, kapitan nie pozwala",
        "jutro schodzimy na ląd w Aalborgu, super",
    ),
    (
        "pl",
        "documents_withheld",
        "szefowa mowi ze przechowuje moja pensje bo ja bym wydala, nic nie dostalam od roku",
        "przelewam pensję na konto oszczędnościowe co miesiąc",
    ),
    (
        "pl",
        "debt_bondage",
        "oszukali mnie z ta praca w Danii, teraz wydzwaniaja i żądają zwrotu za bilet",
        "sklep internetowy oszukał mnie, chcę zwrotu pieniędzy za buty",
    ),
    ("pl", "threats_violence", "wybili mu zęby bo chciał odejść", "dentysta wyrwał mi ząb, boli"),
    (
        "ru",
        "threats_violence",
        "сказал переломает мне ноги если расскажу кому-то",
        "я сломала ногу на лыжах",
    ),
    (
        "ru",
        "documents_withheld",
        "хозяин держит их паспорта у себя в сейфе",
        "посольство держит мой паспорт для продления визы",
    ),
    (
        "ru",
        "documents_withheld",
        "хозяин оставил себе мою банковскую карту",
        "я потеряла банковскую карту в магазине",
    ),
    (
        "ru",
        "movement_restricted",
        "на ночь нас запирают в вагончике",
        "я запираю дверь на ночь из-за соседа",
    ),
    (
        "ru",
        "documents_withheld",
        "агентство забрало мой паспорт и не отдает",
        "в отеле сделали копию моего паспорта",
    ),
    (
        "ru",
        "documents_withheld",
        "бригадир говорит что держит нашу зарплату у себя чтобы мы не пропили",
        "я откладываю зарплату на отпуск",
    ),
    (
        "ru",
        "debt_bondage",
        "нас обманули с работой, теперь до сих пор звонят и требуют деньги за дорогу",
        "магазин обманул меня, хочу вернуть деньги за куртку",
    ),
    (
        "ru",
        "threats_violence",
        "ему выбили зубы за то что хотел уйти",
        "мне удалили зуб, очень болит",
    ),
    (
        "uk",
        "documents_withheld",
        "у фірми мої документи, кажуть так безпечніше",
        "посольство має мій паспорт на продовження візи",
    ),
    (
        "uk",
        "documents_withheld",
        "бос тримає їхні паспорти в сейфі",
        "в готелі є копія мого паспорта",
    ),
    (
        "uk",
        "movement_restricted",
        "на берег сходимо лише з капітаном",
        "минулого тижня ми зійшли на берег в Орхусі і гуляли",
    ),
    (
        "uk",
        "threats_violence",
        "сказав що переламає мені ноги якщо я піду",
        "я зламала ногу на роботі, чи платять лікарняні",
    ),
    (
        "uk",
        "movement_restricted",
        "минулого року нас замикали в гуртожитку",
        "я замикаю двері на ніч через сусіда",
    ),
    (
        "uk",
        "debt_bondage",
        "нас сюди обманом привезли, а тепер вимагають гроші за дорогу",
        "мене обманули з ціною на квартиру, тепер шукаю іншу",
    ),
    (
        "uk",
        "documents_withheld",
        "хазяйка каже що зберігає мою зарплату у себе, щоб я не витрачала",
        "я зберігаю свою зарплату на картці, як відкрити ощадний рахунок",
    ),
    (
        "uk",
        "threats_violence",
        "вчора вони зламали йому руку за те що хотів піти",
        "вчора він зламав руку на роботі, чи оплатять лікарняний",
    ),
    (
        "uk",
        "minor",
        "бачила там двох дівчат років 14, не більше",
        "дівчата 14 годин на день на кухні, це нормально?",
    ),
    (
        "uk",
        "movement_restricted",
        "вона сама нікуди не ходить, тільки з хазяйкою, навіть в магазин",
        "мама сама нікуди не ходить, тільки з татом",
    ),
    (
        "bg",
        "documents_withheld",
        "паспортът ми е във фирмата, казват за сигурност",
        "посолството има паспорта ми за подновяване на визата",
    ),
    ("bg", "documents_withheld", "капитанът държи паспортите ни", "загубих си паспорта в автобуса"),
    (
        "bg",
        "movement_restricted",
        "не ни пускат да слизаме на брега сами",
        "слизаме на брега в Орхус утре, какво да видим",
    ),
    (
        "bg",
        "threats_violence",
        "каза че ще ми счупи краката ако кажа на някого",
        "счупих си крака на работа, кой плаща болничните",
    ),
    (
        "bg",
        "movement_restricted",
        "миналата година ме заключваха в стаята",
        "заключих си ключовете в колата",
    ),
    (
        "bg",
        "movement_restricted",
        "не я пускат сама, шефката винаги е с нея, дори в магазина",
        "баба никога не излиза сама, мама винаги е с нея",
    ),
    (
        "bg",
        "debt_bondage",
        "казаха че първо трябва да изработя билета и жилището",
        "първо трябва да си намеря жилище, после работа",
    ),
    (
        "bg",
        "documents_withheld",
        "хазяйката ми пази заплатата уж за мен, не ми дава нищо",
        "пазя си заплатата в банката, коя банка е добра",
    ),
    (
        "bg",
        "threats_violence",
        "счупиха му пръстите защото искал да си тръгне",
        "счупих си пръста на вратата, боли",
    ),
    (
        "th",
        "documents_withheld",
        "บริษัทเก็บพาสปอร์ตพวกเราไว้หมด บอกว่าเพื่อความปลอดภัย",
        "สถานทูตมีพาสปอร์ตหนูอยู่ เพื่อต่อวีซ่าค่ะ",
    ),
    (
        "th",
        "movement_restricted",
        "กัปตันไม่ให้พวกเราขึ้นฝั่งคนเดียวเลย",
        "พรุ่งนี้เรือเข้าท่า พวกเราจะขึ้นฝั่งไปซื้อของ",
    ),
    ("th", "threats_violence", "เขาบอกว่าจะหักแขนหนูถ้าหนูร้อง", "หนูล้มแขนหักตอนเล่นสเก็ต ต้องไปหาหมอที่ไหน"),
    (
        "th",
        "debt_bondage",
        "นายหน้าบอกต้องทำงานใช้ค่าตั๋วกับค่าห้องก่อนถึงจะได้เงินเดือน",
        "เดือนนี้ต้องจ่ายค่าห้องกับค่าไฟก่อน เงินเดือนเหลือน้อย",
    ),
    (
        "th",
        "documents_withheld",
        "คุณนายเก็บพาสปอร์ตหนูไว้ในตู้ ขอคืนก็ไม่ให้",
        "คุณนายพาหนูไปทำพาสปอร์ตใหม่ที่สถานทูต",
    ),
    (
        "th",
        "documents_withheld",
        "เถ้าแก่บอกว่าเก็บเงินเดือนไว้ให้ก่อน ปีนึงแล้วยังไม่ได้เลย",
        "แม่เก็บเงินไว้ให้หนูตอนเด็กๆ",
    ),
    (
        "tl",
        "documents_withheld",
        "hawak ng kapitan yung passport namin lahat",
        "nasa embassy po ang passport ko para sa visa renewal",
    ),
    (
        "tl",
        "movement_restricted",
        "bawal daw kaming bumaba ng barko mag-isa",
        "bababa kami ng barko bukas para mamili sa Skagen",
    ),
    (
        "tl",
        "threats_violence",
        "sabi nya babaliin nya braso ko pag nagsumbong ako",
        "nabali braso ko nung nadulas ako sa yelo, saan po ang emergency",
    ),
    (
        "tl",
        "movement_restricted",
        "di sya pinapalabas ng magisa, laging binabantayan ng amo",
        "hindi ako lumalabas mag-isa kasi takot ako sa snow haha",
    ),
    (
        "tl",
        "documents_withheld",
        "iniipon daw ng amo yung sahod ko, pero isang taon na wala pa rin",
        "iniipon ko yung sahod ko para sa bahay namin sa probinsya",
    ),
    (
        "tl",
        "threats_violence",
        "binali ng amo yung daliri ng kasama ko",
        "nabali daliri ko sa pinto, masakit pa rin",
    ),
    (
        "vi",
        "movement_restricted",
        "thuyền trưởng không cho bọn em lên bờ một mình",
        "mai tàu cập bến, bọn em được lên bờ đi chợ",
    ),
    (
        "vi",
        "threats_violence",
        "nó nói sẽ bẻ gãy tay em nếu em la lên",
        "em bị ngã gãy tay hôm qua, khám ở đâu ạ",
    ),
    (
        "vi",
        "documents_withheld",
        "ông chủ cất hộ chiếu của bọn em trong két sắt",
        "khách sạn có bản sao hộ chiếu của em",
    ),
    (
        "vi",
        "debt_bondage",
        "em phải làm trả tiền vé máy bay trước, chưa có lương tháng nào",
        "em phải trả tiền nhà trước ngày 1, lương chưa về",
    ),
    (
        "vi",
        "documents_withheld",
        "ông chủ bảo giữ lương giùm em, 2 năm rồi chưa đưa đồng nào",
        "mẹ giữ lương giùm em để tiết kiệm mua nhà",
    ),
    (
        "vi",
        "threats_violence",
        "tụi nó đánh gãy tay anh em hôm qua",
        "em té gãy tay hôm qua, giờ bó bột rồi",
    ),
    ("zh", "movement_restricted", "船长不让我们单独上岸", "明天船靠岸，我们可以上岸买东西"),
    ("zh", "threats_violence", "他说我要是叫就打断我的腿", "我骑车摔断了腿，在哪里看急诊"),
    ("zh", "documents_withheld", "老板娘扣了我的护照和银行卡", "大使馆拿着我的护照办签证延期"),
    (
        "zh",
        "documents_withheld",
        "老板娘说工资先替我们存着，等回国再给",
        "我让我妈帮我存着工资，怕自己乱花",
    ),
    (
        "zh",
        "movement_restricted",
        "她从来不能自己出门，老板娘每次都跟着",
        "孩子还小，不能自己出门，我们每次都陪着",
    ),
    ("zh", "debt_bondage", "我是被骗过来的，现在他们天天找我要钱", "我弟弟天天找我要钱买游戏"),
    # The boss "keeps her salary for her": one code in every language (documents_withheld, as
    # money and cards held by others), where eight languages had filed it under debt bondage.
    (
        "en",
        "documents_withheld",
        "my boss says he keeps my salary for me until I go home, I got nothing for a year",
        "I keep my salary in a savings account for the house",
    ),
    (
        "da",
        "documents_withheld",
        "chefen siger han gemmer min løn for mig, jeg har ikke fået noget i et år",
        "jeg gemmer min løn til en ny bil",
    ),
    (
        "es",
        "documents_withheld",
        "el jefe dice que me guarda el sueldo, llevo un año sin ver nada",
        "guardo mi sueldo en el banco para la casa",
    ),
    (
        "fr",
        "documents_withheld",
        "le patron dit qu'il garde mon salaire pour moi, je n'ai rien reçu depuis un an",
        "je garde mon salaire sur un livret pour la maison",
    ),
]

# (language, an everyday message, a danger that must still count on the next line)
EVERYDAY = [
    (
        "en",
        "my boss will kill me if im late again lol",
        "he locked me in the room and took my phone",
    ),
    (
        "en",
        "i work 14 hours a day at the restaurant, how many hours is legal in denmark?",
        "they are taking me to germany tonight, i dont want to",
    ),
    (
        "en",
        "lol the kids locked me in the bathroom playing hide and seek, where do i get a yellow "
        "card?",
        "he locked me in the room now and he has a knife",
    ),
    (
        "en",
        "watched a film last nite where they kidnap girls, so scary. do you take volunteers?",
        "they beat her and she is bleeding, she cant stand up",
    ),
    (
        "da",
        "min svigermor slår mig ihjel hvis jeg brænder kyllingen på igen haha",
        "han har lige låst døren udefra",
    ),
    (
        "da",
        "jeg arbejder 12 timer om dagen på hotellet, er det lovligt?",
        "de tager mig til Tyskland i aften, jeg vil ikke",
    ),
    (
        "da",
        "haha ungerne låste mig inde på toilettet mens de legede gemmeleg 😂 hvor får jeg "
        "sygesikringskort?",
        "han har lige låst mig inde og siger han slår mig ihjel",
    ),
    (
        "da",
        "min kollega slår mig ihjel hvis jeg spiser hans kage igen haha, hvornår har i åbent?",
        "de slog hende og hun kan ikke stå op, hun bløder",
    ),
    (
        "es",
        "mi suegra me mata si se me quema el pollo otra vez jajaja",
        "me encerró en el cuarto y me quitó el móvil",
    ),
    (
        "es",
        "trabajo 13 horas al día en la cocina, es legal?",
        "acaba de volver borracho, me quitó el teléfono, tengo miedo",
    ),
    (
        "es",
        "jajaja mis hijos me encerraron en el baño jugando al escondite, donde saco la tarjeta "
        "sanitaria?",
        "me encerro en la habitacion y dice que me va a matar esta noche",
    ),
    (
        "es",
        "mi compañero me va a matar si me como su tarta otra vez jaja, como cambio el carnet?",
        "le pegaron y se lo llevaron a la fuerza en un coche",
    ),
    (
        "pt",
        "minha sogra vai me matar se eu queimar o frango de novo kkkk",
        "ele acabou de trancar a porta por fora",
    ),
    (
        "pt",
        "trabalho 14 horas por dia no restaurante, isso é normal?",
        "vão me levar hoje à noite pra Alemanha, eu não quero",
    ),
    (
        "pt",
        "meu colega vai me matar se eu comer o bolo dele de novo",
        "ele trancou a porta e ta me batendo agora",
    ),
    (
        "pt",
        "kkkk as crianças me trancaram no quarto brincando de esconde-esconde, como tiro o cartao "
        "de saude?",
        "espancaram ela e ela ta sangrando, nao consegue levantar",
    ),
    (
        "fr",
        "ma coloc va me tuer si je casse encore une assiette 😂\nbref c'est combien le ticket de "
        "bus à Aarhus?",
        "il a un couteau et il dit qu'il va me tuer, venez vite",
    ),
    (
        "fr",
        "j'ai oublié mes clés dans la voiture, je fais comment?",
        "il est revenu saoul et il m'a enfermée dans la chambre",
    ),
    (
        "fr",
        "mes gamins m'ont enfermée dans la salle de bain en jouant à cache-cache mdr",
        "il vient de fermer la porte à clé et il a pris mon téléphone",
    ),
    (
        "fr",
        "hier soir on a regardé un film sur un kidnapping, j'ai pas dormi",
        "ils l'ont frappée et emmenée de force en voiture, elle saignait",
    ),
    (
        "fr",
        "les petits nous ont enfermés dans le garage en jouant à cache-cache ptdr",
        "ils vont la vendre ce soir à un autre mec, elle pleure",
    ),
    (
        "ro",
        "soacra ma omoara daca mai ard o data ciorba haha",
        "patronul bate in usa cu un topor si urla ca ne omoara",
    ),
    (
        "ro",
        "am pierdut pasaportul in tren, unde e ambasada?",
        "el s-a intors acum beat si ne-a incuiat in apartament",
    ),
    (
        "ro",
        "copiii m-au incuiat in baie cand ne jucam de-a v-ati ascunselea haha",
        "acum m-a incuiat in camera si a zis ca ma omoara",
    ),
    (
        "ro",
        "colega ma omoara daca ii mai mananc ciocolata kkkk",
        "l-au luat cu forta intr-o masina, sangera",
    ),
    (
        "hu",
        "az anyósom kinyír ha megint odaégetem a csirkét haha",
        "a főnök most jön fel a lépcsőn részegen, azt mondta ma megöl",
    ),
    (
        "hu",
        "kizártam magam a lakásból, van valakinek lakatos száma?",
        "részegen jött haza és bezárt minket a szobába",
    ),
    (
        "hu",
        "a lakótársam megöl ha megint megiszom a kávéját kkk",
        "a szomszéd lányt ma éjjel eladják egy másik stricinek",
    ),
    (
        "hu",
        "a gyerekeim bezártak a kamrába bújócska közben haha",
        "megverték és nem tud felállni, a főnök azt mondta ma éjjel elviszi",
    ),
    (
        "hu",
        "a főnök két műszakot csináltatott velem, meghalok haha csak viccelek",
        "fenyegetett hogy megöl, ma reggel már megütött",
    ),
    (
        "lt",
        "šefas mane užmuš jei vėl pavėluosiu cha cha",
        "jis mane užrakino kambaryje ir turi peilį",
    ),
    (
        "lt",
        "pamečiau pasą Kopenhagoje, kur ambasada?",
        "šiąnakt mus veža į kitą vietą, mes nenorim",
    ),
    (
        "lt",
        "vaikai užrakino mane vonioje žaisdami slėpynių cha cha",
        "jį sumušė ir jėga išsivežė, nežinom kur jis",
    ),
    (
        "lt",
        "bosas privertė dirbti dvi pamainas, numirsiu haha juokauju",
        "ją vėl nubaudė, guli ir negali atsistoti",
    ),
    ("cs", "sefova me zabije jestli zase prijdu pozde hahaha", "zamkl me v koupelne a ma nuz"),
    (
        "cs",
        "tchyně mě zabije jestli jí zas připálím řízky 555",
        "právě zamknul dveře zvenku a řekl že mě zabije",
    ),
    ("cs", "pracuju 14 hodin denne, jsem utahana", "pomozte, zavřel mě do sklepa"),
    (
        "cs",
        "zabouchla jsem si klice v aute, vite nekdo jestli nekdo odemyka auta?",
        "je tady zase, opilej, bije mě",
    ),
    (
        "cs",
        "zamykám na noc dveře kvůli sousedovi, je divnej",
        "dnes v noci mě odvezou do Německa a já nechci",
    ),
    (
        "cs",
        "v GTA jsem dneska konecne dodelala misi s unosem hahaha",
        "dneska me zase zbil, krvacim",
    ),
    (
        "cs",
        "kolegyne me zabije jestli zase snim jeji jogurt hahaha",
        "zbili ho a nasilim odvezli autem",
    ),
    ("pl", "szefowa mnie zabije jak się znowu spóźnię hahaha", "zamknął mnie w piwnicy i ma nóż"),
    (
        "pl",
        "teściowa mnie zabije jak przypalę kurczaka kkk",
        "przed chwilą zamknął drzwi od zewnątrz i powiedział że mnie zabije",
    ),
    (
        "pl",
        "pracuję 14 godzin dziennie i jestem padnięta",
        "dziś w nocy wywożą nas do Niemiec, nie chcę",
    ),
    (
        "pl",
        "zatrzasnęłam kluczyki w samochodzie, ktoś zna ślusarza?",
        "właśnie wrócił pijany i mnie pobił, boję się",
    ),
    (
        "pl",
        "wczoraj oglądałam film o porwaniu, ale straszny",
        "dzis w nocy chca mnie sprzedac jakims facetom",
    ),
    ("pl", "dziś wieczorem sprzedaję stary telewizor na olx", "pobili ją i leży, nie może wstać"),
    (
        "ru",
        "начальница меня убьет если я опять опоздаю ахаха",
        "он запер меня в ванной и у него нож",
    ),
    (
        "ru",
        "свекровь убьет меня если я снова пересолю суп 555",
        "он только что запер дверь снаружи и сказал что убьет меня",
    ),
    (
        "ru",
        "работаю по 14 часов в день, устала ужасно",
        "сегодня ночью нас увозят в Германию, мы не хотим",
    ),
    (
        "ru",
        "я захлопнула дверь, а ключи остались в квартире, кого вызвать?",
        "он опять здесь, пьяный, избил меня",
    ),
    (
        "ru",
        "дочка заперла меня в ванной, играем в прятки хахаха",
        "его избили и он весь в крови, не может встать",
    ),
    (
        "ru",
        "вчера смотрела фильм где похищают девушек, жуть",
        "сегодня ночью меня продадут, помогите",
    ),
    ("uk", "шеф мене вб'є якщо я знову запізнюся хаха", "він замкнув нас у підвалі, допоможіть"),
    (
        "uk",
        "свекруха каже що вб'є мене якщо я ще раз спалю курку 555",
        "сьогодні вночі нас вивезуть за кордон",
    ),
    ("uk", "працюю по 14 годин на день, це законно?", "бригадир щойно зачинив нас у гуртожитку"),
    (
        "uk",
        "вчора дивились фільм Заручниця, там викрадають доньку, страшно",
        "сьогодні вночі мене продадуть якомусь чоловіку, допоможіть",
    ),
    (
        "uk",
        "малий замкнув мене у ванній коли гралися в хованки хаха",
        "її побили і вона не може встати, лежить на підлозі",
    ),
    (
        "uk",
        "бригадир поставив мене на дві зміни, я помру хахаха жартую",
        "вони зламали йому ногу і не везуть в лікарню",
    ),
    ("bg", "шефът ще ме убие ако пак закъснея хаха", "заключиха ни в мазето, помощ"),
    (
        "bg",
        "свекърва ми каза че ще ме убие ако пак изгоря пилето 555",
        "той пак е тук и е пиян, удари ме",
    ),
    ("bg", "работя по 14 часа на ден, нормално ли е", "довечера ни карат в Германия, не искаме"),
    (
        "bg",
        "децата ме заключиха в килера, играехме на криеница хаха",
        "пребиха я и не може да стане, помогнете",
    ),
    (
        "bg",
        "колежката ще ме убие ако пак й изям кекса хаха",
        "днес вече ме наби и каза че довечера ще ме продаде",
    ),
    (
        "bg",
        "в GTA има мисия да спасиш отвлечено момиче, много е яка",
        "счупиха му ръката и не го пускат в болница",
    ),
    ("th", "แม่สามีบอกว่าจะฆ่าหนูถ้าทำแกงเค็มอีก 555", "ตอนนี้เขาล็อคหนูไว้ในห้อง มีมีดด้วย ช่วยด้วย"),
    ("th", "ทำงานร้านนวด 12 ชั่วโมงทุกวัน อยากถามเรื่องภาษีค่ะ", "เขากลับมาเมาแล้วตบหนู หนูกลัวมาก"),
    ("th", "ลูกสาวขังหนูไว้ในห้องน้ำตอนเล่นซ่อนหา ขำมาก 555", "คืนนี้เจ๊ว่าจะขายหนูให้ลูกค้าฝรั่ง"),
    ("th", "งานเยอะมากคืนนี้ ไม่รอดถึงเช้าแน่ 555", "เพื่อนโดนซ้อมจนลุกไม่ขึ้น เลือดออกเยอะมาก"),
    (
        "tl",
        "papatayin ako ng biyenan ko pag nasunog ko ulit yung adobo hehe",
        "kinandado ako ni sir sa kwarto at may kutsilyo sya",
    ),
    (
        "tl",
        "nagtatrabaho ako 12 oras araw-araw sa cleaning, magkano po ang overtime dito?",
        "ililipat daw kami sa Sweden ngayong gabi, ayaw namin, pinipilit kami",
    ),
    (
        "tl",
        "kinulong ako ng mga anak ko sa cr habang naglalaro ng tagu-taguan hahaha",
        "mamayang gabi ibebenta na daw ako ng amo ko sa ibang lalaki",
    ),
    (
        "tl",
        "sa GTA may mission na iligtas yung kinidnap na babae, ang hirap",
        "binugbog nila si kuya, hindi na siya makatayo",
    ),
    (
        "vi",
        "mẹ chồng bảo nấu cháy cơm lần nữa là giết em luôn haha",
        "hắn đang ở đây, cầm dao, nói sẽ giết em",
    ),
    (
        "vi",
        "em làm nail 10 tiếng mỗi ngày, cho em hỏi về thuế",
        "ông chủ vừa khóa cửa nhốt bọn em trong tiệm, cứu với",
    ),
    (
        "vi",
        "tụi nhỏ nhà em nhốt em trong nhà tắm lúc chơi trốn tìm, cười muốn xỉu",
        "tối nay ông chủ nói sẽ bán con bé cho người khác",
    ),
    (
        "vi",
        "sếp bắt làm 3 ca liền, chắc chết mất haha",
        "họ đánh gãy tay nó, không cho đi bệnh viện",
    ),
    ("zh", "婆婆说我再把饭烧糊就打死我哈哈", "他现在拿着刀在门外，说要杀了我"),
    ("zh", "我每天上班十个小时，想问问加班费怎么算", "老板刚才把我们锁在宿舍里了，救命"),
    ("zh", "昨晚看电影，里面绑架女人的情节好吓人", "今晚他们要把我卖给一个德国男人"),
    ("zh", "孩子们玩捉迷藏把我关在衣柜里了哈哈哈", "她被打得站不起来了，还在流血"),
]


ROUNDS = (
    escape_rooms_games_and_troubles_long_over,
    forced_crime_witnesses_and_games,
    forced_labour_debts_and_hints,
    debts_papers_teenagers_and_jokes,
    hospitals_schools_and_talk_about_trafficking,
    coaches_and_a_doctor_kept_from,
    lifts_locksmiths_and_pranks,
    kidnappings_blindfolds_and_a_tax_debt,
    alarms_that_turned_out_harmless,
    embassies_keeping_a_passport,
)
ALL_DANGER_NOW = [*DANGER_NOW, *(case for round_ in ROUNDS for case in round_.DANGER_NOW)]
ALL_SIGNS = [*SIGNS, *(case for round_ in ROUNDS for case in round_.SIGNS)]
ALL_EVERYDAY = [*EVERYDAY, *(case for round_ in ROUNDS for case in round_.EVERYDAY)]


@pytest.mark.parametrize(("language", "danger", "look_alike"), ALL_DANGER_NOW)
def test_danger_now_or_tonight_is_an_emergency_and_its_look_alike_is_not(
    lexicon: Lexicon, rules: TriageRules, language: str, danger: str, look_alike: str
) -> None:
    assert priority(danger, lexicon, rules) == "emergency", language
    assert priority(look_alike, lexicon, rules) != "emergency", language


@pytest.mark.parametrize(("language", "code", "sign", "look_alike"), ALL_SIGNS)
def test_a_sign_told_in_passing_is_found_and_its_look_alike_escalates_nothing(
    lexicon: Lexicon,
    escalating_alone: frozenset[str],
    language: str,
    code: str,
    sign: str,
    look_alike: str,
) -> None:
    assert code in codes(sign, lexicon), language
    assert not codes(look_alike, lexicon) & escalating_alone, language


@pytest.mark.parametrize(("language", "everyday", "danger"), ALL_EVERYDAY)
def test_an_everyday_message_escalates_nothing_but_danger_on_the_next_line_still_does(
    lexicon: Lexicon,
    rules: TriageRules,
    learned: LearnedModel,
    language: str,
    everyday: str,
    danger: str,
) -> None:
    """With the learned model too: it read hours of work as an age, jokes as threats, a
    child's age in a parent's question and a head count of workers as a minor."""
    assert assess(find_indicators(everyday, lexicon, learned), rules).priority in (
        "none",
        "normal",
    ), language
    assert priority(f"{everyday}\n{danger}", lexicon, rules) == "emergency", language


LANGUAGES = sorted({case[0] for case in ALL_EVERYDAY})


@pytest.mark.parametrize("language", LANGUAGES)
def test_danger_after_an_everyday_message_on_the_same_line_still_counts(
    lexicon: Lexicon, rules: TriageRules, language: str
) -> None:
    """A harmless phrase ends where her joke, game or film ends: it must not stretch over
    real danger told after a comma or a dash on the same line. Before, the laughter of a
    joke ("... 555, he just locked the door and said he will kill me"), an escape room or a
    game swallowed it in 8 languages. Every everyday message of the cases, with every
    danger of its language."""
    dangers = [danger for lang, danger, _ in ALL_DANGER_NOW if lang == language]
    dangers += [danger for lang, _, danger in ALL_EVERYDAY if lang == language]
    missed = [
        text
        for lang, everyday, _ in ALL_EVERYDAY
        if lang == language
        for danger in dangers
        for separator in (", ", " - ")
        if priority(text := f"{everyday.rstrip('.!? ')}{separator}{danger}", lexicon, rules)
        != "emergency"
    ]
    assert not missed, "\n".join(missed)
