"""Emergencies told in ways the lexicons first missed, in all 17 languages, each beside an
everyday message of the same shape that must stay quiet.

Development set 8 (bench/data/triage_dev8.yml) showed them: someone hurt and kept from a
doctor, a woman sold on tonight, screams heard through a wall, a beating happening now. The
look-alikes are what a migrant asks every day: an ambulance for a fever, the bus home tonight,
children screaming in a playground, a passport lost on the train.
"""

from __future__ import annotations

import pytest

from bot.triage import LearnedModel, Lexicon, find_indicators
from tests.support.lexicon_codes import codes

# A grave injury now, or help refused for someone hurt; and a look-alike.
HURT_AND_NO_HELP = [
    (
        "en",
        "the boss says no ambulance, he fell from the roof and is bleeding a lot",
        "do I need an ambulance for a fever",
    ),
    (
        "da",
        "chefen siger ingen ambulance, han bløder meget fra hovedet",
        "skal jeg ringe efter en ambulance for feber",
    ),
    (
        "ro",
        "nu ne lasa sa chemam salvarea, sangereaza foarte tare",
        "trebuie sa chem ambulanta pentru febra?",
    ),
    (
        "bg",
        "не ни дават да извикаме линейка, кърви много",
        "трябва ли да извикам линейка за температура",
    ),
    (
        "hu",
        "nem engedik, hogy mentőt hívjunk, nagyon vérzik a feje",
        "kell mentőt hívnom láz miatt?",
    ),
    ("th", "เจ้านายไม่ให้เรียกรถพยาบาล เพื่อนเลือดออกเยอะมาก", "เป็นไข้ต้องเรียกรถพยาบาลไหม"),
    (
        "ru",
        "хозяин не даёт вызвать скорую, у парня сильно идёт кровь",
        "нужно ли вызывать скорую при температуре 38",
    ),
    (
        "uk",
        "господар не дає викликати швидку, у хлопця сильно йде кров",
        "чи треба викликати швидку при температурі 38",
    ),
    (
        "pl",
        "szef nie pozwala wezwać karetki, chłopak mocno krwawi",
        "czy trzeba wzywać karetkę przy gorączce 38",
    ),
    (
        "lt",
        "šefas neleidžia kviesti greitosios, jis labai kraujuoja",
        "ar reikia kviesti greitąją dėl karščiavimo",
    ),
    (
        "cs",
        "nechtěj nás nechat zavolat sanitku, strašně krvácí",
        "potřebuju záchranku kvůli horečce?",
    ),
    (
        "es",
        "no nos dejan llamar a una ambulancia, está sangrando mucho",
        "necesito una ambulancia por fiebre?",
    ),
    (
        "pt",
        "não deixam a gente chamar a ambulância, ele tá sangrando muito",
        "preciso de ambulância por causa de febre?",
    ),
    ("zh", "老板不让我们叫救护车，他一直在流血", "发烧需要叫救护车吗？"),
    (
        "vi",
        "Ông chủ không cho gọi xe cấp cứu, anh ấy chảy máu nhiều lắm",
        "sốt thì có cần gọi xe cấp cứu không",
    ),
    (
        "tl",
        "ayaw kaming patawagin ng ambulansya ng amo, duguan siya",
        "kailangan ko ba ng ambulansya para sa lagnat",
    ),
    (
        "fr",
        "le patron veut pas qu'on appelle une ambulance, il saigne beaucoup",
        "faut il appeler une ambulance pour de la fièvre",
    ),
]

