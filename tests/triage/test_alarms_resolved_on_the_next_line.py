"""Alarms told on one line and resolved on the next, in all 17 languages.

"Two men pushed a woman into a van, she was screaming" / "Turned out it was a film shoot, there
were cameras everywhere": a neighbour, a parent or a taxi driver tells what looked like danger,
then what it was. Section 6.16's harmless phrase covers an alarm resolved on the same line;
each language now has the same phrase for a resolution that begins a line, which covers the
line before it too (the group ``line_before``: ``bot.triage.indicators.phrase_start``). What
follows the resolution, and every line further up, still counts, and so do cover stories
("he told the neighbours it was a film shoot") and denials ("it was not a film").

The cases were written in session 35 by three writers who saw no lexicon: per language four
harmless messages of this shape and four dangers of a similar one (a "resolution" that is not
one, a cover story, a denial, danger after the resolution). Listed: the harmless ones the
lexicons and the learned model escalated before and set aside now, and every danger they
escalate, with its priority (none changed). Four dangers were found by neither signal, before
or after. Three are now emergencies: the Bulgarian verb before its object ("набутаха я в черна
кола"), a Russian "ее до сих пор держат там" (still held there), and the European Portuguese
pronoun after the verb ("fecharam-nos numa sala", see
tests/triage/test_pronouns_after_the_verb_and_table_knives.py). One is a gap left for a later
round (docs/triage.md, section 6.20): people in handcuffs put into a van without plates
(Ukrainian).
"""

from __future__ import annotations

import pytest

from bot.triage import LearnedModel, Lexicon, TriageRules
from tests.support.lexicon_codes import priority

