"""Emergencies told without the words for danger, in all 17 languages, each beside an everyday
message of the same shape that must not become one.

Development set 10 (bench/data/triage_dev10.yml) showed them: a grave injury or illness while
the boss refuses a doctor or an ambulance ("until we land", "because we have no papers"); being
driven away or carried into a van right now; a threat to life in plain words ("he'll throw me
overboard", the key taken and the window that opens only a little); and a witness's words for
a child ("a girl of maybe 12-13", "a pupil from 8th grade"). It also showed two signs of a
possible victim: someone else holds her MitID or yellow card, and she was held captive (past
tense counts: she is a possible victim even if it is over). The look-alikes are everyday: a
doctor who says no hospital is needed, the driver who takes them to work, the cook's knife, a
key taken by mistake, "I have lived here 12-13 years". And the writer who says she is not in
danger is not read as saying she is. Nor is a MitID app that is blocked, or a passport check
at the airport.
"""

from __future__ import annotations

import pytest

from bot.triage import Lexicon, TriageRules
from tests.support.lexicon_codes import codes, priority

# Care refused for a grave injury, taken away now, a threat to life told plainly; a look-alike.
DANGER_NOW = [
    (
        "en",
        "my friend is coughing blood and the boss says no doctor because we have no papers",
        "can I see a doctor if I have no papers?",
    ),
    (
        "en",
        "I'm in the car, I don't know where they are taking me",
        "I am in the car with my husband",
    ),
    (
        "en",
        "he took the key with him and said he's back at 8, the window only opens a little",
        "I took the key with me by mistake",
    ),
    (
        "da",
        "hun kaster blod op, madammen siger ikke på hospitalet",
        "min veninde besvimede i går, hun har det fint nu",
    ),
    (
        "da",
        "chaufføren venter nedenunder, de siger vi tager til Tyskland i aften",
        "chaufføren henter os til arbejde kl 6",
    ),
    ("da", "han sagde han vil smide mig over bord", "han har en kniv fordi han er kok"),
    (
        "ro",
        "colegul meu tușește sânge de azi și șeful zice fără doctor pentru că nu avem acte",
        "colegul meu tușește de o săptămână, unde poate merge la doctor fără acte?",
    ),
    (
        "ro",
        "sunt în mașină și nu știu unde mă duc",
        "sunt în mașină cu soțul meu, vorbim mai târziu",
    ),
    (
        "ro",
        "a luat cheia cu el și a zis că se întoarce la 8, geamul se deschide doar puțin",
        "am luat cheia cu mine din greșeală, colega nu poate intra",
    ),
    (
        "bg",
        "колегата кашля кръв, а шефът казва без лекар, защото нямаме документи",
        "колегата кашля от седмица, при кой лекар може да отиде без документи?",
    ),
    ("bg", "в колата съм и не знам къде ме карат", "в колата съм с мъжа ми, ще пиша по-късно"),
    (
        "bg",
        "взе ключа и каза че се връща в 8, прозорецът се отваря само малко",
        "взех ключа по погрешка, колежката не може да влезе",
    ),
    (
        "hu",
        "a kollégám vért köhög, a főnök azt mondja nincs orvos, mert nincsenek papírjaink",
        "a kollégám egy hete köhög, melyik orvoshoz mehet papírok nélkül?",
    ),
    (
        "hu",
        "a kocsiban vagyok, nem tudom hova visznek",
        "a férjemmel vagyok az autóban, később írok",
    ),
    (
        "hu",
        "elvitte a kulcsot és azt mondta 8-ra visszajön, az ablak csak egy kicsit nyílik",
        "véletlenül elvittem a kulcsot, a kolléganőm nem tud bejutni",
    ),
    ("th", "เธออาเจียนเป็นเลือดตั้งแต่เช้า แม่เล้าไม่ให้ไปโรงพยาบาล", "เพื่อนเป็นลมเมื่อวาน ตอนนี้ดีขึ้นแล้ว"),
    ("th", "ตอนนี้หนูอยู่ในรถ ไม่รู้ว่าเขาจะพาหนูไปไหน", "ฉันอยู่ในรถกับสามี"),
    ("th", "เขาบอกว่าจะโยนฉันลงทะเล", "เขามีมีดทำครัวเพราะเขาเป็นพ่อครัว"),
    (
        "pl",
        "koleżanka kaszle krwią a szefowa mówi że żadnego lekarza bo nie mamy papierów",
        "koleżanka wczoraj zemdlała, teraz już wszystko dobrze",
    ),
    ("pl", "jestem w samochodzie, nie wiem dokąd mnie wiozą", "jestem w samochodzie z mężem"),
    (
        "pl",
        "zabrał klucz ze sobą i powiedział że wróci o 8, okno otwiera się tylko trochę",
        "zabrałam klucz ze sobą przez pomyłkę",
    ),
    (
        "uk",
        "подруга кашляє кров'ю а хазяйка каже ніякого лікаря бо в нас немає документів",
        "подруга вчора знепритомніла, зараз уже все добре",
    ),
    ("uk", "я в машині, не знаю куди мене везуть", "я в машині з чоловіком"),
    (
        "uk",
        "взяв кухонний ніж і сказав що якщо комусь скажу то пошкодую",
        "у нього ніж, бо він кухар",
    ),
    ("ru", "его рвёт кровью, бригадир говорит не в больницу", "порезала палец, где ближайший врач"),
    ("ru", "запихивают её в машину, она кричит", "водитель забирает нас на работу в 6"),
    (
        "ru",
        "сказал что выкинет меня за борт",
        "у него есть кухонный нож потому что он работает поваром",
    ),
    (
        "es",
        "mi compañero está tosiendo sangre y el jefe dice que nada de médico",
        "mi compañero tiene tos, ¿puede ir al médico si no tiene papeles?",
    ),
    (
        "es",
        "estoy en el coche, no sé a dónde me llevan",
        "estoy en el coche con mi marido, vamos al súper",
    ),
    (
        "es",
        "se llevó la llave y dijo que vuelve a las 8, la ventana solo se abre un poco",
        "me llevé la llave por error, ¿qué hago?",
    ),
    (
        "pt",
        "meu colega está tossindo sangue e o patrão diz que nada de médico",
        "minha amiga pode ir ao médico se não tem documentos? ela está com tosse",
    ),
    (
        "pt",
        "o motorista está esperando lá embaixo, dizem que hoje à noite vamos pra Alemanha",
        "o motorista pega a gente às 6 pro trabalho",
    ),
    (
        "pt",
        "ele pegou a faca da cozinha e disse que se eu falar ele me mata",
        "ele tem uma faca de cozinha porque é o cozinheiro",
    ),
    (
        "tl",
        "nagsusuka siya ng dugo at ayaw ng boss na dalhin siya sa ospital",
        "nahimatay ang kaibigan ko kahapon, okay na siya ngayon",
    ),
    ("tl", "isinasakay nila siya sa kotse, sumisigaw siya", "nasa kotse ako kasama ang asawa ko"),
    ("tl", "sabi niya itatapon niya ako sa dagat", "may kutsilyo siya kasi siya ang kusinero"),
    (
        "lt",
        "draugas kosėja krauju, bet bosas sako jokio gydytojo nes neturim dokumentų",
        "draugas kosėja, kur rasti gydytoją be dokumentų?",
    ),
    ("lt", "esu mašinoje, nežinau kur mane veža", "esu mašinoje su vyru, važiuojam į darbą"),
    ("lt", "jis pasakė kad išmes mane už borto", "jis pasakė kad išmes šiukšles"),
    (
        "cs",
        "kamarád kašle krev a šéf říká žádnej doktor, protože nemáme papíry",
        "kamarád kašle, kam může jít k doktorovi bez papírů?",
    ),
    ("cs", "jsem v autě a nevím kam mě vezou", "jsem v autě s manželem, jedeme do práce"),
    ("cs", "řekl že mě hodí přes palubu", "řekl že mě hodí do práce autem"),
    (
        "fr",
        "mon collègue crache du sang et le patron dit pas de médecin parce qu'on a pas de papiers",
        "mon collègue tousse, où trouver un médecin sans papiers ?",
    ),
    (
        "fr",
        "je suis dans la voiture, je sais pas où ils m'emmènent",
        "je suis dans la voiture avec mon mari, on va au travail",
    ),
    ("fr", "il a dit qu'il va me jeter par-dessus bord", "il a dit qu'il va jeter les poubelles"),
    (
        "vi",
        "bạn em ho ra máu cả đêm mà bà chủ bảo không được đi bệnh viện vì không có giấy tờ",
        "mẹ em bị khó thở, bác sĩ bảo không cần đi viện",
    ),
    (
        "vi",
        "em đang ở trên xe, không biết họ đang chở em đi đâu",
        "em đang trên xe buýt, không biết xe này đi đâu",
    ),
    ("vi", "hắn nói sẽ ném em xuống biển", "anh ấy thả em xuống bãi biển rồi đi làm"),
    (
        "zh",
        "我朋友一直咳血，老板说不能去医院因为我们没有证件",
        "医生说不用去医院，我朋友晕倒过一次现在好了",
    ),
    ("zh", "我在车上，不知道他们要带我去哪里", "我在公交车上，不知道这车去哪里"),
    ("zh", "他把钥匙带走了，说八点回来，窗户只能开一点点，门打不开", "我不小心把钥匙带走了"),
]


