"""Papers given back, questions whether the police deport, and a bike bought for an au pair:
three things development set 33 (pending, session 38) showed the lexicons escalating, and the
danger each must never hide.

- Papers taken for an errand and given back: an employer, agency, school or host family took
  a passport or residence card to register her at the kommune, for a SIRI copy, a tax card or
  a plane ticket, and gave it back, told on the same line or on the next ("update: she got it
  back yesterday"). The danger kept: given back only when the debt is paid, "later", for one
  day and taken again, or given back while she still must hand over all her money. Cases
  written by a writer who saw no lexicon (session 38).
- "If I call you, will the police deport me?": a question, in every language with its
  question mark or word, not the trafficker's threat she repeats ("he says the police will
  deport me"), nor one told beside a blow.
- Czech "koupili jí kolo" (they bought her a bike) is not "koupili ji" (they bought her).

Each harmless message was escalated before (all but the English, Czech and Tagalog questions)
and is everyday now; each danger keeps its priority.
"""

from __future__ import annotations

import pytest

from bot.triage import Lexicon, TriageRules
from tests.support.lexicon_codes import priority

PAPERS_GIVEN_BACK = [
    (
        "en",
        (
            "The agency kept my residence card for 2 days to sort out my CPR number at the "
            "kommune in Odense. I have it back now in my wallet. Do I need to carry it at "
            "work?"
        ),
    ),
    (
        "en",
        (
            "my sister is au pair in Hillerød and the family took her passport, she says to "
            "register her at the kommune. im a bit worried\nupdate: she got it back yesterday "
            "together with her yellow card, she sent me a photo"
        ),
    ),
    (
        "da",
        (
            "hej, min chef på hotellet i Kolding tog mit pas for at tage en kopi til SIRI "
            "ansøgningen. fik det tilbage samme dag. skal jeg selv gemme kvitteringen?"
        ),
    ),
    (
        "da",
        (
            "min datter er au pair hos en familie i Gentofte og de har taget hendes pas for "
            "at bestille flybilletter hjem til jul. er det ok??\nopdatering: hun fik det "
            "tilbage i går, billetterne er bestilt"
        ),
    ),
    (
        "ro",
        (
            "buna, seful de la ferma de langa Sønderborg mi-a luat pasaportul sa faca o copie "
            "pentru permisul de munca la SIRI. mi l-a dat inapoi a doua zi. e normal sa ceara "
            "asta?"
        ),
    ),
    (
        "ro",
        (
            "sora mea lucreaza la curatenie in Aarhus si patronul i-a luat pasaportul pt "
            "cartea de taxe (skattekort). ma ingrijoreaza\nupdate: i l-a dat inapoi ieri "
            "seara, mi-a trimis poza cu el"
        ),
    ),
    (
        "bg",
        (
            "здравейте, шефът в ресторанта в Орхус ми взе паспорта да го копира за "
            "разрешителното за работа в SIRI. върна ми го още същия ден. трябва ли и аз да "
            "пазя копие?"
        ),
    ),
    (
        "bg",
        (
            "дъщеря ми работи в почистваща фирма в Оденсе и шефът и взе паспорта за данъчната "
            "карта. много се притеснявам\nпитах я пак: върнал и го е вчера, прати ми снимка"
        ),
    ),
    (
        "hu",
        (
            "Az iskola pár napig magánál tartotta a tartózkodási kártyámat, mert segítettek a "
            "CPR számot intézni a kommunénál. Már visszakaptam, nálam van."
        ),
    ),
    (
        "hu",
        (
            "a lányom au pair Roskildében, a család elvette az útlevelét, hogy bejelentsék a "
            "kommunénál. aggódom\nfrissítés: tegnap visszakapta, már nála van"
        ),
    ),
    (
        "lt",
        (
            "labas, darbdavys statybose Kopenhagoje paėmė mano pasą nukopijuoti SIRI leidimui "
            "dirbti. tą pačią dieną grąžino, viskas gerai"
        ),
    ),
    (
        "lt",
        (
            "mano sesuo dirba valymo firmoje Vejlėje ir šefas paėmė jos pasą dėl mokesčių "
            "kortelės. nerimauju\natnaujinimas: vakar jai grąžino, atsiuntė nuotrauką"
        ),
    ),
    (
        "fr",
        (
            "bonjour, mon patron au resto à Copenhague a pris mon passeport pour faire une "
            "copie pour le permis de travail SIRI. il me l'a rendu le jour même, tout va bien"
        ),
    ),
    (
        "fr",
        (
            "ma fille est au pair à Aarhus et la famille a pris son passeport pour réserver "
            "son vol pour Noël, je m'inquiète un peu\nmise à jour : elle l'a récupéré hier, le "
            "billet est réservé"
        ),
    ),
    (
        "es",
        (
            "la agencia se quedó con mi tarjeta de residencia 2 días para empadronarme en la "
            "kommune y sacar el número CPR. ya la tengo de vuelta. tengo que llevarla siempre "
            "encima?"
        ),
    ),
    (
        "pt",
        (
            "oi, meu patrão no restaurante em Copenhague pegou meu passaporte pra tirar cópia "
            "pro pedido de autorização de trabalho no SIRI. devolveu no mesmo dia, tá tudo "
            "bem"
        ),
    ),
    (
        "pt",
        (
            "minha irmã é au pair em Aalborg e a família pegou o passaporte dela pra "
            "registrar na kommune. fiquei preocupada\natualização: devolveram ontem, ela me "
            "mandou foto"
        ),
    ),
    (
        "pl",
        (
            "Agencja trzymała mój dowód osobisty 2 dni, żeby mnie zarejestrować w kommunie po "
            "numer CPR. Już go mam z powrotem. Muszę go nosić przy sobie?"
        ),
    ),
    (
        "pl",
        (
            "moja córka jest au pair w Hillerød i rodzina zabrała jej paszport, żeby "
            "zarezerwować lot na święta. martwię się\naktualizacja: wczoraj jej oddali, bilet "
            "już kupiony"
        ),
    ),
    (
        "cs",
        (
            "ahoj, šéf v restauraci v Aarhusu si vzal můj pas, aby udělal kopii kvůli "
            "pracovnímu povolení na SIRI. vrátil mi ho hned druhý den, všechno v pohodě"
        ),
    ),
    (
        "cs",
        (
            "dcera dělá au pair v Odense a rodina jí vzala pas, prý kvůli letence domů na "
            "Vánoce. mám strach\nupdate: včera jí ho vrátili, poslala mi fotku"
        ),
    ),
    (
        "uk",
        (
            "моя донька працює au pair у Копенгагені, сім'я забрала її паспорт, щоб купити "
            "квитки на літак. я хвилююсь\nоновлення: вчора повернули, вона скинула фото"
        ),
    ),
    (
        "ru",
        (
            "мой друг работает на ферме под Хернингом, хозяин взял у него паспорт купить "
            "билет на самолет домой\nспросила еще раз: вернул в тот же день, билет купили. "
            "извините за беспокойство"
        ),
    ),
    (
        "tl",
        (
            "hi po, kinuha ng amo ko yung passport ko para ipa-photocopy para sa work permit "
            "sa SIRI. binalik din niya nung araw din na yun, ok na po"
        ),
    ),
    (
        "vi",
        (
            "chào anh chị, chủ tiệm nail ở Aarhus cầm hộ chiếu của em đi photo để làm giấy "
            "phép lao động ở SIRI. chiều hôm đó trả lại em rồi ạ, không sao"
        ),
    ),
    (
        "vi",
        (
            "em gái tôi làm ở nhà hàng ở Odense, ông chủ lấy hộ chiếu để làm thẻ thuế. tôi lo "
            "quá\ncập nhật: hôm qua ông ấy trả lại rồi, em gửi ảnh cho tôi"
        ),
    ),
    (
        "zh",
        "你好，我在欧登塞的餐厅打工，老板拿了我的护照去复印，办SIRI工作许可用的。当天就还给我了，没事",
    ),
    (
        "zh",
        (
            "我表妹在哥本哈根做住家保姆（au pair），雇主家拿了她的护照说去订机票。有点担心\n"
            "更新：昨天已经还给她了，她发了照片给我"
        ),
    ),
]

