"""Signs of control that development set 11 showed, in all 17 languages, each with
look-alikes that must stay quiet.

Development set 11 (bench/data/triage_dev11.yml, session 19) showed possible victims whose only
signs were money and papers in someone else's hands: her wages paid into the boss's, foreman's
or driver's account and "what is left" handed to her; her MitID, residence card or letters from
the kommune and SKAT kept by the employer; loans and accounts opened in her name. And ordinary
messages read as danger: "my boss will kill me if I break another plate 😂". Helpers who saw no
blind set added these to every lexicon; the cases below are theirs, new sentences, not the
development messages. The look-alikes are everyday: her pay into her own account, a forgotten
MitID password, a new card from the bank, a shared account with her husband, and a joke about
being late. A real threat with the same words ("he will kill me if I go to the police") stays
an emergency.

Each case is triaged as the assistant's triage does without the classifier: lexicons and the
learned model together.
"""

from __future__ import annotations

import pytest

from bot.triage import LearnedModel, Lexicon, TriageRules
from bot.triage.pipeline import triage

CASES = [
    (
        "en",
        "emergency",
        "my boss said he will kill me if I call the police, he is outside the door now",
    ),
    ("en", "high", "all my wages go straight into the foreman's account and I work 13 hours a day"),
    ("en", "high", "the woman I live with took out three quick loans in my name"),
    ("en", "high", "my landlord logs in with my MitID and approves everything"),
    ("en", "high", "the boss keeps all my letters from SKAT and the kommune"),
    ("en", "high", "the agency still has my CPR card and my yellow card"),
    ("en", "none", "my supervisor will kill me if I spill coffee on the laptop again haha"),
    ("en", "none", "my wages go into my own account every month, how do I see my payslip?"),
    (
        "en",
        "none",
        "I want to take out a loan in my name to buy a car, is that possible with a work visa?",
    ),
    ("en", "none", "I forgot my MitID password, how do I reset it?"),
    ("en", "none", "my son helps me read my letters from the kommune because my Danish is bad"),
    ("en", "none", "the bank sent me a new card, the old one expired"),
    (
        "da",
        "emergency",
        "han siger han slår mig ihjel hvis jeg går til politiet, han står uden for døren",
    ),
    ("da", "high", "min løn bliver udbetalt til formandens konto og vi bor 9 mand i en skurvogn"),
    ("da", "high", "fruen har oprettet tre kviklån i mit navn"),
    ("da", "high", "værten bruger mit MitID til at logge ind i banken"),
    ("da", "high", "formanden gemmer alle mine breve fra Skat og kommunen"),
    ("da", "high", "vikarbureauet har stadig mit sundhedskort og mit opholdskort"),
    ("da", "high", "lønnen går til chaufføren og vi er 12 arbejdere i en container"),
    ("da", "none", "chefen slår mig ihjel hvis jeg taber en tallerken mere haha"),
    ("da", "none", "min løn går ind på min egen konto den sidste hverdag i måneden"),
    ("da", "none", "kan jeg optage et lån i mit eget navn når jeg er på SU?"),
    ("da", "none", "jeg har glemt min MitID kode, hvordan får jeg en ny?"),
    ("da", "none", "min søn hjælper mig med at læse brevene fra kommunen"),
    ("da", "none", "min mand og jeg har en fælles konto i Danske Bank"),
    ("da", "none", "vi er 4 personer i en lejlighed med to værelser, kan vi få boligstøtte?"),
    ("ro", "emergency", "mi-a zis ca ma omoara daca spun la politie, acum e in fata usii"),
    (
        "ro",
        "high",
        "salariul nostru intra direct pe cardul brigadierului si dormim 12 intr-un container",
    ),
    ("ro", "high", "patroana a luat credite rapide pe numele meu"),
    ("ro", "high", "coordonatorul foloseste MitID-ul meu si intra in banca mea"),
    ("ro", "high", "seful imi tine toate scrisorile de la kommune si de la SKAT"),
    ("ro", "high", "cardul de salariu il tine soferul care ne duce la munca"),
    ("ro", "none", "seful ma omoara daca mai sparg un pahar 😂"),
    ("ro", "none", "salariul imi intra pe card in fiecare luna, cum vad fluturasul?"),
    ("ro", "none", "pot sa iau un credit pe numele meu daca am contract pe un an?"),
    ("ro", "none", "am uitat parola de la MitID, ce fac?"),
    ("ro", "none", "fiica mea ma ajuta sa citesc scrisorile de la kommune"),
    ("ro", "none", "banca mi-a trimis un card nou prin posta"),
    ("pl", "emergency", "powiedział że mnie zabije jak pójdę na policję, stoi teraz pod drzwiami"),
    ("pl", "high", "pensja wpływa na konto brygadzisty a pracujemy 14 godzin dziennie"),
    ("pl", "high", "gospodyni wzięła chwilówki na moje nazwisko"),
    ("pl", "high", "pośrednik loguje się moim MitID do banku"),
    ("pl", "high", "szef chowa wszystkie moje listy z gminy i ze SKAT"),
    ("pl", "high", "agencja pracy trzyma moją kartę pobytu i kartę CPR"),
    ("pl", "none", "kierowniczka mnie zabije jak znowu rozleję kawę na klawiaturę haha"),
    ("pl", "none", "pensja wpływa na moje konto co miesiąc dziesiątego"),
    ("pl", "none", "czy mogę wziąć kredyt na swoje nazwisko jak mam umowę na rok?"),
    ("pl", "none", "zapomniałam hasła do MitID, jak je zmienić?"),
    ("pl", "none", "córka pomaga mi czytać listy z gminy"),
    ("pl", "none", "mąż i ja mamy wspólne konto w banku"),
    ("bg", "emergency", "каза че ще ме убие ако отида в полицията, сега е пред вратата"),
    ("bg", "high", "заплатата ми се превежда по сметката на бригадира и работим по 13 часа"),
    ("bg", "high", "хазяйката изтегли бързи кредити на мое име"),
    ("bg", "high", "шефът използва моето MitID за банката"),
    ("bg", "high", "бригадирът държи всичките ми писма от общината и от SKAT"),
    ("bg", "high", "шефката ми държи телефона, спя в салона и от всеки клиент ми дава само 150 кр"),
    (
        "bg",
        "high",
        "собственикът ни прибира телефоните през деня, спим в ресторанта и работим 14 часа на ден",
    ),
    ("bg", "none", "шефката ще ме убие ако пак счупя чиния 😂"),
    ("bg", "none", "заплатата ми идва по моята сметка всеки месец"),
    ("bg", "none", "мога ли да изтегля кредит на мое име ако имам договор за година?"),
    ("bg", "none", "забравих паролата за MitID, как да я сменя?"),
    ("bg", "none", "дъщеря ми ми помага да чета писмата от общината"),
    ("bg", "none", "банката ми изпрати нова карта по пощата"),
    ("bg", "none", "приятелката ми държи телефона ми докато плувам в басейна"),
    ("bg", "none", "от всеки клиент получавам бакшиш, трябва ли да го декларирам в SKAT?"),
    ("uk", "emergency", "він сказав що вб'є мене якщо я піду в поліцію, він зараз під дверима"),
    ("uk", "high", "зарплата йде на картку бригадира, а ми працюємо по 14 годин"),
    ("uk", "high", "хазяйка взяла швидкі кредити на моє ім'я"),
    ("uk", "high", "посередник користується моїм MitID"),
    ("uk", "high", "бригадир тримає всі мої листи з комуни і зі SKAT"),
    ("uk", "high", "грошей я не бачу, вони все забирають, а я працюю 7 днів на тиждень"),
    ("uk", "none", "начальниця мене вб'є якщо я знову пролию каву на ноутбук хаха"),
    ("uk", "none", "зарплата приходить на мій рахунок кожного місяця"),
    ("uk", "none", "чи можу я взяти кредит на своє ім'я якщо маю контракт на рік?"),
    ("uk", "none", "я забула пароль від MitID, як його змінити?"),
    ("uk", "none", "донька допомагає мені читати листи з комуни"),
    ("uk", "none", "ми з чоловіком маємо спільний рахунок у банку"),
    (
        "ru",
        "emergency",
        "Начальник сказал, что убьёт меня, если я пойду в полицию, я прячусь в туалете.",
    ),
    (
        "ru",
        "high",
        (
            "Работаю в теплице под Оденсе. Зарплату перечисляют на карту "
            "бригадира, а он мне наличкой отдаёт то, что остаётся. Работаем по 13 "
            "часов в день."
        ),
    ),
    ("ru", "high", "Вид на жительство и MitID у хозяйки, говорит чтобы я не потеряла."),
    (
        "ru",
        "high",
        (
            "Женщина, у которой я убираю, забирает все письма из коммуны и из "
            "банка и мне их не показывает."
        ),
    ),
    (
        "ru",
        "high",
        "Мужчина, который привёз меня в Данию, оформил кредиты на моё имя через мой CPR.",
    ),
    (
        "ru",
        "none",
        (
            "С этого месяца начальник переводит зарплату на мою собственную карту, "
            "надо ли сообщать в SKAT?"
        ),
    ),
    ("ru", "none", "Я забыла пароль от приложения MitID, как его восстановить?"),
    (
        "ru",
        "none",
        "Мне пришло письмо из коммуны на датском, я ничего не понимаю, помогите прочитать.",
    ),
    ("ru", "none", "Хочу взять кредит на машину, какие документы нужны в датском банке?"),
    (
        "ru",
        "none",
        (
            "ахаха начальник меня убьёт, сегодня опять разбила бокал 😂 во сколько "
            "вы завтра открываетесь?"
        ),
    ),
    ("ru", "none", "У нас с мужем общий счёт в банке, как добавить туда мою зарплату?"),
    (
        "lt",
        "emergency",
        "Šefas pasakė, kad mane užmuš, jei eisiu į policiją, dabar slepiuosi tualete.",
    ),
    (
        "lt",
        "high",
        (
            "Dirbu šiltnamyje prie Odensės. Algą perveda į brigadininko sąskaitą, "
            "o jis man grynais duoda tai, kas lieka. Dirbame po 13 valandų per "
            "dieną."
        ),
    ),
    ("lt", "high", "Mano leidimą gyventi ir MitID laiko savininkė, sako kad nepamesčiau."),
    (
        "lt",
        "high",
        (
            "Moteris, pas kurią tvarkau namus, pasiima visus laiškus iš kommune ir "
            "iš banko ir man jų neparodo."
        ),
    ),
    ("lt", "high", "Vyras, kuris atvežė mane į Daniją, paėmė paskolų mano vardu su mano CPR."),
    (
        "lt",
        "none",
        "Nuo šio mėnesio šefas algą perveda į mano pačios sąskaitą, ar reikia pranešti SKAT?",
    ),
    ("lt", "none", "Pamiršau MitID programėlės slaptažodį, kaip jį atkurti?"),
    (
        "lt",
        "none",
        "Gavau laišką iš kommune daniškai ir nieko nesuprantu, gal galite padėti perskaityti?",
    ),
    ("lt", "none", "Noriu paimti paskolą automobiliui, ko reikia Danijos bankui?"),
    (
        "lt",
        "none",
        "cha cha šefė mane užmuš, šiandien vėl sudaužiau taurę 😂 kada rytoj atidarote?",
    ),
    (
        "hu",
        "emergency",
        "A főnök azt mondta, megöl, ha a rendőrséghez fordulok, most a mosdóban bujkálok.",
    ),
    (
        "hu",
        "high",
        (
            "Egy üvegházban dolgozom Odense mellett. A fizetésemet a brigádvezető "
            "számlájára utalják, ő adja oda ami marad. Napi 13 órát dolgozunk."
        ),
    ),
    (
        "hu",
        "high",
        (
            "Bejelentés nélkül dolgozom, bérjegyzéket még soha nem kaptam, és egy "
            "raktárban alszunk hatan."
        ),
    ),
    ("hu", "high", "A MitID-met és a CPR-kártyámat a munkáltatóm tartja magánál."),
    (
        "hu",
        "high",
        "A nő, akinél takarítok, elveszi a kommune és a bank leveleit, és nem mutatja meg nekem.",
    ),
    ("hu", "high", "A férfi, aki kihozott Dániába, hiteleket vett fel a nevemre a CPR-számommal."),
    (
        "hu",
        "none",
        (
            "Ettől a hónaptól a főnök a saját számlámra utalja a fizetésemet, ezt "
            "be kell jelentenem a SKAT-nak?"
        ),
    ),
    ("hu", "none", "Még nem kaptam meg a bérjegyzéket erre a hónapra, mikor szokták küldeni?"),
    ("hu", "none", "Elfelejtettem a MitID-m jelszavát, hogyan tudom visszaállítani?"),
    ("hu", "none", "Kaptam egy levelet a kommunétól dánul és nem értem, tudnátok segíteni?"),
    ("hu", "none", "Szeretnék hitelt felvenni egy autóra, mit kér ehhez a dán bank?"),
    (
        "hu",
        "none",
        "haha a főnököm megöl, ma megint eltörtem egy poharat 😂 holnap hánykor nyitotok?",
    ),
    (
        "cs",
        "emergency",
        "Šéf řekl, že mě zabije, jestli půjdu na policii, schovávám se na záchodě.",
    ),
    (
        "cs",
        "high",
        (
            "Dělám ve skleníku u Odense. Mzdu posílají na účet předáka a on mi na "
            "ruku dá jen to, co zbyde. Makáme 13 hodin denně."
        ),
    ),
    ("cs", "high", "Můj povolení k pobytu a MitID drží majitel, prý aby se neztratily."),
    (
        "cs",
        "high",
        "Paní, u které uklízím, si bere všechny moje dopisy z kommune a od banky a neukáže mi je.",
    ),
    (
        "cs",
        "high",
        (
            "Ten chlap, co mě sem přivezl, sjednal na moje jméno úvěry a telefony "
            "a teď mi chodí upomínky."
        ),
    ),
    (
        "cs",
        "none",
        "Od tohoto měsíce mi šéf posílá výplatu na můj vlastní účet, musím to hlásit na SKAT?",
    ),
    # Someone else breaking the door is no broken plate (the first figurative entry took it).
    ("cs", "emergency", "rozbíjí dveře a křičí že mě zabije"),
    ("cs", "none", "zase jsem rozbil sklenici, vedoucí mě zabije haha"),
    ("cs", "none", "Zapomněla jsem PIN k MitID aplikaci, jak si ho obnovím?"),
    ("cs", "none", "Přišel mi dopis z kommune v dánštině a vůbec mu nerozumím, můžete mi pomoct?"),
    ("cs", "none", "Chci si vzít půjčku na auto, co po mně dánská banka bude chtít?"),
    (
        "cs",
        "none",
        "haha šéf mě zabije, dneska jsem rozbila další sklenici 😂 v kolik zítra otvíráte?",
    ),
    (
        "es",
        "emergency",
        (
            "Ayer el cocinero le echó aceite caliente encima a una compañera, "
            "tiene la espalda en carne viva y la encargada dice que nada de "
            "médico. Sigue en la cocina."
        ),
    ),
    (
        "es",
        "emergency",
        "El capataz tiró agua hirviendo a un trabajador nuevo porque se quejó del sueldo.",
    ),
    (
        "es",
        "emergency",
        "Mi jefe me dijo que me va a matar si hablo con la policía, estoy escondida en el baño.",
    ),
    (
        "es",
        "high",
        (
            "Trabajo en un invernadero cerca de Odense. Mi nómina la ingresan en "
            "la cuenta del capataz y él me da en mano lo que le sobra. Trabajamos "
            "13 horas al día sin descanso."
        ),
    ),
    (
        "es",
        "high",
        (
            "La dueña de la casa donde limpio recoge todas mis cartas del "
            "ayuntamiento y de Hacienda y no me las deja ver."
        ),
    ),
    (
        "es",
        "high",
        (
            "El hombre que me trajo a Dinamarca pidió créditos a mi nombre con mi "
            "CPR y ahora el banco me reclama el dinero."
        ),
    ),
    (
        "es",
        "none",
        (
            "Desde este mes la empresa me ingresa la nómina en mi propia cuenta "
            "del banco, ¿tengo que avisar a SKAT?"
        ),
    ),
    (
        "es",
        "none",
        (
            "Me llegó una carta de la kommune en danés y no entiendo nada, ¿me "
            "pueden explicar qué significa?"
        ),
    ),
    (
        "es",
        "none",
        (
            "Quiero pedir un préstamo para comprar un coche, ¿qué necesito "
            "presentar en el banco danés?"
        ),
    ),
    (
        "es",
        "none",
        (
            "Me quemé el brazo con el horno en el trabajo, fui a urgencias y me "
            "pusieron una crema. ¿Me pagan el día de baja?"
        ),
    ),
    ("es", "none", "Eché agua hirviendo en la olla y se me quemó un dedo, nada grave."),
    (
        "es",
        "none",
        "jajaja mi jefe me mata, hoy rompí otra copa 😂 bueno, ¿a qué hora abren mañana?",
    ),
    (
        "pt",
        "emergency",
        (
            "Ontem o cozinheiro jogou óleo quente numa colega, ela tem as costas "
            "em carne viva e a gerente disse que nada de médico. Ela continua na "
            "cozinha."
        ),
    ),
    (
        "pt",
        "emergency",
        "O capataz jogou água fervendo num trabalhador novo porque ele reclamou do salário.",
    ),
    (
        "pt",
        "emergency",
        "Meu chefe disse que vai me matar se eu falar com a polícia, estou escondida no banheiro.",
    ),
    (
        "pt",
        "high",
        (
            "Trabalho numa fazenda perto de Horsens. O meu ordenado cai no cartão "
            "do capataz e ele só me entrega o que sobra. Trabalhamos 13 horas por "
            "dia."
        ),
    ),
    (
        "pt",
        "high",
        (
            "A patroa fica com todas as minhas cartas da prefeitura e das finanças "
            "e nunca me deixa ver."
        ),
    ),
    (
        "pt",
        "high",
        (
            "O homem que me trouxe para a Dinamarca fez empréstimos no meu nome "
            "com o meu CPR e agora o banco está me cobrando."
        ),
    ),
    (
        "pt",
        "none",
        (
            "A partir deste mês o patrão me paga na minha própria conta do banco, "
            "preciso avisar a SKAT?"
        ),
    ),
    (
        "pt",
        "none",
        (
            "Recebi uma carta da kommune em dinamarquês e não entendi nada, vocês "
            "podem me ajudar a ler?"
        ),
    ),
    (
        "pt",
        "none",
        "Quero fazer um empréstimo para comprar um carro, o que o banco dinamarquês pede?",
    ),
    (
        "pt",
        "none",
        (
            "Queimei o braço no forno no trabalho, fui ao pronto-socorro e me "
            "passaram uma pomada. Recebo pelo dia que faltei?"
        ),
    ),
    ("pt", "none", "Derramei água fervendo na panela e queimei um dedo, nada grave."),
    (
        "pt",
        "none",
        "kkkkk meu chefe vai me matar, hoje quebrei outro copo 😂 enfim, que horas abre amanhã?",
    ),
    (
        "fr",
        "high",
        (
            "Ma paie est versée directement sur le compte du contremaître, il me "
            "donne ce qui reste et je travaille 14 heures par jour"
        ),
    ),
    ("fr", "high", "Le patron garde toutes mes lettres de la kommune"),
    ("fr", "high", "La dame a ouvert des comptes à mon nom avec mon MitID"),
    ("fr", "high", "Mon passeport et ma carte CPR, c'est le patron qui les garde"),
    ("fr", "high", "La paie est versée au chauffeur et on travaille 7 jours sur 7"),
    ("fr", "none", "Mon salaire est versé sur mon compte chaque mois."),
    ("fr", "none", "Ma voisine garde mon courrier pendant mes vacances."),
    ("fr", "none", "J'ai pris un crédit à mon nom pour acheter une voiture"),
    ("fr", "none", "J'ai oublié mon mot de passe MitID"),
    ("fr", "none", "La banque m'a envoyé une nouvelle carte"),
    ("fr", "none", "Mon mari et moi avons un compte commun"),
    ("fr", "none", "Mon patron va me tuer si j'arrive encore en retard mdr"),
    ("fr", "none", "Ma carte bancaire, c'est moi qui la garde"),
    ("fr", "none", "La paie est versée sur mon compte personnel"),
    ("th", "high", "เงินเดือนพวกเราโอนเข้าบัญชีหัวหน้างาน แล้วเขาค่อยให้เงินที่เหลือ ทำงานวันละ 14 ชั่วโมงไม่มีวันหยุด"),
    ("th", "high", "บัตรพำนักของหนูนายจ้างยึดไว้ ไม่ยอมคืน"),
    ("th", "high", "เขาเก็บจดหมายจากคอมมูนไว้หมด ไม่ให้ฉันอ่าน"),
    ("th", "high", "แฟนเอาชื่อฉันไปกู้เงินด่วนหลายที่"),
    ("th", "high", "เจ๊ตบหน้าหนูเมื่อวานเพราะหนูทำจานแตก"),
    ("th", "high", "ค่าจ้างทั้งหมดจ่ายให้คนขับรถ เราไม่ได้วันหยุดเลย"),
    ("th", "none", "เงินเดือนโอนเข้าบัญชีฉันทุกเดือนตรงเวลา"),
    ("th", "none", "MitID ฉันเก็บไว้ในมือถือเอง"),
    ("th", "none", "เพื่อนบ้านเก็บจดหมายไว้ให้ฉันตอนฉันไปเที่ยว"),
    ("th", "none", "แม่เอาชื่อหนูไปเปิดบัญชีออมทรัพย์ตอนเด็ก"),
    ("th", "none", "น้องตบมือให้พี่ตอนร้องเพลงเสร็จ"),
    ("th", "none", "ฉันลืมรหัส MitID"),
    ("th", "none", "ธนาคารส่งบัตรใหม่มาให้ฉัน"),
    ("th", "none", "ฉันกับสามีใช้บัญชีร่วมกัน"),
    ("th", "none", "เจ้านายฆ่าฉันแน่ถ้ามาสายอีก 555"),
    ("th", "none", "ค่าจ้างจ่ายเข้าบัญชีของฉันเองทุกสิ้นเดือน"),
    (
        "vi",
        "high",
        (
            "Lương bọn em đều chuyển vào tài khoản của cai, hắn chỉ đưa cho em "
            "tiền còn lại, ngày nào cũng làm 14 tiếng"
        ),
    ),
    ("vi", "high", "Bà chủ giữ hết thư từ của kommune gửi cho em"),
    ("vi", "high", "Hắn dùng tên của em để vay tiền ngân hàng"),
    ("vi", "high", "Lương tụi em phát cho cai hết, làm 7 ngày một tuần không có ngày nghỉ"),
    ("vi", "high", "Thẻ cư trú với MitID của em bà chủ giữ hết"),
    ("vi", "none", "Lương của em chuyển vào tài khoản của em đúng hạn"),
    ("vi", "none", "Anh ấy giúp em giữ thư từ khi em về quê"),
    ("vi", "none", "Em muốn vay tiền ngân hàng đứng tên em thì cần giấy tờ gì?"),
    ("vi", "none", "Em quên mật khẩu MitID"),
    ("vi", "none", "Ngân hàng gửi cho em thẻ mới"),
    ("vi", "none", "Vợ chồng em dùng chung một tài khoản"),
    ("vi", "none", "Sếp sẽ giết tôi nếu tôi đi muộn nữa haha"),
    ("vi", "none", "Lương em công ty trả vào tài khoản riêng của em"),
    ("vi", "none", "MitID của em chồng em giúp em giữ"),
    ("zh", "high", "工资都打到领班的卡上，他每周只给我们300克朗，我们每天干14个小时"),
    ("zh", "high", "老板扣我们的房租、交通费，工资也都是工头代领"),
    ("zh", "high", "老板扣着我们所有kommune寄来的信，不让我看"),
    ("zh", "high", "中介用我的名字借了网贷，还在我名下注册了公司"),
    # From session 25 to 36 an emergency: the model's escalation column fires, no code that
    # escalates alone is found, and its guess was sexual exploitation (a minor in danger).
    # Trained on development sets 29, 30 and 34 (session 37) it guesses being held, which the
    # harmless phrase of a family's rules ("家里不让她跟朋友玩") sets aside: a minor in an
    # exploitative situation, what the rules make of her signs (docs/triage.md, section 6.22).
    # Trained on the look-alikes of session 54 it guesses sexual exploitation again (0.12 of
    # its threshold, being held 0.10): an emergency, the safer error. Guessing nothing where the
    # codes found already escalate would keep her a possible victim, but made 8 emergencies of
    # the blind sets possible victims and left 2 possible victims unescalated (section 6.36).
    ("zh", "emergency", "我表妹13岁，每天放学后都得去餐馆帮忙到半夜，家里不让她跟朋友玩"),
    ("zh", "high", "工资直接发给司机，他每天开车接送我们，每天干13个小时"),
    ("zh", "high", "我的银行卡和居留卡工头一直拿着"),
    ("zh", "none", "我的工资每个月都打到我自己的卡上"),
    ("zh", "none", "公司从工资里扣房租和车费，这合法吗？"),
    ("zh", "none", "邻居帮我收着信件，我下周回来"),
    ("zh", "none", "我想用自己的名字申请贷款，需要什么材料？"),
    ("zh", "none", "我15岁，妈妈不让我去同学家过夜"),
    ("zh", "none", "我今天加班到半夜，好累"),
    ("zh", "none", "我忘了MitID的密码"),
    ("zh", "none", "银行给我寄了一张新卡"),
    ("zh", "none", "我和老公共用一个账户"),
    ("zh", "none", "老板说我再迟到就杀了我哈哈"),
    ("zh", "none", "公司把工资直接发到我们自己的银行卡"),
    ("zh", "none", "我的银行卡一直在我自己身上"),
    (
        "tl",
        "high",
        (
            "Yung sahod namin diretso sa account ng foreman, binibigay lang niya "
            "samin yung natira. 14 oras kami nagtatrabaho araw-araw."
        ),
    ),
    ("tl", "high", "Hawak ng amo ko yung mga sulat galing kommune, ayaw niyang ibigay"),
    ("tl", "high", "Kumuha sila ng loan sa pangalan ko gamit ang MitID ko"),
    ("tl", "high", "Hawak ng kapatas ang atm ko pati pin"),
    ("tl", "high", "Binibigay ng amo ang sahod namin sa driver, tapos wala kaming day off"),
    ("tl", "none", "Ang sahod ko pumapasok sa account ko every month"),
    ("tl", "none", "Kinukuha ng kapitbahay ang mail ko habang nasa bakasyon ako"),
    ("tl", "none", "Nag-loan ako sa pangalan ko para sa bahay namin"),
    ("tl", "none", "Nakalimutan ko ang password ng MitID ko"),
    ("tl", "none", "Nagpadala ang bangko ng bagong card"),
    ("tl", "none", "May joint account kami ng asawa ko"),
    ("tl", "none", "Papatayin ako ng boss ko pag na-late ulit ako haha"),
    ("tl", "none", "Hawak ko na ulit ang atm ko"),
    ("tl", "none", "Binibigay ng amo ang sahod namin sa amin tuwing Biyernes"),
]


@pytest.mark.parametrize(("language", "expected", "text"), CASES)
def test_money_papers_and_figurative_threats_get_their_priority(
    lexicon: Lexicon,
    rules: TriageRules,
    learned: LearnedModel,
    language: str,
    expected: str,
    text: str,
) -> None:
    result = triage(text, lexicon, rules, learned)
    assert result.priority == expected, (language, result.reasons)


def test_every_language_has_a_sign_and_a_look_alike() -> None:
    languages = {language for language, _, _ in CASES}
    assert len(languages) == 17
    for language in languages:
        priorities = {expected for lang, expected, _ in CASES if lang == language}
        assert "none" in priorities and priorities & {"high", "emergency"}, language
