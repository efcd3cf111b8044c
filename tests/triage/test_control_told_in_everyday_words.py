"""Control told through everyday details, in all 17 languages, each beside an everyday message
of the same shape that must stay quiet.

Development set 9 (bench/data/triage_dev9.yml) showed them: someone else holds her bank card and
PIN, she is moved from city to city and does not know her address, someone else answers her
clients, she must pay back the ticket or the "training" before she may go home. The look-alikes
are everyday: the cash machine kept the card, a job that travels, a friend who takes a call, a
student loan.
"""

from __future__ import annotations

import pytest

from bot.triage import Lexicon
from tests.support.lexicon_codes import codes

# Her bank card, PIN or account held by someone else (documents_withheld); a look-alike.
BANK_CARD_HELD = [
    ("en", "the boss keeps my bank card and the code", "the atm kept my bank card and the code"),
    ("da", "chefen har mit dankort og koden", "automaten har slugt mit dankort"),
    ("ro", "șeful îmi ține cardul și codul pin", "bancomatul mi-a reținut cardul"),
    ("bg", "шефът държи банковата ми карта и пина", "банкоматът задържа картата ми"),
    ("hu", "a főnök tartja a bankkártyámat és a pin kódot", "az automata elnyelte a bankkártyámat"),
    ("th", "เจ้านายเก็บบัตรเอทีเอ็มกับรหัสของฉันไว้", "ตู้เอทีเอ็มกลืนบัตรของฉัน"),
    ("pl", "szef trzyma moją kartę bankową i pin", "bankomat połknął moją kartę bankową"),
    ("uk", "бос тримає мою банківську картку і пін-код", "банкомат з'їв мою картку"),
    (
        "ru",
        "открыл счет на мое имя и держит карту у себя",
        "начальник платит на мой собственный счет каждый месяц",
    ),
    (
        "es",
        "el jefe me tiene la tarjeta del banco y el pin",
        "el cajero se tragó mi tarjeta, qué hago?",
    ),
    ("pt", "o cartão tá com ele, a senha também", "o multibanco engoliu o meu cartão, o que faço?"),
    ("tl", "hawak ng amo ang ATM card ko at pin", "kinain ng ATM ang card ko, ano gagawin ko?"),
    (
        "vi",
        "ông chủ giữ thẻ ngân hàng của em và cả mã pin",
        "ông chủ lấy thẻ ngân hàng của ông ấy trả tiền",
    ),
    ("zh", "老板拿着我的银行卡和密码", "我老公拿着我的银行卡，我们商量好的"),
    ("cs", "šéf má moji kartu i pin", "manžel má moji kartu, máme to tak domluvené"),
    (
        "lt",
        "bosas laiko mano banko kortelę ir PIN kodą",
        "vyras laiko mano kortelę, taip susitarėme",
    ),
    (
        "fr",
        "le patron garde ma carte bancaire et le code",
        "je garde ma carte bancaire dans mon sac",
    ),
]

# Moved between cities, never out, not knowing the address (movement_restricted); a look-alike.
MOVED_AROUND = [
    (
        "en",
        "every week they take me to another city",
        "every week I drive to another city for my job",
    ),
    ("da", "hver uge kører de mig til en ny by", "hver uge kører jeg til en anden by for mit job"),
    (
        "ro",
        "în fiecare săptămână ne duc în alt oraș",
        "în fiecare săptămână mă duc în alt oraș pentru serviciu",
    ),
    ("bg", "всяка седмица ни карат в друг град", "всяка седмица пътувам до друг град за работа"),
    ("hu", "minden héten másik városba visznek", "minden héten másik városba megyek dolgozni"),
    ("th", "ทุกอาทิตย์เขาพาฉันไปเมืองอื่น", "ทุกอาทิตย์ฉันขับรถไปทำงานที่เมืองอื่น"),
    (
        "pl",
        "co tydzień wożą mnie do innego miasta",
        "w przyszłym tygodniu przeprowadzamy się do Aalborga",
    ),
    ("uk", "вже три тижні не виходила на вулицю", "тиждень не виходила з дому бо захворіла"),
    (
        "ru",
        "не знаю адреса, бус забирает нас и привозит обратно",
        "не знаю адреса клиники, где это?",
    ),
    (
        "es",
        "llevo 3 semanas sin salir a la calle",
        "llevo una semana sin salir de casa porque estoy enferma",
    ),
    ("pt", "só saio do apartamento com ele", "minha amiga atende meu celular quando eu durmo"),
    (
        "tl",
        "3 linggo na akong hindi nakakalabas",
        "isang linggo na akong hindi lumalabas kasi may sakit ako",
    ),
    ("vi", "tuần nào họ cũng chở em đến một thành phố khác", "anh ấy chở em đi làm mỗi ngày"),
    ("zh", "每个星期他们都把我送到另一个城市", "公司每个月派我去别的城市出差"),
    ("cs", "každý týden mě vozí do jiného města", "táta mě vozí do školy"),
    ("lt", "kiekvieną savaitę mane veža į kitą miestą", "tėtis mane veža į mokyklą"),
    (
        "fr",
        "chaque semaine ils m'emmènent dans une autre ville",
        "mon père m'emmène à l'école tous les matins",
    ),
]

