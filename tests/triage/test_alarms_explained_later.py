"""Alarms someone else told, explained later by what they really were, in all 17 languages.

'My friend texted at 2am "they locked us in and wont let us out"' / 'turned out her whole
hostel is in quarantine': a sister, a mother or a colleague tells what the other person said,
then what it was (an illness, an operation, exams, a storm, a camp's or the army's rules, a
bill collector for a small bill, a training clause in a normal contract, a joke, a game).
Section 6.16's resolution names the harmless event (a film shoot, a party); this one names
only the discovery ("turned out", "found out", "it was only", "оказалось", "kiderült", "原来")
or a false alarm in so many words, so it stands down for every word of danger, in any
language, on the rest of the discovery's line: anyone's "said", work, money, papers, a boss,
a blow, a lock, help, the police, a negation, "true", "crying", "still", and an age under 18
(word lists cover_story, serious, violent, locking, not_play, keeper, negation and the new
confirmed). Papers, sex and a minor are never set aside, and what follows the discovery still
counts.

The cases were written in session 39 by three writers who saw no lexicon: per language four
harmless messages of this shape, two possible victims and two emergencies told the same way
(a cover story the writer does not believe, an explanation that is worse, the alarm confirmed
now). Listed: the harmless ones the lexicons and the learned model escalated before and set
aside now (20 of 68; 34 stay escalated, most because the explanation names work, pay or a
negation), and every danger, with its priority (none changed). ``GUARDED`` are hand-written
dangers of the same shape that a wider first version, or a missing guard, would set aside.
"""

from __future__ import annotations

import pytest

from bot.triage import LearnedModel, Lexicon, TriageRules
from tests.support.lexicon_codes import priority

