"""People put into a van or car without number plates are being taken (session 36).

A writer's case for the alarms resolved on the next line (session 35) found nothing in
Ukrainian: "Бачив, як людей у наручниках виводили з будинку якісь чоловіки" / "Це були не
поліцейські і не навчання, їх посадили в бус без номерів і повезли" (some men led people out
in handcuffs; it was not the police and not a drill, they put them in a van without plates and
drove off). Police cars carry plates; a van without them, into which people are put or pushed,
is a sign of abduction. Every language reads it now (Ukrainian, Russian and English first, the
other fourteen from a writer's cases, three dangers and three look-alikes each); a van without
plates that is only parked, bought, or loaded with things is everyday. One look-alike found an
older French error: "le voisin a enlevé les plaques de sa voiture, il veut la vendre" (he
wants to sell it, the car) was an emergency; "la" after a thing named on the line is that
thing, unless a girl, a woman, she or we come between.
"""

from __future__ import annotations

import pytest

from bot.triage import Lexicon, TriageRules
from tests.support.lexicon_codes import codes, priority

DANGERS = [
    (
        "uk",
        "Бачив, як людей у наручниках виводили з будинку якісь чоловіки\n"
        "Це були не поліцейські і не навчання, їх посадили в бус без номерів і повезли",
    ),
    ("uk", "Бачила, як людей у кайданках заштовхали в бус без номерів"),
    ("uk", "Двох дівчат посадили в мікроавтобус без номерів, вони плакали"),
    ("ru", "Видела, как людей в наручниках затолкали в фургон без номеров"),
    ("ru", "Их посадили в чёрный фургон без номеров и увезли"),
    ("en", "Saw people in handcuffs pushed into a van without plates"),
    ("en", "They put the girls into a white van with no plates and drove off"),
    ("en", "They took him away in a car without plates, nobody knows where he is"),
    # The other fourteen languages, written by a writer who saw no lexicon (session 36)
    (
        "da",
        "de skubbede hende ind i en hvid varevogn uden nummerplader lige foran netto, hun skreg",
    ),
    (
        "da",
        "Min søster og hendes veninde blev taget med i en bil uden nummerplader i går aftes, "
        "hjælp os",
    ),
    (
        "da",
        "de satte os ind i en minibus uden nummerplader og tog vores pas, jeg ved ik hvor vi er",
    ),
    ("ro", "au impins-o intr-o duba fara numere de inmatriculare si au plecat in viteza"),
    ("ro", "Pe noi ne-au urcat intr-un microbuz fara numere si ne-au luat telefoanele"),
    ("ro", "doua fete au fost luate cu o masina fara numere din fata caminului, am vazut tot"),
    ("bg", "Набутаха я в един бус без номера и потеглиха веднага"),
    ("bg", "нас ни качиха в микробус без регистрационни номера и ни взеха паспортите"),
    ("bg", "две момичета бяха отведени с кола без номера от спирката, видях го с очите си"),
    ("hu", "betuszkoltak egy rendszam nelkuli furgonba es elhajtottak"),
    ("hu", "Minket egy rendszám nélküli kisbuszba raktak be és elvették a telefonunkat"),
    ("hu", "két lányt elvittek egy rendszám nélküli autóval a buszmegálló mellől, most láttam"),
    ("th", "มีผู้ชายผลักเธอขึ้นรถตู้ไม่มีป้ายทะเบียนแล้วขับหนีไปเลย"),
    ("th", "พวกมันจับพวกเราขึ้นรถตู้ไม่มีป้ายทะเบียน แล้วยึดโทรศัพท์ไปหมด"),
    ("th", "เด็กผู้หญิงสองคนถูกพาตัวไปด้วยรถเก๋งไม่มีป้ายทะเบียน หน้าโรงเรียนเมื่อเย็นนี้"),
    ("pl", "wepchneli ja do busa bez tablic rejestracyjnych i odjechali"),
    ("pl", "Nas wsadzili do busa bez tablic i zabrali nam paszporty, nie wiem gdzie jestesmy"),
    ("pl", "dwie dziewczyny zostały zabrane samochodem bez tablic rejestracyjnych spod dworca"),
    ("lt", "ją įstūmė į mikroautobusą be numerių ir nuvažiavo"),
    ("lt", "mus isodino i busiuka be numeriu ir atieme pasus"),
    ("lt", "dvi merginos buvo išvežtos automobiliu be valstybinių numerių nuo stotelės"),
    ("cs", "strcili ji do dodavky bez poznavacich znacek a odjeli"),
    ("cs", "Nás naložili do minibusu bez SPZ a vzali nám pasy"),
    ("cs", "dvě holky byly odvezeny autem bez poznávacích značek od nádraží"),
    ("es", "la metieron a empujones en una furgoneta sin matrícula y se fueron"),
    ("es", "nos subieron a un microbus sin placas y nos quitaron los pasaportes"),
    ("es", "dos chicas fueron llevadas en un coche sin matricula desde la parada del bus"),
    ("pt", "empurraram ela pra dentro de uma van sem placa e sairam correndo"),
    ("pt", "colocaram a gente numa van sem placa e pegaram nossos passaportes"),
    ("pt", "duas raparigas foram levadas num carro sem matrícula à porta da escola"),
    ("zh", "他们把她推进一辆没有车牌的面包车里，然后直接开走了"),
    ("zh", "他们把我们塞进一辆没挂牌的小巴，护照手机全被收走了"),
    ("zh", "两个女孩被一辆无牌轿车带走了，就在车站门口"),
    ("vi", "bọn nó đẩy chị ấy lên một chiếc xe van không biển số rồi chạy mất"),
    ("vi", "tui no bat tui em len xe 16 cho khong bien so roi lay het ho chieu"),
    ("vi", "hai co gai bi dua di bang mot chiec o to khong bien so o truoc cong truong"),
    ("tl", "Tinulak nila siya sa loob ng van na walang plaka tapos umalis agad"),
    ("tl", "sinakay kami sa isang van na walang plate number tapos kinuha mga passport namin"),
    ("tl", "yung dalawang babae ay isinakay sa kotseng walang plaka sa tapat ng eskwelahan"),
    ("fr", "ils l'ont poussée dans une camionnette sans plaques et ils sont partis"),
    (
        "fr",
        "on nous a fait monter dans un minibus sans plaque d'immatriculation et ils ont pris nos "
        "passeports",
    ),
    ("fr", "deux filles ont été emmenées dans une voiture sans plaques devant la gare"),
]

