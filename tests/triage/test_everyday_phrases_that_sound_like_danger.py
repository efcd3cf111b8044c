"""Everyday phrases that sound like danger, in every language: friends who "kidnapped" her
for a birthday, a toddler, a cat or a broken handle that locked her in or out, a boss who will
"kill" her for being late (session 31); a landlord or a company that threatens eviction or a
bill, a hospital stay, a storm or a cancelled ferry that keeps her in (session 32); an ex far
away who threatens, the tax office, a client or a phone company threatening a fine, a bad
review or debt collection, a contract or a loan that "holds her hostage" (session 33).

Development sets 31 and 32 (272 ordinary messages written by the person herself, not committed
because the lexicons escalated 41 and 42 of them) were full of these kinds. Each language has
one harmless phrase per kind, written to its grammar, with the cause inside the phrase with the
alarming words: the toddler or the handle, the birthday as the purpose, the lateness, the
landlord and what it threatens, the hospital or the illness, the storm or the ferry, the ex
and where he is, the threatener and the fine or review, the contract or the loan. The line
must name no serious word of the language or of English (work, a boss, money, papers, the
police, blows, touching, sex, fear, help, a weapon, a sale; a lock may name locking, lateness
killing and work, a hospital stay locking and work, weather locking, an ex or a petty threat
work). Since session 33 the lock phrase also covers who was locked where ("the cat locked me
on the balcony"), because indicators now find their longest match too. Session 31's phrases read
the rest of the line after them; session 32's the whole line, so that "our boss, who is also
the landlord, threatens to throw us out" is never such a phrase. Each sets aside only the
phrase: "they kidnapped me after the birthday party", "my husband locked me in", "he will kill
me if I leave", "they took me from the hospital and locked me in a flat", "the captain doesn't
let us off the boat" are never such a phrase, and what follows it still counts.

The cases were written for each round by writers who saw no lexicon: per language and kind
three harmless messages and three dangers of the same shape. Listed here are the harmless ones
the lexicons escalated before their round and set aside after it, and every danger the
lexicons escalate.
"""

from __future__ import annotations

import pytest

from bot.triage import Lexicon, TriageRules
from tests.support.lexicon_codes import priority