# (language, an alarm and what it really was: escalated before session 39)
HARMLESS = [
    (
        "en",
        (
            'my friend texted me at 2am "they locked us in and wont let us out" and '
            "i totally freaked\n"
            "turned out her whole hostel in Aarhus is in quarantine bc of some "
            "stomach virus lol. shes fine just bored"
        ),
    ),
    (
        "da",
        (
            'Min veninde skrev i går "de lukker os ikke ud, vi er spærret inde" 😱\n'
            "Jeg ringede til hende og det var bare fordi hele efterskolen er i "
            "karantæne pga roskildesyge. Alt ok"
        ),
    ),
    (
        "da",
        (
            'min mor sagde at naboens datter havde sagt "jeg skylder dem penge og '
            'kan ikke komme ud af det"\n'
            "det viste sig at det er en uddannelsesklausul i hendes kontrakt hos "
            "frisøren i Vejle, hun skal betale kurset tilbage hvis hun stopper før "
            "tid. helt normalt"
        ),
    ),
    (
        "da",
        (
            'Min kollega fortalte at hendes søn skrev "de har taget vores telefoner '
            'og vi må ikke gå nogen steder"\n'
            "Han er inde som værnepligtig i Holstebro og det er bare de første "
            "uger. Falsk alarm"
        ),
    ),
    (
        "ro",
        (
            'Prietena mea mi-a scris aseară "nu ne lasă să ieșim, suntem blocate '
            'aici" și m-am speriat rău\n'
            "Am sunat-o și de fapt era furtuna, au anulat toate zborurile din "
            "Billund și stau în hotel. Totul ok"
        ),
    ),
    (
        "ro",
        (
            'sora mea zicea "ma tine ca pe o prizoniera, nu ma lasa nicaieri"\n'
            "pe urma am aflat ca vorbea de doctor 😅 are piciorul rupt si trebuie sa "
            "stea in pat 6 saptamani, e in Odense"
        ),
    ),
    (
        "bg",
        (
            'Приятелката ми писа "заключени сме, не ни пускат да излезем" и много '
            "се уплаших\n"
            "Обадих ѝ се и се оказа, че са под карантина в болницата в Оденсе "
            "заради някакъв вирус. Всичко е наред"
        ),
    ),
    (
        "bg",
        (
            'сестра ми каза "взеха ни телефоните и не можем да си тръгнем"\n'
            "после разбрах че е тиймбилдинг на фирмата, някакъв дигитален детокс в "
            "Скаген 🙄"
        ),
    ),
    (
        "hu",
        (
            'A szomszéd néni mesélte, hogy az unokája azt írta "elvették a '
            'telefonunkat és nem mehetünk ki"\n'
            "Cserkésztáborban van Jyllandon, ott ez a szabály. Szóval téves "
            "riasztás"
        ),
    ),
    (
        "lt",
        (
            'Draugė parašė "mus uždarė ir neleidžia išeiti"\n'
            "Paskambinau – pasirodo, jų bendrabutis Koldinge karantine dėl gripo. "
            "Viskas gerai"
        ),
    ),
    (
        "lt",
        (
            'Mama sakė, kad brolis parašė "negaliu ištrūkti, esam įstrigę"\n'
            "Pasirodo, dėl audros atšaukė skrydį iš Kastrupo ir jis miegojo oro "
            "uoste. Klaidingas aliarmas"
        ),
    ),
    (
        "es",
        (
            'mi hermana me escribió "estoy encerrada y no me dejan salir" y casi me '
            "da algo\n"
            "la llamé y resulta que está aislada en el hospital de Herlev por una "
            "infección, ya está mejor. falsa alarma"
        ),
    ),
    (
        "pt",
        (
            'meu filho disse no telefone "eles vão me matar mãe" e na hora gelei\n'
            "era a semana de provas na escola em Roskilde, ele tava falando dos "
            "professores kkkk alarme falso"
        ),
    ),
    (
        "cs",
        (
            'Kolega psal do skupiny "drží nás tu jako rukojmí, nemůžeme odejít" 😳\n'
            "nakonec to byl LARP v lese u Viborgu, hráli zajatce celej víkend 😂"
        ),
    ),
    (
        "ru",
        (
            "сестра написала 'меня заперли и никуда не выпускают' я чуть инфаркт не "
            "получила\n"
            "потом дозвонилась, оказалось у неё ковид и их общагу в Оденсе закрыли "
            "на карантин. просто ей скучно 🙄"
        ),
    ),
    (
        "ru",
        (
            "подруга работает au pair под Виборгом, пишет 'нас не выпускают из "
            "дома'. я уже хотела вам звонить\n"
            "потом она объяснила что там метель, дороги закрыли и вся семья сидит "
            "дома. ложная тревога"
        ),
    ),
    (
        "th",
        (
            "น้องสาวบอกว่า 'เขายึดโทรศัพท์หมดเลย ติดต่อใครไม่ได้' ตอนแรกกลัวมาก\n"
            "ปรากฏว่าบริษัทพาไปทำ team building ที่ Skagen ห้ามใช้มือถือ 2 วัน "
            "ตอนนี้กลับมาบ้านแล้วค่ะ"
        ),
    ),
    (
        "tl",
        (
            "Yung pinsan ko nagtext 'di kami pinapalabas, kinuha pa phones namin' "
            "kinabahan talaga ako\n"
            "tinawagan ko sya, boarding school pala sa Sorø yun, rules lang nila "
            "bawal phone pag weekdays. haay false alarm"
        ),
    ),
    (
        "vi",
        (
            "Chị họ em nhắn 'bị nhốt trong nhà, ko cho ra ngoài' làm em hết hồn\n"
            "gọi lại mới biết chị mới mổ ruột thừa ở Rigshospitalet, bác sĩ dặn nằm "
            "nhà 2 tuần thôi. ko sao ạ"
        ),
    ),
    (
        "zh",
        (
            "我儿子在丹麦服兵役，给我发'他们不让我们出去，手机也收走了'，把我吓坏了\n"
            "后来他打电话解释，是新兵训练头几周的规定，周末就能回家。虚惊一场"
        ),
    ),
]

