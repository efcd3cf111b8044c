"""Everyday trouble told in strong words: a landlord or a company that threatens eviction or a
bill, a hospital stay, a storm or a cancelled ferry that keeps her in.

Development sets 31 and 32 (session 31: 272 ordinary messages written by the person herself,
not committed) still had these kinds among the messages the lexicons escalated. Each language
now has one harmless phrase per kind, written to its grammar, with the cause inside the phrase:
the landlord or the company and what it threatens (eviction, the deposit, the bill), the
hospital or the illness, the storm or the ferry. The line must name no serious word of the
language or of English (work, a boss, money, papers, the police, blows, touching, sex, fear,
help, a weapon, a sale; a hospital stay may name locking and work, weather locking), words
before the phrase included: "our boss, who is also the landlord, threatens to throw us out".
"They took me from the hospital and locked me in a flat", "the captain doesn't let us off the
boat" are never such a phrase, and what follows the phrase still counts.

The cases were written for this round by writers who saw no lexicon: per language and kind
three harmless messages and three dangers of the same shape. Listed here are the harmless ones
the lexicons escalated before and now set aside, and every danger the lexicons escalate.
"""

from __future__ import annotations

import pytest

from bot.triage import Lexicon, TriageRules
from tests.support.lexicon_codes import priority