DEPORTATION_QUESTIONS = [
    ("en", "if i call you will the police deport me?"),
    ("da", "hvis jeg ringer til jer, vil politiet så udvise mig?"),
    ("ro", "daca sun la voi, ma deporteaza politia?"),
    ("bg", "ако ви се обадя, полицията ще ме депортира ли?"),
    ("hu", "ha felhívlak titeket, a rendőrség kitoloncol?"),
    ("lt", "jei paskambinsiu jums, ar policija mane deportuos?"),
    ("fr", "si je vous appelle, est-ce que la police va m'expulser ?"),
    ("es", "si los llamo, ¿la policía me va a deportar?"),
    ("pt", "se eu ligar para vocês, a polícia vai me deportar?"),
    ("pl", "jak do was zadzwonię, to policja mnie deportuje?"),
    ("cs", "když vám zavolám, vyhostí mě policie?"),
    ("uk", "якщо я вам подзвоню, поліція мене депортує?"),
    ("ru", "если я вам позвоню, полиция меня депортирует?"),
    ("th", "ถ้าโทรมาที่นี่ ตำรวจจะส่งกลับไทยไหมคะ"),
    ("tl", "kapag tumawag ako sa inyo, ide-deport ba ako ng pulis?"),
    ("vi", "neu em goi cho cac anh chi thi canh sat co truc xuat em khong?"),
    ("zh", "如果我给你们打电话，警察会把我遣返吗？"),
    ("vi", "nếu em là nạn nhân thì công an có trục xuất em không ạ?"),
    (
        "cs",
        (
            "Kamarádka dělá au-pair v Roskilde, rodina je zlatá, koupili jí kolo a platí jí "
            "kurz dánštiny"
        ),
    ),
]