DANGER = [
    (
        "en",
        (
            "my friend from the Philippines is an au pair in Hellerup, she wrote "
            '"they dont let me go out and they have my passport"\n'
            "the family told her its for safekeeping. but she works 6am to 11pm and "
            "they dont even pay her pocket money. i dont believe them"
        ),
        "high",
    ),
    (
        "en",
        (
            'my cousin said her boyfriend "keeps her like a prisoner". I called her '
            'and she explained he just "manages" her money and the men she sees in '
            "Copenhagen bc she owes him for the flight\n"
            "she says its fine but the debt just keeps getting bigger"
        ),
        "high",
    ),
    (
        "en",
        (
            'my friend just texted "he locked me in help" and i thought it was a '
            "joke so i called her\n"
            "its not a joke, shes crying, hes locked her in the flat on "
            "Nørrebrogade right now and took her charger, her battery is at 5%"
        ),
        "emergency",
    ),
    (
        "en",
        (
            'my brother works at a car wash in Esbjerg, he always said "they will '
            'kill me if i leave", i thought he was exaggerating\n'
            "he just called me whispering, the boss and 2 other guys are hitting "
            "him right now in the back room, i heard him screaming"
        ),
        "emergency",
    ),
    (
        "da",
        (
            "Min nabo er fra Rumænien og arbejder på en gård ved Ringkøbing. Han "
            'sagde "jeg kan ikke tage derfra, jeg skylder dem"\n'
            "Jeg spurgte ind og chefen har sagt at det er for bolig og transport, "
            "men gælden bliver bare større hver måned og de har stadig hans pas"
        ),
        "high",
    ),
    (
        "da",
        (
            'en pige på neglebaren hvor jeg går sagde stille "jeg må ikke gå ud '
            'alene"\n'
            "ejeren forklarede at det er for hendes sikkerhed fordi hun ikke kan "
            "dansk. det tror jeg ikke på, hun sover også i baglokalet"
        ),
        "high",
    ),
    (
        "da",
        (
            'min veninde skrev "han har låst mig inde" for en time siden og jeg '
            "troede hun lavede sjov\n"
            "nu har jeg ringet og hun hvisker at han står ude foran døren og hamrer "
            "på den og hun kan ikke komme ud. lejlighed i Aalborg, hvad gør jeg??"
        ),
        "emergency",
    ),
    (
        "da",
        (
            'Min kollega fra rengøringen sagde i sidste uge "de kører mig væk hvis '
            'jeg siger noget"\n'
            "Nu ringede hun lige og skreg, to mænd har skubbet hende ind i en bil "
            "og de kører med hende lige nu, ud ad motorvejen mod Kolding"
        ),
        "emergency",
    ),
    (
        "ro",
        (
            'Fratele meu lucreaza la o ferma de porci langa Herning. Mi-a zis "nu '
            'pot pleca, le datorez bani"\n'
            "Seful i-a explicat ca e pentru cazare si mancare, dar datoria tot "
            "creste si actele sunt tot la agentul care l-a adus. Nu-l cred pe sef"
        ),
        "high",
    ),
    (
        "ro",
        (
            'o prietena a venit in Copenhaga cu iubitul ei si zicea "n-am voie sa '
            'ies singura"\n'
            "el zice ca o protejeaza, dar am aflat ca o pune sa mearga cu barbati "
            "noaptea si ii ia toti banii. acum e linistita dar imi fac griji"
        ),
        "high",
    ),
    (
        "ro",
        (
            'Verișoara mea mi-a scris "m-au încuiat în cameră" și am crezut că '
            "glumește\n"
            "Am sunat-o acum, plânge, e încuiată în apartament în Aarhus și "
            "bărbatul ăla urlă la ea după ușă chiar acum. Ce fac??"
        ),
        "emergency",
    ),
    (
        "ro",
        (
            'prietenul meu zicea de o saptamana ca "o sa ma omoare daca plec de pe '
            'santier"\n'
            "acum m-a sunat, il bat chiar acum in baraca de langa santier in "
            "Kobenhavn, am auzit tot. ajutor"
        ),
        "emergency",
    ),
    (
        "bg",
        (
            'Братовчедка ми работи на ферма за ягоди в Дания. Писа "не ме пускат да '
            'си тръгна"\n'
            'Шефът ѝ казал, че паспортът е при агента "за документите", ама вече '
            "три месеца не ѝ го връщат и не ѝ плащат. Не вярвам на това"
        ),
        "high",
    ),
    (
        "bg",
        (
            'приятелка каза че гаджето ѝ "я държи като затворничка"\n'
            "той казвал че е за нейно добро, ама тя работи всяка нощ с мъже в "
            "Копенхаген и той ѝ прибира парите. сега е добре, но се притеснявам"
        ),
        "high",
    ),
    (
        "bg",
        (
            'Майка ми се обади, че сестра ми писала "заключиха ме". Звъннах ѝ аз\n'
            "наистина е заключена в една стая във фермата до Есбиерг, не ѝ дават "
            "нито храна, нито вода, и той в момента блъска по вратата. Моля "
            "помогнете"
        ),
        "emergency",
    ),
    (
        "bg",
        (
            'приятелят ми все казваше "ще ме убият ако избягам" от строежа, мислех '
            "че преувеличава\n"
            "сега ми писа, че го качват насила в една кола и го карат някъде, не "
            "знае къде"
        ),
        "emergency",
    ),
    (
        "hu",
        (
            'Az unokatestvérem egy étteremben dolgozik Vejlében. Azt írta "nem '
            'mehetek el, tartozom nekik"\n'
            "A főnök azt mondja, hogy ez az utazás és a szállás ára, de a tartozás "
            "egyre csak nő, a papírjai meg a közvetítőnél vannak. Nem hiszek neki"
        ),
        "high",
    ),
    (
        "hu",
        (
            'barátnőm mondta hogy a párja "nem engedi ki egyedül"\n'
            "a pasi azt mondja hogy védi, de éjszakánként férfiakhoz viszi "
            "Koppenhágában és elveszi a pénzt. most épp nincs baj, de nagyon "
            "aggódom"
        ),
        "high",
    ),
    (
        "hu",
        (
            'A húgom azt írta "bezárt a lakásba". Azt hittem viccel\n'
            "De most felhívtam és sír, a férfi most veri, hallottam a telefonban. "
            "Odense, Vestergade. Kérem segítsenek"
        ),
        "emergency",
    ),
    (
        "hu",
        (
            'a haverom mondogatta h "megölnek ha elmegyek az autómosóból"\n'
            "most írt hogy betuszkolták egy autóba és épp viszik valahova, nem "
            "tudja hova"
        ),
        "emergency",
    ),
    (
        "lt",
        (
            'Mano pusbrolis dirba statybose prie Orhuso. Sakė "negaliu išvažiuoti, '
            'esu skolingas"\n'
            "Darbdavys jam sako, kad tai už gyvenimą ir kelionę, bet skola vis "
            "didėja, o pasas pas agentą. Netikiu tuo"
        ),
        "high",
    ),
    (
        "lt",
        (
            'draugė dirba ūkyje prie Randerso, sakė "mums neleidžia išeiti už '
            'tvoros"\n'
            "šeimininkas sako kad dėl saugumo, bet jie dirba po 14 val ir negauna "
            "algos. dabar ji saugi, bet labai nerimauju"
        ),
        "high",
    ),
    (
        "lt",
        (
            'Sesuo parašė "jis mane uždarė rūsy". Galvojau juokauja\n'
            "Paskambinau – ji verkia, ją dabar laiko užrakintą restorano rūsyje "
            "Horsense, savininkas nepaleidžia. Padėkit"
        ),
        "emergency",
    ),
    (
        "lt",
        (
            'draugė sakė "jis mane užmuš jei išeisiu", maniau kad perdeda\n'
            "dabar rašo kad jis stovi prie durų su peiliu ir neišleidžia jos iš "
            "buto, Kopenhagoj. ka daryt"
        ),
        "emergency",
    ),
    (
        "fr",
        (
            "Mon amie travaille dans un salon de massage à Vesterbro, elle m'a dit "
            "qu'elle doit 8000 euros et qu'elle peut pas partir.\n"
            "Le patron dit que c'est juste le loyer et le billet d'avion, mais "
            "chaque mois la dette augmente au lieu de baisser. j'y crois pas du "
            "tout"
        ),
        "high",
    ),
    (
        "fr",
        (
            "ma cousine est au pair à Hellerup, elle m'a dit qu'ils ont gardé son "
            "passeport\n"
            'la madame dit que c\'est "pour le mettre au coffre" mais elle le rend '
            "jamais, et ma cousine bosse 14h par jour sans jour de repos"
        ),
        "high",
    ),
    (
        "fr",
        (
            "ma copine m'écrit qu'elle est enfermée dans l'appart à Aarhus, au "
            "début je croyais que c'était une blague\n"
            "elle vient de m'envoyer une photo, la porte est fermée à clé de "
            "l'extérieur et il revient ce soir avec d'autres hommes. elle est "
            "terrorisée, aidez la svp"
        ),
        "emergency",
    ),
    (
        "fr",
        (
            "la fille d'à côté m'a dit hier qu'on la laissait pas sortir, son "
            "\"copain\" m'a dit que c'etait pour rire\n"
            "mais là maintenant il la frappe, j'entends tout à travers le mur, elle "
            "crie au secours. Nørrebro, Blågårdsgade"
        ),
        "emergency",
    ),
    (
        "es",
        (
            "Mi amiga limpia hoteles en Copenhague con una agencia y me dijo que le "
            "quitaron el pasaporte.\n"
            'la jefa dice que es "para el trámite del CPR" pero ya van 4 meses y no '
            "se lo devuelven, y le descuentan casi todo el sueldo por el piso"
        ),
        "high",
    ),
    (
        "es",
        (
            "mi novio trabaja en una granja cerca de Ringkøbing, me dijo que no se "
            "puede ir hasta pagar la deuda del viaje. pensé que era poca cosa\n"
            "pero ahora me explica que cada mes le cobran comida y cama y la deuda "
            "sube en vez de bajar. y no le dejan salir solo de la granja"
        ),
        "high",
    ),
    (
        "es",
        (
            "Mi prima me escribió que la tienen encerrada y pensé que exageraba\n"
            "pero acaba de mandarme su ubicación en tiempo real: va en un coche con "
            "dos hombres que la llevan no sabe adónde, ahora mismo por la E45 al "
            "norte de Vejle. ayuda porfa"
        ),
        "emergency",
    ),
    (
        "es",
        (
            'mi amiga decía que su novio "la tiene como prisionera" y yo creía que '
            "eran celos normales\n"
            "ahora mismo me está llamando llorando, él le está pegando y cerró la "
            "puerta con llave. es en Odense cerca de la estación"
        ),
        "emergency",
    ),
    (
        "pt",
        (
            "Minha amiga veio trabalhar num salão de unhas em Kolding e falou que a "
            "dona ficou com o passaporte dela\n"
            'A dona diz que é "só pra guardar", mas ela não recebe salário faz 2 '
            "meses, diz que é pra pagar a passagem. Não acredito nisso"
        ),
        "high",
    ),
    (
        "pt",
        (
            "meu irmão tá numa obra em Aarhus, disse que tiraram os celulares de "
            "todo mundo\n"
            "o chefe falou que é regra de segurança, mas eles dormem num container "
            "na própria obra e não podem sair nem no domingo. ele me ligou "
            "escondido"
        ),
        "emergency",
    ),
    (
        "pt",
        (
            "A menina do apê do lado falou ontem que não deixam ela sair, achei que "
            "era briga de casal\n"
            "agora tem um homem gritando e batendo nela, ela tá gritando socorro. "
            "Esbjerg, Kongensgade. por favor mandem alguém"
        ),
        "emergency",
    ),
    (
        "pt",
        (
            'minha amiga disse que o "agente" ia levar ela pra "outro trabalho" e '
            "ela não queria ir\n"
            "acabou de mandar msg: tão levando ela agora num carro preto, ela não "
            "sabe pra onde, tá com muito medo. ultima localizaçao perto de Padborg"
        ),
        "emergency",
    ),
    (
        "pl",
        (
            "Moja kuzynka pracuje na farmie pod Odense. Mówiła że nie może "
            "wyjechać, bo ma dług u pośrednika\n"
            "on mówi że to tylko za transport i mieszkanie, ale dług ciągle rośnie, "
            "zabrał jej dowód a ona robi po 12h codziennie"
        ),
        "high",
    ),
    (
        "pl",
        (
            "Znajomy robi w myjni w Kopenhadze, powiedział że szef trzyma ich "
            'paszporty. szef twierdzi że "dla bezpieczeństwa" ale nie oddaje, płaci '
            "im 20 kr na godzinę i śpią na zapleczu. nie wierzę w to"
        ),
        "high",
    ),
    (
        "pl",
        (
            "Dziewczyna mojego brata pisała, że jest zamknięta w mieszkaniu, brat "
            "mówił że przesadza\n"
            "ale teraz przysłała zdjęcie, drzwi zamknięte na klucz od zewnątrz, a "
            '"szef" ma wrócić za godzinę. Horsens, mam adres, co robić??'
        ),
        "emergency",
    ),
    (
        "pl",
        (
            'koleżanka mówiła że ci ludzie ją "pilnują", myślałam że przesadza\n'
            "teraz dzwoni z płaczem, że ją biją i wpychają do busa, słyszałam "
            "krzyki. Esbjerg, przy porcie"
        ),
        "emergency",
    ),
    (
        "cs",
        (
            "Bratranec dělá v restauraci v Kodani, říkal, že nemůže odejít, dokud "
            "nesplatí dluh za cestu\n"
            "šéf tvrdí že je to normální půjčka, ale strhává mu skoro celou "
            "výplatu, dluh se nezmenšuje a spí v kuchyni na zemi"
        ),
        "high",
    ),
    (
        "cs",
        (
            'Kamarádka odjela do Dánska "na úklid". Psala že jí vzali telefon a '
            "dávají jí ho jen na 5 minut, šéfová tvrdí že kvůli práci\n"
            "teď jsem zjistila, že ji posílají k chlapům do bytů. dneska má volno a "
            "je sama v bytě v Aalborgu, ale pas má ta ženská"
        ),
        "high",
    ),
    (
        "cs",
        (
            "Kámoš z práce říkal, že ho šéf zamyká přes noc ve skladu, myslela jsem "
            "že kecá\n"
            "teď mi volal, je tam zamčenej, nemá vodu a je tam strašný horko, šéf "
            "odjel. Vejle, průmyslová zóna u dálnice"
        ),
        "emergency",
    ),
    (
        "cs",
        (
            'Sestra psala, že jí přítel bere peníze a posílá ji "pracovat" k '
            "chlapům, myslela jsem že přehání\n"
            "teď mi píše, že ji právě veze autem někam za Kodaň, nechce říct kam a "
            "asi jí hned vezme mobil"
        ),
        "emergency",
    ),
    (
        "uk",
        (
            'Подруга прибирає приватні будинки в Копенгагені через "агента". Каже '
            "що не може кинути, бо винна йому за житло і дорогу\n"
            "він каже що так у всіх у Данії, але борг тільки росте, а паспорт у "
            "нього. Я не вірю"
        ),
        "high",
    ),
    (
        "uk",
        (
            "Сестра живе з хлопцем в Ольборгу. Казала що він змушує її зустрічатися "
            "з чоловіками за гроші, а він каже що це її вибір і вона йому винна\n"
            "зараз вона на зміні в кафе, там безпечно, але піти від нього не може"
        ),
        "emergency",
    ),
    (
        "uk",
        (
            'Подруга казала, що "роботодавець" її не відпускає, я думала '
            "перебільшує\n"
            "щойно написала: її замкнули в кімнаті в будинку біля Колдінга, паспорт "
            "забрали, чоловік кричить під дверима що вбʼє. Допоможіть будь ласка"
        ),
        "emergency",
    ),
    (
        "uk",
        (
            'Жінка з нашого гуртожитку казала, що її "повезуть на іншу роботу", я '
            "не зрозуміла\n"
            "прямо зараз двоє чоловіків силою саджають її в машину біля Netto на "
            "Amagerbrogade, вона кричить"
        ),
        "emergency",
    ),
    (
        "ru",
        (
            "подруга на клубничной ферме под Скагеном писала 'я им должна и уехать "
            "не могу'\n"
            "хозяин мне сказал что это просто аванс за билет, ничего страшного. но "
            "она там уже 8 месяцев, долг только растёт и паспорт у них. не верю я "
            "ему"
        ),
        "high",
    ),
    (
        "ru",
        (
            "сестра говорила что её 'держат как пленницу' в массажном салоне в "
            "Копенгагене. потом написала что всё норм, просто такие правила у них\n"
            "но паспорт у хозяйки, одной выходить нельзя, денег ей не дают. сейчас "
            "она вроде в порядке, но я не верю в эти 'правила'"
        ),
        "high",
    ),
    (
        "ru",
        (
            "знакомая написала 'меня заперли'. думала шутит, перезвонила\n"
            "она шепчет что её прямо сейчас закрыли в квартире на Вестербро, хозяин "
            "забрал телефон и ключи, пишет с чужого. помогите пожалуйста срочно"
        ),
        "emergency",
    ),
    (
        "ru",
        (
            "подруга утром писала 'он меня убьёт', я думала опять ругаются\n"
            "сейчас позвонила ей и слышно как он её бьёт, она кричит. это в "
            "Эсбьерге, он её привёз из Молдовы и заставляет работать на него без "
            "денег"
        ),
        "emergency",
    ),
    (
        "th",
        (
            "เพื่อนทำงานร้านนวดที่ Odense บอกว่า 'ไปไหนไม่ได้ พาสปอร์ตอยู่กับเจ๊'\n"
            "เจ๊บอกว่าเก็บไว้ให้กันหาย แต่เพื่อนต้องใช้หนี้ค่าพามา 300,000 บาท "
            "ทำงานมาปีนึงหนี้ไม่ลดเลย ไม่เชื่อว่าแค่เก็บให้หรอก"
        ),
        "high",
    ),
    (
        "th",
        (
            "ลูกพี่ลูกน้องเก็บผลไม้อยู่แถว Lolland เขียนมาว่า 'ไม่ได้เงินเลย 3 "
            "เดือนแล้ว'\n"
            "โทรไปถามเอเจนซี่ เขาบอกจะจ่ายตอนจบฤดู "
            "และห้ามออกจากฟาร์มจนกว่าจะจ่ายค่านายหน้าครบ "
            "ตอนนี้ยังไม่มีใครทำร้ายแต่เป็นห่วงมาก"
        ),
        "emergency",
    ),
    (
        "th",
        (
            "เพื่อนเขียนมาว่า 'เขาขังไว้' นึกว่าล้อเล่น\n"
            "โทรกลับไป เธอกระซิบว่าตอนนี้โดนล็อคอยู่ในห้องหลังร้านนวดแถว Vesterbro "
            "เขาเอาโทรศัพท์ไปแล้ว ยืมเครื่องลูกค้าส่งมา ช่วยด่วนค่ะ"
        ),
        "emergency",
    ),
    (
        "th",
        (
            "เมื่อวานน้องสาวบอกว่า 'เจ๊จะย้ายหนูไปที่อื่น' นึกว่าแค่ย้ายร้าน\n"
            "แต่เมื่อกี้โทรมาร้องไห้ ตอนนี้เจ๊กับผู้ชายอีกคนพาขึ้นรถออกจาก Esbjerg "
            "ไม่รู้จะไปไหน เขาไม่ยอมให้ลง ช่วยด้วยค่ะ"
        ),
        "emergency",
    ),
    (
        "tl",
        (
            "Yung kapatid ko na au pair sa Gentofte sabi 'di ako pinapalabas, hawak "
            "nila passport ko'\n"
            "sabi ng host family para safe lang daw. pero 12 oras sya nagtatrabaho "
            "araw araw, walang day off, 1000 kr lang binibigay. di ako naniniwala "
            "sa kanila"
        ),
        "high",
    ),
    (
        "tl",
        (
            "Kaibigan ko sa farm sa Jylland sabi 'may utang ako sa agency kaya di "
            "ako makauwi'. akala ko maliit lang\n"
            "tinanong ko sya, palaki pala ng palaki kada buwan kahit kinakaltas sa "
            "sahod nya. wala naman sya sa panganib ngayon pero takot na takot sya"
        ),
        "high",
    ),
    (
        "tl",
        (
            "Nagmessage yung kaibigan ko 'nakakulong ako'. akala ko joke kaya "
            "tinawagan ko\n"
            "totoo pala, naka-lock sya ngayon sa kwarto sa bahay ng amo nya sa "
            "Kolding, kinuha passport at phone nya, sa tablet ng bata lang sya "
            "nakapag message. tulong po"
        ),
        "emergency",
    ),
    (
        "tl",
        (
            "Kanina sabi ng pamangkin ko 'sasaktan nila ako' akala ko OA lang sya\n"
            "ngayon tumawag umiiyak, sinasaktan sya ngayon ng boyfriend nya na "
            "nagbebenta sa kanya sa mga lalaki, nasa apartment sila sa Nørrebro. "
            "please tulungan nyo"
        ),
        "emergency",
    ),
    (
        "vi",
        (
            "Em họ làm tiệm nail ở Herning nhắn 'ko được ra ngoài, giấy tờ chủ giữ "
            "hết'\n"
            "chủ tiệm nói giữ giùm cho khỏi mất. nhưng em nó làm 7 ngày/tuần ko có "
            "lương, bảo phải trả nợ tiền đưa sang 20.000 đô. em ko tin lời chủ"
        ),
        "high",
    ),
    (
        "vi",
        (
            "Bạn em làm rửa xe ở Vejle bảo 'ko nghỉ việc được'. em tưởng do hợp "
            "đồng thôi\n"
            "hỏi kỹ thì ra nó nợ người môi giới, nợ càng ngày càng tăng, ngủ luôn ở "
            "tiệm. giờ chưa có gì nguy hiểm nhưng nó ko đi đâu được"
        ),
        "high",
    ),
    (
        "vi",
        (
            "Bạn em nhắn 'bị nhốt'. em tưởng đùa nên gọi lại\n"
            "nó khóc nói đang bị khoá trong kho sau nhà hàng ở Randers, chủ lấy "
            "điện thoại rồi, đang mượn máy người khác nhắn. xin giúp gấp ạ"
        ),
        "emergency",
    ),
    (
        "vi",
        (
            "Sáng nay chị em nói 'nó sẽ đánh chị', em tưởng 2 người cãi nhau thôi\n"
            "giờ chị gọi, em nghe tiếng hắn đang đánh chị. hắn là người đưa chị "
            "sang đây rồi bắt chị tiếp khách ở Aalborg. cứu chị em với"
        ),
        "emergency",
    ),
    (
        "zh",
        (
            "表姐在Odense的按摩店上班，说'护照在老板娘那，出不去'\n"
            "老板娘说是帮她保管。可她每天干14个小时，钱都拿去还中介费，越还越多。我不信什么保管"
        ),
        "high",
    ),
    (
        "zh",
        (
            "老乡在Sjælland一个农场干活，说'老板不让离开农场'。老板跟我说是因为附近不安全\n"
            "但他三个月没拿到工资了，护照也被扣着。现在人还算安全，可是走不了"
        ),
        "high",
    ),
    (
        "zh",
        (
            "朋友刚发来'我被锁起来了'，我还以为她开玩笑，打过去\n"
            "她小声说现在就被锁在Vesterbro一个公寓里，老板把手机和钥匙都拿走了，她用别人的手机发的。求求你们快帮忙"
        ),
        "emergency",
    ),
    (
        "zh",
        (
            "妹妹早上说'他们要把我送走'，我以为是换店\n"
            "刚才她哭着打电话，说现在老板和一个男的开车带她离开Aalborg，不知道去哪，不让她下车。快救救她"
        ),
        "emergency",
    ),
]