# A witness's words for a child (minor); a look-alike with the same numbers or words.
CHILD_WORDS = [
    (
        "en",
        "there is a girl of maybe 12-13 in the flat upstairs",
        "we were 12-13 people at the party, all adults",
    ),
    ("da", "der er en pige på måske 12-13 år i lejligheden", "jeg har boet i Danmark i 12-13 år"),
    ("ro", "am văzut o fată de vreo 12-13 ani cu un bărbat în vârstă", "lucrez aici de 14 ani"),
    ("bg", "видях момиче на около 12-13 години с един мъж", "взех кредит на 10 години"),
    ("hu", "láttam egy kb 12-13 éves lányt egy idős férfival", "10 éves szerződést kaptam"),
    ("th", "มีเด็กผู้หญิงอายุประมาณ 12-13 อยู่ในห้องนั้น", "ฉันทำงานมา 12-13 ปีแล้ว"),
    ("pl", "dziewczyna może 12-13 lat", "przerwa na obiad jest 12-13"),
    ("uk", "бачила маленьку дівчинку з тим чоловіком у машині", "має 15 років досвіду"),
    ("ru", "ученица 8 класса там работает", "у него 15 лет опыта"),
    ("es", "vi a una niña de unos 12-13 años en la casa", "trabaja allí una chica de 25 años"),
    ("pt", "trabalha lá uma garota de 13 ou 14 anos", "trabalha lá uma moça de 25 anos"),
    ("tl", "may dalagita sa bahay, mga 13 o 14 taon", "may dalaga sa bahay, mga 25 anyos"),
    ("lt", "mačiau mergaitę gal 12-13 metų", "dirbu čia jau 12 metų"),
    ("cs", "byla tam holka tak 12-13 let", "pracuju tady už 12 let"),
    ("fr", "une fille de peut-être 12-13 ans", "il y a 12-13 ans je suis venue en France"),
    ("vi", "cô ấy là học sinh lớp 8", "em đi học lớp tiếng Đan Mạch"),
    ("zh", "那个女孩十三四岁", "我三十五岁"),
]