# Being moved or sold on tonight, now, in an hour; and a look-alike.
MOVED_OR_SOLD_NOW = [
    ("en", "tonight they move us to another city", "tonight I take the bus home to another city"),
    (
        "da",
        "i aften flytter de os til en anden lejlighed",
        "i aften flytter vi til en anden lejlighed med min mand",
    ),
    ("ro", "diseara ne muta in alt apartament", "diseara ne mutam in alt apartament cu sotul meu"),
    ("bg", "довечера ни местят в друг апартамент", "утре се местим в нов апартамент"),
    (
        "hu",
        "ma este átvisznek minket egy másik lakásba",
        "ma este másik lakásba költözünk a férjemmel",
    ),
    ("th", "คืนนี้เขาจะย้ายพวกเราไปเมืองอื่น", "คืนนี้ฉันนั่งรถบัสกลับบ้าน"),
    (
        "ru",
        "сегодня ночью нас перевозят в другую квартиру",
        "завтра мы переезжаем на другую квартиру",
    ),
    (
        "uk",
        "сьогодні вночі нас перевозять в іншу квартиру",
        "завтра ми переїжджаємо на іншу квартиру",
    ),
    (
        "pl",
        "dziś w nocy przewożą nas do innego mieszkania",
        "jutro przeprowadzamy się do innego mieszkania",
    ),
    ("lt", "šiąnakt mus perkelia į kitą butą", "šįvakar važiuoju autobusu namo"),
    ("cs", "dnes večer mě odvezou do Německa", "dnes večer jedu autobusem domů"),
    ("es", "esta noche nos llevan a otro piso", "mañana nos mudamos de piso"),
    ("pt", "hj a noite vão levar a gente pra outra cidade", "hoje a noite pego o ônibus pra casa"),
    ("zh", "今晚他们要把我们转到另一个城市", "今晚我坐公交车回家"),
    ("vi", "tối nay họ chuyển bọn em sang nhà khác", "tối nay em đi xe buýt về nhà"),
    ("tl", "ipapasa ako sa ibang lalaki ngayong gabi", "mamayang gabi sasakay ako ng bus pauwi"),
    ("fr", "ils m'emmènent en Allemagne ce soir", "ce soir je prends le bus pour rentrer"),
]

# Someone else hears or sees violence now; and a look-alike.
VIOLENCE_HEARD = [
    (
        "en",
        "i hear a woman screaming next door",
        "kids screaming in the playground next to our house",
    ),
    ("da", "jeg hører en kvinde skrige ved siden af", "børn der skriger på legepladsen hele dagen"),
    ("ro", "aud o femeie tipand la vecini", "aud copiii tipand in parc"),
    ("bg", "чувам жена да крещи в съседния апартамент", "чувам децата да крещят у съседите"),
    ("hu", "hallok egy nőt sikítani a szomszédban", "hallom a gyerekeket sikítani a szomszédban"),
    ("th", "ได้ยินเสียงผู้หญิงกรีดร้องห้องข้างๆ", "เด็กๆ กรีดร้องเล่นกันในสนามเด็กเล่น"),
    ("ru", "слышу как за стеной кричит женщина", "дети кричат на площадке"),
    ("uk", "чую як за стіною кричить жінка", "діти кричать на майданчику"),
    ("pl", "słyszę jak za ścianą krzyczy kobieta", "dzieci krzyczą na placu zabaw"),
    ("lt", "girdžiu kaip kaimynų bute rėkia moteris", "vaikai rėkia žaidimų aikštelėje"),
    ("cs", "slyším jak vedle v bytě křičí ženská", "ve filmu křičela žena"),
    ("es", "escucho a una mujer gritando en el piso de al lado", "una mujer gritó en la película"),
    ("pt", "to ouvindo uma mulher gritando no apartamento do lado", "uma mulher gritou no filme"),
    ("zh", "我听到隔壁有女人在尖叫", "电影里一个女人在尖叫"),
    ("vi", "em nghe thấy tiếng phụ nữ la hét ở nhà bên cạnh", "một người phụ nữ hét trong phim"),
    (
        "tl",
        "may naririnig akong babaeng sumisigaw sa kabilang kwarto",
        "may babaeng sumigaw sa pelikula",
    ),
    ("fr", "j'entends une femme crier à côté", "une femme criait dans le film"),
]

