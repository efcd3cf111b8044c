"""A doctor, the nurses or the ward keep her, told in everyday words, in all 17 languages.

'im at odense hospital after a bike accident' / 'doctor says he won't let me leave until
tomorrow'; 'nie wypuszczają go, dopóki chirurg nie podpisze'. Section 6.25 of docs/triage.md:
the phrase covers the line from its start when the doctor, a nurse, the hospital or the ward
comes before the words that keep her in the same sentence, or after them and 'until', with no
one else, no work and no 'but' between; it runs to the end of the clause (a comma, a dash, the
end of the sentence) or the first boss, agency, pimp, partner or 'but' after them, and it
sets aside danger now too, so a ward called a prison in that clause is the ward's. It never
starts after a boss, an agency, a pimp or a lock, nor at a doctor she is kept from, taken
to or fetched from ('k doktorovi mě nepustí': word list ``to_or_from``), nor after 'after' or
'since' the hospital in any language ('after the hospital they don't let me out': word list
``after``), and never on a line with any language's serious words other than work and a
lock, a blow, a debt, papers, the police, help, clients, force, fear, 'anymore', 'alone' or
the flat (word lists ``violent``, ``held``, ``no_longer``).

The cases were written in session 41 by three writers who saw no lexicon: per language four
harmless messages of this shape, three possible victims and one emergency with a doctor, a
clinic or a hospital in the story (an agency's own 'doctor', a hospital bill added to the
debt, a pimp who does the talking at the clinic, a woman taken from the ward by force).
Listed: the harmless ones the lexicons and the learned model escalated before and set aside
now (8 of 68; 19 stay escalated, most told the other way round without 'until', a ward not
named, or a ward called a prison in the next clause), and every danger with its priority
(none changed: four possible victims are emergencies and 19 are found by the model alone,
before and after). ``GUARDED`` are hand-written dangers of the same shape that a missing
guard would set aside, among them the test failures of a first version.
"""

from __future__ import annotations

import pytest

from bot.triage import LearnedModel, Lexicon, TriageRules
from tests.support.lexicon_codes import priority

# (language, a ward or a doctor keeping her, told in everyday words: escalated before session 41)
HARMLESS = [
    (
        ("en"),
        (
            "ugh the doctor won't let me go home till tomorrow, they want to watch my "
            "heart rate after the op. feel like im in prison lol. can my bf bring me "
            "proper food or is that not allowed?"
        ),
    ),
    (
        ("bg"),
        (
            "Лекарят не ме пуска да си ходя до утре, искат да ме наблюдават след "
            "операцията. Като в затвор съм тук 😅 Може ли гаджето ми да ми донесе "
            "нормална храна?"
        ),
    ),
    (
        ("pl"),
        (
            "Mąż po wypadku samochodowym leży w szpitalu w Esbjergu, nie może wyjść "
            "dopóki chirurg nie podpisze wypisu. Pielęgniarki nie wpuszczają po 20. "
            "Mogę mu przynieść jedzenie z domu?"
        ),
    ),
    (
        ("uk"),
        (
            "Маму поклали в лікарню в Оденсе з високою температурою, медсестри не "
            "пускають відвідувачів після 20:00. Я працюю до 19, можна прийти трохи "
            "пізніше?"
        ),
    ),
    (
        ("ru"),
        (
            "маму положили в больницу в Оденсе, медсестры не пускают посетителей после "
            "20:00. можно хоть зарядку для телефона ей передать?"
        ),
    ),
    (
        ("th"),
        ("หมอยังไม่ให้กลับบ้านเลย บอกต้องนอนดูอาการอีกคืน เบื่อมาก เหมือนติดคุก 555 " "แฟนเอาข้าวมาให้ได้ไหมคะ"),
    ),
    (
        ("th"),
        (
            "เพื่อนคลอดลูกที่ Hvidovre หมอยังไม่ให้ออก ให้รออีกวัน "
            "เพื่อนบ่นว่าโดนขังในวอร์ด 555 จะเอาที่ชาร์จมือถือไปให้ได้ไหมคะ"
        ),
    ),
    (
        ("zh"),
        (
            "朋友出车祸住在Aarhus的医院，外科医生没签字不能离开病房，他天天喊要越狱哈哈"
            "。他还没有丹麦医保卡，费用会很贵吗？"
        ),
    ),
]