# She says she is not in danger (harmless); the same words saying she is.
NOT_IN_DANGER = [
    ("en", "not in danger, just no money for the train", "i am in danger he is at the door"),
    ("da", "jeg er ikke i fare, jeg har bare ingen penge", "jeg er i fare, han står ved døren"),
    ("ro", "nu sunt în pericol, doar nu am bani de bilet", "sunt în pericol, el e la ușă"),
    ("bg", "не съм в опасност, просто нямам пари за билет", "в опасност съм, той е на вратата"),
    (
        "hu",
        "nem vagyok veszélyben, csak nincs pénzem jegyre",
        "veszélyben vagyok, itt van az ajtóban",
    ),
    ("th", "ฉันไม่ได้อยู่ในอันตราย แค่ไม่มีเงิน", "ฉันอยู่ในอันตราย เขาอยู่หน้าประตู"),
    (
        "pl",
        "nie jestem w niebezpieczeństwie, po prostu nie mam pieniędzy",
        "jestem w niebezpieczeństwie, on stoi pod drzwiami",
    ),
    ("uk", "я не в небезпеці, просто немає грошей", "я в небезпеці, він стоїть під дверима"),
    ("ru", "я не в опасности, просто нет денег", "я в опасности, он стоит за дверью"),
    ("es", "no estoy en peligro, solo no tengo dinero", "estoy en peligro, él está en la puerta"),
    ("pt", "não estou em perigo, só não tenho dinheiro", "estou em perigo, ele está na porta"),
    (
        "tl",
        "hindi ako nasa panganib, wala lang akong pera",
        "nasa panganib ako, nandito siya sa pinto",
    ),
    ("lt", "aš nesu pavojuje, tiesiog neturiu pinigų", "esu pavojuje, jis prie durų"),
    ("cs", "nejsem v nebezpečí, jen nemám peníze", "jsem v nebezpečí, je za dveřmi"),
    (
        "fr",
        "je suis pas en danger, j'ai juste pas d'argent",
        "je suis en danger, il est devant la porte",
    ),
    (
        "vi",
        "em không gặp nguy hiểm, chỉ là em không có tiền",
        "em đang gặp nguy hiểm, hắn đang ở ngoài cửa",
    ),
    ("zh", "我没有危险，只是没钱了", "我有危险，他在门口"),
]