DANGER = [
    (
        "en",
        (
            "boss at the car wash in Vejle says i get my passport back when i have paid the "
            "40 000 kr for the travel and the room. he keeps it in his office till then. what "
            "can i do"
        ),
        "high",
    ),
    (
        "ro",
        (
            "omul care ne-a adus aici zice ca ne da pasapoartele inapoi doar cand platim "
            "datoria de 2000 de euro. lucram la o spalatorie de masini in Randers"
        ),
        "high",
    ),
    (
        "bg",
        (
            "шефът казва, че ще ми върне паспорта само като си изплатя дълга за пътя и "
            "квартирата. работя в автомивка в Колдинг"
        ),
        "high",
    ),
    (
        "hu",
        (
            "a főnök azt mondja csak akkor kapom vissza az útlevelem ha kifizettem a "
            "tartozást, 3000 euró az út meg a szállás. egy autómosóban dolgozom Herningben"
        ),
        "high",
    ),
    (
        "lt",
        (
            "sako atiduos pasus tik kai sumokėsim skolą už kelionę ir būstą. dirbam "
            "automobilių plovykloje Randerse"
        ),
        "high",
    ),
    (
        "fr",
        (
            "le patron dit qu'il me rendra mon passeport seulement quand j'aurai payé la "
            "dette du voyage, 5000 euros. je travaille dans un salon de manucure à Vejle"
        ),
        "high",
    ),
    (
        "es",
        (
            "la señora dice que me devuelve el pasaporte cuando pague la deuda del viaje. "
            "trabajo en un club de masajes en Copenhague y cada semana la deuda sube"
        ),
        "high",
    ),
    (
        "pt",
        (
            "ele só devolve os passaportes quando a gente pagar a dívida da viagem. somos 5 "
            "brasileiras numa casa em Odense, os clientes vêm aqui"
        ),
        "high",
    ),
    (
        "cs",
        (
            "pas mi vrátil, ale pořád mu musím dávat všechny peníze od zákazníků a nesmím "
            "odejít. jsem v Kodani"
        ),
        "high",
    ),
    (
        "uk",
        (
            "бригадир каже, що віддасть паспорти, тільки коли відпрацюємо борг за дорогу і "
            "житло. ми на будові в Орхусі, нас 8 чоловік"
        ),
        "high",
    ),
    (
        "ru",
        (
            "сказали паспорт отдадут, только когда отработаю долг за дорогу, 4000 евро. "
            "маникюрный салон в Орхусе"
        ),
        "high",
    ),
    (
        "tl",
        (
            "sabi ng agency ibabalik lang passport namin pag nabayaran na namin yung utang sa "
            "placement fee. nasa farm kami malapit sa Horsens"
        ),
        "high",
    ),
    (
        "vi",
        (
            "chủ nói khi nào trả hết nợ 15.000 đô tiền đi đường thì mới trả hộ chiếu. em làm "
            "tiệm nail ở Copenhagen"
        ),
        "high",
    ),
    ("zh", "护照是还给我了，但是钱还是全部要交给老板娘，也不让我走。我在哥本哈根的按摩店", "high"),
    ("da", "han siger at hvis jeg går til politiet, så bliver jeg udvist?", "high"),
    ("es", "el jefe me pega y dice que si llamo a la policía me van a deportar?", "high"),
    ("ru", "Хозяин сказал, что если я пойду в полицию, меня депортируют?", "high"),
    ("zh", "老板说如果我报警，警察会把我遣返吗？", "high"),
    ("th", "เจ้านายบอกว่าถ้าไปแจ้งตำรวจ ตำรวจจะส่งกลับไทยไหม", "high"),
    ("en", "he beats me. if i call will the police deport me?", "high"),
    ("vi", "neu ong ta danh em thi canh sat co truc xuat em khong?", "high"),
    ("es", "si me pega y llamo a la policia, me deportan?", "high"),
    ("en", "he beats me, will the police deport me if i call?", "high"),
    ("cs", "kdyz me bije a zavolam policii, vyhosti me?", "high"),
    ("hu", "ha megver es felhivom a rendorseget, kitoloncolnak?", "high"),
    ("ro", "nu imi da pasaportul inapoi si ma bate, daca sun la politie ma deporteaza?", "high"),
    ("cs", "koupili ji za 3000 eur a ted musi pracovat", "high"),
    ("cs", "koupil ji od nejakeho chlapa v Brne", "high"),
]


@pytest.mark.parametrize(("language", "text"), PAPERS_GIVEN_BACK + DEPORTATION_QUESTIONS)
def test_everyday_papers_and_questions_are_not_escalated(
    lexicon: Lexicon, rules: TriageRules, language: str, text: str
) -> None:
    assert priority(text, lexicon, rules) in ("none", "normal"), language


@pytest.mark.parametrize(("language", "text", "expected"), DANGER)
def test_the_same_words_in_danger_keep_their_priority(
    lexicon: Lexicon, rules: TriageRules, language: str, text: str, expected: str
) -> None:
    assert priority(text, lexicon, rules) == expected, language