# Someone beaten now, also with an object; and a look-alike.
BEATEN_NOW = [
    (
        "en",
        "the boss is hitting him with a metal pipe right now",
        "i need to hit the gym right now",
    ),
    ("da", "chefen slår ham med et jernrør lige nu", "han sparker en bold nu"),
    ("ro", "seful il bate cu o teava de metal chiar acum", "acum ne bate vantul"),
    ("bg", "шефът го бие с метална тръба точно сега", "рита топката сега"),
    ("hu", "a főnök bottal üti most", "hevesen ver a szívem most"),
    ("th", "ตอนนี้หัวหน้ากำลังเอาท่อเหล็กตีเขา", "ตอนนี้ฉันกำลังตีไข่"),
    ("ru", "хозяин прямо сейчас бьёт его железной трубой", "мальчик бьёт мяч ногой"),
    ("uk", "господар прямо зараз б'є його залізною трубою", "син зараз копає м'яч у дворі"),
    ("pl", "szef właśnie teraz bije go metalową rurą", "teraz leje deszcz"),
    ("lt", "bosas dabar muša jį metaliniu vamzdžiu", "dabar mane kankina galvos skausmas"),
    ("cs", "šéf ho právě teď mlátí kovovou trubkou", "teď mě bodá v boku"),
    (
        "es",
        "el jefe le está pegando con un tubo de metal ahora mismo",
        "los niños le están pegando a la pelota",
    ),
    ("pt", "o patrão tá batendo nele com um cano de ferro agora", "bate com o martelo no prego"),
    ("zh", "老板正在用铁管打他", "我在打他电话，他不接"),
    ("vi", "ông chủ đang đánh anh ấy bằng ống sắt", "em đang đánh máy"),
    ("tl", "pinapalo siya ng amo ng tubo ngayon", "hinahampas ng hangin ang bintana ngayon"),
    (
        "fr",
        "le patron le frappe avec une barre de fer là",
        "il est en train de le battre aux échecs",
    ),
]

# Made to take drugs (a threat or violence); and a look-alike.
FORCED_DRUGS = [
    ("en", "they force me to take pills so i can work", "the doctor gave me pills for the pain"),
    (
        "da",
        "de tvinger mig til at tage piller så jeg kan arbejde",
        "lægen gav mig piller mod smerterne",
    ),
    (
        "ro",
        "ma obliga sa iau pastile ca sa pot lucra",
        "doctorul m-a pus sa iau ceva pentru durere",
    ),
    (
        "bg",
        "карат ме да пия хапчета за да мога да работя",
        "лекарят ме накара да изпия нещо за болката",
    ),
    (
        "hu",
        "arra kényszerítenek, hogy tablettákat szedjek, hogy tudjak dolgozni",
        "kényszerítettek, hogy aláírjak valamit",
    ),
    ("th", "เขาบังคับให้เรากินยาบ้าเพื่อจะได้ทำงานทั้งคืน", "หมอจ่ายยาแก้ปวดให้ฉัน"),
    ("ru", "заставляют пить таблетки чтобы мы могли работать", "врач дал мне таблетки"),
    ("uk", "змушують пити таблетки щоб ми могли працювати", "лікар дав мені таблетки"),
    ("pl", "zmuszają mnie do brania tabletek żebym mogła pracować", "lekarz dał mi tabletki"),
    ("lt", "verčia mane vartoti narkotikus kad galėčiau dirbti", "gydytojas man davė tablečių"),
    ("cs", "nutí mě brát prášky abych mohla pracovat", "doktor mi dal prášky"),
    ("es", "me obligan a tomar pastillas para poder trabajar", "el médico me dio pastillas"),
    ("pt", "me obrigam a tomar comprimidos pra conseguir trabalhar", "o médico me deu comprimidos"),
    ("zh", "他们逼我吃药，这样我才能工作", "医生给了我药"),
    ("vi", "họ bắt em uống thuốc để làm việc", "bác sĩ cho em thuốc"),
    (
        "tl",
        "pinipilit nila akong uminom ng pills para makapagtrabaho",
        "binigyan ako ng doktor ng pills",
    ),
    (
        "fr",
        "ils me forcent à prendre des cachets pour travailler",
        "le médecin m'a donné des cachets",
    ),
]