# (language, an alarm and its resolution on the next line: escalated before session 35)
HARMLESS = [
    (
        "en",
        "Just saw two guys push a woman into a white van outside Netto on Vesterbro, she was "
        "screaming\n"
        "Turned out it was a film shoot, there was a whole crew with cameras round the corner. "
        "Sorry for the fuss",
    ),
    (
        "en",
        "Heard a woman screaming and banging on the walls next door for ages last night\n"
        "Luckily it was just a surprise birthday party, they were all laughing when I knocked. "
        "Do you know who handles noise complaints?",
    ),
    (
        "en",
        "Taxi driver here. Tonight some lads led a blindfolded man out to my car and pushed "
        "him in the back\n"
        "It was a stag do, he's getting married on Saturday and they were taking him to an "
        "escape room. All good",
    ),
    (
        "da",
        "Så lige to mænd skubbe en kvinde ind i en hvid varevogn ved Nørreport, hun skreg\n"
        "Det viste sig at være en filmoptagelse, der stod et helt filmhold om hjørnet. "
        "Undskyld forstyrrelsen",
    ),
    (
        "ro",
        "Am văzut doi bărbați care împingeau o femeie într-o dubă albă lângă gară, țipa de "
        "mama focului\n"
        "Până la urmă era o filmare, după colț era o echipă întreagă cu camere. Scuze de deranj",
    ),
    (
        "ro",
        "Aseară câțiva tipi au urcat în taxiul meu un bărbat legat la ochi și ținut de brațe\n"
        "Era o petrecere a burlacilor, se însoară sâmbătă și prietenii lui au râs tot drumul",
    ),
    (
        "bg",
        "Видях двама мъже да бутат жена в бял бус до гарата, тя пищеше\n"
        "Оказа се, че снимат филм, зад ъгъла имаше цял екип с камери. Извинявайте за "
        "притеснението",
    ),
    (
        "bg",
        "В съседния апартамент цяла нощ влизат и излизат мъже, вече цяла седмица\n"
        "Оказа се, че са просто туристи, хазяинът го дава под наем в Airbnb. Трябва ли все пак "
        "да съобщя някъде?",
    ),
    (
        "hu",
        "Láttam, ahogy két férfi betuszkol egy nőt egy fehér furgonba a pályaudvar mellett, "
        "sikított\n"
        "Kiderült, hogy filmforgatás volt, a sarkon túl ott volt az egész stáb kamerákkal. "
        "Bocsánat a zavarásért",
    ),
    (
        "hu",
        "Az éjjel pár srác egy bekötött szemű férfit ültetett be a taximba\n"
        "Legénybúcsú volt, szombaton nősül, a haverjai egész úton röhögtek",
    ),
    (
        "lt",
        "Mačiau, kaip du vyrai įstūmė moterį į baltą mikroautobusą prie stoties, ji rėkė\n"
        "Pasirodo, tai buvo filmavimas, už kampo stovėjo visa filmavimo grupė su kameromis. "
        "Atsiprašau, kad sutrukdžiau",
    ),
    (
        "lt",
        "Į kaimyninį butą visą naktį ateina ir išeina vyrai, jau savaitę\n"
        "Pasirodo, ten tiesiog turistai, savininkas butą nuomoja per Airbnb. Ar vis tiek "
        "reikėtų kam nors pranešti?",
    ),
    (
        "lt",
        "Iš mūsų namo rūsio kas vakarą girdisi riksmai ir daužymas\n"
        "Laimei, tai tik grupės repeticija, vaikinai ten groja metalą. Kur galima skųstis dėl "
        "triukšmo?",
    ),
    (
        "pl",
        "Widziałam, jak dwóch facetów wpycha kobietę do białego busa pod sklepem\n"
        "Okazało się, że kręcili film, stała kamera i cała ekipa. Przepraszam za zamieszanie",
    ),
    (
        "pl",
        'Jestem taksówkarzem. Wiozłem dziewczyny, które krzyczały przez okno "zamknęli nas, '
        'ratunku"\n'
        "To był wieczór panieński, jechały do escape roomu i się wygłupiały. Czy mam zgłaszać "
        "takie rzeczy?",
    ),
    (
        "cs",
        "Viděla jsem, jak nesou po ulici holku přivázanou k židli\n"
        "Ukázalo se, že to byla rozlučka se svobodou, všichni se smáli. Promiňte",
    ),
    (
        "uk",
        "Бачила, як жінку заштовхали в білий бус біля вокзалу\n"
        "Виявилося, що це були зйомки фільму, там стояли камери. Вибачте за турботу",
    ),
    (
        "ru",
        "Только что видела, как женщину затолкали в белый фургон у вокзала, она кричала\n"
        "Оказалось, кино снимали, за углом стояли камеры и вся съемочная группа",
    ),
    (
        "ru",
        "У соседей за стенкой всю ночь стук и девчонки орут «нас заперли, выпустите»\n"
        "Оказалось, они там квест-комнату устроили, играли просто. Извините за беспокойство",
    ),
    (
        "ru",
        "я таксист, вижу у клуба мужика с завязанными глазами ведут к машине\n"
        "оказалось это мальчишник, друзья его так в шутку похитили перед свадьбой",
    ),
    (
        "th",
        "เมื่อกี้เห็นผู้หญิงถูกผลักขึ้นรถตู้หน้าเซเว่น เธอกรีดร้องด้วย ตกใจมาก\n"
        "ที่แท้เขาถ่ายหนังกันอยู่ มีกล้องกับทีมงานอยู่ฝั่งตรงข้าม",
    ),
    (
        "tl",
        "Taxi driver po ako, may lalaking nakapiring na inaakay ng mga kasama niya papunta sa "
        "kotse ko\n"
        "Bachelor party lang pala, trip ng mga barkada niya bago siya ikasal\n"
        "Tanong ko lang po, libre ba tumawag dito?",
    ),
    (
        "zh",
        "刚才看到一个女的被推上一辆白色面包车，她一直在喊\n"
        "原来是在拍电影，街角那边有摄像机和剧组",
    ),
    (
        "zh",
        "隔壁每天半夜都有女生在尖叫「救命，放我出去」\n" "結果是樂團在排練，他們的歌詞就是這樣唱的",
    ),
]