# (language, kind, a harmless message the lexicons escalated before its round)
HARMLESS = [
    (
        "bg",
        "birthday_kidnap",
        "Не мога да говоря, приятелките ме отвлякоха за 40-ия ми рожден ден 😂",
    ),
    ("bg", "birthday_kidnap", "Колежките ме отвлякоха за моминското парти, връщам се в неделя"),
    ("bg", "birthday_kidnap", "За рождения ми ден децата ме отвлякоха на спа в Орхус 🎉"),
    (
        "bg",
        "lock_mishap",
        "Помощ 😅 синът ми (3 г.) ме заключи на терасата, имаш ли резервен ключ?",
    ),
    ("bg", "lock_mishap", "Заключена съм в тоалетната в офиса, дръжката падна"),
    (
        "da",
        "birthday_kidnap",
        "Jeg blev bortført af kollegerne til mit polterabend i morges, vi er i Aarhus",
    ),
    ("da", "lock_mishap", "Katten har låst mig inde på badeværelset, den hoppede på håndtaget"),
    ("da", "late_kill", "Har sovet over mig IGEN, mor dræber mig"),
    (
        "en",
        "birthday_kidnap",
        "Can't reply now, my friends kidnapped me for my 40th and we're somewhere in Aarhus 😂",
    ),
    ("en", "late_kill", "Stuck in traffic on the Køge Bugt motorway, my manager will kill me"),
    ("en", "late_kill", "Overslept AGAIN, mum's gonna kill me"),
    (
        "es",
        "birthday_kidnap",
        "Mis amigas me secuestraron para mi cumple y ahora estamos en Skagen 😂",
    ),
    ("es", "birthday_kidnap", "Para mis 40 me secuestró mi marido a París, ¡qué sorpresa!"),
    ("es", "lock_mishap", "Me encerró el gato en el baño, saltó sobre el pestillo 🙈"),
    ("fr", "birthday_kidnap", "Mes copines m'ont kidnappée pour mon anniv, je rentre tard 😂"),
    (
        "fr",
        "birthday_kidnap",
        "Pour mes 40 ans, mes collègues m'ont kidnappé avec un bandeau sur les yeux, trop drôle.",
    ),
    (
        "fr",
        "lock_mishap",
        "Mon fils (2 ans) m'a enfermée sur le balcon, quelqu'un peut appeler ma voisine ?",
    ),
    ("fr", "late_kill", "Mon patron va me tuer, je suis encore en retard 😩"),
    ("fr", "late_kill", "Coincée dans les bouchons sur la E20, ma cheffe va me tuer."),
    ("hu", "late_kill", "Dugóban állok a Lyngbyvejen, a főnöknőm meg fog ölni."),
    ("lt", "birthday_kidnap", "Negaliu kalbėti, draugės mane pagrobė mano 40-mečio proga 😂"),
    ("lt", "birthday_kidnap", "Kolegės pagrobė mane į mergvakarį, grįšiu sekmadienį"),
    ("lt", "birthday_kidnap", "Gimtadienio proga vaikai mane pagrobė į SPA Orhuse 🎉"),
    (
        "lt",
        "lock_mishap",
        "Padėkit 😅 mano sūnus (3 m.) užrakino mane balkone, ar turi atsarginį raktą?",
    ),
    ("pl", "birthday_kidnap", "Na moją czterdziestkę porwali mnie znajomi do Kopenhagi 🎉"),
    (
        "pt",
        "birthday_kidnap",
        "Minhas colegas me sequestraram pro meu niver, tô sem saber pra onde vamos 🙈",
    ),
    (
        "pt",
        "lock_mishap",
        "O meu filho (3) trancou-me na varanda e está a rir-se do outro lado do vidro 😅",
    ),
    ("pt", "late_kill", "Tô presa no trânsito na Amagerbrogade, minha chefe vai me matar."),
    (
        "ro",
        "birthday_kidnap",
        "Nu pot vorbi acum, fetele m-au răpit pentru ziua mea de 40 de ani 😂",
    ),
    (
        "ro",
        "birthday_kidnap",
        "Am fost răpită de colege pentru petrecerea burlăcițelor, ne vedem duminică",
    ),
    ("ro", "birthday_kidnap", "Pentru ziua mea, fetele m-au răpit la un spa în Aarhus 🎉"),
    ("ro", "lock_mishap", "Ajutor 😅 fiul meu (3 ani) m-a încuiat pe balcon, ai cheia de rezervă?"),
    ("ro", "lock_mishap", "Sunt încuiată în baie la birou, mi-a rămas clanța în mână"),
    ("ro", "late_kill", "Stau în trafic pe autostradă, șefa o să mă omoare"),
    ("ro", "late_kill", "Am adormit, mama mă omoară"),
    ("ru", "birthday_kidnap", "Девчонки похитили меня на девичник, я сейчас в Скагене 😂"),
    ("ru", "birthday_kidnap", "На днюху меня похитили подруги и увезли в Копенгаген на выходные."),
    ("th", "birthday_kidnap", "โดนแก๊งเพื่อนลักพาตัวไปฉลองวันเกิดที่โคเปนเฮเกน 555"),
    ("th", "late_kill", "เจ้านายฆ่าฉันแน่ มาสายอีกแล้ว 😭"),
    ("th", "late_kill", "รถติดมากบนสะพาน หัวหน้าต้องฆ่าฉันแน่ๆ"),
    ("th", "late_kill", "ตื่นสายแถมตกรถไฟ แม่ฆ่าหนูตายแน่"),
    ("tl", "birthday_kidnap", "Kinidnap ako ng barkada ko para sa birthday ko, uuwi ako late 😂"),
    (
        "tl",
        "birthday_kidnap",
        "Na-kidnap ako ng mga officemates ko para sa surprise party, naka-blindfold pa ako!",
    ),
    ("tl", "late_kill", "Papatayin ako ng boss ko, late na naman ako 😩"),
    ("tl", "late_kill", "Naiwan ako ng bus, papatayin ako ni coach."),
    ("uk", "birthday_kidnap", "Мене викрали подруги на день народження, зараз ми в Орхусі 😂"),
    ("uk", "late_kill", "Стою в заторі на Амагербро, начальниця мене вбʼє."),
    ("vi", "late_kill", "Kẹt xe quá trời trên đường vào Aarhus, mẹ chắc giết em luôn."),
    ("zh", "late_kill", "地铁停了我又要迟到了，我妈肯定会杀了我"),
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
    (
        "bg",
        "contract_trap",
        (
            "Мобилният оператор ме държи в капан – договор за 24 месеца. Мога ли да "
            "го прекратя по-рано?"
        ),
    ),
    ("bg", "lock_mishap", "Котката ме заключи в банята, скочи на дръжката 🙈"),
    (
        "bg",
        "petty_threat",
        "SKAT ме заплашва с глоба, защото не съм декларирала доходите си. Колко може да е глобата?",
    ),
    (
        "bg",
        "petty_threat",
        "Лебара ме заплашва с колекторска фирма ако не платя сметката до петък, имат ли право?",
    ),
    (
        "cs",
        "contract_trap",
        "Telia mě drží jako rukojmí, smlouva na 24 měsíců a nemůžu ji zrušit. Jde to nějak obejít?",
    ),
    (
        "cs",
        "ex_far_away",
        (
            "Můj bývalý mi vyhrožuje, že si pro mě přijede, ale žije v Ostravě a "
            "nemá ani na letenku lol. Mám se bát?"
        ),
    ),
    (
        "cs",
        "ex_far_away",
        (
            "Zablokovala jsem ho všude a od té doby mi bývalý manžel vyhrožuje přes "
            "kamarádky, prý si pro mě přijede, haha. Můžu to nějak zastavit?"
        ),
    ),
    (
        "cs",
        "lock_mishap",
        "Malej mě zamkl na balkoně a teď se směje za sklem 😅 Zavolej prosím sousedku.",
    ),
    (
        "cs",
        "petty_threat",
        "Skat mi vyhrožuje pokutou, protože jsem nenahlásila příjem. Kolik to může být?",
    ),
    (
        "da",
        "contract_trap",
        (
            "Jeg kan ikke komme ud af mit fitnessabonnement i Fitness World før "
            "efter 12 måneder. Er det lovligt?"
        ),
    ),
    (
        "da",
        "contract_trap",
        "Telia holder mig som gidsel med en 24 måneders binding, kan jeg opsige hvis jeg flytter?",
    ),
    (
        "da",
        "petty_threat",
        (
            "Skat truer mig med en bøde fordi jeg glemte at indberette min indkomst. "
            "Hvor meget plejer det at koste?"
        ),
    ),
    (
        "en",
        "petty_threat",
        (
            "Skat threatens me with a fine because I didn't report my income from "
            "babysitting on time. How much is the fine usually?"
        ),
    ),
    (
        "es",
        "contract_trap",
        (
            "El banco me tiene atada de pies y manos con la hipoteca hasta 2040 "
            "jaja. ¿Se puede cambiar de banco?"
        ),
    ),
    (
        "fr",
        "petty_threat",
        (
            "Telia me menace d'envoyer ma facture au recouvrement, j'ai deux mois de "
            "retard. C'est normal ?"
        ),
    ),
    (
        "hu",
        "contract_trap",
        (
            "Nem tudok kilépni a mobilszerződésből jövő nyárig, a Telenor fogva "
            "tart. Van valami trükk?"
        ),
    ),
    (
        "hu",
        "ex_far_away",
        (
            "A volt férjem megfenyegetett, hogy megtalál, de Romániában van, és "
            "mindenhol letiltottam. Mit tehetek még?"
        ),
    ),
    (
        "hu",
        "petty_threat",
        "A Skat bírsággal fenyeget, mert nem jelentettem be a jövedelmemet. Mennyi lehet ez?",
    ),
    (
        "hu",
        "petty_threat",
        (
            "Egy ügyfél azzal fenyegetett, hogy egycsillagos értékelést ír, mert "
            "késtem 10 percet. Számít ez valamit?"
        ),
    ),
    (
        "lt",
        "contract_trap",
        (
            "Esu įkalinta šitoje automobilio paskoloje dar 3 metus haha, gal žinot "
            "banką su mažesnėm palūkanom?"
        ),
    ),
    ("lt", "lock_mishap", "Katė uždarė mane vonioje, užšoko ant rankenos 🙈"),
    ("lt", "petty_threat", "Skat grasina bauda, nes nedeklaravau pajamų. Kiek ji gali būti?"),
    (
        "pl",
        "contract_trap",
        "Jestem uwięziony w tym kredycie na auto jeszcze przez 3 lata haha, zna ktoś tańszy bank?",
    ),
    (
        "pl",
        "contract_trap",
        (
            "Nie mogę się wydostać z umowy z siłownią Fitness World przed upływem 12 "
            "miesięcy. Czy to legalne?"
        ),
    ),
    (
        "pl",
        "contract_trap",
        (
            "Telia trzyma mnie jako zakładnika przez abonament na 24 miesiące, czy "
            "mogę go wypowiedzieć przy przeprowadzce?"
        ),
    ),
    ("pl", "lock_mishap", "Kot zamknął mnie w łazience, skoczył na klamkę 🙈"),
    ("pl", "lock_mishap", "Pomocy 😅 mój synek (3) zamknął mnie na balkonie, masz zapasowy klucz?"),
    (
        "pt",
        "contract_trap",
        "Não consigo sair do contrato com a Lebara até janeiro, existe alguma lei que ajude?",
    ),
    (
        "pt",
        "petty_threat",
        (
            "O Skat tá me ameaçando com multa porque não declarei o que ganhei com "
            "faxina. É muito caro?"
        ),
    ),
    (
        "ro",
        "contract_trap",
        "Telia mă ține ostatică cu un abonament pe 24 de luni, pot să-l reziliez mai devreme?",
    ),
    (
        "ro",
        "ex_far_away",
        (
            "ex-ul meu tot imi scrie ca ma ameninta ca vine sa ma ia, dar l-am "
            "blocat peste tot si e in italia oricum. e ceva de facut?"
        ),
    ),
    ("ro", "lock_mishap", "Pisica m-a închis în baie, a sărit pe clanță 🙈"),
    (
        "ro",
        "petty_threat",
        (
            "Skat mă amenință cu amendă pentru că n-am declarat venitul din 2023. "
            "Cât de mare poate fi amenda?"
        ),
    ),
    (
        "ru",
        "contract_trap",
        "Не могу выйти из договора с Теленором до следующего лета, как в ловушке. Есть лазейка?",
    ),
    (
        "ru",
        "contract_trap",
        "Телия держит меня в заложниках с договором на 24 месяца. Можно как-то расторгнуть раньше?",
    ),
    (
        "ru",
        "ex_far_away",
        (
            "Мой бывший угрожает, что приедет за мной, но он в Новосибирске и без "
            "визы лол. Мне стоит переживать?"
        ),
    ),
    ("ru", "lock_mishap", "Кот запер меня в ванной, прыгнул на щеколду 🙈"),
    (
        "ru",
        "petty_threat",
        "Скат угрожает мне штрафом, потому что я не задекларировала доход. Сколько могут взять?",
    ),
    ("th", "contract_trap", "Telia จับหนูเป็นตัวประกันด้วยสัญญา 24 เดือน ยกเลิกก่อนได้ไหมคะ"),
    ("th", "ex_far_away", "อดีตสามีส่งข้อความมาขู่ว่าจะเอาคืน แต่เขาอยู่ซาอุค่ะ หนูควรทำยังไงดี"),
    (
        "th",
        "ex_far_away",
        "แฟนเก่าที่อยู่เชียงใหม่ขู่ว่าจะมาหา หนูบล็อกเขาแล้ว แบบนี้ต้องทำอะไรอีกไหมคะ",
    ),
    ("th", "petty_threat", "สแกตขู่ว่าจะปรับเพราะหนูไม่ได้แจ้งรายได้ ต้องจ่ายเท่าไหร่คะ"),
    (
        "tl",
        "contract_trap",
        "Di ako makaalis sa contract ko sa Telenor hanggang next year, may way ba para ma-cancel?",
    ),
    (
        "tl",
        "ex_far_away",
        (
            "Binabantaan ako ng ex-husband ko na babalikan daw nya ako pero nasa "
            "Pinas sya lol. Pwede ko ba syang i-report sa FB?"
        ),
    ),
    (
        "tl",
        "petty_threat",
        "Binabantaan ako ng Skat ng multa kasi di ko dineclare yung income ko. Magkano kaya?",
    ),
    (
        "uk",
        "contract_trap",
        "Банк зв'язав мене по руках і ногах іпотекою, а чи можна рефінансувати в іншому банку?",
    ),
    (
        "uk",
        "ex_far_away",
        (
            "Мій колишній погрожує, що приїде і забере мене, але він у Харкові і "
            "його не випустять з країни. Мені варто хвилюватися?"
        ),
    ),
    ("uk", "lock_mishap", "Кіт закрив мене у ванній, стрибнув на клямку 🙈"),
    (
        "uk",
        "lock_mishap",
        "Малий зачинив мене на балконі і сміється за склом 😅 Подзвони сусідці, будь ласка.",
    ),
    (
        "uk",
        "petty_threat",
        "Скат погрожує штрафом, бо я не задекларувала доходи від прибирання. Скільки це може бути?",
    ),
    (
        "vi",
        "contract_trap",
        (
            "Mình bị trói chân trói tay với khoản vay mua xe thêm 3 năm nữa haha. Có "
            "nên vay ngân hàng khác để trả trước không?"
        ),
    ),
    (
        "zh",
        "ex_far_away",
        "前夫一直发信息恐吓我，说要让我付出代价，不过他在国内，我已经把他拉黑了。要不要换号码？",
    ),
    ("zh", "petty_threat", "Skat来信威胁说要罚款，因为我去年没申报收入。现在补报还来得及吗？"),
]