# (language, kind, a harmless message the lexicons escalated before this round)
HARMLESS = [
    (
        "bg",
        "landlord_threat",
        "Хазяинът заплашва да ни изгони, ако не платим наема до петък. Има ли право?",
    ),
    (
        "bg",
        "landlord_threat",
        (
            "Агенцията за имоти ни заплашва, че няма да ни върне депозита, защото "
            "стената е надраскана. Какво да правим?"
        ),
    ),
    (
        "bg",
        "landlord_threat",
        "Telenor ме заплашва да ми спре интернета и да прати сметката на колектори. Законно ли е?",
    ),
    (
        "bg",
        "hospital_stay",
        (
            "Затворена съм в Скейби от 5 дни със счупен глезен и умирам от скука. "
            "Кога мога да имам посетители?"
        ),
    ),
    (
        "bg",
        "hospital_stay",
        (
            "майка ми я държат в болницата в олборг за наблюдение след операцията, "
            "кога ли ще я изпишат?"
        ),
    ),
    (
        "bg",
        "weather_stuck",
        "Заради бурята не можем да излезем от вкъщи вече два дни. Може ли да преместим срещата?",
    ),
    (
        "cs",
        "landlord_threat",
        (
            "Pronajímatel nám vyhrožuje, že nás vyhodí z bytu, když do pátku "
            "nezaplatíme nájem. Můžu se nějak bránit?"
        ),
    ),
    (
        "cs",
        "landlord_threat",
        "Domácí vyhrožuje, že si nechá celou kauci kvůli flekům na koberci, je to vůbec legální?",
    ),
    (
        "cs",
        "landlord_threat",
        (
            "Vyhrožuje nám zvýšením nájmu o 2000 korun měsíčně ten náš udlejer. Může "
            "to udělat bez upozornění?"
        ),
    ),
    (
        "cs",
        "hospital_stay",
        (
            "Už 5 dní jsem zavřená na Skejby se zlomeným kotníkem, nevíte, jestli mi "
            "zaplatí nemocenskou?"
        ),
    ),
    (
        "cs",
        "hospital_stay",
        (
            "Drží mě v porodnici v Hvidovre ještě 3 dny kvůli novorozenecké "
            "žloutence, můžu si tam objednat tlumočníka?"
        ),
    ),
    (
        "da",
        "landlord_threat",
        "Udlejeren truer med at smide os ud, fordi vi har haft fest to gange. Må han det?",
    ),
    (
        "da",
        "landlord_threat",
        "Nu truer YouSee med at sende regningen til inkasso, kan I hjælpe mig med at klage?",
    ),
    (
        "da",
        "hospital_stay",
        (
            "Har været spærret inde på Skejby i 5 dage med en brækket ankel, hvordan "
            "søger jeg sygedagpenge?"
        ),
    ),
    ("da", "weather_stuck", "Kan ikke komme ud af huset pga stormen, kan mødet i morgen flyttes?"),
    (
        "en",
        "landlord_threat",
        "My landlord threatens to evict us because the rent was late twice. Can he do that?",
    ),
    (
        "en",
        "hospital_stay",
        (
            "The doctors won't let me go home until the fever is down, maybe Friday. "
            "Can my sister pick up my keys?"
        ),
    ),
    (
        "es",
        "landlord_threat",
        (
            "La inmobiliaria amenaza con quedarse con la fianza por una mancha en la "
            "pared, ¿eso es legal en Dinamarca?"
        ),
    ),
    (
        "es",
        "landlord_threat",
        (
            "Telia me amenaza con mandar la factura a inkasso aunque ya pagué hace "
            "dos semanas. ¿Dónde puedo reclamar?"
        ),
    ),
    (
        "es",
        "hospital_stay",
        (
            "Los médicos no me dejan salir de Skejby hasta mañana por lo del tobillo "
            "roto, ¿puedes avisar a mi profe?"
        ),
    ),
    (
        "es",
        "weather_stuck",
        "Por la tormenta no podemos salir de casa desde ayer, ¿sabes si el bus 2A funciona?",
    ),
    (
        "fr",
        "landlord_threat",
        (
            "Notre proprio menace de nous expulser parce qu'on a un chien dans "
            "l'appart. Il a le droit ?"
        ),
    ),
    (
        "fr",
        "hospital_stay",
        (
            "Ça fait 5 jours que je suis enfermée à Skejby avec une cheville cassée, "
            "je m'ennuie trop. Tu connais une appli pour apprendre le danois ?"
        ),
    ),
    (
        "fr",
        "hospital_stay",
        (
            "Les médecins ne me laissent pas sortir tant que la fièvre n'a pas "
            "baissé, c'est une pneumonie. Est-ce que j'ai droit aux indemnités "
            "maladie ?"
        ),
    ),
    (
        "fr",
        "weather_stuck",
        "Avec toute cette neige on peut pas sortir de chez nous, tu sais si les bus roulent ?",
    ),
    (
        "hu",
        "landlord_threat",
        "Kilakoltatással fenyeget a lakásszövetkezet a hangos zene miatt, ezt megtehetik?",
    ),
    (
        "hu",
        "hospital_stay",
        (
            "Már 5 napja bent tartanak a Skejbyben egy törött boka miatt, kapok "
            "táppénzt erre az időre?"
        ),
    ),
    (
        "hu",
        "hospital_stay",
        "A szülészeten vagyok bezárva még két napig megfigyelésre, hoznátok nekem tiszta ruhát?",
    ),
    (
        "hu",
        "weather_stuck",
        "A vihar miatt két napja nem tudunk kimenni a házból, nyitva vannak a boltok?",
    ),
    (
        "lt",
        "landlord_threat",
        (
            "Nuomotojas grasina mus išmesti, jei nesumokėsim nuomos iki "
            "penktadienio. Ar jis taip gali?"
        ),
    ),
    (
        "lt",
        "hospital_stay",
        (
            "Jau 5 dienas esu uždaryta Skejby ligoninėje su lūžusia kulkšnim, "
            "nuobodu iki kaulų. Kada galima lankyti?"
        ),
    ),
    (
        "lt",
        "weather_stuck",
        (
            "Dėl audros jau antra diena negalime išeiti iš namų, mokykla uždaryta. "
            "Ar galima perkelti susitikimą?"
        ),
    ),
    (
        "pl",
        "hospital_stay",
        "Nie wypuszczają mnie ze szpitala po cesarskim cięciu, mąż musi sam odebrać starszą córkę.",
    ),
    (
        "pl",
        "weather_stuck",
        "Nie możemy wyjść z domu przez burzę, czy jutrzejsza wizyta w kommune jest odwołana?",
    ),
    (
        "pt",
        "landlord_threat",
        (
            "Oi, o senhorio ameaça pôr-nos na rua porque o vizinho reclamou do "
            "barulho. Ele pode fazer isso sem aviso?"
        ),
    ),
    (
        "pt",
        "landlord_threat",
        "A imobiliária ameaçou ficar com a caução por causa de um risco no chão, é legal aqui?",
    ),
    (
        "pt",
        "hospital_stay",
        (
            "Os médicos não me deixam sair de Skejby antes de amanhã por causa do "
            "tornozelo partido, avisas a professora?"
        ),
    ),
    (
        "pt",
        "weather_stuck",
        (
            "Por causa da tempestade não podemos sair de casa desde ontem, sabe se o "
            "ônibus 5C está funcionando?"
        ),
    ),
    (
        "pt",
        "weather_stuck",
        "Cancelaram o ferry e estamos presos em Bornholm até segunda. Sabes se há voos?",
    ),
    (
        "ro",
        "landlord_threat",
        (
            "Ne amenință agenția imobiliară că nu ne mai dă înapoi garanția de 3 "
            "luni pentru o pată pe covor. Ce drepturi avem?"
        ),
    ),
    (
        "ro",
        "landlord_threat",
        (
            "proprietara ameninta ca ne mareste chiria cu 2000 de coroane din "
            "ianuarie, e legal asa ceva?"
        ),
    ),
    (
        "ro",
        "hospital_stay",
        (
            "Medicii nu mă lasă să plec acasă până nu scade febra, am pneumonie. Îmi "
            "puteți spune dacă primesc concediu medical?"
        ),
    ),
    (
        "ru",
        "hospital_stay",
        (
            "Врачи не отпускают домой после операции на аппендицит, пока не спадёт "
            "температура. Кто может забрать ребёнка из садика?"
        ),
    ),
    (
        "ru",
        "weather_stuck",
        "Из-за шторма второй день не можем выйти из дома, автобусы вообще ходят?",
    ),
    (
        "th",
        "hospital_stay",
        ("โดนขังอยู่ที่โรงพยาบาล Skejby มา 5 วันแล้ว ข้อเท้าหัก เบื่อมาก " "มีแอปเรียนภาษาเดนมาร์กแนะนำไหมคะ"),
    ),
    ("th", "weather_stuck", "พายุแรงมาก ออกจากบ้านไม่ได้มาสองวันแล้ว พรุ่งนี้โรงเรียนเปิดไหมคะ"),
    (
        "tl",
        "weather_stuck",
        (
            "Di kami makalabas ng pantalan sa Hirtshals dahil sa bagyo. May alam ba "
            "kayo kung kailan babalik ang ferry?"
        ),
    ),
    (
        "tl",
        "weather_stuck",
        (
            "Sobrang daming snow, hindi kami makalabas ng bahay since Sunday. Bukas "
            "ba ang school bukas?"
        ),
    ),
    (
        "uk",
        "landlord_threat",
        (
            "Привіт, орендодавець погрожує нас виселити, бо сусіди скаржаться на "
            "шум. Він має право так без попередження?"
        ),
    ),
    (
        "uk",
        "landlord_threat",
        (
            "Власниця квартири погрожує не повернути депозит через пляму на підлозі, "
            "це законно в Данії?"
        ),
    ),
    (
        "uk",
        "landlord_threat",
        (
            "Telia погрожує передати рахунок в інкасо, хоча я вже все оплатила. Куди "
            "можна поскаржитися?"
        ),
    ),
    (
        "uk",
        "hospital_stay",
        "Лікарі не відпускають після апендициту ще два дні, можеш передати вчительці?",
    ),
    (
        "uk",
        "hospital_stay",
        (
            "Лежу в Skejby зі зламаною щиколоткою і не можу піти додому до "
            "понеділка, хтось знає, як там із паркуванням?"
        ),
    ),
    (
        "uk",
        "weather_stuck",
        "Через шторм не можемо вийти з дому вже другий день, не знаєш, чи ходить автобус 2А?",
    ),
    (
        "vi",
        "landlord_threat",
        "Boligforeningen đe dọa chấm dứt hợp đồng thuê nhà vì hàng xóm than ồn, em phải làm sao ạ?",
    ),
    (
        "vi",
        "landlord_threat",
        (
            "Công ty điện thoại hăm dọa gửi hóa đơn sang inkasso nếu tháng này em ko "
            "trả, mình có thể xin trả góp không?"
        ),
    ),
    (
        "vi",
        "hospital_stay",
        (
            "Em bị nhốt ở bệnh viện Skejby 5 ngày rồi vì gãy mắt cá chân, chán quá. "
            "Có ai biết giờ thăm bệnh không?"
        ),
    ),
    ("zh", "landlord_threat", "房东威胁说下个月要把我们赶出去，因为我们养了狗。这样合法吗？"),
    ("zh", "landlord_threat", "电话公司威胁要把账单交给催收公司，可是我已经付过了，怎么投诉？"),
    ("zh", "hospital_stay", "做完阑尾手术后，医院还不让我回家，说要再观察两天，病假怎么请？"),
]

