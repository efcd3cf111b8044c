"""Hard work told as chosen and paid, in all 17 languages.

"Picking strawberries 6am to 8pm, 7 days, feels like a labour camp" / "but the overtime is on
my payslip at double rate"; a mother whose son works "like a slave, 12 hours a day" as a cook,
"but he has a contract, is in the union and the overtime is paid". Each language has a harmless
phrase, for weak signs and wages only, over the whole line that names the choice or the pay
(paid double, on the payslip, asked for the overtime himself, his own business, the union; not
"volunteer", which is how unpaid farm work is sold: development set 18's "savanoriauju ūkyje
..., nieko nemoka, o išvažiuot negaliu" stays a possible victim), and over the line before when
it comes in the first 100 characters of the next. Being held, threats, papers and debts still
count; and the phrase stands down for a boss, a blow, a lock, a debt, papers, the police, help,
clients, force or fear in any language on the line (word lists keeper, violent, locking and
the new held), an age under 18, and anyone's "said" or a negation after the choice ("they say
overtime is paid double, but it never comes"; in Czech and Lithuanian also the prefix, "nemoka",
pays nothing).

The cases were written in session 39 by three writers who saw no lexicon: per language four
harmless messages of this shape, three possible victims and one emergency in the same setting
(overtime "voluntary" on pain of losing the bed, a contract that says one thing, papers with
the boss, a debt that grows, a worker collapsed from the heat). The lexicons alone escalated 4
of the 68 harmless ones, the learned model with them 23: it reads pay and long days as wages
withheld. Listed: the 9 the two escalated before and set aside now (14 stay escalated, most
because the model reads "like slaves" as debt or threats, or the line shows the passport that
is with him), and every danger they escalate, with its priority (none changed). One possible
victim is found by neither, before or after: a Bulgarian farm worker whose overtime is
"voluntary" but refused at the cost of the job and the bed (docs/triage.md, section 6.24).
"""

from __future__ import annotations

import pytest

from bot.triage import LearnedModel, Lexicon, TriageRules
from tests.support.lexicon_codes import priority

# (language, hard work told as chosen and paid: escalated before session 39)
HARMLESS = [
    (
        "en",
        (
            "my mate started his own roofing firm in Aarhus and basically lives on "
            "the building site, sleeps in the van some nights, no days off since "
            "march\n"
            "its his own company tho and hes making good money, I just think hes "
            "gonna burn out"
        ),
    ),
    (
        "bg",
        (
            "Синът ми е на риболовен кораб от Хиртсхалс, казва че работят като роби "
            "по 16 часа. Но има договор, заплатата е добра и той сам си го избра, "
            "звъни ми всяка вечер. Нормално ли е това там?"
        ),
    ),
    (
        "hu",
        (
            "a kollegam a raktarban karacsonyig minden hetveget bevallalt, "
            "reggeltol estig. O kerte, dupla oraber, de szerintem tonkre megy bele"
        ),
    ),
    (
        "lt",
        (
            "Dirbu zvejybos laive is Hanstholmo, pamainos po 12 val, jau 3 savaites "
            "be laisvos dienos. Pats pasirasiau ant tokio grafiko, moka pagal "
            "kolektyvine sutarti ir uzdirbu gerai. Tiesiog pavargau 😴"
        ),
    ),
    (
        "fr",
        (
            "Salut, je bosse 12h par jour à la récolte des fraises près d'Odense, "
            "pas un jour de repos jusqu'à fin juillet.\n"
            "C'est crevant mais c'est la saison, j'ai demandé les heures sup, elles "
            "sont payées double et tout est sur la fiche de paie. Juste pour "
            "savoir, y a une limite légale ici ?"
        ),
    ),
    (
        "fr",
        (
            "Bonjour, mon fils fait son service militaire à Skive, il dit que c'est "
            "un vrai camp de travail, debout à 5h, marches de nuit, pas de week-end "
            "ce mois-ci.\n"
            "Mais c'est lui qui l'a choisi, il est payé et il rentre le mois "
            "prochain. Je m'inquiète quand même un peu, c'est normal tout ça ?"
        ),
    ),
    (
        "es",
        (
            "mi hijo está en la construcción en Aarhus y lo hacen trabajar como un "
            "esclavo, 12 horas diarias. pero dice que es solo hasta que terminen la "
            "obra antes de navidad, tiene contrato, está en el sindicato 3F y le "
            "pagan todas las horas. yo igual me preocupo, es normal?"
        ),
    ),
    (
        "vi",
        (
            "Anh trai tôi làm ở lò mổ Danish Crown ở Horsens, mùa Giáng sinh làm "
            "như nô lệ, ca 12 tiếng, cả thứ bảy.\n"
            "Nhưng ảnh tự đăng ký tăng ca, được trả gấp đôi, ghi rõ trên phiếu "
            "lương, có hợp đồng và công đoàn. Tôi chỉ lo sức khỏe của ảnh thôi"
        ),
    ),
    (
        "zh",
        (
            "我女儿在欧登塞医院当护士，圣诞前连着两周上双班，一天都没休，我看着心疼。\n"
            "她说合同写得清清楚楚，加班费都有，还有工会，过完节就休三周假"
        ),
    ),
]