# (language, a possible victim or an emergency with a doctor or a hospital in it, its priority)
DANGER = [
    (
        ("en"),
        (
            "I work for a cleaning company in Aarhus. I hurt my back 3 weeks ago but "
            "the boss says no doctor, if I go I lose the job. he still has my passport "
            "from when I arrived. I dont know what to do"
        ),
        ("high"),
    ),
    (
        ("en"),
        (
            "the agency took me to hospital when I got sick on the farm near Herning, "
            "now they say the bill is 18.000 kr and I must work it off. every month "
            "the debt is bigger and I get almost no salary. is this normal in Denmark?"
        ),
        ("high"),
    ),
    (
        ("en"),
        (
            "the man who brought me here took me to a clinic for tests and he did all "
            "the talking, the doctor never asked me anything. after that he took my "
            "health card and my phone, I write from another girls phone. I still have "
            "to see clients every night"
        ),
        ("high"),
    ),
    (
        ("en"),
        (
            "please help im bleeding a lot from my head, he hit me with a bottle and "
            "locked the door, he says no hospital. im in a flat in Vesterbro i dont "
            "know the number"
        ),
        ("emergency"),
    ),
    (
        ("da"),
        (
            "jeg arbejde på gård ved Herning. jeg var på sygehus med min hånd og nu "
            "chef siger jeg skylder 20.000 kr for det og skal arbejde uden løn til det "
            "er betalt. han har mit pas. hvad jeg gøre"
        ),
        ("high"),
    ),
    (
        ("da"),
        (
            "Min nabo er au pair hos en familie i Hellerup. Hun arbejder fra 6 til 22 "
            "hver dag, og da hun brændte sig slemt i køkkenet fik hun ikke lov at "
            "komme på skadestuen. De har også hendes sundhedskort. Er det ok?"
        ),
        ("high"),
    ),
    (
        ("da"),
        (
            "jeg kører ambulance og i går hentede vi en ung kvinde fra en "
            "massageklinik på Vesterbro. en mand fulgte med og svarede på alt for "
            "hende, hun måtte ikke sige et ord og kunne ingen dansk eller engelsk. hun "
            "så skræmt ud og det har ikke sluppet mig"
        ),
        ("emergency"),
    ),
    (
        ("da"),
        (
            "HJÆLP min veninde ligger på gulvet og bløder fra maven, manden der styrer "
            "lejligheden har låst døren og siger ingen må ringe efter en læge. vi er "
            "på Istedgade 3. sal"
        ),
        ("emergency"),
    ),
    (
        ("ro"),
        (
            "Lucrez la o ferma de porci langa Herning. Mi-am taiat mana rau acum 2 "
            "saptamani si seful nu m-a lasat la doctor, zice ca daca merg ma trimite "
            'acasa fara bani. Pasaportul il tine el "sa nu se piarda".'
        ),
        ("high"),
    ),
    (
        ("ro"),
        (
            "Cei de la agentie m-au dus la spital cand am avut febra mare, acum zic ca "
            "le datorez 15.000 de coroane pentru spital si transport si ca se scade "
            "din salariu. Dar salariu n-am primit de 3 luni si datoria tot creste."
        ),
        ("high"),
    ),
    (
        ("ro"),
        (
            "sora mea e in Copenhaga cu un baiat care zice ca e iubitul ei. a fost la "
            "o clinica si el a vorbit tot cu doctorita, ea n-a avut voie sa zica "
            "nimic. de atunci nu o mai lasa sa iasa singura si ii ia telefonul. cred "
            "ca o pune sa stea cu barbati pe bani"
        ),
        ("high"),
    ),
    (
        ("ro"),
        (
            "ajutor!! colega mea a lesinat si pierde mult sange, seful a incuiat "
            "containerul si zice ca nu chemam ambulanta ca nu avem acte. suntem la o "
            "ferma langa Vejle"
        ),
        ("emergency"),
    ),
    (
        ("bg"),
        (
            "Работя в автомивка в Копенхаген. Падна ми нещо тежко на крака, но шефът "
            "каза никакъв доктор, ако отида ме уволнява и пак ще му дължа парите за "
            "квартирата и пътя. Паспортът ми е у него."
        ),
        ("high"),
    ),
    (
        ("bg"),
        (
            "Мъжът, който ме доведе тук, ме заведе на лекар в една клиника, но той "
            "говореше вместо мен, аз само кимах. Сега казва, че му дължа и за прегледа "
            "и трябва да приемам още повече клиенти. Не знам датски."
        ),
        ("high"),
    ),
    (
        ("bg"),
        (
            "след болницата той вече не ме пуска навън сама, казва че било за мое "
            "добро. взе ми телефона и здравната карта, пиша от телефона на друго "
            "момиче. казва че ако избягам ще каже на нашите в България какво правя"
        ),
        ("emergency"),
    ),
    (
        ("bg"),
        (
            "моля помогнете, той ме бие и ми счупи ръката, заключи ме в банята и не ме "
            "пуска до болница. някъде в Есбиерг съм, не знам адреса"
        ),
        ("emergency"),
    ),
    (
        ("hu"),
        (
            "Egy építkezésen dolgozom Odense mellett. Leestem a létráról és nagyon fáj "
            "a vállam, de a főnök azt mondja nincs orvos, különben nem kapom meg a 3 "
            "havi béremet. Az útlevelem is nála van."
        ),
        ("high"),
    ),
    (
        ("hu"),
        (
            'A "közvetítő" küldött egy orvost a szállásra, aki meg se vizsgált '
            "rendesen, csak adott valami gyógyszert. Most azt mondják ezt is "
            "hozzáírják a tartozásomhoz, amit le kell dolgoznom. A tartozás csak nő."
        ),
        ("high"),
    ),
    (
        ("hu"),
        (
            "a húgom Koppenhágában van egy pasival aki szerintem futtatja. kórházba "
            "került és a pasi nem hagyta hogy egyedül beszéljen az orvossal. most "
            "kijött, és nem engedi ki egyedül a lakásból, azt mondja ha lelép az "
            "otthoni családjának baja lesz"
        ),
        ("high"),
    ),
    (
        ("hu"),
        (
            "segítsetek kérem, a barátnőmet most vitte el két férfi a kórházból, "
            "erővel rakták be egy autóba 5 perce, ő sírt és kiabált. Herlev kórház "
            "parkoló, fekete BMW"
        ),
        ("emergency"),
    ),
    (
        ("lt"),
        (
            "Dirbu žuvies fabrike Hirtshalse. Susižeidžiau nugarą, bet brigadininkas "
            "neleidžia pas gydytoją, sako jei nedirbsi skola tik augs. Skola už "
            "kelionę ir būstą vis didėja, o pasą laiko jis."
        ),
        ("high"),
    ),
    (
        ("lt"),
        (
            "Mano brolis Danijoj dirba statybose per kažkokią agentūrą. Kai susirgo, "
            "agentūra atsiuntė savo „daktarą“, ne tikrą, ir dabar jis turi atidirbt ir "
            "už tai. Dirba po 14 val. be išeiginių ir miega konteineryje."
        ),
        ("high"),
    ),
    (
        ("lt"),
        (
            "po ligoninės tas žmogus, kuris mane atvežė į Daniją, nebeleidžia man "
            "išeit iš buto vienai. paėmė sveikatos kortelę ir telefoną. sako jei "
            "pabėgsiu, mamai Lietuvoj bus blogai"
        ),
        ("high"),
    ),
    (
        ("lt"),
        (
            "padėkit prašau, draugas nukrito nuo stogo ir nejudina kojų, bosas "
            "neleidžia kviest greitosios, sako mes nelegaliai. atėmė telefonus, rašau "
            "iš atsarginio. ūkis prie Herningo"
        ),
        ("emergency"),
    ),
    (
        ("fr"),
        (
            "Je travaille dans un salon de massage à Copenhague. J'ai une infection "
            "depuis 2 semaines mais la patronne dit pas de médecin, sinon je dois "
            "rembourser les jours perdus. Elle garde mon passeport."
        ),
        ("emergency"),
    ),
    (
        ("fr"),
        (
            "Après mon opération, l'homme qui m'a fait venir en Europe a dit que la "
            "facture de l'hôpital est ajoutée à ma dette. Maintenant je dois encore "
            "plus et je n'ai plus le droit de sortir seule de l'appartement."
        ),
        ("high"),
    ),
    (
        ("fr"),
        (
            "mon \"copain\" m'a emmenée à une clinique pour avorter, c'est lui qui a "
            "parlé au docteur, moi j'avais pas le droit de dire un mot. il prend tout "
            "l'argent des clients. j'ai peur pour ma famille au Cameroun"
        ),
        ("high"),
    ),
    (
        ("fr"),
        (
            "aidez moi svp il m'a frappée avec une barre je saigne beaucoup de la "
            "tête, il a fermé la porte à clé et il dit pas d'hôpital. Istedgade 3e "
            "étage, il est encore là"
        ),
        ("emergency"),
    ),
    (
        ("es"),
        (
            "Trabajo en un invernadero cerca de Herning, 14 horas cada día sin "
            "descanso. Me corté la mano con la máquina y el jefe no me deja ir al "
            "médico, dice que si voy me quedo sin sueldo. Tiene mi pasaporte."
        ),
        ("high"),
    ),
    (
        ("es"),
        (
            'La agencia manda a su propio "doctor" al piso donde vivimos las chicas. '
            "Nunca nos dejan ir a un hospital normal ni salir solas. Y lo que cobra "
            "ese señor se suma a lo que debemos."
        ),
        ("high"),
    ),
    (
        ("es"),
        (
            "Soy interna en una casa en Esbjerg. Estuve en el hospital por una "
            "neumonía y desde que volví la señora no me deja salir de la casa para "
            "nada. Me quitó el móvil, escribo desde el de otra chica."
        ),
        ("high"),
    ),
    (
        ("es"),
        (
            "Por favor ayuda, mi compañero se cayó del andamio y no puede mover las "
            "piernas, el jefe no deja llamar a la ambulancia porque no tenemos "
            "papeles. Estamos en la obra en Vejle ahora mismo"
        ),
        ("emergency"),
    ),
    (
        ("pt"),
        (
            "Moro numa casa em Copenhague com outras meninas. O homem que trouxe a "
            "gente do Brasil levou minha amiga numa clínica e ele falou tudo com o "
            "médico, ela não podia abrir a boca. Depois disse que a consulta vai pra "
            "dívida dela."
        ),
        ("high"),
    ),
    (
        ("pt"),
        (
            "Trabalho na limpeza de um hotel, a empresa ficou com o meu cartão de "
            "saúde e o passaporte. Estou com dor de dentes há semanas e dizem que não "
            "há tempo para médico. Trabalho 7 dias por semana."
        ),
        ("high"),
    ),
    (
        ("pt"),
        (
            "Saí do hospital ontem e agora o dono do restaurante diz que tenho de "
            "pagar a conta do hospital a trabalhar sem salário. Durmo no armazém do "
            "restaurante e ele guarda os meus documentos."
        ),
        ("high"),
    ),
    (
        ("pt"),
        (
            "socorro, minha colega ta sangrando muito depois do aborto que fizeram "
            "aqui em casa, a cafetina trancou a porta e nao deixa chamar ambulancia. "
            "estamos em Istedgade AGORA"
        ),
        ("emergency"),
    ),
    (
        ("pl"),
        (
            "Pracujemy na farmie koło Herning po 12-14 godzin bez wolnego. Szef zabrał "
            "nam paszporty i żółte karty. Kolega ma chory kręgosłup, ale szef mówi że "
            "żadnego lekarza, bo odliczy mu z wypłaty."
        ),
        ("high"),
    ),
    (
        ("pl"),
        (
            "Po szpitalu agencja dopisała mi rachunek do długu za mieszkanie i "
            "przejazd. Teraz jestem winny więcej niż jak przyjechałem i mówią, że nie "
            "mogę odejść, póki nie spłacę."
        ),
        ("high"),
    ),
    (
        ("pl"),
        (
            'Moja siostra pracuje w Kopenhadze w "masażu". Była w klinice i wszystko '
            "za nią mówił jej chłopak, ona nie mogła nic powiedzieć. Dzwoni tylko "
            "kiedy on jest obok. Boję się o nią."
        ),
        ("high"),
    ),
    (
        ("pl"),
        (
            "pomocy, jestem zamknięta w piwnicy na farmie koło Herning, szef mnie "
            "pobił i mam chyba złamaną rękę, strasznie boli, nie pozwala jechać do "
            "szpitala. bateria 5%"
        ),
        ("emergency"),
    ),
    (
        ("cs"),
        (
            "Pracuju v myčce aut v Kodani, šéf nám vzal pasy a platí jen část výplaty. "
            "Když jsem byl nemocný, nepustil mě k doktorovi, prý je to moc drahé a "
            "musel bych to odpracovat."
        ),
        ("high"),
    ),
    (
        ("cs"),
        (
            "Agentura nás sem přivezla na úklid, spíme přímo ve firmě. Kamarádka "
            "spadla ze schodů, v nemocnici jí dali sádru, ale šéfová ji hned druhý den "
            "poslala zase makat a ven nesmí nikdo z nás sám."
        ),
        ("high"),
    ),
    (
        ("cs"),
        (
            "Jsem au pair, rodina má moji zdravotní kartičku a nechce mi ji dát. Když "
            "potřebuju k lékaři, řeknou že ne, a makám od 6 do 22. Vyhrožují, že mě "
            "pošlou domů bez peněz."
        ),
        ("high"),
    ),
    (
        ("cs"),
        (
            "Prosím pomoc, kolega se strašně pořezal na jatkách, hodně krvácí a šéf "
            "nás zamkl v hale a nechce volat sanitku. Jsme u Vejle TEĎ"
        ),
        ("emergency"),
    ),
    (
        ("uk"),
        (
            "Працюю на фермі біля Гернінга, роботодавець забрав паспорт. Я зламав "
            "палець, але він сказав ніякого лікаря, бо немає часу, і я ще винен йому "
            "за дорогу і житло."
        ),
        ("high"),
    ),
    (
        ("uk"),
        (
            "Після лікарні чоловік, який мене сюди привіз, більше не випускає мене з "
            "квартири навіть в магазин. Каже що я винна йому за лікування і маю "
            "відпрацювати з клієнтами."
        ),
        ("high"),
    ),
    (
        ("uk"),
        (
            '"Агенція" присилає свого лікаря, він нас ні про що не питає, тільки дає '
            "таблетки. Моя медична картка у менеджера. Прибираємо в готелі по 13 годин "
            "без вихідних."
        ),
        ("high"),
    ),
    (
        ("uk"),
        (
            "Допоможіть!! Він побив мою подругу, вона лежить і не відповідає, кров з "
            "голови. Він забрав телефони і замкнув нас у квартирі, каже ніякої "
            "швидкої. Вестербро, зараз"
        ),
        ("emergency"),
    ),
    (
        ("ru"),
        (
            "Я работаю на ферме под Хернингом. Месяц назад сломала палец, бригадир не "
            "разрешает идти к врачу, говорит выгонит и денег не даст. паспорт у него"
        ),
        ("high"),
    ),
    (
        ("ru"),
        (
            "когда я лежала в больнице счет оплатил хозяин, теперь говорит я ему "
            "должна 30 тыс крон и буду отрабатывать. из квартиры одну не выпускает"
        ),
        ("high"),
    ),
    (
        ("ru"),
        (
            'Меня водили в клинику, мужчина который за нами "смотрит" сам всё говорил '
            "врачу, мне слова не дал сказать. Потом опять отправил к клиентам. Не знаю "
            "что делать"
        ),
        ("high"),
    ),
    (
        ("ru"),
        (
            "помогите пожалуйста. у меня сильное кровотечение, он запер меня в "
            "квартире и не везет в больницу. Копенгаген, выйти не могу, мне очень плохо"
        ),
        ("emergency"),
    ),
    (
        ("th"),
        (
            "หนูทำงานร้านนวด เจ้าของไม่ให้ไปหาหมอ ปวดท้องมาหลายอาทิตย์แล้ว "
            "บอกว่าต้องทำงานใช้หนี้ก่อน พาสปอร์ตก็อยู่กับเขา"
        ),
        ("high"),
    ),
    (
        ("th"),
        (
            "ตอนหนูป่วยเขาพาไปคลินิก เขาพูดกับหมอเองหมดเลย ไม่ให้หนูพูด "
            "ค่าหมอก็เอาไปบวกหนี้อีก ตอนนี้หนี้เพิ่มขึ้นเรื่อยๆ ต้องรับแขกทุกคืน"
        ),
        ("high"),
    ),
    (
        ("th"),
        (
            "นายจ้างเก็บบัตร sundhedskort ของหนูไว้ "
            "พอออกจากโรงพยาบาลก็ไม่ให้ออกจากบ้านคนเดียวอีกเลย ทำงานทุกวันไม่มีวันหยุด"
        ),
        ("high"),
    ),
    (
        ("th"),
        (
            "ช่วยด้วยค่ะ เขาตีหนูหัวแตก เลือดออกเยอะมาก ล็อคประตูไว้ไม่ให้ไปโรงพยาบาล "
            "ตอนนี้หนูอยู่ในห้องคนเดียว เวียนหัวมาก"
        ),
        ("emergency"),
    ),
    (
        ("tl"),
        (
            "Au pair po ako sa Vejle. Nagkasakit ako pero ayaw ako dalhin ng host "
            "family sa doktor, trabaho muna daw. Hawak nila passport ko, 14 hours ako "
            "nagtatrabaho araw araw"
        ),
        ("high"),
    ),
    (
        ("tl"),
        (
            "Seaman ako, naaksidente kamay ko sa barko. Yung agency nagpadala ng "
            'sarili nilang "doktor", tapos ibabawas daw lahat sa sahod ko. 3 buwan na '
            "akong di sinasahuran"
        ),
        ("high"),
    ),
    (
        ("tl"),
        (
            "Pagkalabas ko ng ospital, bawal na daw ako lumabas ng bahay mag-isa sabi "
            "ng amo ko. Kinuha rin nya cellphone ko, hiram lang ako ngayon"
        ),
        ("emergency"),
    ),
    (
        ("tl"),
        (
            "Tulong po, sinaktan ako ng amo ko, parang bali yung braso ko sobrang "
            "sakit, ayaw nya ako dalhin sa ospital at naka-lock ako sa kwarto ngayon. "
            "Esbjerg"
        ),
        ("emergency"),
    ),
    (
        ("vi"),
        (
            "Em làm tiệm nail ở Aarhus. Tay em bị dị ứng hóa chất nặng mà chủ không "
            "cho đi bác sĩ, nói đi là trừ lương. Hộ chiếu chủ giữ, còn nợ tiền vé máy "
            "bay chưa trả hết"
        ),
        ("high"),
    ),
    (
        ("vi"),
        (
            "em bi om phai vao vien, ong chu tra tien roi cong vao no cua em, gio no "
            "cang ngay cang nhieu. em lam o trang trai ko co ngay nghi, ngu luon o do"
        ),
        ("high"),
    ),
    (
        ("vi"),
        (
            "Anh trai em làm ở tiệm rửa xe ở Copenhagen, bị thương ở chân nhưng chủ "
            "không cho đi khám, ngủ luôn ở tiệm, điện thoại bị thu. Em ở Việt Nam lo "
            "lắm"
        ),
        ("high"),
    ),
    (
        ("vi"),
        (
            "Chị em đang nằm viện ở Aalborg, vừa có 2 thằng của ông chủ đến lôi chị ấy "
            "ra xe, kim truyền còn trên tay. Bây giờ đang chở đi rồi, giúp em với"
        ),
        ("emergency"),
    ),
    (
        ("zh"),
        (
            "我在中餐馆打工，每天干14个小时，上个月手烫伤了老板不让去看医生，护照也在他"
            "那。说我欠中介的钱还没还完"
        ),
        ("high"),
    ),
    (
        ("zh"),
        (
            '我表妹在哥本哈根做按摩，生病了是"老板"带她去诊所，全程都是他跟医生说话，她'
            "一句都不能讲。现在不让她一个人出门，手机也被收了"
        ),
        ("high"),
    ),
    (
        ("zh"),
        (
            "住院的钱老板帮我付了，现在说要加到我的债里，要我一直干活还。我的医保卡（黄"
            "卡）也被他拿走了"
        ),
        ("high"),
    ),
    (
        ("zh"),
        (
            "我在工地摔下来，腿断了，老板不让叫救护车，把我锁在工棚里，怕被发现我们没有"
            "证件。现在很痛，流了很多血"
        ),
        ("emergency"),
    ),
]