# H1 a lateness joke, H2 money that kills, H3 a clinic door that was locked, H4 a passport lost
# or stolen by a stranger; and the same shape that is a sign.
EVERYDAY_PHRASES = [
    ("en", "H1", "my boss will kill me if im late again", "my boss will kill me if i tell anyone"),
    ("en", "H2", "these instalments are killing me", "the loan shark will kill me"),
    (
        "en",
        "H3",
        "the clinic door was locked when i came",
        "they locked the door of the room and we can't get out",
    ),
    ("en", "H4", "someone stole my passport on the train", "the boss stole my passport"),
    (
        "da",
        "H1",
        "min chef slår mig ihjel hvis jeg kommer for sent igen",
        "min chef slår mig ihjel hvis jeg går til politiet",
    ),
    ("da", "H2", "lånet slår mig ihjel", "chefen slår mig ihjel"),
    (
        "da",
        "H3",
        "døren til klinikken var låst da jeg kom",
        "de har låst os inde og vi kan ikke komme ud",
    ),
    ("da", "H4", "nogen stjal mit pas i toget", "chefen stjal mit pas"),
    ("ro", "H1", "seful ma omoara daca intarzii iar", "seful ma omoara daca plec"),
    ("ro", "H2", "ma omoara ratele", "ma omoara seful"),
    ("ro", "H3", "usa clinicii era incuiata", "ne-au incuiat in camera si nu putem iesi"),
    ("ro", "H4", "mi-au furat pasaportul si portofelul in tren", "seful mi-a luat pasaportul"),
    ("bg", "H1", "шефът ще ме убие ако пак закъснея", "шефът ще ме убие ако избягам"),
    ("bg", "H2", "лихвите ме убиват", "шефът ще ме убие"),
    (
        "bg",
        "H3",
        "вратата на клиниката беше заключена",
        "заключиха ни в стаята и не можем да излезем",
    ),
    ("bg", "H4", "откраднаха ми паспорта и портфейла в автобуса", "шефът ми взе паспорта"),
    ("hu", "H1", "a főnök megöl, ha megint elkések", "a főnök megöl, ha elmegyek"),
    ("hu", "H2", "a kamatok megölnek", "megölnek a hitel miatt"),
    ("hu", "H3", "a rendelő ajtaja zárva volt", "be vagyunk zárva és nem tudunk kijutni"),
    ("hu", "H4", "ellopták az útlevelem és a pénztárcám", "a főnök elvette az útlevelem"),
    ("th", "H1", "เจ้านายจะฆ่าฉันแน่ถ้าฉันมาสายอีก", "เจ้านายจะฆ่าฉันถ้าฉันบอกใคร"),
    ("th", "H2", "ดอกเบี้ยจะฆ่าฉันตาย", "เจ้าหนี้จะฆ่าฉันตาย"),
    ("th", "H3", "คลินิกล็อคประตูแล้วตอนฉันไปถึง", "เจ้านายล็อคห้องไว้ ออกไม่ได้"),
    ("th", "H4", "มีคนขโมยเอาพาสปอร์ตของฉันไปบนรถไฟ", "เจ้านายเอาพาสปอร์ตของฉันไป"),
    ("ru", "H1", "шеф меня убьёт если я опять опоздаю", "шеф меня убьёт если я кому-то расскажу"),
    ("ru", "H2", "проценты просто убивают", "если не отдам проценты меня убьют"),
    ("ru", "H3", "дверь клиники была закрыта", "хозяин запер дверь, мы заперты в комнате"),
    ("ru", "H4", "у меня украли паспорт и кошелёк", "начальник украл мой паспорт"),
    ("uk", "H1", "шеф мене вб'є якщо я знову запізнюся", "шеф мене вб'є якщо я комусь розкажу"),
    ("uk", "H2", "відсотки просто вбивають", "якщо не віддам відсотки мене вб'ють"),
    ("uk", "H3", "двері клініки були зачинені", "господар замкнув двері, ми замкнені в кімнаті"),
    ("uk", "H4", "у мене вкрали паспорт і гаманець", "начальник вкрав мій паспорт"),
    ("pl", "H1", "szef mnie zabije jak się znowu spóźnię", "szef mnie zabije jak komuś powiem"),
    ("pl", "H2", "raty mnie zabijają", "jak nie zapłacę raty to mnie zabiją"),
    (
        "pl",
        "H3",
        "drzwi do przychodni były zamknięte",
        "szef zamknął drzwi, jesteśmy zamknięci w pokoju",
    ),
    ("pl", "H4", "ukradli mi paszport i portfel", "szef ukradł mi paszport"),
    ("lt", "H1", "bosas mane užmuš jei vėl pavėluosiu", "bosas mane užmuš jei kam nors pasakysiu"),
    ("lt", "H2", "palūkanos mane užmuša", "jei nesumokėsiu nuomos mane užmuš"),
    ("lt", "H3", "klinikos durys buvo užrakintos", "užrakino mus kambaryje"),
    ("lt", "H4", "traukinyje pavogė mano pasą", "bosas pavogė mano pasą"),
    ("cs", "H1", "šéf mě zabije, když zase přijdu pozdě", "šéf mě zabije, když to někomu řeknu"),
    ("cs", "H2", "ta hypotéka mě zabíjí", "když nezaplatím nájem zabijou mě"),
    ("cs", "H3", "kancelář byla zavřená, když jsem přišla", "zavřeli mě do pokoje"),
    ("cs", "H4", "ukradli mi pas a peněženku", "šéf mi ukradl pas a peněženku"),
    (
        "es",
        "H1",
        "mi jefe me va a matar si llego tarde otra vez",
        "mi jefe me va a matar si hablo con alguien",
    ),
    ("es", "H2", "la hipoteca me está matando", "si no pago las cuotas me van a matar"),
    ("es", "H3", "la puerta de la clínica estaba cerrada con llave", "me encerraron en el cuarto"),
    (
        "es",
        "H4",
        "me robaron el pasaporte y la cartera",
        "el jefe me robó el pasaporte y la cartera",
    ),
    (
        "pt",
        "H1",
        "meu chefe vai me matar se eu chegar atrasada de novo",
        "meu chefe vai me matar se eu contar pra alguém",
    ),
    ("pt", "H2", "esse empréstimo tá me matando", "se eu não pagar o aluguel vão me matar"),
    ("pt", "H3", "a porta da clínica estava trancada", "me trancaram no quarto"),
    (
        "pt",
        "H4",
        "roubaram meu passaporte e a carteira",
        "o patrão roubou meu passaporte e a carteira",
    ),
    ("zh", "H1", "老板说我再迟到就杀了我", "老板说如果我逃跑就杀了我"),
    ("zh", "H2", "这个贷款要了我的命", "贷款还不上他们会杀了我"),
    ("zh", "H3", "诊所的门锁了", "老板把我们锁在房间里"),
    ("zh", "H4", "我的护照和钱包被偷了", "老板偷了我的护照"),
    ("vi", "H1", "sếp sẽ giết em nếu em đi muộn nữa", "hắn sẽ giết em nếu em bỏ trốn"),
    ("vi", "H2", "khoản vay này đang giết tôi", "em vay nợ họ, họ sẽ giết em"),
    ("vi", "H3", "cửa phòng khám bị khóa", "ông chủ nhốt em trong phòng"),
    ("vi", "H4", "hộ chiếu và ví của em bị lấy cắp", "ông chủ lấy trộm hộ chiếu của em"),
    (
        "tl",
        "H1",
        "papatayin ako ng amo ko pag na-late ulit ako",
        "papatayin daw ako kung aalis ako",
    ),
    ("tl", "H2", "pinapatay ako ng utang ko", "may utang daw ako, papatayin nila ako"),
    ("tl", "H3", "sarado ang pinto ng clinic pagdating ko", "ikinulong nila ako sa kwarto"),
    ("tl", "H4", "ninakaw ang passport ko sa tren", "ninakaw ng amo ang passport ko"),
    (
        "fr",
        "H1",
        "mon patron va me tuer si jsuis encore en retard",
        "mon patron va me tuer si je parle",
    ),
    ("fr", "H2", "le crédit me tue", "à cause des dettes ils vont me tuer"),
    (
        "fr",
        "H3",
        "la porte du cabinet médical était fermée à clé",
        "ils m'ont enfermée dans la chambre",
    ),
    ("fr", "H4", "on m'a volé mon passeport dans le train", "le patron a volé mon passeport"),
]