# (language, a danger of a similar shape, its priority)
DANGER = [
    (
        "en",
        "My friend stopped answering, her last text said they won't let her leave the flat\n"
        "Turned out the boss sold her to another man in Aarhus, she just wrote me from a "
        "strange number",
        "emergency",
    ),
    (
        "en",
        'Girls in the flat below us are shouting "they locked us in, help" every night\n'
        "The man who rents it told the neighbours it's a film shoot but there are no cameras, "
        "only men coming and going",
        "emergency",
    ),
    (
        "en",
        "I just saw a girl tied to a chair being carried down the street in Nørrebro\n"
        "It was not a film, no cameras anywhere, they threw her into a black car and drove off",
        "emergency",
    ),
    (
        "en",
        "Heard men shouting and a girl screaming in the house they brought us to near "
        "Roskilde\n"
        "Turned out it was a birthday party - but now the men from the party locked us in a "
        "room and took our phones\n"
        "I'm writing from my friend's hidden phone, what do I do",
        "emergency",
    ),
    (
        "da",
        "Min kusine kom til Danmark for at gøre rent på et hotel og nu græder hun hver gang "
        "hun ringer\n"
        "Det viste sig at chefen har taget hendes pas og siger hun skylder dem 5000 euro før "
        "hun må tage hjem",
        "high",
    ),
    (
        "da",
        'Pigerne i lejligheden under mig råber "de har låst os inde" om natten\n'
        "Manden der har lejligheden siger til naboerne at det er en fest, men jeg hører ham "
        "slå dem",
        "emergency",
    ),
    (
        "da",
        "jeg så lige en pige bundet til en stol blive båret ned ad gaden på Vesterbro\n"
        "det var IKKE en film, der var ingen kameraer, de smed hende ind i en sort bil",
        "emergency",
    ),
    (
        "da",
        "Der var mænd der råbte og en pige der skreg på det hotel hvor vi bor\n"
        "Det viste sig at være en fødselsdagsfest – men nu har mændene fra festen låst os inde "
        "på et værelse og taget vores telefoner",
        "emergency",
    ),
    (
        "ro",
        "Prietena mea a plecat cu un tip în Danemarca și de o săptămână nu mai răspunde\n"
        "S-a dovedit că șeful de la așa-zisa muncă a vândut-o altui bărbat, mi-a scris de pe "
        "un număr străin",
        "emergency",
    ),
    (
        "ro",
        "Fetele din apartamentul de sub mine strigă noaptea „ne-au încuiat înăuntru”\n"
        "Proprietarul le-a zis vecinilor că e o filmare, dar nu e nicio cameră, doar bărbați "
        "care vin și pleacă",
        "emergency",
    ),
    (
        "ro",
        "am vazut o fata legata de un scaun carata pe strada in Norrebro\n"
        "nu era nicio filmare, nu erau camere nicaieri, au bagat-o intr-o masina neagra si au "
        "plecat",
        "emergency",
    ),
    (
        "ro",
        "Ne-au adus într-o casă lângă Odense, se aud țipete și bărbați care urlă\n"
        "S-a dovedit că era o zi de naștere – dar acum bărbații de la petrecere ne-au încuiat "
        "într-o cameră și ne-au luat telefoanele",
        "emergency",
    ),
    (
        "bg",
        "Братовчедка ми замина за Дания да работи в ресторант и сега плаче всеки път като се "
        "обади\n"
        "Оказа се, че шефът ѝ е взел паспорта и казва, че му дължи 5000 евро",
        "high",
    ),
    (
        "bg",
        "Момичетата в апартамента под мен викат нощем „заключиха ни, помощ“\n"
        "Мъжът, който държи апартамента, казва на съседите, че снимали филм, но камери няма, "
        "само мъже влизат и излизат",
        "emergency",
    ),
    (
        "bg",
        "Доведоха ни в къща край Колдинг, чуват се писъци\n"
        "Оказа се, че е парти за рожден ден, но сега мъжете от партито ни заключиха в стая и "
        "ни взеха телефоните\n"
        "Пиша от скрит телефон, какво да правя",
        "emergency",
    ),
    (
        "hu",
        "A barátnőm napok óta nem válaszol, az utolsó üzenete az volt, hogy nem engedik el\n"
        "Kiderült, hogy a főnöke eladta egy másik férfinak, most írt egy idegen számról",
        "emergency",
    ),
    (
        "hu",
        "A szomszéd lányt a férje minden éjjel veri, hallom, ahogy sikít\n"
        "A szomszédoknak azt mondja, hogy csak filmet néznek hangosan, de tegnap láttam a kék "
        "foltokat a karján",
        "emergency",
    ),
    (
        "hu",
        "Láttam, ahogy egy székhez kötözött lányt visznek végig az utcán\n"
        "Nem filmforgatás volt, sehol egy kamera, betuszkolták egy fekete autóba",
        "emergency",
    ),
    (
        "hu",
        "Egy házba vittek minket Aarhus mellett, sikoltozást hallok\n"
        "Kiderült, hogy szülinapi buli – de most a buliban lévő férfiak bezártak minket egy "
        "szobába és elvették a telefonjainkat",
        "emergency",
    ),
    (
        "lt",
        "Mano pusseserė atvažiavo į Daniją dirbti valytoja, dabar verkia kiekvieną kartą, kai "
        "paskambina\n"
        "Pasirodo, šefas atėmė jos pasą ir sako, kad ji jiems skolinga 5000 eurų",
        "high",
    ),
    (
        "lt",
        "Bute po mumis merginos naktimis šaukia „mus uždarė, padėkit“\n"
        "Vyras, kuris nuomoja butą, kaimynams sako, kad čia filmavimas, bet jokių kamerų nėra, "
        "tik vyrai ateina ir išeina",
        "emergency",
    ),
    (
        "lt",
        "Mačiau, kaip gatve nešė merginą, pririštą prie kėdės\n"
        "Tai nebuvo filmas, jokių kamerų nebuvo, ją įgrūdo į juodą mašiną",
        "emergency",
    ),
    (
        "lt",
        "Mus atvežė į namą prie Odensės, girdžiu riksmus\n"
        "Pasirodo, tai gimtadienio vakarėlis, bet dabar vyrai iš vakarėlio užrakino mus "
        "kambaryje ir atėmė telefonus",
        "emergency",
    ),
    (
        "fr",
        "Mon amie est venue au Danemark avec un homme qui lui avait promis un travail dans un "
        "restaurant\n"
        "En fait le patron l'a vendue à un autre homme et maintenant elle doit lui rembourser "
        "5000 euros",
        "emergency",
    ),
    (
        "fr",
        "Ils nous ont enfermées dans l'appartement et ils ont pris nos passeports\n"
        "Ils ont dit aux voisins que c'était juste une fête, personne ne vient. aidez nous svp",
        "emergency",
    ),
    (
        "fr",
        "J'ai vu des hommes porter dans la rue une fille attachée à une chaise jusqu'à un "
        "immeuble\n"
        "Ce n'était pas un tournage, il n'y avait aucune caméra et elle est toujours enfermée "
        "là-bas, je l'entends pleurer",
        "emergency",
    ),
    (
        "fr",
        "Mon copain m'a emmenée à une soirée chez des gens que je ne connais pas, j'avais "
        "peur\n"
        "Finalement c'était bien un anniversaire, mais maintenant les hommes nous ont "
        "enfermées dans une chambre et ont pris nos téléphones",
        "emergency",
    ),
    (
        "es",
        "A mi prima la trajeron a Dinamarca para trabajar de camarera\n"
        "Resulta que le quitaron el pasaporte y dicen que les debe 5000 euros, no la dejan "
        "salir del piso",
        "high",
    ),
    (
        "es",
        "Mi vecino le pega a su mujer y la encierra en casa, la oigo llorar cada noche\n"
        "Él les dice a todos que son ensayos de teatro, pero ella tiene moratones y nunca sale "
        "sola. ¿Qué hago?",
        "emergency",
    ),
    (
        "es",
        "He visto a unos hombres meter en un coche a una mujer con los ojos vendados\n"
        "No era ninguna despedida ni ninguna broma, ella lloraba y pedía ayuda, se fueron "
        "hacia el polígono hace 10 minutos",
        "emergency",
    ),
    (
        "es",
        "Nos llevaron a lo que decían que era una fiesta de cumpleaños en un chalet\n"
        "Al final sí era un cumpleaños, pero ahora los hombres nos han encerrado en una "
        "habitación y nos han quitado los móviles",
        "emergency",
    ),
    (
        "pt",
        "A minha amiga veio para a Dinamarca trabalhar nas limpezas\n"
        "Afinal o patrão vendeu-a a outro homem e agora ela não pode sair de casa, mandou-me "
        "mensagem às escondidas",
        "high",
    ),
    (
        "pt",
        "Fecharam-nos à chave numa casa, somos 4 raparigas, tiraram-nos os passaportes\n"
        "Disseram aos vizinhos que é uma despedida de solteira para ninguém desconfiar. Tenho "
        "muito medo",
        "high",
    ),
    (
        "pt",
        "Meu amigo não responde há 5 dias, o chefe dele disse que ele foi pro hospital\n"
        "Não estava em hospital nenhum, liguei pra todos e ninguém sabe dele, e o chefe ficou "
        "com o passaporte dele",
        "high",
    ),
    (
        "pl",
        "Moja przyjaciółka pojechała do Danii do pracy w szklarni\n"
        "Okazało się, że zabrali jej paszport i mówią, że jest im winna 5000 euro, musi to "
        "odpracować",
        "high",
    ),
    (
        "pl",
        "Sąsiad bije swoją dziewczynę i zamyka ją w mieszkaniu, słyszę przez ścianę jak "
        "płacze\n"
        "Sąsiadom mówi, że to próby do filmu, ale ona nigdy nie wychodzi z domu",
        "emergency",
    ),
    # A possible victim until session 54, when the model trained on the look-alikes read the
    # blindfolded man led to the car as being held: beaten and driven off, he is being taken
    # somewhere by force now, an emergency by the blind sets' own brief (docs/triage.md,
    # section 6.36).
    (
        "pl",
        "Widziałem, jak prowadzili do samochodu mężczyznę z zawiązanymi oczami\n"
        "To nie był żaden wieczór kawalerski, pobili go i odjechali, mam numer rejestracyjny",
        "emergency",
    ),
    (
        "pl",
        "Koleżanka zabrała mnie na imprezę do jakiegoś domu za miastem\n"
        "Okazało się, że to faktycznie urodziny, ale teraz faceci zamknęli nas w pokoju i "
        "zabrali telefony. Piszę z ukrytego telefonu",
        "emergency",
    ),
    (
        "cs",
        "Moje sestra odjela do Dánska za prací v hotelu\n"
        "Ukázalo se, že ji šéf prodal jinému muži a ona teď nemůže odejít, píše mi jen potajmu",
        "high",
    ),
    (
        "cs",
        "Zavřeli nás v bytě, jsme tři holky a vzali nám pasy\n"
        "Sousedům řekli, že je to večírek, a nikdo nic neřeší. Prosím pomozte",
        "emergency",
    ),
    (
        "cs",
        "Ze sousedního bytu jsem slyšela ženu křičet o pomoc\n"
        "Nebyl to žádný film ani hra, pořád je tam zavřená a chodí tam další muži",
        "emergency",
    ),
    (
        "cs",
        "Šly jsme s kamarádkou na koncert, lístky nám sehnal jeden chlap\n"
        "Byl to opravdu festival, ale teď nás ten chlap zavřel v dodávce a vzal nám telefony",
        "emergency",
    ),
    (
        "uk",
        "Моя подруга поїхала в Данію працювати на фермі\n"
        "Виявилося, що в неї забрали паспорт і кажуть, що вона винна 5000 євро, і не "
        "випускають її з території",
        "high",
    ),
    (
        "uk",
        "Сусід б'є свою дружину і замикає її вдома\n"
        "Він усім каже, що це репетиція гурту, але я чую, як вона плаче і просить допомоги",
        "emergency",
    ),
    (
        "uk",
        "Нас привезли на вечірку в якийсь будинок за містом\n"
        "Виявилось, що це справді день народження, але тепер чоловіки замкнули нас у кімнаті й "
        "забрали телефони",
        "emergency",
    ),
    (
        "ru",
        "Подруга уехала в Данию работать на ферме, неделю не выходила на связь\n"
        "Оказалось, хозяин продал ее другому мужчине, она пишет мне тайком ночью",
        "emergency",
    ),
    (
        "ru",
        "Нас заперли в квартире, паспорта и телефоны забрали, выходить не дают\n"
        "Хозяин сказал соседям, что у нас тут просто вечеринка, поэтому никто не приходит",
        "emergency",
    ),
    (
        "ru",
        "Мою подругу какие-то мужчины посадили в машину, я очень испугалась\n"
        "Оказалось, это был сюрприз на день рождения, но сейчас мужчины с этой вечеринки "
        "заперли нас в комнате и забрали телефоны, пишу с чужого",
        "emergency",
    ),
    (
        "th",
        "น้องสาวมาทำงานร้านนวดที่เดนมาร์ก ไม่ติดต่อมาเป็นอาทิตย์แล้ว\n"
        "ปรากฏว่านายจ้างยึดพาสปอร์ตไป แล้วบอกว่าน้องติดหนี้ 5000 ยูโร ไม่ให้ไปไหน",
        "high",
    ),
    (
        "th",
        "พวกเขาล็อกพวกเราไว้ในบ้าน ไม่ให้ออกไปไหน ยึดพาสปอร์ตไปหมด\n"
        "เขาบอกเพื่อนบ้านว่าเป็นปาร์ตี้ ใครได้ยินเสียงก็ไม่สนใจ ช่วยด้วยค่ะ",
        "emergency",
    ),
    (
        "th",
        "เห็นผู้หญิงถูกมัดกับเก้าอี้แล้วหามไปตามถนน เข้าบ้านหลังสีเทา\n"
        "ไม่ใช่การถ่ายหนังนะ ไม่มีกล้องเลย เธอยังถูกขังอยู่ในบ้านหลังนั้น",
        "emergency",
    ),
    (
        "th",
        "เพื่อนๆ ปิดตาฉันแล้วพาขึ้นรถไป ตกใจมาก\n"
        "ที่แท้ก็เป็นงานเซอร์ไพรส์วันเกิดจริงๆ แต่ตอนนี้ผู้ชายในงานล็อกห้องขังพวกเราไว้ "
        "ยึดโทรศัพท์ไปหมด แอบใช้เครื่องเพื่อนพิมพ์อยู่",
        "emergency",
    ),
    (
        "tl",
        "Yung pinsan ko pumunta sa Denmark para mag-au pair, isang linggo nang di "
        "nagme-message\n"
        "Yun pala kinuha ng amo yung passport niya at may utang daw siyang 5000 euro, hindi "
        "siya pinapalabas",
        "high",
    ),
    (
        "tl",
        "Kinulong kami dito sa bahay, hindi kami pinapalabas, kinuha pa mga cellphone namin\n"
        "Sinasabi nila sa mga kapitbahay na party lang daw kaya walang pumapansin. Tulong po",
        "emergency",
    ),
    (
        "tl",
        "May nakita akong babae na nakatali sa upuan, binuhat siya papasok sa bahay sa kanto\n"
        "Hindi yun shooting, walang camera, nakakulong pa rin siya dun hanggang ngayon",
        "emergency",
    ),
    (
        "tl",
        "Sinundo kami ng mga lalaki sakay ng van, akala ko kinikidnap kami\n"
        "Birthday surprise pala talaga, pero ngayon kinandado nila kami sa kwarto at kinuha "
        "mga phone namin, buti may naitago akong isa",
        "emergency",
    ),
    (
        "vi",
        "Em gái tôi sang Đan Mạch làm nail, cả tuần nay không liên lạc được\n"
        "Hóa ra ông chủ đã bán nó cho một người đàn ông khác, nó lén nhắn tin cho tôi",
        "high",
    ),
    (
        "vi",
        "Ho nhot bon em trong xuong, khong cho ra ngoai, giu het ho chieu\n"
        "Ho noi voi hang xom la dang quay phim nen ai nghe tieng la cung khong de y",
        "emergency",
    ),
    (
        "vi",
        "Bạn tôi nói đi chơi escape room, từ hôm qua không liên lạc được\n"
        "Không phải escape room gì cả, nó vừa nhắn là bị nhốt thật trong một căn hộ, có người "
        "canh cửa",
        "emergency",
    ),
    (
        "vi",
        "Tụi em được chủ chở đi làm, không biết đi đâu, điện thoại bị thu\n"
        "Hóa ra đúng là đi làm ở lễ hội âm nhạc, nhưng giờ họ khóa bọn em trong phòng và lấy "
        "hết hộ chiếu rồi",
        "emergency",
    ),
    (
        "zh",
        "我表妹来丹麦打工，一个星期没消息了\n"
        "结果是老板拿走了她的护照，还说她欠他们五万克朗，不让她走",
        "high",
    ),
    (
        "zh",
        "我们被锁在房子里出不去，手机也被收了\n" "他们跟邻居说是在开派对，所以没人管我们",
        "emergency",
    ),
    (
        "zh",
        "看到一个女孩被绑在椅子上抬着过马路，进了对面那栋房子\n"
        "不是拍电影，根本没有摄像机，她现在还被关在里面",
        "emergency",
    ),
    (
        "zh",
        "有几个男人把我朋友眼睛蒙上带上车了\n"
        "原来真的是生日惊喜，但是现在派对上的男人把我们锁在房间里，手机都被拿走了，我用藏起来的手机发的",
        "emergency",
    ),
    (
        "bg",
        "Видях момиче, вързано за стол, да го носят по улицата\n"
        "Не беше филм, нямаше никакви камери, набутаха я в черна кола",
        "emergency",
    ),
    (
        "ru",
        "Видел, как девушку привязанную к стулу несли по улице в дом напротив\n"
        "Это были не съемки, никаких камер нет, ее до сих пор держат там, я слышу крики",
        "emergency",
    ),
    (
        "pt",
        "Um homem levou-nos a uma escape room, disse que era um presente\n"
        "Afinal era mesmo uma escape room, mas agora os donos fecharam-nos numa sala, "
        "tiraram-nos os telemóveis e dizem que temos de trabalhar para pagar",
        "emergency",
    ),
]


@pytest.mark.parametrize(("language", "text"), HARMLESS)
def test_an_alarm_resolved_on_the_next_line_escalates_nothing(
    lexicon: Lexicon, rules: TriageRules, learned: LearnedModel, language: str, text: str
) -> None:
    assert priority(text, lexicon, rules, learned) in ("none", "normal"), language


@pytest.mark.parametrize(("language", "text", "expected"), DANGER)
def test_a_danger_of_a_similar_shape_keeps_its_priority(
    lexicon: Lexicon,
    rules: TriageRules,
    learned: LearnedModel,
    language: str,
    text: str,
    expected: str,
) -> None:
    assert priority(text, lexicon, rules, learned) == expected, language


@pytest.mark.parametrize(("language", "text"), HARMLESS)
def test_danger_told_after_the_resolution_still_counts(
    lexicon: Lexicon, rules: TriageRules, learned: LearnedModel, language: str, text: str
) -> None:
    """The phrase covers the line before and its own line up to the event, never the lines
    after it."""
    danger = next(t for lang, t, p in DANGER if lang == language and p == "emergency")
    assert priority(f"{text}\n{danger}", lexicon, rules, learned) == "emergency", language