# Hand-written: the same shape after the hospital, with a boss, a debt, a lock or a blow
GUARDED = [
    (
        ("en"),
        ("after the hospital they dont let me go out alone anymore, they took my " "phone too"),
        ("high"),
    ),
    (
        ("en"),
        (
            "the doctor wont let me go home until tomorrow but my boss says i owe him "
            "for every day i miss"
        ),
        ("high"),
    ),
    (
        ("en"),
        (
            "the doctor wont let me leave till monday. the man who brought me here "
            "says he will kill me if i talk to the nurses"
        ),
        ("emergency"),
    ),
    ("en", "since I came back from the hospital they don't let me leave the flat", "high"),
    ("ru", "после больницы мне больше не разрешают выходить одной, паспорт у хозяина", "high"),
    ("pl", "po wyjściu ze szpitala szef nie wypuszcza mnie z mieszkania samej", "high"),
    ("th", "หลังออกจากโรงพยาบาล เจ้าของร้านไม่ให้ฉันออกจากบ้านคนเดียว ยึดพาสปอร์ตไว้", "high"),
    ("zh", "出院以后老板不让我一个人出门，护照也在他那里", "high"),
    (
        ("fr"),
        (
            "le médecin ne me laisse pas sortir avant demain et le patron m'a enfermée "
            "ici, il me frappe"
        ),
        ("emergency"),
    ),
    (
        ("es"),
        (
            "el médico no me deja salir hasta mañana, pero el dueño del club dice que "
            "le debo el dinero del hospital"
        ),
        ("high"),
    ),
    ("uk", "лікар не відпускає мене додому, а чоловік замкнув мене вдома і б'є", "emergency"),
    ("da", "efter hospitalet må jeg ikke gå ud alene mere, chefen har mit pas", "high"),
    (
        ("tl"),
        ("pagkalabas ko ng hospital hindi na ako pinapalabas ng bahay, kinuha nila " "passport ko"),
        ("high"),
    ),
    (
        ("en"),
        (
            "they wont let me leave the house until the doctor from the agency says im "
            "fit to go back to the clients"
        ),
        ("high"),
    ),
    (
        ("pl"),
        (
            "nie wypuszczają mnie dopóki lekarz nie powie że mogę wrócić do pracy, a "
            "szef trzyma mój paszport"
        ),
        ("high"),
    ),
    (
        ("ru"),
        (
            "врач сказал что меня не выпишут до пятницы, а хозяин говорит что за "
            "каждый день в больнице я ему должна"
        ),
        ("high"),
    ),
    (
        ("cs"),
        (
            "nutej me brat prasky, uz poradne nevidim, je mi strasne zle a k doktorovi "
            "me nepustej"
        ),
        ("emergency"),
    ),
    ("zh", "他们把我从医院接走，然后关在一个公寓里，不让我出去。", "emergency"),
    (
        ("en"),
        (
            "my grandma is on the ward at Bispebjerg after her hip surgery, they won't "
            "let her go home until the doctor signs her out, is that normal - the "
            "foreman locked us in the hostel"
        ),
        ("emergency"),
    ),
    ("ru", "к врачу меня не пускают уже месяц, хозяйка говорит сначала отработай", "high"),
]


@pytest.mark.parametrize(("language", "text"), HARMLESS)
def test_a_ward_that_keeps_her_escalates_nothing(
    lexicon: Lexicon, rules: TriageRules, learned: LearnedModel, language: str, text: str
) -> None:
    assert priority(text, lexicon, rules, learned) in ("none", "normal"), language


@pytest.mark.parametrize(("language", "text", "expected"), DANGER + GUARDED)
def test_a_danger_with_a_doctor_in_it_keeps_its_priority(
    lexicon: Lexicon,
    rules: TriageRules,
    learned: LearnedModel,
    language: str,
    text: str,
    expected: str,
) -> None:
    assert priority(text, lexicon, rules, learned) == expected, language


@pytest.mark.parametrize(("language", "text"), HARMLESS)
def test_danger_told_on_the_next_line_still_counts(
    lexicon: Lexicon, rules: TriageRules, learned: LearnedModel, language: str, text: str
) -> None:
    """The phrase covers its own line only."""
    danger = next(t for lang, t, p in DANGER if lang == language and p == "emergency")
    assert priority(f"{text}\n{danger}", lexicon, rules, learned) == "emergency", language