# Someone else answers or manages her clients (sexual_exploitation); a look-alike.
CLIENTS_HANDLED = [
    ("en", "he keeps my phone and answers the clients", "my friend answers my phone when I sleep"),
    (
        "da",
        "han har min telefon og svarer kunderne",
        "min veninde svarer min telefon når jeg sover",
    ),
    (
        "ro",
        "el îmi ține telefonul și le răspunde clienților",
        "prietena mea îmi răspunde la telefon când dorm",
    ),
    (
        "bg",
        "той ми държи телефона и отговаря на клиентите",
        "приятелката ми вдига телефона ми, когато спя",
    ),
    (
        "hu",
        "elvette a telefonomat és ő válaszol a klienseknek",
        "a barátnőm felveszi a telefonomat, amikor alszom",
    ),
    ("th", "เขายึดโทรศัพท์ฉันแล้วตอบแขกเอง", "เพื่อนรับโทรศัพท์ให้ตอนฉันหลับ"),
    (
        "pl",
        "on trzyma mój telefon i odpisuje klientom",
        "sama odpisuję klientom i zatrzymuję swoje pieniądze",
    ),
    (
        "uk",
        "пише клієнтам за мене і забирає гроші",
        "я сама відповідаю клієнтам і залишаю свої гроші",
    ),
    (
        "ru",
        "он держит мой телефон и отвечает клиентам",
        "подруга отвечает на мой телефон когда я сплю",
    ),
    (
        "es",
        "les escribe a los clientes por mí y se queda con el dinero",
        "yo misma contesto a mis clientes y me quedo con mi dinero",
    ),
    (
        "pt",
        "ele marca os meus programas",
        "eu mesma respondo os meus clientes e fico com o meu dinheiro",
    ),
    (
        "tl",
        "sa kanya nagbabayad ang mga customer, hindi sa akin",
        "ako mismo ang sumasagot sa mga customer ko at sa akin ang pera ko",
    ),
    (
        "vi",
        "anh ta giữ điện thoại của em và trả lời khách",
        "em tự trả lời khách và tự giữ tiền của mình",
    ),
    ("zh", "他拿着我的手机回复客人", "客人都是我自己回复，钱也是我自己拿"),
    (
        "cs",
        "má můj telefon a odpovídá klientům za mě",
        "klientům odpovídám sama a peníze si nechávám",
    ),
    (
        "lt",
        "jis laiko mano telefoną ir atsako klientams",
        "draugė atsiliepia į mano telefoną, kai miegu",
    ),
    (
        "fr",
        "il garde mon téléphone et répond aux clients",
        "mon amie répond à mon téléphone quand je dors",
    ),
]