@pytest.mark.parametrize(("language", "sign", "look_alike"), DANGER_NOW)
def test_danger_told_indirectly_is_an_emergency_and_its_look_alike_is_not(
    lexicon: Lexicon, rules: TriageRules, language: str, sign: str, look_alike: str
) -> None:
    assert priority(sign, lexicon, rules) == "emergency", language
    assert priority(look_alike, lexicon, rules) != "emergency", language


@pytest.mark.parametrize(("language", "child", "look_alike"), CHILD_WORDS)
def test_a_witness_words_for_a_child_are_a_minor_and_the_look_alike_is_not(
    lexicon: Lexicon, language: str, child: str, look_alike: str
) -> None:
    assert "minor" in codes(child, lexicon), language
    assert "minor" not in codes(look_alike, lexicon), language


@pytest.mark.parametrize(("language", "harmless", "sign"), NOT_IN_DANGER)
def test_not_in_danger_is_no_emergency_and_in_danger_is(
    lexicon: Lexicon, language: str, harmless: str, sign: str
) -> None:
    assert "immediate_danger" not in codes(harmless, lexicon), language
    assert "immediate_danger" in codes(sign, lexicon), language


# Her MitID, NemID, CPR or yellow card held by someone else (documents_withheld); a look-alike.
MITID_HELD = [
    ("en", "the man who helped me has my mitid", "my mitid app is blocked"),
    (
        "da",
        "min onkel har taget mit mitid, han siger han passer på det",
        "min mand hjælper mig med MitID, vi gør det sammen",
    ),
    (
        "ro",
        "patronul îmi ține MitID-ul și cardul galben",
        "soțul meu are MitID-ul meu, îl folosim împreună",
    ),
    (
        "bg",
        "шефът държи моето MitID и не ми го дава",
        "мъжът ми има моето MitID, правим всичко заедно",
    ),
    ("hu", "A főnök elvette a MitID-met és nem adja vissza", "Elfelejtettem a MitID jelszavamat"),
    ("th", "นายจ้างเก็บ MitID ของฉันไว้", "แฟนเก็บ MitID ของฉันไว้ให้ เราทำด้วยกัน"),
    ("pl", "wujek zabrał mi MitID i kod", "mąż ma moje MitID, robimy wszystko razem"),
    ("uk", "дядько забрав у мене MitID і код", "мій чоловік має мій MitID, ми все робимо разом"),
    ("ru", "мой MitID у начальника", "Муж помогает мне с MitID, мы делаем это вместе"),
    (
        "es",
        "El jefe tiene mi MitID y no me lo devuelve",
        "La kommune tiene mis papeles para mi solicitud",
    ),
    ("pt", "o meu MitID está com o chefe", "meu app MitID está bloqueado"),
    (
        "tl",
        "Hawak ng amo ko ang MitID ko",
        "Tinutulungan ako ng asawa ko sa MitID, sabay namin ginagawa",
    ),
    (
        "lt",
        "tas vyras kuris padejo atvaziuoti pasieme mano cpr kortele",
        "pamiršau savo MitID slaptažodį",
    ),
    ("cs", "moje MitID je u šéfa v kanceláři", "manžel mi pomáhá s MitID, děláme to spolu"),
    (
        "fr",
        "le patron a mon MitID et il veut pas me le rendre",
        "la kommune a mes papiers pour ma demande de titre de séjour",
    ),
    (
        "vi",
        "ông chủ giữ MitID của em và không cho em đụng vào",
        "app MitID của em bị khóa, phải làm sao?",
    ),
    ("zh", "他们把我们的MitID和黄卡都收走了", "老公帮我弄MitID，我们一起做的"),
]