# (language, kind, a danger of the same shape, its priority)
DANGER = [
    (
        "bg",
        "birthday_kidnap",
        "Приятелите му ме отвлякоха след рождения ми ден и не ме пускат",
        "high",
    ),
    (
        "bg",
        "birthday_kidnap",
        (
            "Отвлякоха ме на рождения ми ден и ми взеха паспорта, в някакъв "
            "апартамент в Копенхаген съм"
        ),
        "high",
    ),
    (
        "bg",
        "birthday_kidnap",
        "Някакъв мъж ме отвлече от купона за рождения ми ден и ме заключи в апартамент",
        "emergency",
    ),
    ("bg", "lock_mishap", "Мъжът ми ме заключи с децата вкъщи и взе дръжката", "emergency"),
    ("bg", "lock_mishap", "Шефът ни заключи в склада, вратата е заключена отвън", "emergency"),
    ("bg", "lock_mishap", "Махнаха дръжката и съм заключена в стаята, помогни", "emergency"),
    ("bg", "late_kill", "Шефът ще ме убие, ако се опитам да си тръгна, дължа му пари", "emergency"),
    ("bg", "late_kill", "Каза, че ще ме убие довечера, ако отида в полицията", "emergency"),
    ("bg", "late_kill", "Шефът ще ме убие, ако закъснея с парите, взе ми паспорта", "emergency"),
    ("cs", "birthday_kidnap", "Unesli mě na oslavě narozenin v Odense a vzali mi pas.", "high"),
    (
        "cs",
        "birthday_kidnap",
        "Cestou na narozeniny mě unesli dva muži a drží mě v nějakém domě.",
        "high",
    ),
    ("cs", "lock_mishap", "Manžel mě zamkl s dětmi v bytě a vzal si kliku.", "emergency"),
    ("cs", "late_kill", "Šéf mě zabije, jestli odejdu, pořád mu dlužím peníze.", "emergency"),
    ("cs", "late_kill", "Šéf říkal, že mě zabije, když půjdu na policii.", "emergency"),
    (
        "da",
        "birthday_kidnap",
        "De bortførte mig på min fødselsdag og tog mit pas, jeg er i en lejlighed i København",
        "high",
    ),
    ("da", "lock_mishap", "Chefen låste os inde i lageret, døren er låst udefra", "emergency"),
    (
        "da",
        "lock_mishap",
        "De har fjernet håndtaget og jeg er låst inde på værelset, hjælp mig",
        "emergency",
    ),
    (
        "da",
        "late_kill",
        "Chefen slår mig ihjel hvis jeg prøver at tage væk, jeg skylder ham penge",
        "emergency",
    ),
    (
        "da",
        "late_kill",
        "Han sagde han vil slå mig ihjel i aften hvis jeg går til politiet",
        "emergency",
    ),
    (
        "da",
        "late_kill",
        "Min chef slår mig ihjel hvis jeg kommer for sent med pengene igen, han har mit pas",
        "emergency",
    ),
    (
        "en",
        "birthday_kidnap",
        "His friends kidnapped me after my birthday party and won't let me go",
        "high",
    ),
    (
        "en",
        "birthday_kidnap",
        "They kidnapped me on my birthday and took my passport, I'm in a flat in Copenhagen",
        "high",
    ),
    (
        "en",
        "birthday_kidnap",
        "A man kidnapped me from the party for my birthday money and locked me in a van",
        "emergency",
    ),
    (
        "en",
        "lock_mishap",
        "The boss locked us in the storeroom, the door is locked from outside",
        "emergency",
    ),
    (
        "en",
        "lock_mishap",
        "They removed the handle and I'm locked in the room, please help",
        "emergency",
    ),
    ("en", "late_kill", "The boss will kill me if I try to leave, I owe him money", "emergency"),
    ("en", "late_kill", "He said he will kill me tonight if I talk to the police", "emergency"),
    (
        "en",
        "late_kill",
        "My boss will kill me if I'm late with the money again, he has my passport",
        "emergency",
    ),
    (
        "es",
        "birthday_kidnap",
        "Sus amigos me secuestraron después de mi fiesta de cumpleaños y no me dejan ir.",
        "high",
    ),
    (
        "es",
        "birthday_kidnap",
        "Me secuestraron en mi cumpleaños a la salida del bar y me quitaron el pasaporte.",
        "high",
    ),
    (
        "es",
        "birthday_kidnap",
        "Yendo para mi cumple me secuestraron y me tienen en un piso.",
        "high",
    ),
    (
        "es",
        "lock_mishap",
        "Mi marido me encerró con los niños en el piso y se llevó la manija.",
        "emergency",
    ),
    (
        "es",
        "lock_mishap",
        "Quitaron la manija y la puerta está cerrada por fuera, no puedo salir.",
        "high",
    ),
    ("es", "late_kill", "Mi jefe me va a matar si me voy, todavía le debo dinero.", "emergency"),
    ("es", "late_kill", "Dijo que me va a matar esta noche si no pago.", "emergency"),
    (
        "fr",
        "birthday_kidnap",
        (
            "Ses amis m'ont kidnappée après ma fête d'anniversaire et ne veulent pas "
            "me laisser partir."
        ),
        "high",
    ),
    (
        "fr",
        "birthday_kidnap",
        "Je suis venue pour l'anniversaire d'une amie et ils m'ont enlevée à la sortie.",
        "high",
    ),
    (
        "fr",
        "lock_mishap",
        "Mon mari m'a enfermée avec les enfants, il a pris la poignée.",
        "emergency",
    ),
    (
        "fr",
        "lock_mishap",
        "Le père de mon fils m'a enfermée dans la chambre et ne veut pas ouvrir.",
        "emergency",
    ),
    (
        "fr",
        "lock_mishap",
        (
            "Je suis enfermée dans la chambre, il dit que la serrure est coincée "
            "mais il a gardé la clé."
        ),
        "emergency",
    ),
    (
        "fr",
        "late_kill",
        "Le patron va me tuer si j'essaie de partir, je lui dois encore de l'argent.",
        "emergency",
    ),
    ("hu", "birthday_kidnap", "A születésnapi buli után elraboltak, és nem engednek haza.", "high"),
    ("hu", "birthday_kidnap", "Elraboltak a születésnapomon, elvették az útlevelemet.", "high"),
    ("hu", "birthday_kidnap", "A bulira menet elraboltak, egy autóban tartanak fogva.", "high"),
    (
        "hu",
        "lock_mishap",
        "A férjem bezárt a gyerekekkel a lakásba, és elvitte a kilincset.",
        "high",
    ),
    ("hu", "late_kill", "A főnök megöl, ha elmegyek, még tartozom neki.", "emergency"),
    ("hu", "late_kill", "A főnököm megöl, késésben vagyok a tartozás törlesztésével.", "emergency"),
    ("hu", "late_kill", "Azt mondta, hogy ma éjjel megöl, ha nem fizetek.", "emergency"),
    (
        "lt",
        "birthday_kidnap",
        "Jo draugai pagrobė mane po mano gimtadienio vakarėlio ir neišleidžia",
        "high",
    ),
    (
        "lt",
        "birthday_kidnap",
        "Mane pagrobė per gimtadienį ir atėmė pasą, esu bute Kopenhagoje",
        "high",
    ),
    (
        "lt",
        "birthday_kidnap",
        "Kažkoks vyras pagrobė mane iš gimtadienio vakarėlio ir nuvežė į butą",
        "high",
    ),
    ("lt", "lock_mishap", "Vyras užrakino mane su vaikais ir pasiėmė rankeną", "emergency"),
    ("lt", "lock_mishap", "Šefas uždarė mus sandėlyje, durys užrakintos iš lauko", "emergency"),
    ("lt", "lock_mishap", "Išsuko rankeną ir esu užrakinta kambaryje, padėkit", "emergency"),
    (
        "lt",
        "late_kill",
        "Šefas mane užmuš, jei bandysiu išeiti, esu jam skolinga pinigų",
        "emergency",
    ),
    ("lt", "late_kill", "Jis sakė, kad šiąnakt mane užmuš, jei eisiu į policiją", "emergency"),
    ("lt", "late_kill", "Šefas mane užmuš, jei vėluosiu su pinigais, jis atėmė mano pasą", "high"),
    (
        "pl",
        "birthday_kidnap",
        "Jego koledzy porwali mnie po urodzinach i nie chcą mnie wypuścić",
        "high",
    ),
    (
        "pl",
        "birthday_kidnap",
        "Porwali mnie w moje urodziny i zabrali mi paszport, jestem w mieszkaniu w Kopenhadze",
        "high",
    ),
    (
        "pl",
        "birthday_kidnap",
        "Porwali mnie na imprezie urodzinowej i zamknęli w mieszkaniu",
        "emergency",
    ),
    ("pl", "lock_mishap", "Mąż zamknął mnie z dziećmi w mieszkaniu i zabrał klamkę", "emergency"),
    (
        "pl",
        "lock_mishap",
        "Szef zamknął nas w magazynie, drzwi są zamknięte od zewnątrz",
        "emergency",
    ),
    ("pl", "lock_mishap", "Wykręcili klamkę i jestem zamknięta w pokoju, pomocy", "emergency"),
    (
        "pl",
        "late_kill",
        "Szef mnie zabije, jeśli spróbuję odejść, jestem mu winna pieniądze",
        "emergency",
    ),
    (
        "pl",
        "late_kill",
        "Powiedział, że zabije mnie dziś w nocy, jeśli pójdę na policję",
        "emergency",
    ),
    ("pl", "late_kill", "Szef mnie zabije, jak się spóźnię z kasą, zabrał mi paszport", "high"),
    (
        "pt",
        "birthday_kidnap",
        "Os amigos dele sequestraram-me depois da festa de aniversário e não me deixam sair.",
        "high",
    ),
    (
        "pt",
        "birthday_kidnap",
        "Me sequestraram no meu aniversário na saída do bar e tiraram meu passaporte.",
        "high",
    ),
    (
        "pt",
        "birthday_kidnap",
        "Indo para o meu aniversário, me sequestraram e estou presa num apartamento.",
        "emergency",
    ),
    (
        "pt",
        "lock_mishap",
        "O meu marido trancou-me com as crianças no apartamento e levou a maçaneta.",
        "emergency",
    ),
    (
        "pt",
        "lock_mishap",
        "Tiraram a maçaneta e a porta está trancada por fora, não consigo sair.",
        "high",
    ),
    (
        "pt",
        "late_kill",
        "O patrão vai me matar se eu for embora, ainda devo dinheiro pra ele.",
        "emergency",
    ),
    ("pt", "late_kill", "Ele disse que vai me matar hoje à noite se eu não pagar.", "emergency"),
    (
        "ro",
        "birthday_kidnap",
        "Prietenii lui m-au răpit după petrecerea de ziua mea și nu mă lasă să plec",
        "high",
    ),
    (
        "ro",
        "birthday_kidnap",
        "M-au răpit de ziua mea și mi-au luat pașaportul, sunt într-un apartament în Copenhaga",
        "high",
    ),
    (
        "ro",
        "birthday_kidnap",
        "Un bărbat m-a răpit de la petrecerea aniversară și m-a dus într-un apartament",
        "high",
    ),
    ("ro", "lock_mishap", "Soțul m-a încuiat cu copiii în casă și a luat clanța", "emergency"),
    ("ro", "lock_mishap", "Șeful ne-a închis în depozit, ușa e încuiată pe dinafară", "emergency"),
    ("ro", "lock_mishap", "Au scos clanța și sunt închisă în cameră, ajutor", "emergency"),
    ("ro", "late_kill", "Șeful mă omoară dacă încerc să plec, îi datorez bani", "emergency"),
    ("ro", "late_kill", "A zis că mă omoară diseară dacă merg la poliție", "emergency"),
    ("ro", "late_kill", "Șeful mă omoară dacă întârzii cu banii, mi-a luat pașaportul", "high"),
    (
        "ru",
        "birthday_kidnap",
        "Его друзья похитили меня после дня рождения и не отпускают домой.",
        "high",
    ),
    ("ru", "birthday_kidnap", "Меня похитили на дне рождения у знакомой, забрали паспорт.", "high"),
    (
        "ru",
        "birthday_kidnap",
        "По дороге на день рождения меня похитили и держат в квартире.",
        "high",
    ),
    ("ru", "lock_mishap", "Муж запер меня с детьми в квартире и забрал ручку.", "emergency"),
    ("ru", "lock_mishap", "Они сняли ручку, дверь заперта снаружи, я не могу выйти.", "high"),
    ("ru", "late_kill", "Шеф меня убьёт, если я уйду, я ему ещё должна.", "emergency"),
    ("ru", "late_kill", "Он сказал, что убьёт меня сегодня ночью, если не приду.", "emergency"),
    (
        "th",
        "birthday_kidnap",
        "เพื่อนของเขาลักพาตัวฉันไปหลังงานวันเกิด และไม่ยอมปล่อยฉันไป",
        "high",
    ),
    ("th", "birthday_kidnap", "ฉันโดนลักพาตัวในวันเกิดของฉัน เขายึดพาสปอร์ตไปแล้ว", "high"),
    ("th", "lock_mishap", "พ่อของลูกขังฉันไว้ในห้อง ไม่ให้ออกไปไหน", "emergency"),
    ("th", "late_kill", "เจ้านายจะฆ่าฉันถ้าฉันหนีไป ฉันยังติดหนี้เขาอยู่", "emergency"),
    ("th", "late_kill", "จ่ายเงินสายอีกแล้ว เจ้านายต้องฆ่าฉันแน่", "emergency"),
    ("th", "late_kill", "เจ้านายบอกว่าคืนนี้จะฆ่าฉัน เพราะฉันมาสายแล้วไม่มีเงินให้", "emergency"),
    (
        "tl",
        "birthday_kidnap",
        (
            "Kinidnap ako ng mga kaibigan niya pagkatapos ng birthday party ko at "
            "ayaw nila akong pakawalan."
        ),
        "high",
    ),
    (
        "tl",
        "birthday_kidnap",
        "Dinukot nila ako noong birthday ko, nasa isang bahay ako sa Odense ngayon.",
        "high",
    ),
    (
        "tl",
        "birthday_kidnap",
        "Pumunta ako sa Denmark para sa birthday ng pinsan ko tapos kinidnap nila ako.",
        "high",
    ),
    (
        "tl",
        "lock_mishap",
        "Ni-lock ako ng asawa ko kasama ang mga anak ko, kinuha niya yung susi.",
        "emergency",
    ),
    (
        "tl",
        "lock_mishap",
        "Ni-lock ako ng anak ng amo ko sa kwarto at ayaw akong palabasin.",
        "emergency",
    ),
    (
        "tl",
        "late_kill",
        "Papatayin ako ng amo ko kung tatakas ako, may utang pa ako sa kanya.",
        "emergency",
    ),
    ("tl", "late_kill", "Sabi ng boss ko papatayin niya ako mamayang gabi.", "emergency"),
    (
        "uk",
        "birthday_kidnap",
        "Його друзі викрали мене після дня народження і не відпускають додому.",
        "high",
    ),
    (
        "uk",
        "birthday_kidnap",
        "Мене викрали на дні народження у знайомої, забрали паспорт.",
        "high",
    ),
    (
        "uk",
        "birthday_kidnap",
        "Дорогою на день народження мене викрали і тримають у квартирі.",
        "high",
    ),
    ("uk", "lock_mishap", "Чоловік замкнув мене з дітьми у квартирі й забрав ручку.", "emergency"),
    ("uk", "lock_mishap", "Вони зняли ручку, двері замкнені ззовні, я не можу вийти.", "high"),
    ("uk", "late_kill", "Шеф мене вб'є, якщо я піду, я йому ще винна.", "emergency"),
    ("uk", "late_kill", "Начальник мене вб'є, я запізнююсь з виплатою боргу.", "emergency"),
    ("uk", "late_kill", "Він сказав, що вб'є мене сьогодні вночі, якщо не прийду.", "emergency"),
    (
        "vi",
        "birthday_kidnap",
        "Bạn của anh ta bắt cóc tôi sau tiệc sinh nhật và không cho tôi về.",
        "high",
    ),
    (
        "vi",
        "birthday_kidnap",
        "Họ bắt cóc tôi vào đúng ngày sinh nhật, giờ tôi ở một căn nhà ở Odense.",
        "high",
    ),
    ("vi", "birthday_kidnap", "Tôi đến Đan Mạch để dự sinh nhật bạn, rồi họ bắt cóc tôi.", "high"),
    (
        "vi",
        "lock_mishap",
        "Bố của con trai tôi nhốt tôi trong phòng và không cho ra ngoài.",
        "emergency",
    ),
    (
        "vi",
        "lock_mishap",
        "Tôi bị nhốt trong phòng, hắn nói là cửa bị kẹt nhưng hắn giữ chìa khóa.",
        "emergency",
    ),
    (
        "vi",
        "late_kill",
        "Ông chủ sẽ giết tôi nếu tôi bỏ trốn, tôi còn nợ ông ta tiền.",
        "emergency",
    ),
    ("vi", "late_kill", "Tôi lại trả tiền trễ, ông chủ sẽ giết tôi.", "emergency"),
    ("vi", "late_kill", "Sếp nói tối nay sẽ giết tôi vì tôi biết quá nhiều.", "emergency"),
    ("zh", "birthday_kidnap", "他的朋友在我生日派对之后把我绑走了，不让我走。", "high"),
    ("zh", "birthday_kidnap", "他们从生日派对上把我抓走了，说我欠他们钱。", "high"),
    ("zh", "lock_mishap", "我老公把我和孩子锁在家里，还把门把手拆了。", "emergency"),
    ("zh", "lock_mishap", "他儿子把我锁在房间里，不让我出去。", "emergency"),
    ("zh", "lock_mishap", "我被锁在房间里，他说门锁坏了，可钥匙一直在他手里。", "emergency"),
    ("zh", "late_kill", "老板说如果我敢逃跑他就杀了我，我还欠他钱。", "emergency"),
    ("zh", "late_kill", "我还钱迟到了，老板会杀了我的。", "emergency"),
    ("zh", "late_kill", "老板今晚要杀了我，因为我不肯接客。", "emergency"),
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
    ("th", "hospital_stay", "พวกเขาพาฉันออกจากโรงพยาบาลแล้วขังไว้ในห้องที่โอเดนเซ่", "emergency"),
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
        "emergency",
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
    (
        "bg",
        "contract_trap",
        "Трудовият договор ме държи в капан – не мога да напусна работа 2 години.",
        "high",
    ),
    (
        "bg",
        "contract_trap",
        "Хората, които ни доведоха, държат паспорта ми, докато не изплатя заема.",
        "high",
    ),
    (
        "bg",
        "contract_trap",
        (
            "Шефът ни накара да подпишем договор и сега не можем да си тръгнем, "
            "докато не изплатим пътя."
        ),
        "high",
    ),
    (
        "bg",
        "ex_far_away",
        "Бившият ми вече не е в София, тук е в Дания и ме заплашва, че ще ме намери.",
        "high",
    ),
    (
        "bg",
        "ex_far_away",
        (
            "Бившият ми ме би миналата година и сега ме заплашва, че ще дойде, "
            "въпреки че живее в Пловдив."
        ),
        "high",
    ),
    (
        "bg",
        "ex_far_away",
        "Бившият ми шеф ме заплашва, че ще ме намери, дори да е в Италия.",
        "high",
    ),
    (
        "bg",
        "petty_threat",
        "Клиент ме заплашва, че ще пусне снимките ми в интернет и ще ми пише лош отзив.",
        "high",
    ),
    (
        "bg",
        "petty_threat",
        "Полицията ме заплаши с глоба и депортиране, ако пак ме хванат тук.",
        "high",
    ),
    (
        "bg",
        "petty_threat",
        "Шефът ме заплашва с глоба, ако напусна, преди да си изплатя дълга.",
        "high",
    ),
    (
        "cs",
        "contract_trap",
        "Mám půjčku u lidí, co nás přivezli, a drží mi pas, dokud nezaplatím, jsem v pasti.",
        "high",
    ),
    (
        "cs",
        "contract_trap",
        "V pracovní smlouvě mám, že nemůžu odejít dřív než za rok, jsem v pasti.",
        "high",
    ),
    ("cs", "contract_trap", "Šéf nás nutí podepsat smlouvu s agenturou a nemůžeme odejít.", "high"),
    (
        "cs",
        "ex_far_away",
        (
            "Bývalý přítel mě zbil a teď vyhrožuje, že mě najde, i když prý je v "
            "Brně. Můžu jít na policii?"
        ),
        "high",
    ),
    (
        "cs",
        "ex_far_away",
        (
            "Můj bývalý mi vyhrožuje, že si pro mě přijede, bydlí taky v Kodani a "
            "ví, kde bydlím. Co mám dělat?"
        ),
        "high",
    ),
    (
        "cs",
        "ex_far_away",
        "Můj bývalý šéf vyhrožuje, že si pro mě přijede, ale prý je v Ostravě. Mám se bát?",
        "high",
    ),
    (
        "cs",
        "petty_threat",
        "Klient mi vyhrožuje, že mě nahlásí na policii a pak mi dá špatnou recenzi.",
        "high",
    ),
    (
        "cs",
        "petty_threat",
        (
            "Zákazník vyhrožoval, že mi nezaplatí a napíše špatné hodnocení, když to "
            "neudělám bez kondomu."
        ),
        "high",
    ),
    ("cs", "petty_threat", "Šéf mi vyhrožuje pokutou, když nebudu pracovat i v neděli.", "high"),
    (
        "da",
        "contract_trap",
        (
            "De har mit pas indtil jeg har betalt lånet for flybilletten tilbage, "
            "jeg føler mig som en fange."
        ),
        "high",
    ),
    (
        "da",
        "ex_far_away",
        (
            "Min ex truer med at komme og hente mig, han bor i Odense nu og ved hvor "
            "jeg bor. Hvad skal jeg gøre?"
        ),
        "high",
    ),
    (
        "da",
        "ex_far_away",
        (
            "Min ex-kæreste slog mig før jeg rejste, og nu truer han med at få mig "
            "til at betale, han er i Nigeria men hans venner her holder øje med mig."
        ),
        "emergency",
    ),
    (
        "da",
        "petty_threat",
        (
            "Chefen truer os med bøde hvis vi snakker med andre, og han siger han "
            "vil melde mig til politiet."
        ),
        "high",
    ),
    (
        "da",
        "petty_threat",
        (
            "En kunde truede med at slå mig og give mig en dårlig anmeldelse hvis "
            "jeg siger noget. Hvad gør jeg?"
        ),
        "high",
    ),
    (
        "da",
        "petty_threat",
        "Politiet truede med en bøde og sagde at de ville sende mig hjem til Rumænien.",
        "high",
    ),
    (
        "en",
        "contract_trap",
        (
            "The boss made us sign a contract and says we can't leave until we pay "
            "back the travel costs."
        ),
        "high",
    ),
    (
        "en",
        "contract_trap",
        (
            "They keep my passport until I pay back the loan for my flight to "
            "Denmark, I feel like a prisoner."
        ),
        "high",
    ),
    (
        "en",
        "ex_far_away",
        (
            "My ex boyfriend hit me before I left and now he threatens to make me "
            "pay, he's in Nigeria but his friends here watch me."
        ),
        "high",
    ),
    (
        "en",
        "ex_far_away",
        (
            "My ex threatens to come and get me, he lives in Aarhus now and knows "
            "where I live. What should I do?"
        ),
        "emergency",
    ),
    (
        "en",
        "ex_far_away",
        (
            "my ex lives in Poland but he is back in Denmark since last week and "
            "says he will find me, can someone help?"
        ),
        "high",
    ),
    (
        "en",
        "petty_threat",
        (
            "A client threatened to hurt me if I tell anyone, and to leave a bad "
            "review. Is it safe to keep working?"
        ),
        "high",
    ),
    (
        "en",
        "petty_threat",
        (
            "My boss threatens me with a fine every time I am late and says he will "
            "report me to immigration."
        ),
        "high",
    ),
    (
        "en",
        "petty_threat",
        (
            "The customer threatened to post my photos online and give me one star "
            "if I don't see him again."
        ),
        "high",
    ),
    (
        "es",
        "contract_trap",
        (
            "El jefe nos hizo firmar un contrato y dice que no podemos salir hasta "
            "pagar la deuda del viaje."
        ),
        "high",
    ),
    (
        "es",
        "ex_far_away",
        (
            "Mi ex marido me pegó y ahora me amenaza que me va a encontrar aunque lo "
            "bloqueé. ¿Qué hago?"
        ),
        "high",
    ),
    (
        "es",
        "ex_far_away",
        (
            "Mi ex me amenaza con venir a buscarme, dice que estaba en Colombia pero "
            "ya está aquí en Copenhague y sabe dónde vivo."
        ),
        "high",
    ),
    (
        "es",
        "ex_far_away",
        "Mi ex tiene mi pasaporte y me amenaza con quemarlo, aunque ahora vive en España.",
        "high",
    ),
    (
        "es",
        "petty_threat",
        "La policía me amenaza con una multa y con deportarme si no digo quién me trajo.",
        "high",
    ),
    (
        "es",
        "petty_threat",
        (
            "Mi jefe me amenaza con una multa de 500 coronas si no atiendo a más "
            "clientes de la tienda."
        ),
        "high",
    ),
    (
        "es",
        "petty_threat",
        "Un cliente me amenazó con dejarme una mala reseña si no lo hago sin condón. ¿Es normal?",
        "high",
    ),
    (
        "fr",
        "contract_trap",
        (
            "Ils gardent mon passeport jusqu'à ce que je rembourse la dette du "
            "voyage, je suis coincée."
        ),
        "high",
    ),
    (
        "fr",
        "contract_trap",
        "Le patron nous fait signer un contrat et on peut pas partir avant d'avoir tout remboursé.",
        "high",
    ),
    (
        "fr",
        "ex_far_away",
        (
            "Mon ex me menace de venir me chercher, il habite à Odense et il sait où "
            "je vis. Je fais quoi ?"
        ),
        "high",
    ),
    (
        "fr",
        "ex_far_away",
        (
            "Mon ex me menace de venir me chercher, il m'a frappée l'an dernier et "
            "il a gardé mon passeport, il vit à Lyon maintenant."
        ),
        "high",
    ),
    (
        "fr",
        "ex_far_away",
        (
            "Mon ex travaille avec le patron du salon, il me menace de me retrouver "
            "même s'il est en France en ce moment."
        ),
        "high",
    ),
    (
        "fr",
        "petty_threat",
        "La police m'a menacée d'une amende et de me renvoyer dans mon pays si je reviens.",
        "high",
    ),
    (
        "fr",
        "petty_threat",
        (
            "Mon patron me menace d'une amende de 5000 couronnes si je quitte le "
            "travail, c'est légal ?"
        ),
        "high",
    ),
    (
        "fr",
        "petty_threat",
        "Un client me menace de pas payer et de laisser un mauvais avis si je refuse sans capote.",
        "high",
    ),
    (
        "hu",
        "contract_trap",
        "A főnök aláíratott velünk egy szerződést, és most nem tudunk elmenni, csapdában vagyunk.",
        "high",
    ),
    (
        "hu",
        "contract_trap",
        (
            "Hitelt vettek fel a nevemre azok, akik idehoztak, és elvették az "
            "útlevelem, amíg nem fizetek, csapdában vagyok."
        ),
        "high",
    ),
    (
        "hu",
        "ex_far_away",
        "A volt férjem megvert, és most azt írja, hogy megtalál, bár Szegeden van.",
        "high",
    ),
    (
        "hu",
        "ex_far_away",
        "A volt főnököm azzal fenyeget, hogy megtalál, de Szerbiában él.",
        "high",
    ),
    (
        "hu",
        "ex_far_away",
        (
            "Az exem azzal fenyeget, hogy eljön értem, tudja, hol lakom "
            "Koppenhágában, és hiába nincs autója, busszal is eljön."
        ),
        "high",
    ),
    ("hu", "petty_threat", "A főnök bírsággal fenyeget, ha nem dolgozom vasárnap.", "high"),
    (
        "hu",
        "petty_threat",
        (
            "Az ügyfél azzal fenyegetett, hogy nem fizet, és rossz értékelést ad, ha "
            "nem csinálom óvszer nélkül."
        ),
        "high",
    ),
    (
        "hu",
        "petty_threat",
        "Egy ügyfél azzal fenyeget, hogy feljelent a rendőrségen, és rossz értékelést ír rólam.",
        "high",
    ),
    (
        "lt",
        "contract_trap",
        "Pagal darbo sutartį negaliu išeiti iš darbo dvejus metus, kitaip turėsiu mokėti baudą.",
        "high",
    ),
    (
        "lt",
        "contract_trap",
        (
            "Šefas privertė mus pasirašyti sutartį ir dabar negalim išeiti, kol "
            "neatidirbsim kelionės skolos."
        ),
        "high",
    ),
    (
        "lt",
        "contract_trap",
        "Žmonės, kurie mus atvežė, laiko mūsų pasus, kol sumokėsim paskolą už kelionę.",
        "high",
    ),
    (
        "lt",
        "ex_far_away",
        (
            "Buvęs vyras mane sumušė, o dabar grasina, kad atvažiuos, nors sako, kad "
            "gyvena Klaipėdoje."
        ),
        "high",
    ),
    (
        "lt",
        "ex_far_away",
        "Mano buvęs jau nebe Lietuvoj, jis čia Danijoje ir grasina, kad mane suras. Ką daryti?",
        "high",
    ),
    (
        "lt",
        "ex_far_away",
        "Mano buvęs šefas grasina, kad mane suras, nors gyvena Vilniuje.",
        "high",
    ),
    (
        "lt",
        "petty_threat",
        "Klientas grasina paskelbti mano nuotraukas ir parašyti blogą atsiliepimą, jei nesutiksiu.",
        "high",
    ),
    (
        "lt",
        "petty_threat",
        "Policija pagrasino bauda ir deportacija, jei dar kartą mane ras čia.",
        "high",
    ),
    (
        "lt",
        "petty_threat",
        "Šefas grasina bauda, jei išeisiu anksčiau, nei atidirbsiu skolą.",
        "high",
    ),
    (
        "pl",
        "contract_trap",
        (
            "Jestem uwięziona w abonamencie, który agencja założyła na moje "
            "nazwisko, i zabierają mi całą wypłatę."
        ),
        "emergency",
    ),
    (
        "pl",
        "contract_trap",
        "Szef kazał nam podpisać umowę i mówi, że nie możemy odejść, dopóki nie oddamy za podróż.",
        "high",
    ),
    (
        "pl",
        "contract_trap",
        "Trzymają mój paszport, dopóki nie spłacę pożyczki za bilet, czuję się jak w więzieniu.",
        "high",
    ),
    (
        "pl",
        "ex_far_away",
        (
            "Były chłopak mnie pobił, zanim wyjechałam, a teraz grozi, że mi za to "
            "zapłacę, jest w Nigerii, ale jego kumple tu mnie pilnują."
        ),
        "high",
    ),
    (
        "pl",
        "petty_threat",
        "Klient groził, że mnie pobije i wystawi mi złą opinię, jeśli komuś powiem. Co mam robić?",
        "high",
    ),
    (
        "pl",
        "petty_threat",
        "Policja groziła mi mandatem i powiedziała, że odeślą mnie z powrotem do Rumunii.",
        "high",
    ),
    (
        "pt",
        "contract_trap",
        "Eles ficam com meu passaporte até eu pagar a dívida da viagem, tô presa.",
        "high",
    ),
    (
        "pt",
        "contract_trap",
        (
            "O patrão fez a gente assinar um contrato e não podemos sair do trabalho "
            "até pagar a dívida."
        ),
        "high",
    ),
    (
        "pt",
        "ex_far_away",
        (
            "Meu ex me ameaça dizendo que vai vir me buscar, ele mora aqui em Aarhus "
            "e sabe onde eu moro."
        ),
        "high",
    ),
    (
        "pt",
        "ex_far_away",
        "Meu ex tá com meu passaporte e me ameaça, mesmo morando em Portugal.",
        "high",
    ),
    (
        "pt",
        "ex_far_away",
        "Meu ex-marido me bateu e agora me ameaça, mas diz que voltou pro Brasil.",
        "high",
    ),
    ("pt", "petty_threat", "A polícia me ameaçou com multa e disse que vão me deportar.", "high"),
    (
        "pt",
        "petty_threat",
        "Meu chefe me ameaça com multa de 500 coroas se eu recusar cliente da loja.",
        "high",
    ),
    (
        "pt",
        "petty_threat",
        "Um cliente ameaçou deixar avaliação ruim se eu não fizer sem camisinha.",
        "high",
    ),
    (
        "ro",
        "contract_trap",
        "Am un credit la șef și nu pot scăpa de el, îmi ține pașaportul până îl plătesc.",
        "high",
    ),
    (
        "ro",
        "contract_trap",
        (
            "Șeful ne-a pus să semnăm un contract și acum nu putem pleca până nu "
            "plătim datoria de drum."
        ),
        "high",
    ),
    (
        "ro",
        "ex_far_away",
        (
            "Fostul meu m-a bătut anul trecut și acum mă amenință că vine după mine, "
            "deși zice că stă în Craiova."
        ),
        "high",
    ),
    (
        "ro",
        "ex_far_away",
        (
            "Fostul meu nu mai e în Craiova, e aici în Aarhus și mă amenință că vine "
            "după mine. Ce fac?"
        ),
        "high",
    ),
    (
        "ro",
        "ex_far_away",
        "Fostul meu șef mă amenință că mă găsește dacă nu-i dau banii, deși acum e în Italia.",
        "high",
    ),
    (
        "ro",
        "petty_threat",
        "Poliția m-a amenințat cu amendă și cu deportarea dacă mă mai prind aici.",
        "high",
    ),
    (
        "ro",
        "petty_threat",
        (
            "Un client amenință că trimite pozele mele familiei și îmi lasă o "
            "recenzie proastă dacă nu fac ce vrea."
        ),
        "high",
    ),
    (
        "ro",
        "petty_threat",
        "Șeful mă amenință cu amendă de 5000 dacă plec înainte să termin datoria.",
        "high",
    ),
    (
        "ru",
        "contract_trap",
        (
            "Кредит на меня оформили люди, которые нас привезли, и держат мой "
            "паспорт, пока не заплачу, я в ловушке."
        ),
        "high",
    ),
    (
        "ru",
        "contract_trap",
        "Мы должны хозяину за дорогу, и он не отпускает нас, пока не отдадим.",
        "high",
    ),
    (
        "ru",
        "contract_trap",
        "Начальник заставил подписать контракт на год, и теперь я не могу уйти, как в ловушке.",
        "high",
    ),
    ("ru", "ex_far_away", "Бывший начальник угрожает, что найдёт меня, но он в Киеве.", "high"),
    (
        "ru",
        "ex_far_away",
        (
            "Бывший угрожает, что заберёт меня, он тоже в Копенгагене и знает, где я "
            "живу, хотя у него нет машины."
        ),
        "high",
    ),
    (
        "ru",
        "ex_far_away",
        "Мой бывший избил меня и грозится найти, хотя он вроде в Москве.",
        "high",
    ),
    (
        "ru",
        "petty_threat",
        (
            "Клиент угрожает, что не заплатит и поставит одну звезду, если я не "
            "соглашусь без презерватива."
        ),
        "high",
    ),
    (
        "ru",
        "petty_threat",
        "Клиент угрожает, что сдаст меня в полицию и оставит плохой отзыв.",
        "high",
    ),
    ("th", "contract_trap", "หนูติดหนี้คนที่พามาเดนมาร์ก ออกไม่ได้ ต้องทำงานใช้หนี้ก่อน", "high"),
    (
        "th",
        "contract_trap",
        "เขายึดพาสปอร์ตไว้จนกว่าหนูจะใช้หนี้ค่าเดินทางหมด หนูหนีไม่ได้",
        "high",
    ),
    (
        "th",
        "ex_far_away",
        "ผัวเก่าขู่จะตามหาหนู เขาเคยตบหนูและยึดพาสปอร์ตไว้ ตอนนี้อยู่เยอรมัน",
        "high",
    ),
    (
        "th",
        "ex_far_away",
        "แฟนเก่าขู่ว่าจะมาเอาตัวหนู เขาอยู่โอเดนเซ่ รู้ว่าหนูอยู่ที่ไหน ทำไงดีคะ",
        "high",
    ),
    ("th", "ex_far_away", "แฟนเก่าเป็นแมงดา ขู่ว่าจะตามหาหนูถึงแม้ตอนนี้เขาอยู่ไทย", "high"),
    ("th", "petty_threat", "ตำรวจขู่ว่าจะปรับแล้วส่งหนูกลับไทย หนูกลัวมาก", "high"),
    ("th", "petty_threat", "ลูกค้าขู่ว่าจะให้ 1 ดาว ถ้าหนูไม่ยอมทำแบบไม่ใส่ถุงยาง", "high"),
    ("th", "petty_threat", "เจ้านายขู่ว่าจะปรับเงินหนูห้าพันโครนถ้าหนูลาออก", "high"),
    (
        "tl",
        "contract_trap",
        (
            "Hawak nila ang passport ko hangga't di ko nababayaran ang utang sa "
            "pamasahe, stuck ako dito."
        ),
        "high",
    ),
    (
        "tl",
        "contract_trap",
        "Nakatali ako sa utang sa mga nagdala sa amin dito sa Denmark, parang loan daw.",
        "emergency",
    ),
    (
        "tl",
        "ex_far_away",
        (
            "Binabantaan ako ng ex ko, sinaktan nya ako last week at hawak nya "
            "passport ko, nasa Saudi daw sya ngayon."
        ),
        "high",
    ),
    (
        "tl",
        "ex_far_away",
        (
            "Yung ex ko binabantaan ako na hahanapin nya ako, nandito rin sya sa "
            "Copenhagen at alam nya kung saan ako nakatira."
        ),
        "high",
    ),
    (
        "tl",
        "petty_threat",
        "Binabantaan ako ng amo ko na may multa daw pag umalis ako sa trabaho.",
        "high",
    ),
    (
        "tl",
        "petty_threat",
        "Binabantaan ako ng pulis ng multa at ide-deport daw ako pag bumalik ako.",
        "high",
    ),
    (
        "uk",
        "contract_trap",
        "Бос змусив нас підписати контракт, і ми не можемо піти з роботи, поки не віддамо борг.",
        "high",
    ),
    (
        "uk",
        "contract_trap",
        "Вони тримають мій паспорт, поки я не віддам борг за дорогу, я в пастці.",
        "high",
    ),
    (
        "uk",
        "ex_far_away",
        (
            "Колишній чоловік побив мене минулого тижня, а тепер погрожує, хоча каже "
            "що поїхав в Україну."
        ),
        "high",
    ),
    (
        "uk",
        "ex_far_away",
        "Мій колишній забрав мій паспорт і погрожує, хоча сам живе в Польщі.",
        "high",
    ),
    (
        "uk",
        "ex_far_away",
        "Мій колишній погрожує, що забере мене, він тепер тут в Оденсе і знає, де я живу.",
        "high",
    ),
    (
        "uk",
        "petty_threat",
        "Клієнт погрожує поганим відгуком, якщо я не зроблю без презерватива.",
        "high",
    ),
    ("uk", "petty_threat", "Поліція погрожує штрафом і каже, що мене депортують.", "high"),
    (
        "uk",
        "petty_threat",
        "Шеф погрожує штрафом 500 крон, якщо я відмовлю клієнту з магазину.",
        "high",
    ),
    (
        "vi",
        "contract_trap",
        "Chủ giữ hộ chiếu của mình cho đến khi mình trả hết nợ, mình như bị nhốt.",
        "high",
    ),
    (
        "vi",
        "contract_trap",
        "Người đưa tụi mình sang bắt trả nợ tiền vé 50.000 kr, mình bị kẹt ở đây không thoát được.",
        "high",
    ),
    (
        "vi",
        "contract_trap",
        (
            "Sếp bắt mình ký hợp đồng lao động, trong đó ghi là không được nghỉ việc "
            "trước 2 năm, mình bị trói chân trói tay."
        ),
        "emergency",
    ),
    (
        "vi",
        "ex_far_away",
        (
            "Chồng cũ giữ hộ chiếu của mình và dọa nếu mình bỏ đi thì hắn sẽ tìm ra, "
            "mình không có hộ chiếu để về Việt Nam."
        ),
        "high",
    ),
    (
        "vi",
        "ex_far_away",
        (
            "Người yêu cũ đánh mình và dọa giết mình, hắn ở ngay Aarhus, cứ đứng chờ "
            "trước cửa nhà. Mình rất sợ."
        ),
        "high",
    ),
    ("zh", "contract_trap", "带我们来的人说我们欠机票钱五万克朗，还清之前我们走不了。", "high"),
    ("zh", "contract_trap", "老板拿着我的护照，说要等我还完债才还给我，我感觉被困住了。", "high"),
    (
        "zh",
        "contract_trap",
        "老板让我们签了一份合同，上面写着两年内不能离开，我们被困在这里。",
        "high",
    ),
    (
        "zh",
        "ex_far_away",
        "前夫威胁说要杀了我，他就住在哥本哈根，知道我住哪里。我该怎么办？",
        "emergency",
    ),
    (
        "zh",
        "ex_far_away",
        "前夫打了我，还威胁说要让我付出代价，我的护照在他手上，我没有护照回国。",
        "high",
    ),
    ("zh", "petty_threat", "客人威胁说如果我不同意不戴套，就给我差评。", "high"),
    ("zh", "petty_threat", "有个客人威胁说要打我，还说不给钱，我该怎么办？", "high"),
    ("zh", "petty_threat", "警察威胁说要把我遣返回国，还要罚款，我好怕。", "high"),
]


@pytest.mark.parametrize(("language", "kind", "text"), HARMLESS)
def test_an_everyday_phrase_that_sounds_like_danger_escalates_nothing(
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