LOOK_ALIKES = [
    ("uk", "Біля нашого двору вже тиждень стоїть бус без номерів"),
    ("uk", "Сусід купив машину без номерів, ще не зареєстрував"),
    ("uk", "Ми погрузили речі в машину без номерів, бо номери ще не видали"),
    ("ru", "Мы купили машину без номеров, ждём регистрацию"),
    ("en", "There's a van without plates parked outside for a week"),
    ("en", "We put the bikes in the van without plates, new registration next week"),
    ("en", "We loaded the boxes into a van with no plates yet"),
    # The other fourteen languages, by the same writer
    (
        "da",
        "der har holdt en varevogn uden nummerplader ude på vejen i 4 dage nu, er der nogen der "
        "ved hvem der ejer den?",
    ),
    ("da", "har lige købt bilen men den er ikke indregistreret endnu så den har ingen plader"),
    (
        "da",
        "vi læsser flyttekasser og sofaen ind i en varevogn uden nummerplader, er der om en time",
    ),
    ("ro", "e o duba fara numere parcata pe strada noastra de o saptamana, stie cineva a cui e?"),
    ("ro", "am cumparat masina ieri dar inca n-am inmatriculat-o, deci deocamdata e fara numere"),
    ("ro", "incarcam mobila si cutiile intr-o duba fara numere, ajungem pe la 5"),
    ("bg", "от 3 дни пред блока стои един бус без номера, някой знае ли чий е"),
    ("bg", "колата е нова, още не е регистрирана и затова е без номера"),
    ("bg", "товарим кашоните и гардероба в един бус без номера, идваме след час"),
    ("hu", "napok óta áll egy rendszám nélküli furgon az utcánkban, senki se tudja kié"),
    ("hu", "a szomszéd leszedte a rendszámot az autójáról, mert eladja, azóta csak áll az udvaron"),
    ("hu", "pakoljuk a bútorokat egy rendszám nélküli furgonba, egy óra és ott vagyunk"),
    ("th", "มีรถตู้ไม่มีป้ายทะเบียนจอดอยู่หน้าบ้านมา 3 วันแล้ว ไม่รู้ของใคร"),
    ("th", "เพิ่งซื้อรถมา ยังไม่ได้จดทะเบียนเลย เลยยังไม่มีป้ายทะเบียน"),
    ("th", "กำลังขนกล่องกับตู้เสื้อผ้าขึ้นรถตู้ที่ไม่มีป้ายทะเบียน อีกชั่วโมงนึงถึง"),
    ("pl", "od tygodnia pod blokiem stoi bus bez tablic, ktos wie czyj?"),
    ("pl", "auto kupione wczoraj, jeszcze nie zarejestrowane wiec stoi bez tablic w garazu"),
    ("pl", "ladujemy meble i kartony do busa bez tablic, bedziemy za godzine"),
    ("lt", "jau kelias dienas mūsų gatvėje stovi furgonas be numerių, niekas nežino kieno"),
    ("lt", "masina ka tik nusipirkau, dar neiregistruota, todel be numeriu"),
    ("lt", "kraunam baldus ir dėžes į furgoną be numerių, būsim po valandos"),
    ("cs", "u nas v ulici uz tyden stoji dodavka bez spz, nevi nekdo cí je?"),
    ("cs", "soused sundal znacky ze sveho auta, chce ho odhlasit a prodat"),
    ("cs", "nakladame nabytek a krabice do dodavky bez spz, budem tam za hodinu"),
    (
        "es",
        "hay una furgoneta sin matrícula aparcada en mi calle desde hace 5 dias, alguien sabe de "
        "quien es?",
    ),
    ("es", "compre el carro ayer y todavia no esta registrado, por eso no tiene placas"),
    ("es", "estamos cargando los muebles en una furgo sin matricula, llegamos en una hora"),
    ("pt", "tem uma van sem placa parada na minha rua faz uma semana, alguem sabe de quem é?"),
    ("pt", "comprei o carro ontem, ainda nao foi emplacado, ta sem placa"),
    (
        "pt",
        "estamos a carregar os moveis e as caixas numa carrinha sem matricula, chegamos daqui a "
        "uma hora",
    ),
    ("zh", "楼下停了一辆没有车牌的面包车，好几天了都没人动"),
    ("zh", "车是刚买的，还没上牌，所以暂时没有车牌"),
    ("zh", "我们正在把家具和箱子搬上一辆没牌照的面包车，一个小时后到"),
    ("vi", "có cái xe tải nhỏ không biển số đậu trước nhà mấy ngày rồi, ko biết của ai"),
    ("vi", "xe mới mua hôm qua, chưa đăng ký nên chưa có biển số"),
    ("vi", "đang chất đồ đạc với thùng lên xe tải không biển số, khoảng 1 tiếng nữa tới"),
    ("tl", "may van na walang plaka na nakaparada sa kalye namin ilang araw na, kanino kaya yun"),
    ("tl", "bagong bili lang yung kotse, di pa rehistrado kaya wala pang plaka"),
    (
        "tl",
        "nagkakarga kami ng mga gamit at kahon sa van na walang plaka, mga isang oras pa bago "
        "dumating",
    ),
    (
        "fr",
        "y a une camionnette sans plaques garée dans ma rue depuis une semaine, quelqu'un sait à "
        "qui elle est?",
    ),
    ("fr", "le voisin a enlevé les plaques de sa voiture, il veut la vendre pour pièces"),
    (
        "fr",
        "on charge les cartons et le canapé dans une camionnette sans plaques, on arrive dans 1h",
    ),
]


@pytest.mark.parametrize(("language", "danger"), DANGERS)
def test_people_put_into_a_van_without_plates_are_an_emergency(
    lexicon: Lexicon, rules: TriageRules, language: str, danger: str
) -> None:
    assert "immediate_danger" in codes(danger, lexicon), language
    assert priority(danger, lexicon, rules) == "emergency", language


@pytest.mark.parametrize(("language", "look_alike"), LOOK_ALIKES)
def test_a_van_without_plates_that_takes_no_one_escalates_nothing(
    lexicon: Lexicon, rules: TriageRules, language: str, look_alike: str
) -> None:
    assert priority(look_alike, lexicon, rules) in ("none", "normal"), language


@pytest.mark.parametrize(
    "text",
    [
        "j'ai une fille de 16 ans et il veut la vendre",
        "il a une voiture, ma fille est avec lui et il veut la vendre",
        "ils ont la maison et ma soeur, ils vont la vendre",
    ],
)
def test_selling_her_stays_an_emergency_when_a_thing_is_named_too(
    lexicon: Lexicon, rules: TriageRules, text: str
) -> None:
    assert priority(text, lexicon, rules) == "emergency"