# Held captive, now or in the past (movement_restricted); a look-alike.
HELD_CAPTIVE = [
    (
        "en",
        "they held me in a basement for 3 months in 2022",
        "I was held at the airport for two hours by passport control",
    ),
    (
        "da",
        "de holdt mig fanget i en kælder i 3 måneder",
        "hun blev holdt på hospitalet til observation",
    ),
    ("ro", "m-au ținut într-un subsol 3 luni", "m-au ținut în spital pentru observație"),
    ("bg", "бях отвлечена и държана затворена", "държаха ме в болницата за наблюдение"),
    ("hu", "Hónapokig fogva tartottak egy pincében", "Megfigyelésre bent tartottak a kórházban"),
    ("th", "พวกเขาขังฉันไว้ในห้องใต้ดินสามเดือน", "ฉันถูกกักตัวที่สนามบินสองชั่วโมงที่ด่านตรวจพาสปอร์ต"),
    (
        "pl",
        "trzymali mnie w piwnicy przez 3 miesiące",
        "trzymali mnie w szpitalu dwa tygodnie na obserwacji",
    ),
    ("uk", "тримали мене в підвалі 3 місяці", "мене тримали в лікарні під наглядом"),
    ("ru", "Меня держали в подвале несколько месяцев", "Меня держали в больнице под наблюдением"),
    (
        "es",
        "Me tuvieron encerrada en un sótano durante meses",
        "Me retuvieron en el aeropuerto dos horas en el control de pasaportes",
    ),
    ("pt", "Me mantiveram presa num porão por meses", "o filme é sobre um sequestro"),
    (
        "tl",
        "Ikinulong nila ako sa basement nang ilang buwan",
        "Na-hold ako sa airport ng dalawang oras sa passport control",
    ),
    (
        "lt",
        "Mane pagrobė ir laikė uždarytą bute dvi savaites",
        "mane laikė ligoninėje per naktį stebėjimui",
    ),
    (
        "cs",
        "unesli mě a drželi v bytě dva týdny",
        "na letišti nás drželi dvě hodiny kvůli pasové kontrole",
    ),
    (
        "fr",
        "ils m'ont gardée dans une chambre pendant 2 semaines",
        "ils m'ont gardée à l'hôpital en observation",
    ),
    (
        "vi",
        "họ nhốt bọn em trong một căn phòng 2 tuần",
        "em bị giữ ở sân bay hai tiếng vì kiểm soát hộ chiếu",
    ),
    ("zh", "他们把我关在地下室三个月", "这部电影讲的是一个绑架案"),
]


@pytest.mark.parametrize(
    ("code", "language", "sign", "look_alike"),
    [
        *(("documents_withheld", *case) for case in MITID_HELD),
        *(("movement_restricted", *case) for case in HELD_CAPTIVE),
    ],
)
def test_her_mitid_held_or_being_held_captive_is_found_and_its_look_alike_is_not(
    lexicon: Lexicon,
    escalating_alone: frozenset[str],
    code: str,
    language: str,
    sign: str,
    look_alike: str,
) -> None:
    assert code in codes(sign, lexicon), language
    assert codes(look_alike, lexicon) & escalating_alone == set(), language


# Words left out of `minor` on purpose: said of adult women in sex work, of a baby in a
# pregnancy question, or another language's word before hours of work.
NOT_A_CHILD = [
    ("ru", "девочки работают на мадам, она забирает деньги"),
    ("uk", "дівчатка працюють на мадам"),
    ("lt", "mergaitės dirba pas madam, ji pasiima pinigus"),
    ("da", "jeg er gravid og vil beholde barnet"),
    ("lt", "dabar negaliu turėti vaiko"),
    ("vi", "chủ ép em bỏ đứa bé"),
    ("en", "we pick on the farm 12-14 hrs a day"),
]


@pytest.mark.parametrize(("language", "text"), NOT_A_CHILD)
def test_words_also_said_of_adults_or_a_baby_are_no_minor(
    lexicon: Lexicon, language: str, text: str
) -> None:
    assert "minor" not in codes(text, lexicon), language
