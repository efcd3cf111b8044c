"""Two signs of forced labour the lexicons missed, in every language.

- *Medical care denied*: a boss, "they" or "he" do not let her see a doctor or go to the
  hospital, or make her work ill or hurt ("my boss won't let me go to the hospital although I
  have a fever", "老板不让我去医院"): a restriction of her movement (``movement_restricted``).
- *Eviction as coercion*: the boss, or a landlord who is also the boss, threatens to throw them
  out of the housing if they complain, talk to anyone, refuse work or do not pay a debt
  ("Proprietarul ne amenință că ne dă afară dacă nu muncim și în weekend"): a threat
  (``threats_violence``).

The writers of session 32's everyday phrases wrote these as dangers of the same shapes, and the
lexicons (with the learned model too) did not escalate them. New writers, who saw no lexicon,
wrote one entry per shape and language with three dangers and three look-alikes each: doctors
who keep her in hospital, a landlord who threatens eviction over the rent, a pet or noise, a
mother who won't let her go to a party. Listed here are every danger, and every look-alike
that no older entry escalated already.
"""

from __future__ import annotations

import pytest

from bot.triage import Lexicon, TriageRules
from tests.support.lexicon_codes import priority

# (language, shape, a danger, its priority)
MISSED_SIGNS = [
    (
        "bg",
        "medical_care_denied",
        "Шефът не ме пуска на лекар, въпреки че имам температура от три дни",
        "high",
    ),
    (
        "bg",
        "medical_care_denied",
        "Не ни позволяват да отидем до болницата, дори когато някой се нарани",
        "high",
    ),
    (
        "bg",
        "medical_care_denied",
        "Взе ми телефона, за да не мога да се обадя на бърза помощ",
        "high",
    ),
    (
        "bg",
        "eviction_as_coercion",
        "Шефът, който ни е и хазяин, заплашва да ни изхвърли от квартирата, ако се оплачем",
        "high",
    ),
    ("bg", "eviction_as_coercion", "Ако отидем в полицията, ще ни изгони на улицата", "high"),
    (
        "bg",
        "eviction_as_coercion",
        "Каза, че ще ни изхвърли на улицата, ако не работим в неделя",
        "high",
    ),
    (
        "cs",
        "medical_care_denied",
        "Šéf mi nedovolí jít k doktorovi, i když mám od včera horečku.",
        "high",
    ),
    (
        "cs",
        "medical_care_denied",
        "Ti lidi, co nás sem přivezli, nás nepustí do nemocnice, kamarádka má asi zlomenou ruku.",
        "high",
    ),
    (
        "cs",
        "medical_care_denied",
        (
            "Řekl, že musím pracovat i se zlomenou rukou, a vzal mi telefon, abych "
            "nemohla zavolat doktora"
        ),
        "high",
    ),
    (
        "cs",
        "eviction_as_coercion",
        (
            "Náš šéf je zároveň majitel bytu a vyhrožuje, že nás vyhodí z bytu, "
            "pokud to někomu řekneme."
        ),
        "high",
    ),
    (
        "cs",
        "eviction_as_coercion",
        "Jestli nebudeme v neděli pracovat, tak nás prý vyhodí na ulici.",
        "high",
    ),
    (
        "cs",
        "eviction_as_coercion",
        "šéf řekl že nás vyžene ze země když nesplatíme dluh za cestu",
        "high",
    ),
    (
        "da",
        "medical_care_denied",
        "Chefen vil ikke lade mig gå til lægen selvom jeg har haft feber i tre dage",
        "high",
    ),
    (
        "da",
        "medical_care_denied",
        "De lader os ikke komme på skadestuen, selv når nogen kommer til skade på gården",
        "high",
    ),
    (
        "da",
        "medical_care_denied",
        "han sagde ingen læge, jeg skal arbejde med min brækkede hånd",
        "high",
    ),
    (
        "da",
        "eviction_as_coercion",
        (
            "Chefen, som også er vores udlejer, truer med at smide os ud af "
            "lejligheden hvis vi snakker med nogen"
        ),
        "high",
    ),
    (
        "da",
        "eviction_as_coercion",
        "Han siger vi ryger på gaden hvis vi ikke vil arbejde om søndagen",
        "high",
    ),
    (
        "da",
        "eviction_as_coercion",
        "Hvis vi går til politiet, smider chefen os ud af huset",
        "high",
    ),
    (
        "en",
        "medical_care_denied",
        "my boss won't let me go to the hospital although i have a fever since 3 days",
        "high",
    ),
    (
        "en",
        "medical_care_denied",
        "my friend at the farm is really sick but the owner doesnt let her see a doctor",
        "high",
    ),
    (
        "en",
        "medical_care_denied",
        "He took my phone so I can't call an ambulance, my hand is all swollen",
        "high",
    ),
    (
        "en",
        "eviction_as_coercion",
        (
            "Our boss, who is also the landlord, threatens to throw us out of the "
            "flat if we talk to anyone"
        ),
        "high",
    ),
    (
        "en",
        "eviction_as_coercion",
        "if we go to the police he says we will all be on the street tomorrow",
        "high",
    ),
    (
        "en",
        "eviction_as_coercion",
        "the boss says he'll kick us out of the house if we don't work on sundays",
        "high",
    ),
    (
        "es",
        "medical_care_denied",
        "Mi jefe no me deja ir al médico aunque tengo fiebre desde el lunes.",
        "high",
    ),
    (
        "es",
        "medical_care_denied",
        "La gente que nos trajo no nos deja ir a urgencias, mi amiga tiene la mano rota.",
        "emergency",
    ),
    (
        "es",
        "medical_care_denied",
        "dijo nada de médicos, que tengo q trabajar con la mano rota",
        "high",
    ),
    (
        "es",
        "eviction_as_coercion",
        (
            "Nuestro jefe, que también es el casero, amenaza con echarnos del piso "
            "si le contamos algo a alguien."
        ),
        "high",
    ),
    (
        "es",
        "eviction_as_coercion",
        "Si no trabajamos los domingos nos va a echar a la calle, dice el encargado.",
        "high",
    ),
    (
        "es",
        "eviction_as_coercion",
        "el jefe dice que nos deporta si no pagamos la deuda del viaje",
        "high",
    ),
    (
        "fr",
        "medical_care_denied",
        (
            "Mon patron ne me laisse pas aller à l'hôpital alors que j'ai de la "
            "fièvre depuis trois jours"
        ),
        "high",
    ),
    (
        "fr",
        "medical_care_denied",
        "Ils nous laissent même pas voir un médecin, ils ont gardé nos passeports",
        "high",
    ),
    (
        "fr",
        "medical_care_denied",
        (
            "Il a pris mon téléphone pour que je puisse pas appeler un médecin, il "
            "dit que je dois bosser avec ma main cassée"
        ),
        "high",
    ),
    (
        "fr",
        "eviction_as_coercion",
        (
            "Notre patron, qui est aussi le proprio, menace de nous mettre dehors si "
            "on parle à quelqu'un"
        ),
        "high",
    ),
    (
        "fr",
        "eviction_as_coercion",
        "Le chef dit qu'il nous jette à la rue si on refuse de travailler le dimanche",
        "high",
    ),
    (
        "fr",
        "eviction_as_coercion",
        "Si on rembourse pas la dette du voyage, il va nous renvoyer au pays",
        "high",
    ),
    (
        "hu",
        "medical_care_denied",
        "A főnököm nem enged el orvoshoz, pedig két napja lázas vagyok.",
        "high",
    ),
    (
        "hu",
        "medical_care_denied",
        "Akik idehoztak minket, nem engedik, hogy kórházba menjünk, a barátnőm keze eltört.",
        "emergency",
    ),
    (
        "hu",
        "medical_care_denied",
        "azt mondta nincs orvos, dolgoznom kell törött kézzel is",
        "high",
    ),
    (
        "hu",
        "eviction_as_coercion",
        (
            "A főnökünk, aki egyben a főbérlő is, azzal fenyeget, hogy kidob minket "
            "a lakásból, ha valakinek szólunk."
        ),
        "high",
    ),
    ("hu", "eviction_as_coercion", "Ha nem dolgozunk vasárnap is, az utcára tesz minket.", "high"),
    (
        "hu",
        "eviction_as_coercion",
        "azt mondja hazaküld ha nem fizetjük ki az útiköltség tartozást",
        "high",
    ),
    (
        "lt",
        "medical_care_denied",
        "Šefas neleidžia man eiti pas gydytoją, nors karščiuoju jau tris dienas",
        "high",
    ),
    (
        "lt",
        "medical_care_denied",
        "Jie neleidžia mums važiuoti į ligoninę, net kai kas nors susižeidžia",
        "high",
    ),
    (
        "lt",
        "medical_care_denied",
        "Jis atėmė mano telefoną, kad negalėčiau iškviesti greitosios",
        "high",
    ),
    (
        "lt",
        "eviction_as_coercion",
        "Šefas, kuris yra ir buto savininkas, grasina išmesti mus iš buto, jei kam nors pasakysim",
        "high",
    ),
    (
        "lt",
        "eviction_as_coercion",
        "Jei nedirbsim sekmadieniais, jis sako, kad išmes mus į gatvę",
        "high",
    ),
    (
        "lt",
        "eviction_as_coercion",
        "Jis išvarys mus į gatvę, jei neatiduosim skolos už kelionę",
        "high",
    ),
    (
        "pl",
        "medical_care_denied",
        "Szef nie pozwala mi iść do lekarza, chociaż mam gorączkę od trzech dni",
        "high",
    ),
    (
        "pl",
        "medical_care_denied",
        "Oni nie puszczają nas do szpitala, nawet jak ktoś się skaleczy w pracy",
        "high",
    ),
    (
        "pl",
        "medical_care_denied",
        "Zabrał mi telefon, żebym nie mogła zadzwonić po karetkę",
        "high",
    ),
    (
        "pl",
        "eviction_as_coercion",
        (
            "Szef, który jest też właścicielem mieszkania, grozi, że nas wyrzuci na "
            "bruk, jeśli się poskarżymy"
        ),
        "high",
    ),
    (
        "pl",
        "eviction_as_coercion",
        "Jak pójdziemy na policję, to szef wywali nas z mieszkania",
        "high",
    ),
    (
        "pl",
        "eviction_as_coercion",
        "Mówi, że wyrzuci nas na ulicę, jeśli nie spłacimy długu za podróż",
        "high",
    ),
    (
        "pt",
        "medical_care_denied",
        "O meu patrão não me deixa ir ao médico, mesmo com febre há três dias.",
        "high",
    ),
    (
        "pt",
        "medical_care_denied",
        (
            "As pessoas que nos trouxeram não nos deixam ir à urgência, a minha "
            "amiga tem o braço partido."
        ),
        "emergency",
    ),
    (
        "pt",
        "medical_care_denied",
        "ele disse nada de médico, tenho q trabalhar com a mão partida",
        "emergency",
    ),
    (
        "pt",
        "eviction_as_coercion",
        "O nosso patrão, que também é o senhorio, ameaça pôr-nos na rua se contarmos a alguém.",
        "high",
    ),
    (
        "pt",
        "eviction_as_coercion",
        "Se não trabalharmos aos domingos ele expulsa-nos do apartamento.",
        "high",
    ),
    (
        "pt",
        "eviction_as_coercion",
        "o chefe diz que nos manda embora do país se não pagarmos a dívida da viagem",
        "high",
    ),
    (
        "ro",
        "medical_care_denied",
        "Șeful nu mă lasă să merg la doctor deși am febră de trei zile",
        "high",
    ),
    ("ro", "medical_care_denied", "Ne-a luat telefoanele ca să nu putem suna la salvare", "high"),
    ("ro", "medical_care_denied", "A zis fără doctor, trebuie să muncesc cu mâna ruptă", "high"),
    (
        "ro",
        "eviction_as_coercion",
        "Proprietarul ne amenință că ne dă afară dacă nu muncim și în weekend",
        "high",
    ),
    (
        "ro",
        "eviction_as_coercion",
        "Șeful, care e și proprietarul, zice că ne aruncă în stradă dacă vorbim cu cineva",
        "high",
    ),
    (
        "ro",
        "eviction_as_coercion",
        "Dacă mergem la poliție, ne dă afară din casă și ne trimite înapoi în țară",
        "high",
    ),
    (
        "ru",
        "medical_care_denied",
        "Начальник не пускает меня к врачу, хотя у меня уже третий день температура.",
        "high",
    ),
    (
        "ru",
        "medical_care_denied",
        "Люди, которые нас привезли, не разрешают нам идти в больницу.",
        "high",
    ),
    (
        "ru",
        "medical_care_denied",
        "он сказал никаких врачей, заставляет работать со сломанной рукой",
        "emergency",
    ),
    (
        "ru",
        "eviction_as_coercion",
        (
            "Наш начальник, он же хозяин квартиры, грозит выгнать нас из квартиры, "
            "если мы кому-нибудь расскажем."
        ),
        "high",
    ),
    (
        "ru",
        "eviction_as_coercion",
        "Если откажемся работать по воскресеньям, он выкинет нас на улицу.",
        "high",
    ),
    (
        "ru",
        "eviction_as_coercion",
        "бригадир сказал депортирует нас если не вернём долг за дорогу",
        "high",
    ),
    (
        "th",
        "medical_care_denied",
        "เจ้านายไม่ให้ฉันไปโรงพยาบาล ทั้งที่ฉันมีไข้สูงมาสามวันแล้ว",
        "emergency",
    ),
    ("th", "medical_care_denied", "พวกเขาไม่ยอมให้เราไปหาหมอเลย แถมยึดพาสปอร์ตไว้ด้วย", "high"),
    ("th", "medical_care_denied", "เขาบอกว่าไม่ต้องไปหาหมอ มือหักก็ต้องทำงานต่อ", "high"),
    (
        "th",
        "eviction_as_coercion",
        "เจ้านายซึ่งเป็นเจ้าของห้องด้วย ขู่ว่าจะไล่พวกเราออกจากห้องถ้าเราบอกใคร",
        "high",
    ),
    ("th", "eviction_as_coercion", "ถ้าเราไม่ยอมทำงานวันอาทิตย์ เขาจะไล่เราไปนอนข้างถนน", "high"),
    (
        "th",
        "eviction_as_coercion",
        "นายจ้างบอกว่าถ้าไม่ใช้หนี้ค่าเดินทางให้หมด จะส่งเรากลับประเทศ",
        "high",
    ),
    (
        "tl",
        "medical_care_denied",
        "Hindi ako pinapayagan ng amo ko na pumunta sa ospital kahit ang taas ng lagnat ko",
        "high",
    ),
    (
        "tl",
        "medical_care_denied",
        "Ayaw nila kaming patingnan sa doktor, sabi nila walang doktor-doktor, magtrabaho daw kami",
        "high",
    ),
    (
        "tl",
        "medical_care_denied",
        (
            "Kinuha ng amo ang cellphone ko para hindi ako makatawag ng ambulansya, "
            "ang sakit ng kamay ko"
        ),
        "high",
    ),
    (
        "tl",
        "eviction_as_coercion",
        (
            "Yung amo namin na siya ring landlord, papalayasin daw kami sa apartment "
            "kapag nagsumbong kami kahit kanino"
        ),
        "high",
    ),
    (
        "tl",
        "eviction_as_coercion",
        "Sabi ng boss, pag tumanggi kaming mag-overtime, itatapon kami sa kalye",
        "high",
    ),
    (
        "tl",
        "eviction_as_coercion",
        (
            "Kung hindi daw namin mababayaran yung utang sa pamasahe, palalayasin "
            "kami at pauuwiin sa Pilipinas"
        ),
        "high",
    ),
    (
        "uk",
        "medical_care_denied",
        "Бос не пускає мене до лікаря, хоча в мене температура вже три дні.",
        "high",
    ),
    (
        "uk",
        "medical_care_denied",
        "Люди, які нас привезли, не дозволяють нам піти в лікарню.",
        "high",
    ),
    (
        "uk",
        "medical_care_denied",
        "він сказав жодних лікарів, змушує працювати з зламаною рукою",
        "emergency",
    ),
    (
        "uk",
        "eviction_as_coercion",
        (
            "Наш бос, він же власник квартири, погрожує вигнати нас з квартири, якщо "
            "ми комусь розкажемо."
        ),
        "high",
    ),
    (
        "uk",
        "eviction_as_coercion",
        "Якщо відмовимося працювати в неділю, він викине нас на вулицю.",
        "high",
    ),
    (
        "uk",
        "eviction_as_coercion",
        "бригадир каже депортує нас якщо не віддамо борг за дорогу",
        "high",
    ),
    (
        "vi",
        "medical_care_denied",
        "Ông chủ không cho em đi bệnh viện mặc dù em sốt cao ba ngày rồi",
        "high",
    ),
    ("vi", "medical_care_denied", "Họ cấm bọn em đi khám bác sĩ, còn giữ hộ chiếu nữa", "high"),
    (
        "vi",
        "medical_care_denied",
        "Sếp bắt em đi làm tiếp dù tay em bị gãy, ổng nói không có bác sĩ gì hết",
        "high",
    ),
    (
        "vi",
        "eviction_as_coercion",
        "Nếu tụi em không chịu làm chủ nhật thì sếp sẽ tống tụi em ra đường",
        "high",
    ),
    (
        "vi",
        "eviction_as_coercion",
        "Sếp nói không trả hết tiền vé máy bay thì đuổi về nước",
        "high",
    ),
    ("zh", "medical_care_denied", "老板不让我去医院，我已经发烧三天了", "high"),
    ("zh", "medical_care_denied", "他们不准我们看医生，还把我们的护照收走了", "high"),
    ("zh", "medical_care_denied", "他说不用看医生，手断了也得继续干活", "high"),
    (
        "zh",
        "eviction_as_coercion",
        "我们老板也是房东，他威胁说如果我们跟任何人说，就把我们赶出公寓",
        "high",
    ),
    ("zh", "eviction_as_coercion", "房东说如果我们不还清路费的债，就把我们赶到街上", "high"),
    ("zh", "eviction_as_coercion", "老板说要是我们不肯周末加班，就把我们送回国", "high"),
]