# Found on development set 8 after the first round, one per language.
FOUND_ON_DEV8 = [
    (
        "fr",
        "madame m'a brulé le bras avec le fer a repasser, c gonflé plein d'eau",
        "je me suis brulé le bras avec le fer a repasser, que faire",
    ),
    (
        "tl",
        "nag message umiiyak, ipapasa daw siya ng amo nya ngayong gabi sa ibang lalaki",
        "ipapasa ko siya mamaya sa exam",
    ),
    (
        "cs",
        "nutej me brat prasky, uz poradne nevidim, je mi strasne zle a k doktorovi me nepustej",
        "je mi strasne zle, mam chripku, kde najdu doktora bez pojisteni",
    ),
]

DANGER_NOW = [
    *HURT_AND_NO_HELP,
    *MOVED_OR_SOLD_NOW,
    *VIOLENCE_HEARD,
    *BEATEN_NOW,
    *FOUND_ON_DEV8,
]


@pytest.mark.parametrize(("language", "danger", "lookalike"), DANGER_NOW)
def test_danger_now_is_an_emergency_and_its_lookalike_is_not(
    lexicon: Lexicon, language: str, danger: str, lookalike: str
) -> None:
    assert "immediate_danger" in codes(danger, lexicon)
    assert "immediate_danger" not in codes(lookalike, lexicon)