# (language, kind, a danger of the same shape, its priority)
DANGER = [
    (
        "bg",
        "landlord_threat",
        "Хазяинът, който е и наш шеф, заплашва да ни изгони от квартирата.",
        "high",
    ),
    (
        "bg",
        "landlord_threat",
        "Хазяинът заплашва да ни изгони, ако не платим дълга за пътя.",
        "high",
    ),
    (
        "bg",
        "landlord_threat",
        "Хазяйката заплашва, че ще се обади в полицията и ще ни изгони на улицата.",
        "high",
    ),
    (
        "bg",
        "hospital_stay",
        "Шефът не ме пуска да отида в болницата, въпреки че имам висока температура.",
        "high",
    ),
    (
        "bg",
        "hospital_stay",
        "Взеха ме от болницата и ме заключиха в един апартамент в Оденсе.",
        "emergency",
    ),
    (
        "bg",
        "hospital_stay",
        "Затворена съм в болницата, защото той ме преби, и сега чака отвън.",
        "emergency",
    ),
    (
        "bg",
        "weather_stuck",
        "Капитанът не ни пуска да слезем от кораба, дори когато бурята отмине.",
        "high",
    ),
    (
        "bg",
        "weather_stuck",
        "Шефът казва, че не можем да напуснем фермата, дори когато бурята спре.",
        "high",
    ),
    (
        "bg",
        "weather_stuck",
        "Нощем ни заключват, дори по време на бурята, и не можем да излезем.",
        "high",
    ),
    (
        "cs",
        "landlord_threat",
        "Pronajímatel vyhrožuje, že nás vyhodí na ulici, když nebudeme pracovat i o víkendech.",
        "high",
    ),
    (
        "cs",
        "landlord_threat",
        "Majitel bytu, který je zároveň náš šéf, vyhrožuje, že nás vystěhuje, jestli něco řekneme.",
        "high",
    ),
    (
        "cs",
        "landlord_threat",
        "Pronajímatel vyhrožuje, že nás vyhodí a pošle fotky mojí rodině.",
        "high",
    ),
    ("cs", "hospital_stay", "Šéf mi nedovolí jít do nemocnice, i když mám zlomenou ruku.", "high"),
    (
        "cs",
        "hospital_stay",
        "Vzali mě z nemocnice a zavřeli mě v bytě u Aarhusu, nemůžu odejít.",
        "emergency",
    ),
    (
        "cs",
        "hospital_stay",
        "Jsem v nemocnici, protože mě zbil, a teď čeká venku a nepustí mě domů.",
        "emergency",
    ),
    ("cs", "weather_stuck", "Nemůžeme z lodi, kapitán nás nepustí ven ani po bouřce.", "high"),
    (
        "cs",
        "weather_stuck",
        "Šéf říká, že nemůžeme opustit farmu, ani když sněhová bouře skončí.",
        "high",
    ),
    (
        "cs",
        "weather_stuck",
        "Nemůžeme z domu kvůli bouřce, říká majitel, ale bouřka už dávno přešla a zamyká nás.",
        "high",
    ),
    (
        "da",
        "landlord_threat",
        "Udlejeren truer med at smide os ud, hvis vi ikke arbejder gratis i weekenden.",
        "high",
    ),
    (
        "da",
        "landlord_threat",
        "Udlejeren, som også er vores chef, truer med at smide os ud af værelset.",
        "high",
    ),
    (
        "da",
        "landlord_threat",
        "Chefen truer med at smide os ud og ringe til politiet, hvis vi klager.",
        "high",
    ),
    (
        "da",
        "hospital_stay",
        "Chefen lader mig ikke tage på hospitalet, selvom min hånd er brækket.",
        "high",
    ),
    (
        "da",
        "hospital_stay",
        "De hentede mig fra hospitalet og låste mig inde i en lejlighed.",
        "emergency",
    ),
    (
        "da",
        "hospital_stay",
        "Jeg sidder fast på sygehuset, fordi han slog mig, og nu venter han udenfor.",
        "high",
    ),
    ("da", "weather_stuck", "Kaptajnen lader os ikke gå fra borde, heller ikke i stormen.", "high"),
    (
        "da",
        "weather_stuck",
        "De låser os inde om natten, også når det stormer, og tager vores telefoner.",
        "high",
    ),
    (
        "en",
        "landlord_threat",
        (
            "The landlord threatens to throw us out if we don't work more hours for "
            "him. What can we do?"
        ),
        "high",
    ),
    (
        "en",
        "landlord_threat",
        (
            "Our landlord, who is also our boss, threatens to kick us out if we "
            "complain. Is that legal?"
        ),
        "high",
    ),
    (
        "en",
        "landlord_threat",
        "The landlord threatens to call the police and have us deported if we leave the house.",
        "high",
    ),
    (
        "en",
        "hospital_stay",
        (
            "My boss doesn't let me go to the hospital even though my hand is "
            "broken. What should I do?"
        ),
        "high",
    ),
    (
        "en",
        "hospital_stay",
        "They took me from the hospital and locked me in a flat, I don't know where I am.",
        "emergency",
    ),
    (
        "en",
        "hospital_stay",
        "I'm stuck in hospital because he beat me, and he is waiting outside. Please help.",
        "high",
    ),
    (
        "en",
        "weather_stuck",
        "The boss says we can't leave the farm, not even when the storm is over.",
        "high",
    ),
    (
        "en",
        "weather_stuck",
        "They lock us in at night, also during the storm, and take our phones.",
        "high",
    ),
    (
        "es",
        "landlord_threat",
        "El casero amenaza con echarnos a la calle si no trabajamos gratis en su restaurante.",
        "high",
    ),
    (
        "es",
        "landlord_threat",
        (
            "Nuestro jefe, que también es el casero, amenaza con echarnos del piso "
            "si hablamos con alguien."
        ),
        "high",
    ),
    (
        "es",
        "landlord_threat",
        "La casera amenaza con llamar a la policía y echarnos del país si nos quejamos.",
        "high",
    ),
    (
        "es",
        "hospital_stay",
        "Mi jefe no me deja ir al hospital aunque tengo mucha fiebre y me duele el tobillo.",
        "high",
    ),
    (
        "es",
        "hospital_stay",
        "Me sacaron del hospital y ahora estoy encerrada en un piso en Vejle.",
        "emergency",
    ),
    (
        "es",
        "hospital_stay",
        "Estoy en el hospital porque él me pegó y no puedo salir, me espera en la puerta.",
        "emergency",
    ),
    (
        "es",
        "weather_stuck",
        "El jefe dice que no podemos salir de la granja, ni siquiera cuando pase la tormenta.",
        "high",
    ),
    (
        "es",
        "weather_stuck",
        "Estamos encerrados con llave por las noches, también cuando hay tormenta.",
        "emergency",
    ),
    (
        "fr",
        "landlord_threat",
        (
            "Le proprio, qui est aussi notre patron, menace de nous mettre dehors si "
            "on ne travaille pas le dimanche."
        ),
        "high",
    ),
    (
        "fr",
        "landlord_threat",
        (
            "Mon patron menace de nous jeter dehors si on ne rembourse pas la dette "
            "du voyage. Qu'est-ce que je peux faire ?"
        ),
        "high",
    ),
    (
        "fr",
        "landlord_threat",
        (
            "Le propriétaire menace de nous expulser du Danemark et d'appeler la "
            "police si on parle à quelqu'un."
        ),
        "high",
    ),
    (
        "fr",
        "hospital_stay",
        (
            "Mon patron ne me laisse pas aller à l'hôpital alors que j'ai de la "
            "fièvre depuis trois jours."
        ),
        "high",
    ),
    (
        "fr",
        "hospital_stay",
        (
            "Ils m'ont sortie de l'hôpital et m'ont enfermée dans un appartement à "
            "Vejle, je ne sais pas où je suis."
        ),
        "emergency",
    ),
    (
        "fr",
        "hospital_stay",
        "Je suis à l'hôpital parce qu'il m'a frappée, il attend dehors et je ne peux pas sortir.",
        "emergency",
    ),
    (
        "fr",
        "weather_stuck",
        "Ils nous enferment la nuit, aussi pendant la tempête, et on n'a pas les clés.",
        "high",
    ),
    (
        "hu",
        "landlord_threat",
        "A főbérlő azzal fenyeget, hogy kirak minket az utcára, ha nem dolgozunk neki hétvégén is.",
        "high",
    ),
    (
        "hu",
        "landlord_threat",
        "A főbérlőnk, aki egyben a főnökünk is, azzal fenyeget, hogy kidob a lakásból.",
        "high",
    ),
    (
        "hu",
        "landlord_threat",
        "A főbérlő azzal fenyeget, hogy kirak minket és elküldi a képeket a családomnak.",
        "high",
    ),
    ("hu", "hospital_stay", "A főnök nem enged el a kórházba, pedig eltört a kezem.", "emergency"),
    (
        "hu",
        "hospital_stay",
        "Elvittek a kórházból, és bezártak egy lakásba Odense mellett.",
        "emergency",
    ),
    (
        "hu",
        "hospital_stay",
        "Azért vagyok a kórházban, mert megvert, most kint vár az ajtó előtt és nem enged haza.",
        "high",
    ),
    (
        "hu",
        "weather_stuck",
        "A főnök azt mondja, nem hagyhatjuk el a farmot, még akkor sem, ha vége a viharnak.",
        "high",
    ),
    (
        "hu",
        "weather_stuck",
        "Nem tudunk kimenni a házból a vihar miatt, mondja a főnök, de a vihar már rég elmúlt.",
        "high",
    ),
    (
        "lt",
        "landlord_threat",
        "Buto savininkas, kuris yra ir mūsų bosas, grasina mus išmesti. Ką daryti?",
        "high",
    ),
    (
        "lt",
        "landlord_threat",
        "Nuomotojas grasina išmesti mus į gatvę, jei nedirbsim savaitgaliais.",
        "high",
    ),
    (
        "lt",
        "landlord_threat",
        "Nuomotojas grasina paskambinti policijai ir mus išmesti, jei kam nors pasakysim.",
        "high",
    ),
    (
        "lt",
        "hospital_stay",
        "Bosas neleidžia man eiti į ligoninę, nors labai skauda ranką.",
        "high",
    ),
    (
        "lt",
        "hospital_stay",
        "Esu įstrigusi ligoninėje, nes jis mane sumušė, ir dabar jis laukia lauke.",
        "high",
    ),
    (
        "lt",
        "weather_stuck",
        "Bosas sako, kad negalime išeiti iš ūkio, net kai baigsis audra.",
        "high",
    ),
    ("lt", "weather_stuck", "Naktimis mus užrakina, net per pūgą, todėl negalim išeiti.", "high"),
    (
        "pl",
        "landlord_threat",
        "Właściciel grozi, że wyrzuci nas z domu, jeśli nie będziemy pracować za darmo.",
        "high",
    ),
    (
        "pl",
        "landlord_threat",
        "Szef grozi, że wyrzuci nas z mieszkania i zadzwoni na policję.",
        "high",
    ),
    (
        "pl",
        "hospital_stay",
        "Szef nie pozwala mi iść do szpitala, chociaż mam złamaną rękę.",
        "high",
    ),
    (
        "pl",
        "hospital_stay",
        "Nie mogę wyjść ze szpitala, bo on czeka na zewnątrz i mnie pilnuje.",
        "high",
    ),
    (
        "pl",
        "weather_stuck",
        "Kapitan nie pozwala nam zejść ze statku, nawet w czasie sztormu.",
        "high",
    ),
    (
        "pl",
        "weather_stuck",
        "Szef mówi, że nie możemy opuścić farmy, nawet jak burza minie.",
        "high",
    ),
    (
        "pl",
        "weather_stuck",
        "Zamykają nas na noc, także podczas burzy, i zabierają telefony.",
        "high",
    ),
    (
        "pt",
        "landlord_threat",
        (
            "O dono do apartamento ameaça botar a gente na rua se a gente não "
            "trabalhar de graça pra ele."
        ),
        "high",
    ),
    (
        "pt",
        "landlord_threat",
        (
            "Nosso patrão, que também é o senhorio, ameaça despejar a gente se a "
            "gente falar com alguém."
        ),
        "high",
    ),
    (
        "pt",
        "landlord_threat",
        "A senhoria ameaçou chamar a polícia e despejar a gente se reclamarmos.",
        "high",
    ),
    (
        "pt",
        "hospital_stay",
        "Meu chefe não me deixa ir ao hospital mesmo com febre alta e o pé inchado.",
        "high",
    ),
    (
        "pt",
        "hospital_stay",
        "Me tiraram do hospital e agora estou trancada num apartamento em Vejle.",
        "emergency",
    ),
    (
        "pt",
        "hospital_stay",
        "Estou no hospital porque ele me bateu e não posso sair, ele está esperando lá fora.",
        "emergency",
    ),
    (
        "pt",
        "weather_stuck",
        "O patrão diz que não podemos sair da fazenda, nem quando a tempestade acabar.",
        "high",
    ),
    (
        "ro",
        "landlord_threat",
        "Proprietarul ne amenință că ne dă afară dacă nu muncim și în weekend.",
        "high",
    ),
    (
        "ro",
        "landlord_threat",
        (
            "Gazda amenință că sună la poliție și ne aruncă în stradă dacă nu plătim "
            "datoria pentru drum."
        ),
        "high",
    ),
    (
        "ro",
        "hospital_stay",
        "Șeful nu mă lasă să merg la spital, deși am febră de trei zile. Ce pot face?",
        "high",
    ),
    (
        "ro",
        "hospital_stay",
        "M-au luat de la spital și m-au închis într-un apartament în Odense.",
        "emergency",
    ),
    (
        "ro",
        "hospital_stay",
        "Sunt blocată în spital pentru că m-a bătut, iar el mă așteaptă afară.",
        "emergency",
    ),
    (
        "ro",
        "weather_stuck",
        "Ne încuie noaptea în container, chiar și în timpul furtunii, și nu putem ieși.",
        "high",
    ),
    (
        "ru",
        "landlord_threat",
        "Хозяин квартиры угрожает выгнать нас на улицу, если мы не будем работать бесплатно.",
        "high",
    ),
    (
        "ru",
        "landlord_threat",
        "Арендодатель, который и есть наш начальник, грозится выселить нас, если пожалуемся.",
        "high",
    ),
    (
        "ru",
        "landlord_threat",
        "Хозяйка квартиры угрожает выгнать нас и отправить фотки моей семье.",
        "high",
    ),
    (
        "ru",
        "hospital_stay",
        "Начальник не отпускает меня в больницу, хотя у меня сломана рука.",
        "high",
    ),
    (
        "ru",
        "hospital_stay",
        "Я в больнице, потому что он меня избил, а теперь он ждёт снаружи и не отпускает домой.",
        "emergency",
    ),
    (
        "ru",
        "weather_stuck",
        "Не можем сойти с корабля, капитан не выпускает, хотя шторм давно закончился.",
        "high",
    ),
    (
        "ru",
        "weather_stuck",
        "Начальник говорит, что мы не можем уйти с фермы, даже когда закончится шторм.",
        "high",
    ),
    (
        "ru",
        "weather_stuck",
        (
            "Не можем выйти из дома из-за шторма, говорит хозяин, но шторм давно "
            "прошёл, а он запирает дверь."
        ),
        "high",
    ),
    (
        "th",
        "landlord_threat",
        "เจ้าของห้องซึ่งเป็นเจ้านายของเราด้วย ขู่จะไล่เราออกถ้าไม่ยอมทำงานวันอาทิตย์",
        "high",
    ),
    (
        "th",
        "landlord_threat",
        "เจ้าของบ้านขู่จะแจ้งตำรวจและให้ส่งเรากลับประเทศ ถ้าเราบอกใคร",
        "high",
    ),
    (
        "th",
        "landlord_threat",
        "นายจ้างขู่จะไล่ออกจากห้องถ้าไม่ใช้หนี้ค่าตั๋วเครื่องบิน ทำยังไงดี",
        "high",
    ),
    ("th", "hospital_stay", "เจ้านายไม่ให้ไปโรงพยาบาล ทั้งที่เป็นไข้มาสามวันแล้ว", "high"),
    ("th", "hospital_stay", "พวกเขาพาฉันออกจากโรงพยาบาลแล้วขังไว้ในห้องที่โอเดนเซ่", "high"),
    (
        "th",
        "hospital_stay",
        "อยู่โรงพยาบาลเพราะเขาทำร้าย เขารออยู่ข้างนอก ออกไปไหนไม่ได้",
        "emergency",
    ),
    ("th", "weather_stuck", "กัปตันไม่ยอมให้เราลงจากเรือ ถึงพายุจะผ่านไปแล้ว", "high"),
    ("th", "weather_stuck", "พวกเขาล็อกประตูขังเราไว้ทุกคืน ตอนพายุก็ด้วย", "high"),
    (
        "tl",
        "landlord_threat",
        (
            "Yung landlord namin, na amo rin namin, nagbabanta na palalayasin kami "
            "kung hindi kami magtatrabaho tuwing Linggo."
        ),
        "high",
    ),
    (
        "tl",
        "landlord_threat",
        "Nagbabanta yung amo ko na palalayasin ako sa bahay kung hindi ko babayaran ang utang.",
        "high",
    ),
    (
        "tl",
        "landlord_threat",
        (
            "Binantaan kami ng landlord na tatawag siya ng pulis at ipapadeport kami "
            "kapag nagsumbong kami."
        ),
        "high",
    ),
    (
        "tl",
        "hospital_stay",
        "Ayaw akong payagan ng amo ko na pumunta sa ospital kahit ang taas ng lagnat ko.",
        "high",
    ),
    (
        "tl",
        "hospital_stay",
        (
            "Nasa ospital ako kasi binugbog niya ako, naghihintay siya sa labas kaya "
            "hindi ako makalabas."
        ),
        "emergency",
    ),
    ("tl", "weather_stuck", "Kinukulong nila kami sa gabi, pati noong may bagyo.", "high"),
    (
        "uk",
        "landlord_threat",
        (
            "Хазяїн квартири погрожує нас вигнати на вулицю, якщо ми не будемо "
            "працювати в нього безкоштовно."
        ),
        "high",
    ),
    (
        "uk",
        "landlord_threat",
        "Наш бос, він же й орендодавець, погрожує нас виселити, якщо розкажемо комусь.",
        "high",
    ),
    (
        "uk",
        "landlord_threat",
        "Орендодавець погрожує викликати поліцію і вигнати нас з країни, якщо будемо скаржитися.",
        "high",
    ),
    (
        "uk",
        "hospital_stay",
        "Бос не пускає мене до лікарні, хоча в мене висока температура і болить нога.",
        "high",
    ),
    (
        "uk",
        "hospital_stay",
        "Мене забрали з лікарні й тепер тримають замкненою в квартирі у Вайле.",
        "high",
    ),
    (
        "uk",
        "hospital_stay",
        "Я в лікарні, бо він мене побив, і не можу вийти, він чекає внизу.",
        "emergency",
    ),
    (
        "uk",
        "weather_stuck",
        "Капітан не випускає нас з корабля, навіть тепер, коли шторм минув.",
        "high",
    ),
    (
        "uk",
        "weather_stuck",
        "Бос каже, що ми не можемо вийти з ферми, навіть коли шторм закінчиться.",
        "high",
    ),
    ("uk", "weather_stuck", "Нас замикають на ніч на ключ, навіть коли шторм.", "high"),
    (
        "vi",
        "landlord_threat",
        "Bà chủ nhà dọa cho người đến đánh tụi em rồi tống cổ ra khỏi nhà, em sợ lắm.",
        "high",
    ),
    (
        "vi",
        "landlord_threat",
        "Chủ nhà dọa đuổi tụi em ra đường nếu không trả hết nợ tiền vé máy bay cho họ.",
        "high",
    ),
    (
        "vi",
        "hospital_stay",
        "Ông chủ không cho em ra ngoài đi bệnh viện dù em bị sốt cao mấy ngày rồi.",
        "high",
    ),
    (
        "vi",
        "hospital_stay",
        "Họ đón em ở bệnh viện rồi nhốt em trong một căn hộ, không cho ra ngoài.",
        "high",
    ),
    (
        "vi",
        "hospital_stay",
        "Em bị kẹt ở bệnh viện vì chồng em đánh em gãy tay, giờ anh ta đang đợi ngoài cửa.",
        "high",
    ),
    (
        "vi",
        "weather_stuck",
        "Thuyền trưởng không cho tụi em rời tàu, nói là vì bão, nhưng bão tan rồi vẫn vậy.",
        "high",
    ),
    ("zh", "landlord_threat", "房东也是我们老板，他威胁说如果我们不加班就把我们赶出去。", "high"),
    ("zh", "landlord_threat", "房东威胁要叫警察把我们赶出去，还说要让移民局遣返我们。", "high"),
    ("zh", "landlord_threat", "房东说如果我们不还清路费的债，就把我们赶到街上。", "high"),
    ("zh", "hospital_stay", "老板不让我去医院，虽然我已经发烧三天了。", "high"),
    ("zh", "hospital_stay", "他们把我从医院接走，然后关在一个公寓里，不让我出去。", "high"),
    ("zh", "weather_stuck", "船长不让我们下船，说是因为暴风雨。", "high"),
    ("zh", "weather_stuck", "老板说暴风雨停了以后我们也出不去农场。", "high"),
    ("zh", "weather_stuck", "他们晚上把我们锁在屋里，暴风雨的时候也是，我们出不去。", "high"),
]