# (language, shape, a look-alike of the same shape)
LOOK_ALIKES = [
    ("bg", "medical_care_denied", "Не мога да отида на лекар, защото нямам време и CPR номер"),
    ("bg", "medical_care_denied", "Шефът ме пусна на лекар днес"),
    ("bg", "eviction_as_coercion", "Хазяинът заплашва да ни изгони, защото закъсняхме с наема"),
    (
        "bg",
        "eviction_as_coercion",
        "Хазяинът каза, че ще ни изхвърли, ако пак пускаме силна музика",
    ),
    (
        "bg",
        "eviction_as_coercion",
        "Хазяинът ще ни изгони, ако си вземем куче, и няма да ни върне депозита",
    ),
    ("cs", "medical_care_denied", "Doktoři mě nepustí domů, dokud neklesne horečka."),
    (
        "cs",
        "medical_care_denied",
        "Nemůžu jít k doktorovi, protože nemám CPR číslo a ordinace je zavřená.",
    ),
    (
        "cs",
        "medical_care_denied",
        "Šéf mě v pátek pustil k zubaři, takže v pohodě. Mamka mi ale nedovolí jít na tu párty.",
    ),
    (
        "cs",
        "eviction_as_coercion",
        "Pronajímatel vyhrožuje, že nás vyhodí, protože jsme zaplatili nájem pozdě.",
    ),
    (
        "cs",
        "eviction_as_coercion",
        "Majitel bytu nás vyhodí, pokud budeme dál pouštět hlasitou hudbu.",
    ),
    (
        "cs",
        "eviction_as_coercion",
        "Domácí říká, že nás vystěhuje, jestli si pořídíme psa, a nevrátí kauci.",
    ),
    ("da", "medical_care_denied", "Lægerne vil ikke lade mig gå hjem før feberen er væk"),
    (
        "da",
        "medical_care_denied",
        "Jeg kan ikke gå til lægen fordi jeg ikke har et cpr-nummer endnu",
    ),
    ("da", "medical_care_denied", "Chefen lod mig gå til lægen i går, det var fint"),
    (
        "da",
        "eviction_as_coercion",
        "Udlejeren truer med at smide os ud fordi huslejen blev betalt for sent",
    ),
    (
        "da",
        "eviction_as_coercion",
        "Udlejer siger han smider os ud hvis vi bliver ved med at spille høj musik om natten",
    ),
    (
        "da",
        "eviction_as_coercion",
        "Udlejeren vil sætte os på gaden hvis vi får en hund, og så beholder han depositummet",
    ),
    (
        "en",
        "medical_care_denied",
        "The doctors won't let me go home until the fever is down, so I'm still at Rigshospitalet",
    ),
    ("en", "medical_care_denied", "I can't go to the doctor because I don't have a CPR number yet"),
    (
        "en",
        "medical_care_denied",
        "the boss let me go to the doctor today, finally some antibiotics",
    ),
    ("en", "eviction_as_coercion", "the landlord threatens to evict us because the rent was late"),
    (
        "en",
        "eviction_as_coercion",
        "the landlord will throw us out if we keep playing loud music at night",
    ),
    ("es", "medical_care_denied", "Los médicos no me dejan irme a casa hasta que baje la fiebre."),
    ("es", "medical_care_denied", "No puedo ir al médico porque no tengo tiempo ni número CPR."),
    (
        "es",
        "medical_care_denied",
        "El jefe me dejó ir al médico el viernes. Mi madre no me deja ir a la fiesta.",
    ),
    (
        "es",
        "eviction_as_coercion",
        "El casero amenaza con echarnos porque pagamos el alquiler tarde.",
    ),
    ("es", "eviction_as_coercion", "El casero nos va a echar si seguimos poniendo la música alta."),
    (
        "es",
        "eviction_as_coercion",
        "La dueña dice que nos desahucia si tenemos un perro y que no devuelve la fianza.",
    ),
    (
        "fr",
        "medical_care_denied",
        "Les médecins ne me laissent pas rentrer à la maison tant que la fièvre est pas tombée",
    ),
    (
        "fr",
        "medical_care_denied",
        "Je peux pas aller chez le médecin parce que j'ai pas encore de numéro CPR",
    ),
    ("fr", "medical_care_denied", "Ma mère veut pas que j'aille à la soirée samedi"),
    (
        "fr",
        "eviction_as_coercion",
        "Le proprio va nous mettre dehors si on continue à mettre la musique fort le soir",
    ),
    (
        "fr",
        "eviction_as_coercion",
        (
            "La proprio dit qu'elle va nous mettre à la porte si on garde le chat, "
            "et elle rend pas la caution"
        ),
    ),
    ("hu", "medical_care_denied", "Az orvosok nem engednek haza, amíg le nem megy a láz."),
    ("hu", "medical_care_denied", "Nem tudok orvoshoz menni, mert nincs időm és CPR számom sincs."),
    ("hu", "medical_care_denied", "A főnök elengedett orvoshoz, de anyu nem enged el a buliba."),
    ("hu", "eviction_as_coercion", "A főbérlő kidob minket, mert késve fizettük a lakbért."),
    (
        "hu",
        "eviction_as_coercion",
        "A főbérlő azt mondta, kidob minket, ha továbbra is hangosan zenélünk.",
    ),
    ("lt", "medical_care_denied", "Gydytojai neleidžia man eiti namo, kol nenukris temperatūra"),
    ("lt", "medical_care_denied", "Negaliu nueiti pas gydytoją, nes neturiu laiko ir CPR numerio"),
    ("lt", "medical_care_denied", "Šefas leido man šiandien eiti pas gydytoją"),
    (
        "lt",
        "eviction_as_coercion",
        "Savininkas sako, kad išmes mus, jei toliau garsiai leisim muziką",
    ),
    (
        "lt",
        "eviction_as_coercion",
        "Savininkas išmes mus, jei parsivešim šunį, ir negrąžins užstato",
    ),
    (
        "pl",
        "medical_care_denied",
        "Lekarze nie pozwolą mi iść do domu, dopóki nie spadnie gorączka",
    ),
    ("pl", "medical_care_denied", "Nie mogę iść do lekarza, bo nie mam jeszcze numeru CPR"),
    ("pl", "medical_care_denied", "Szef pozwolił mi dziś iść do lekarza, jest ok"),
    (
        "pl",
        "eviction_as_coercion",
        "Właściciel grozi, że nas wyrzuci, bo spóźniliśmy się z czynszem",
    ),
    (
        "pl",
        "eviction_as_coercion",
        "Właściciel mieszkania mówi, że nas wyrzuci, jeśli dalej będziemy puszczać głośno muzykę",
    ),
    (
        "pl",
        "eviction_as_coercion",
        "Wynajmujący wyrzuci nas, jeśli weźmiemy psa, i nie odda kaucji",
    ),
    ("pt", "medical_care_denied", "Os médicos não me deixam ir para casa até a febre baixar."),
    (
        "pt",
        "medical_care_denied",
        "Não consigo ir ao médico porque não tenho tempo nem número CPR.",
    ),
    (
        "pt",
        "medical_care_denied",
        "O patrão deixou-me ir ao médico na sexta. A minha mãe não me deixa ir à festa.",
    ),
    ("pt", "eviction_as_coercion", "O senhorio ameaça despejar-nos porque a renda atrasou."),
    (
        "pt",
        "eviction_as_coercion",
        "O senhorio vai pôr-nos na rua se continuarmos com a música alta.",
    ),
    (
        "pt",
        "eviction_as_coercion",
        "A senhoria diz que nos despeja se tivermos um cão e não devolve a caução.",
    ),
    ("ro", "medical_care_denied", "Doctorii nu mă lasă să plec acasă până nu scade febra"),
    ("ro", "medical_care_denied", "Nu pot să merg la doctor pentru că nu am timp și nici CPR"),
    ("ro", "medical_care_denied", "Șeful m-a lăsat să merg la medic azi"),
    (
        "ro",
        "eviction_as_coercion",
        "Proprietarul ne amenință că ne dă afară pentru că am întârziat cu chiria",
    ),
    (
        "ro",
        "eviction_as_coercion",
        "Proprietarul zice că ne dă afară dacă mai ascultăm muzică tare noaptea",
    ),
    (
        "ro",
        "eviction_as_coercion",
        "Proprietarul ne dă afară dacă aducem o pisică și nu ne dă garanția înapoi",
    ),
    ("ru", "medical_care_denied", "Врачи не отпускают меня домой, пока не спадёт температура."),
    (
        "ru",
        "medical_care_denied",
        "Не могу пойти к врачу, потому что нет времени и нет номера CPR.",
    ),
    (
        "ru",
        "medical_care_denied",
        "Начальник отпустил меня к врачу, а мама не пускает меня на вечеринку.",
    ),
    (
        "ru",
        "eviction_as_coercion",
        "Хозяин квартиры грозит выселить нас, потому что мы опоздали с оплатой аренды.",
    ),
    (
        "ru",
        "eviction_as_coercion",
        "Арендодатель выгонит нас, если мы будем дальше громко слушать музыку.",
    ),
    (
        "ru",
        "eviction_as_coercion",
        "Хозяйка сказала, что выселит, если заведём кошку, и не вернёт залог.",
    ),
    ("th", "medical_care_denied", "ฉันไปหาหมอไม่ได้เพราะยังไม่มีเลข CPR"),
    ("th", "medical_care_denied", "แม่ไม่ให้ฉันไปงานปาร์ตี้คืนนี้"),
    ("th", "eviction_as_coercion", "เจ้าของห้องขู่จะไล่เราออกเพราะจ่ายค่าเช่าช้า"),
    ("th", "eviction_as_coercion", "เจ้าของห้องบอกว่าจะไล่เราออกถ้ายังเปิดเพลงเสียงดังตอนกลางคืน"),
    ("th", "eviction_as_coercion", "เจ้าของหอบอกว่าถ้าเลี้ยงแมวจะไล่ออกและไม่คืนเงินมัดจำ"),
    (
        "tl",
        "medical_care_denied",
        "Hindi pa ako pinapayagan ng mga doktor na umuwi hangga't hindi bumababa ang lagnat ko",
    ),
    ("tl", "medical_care_denied", "Hindi ako makapunta sa doktor kasi wala pa akong CPR number"),
    ("tl", "medical_care_denied", "Ayaw ng nanay ko na pumunta ako sa party sa Sabado"),
    (
        "tl",
        "eviction_as_coercion",
        "Nagbanta yung landlord na papalayasin kami kasi late yung bayad sa upa",
    ),
    (
        "tl",
        "eviction_as_coercion",
        "Palalayasin daw kami ng landlord kung magpapatugtog pa kami ng malakas na music sa gabi",
    ),
    (
        "tl",
        "eviction_as_coercion",
        (
            "Sabi ng may-ari, paaalisin kami kung hindi namin ilalabas yung aso, at "
            "hindi raw ibabalik ang deposit"
        ),
    ),
    (
        "uk",
        "medical_care_denied",
        "Бос відпустив мене до лікаря, а мама не пускає мене на вечірку.",
    ),
    (
        "uk",
        "eviction_as_coercion",
        "Власник квартири погрожує виселити нас, бо ми запізнилися з оплатою оренди.",
    ),
    (
        "uk",
        "eviction_as_coercion",
        "Орендодавець вижене нас, якщо ми й далі будемо голосно слухати музику.",
    ),
    (
        "uk",
        "eviction_as_coercion",
        "Господиня сказала, що виселить, якщо заведемо кота, і не поверне заставу.",
    ),
    ("vi", "medical_care_denied", "Bác sĩ không cho em về nhà cho tới khi hết sốt"),
    ("vi", "medical_care_denied", "Em không đi khám được vì chưa có số CPR"),
    ("vi", "eviction_as_coercion", "Chủ nhà dọa đuổi tụi em vì trả tiền nhà trễ"),
    (
        "vi",
        "eviction_as_coercion",
        "Chủ nhà nói nếu còn mở nhạc to ban đêm thì sẽ đuổi bọn em ra khỏi phòng",
    ),
    ("vi", "eviction_as_coercion", "Bà chủ nhà bảo nếu nuôi mèo thì phải dọn đi và mất tiền cọc"),
    ("zh", "medical_care_denied", "医生不让我回家，要等烧退了才行"),
    ("zh", "medical_care_denied", "我没空去看医生，也还没有CPR号码"),
    ("zh", "medical_care_denied", "妈妈不让我去参加周六的派对"),
    ("zh", "eviction_as_coercion", "房东威胁要把我们赶出去，因为房租晚交了"),
    ("zh", "eviction_as_coercion", "房东说如果我们再放很大声的音乐，就把我们赶出去"),
    ("zh", "eviction_as_coercion", "房东说如果养猫就不退押金，还要把我们赶走"),
]


@pytest.mark.parametrize(("language", "shape", "text", "expected"), MISSED_SIGNS)
def test_a_sign_the_lexicons_missed_is_found(
    lexicon: Lexicon, rules: TriageRules, language: str, shape: str, text: str, expected: str
) -> None:
    assert priority(text, lexicon, rules) == expected, (language, shape)


@pytest.mark.parametrize(("language", "shape", "text"), LOOK_ALIKES)
def test_its_look_alike_escalates_nothing(
    lexicon: Lexicon, rules: TriageRules, language: str, shape: str, text: str
) -> None:
    assert priority(text, lexicon, rules) in ("none", "normal"), (language, shape)