DANGER = [
    (
        "en",
        (
            "I work in a restaurant in Copenhagen 12-14 hours, 6 days. Contract "
            "says 37 hours and 160 kr an hour but I get 8000 kr a month cash and "
            'the overtime is never paid. Boss keeps my passport "for safekeeping"'
        ),
        "high",
    ),
    (
        "en",
        (
            "my cousin is on a farm near Ringkobing. they say the extra hours are "
            "voluntary but if he says no the boss says he loses the job and the bed "
            "in the container. and he owes the agency for the flight and it just "
            "keeps growing"
        ),
        "high",
    ),
    (
        "en",
        (
            "Im au pair in Gentofte, I clean and cook from 6 til 23 every day, no "
            "free day. I get 1500 kr not what the contract says. The family has my "
            "passport and says I cant leave before I pay back the ticket"
        ),
        "high",
    ),
    (
        "en",
        (
            "please help we are at a greenhouse outside Odense, my friend collapsed "
            "from the heat after 15 hours, hes barely breathing\n"
            "the boss wont let us call a doctor or ambulance. what do I do"
        ),
        "emergency",
    ),
    (
        "da",
        (
            "Min nabo er fra Rumænien og arbejder i en bilvask i Herning. Han siger "
            "han arbejder 7 dage om ugen 12 timer og får kun 5000 kr. Chefen har "
            "hans pas og han skylder bureauet penge for boligen, og gælden bliver "
            "bare større"
        ),
        "high",
    ),
    (
        "da",
        (
            "jeg arbejder på en gård på Lolland, kontrakten siger 37 timer men vi "
            "arbejder 70 og overtiden bliver aldrig betalt. hvis vi siger nej siger "
            "chefen at vi mister jobbet og sengen i barakken"
        ),
        "high",
    ),
    (
        "da",
        (
            "Min veninde er au pair i Hellerup. Hun arbejder fra tidlig morgen til "
            "sent om aftenen uden fridage, familien har taget hendes pas og hun "
            "siger hun ikke kan komme derfra"
        ),
        "high",
    ),
    (
        "da",
        (
            "HJÆLP vi er låst inde i køkkenet på restauranten i Aalborg, chefen har "
            "låst døren og taget vores telefoner. skriver fra en kollegas gamle "
            "telefon\n"
            "han slog min ven for lidt siden"
        ),
        "emergency",
    ),
    (
        "ro",
        (
            "Fratele meu e la o ferma langa Esbjerg. Lucreaza 14 ore pe zi si orele "
            "in plus nu i le plateste nimeni. Seful i-a luat pasaportul si zice ca "
            "i-l da inapoi cand plateste datoria la agentie, care creste in fiecare "
            "luna"
        ),
        "high",
    ),
    (
        "ro",
        (
            "lucrez la un restaurant in Copenhaga. in contract scrie 160 kr pe ora "
            "dar primesc vreo 40 si platesc chirie la patron. zice ca orele peste "
            "program sunt voluntare dar daca nu raman pierd si lucrul si patul"
        ),
        "high",
    ),
    (
        "ro",
        (
            "Suntem la o ferma de porci in Iutlanda, nu avem voie sa plecam de la "
            "ferma, seful ne duce doar o data pe luna la magazin. N-am primit "
            "salariul de 2 luni"
        ),
        "high",
    ),
    (
        "ro",
        (
            "Ajutor, seful il bate acum pe colegul meu in curtea fermei pentru ca a "
            "cerut banii pe orele suplimentare. Suntem langa Ringkøbing si nu avem "
            "unde fugi"
        ),
        "emergency",
    ),
    (
        "bg",
        (
            "Мъжът ми работи в автомивка в Орхус по 13 часа на ден, 7 дни. Обещаха "
            "18000 кр, а му дават 4000 в брой. Шефът държи паспорта му и казва че "
            "дължи пари на агенцията за път и квартира"
        ),
        "high",
    ),
    (
        "bg",
        (
            "Брат ми работи на строеж в Копенхаген, не го пускат да излиза от "
            "обекта, спи там. Дългът към посредника расте всеки месец и не може да "
            "си тръгне"
        ),
        "high",
    ),
    (
        "bg",
        (
            "Моля помогнете, колежката ми припадна в оранжерията от жегата и не "
            "отговаря, а шефът казва без лекар и без линейка. Намираме се край "
            "Оденсе"
        ),
        "emergency",
    ),
    (
        "hu",
        (
            "A férjem egy farmon dolgozik Ringkøbing mellett, napi 14 órát, a "
            "túlórát soha nem fizetik ki. A főnök elvette az útlevelét és azt "
            "mondja addig nem mehet el amíg ki nem fizeti a tartozást az "
            "ügynökségnek"
        ),
        "high",
    ),
    (
        "hu",
        (
            "Takarítok egy hotelben Billundban. A szerződésben 140 korona óránként "
            "van, de kb. 50-et kapok. Azt mondják a túlóra önkéntes, de ha nem "
            "maradok, elveszítem a munkát és az ágyat a szálláson"
        ),
        "high",
    ),
    (
        "hu",
        (
            "Au pair vagyok Hellerupban, reggel 6-tól éjfélig takarítok és vigyázok "
            "a gyerekekre, nincs szabadnapom. A család elvette az útlevelemet és "
            "nem engednek el"
        ),
        "high",
    ),
    (
        "hu",
        (
            "Segítség, a főnök bezárt minket a műhelybe Vejlében és elvette a "
            "telefonjainkat, egy eldugott telefonról írok. Nincs víz és nagyon "
            "meleg van"
        ),
        "emergency",
    ),
    (
        "lt",
        (
            "Dirbu ukyje prie Ringkobingo, sutartyje parasyta 37 valandos, o dirbam "
            "70 ir virsvalandziu niekas nemoka. Bosas pasake, kad jei skusimes, "
            "neteksim ir darbo, ir lovos"
        ),
        "high",
    ),
    (
        "lt",
        (
            "Mano brolis dirba automobilių plovykloje Orhuse, darbdavys paėmė jo "
            "pasą ir sako kad jis skolingas agentūrai už kelionę ir būstą. Skola "
            "vis didėja, jis negali išvažiuoti"
        ),
        "high",
    ),
    (
        "lt",
        (
            "Sesuo dirba nagų salone Kopenhagoje nuo 9 iki 22 kasdien, atlyginimo "
            "beveik negauna, gyvena virš salono ir jai neleidžia niekur eiti vienai"
        ),
        "high",
    ),
    (
        "lt",
        (
            "Padėkit, bosas dabar muša mano draugą sandėlyje, nes jis nori išeiti. "
            "Esam ūkyje prie Vejle, bijau kad ir mane sumuš"
        ),
        "emergency",
    ),
    (
        "fr",
        (
            "je travaille dans un resto à Vejle, 6 jours sur 7, 11h par jour. Le "
            'patron dit que les heures sup sont "volontaires" mais si je refuse je '
            "perds le boulot et la chambre au-dessus du resto. Elles sont jamais "
            "payées. je fais quoi ?"
        ),
        "high",
    ),
    (
        "fr",
        (
            "Mon cousin travaille dans une ferme près de Herning, venu par une "
            "agence. Le contrat dit 130 kr de l'heure mais il touche à peine 3000 "
            'kr par mois, l\'agence retient tout pour la "dette" du voyage et du '
            "logement et la dette augmente chaque mois.\n"
            "Le patron a gardé son passeport."
        ),
        "high",
    ),
    (
        "fr",
        (
            "Je suis au pair à Gentofte, je garde les enfants et je fais tout le "
            "ménage de 7h à 22h, pas de jour libre, pas d'argent de poche depuis 2 "
            'mois. Ils ont pris mon passeport "pour le garder en sécurité" et je '
            "peux pas sortir seule. Je sais pas quoi faire"
        ),
        "high",
    ),
    (
        "fr",
        (
            "svp aidez moi mon collègue est tombé dans la serre il fait super chaud "
            "il bouge presque plus\n"
            "le chef refuse d'appeler le médecin il dit qu'on doit continuer. on "
            "est dans une ferme près de Ringkobing"
        ),
        "emergency",
    ),
    (
        "es",
        (
            "Trabajo limpiando oficinas en Copenhague para una empresa, el contrato "
            "dice 37 horas y 140 coronas la hora pero me pagan 60 y trabajo casi 60 "
            "horas. Si me quejo dicen que me mandan de vuelta. El jefe tiene mi "
            "pasaporte."
        ),
        "high",
    ),
    (
        "es",
        (
            "Mi hermano trabaja en un lavadero de coches en Odense. Duerme ahí en "
            "un cuarto con 6 hombres, trabaja de 7 a 21 todos los dias y no le "
            "pagan las horas extra.\n"
            "Le dicen que debe 2000 euros por el viaje y la deuda cada vez es más "
            "grande. No lo dejan irse"
        ),
        "high",
    ),
    (
        "es",
        (
            "estoy en una granja de cerdos cerca de Viborg. nos dijeron que las "
            "horas extra eran voluntarias pero al que dijo que no lo echaron de la "
            "caravana esa misma noche. no nos pagan desde hace 2 meses y no podemos "
            "salir de la granja"
        ),
        "high",
    ),
    (
        "es",
        (
            "ayuda por favor estoy encerrada en el restaurante, el jefe cerró con "
            "llave y se fue, dice que hasta que termine no salgo\n"
            "me pegó hace un rato y me duele mucho. estoy en Esbjerg cerca del "
            "puerto"
        ),
        "emergency",
    ),
    (
        "pt",
        (
            "trabalho numa obra em Aarhus, o contrato diz 160 coroas a hora mas "
            "recebo 50 em dinheiro. trabalho 12h, sábado e domingo também. o chefe "
            "diz que quem reclamar perde a cama no alojamento e vai pra rua"
        ),
        "high",
    ),
    (
        "pt",
        (
            "Meu marido foi trabalhar numa fazenda na Jutlândia por uma agência. "
            "Ele diz que não pode sair da fazenda, pegaram o passaporte dele e a "
            "dívida com a agência só aumenta. Faz 3 meses que ele não manda "
            "dinheiro nenhum"
        ),
        "high",
    ),
    (
        "pt",
        (
            "trabalho num salão de unhas em Copenhague, das 9 às 22 todo dia. me "
            "prometeram salário mas a dona diz que primeiro tenho que pagar a "
            "passagem e o quarto, e essa conta nunca acaba. nao tenho dinheiro "
            "nenhum"
        ),
        "high",
    ),
    (
        "pt",
        (
            "por favor ajuda, minha irmã desmaiou no hotel onde a gente limpa, "
            "trabalhou quase 20h seguidas. tá no chão respirando mal e o gerente "
            "não deixa chamar médico, diz que é preguiça. hotel em Copenhague perto "
            "da estação central"
        ),
        "emergency",
    ),
    (
        "pl",
        (
            "Pracuję w myjni samochodowej w Odense. Szef mówi że nadgodziny są "
            "dobrowolne, ale kto odmówi traci pracę i łóżko w kontenerze. Za "
            "nadgodziny nigdy nie zapłacił. Nie wiem co robić"
        ),
        "high",
    ),
    (
        "pl",
        (
            "mój brat pracuje na fermie świń koło Viborga przez agencję. W umowie "
            'było 130 koron za godzinę a dostaje może 40, reszta idzie na "dług" za '
            "przyjazd i mieszkanie i ten dług rośnie co miesiąc. Paszport trzyma "
            "szef"
        ),
        "high",
    ),
    (
        "pl",
        (
            "pracuję w hotelu w Skagen przy sprzątaniu, 13 godzin dziennie bez "
            'wolnego. Zabrali mi dokumenty "do rejestracji" i nie oddali. Nie mogę '
            "wyjść poza teren hotelu bez pozwolenia managera"
        ),
        "high",
    ),
    (
        "pl",
        (
            "prosze pomocy szef mnie pobił przed chwilą na budowie bo chciałem "
            "odejść, zamknął nas w kontenerze i nie możemy wyjść\n"
            "budowa koło Kolding przy autostradzie"
        ),
        "emergency",
    ),
    (
        "cs",
        (
            "Pracuju v restauraci v Aalborgu, ve smlouvě mám 37 hodin a 150 korun "
            "na hodinu, ale dělám přes 60 a dostávám hotově asi třetinu. Šéf říká "
            "že jestli se mi to nelíbí, můžu jít, jenže bydlím u něj a nemám kam"
        ),
        "high",
    ),
    (
        "cs",
        (
            "Moje sestra dělá au pair u rodiny v Hellerupu, pracuje od 6 do 23, "
            "nemá volno, nedostává kapesné a rodina jí vzala pas. Nesmí chodit ven "
            "sama. Co mám dělat?"
        ),
        "high",
    ),
    (
        "cs",
        (
            "jsme na farme u Randers, agentura nam rekla ze mame dluh za cestu a "
            "ubytovani a ten dluh porad roste. nemuzem odejit z farmy, sef drzi "
            "nase pasy a prescasy neplati"
        ),
        "high",
    ),
    (
        "cs",
        (
            "prosim pomoc, sef nas zamknul v hale v masokombinatu v Horsens, "
            "nemuzem ven uz od rana, rekl ze nas pusti az bude hotovo a kdo bude "
            "delat problemy ten dostane\n"
            "telefon mam jen ja"
        ),
        "emergency",
    ),
    (
        "uk",
        (
            "Працюю на фермі біля Тістеда через агенцію. Кажуть що понаднормові "
            "добровільні, але хто відмовляється — того виганяють з вагончика і з "
            "роботи. За понаднормові не платять взагалі"
        ),
        "high",
    ),
    (
        "uk",
        (
            "мій брат працює на будівництві в Орхусі, в договорі одна зарплата а "
            'дають втричі менше, решту забирають за житло і "борг" агенції, який '
            "тільки росте. паспорт у бригадира. він боїться що його не відпустять"
        ),
        "high",
    ),
    (
        "uk",
        (
            "Моя донька поїхала au pair до Данії, сім'я в Оденсе. Вона працює з 6 "
            "ранку до півночі, прибирає ще й у їхніх друзів, грошей не дають, "
            "телефон забирають на ніч.\n"
            "Каже, що не може піти, бо документи в них і їй нема куди"
        ),
        "high",
    ),
    (
        "uk",
        (
            "допоможіть, мій друг знепритомнів у полі на спеці, вже пів години "
            "лежить і не відповідає. бригадир не дає викликати лікаря, каже що "
            "прикидається. ми на фермі під Сківе"
        ),
        "emergency",
    ),
    (
        "ru",
        (
            "Работаю на складе в Кёге по 14 часов, сверхурочные ни разу не "
            "заплатили, хотя обещали.\n"
            "Бригадир говорит «это добровольно», но кто отказывается — сразу "
            "увольнение и выселение из общежития. Куда мне жаловаться?"
        ),
        "high",
    ),
    (
        "ru",
        (
            "Брат на ферме возле Рингкёбинга. Хозяин забрал паспорт «на хранение», "
            "долг агентству за дорогу и жильё только растёт, хотя он работает без "
            "выходных.\n"
            "С фермы его не отпускают, говорят сначала отработай"
        ),
        "high",
    ),
    (
        "ru",
        (
            "в договоре 130 крон в час а на руки дают 40 крон наличкой. работаю в "
            "ресторане в Копенгагене каждый день с 10 до 24\n"
            "говорят если не нравится вали, но я им ещё должна за квартиру и билет, "
            "уйти не могу"
        ),
        "high",
    ),
    (
        "ru",
        (
            "Помогите!!! Муж упал в теплице от жары, не встаёт и еле дышит. "
            "Бригадир не даёт вызвать врача, забрал у нас телефоны, пишу с чужого. "
            "Ферма возле Тённера"
        ),
        "emergency",
    ),
    (
        "th",
        (
            "ผมทำงานฟาร์มแถว Ringkobing วันละ 13 ชม. ไม่มีวันหยุด "
            "ค่าโอทีไม่เคยได้สักบาท\n"
            "หัวหน้าบอกถ้าไม่พอใจก็ไปซะ แล้วต้องออกจากที่พักทันที ผมไม่มีที่ไป"
        ),
        "high",
    ),
    (
        "th",
        (
            "เป็นห่วงพี่สาวมากค่ะ ไปทำร้านนวดที่ Aalborg เถ้าแก่เก็บพาสปอร์ตไว้ "
            "บอกว่ายังติดหนี้ค่านายหน้า\n"
            "หนี้เพิ่มขึ้นทุกเดือนทั้งที่ทำทุกวัน ไม่ให้ออกจากร้านคนเดียวด้วย"
        ),
        "high",
    ),
    (
        "th",
        (
            "ในสัญญาเขียนชั่วโมงละ 130 โครน แต่ได้จริงเดือนละไม่ถึง 5000 "
            "หักค่าห้องค่ากินค่ารถหมด\n"
            "อยู่ฟาร์มกลางทุ่ง ไม่มีรถ ออกไปไหนไม่ได้ นายหน้าบอกยังเหลือหนี้อีกเยอะ"
        ),
        "high",
    ),
    (
        "th",
        (
            "ช่วยด้วยค่ะ!! เพื่อนล้มหมดสติในแปลงสตรอว์เบอร์รี่ ตัวร้อนมาก "
            "เรียกไม่ตอบ\n"
            "หัวหน้าไม่ยอมเรียกหมอ บอกให้พักเดี๋ยวก็หาย ตอนนี้อยู่ฟาร์มแถว Skælskør"
        ),
        "emergency",
    ),
    (
        "tl",
        (
            "Au pair ako sa Gentofte. 12 oras ako araw-araw, linis, luto, bantay sa "
            "3 bata, walang day off, hindi binabayaran yung extra.\n"
            "Sabi ng host mom pag nagreklamo ako ipapauwi nila ako at wala na akong "
            "titirhan"
        ),
        "high",
    ),
    (
        "tl",
        (
            "Yung kapatid ko sa farm sa Jutland, kinuha ng amo yung passport nya "
            'para daw "safekeeping". Yung utang nya sa agency palaki nang palaki '
            "kahit walang day off sya.\n"
            "Hindi sya pinapayagang umalis sa farm"
        ),
        "high",
    ),
    (
        "tl",
        (
            "Sa kontrata 140 kr per hour pero 50 kr lang binibigay sakin cash. "
            "Cleaner ako sa hotel sa Copenhagen.\n"
            '"Voluntary" daw ang overtime, pero pag tumanggi ka wala ka nang shift '
            "at palalayasin ka sa kwarto"
        ),
        "high",
    ),
    (
        "tl",
        (
            "Tulong po!! Yung kasama ko sa greenhouse nahimatay sa init, hindi na "
            "gumagalaw. Ayaw tumawag ng supervisor ng doktor, nilock pa kami sa "
            "loob. Malapit sa Odense"
        ),
        "emergency",
    ),
    (
        "vi",
        (
            "Em làm tiệm nail ở Copenhagen, chủ giữ hộ chiếu của em, nói em còn nợ "
            "tiền đưa sang Đan Mạch.\n"
            "Nợ càng ngày càng tăng, làm 12 tiếng mỗi ngày mà không có lương, chỉ "
            "cho ăn với chỗ ngủ"
        ),
        "high",
    ),
    (
        "vi",
        (
            "Hợp đồng ghi 125 kr/giờ mà em chỉ nhận 4000 kr/tháng tiền mặt. Làm nhà "
            "hàng ở Vejle không có ngày nghỉ.\n"
            "Họ nói tăng ca là tự nguyện nhưng không làm thì mất việc và mất chỗ "
            "ngủ luôn"
        ),
        "high",
    ),
    (
        "vi",
        (
            "Em họ tôi làm ở trang trại gần Herning, không được ra khỏi trang trại, "
            "tăng ca chưa bao giờ được trả tiền. Ông chủ nói nếu bỏ đi thì sẽ báo "
            "cảnh sát bắt nó"
        ),
        "high",
    ),
    (
        "vi",
        (
            "Cứu em với, chủ nhà hàng vừa đánh em chảy máu đầu rồi khóa cửa bếp "
            "nhốt em trong này. Em đang ở Aalborg, không ra được"
        ),
        "emergency",
    ),
    (
        "zh",
        (
            "我在按摩店上班，老板把我护照拿走了说帮我保管，中介费的债越滚越多。\n"
            "每天干14个小时，不让我一个人出门"
        ),
        "high",
    ),
    (
        "zh",
        (
            "合同上写每小时130克朗，实际一个月只给我3000现金。在奥尔堡的餐馆干活，没有休息日。\n"
            "老板说加班是自愿的，可是不干就开除，还要把我赶出宿舍"
        ),
        "high",
    ),
    (
        "zh",
        (
            "我表哥在日德兰一个养猪场干活，加班从来不给钱，老板说他还欠机票钱和住宿费，不让他离开农场"
        ),
        "high",
    ),
    (
        "zh",
        (
            "救命！我老公在工地上中暑晕倒了，叫都叫不醒，工头不让叫救护车，说怕被查。在奥胡斯北边的工地"
        ),
        "emergency",
    ),
]
# (language, the same words where the work is not free, its priority)
GUARDED = [
    ("en", "I asked for the extra shifts myself, but now the boss keeps my passport", "high"),
    (
        "en",
        "he works 16 hours a day on the farm\n"
        "he chose this job, but he owes the agency 3000 euro and it keeps growing",
        "high",
    ),
    (
        "en",
        "my daughter works every night at the restaurant until 2, paid double, she is 15",
        "high",
    ),
    (
        "en",
        "they lock him in the container at night\nhe asked for the overtime himself, paid double",
        "emergency",
    ),
    (
        "da",
        "min bror arbejder 14 timer om dagen uden fri, han har selv valgt det, men chefen slår ham",
        "high",
    ),
    ("zh", "我自己要的加班，双倍工资，但是老板把护照拿走了", "high"),
    (
        "es",
        "trabajo 14 horas diarias sin descanso, las pedí yo, pero no me dejan salir de la granja",
        "high",
    ),
    (
        "pl",
        "pracuję po 14 godzin bez wolnego, sam chciałem nadgodziny, ale teraz nie płacą i mam dług "
        "u agencji",
        "high",
    ),
    (
        "ru",
        "работаю по 14 часов без выходных, сам попросил сверхурочные, но паспорт у хозяина и "
        "уйти не могу",
        "high",
    ),
    (
        "vi",
        "em làm 14 tiếng mỗi ngày, tự đăng ký tăng ca, nhưng chủ giữ hộ chiếu và không cho em nghỉ",
        "high",
    ),
    ("lt", "savanoriauju ūkyje, dirbam nuo 6 iki 22, nieko nemoka ir negaliu išvažiuoti", "high"),
    ("lt", "dirbu po 14 valandų, pats prašiau viršvalandžių, bet nemoka jau du mėnesius", "high"),
    (
        "cs",
        "delam 14 hodin denne, prescasy jsem si vzala sama, ale neplati je uz dva mesice",
        "high",
    ),
]


@pytest.mark.parametrize(("language", "text"), HARMLESS)
def test_hard_work_chosen_and_paid_escalates_nothing(
    lexicon: Lexicon, rules: TriageRules, learned: LearnedModel, language: str, text: str
) -> None:
    assert priority(text, lexicon, rules, learned) in ("none", "normal"), language


@pytest.mark.parametrize(("language", "text", "expected"), DANGER + GUARDED)
def test_work_that_is_not_free_keeps_its_priority(
    lexicon: Lexicon,
    rules: TriageRules,
    learned: LearnedModel,
    language: str,
    text: str,
    expected: str,
) -> None:
    assert priority(text, lexicon, rules, learned) == expected, language


@pytest.mark.parametrize(("language", "text"), HARMLESS)
def test_danger_told_after_the_chosen_work_still_counts(
    lexicon: Lexicon, rules: TriageRules, learned: LearnedModel, language: str, text: str
) -> None:
    """The phrase covers its own line and the line before, never the lines after it."""
    danger = next(t for lang, t, p in DANGER if p == "emergency" and lang == language)
    assert priority(f"{text}\n{danger}", lexicon, rules, learned) == "emergency", language