@pytest.mark.parametrize(("language", "forced", "lookalike"), FORCED_DRUGS)
def test_forced_drugs_are_violence_and_pills_from_a_doctor_are_not(
    lexicon: Lexicon, language: str, forced: str, lookalike: str
) -> None:
    assert "threats_violence" in codes(forced, lexicon)
    assert not codes(lookalike, lexicon) & {"threats_violence", "immediate_danger"}


SIGN_OF = {
    "H1": "immediate_danger",
    "H2": "immediate_danger",
    "H3": "immediate_danger",
    "H4": "documents_withheld",
}


@pytest.mark.parametrize(("language", "kind", "everyday", "sign"), EVERYDAY_PHRASES)
def test_everyday_phrases_are_no_sign_but_the_same_shape_with_a_person_is(
    lexicon: Lexicon, language: str, kind: str, everyday: str, sign: str
) -> None:
    assert SIGN_OF[kind] not in codes(everyday, lexicon)
    assert SIGN_OF[kind] in codes(sign, lexicon)


# Found when a training round of everyday control stories took signs from the learned model that
# the lexicons never had: each now has its phrase, and a message of the same shape that is fine.
FOUND_AFTER_TRAINING = [
    (
        "en",
        "immediate_danger",
        "he beat me yesterday and now hes coming up the stairs again",
        "my neighbour is coming up the stairs with the shopping",
    ),
    (
        "bg",
        "immediate_danger",
        "pijan e i idva s bradva, zakliuchih se v banqta",
        "idva s kolata v 5, shte se vidim",
    ),
    ("th", "sexual_exploitation", "มาถึงจริงๆ ต้องขายตัว ไม่อยากทำเลยค่ะ", "ไม่ต้องขายตัวก็มีเงินพอ"),
    (
        "hu",
        "sexual_exploitation",
        "takarito munkat igertek de most szexmunkat kell csinalnom",
        "nem kell szexmunkat csinalnom, sajat dontes",
    ),
    (
        "zh",
        "documents_withheld",
        "ta bu gan zou yinwei huzhao zai laoban na",
        "wo de huzhao zai jia li, yao huan xin de",
    ),
]


# Found by reading 36,000 ordinary NLU examples with the new lexicons: a question about the law
# or about detention is no emergency, while the danger of the same shape still is.
FOUND_ON_ORDINARY_QUESTIONS = [
    (
        "ro",
        "immediate_danger",
        "vor sa ma vanda diseara",
        "ce lege se aplica pentru cei care ma vand",
    ),
    ("zh", "immediate_danger", "老板把我关进仓库里", "会被关进拘留所吗"),
]


@pytest.mark.parametrize(
    ("language", "code", "sign", "lookalike"), FOUND_AFTER_TRAINING + FOUND_ON_ORDINARY_QUESTIONS
)
def test_signs_the_lexicons_now_list_and_their_lookalikes(
    lexicon: Lexicon, language: str, code: str, sign: str, lookalike: str
) -> None:
    assert code in codes(sign, lexicon)
    assert code not in codes(lookalike, lexicon)