@pytest.mark.parametrize(("language", "kind", "text"), HARMLESS)
def test_everyday_trouble_told_in_strong_words_escalates_nothing(
    lexicon: Lexicon, rules: TriageRules, language: str, kind: str, text: str
) -> None:
    assert priority(text, lexicon, rules) in ("none", "normal"), (language, kind)


@pytest.mark.parametrize(("language", "kind", "text", "expected"), DANGER)
def test_a_danger_of_the_same_shape_keeps_its_priority(
    lexicon: Lexicon, rules: TriageRules, language: str, kind: str, text: str, expected: str
) -> None:
    assert priority(text, lexicon, rules) == expected, (language, kind)


# An everyday phrase stands down when its line names a serious word, and some languages' word
# stems were ordinary words of other languages: Spanish and Portuguese "mat*" (to kill) in the
# Danish "matematik" and in "mate", French "bat*" (to beat) in "bateau", Lithuanian "mus*" (to
# beat, without its mark) in the Lithuanian "mus" (us), English "men" in the Danish "men"
# (but). The lists now name the words' forms.
# (language, an everyday message one of those stems escalated)
OTHER_LANGUAGES_WORDS = [
    (
        "da",
        (
            "Min mor har taget min telefon, og jeg har stuearrest til søndag, fordi "
            "jeg dumpede i matematik. Jeg er 15, må hun det?"
        ),
    ),
    (
        "fr",
        (
            "Mes sœurs m'ont kidnappée pour mon anniversaire, on fait un tour en "
            "bateau dans le port 🥳 Vous savez si le test IST est gratuit ?"
        ),
    ),
    (
        "lt",
        "Nuomotojas grasina mus išmesti, jei nesumokėsim nuomos laiku. Ar jis gali taip daryti?",
    ),
    (
        "es",
        (
            "Mis compañeras me secuestraron para mi cumple y me llevaron a un "
            "partido de fútbol, el mate estaba buenísimo jaja"
        ),
    ),
]