# (language, the same shape in danger, its priority): a discovery that is no explanation. The
# first two are what the first version set aside: "she is only 14" read as "it was only", and
# Portuguese "e só aumenta" (and it only grows) as "é só".
GUARDED = [
    ("da", "han slår hende nu, hun er kun 15. vi står ude foran opgangen", "emergency"),
    ("pt", "tenho de pagar a dívida da passagem com trabalho, e só cresce", "high"),
    ("en", 'my friend texted "he locked me in"\nturned out it\'s true, she is crying', "emergency"),
    (
        "en",
        'my friend texted "they won\'t let me leave the house"\nturned out she is only 15.',
        "emergency",
    ),
    (
        "en",
        'my friend texted "he locked me in"\nI thought it was just a joke, she always jokes',
        "emergency",
    ),
    ("es", 'mi amiga me escribió "no me dejan salir del piso"\nal final era verdad', "high"),
    ("ru", 'подруга написала "меня заперли"\nоказалось, её до сих пор там держат', "emergency"),
    ("zh", '朋友发消息说"我被锁在房间里了"\n原来是真的，她在哭', "emergency"),
    (
        "fr",
        'ma copine m\'a écrit "ils me laissent pas sortir"\nen fait elle a 16 ans et elle pleure',
        "emergency",
    ),
    (
        "hu",
        'a barátnőm írta, hogy "bezártak"\nkiderült, hogy igaz, még mindig ott van',
        "emergency",
    ),
    ("tl", "sabi ng kaibigan ko 'nakakulong ako'\ntotoo pala, umiiyak sya", "emergency"),
    (
        "en",
        'my sister wrote "they wont let me leave the flat" - false alarm, she is 16 and grounded',
        "emergency",
    ),
]


@pytest.mark.parametrize(("language", "text"), HARMLESS)
def test_an_alarm_explained_later_escalates_nothing(
    lexicon: Lexicon, rules: TriageRules, learned: LearnedModel, language: str, text: str
) -> None:
    assert priority(text, lexicon, rules, learned) in ("none", "normal"), language


@pytest.mark.parametrize(("language", "text", "expected"), DANGER + GUARDED)
def test_a_danger_of_the_same_shape_keeps_its_priority(
    lexicon: Lexicon,
    rules: TriageRules,
    learned: LearnedModel,
    language: str,
    text: str,
    expected: str,
) -> None:
    assert priority(text, lexicon, rules, learned) == expected, language


@pytest.mark.parametrize(("language", "text"), HARMLESS)
def test_danger_told_after_the_explanation_still_counts(
    lexicon: Lexicon, rules: TriageRules, learned: LearnedModel, language: str, text: str
) -> None:
    """The phrase covers the line before and its own line up to the discovery, never the
    lines after it."""
    danger = next(t for lang, t, p in DANGER if lang == language and p == "emergency")
    assert priority(f"{text}\n{danger}", lexicon, rules, learned) == "emergency", language