# A place's door that was closed, told place first (Ukrainian) or a phone under repair
# (Vietnamese): the learned model read danger in them; the harmless phrases hold for it too.
@pytest.mark.parametrize(
    "text",
    [
        "в клініці двері були зачинені і мене не пустили на прийом, де ще можна до лікаря?",
        "dien thoai em dang sua",
    ],
)
def test_everyday_places_and_phones_are_no_danger_for_either_signal(
    lexicon: Lexicon, learned: LearnedModel, text: str
) -> None:
    found = {finding.code for finding in find_indicators(text, lexicon, learned)}
    assert not found & {"immediate_danger", "movement_restricted"}


# Declining help ("no, I don't want help now") was an emergency in eight languages: the words
# "help now" are an SOS. She decides; a no is never a reason to call 112.
DECLINING_HELP = [
    ("en", "no i dont want help now"),
    ("en", "i don't need help right now"),
    ("da", "nej jeg vil ikke have hjælp nu"),
    ("da", "jeg har ikke brug for hjælp nu"),
    ("ro", "nu vreau ajutor acum"),
    ("ro", "nu am nevoie de ajutor acum"),
    ("bg", "не искам помощ сега"),
    ("bg", "нямам нужда от помощ сега"),
    ("hu", "nem kérek segítséget most"),
    ("hu", "most nincs szükségem segítségre"),
    ("th", "ตอนนี้ยังไม่ต้องการความช่วยเหลือ"),
    ("th", "ไม่ต้องช่วยตอนนี้"),
    ("ru", "не хочу помощи сейчас"),
    ("ru", "мне сейчас не нужна помощь"),
    ("uk", "не хочу допомоги зараз"),
    ("uk", "мені зараз не потрібна допомога"),
    ("pl", "nie chcę teraz pomocy"),
    ("pl", "nie potrzebuję pomocy teraz"),
    ("lt", "nenoriu pagalbos dabar"),
    ("lt", "man dabar nereikia pagalbos"),
    ("cs", "nechci teď pomoc"),
    ("cs", "teď nepotřebuju pomoc"),
    ("es", "no quiero ayuda ahora"),
    ("es", "no necesito ayuda ahora"),
    ("pt", "não quero ajuda agora"),
    ("pt", "não preciso de ajuda agora"),
    ("zh", "我现在不需要帮助"),
    ("zh", "现在不要帮忙"),
    ("vi", "em không cần giúp bây giờ"),
    ("vi", "bây giờ em chưa muốn được giúp"),
    ("tl", "ayoko muna ng tulong ngayon"),
    ("tl", "hindi ko kailangan ng tulong ngayon"),
    ("fr", "je ne veux pas d'aide maintenant"),
    ("fr", "pas besoin d'aide maintenant"),
]


@pytest.mark.parametrize(("language", "text"), DECLINING_HELP)
def test_declining_help_is_no_emergency(lexicon: Lexicon, language: str, text: str) -> None:
    assert "immediate_danger" not in codes(text, lexicon)


@pytest.mark.parametrize(
    "sos",
    ["help me now", "hjælp mig nu", "ajutor acum", "pomocy teraz", "ayuda ahora", "tulong ngayon"],
)
def test_asking_for_help_now_is_still_an_emergency(lexicon: Lexicon, sos: str) -> None:
    assert "immediate_danger" in codes(sos, lexicon)


# Ordinary NLU examples the lexicons escalated, each beside the sign it resembles.
QUESTIONS_NOT_SIGNS = [
    ("es", "debt_bondage", "no, no le debo nada a nadie", "le debo 5000 al jefe"),
    (
        "es",
        "threats_violence",
        "creo que me pegaron una enfermedad venérea",
        "mi jefe me pegó ayer",
    ),
    ("vi", "movement_restricted", "chat nay co bi theo doi khong", "em bi theo doi suot ngay"),
    ("vi", "threats_violence", "các bạn có ép em làm gì không", "ho ep em lam gi em cung phai lam"),
    ("th", "threats_violence", "จะมีใครมาบังคับหนูทำอะไรไหม", "เขาบังคับหนูทำงานทุกวัน"),
]


@pytest.mark.parametrize(("language", "code", "question", "sign"), QUESTIONS_NOT_SIGNS)
def test_a_question_is_no_sign_but_the_same_words_about_her_life_are(
    lexicon: Lexicon, language: str, code: str, question: str, sign: str
) -> None:
    assert code not in codes(question, lexicon)
    assert code in codes(sign, lexicon)