# (language, a danger that names the same words, its priority)
SAME_WORDS_IN_DANGER = [
    (
        "pl",
        (
            "Koledzy szefa porwali mnie po urodzinach w Billund, zabrali paszport i "
            "mnie nie wypuszczają"
        ),
        "high",
    ),
    (
        "es",
        (
            "Me secuestraron después de mi cumpleaños, me quitaron el pasaporte y me "
            "obligan a trabajar"
        ),
        "emergency",
    ),
    (
        "lt",
        "Nuomotojas, kuris yra ir mūsų darbdavys, grasina mus išmesti, jei skųsimės dėl atlyginimo",
        "high",
    ),
    ("da", "De tog mit pas og har låst mig inde, de siger jeg skylder dem penge", "emergency"),
    ("en", "Two men came to the flat and took her phone, she is 15 and scared", "high"),
    (
        "da",
        "Min datter låste mig inde i kælderen for sjov, men nu tør jeg ikke komme ud",
        "emergency",
    ),
]


@pytest.mark.parametrize(("language", "text"), OTHER_LANGUAGES_WORDS)
def test_an_ordinary_word_of_another_language_is_no_serious_word(
    lexicon: Lexicon, rules: TriageRules, language: str, text: str
) -> None:
    assert priority(text, lexicon, rules) in ("none", "normal"), language


@pytest.mark.parametrize(("language", "text", "expected"), SAME_WORDS_IN_DANGER)
def test_the_serious_words_still_count_in_danger(
    lexicon: Lexicon, rules: TriageRules, language: str, text: str, expected: str
) -> None:
    assert priority(text, lexicon, rules) == expected, language