# Must pay back the ticket, training or fees before leaving (debt_bondage); a look-alike.
PAY_BACK_FIRST = [
    (
        "en",
        "cannot leave until I pay the ticket back",
        "do I need to pay back the ticket if I quit my job in Denmark legally?",
    ),
    (
        "da",
        "jeg kan ikke rejse før jeg har betalt billetten tilbage",
        "skal jeg betale billetten tilbage, hvis jeg siger mit job op lovligt i Danmark?",
    ),
    (
        "ro",
        "nu pot pleca până nu dau banii înapoi pe bilet",
        "trebuie să dau înapoi banii pe bilet dacă îmi dau demisia legal în Danemarca?",
    ),
    (
        "bg",
        "не мога да си тръгна, докато не върна парите за билета",
        "трябва ли да върна парите за билета, ако напусна законно в Дания?",
    ),
    (
        "hu",
        "nem mehetek el, amíg vissza nem fizetem a jegyet",
        "vissza kell fizetnem a jegyet, ha legálisan felmondok Dániában?",
    ),
    ("th", "กลับบ้านไม่ได้จนกว่าจะใช้ค่าตั๋วคืน", "ถ้าลาออกถูกกฎหมายในเดนมาร์ก ต้องจ่ายค่าตั๋วคืนไหม"),
    (
        "pl",
        "nie mogę wyjechać dopóki nie oddam za bilet",
        "czy muszę zwrócić pieniądze za bilet, jeśli legalnie rzucę pracę w Danii?",
    ),
    (
        "uk",
        "не можу поїхати поки не віддам за квиток",
        "чи треба повертати гроші за квиток, якщо я легально звільнюся з роботи в Данії?",
    ),
    (
        "ru",
        "сначала надо отработать билет и визу, потом отпустят",
        "я должна выплатить студенческий кредит",
    ),
    (
        "es",
        "si me voy a casa dicen que primero tengo que pagar la capacitación y el arreglo del "
        "camión",
        "tengo que devolver el pasaje si renuncio a mi trabajo en Dinamarca legalmente?",
    ),
    ("pt", "não posso ir embora até pagar a passagem", "tenho que pagar meu empréstimo estudantil"),
    (
        "tl",
        "hindi ako makauwi hangga't hindi ko nababayaran ang ticket",
        "kailangan ko bang bayaran ang ticket kung legal akong mag-resign sa trabaho ko sa "
        "Denmark?",
    ),
    (
        "vi",
        "chủ nói phải trả hết tiền visa rồi mới được về",
        "nếu em nghỉ việc hợp pháp ở Đan Mạch thì có phải trả lại tiền vé không?",
    ),
    ("zh", "还清机票钱才能走", "如果我在丹麦合法辞职，需要还机票钱吗？"),
    (
        "cs",
        "nemůžu odejít, dokud nesplatím letenku",
        "musím vrátit peníze za letenku, když legálně dám výpověď v Dánsku?",
    ),
    (
        "lt",
        "negaliu išeiti, kol nesumokėsiu už bilietą",
        "ar reikia grąžinti pinigus už bilietą, jei legaliai išeinu iš darbo Danijoje?",
    ),
    (
        "fr",
        "je peux pas partir tant que j'ai pas remboursé le billet",
        "est-ce que je dois rembourser le billet si je quitte mon travail légalement au Danemark ?",
    ),
]

# Harmless: the bank kept the card, a card shared by agreement; beside the sign.
CARD_HARMLESS = [
    ("en", "the atm swallowed my bank card", "the boss keeps my bank card"),
    ("da", "hæveautomaten tog mit dankort", "chefen tog mit dankort"),
    ("ro", "banca mi-a blocat cardul", "șeful mi-a luat cardul"),
    ("bg", "банкоматът ми глътна картата", "шефът ми взе картата"),
    ("hu", "a bank letiltotta a kártyámat", "a főnök elvette a kártyámat"),
    ("th", "ตู้ ATM ยึดบัตร", "เจ้านายยึดบัตร ATM ของฉัน"),
    ("pl", "bankomat zatrzymał mi kartę i pin nie działał", "kierowca zabrał mi kartę i pin"),
    (
        "uk",
        "чоловік тримає мою картку, у нас спільний рахунок, ми так домовились",
        "земляк тримає мою картку і пін-код",
    ),
    (
        "ru",
        "банкомат съел мою карту, что делать?",
        "хозяйка забрала мою карточку, на которую приходит пособие",
    ),
    (
        "es",
        "mi esposo tiene mi tarjeta, tenemos cuenta conjunta y así lo acordamos",
        "el paisano que nos trajo se quedó con nuestras tarjetas",
    ),
    (
        "pt",
        "o meu patrão paga na minha própria conta",
        "o patrão tem o meu cartão do banco e a senha",
    ),
    ("tl", "nawala ko ang ATM card ko sa mall", "nasa kanya ang card ko pati pin"),
    (
        "vi",
        "cây ATM nuốt thẻ ngân hàng của em rồi, phải làm sao",
        "ông chủ giữ thẻ ngân hàng của em rồi, phải làm sao",
    ),
    ("zh", "取款机把我的银行卡吞了", "老板把我的银行卡拿走了"),
    ("cs", "bankomat mi vzal kartu, co mám dělat", "šéf mi vzal kartu, co mám dělat"),
    ("lt", "bankomatas pasiėmė mano kortelę, ką daryti", "bosas pasiėmė mano kortelę, ką daryti"),
    (
        "fr",
        "le distributeur m'a pris ma carte, je fais quoi",
        "le patron m'a pris ma carte, je fais quoi",
    ),
]

# Harmless: moving or travelling by choice; beside the sign.
MOVING_HARMLESS = [
    ("en", "my company sends me to Aarhus next week", "they take me to another city every week"),
    ("da", "vi flytter til Aalborg i næste uge", "de flytter os hver uge"),
    ("ro", "ne mutăm la Aalborg săptămâna viitoare", "ne mută în alt oraș în fiecare săptămână"),
    ("bg", "местим се в Олборг следващата седмица", "местят ни в друг град всяка седмица"),
    ("hu", "jövő héten Aalborgba költözünk", "havonta másik városba költöztetnek minket"),
    ("th", "อาทิตย์หน้าเราจะย้ายไปอยู่ออลบอร์ก", "เขาย้ายพวกเราไปเมืองอื่นทุกอาทิตย์"),
    (
        "pl",
        "firma wysyła mnie do Aarhus w przyszłym tygodniu",
        "przewożą nas co miesiąc do innego mieszkania",
    ),
    ("uk", "наступного тижня ми переїжджаємо в Ольборг", "щотижня возять мене в інше місто"),
    ("ru", "я езжу между городами по работе", "постоянно нас перекидывают с квартиры на квартиру"),
    (
        "es",
        "mi empresa me manda a Aarhus la semana que viene",
        "cada semana me llevan a otra ciudad",
    ),
    ("pt", "vamos nos mudar para Aalborg na semana que vem", "nos mudam de casa todo mês"),
    (
        "tl",
        "lilipat kami sa Aalborg sa susunod na linggo",
        "linggo-linggo inililipat nila ako sa ibang city",
    ),
    ("vi", "tuần sau bọn em chuyển nhà đến Aalborg", "mỗi tháng họ chuyển bọn em sang nhà khác"),
    ("zh", "我们下周搬到奥尔堡", "他们每个月都给我们换一次地方"),
    ("cs", "firma mě příští týden posílá do Aarhusu", "každý týden nás vozí do jiného města"),
    ("lt", "įmonė kas mėnesį mane siunčia į kitą miestą", "kas mėnesį mus perkelia į kitą butą"),
    (
        "fr",
        "ma boîte m'envoie à Aarhus la semaine prochaine",
        "chaque semaine ils m'emmènent dans une autre ville",
    ),
]


@pytest.mark.parametrize(
    ("code", "language", "sign", "look_alike"),
    [
        *(("documents_withheld", *case) for case in BANK_CARD_HELD),
        *(("movement_restricted", *case) for case in MOVED_AROUND),
        *(("sexual_exploitation", *case) for case in CLIENTS_HANDLED),
        *(("debt_bondage", *case) for case in PAY_BACK_FIRST),
    ],
)
def test_control_told_in_everyday_words_is_found_and_its_look_alike_is_not(
    lexicon: Lexicon,
    escalating_alone: frozenset[str],
    code: str,
    language: str,
    sign: str,
    look_alike: str,
) -> None:
    assert code in codes(sign, lexicon), language
    assert codes(look_alike, lexicon) & escalating_alone == set(), language


@pytest.mark.parametrize(
    ("code", "language", "harmless", "sign"),
    [
        *(("documents_withheld", *case) for case in CARD_HARMLESS),
        *(("movement_restricted", *case) for case in MOVING_HARMLESS),
    ],
)
def test_an_everyday_card_or_move_is_harmless_and_the_sign_beside_it_is_not(
    lexicon: Lexicon, code: str, language: str, harmless: str, sign: str
) -> None:
    assert code not in codes(harmless, lexicon), language
    assert code in codes(sign, lexicon), language
