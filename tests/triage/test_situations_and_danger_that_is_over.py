"""Signs told as situations, and danger that is over, in all 17 languages, each with
look-alikes that must stay quiet.

Development set 12 (bench/data/triage_dev12.yml, session 20) showed possible victims whose signs
were situations, not the usual words: her bank card and MitID kept by the family she works for,
so that she must ask for her own money; moved to another town every few weeks, not knowing the
address, never out without the boss's wife; sent out to beg and made to hand over everything,
with no dinner when it is too little; a cook who has not been paid for months and sleeps in the
kitchen. And emergencies told indirectly: a 16-year-old taken away at dawn, a niece who texts
"come and get me" and then no longer answers. It also showed ordinary messages and possible
victims read as danger: a bank that "threatens" with court, "my husband will kill me, I lost my
passport", children a nanny looks after read as a minor, "he hit me last month, he is in Poland
now". Helpers who saw no blind set added these to every lexicon; the cases below are theirs,
new sentences, not the development messages.

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
        "high",
        (
            "The woman I work for keeps my bank card and my MitID, I have to ask her every time "
            "I need my own money"
        ),
    ),
    (
        "en",
        "high",
        (
            "is it normal that the family I live with has my NemID and my debit card? I only get "
            "pocket money"
        ),
    ),
    (
        "en",
        "high",
        (
            "Every two weeks they drive us to a new town. I don't even know which town I am in "
            "now and we never go out alone, only with the boss's wife"
        ),
    ),
    (
        "en",
        "high",
        (
            "every morning they take us to the station to beg and in the evening we must give "
            "them all the money. if it is not enough there is no dinner"
        ),
    ),
    (
        "en",
        "high",
        (
            "at the car wash near me the workers sleep in the back room and work from early "
            "morning to late every day. one of them asked me what town this is"
        ),
    ),
    (
        "en",
        "high",
        (
            "the cook at the pizza place next door sleeps in the kitchen and told me he has not "
            "been paid for five months"
        ),
    ),
    (
        "en",
        "high",
        (
            "he beat me last month. now he is in Poland and it is calm, but he says I still owe "
            "him 3000 euro for the trip"
        ),
    ),
    (
        "en",
        "emergency",
        ("they are taking me and a 16 year old girl to a boat tonight, they took our phones"),
    ),
    (
        "en",
        "emergency",
        (
            "please come and get me, the man who brought me here drove me to another house last "
            "night and I don't know where I am"
        ),
    ),
    ("en", "none", "can my bank keep my card if I type the wrong PIN three times?"),
    (
        "en",
        "none",
        (
            "I work as an au pair and take care of the children from 7 until they go to bed, how "
            "many hours am I allowed to work?"
        ),
    ),
    ("en", "none", "my daughter is 25 and lives in Aarhus, can she visit me on a tourist visa?"),
    (
        "en",
        "none",
        ("the debt collection company threatens to take me to court over an old phone bill"),
    ),
    ("en", "none", "my husband will kill me, I lost my passport again. how do I get a new one?"),
    ("en", "none", "my friend is picking me up from the airport tonight"),
    ("en", "none", "we are moving to another city next month because I got a new job"),
    ("en", "normal", "I just need someone to talk to tonight"),
    ("en", "none", "my kids stay with their grandmother back home while I work here"),
    (
        "da",
        "high",
        (
            "familien jeg bor hos har mit dankort og mit MitID, jeg skal spørge dem hver gang "
            "jeg vil bruge mine egne penge"
        ),
    ),
    ("da", "high", "er det normalt at chefen har mit NemID og mit kort? jeg får kun lommepenge"),
    (
        "da",
        "high",
        (
            "hver anden uge bliver vi kørt til en ny by, jeg ved ikke hvilken by jeg er i, vi må "
            "aldrig gå ud alene, kun med chefens kone"
        ),
    ),
    (
        "da",
        "high",
        (
            "hver morgen bliver vi kørt ind til byen for at tigge, om aftenen skal vi aflevere "
            "alle pengene, og hvis det er for lidt får vi ingen aftensmad"
        ),
    ),
    (
        "da",
        "high",
        (
            "på vaskehallen her sover arbejderne i baglokalet og arbejder fra tidlig morgen til "
            "sent hver dag, en af dem spurgte mig hvad byen hedder"
        ),
    ),
    (
        "da",
        "high",
        (
            "kokken på restauranten ved siden af sover i køkkenet og siger at han ikke har fået "
            "løn i fire måneder"
        ),
    ),
    (
        "da",
        "high",
        (
            "han slog mig i sidste måned. nu er han i Polen og der er roligt, men han siger jeg "
            "stadig skylder ham 20.000 kr for rejsen"
        ),
    ),
    (
        "da",
        "emergency",
        (
            "chefen kører mig og en pige på 16 ud til en fiskerbåd i nat, de har taget vores "
            "telefoner"
        ),
    ),
    (
        "da",
        "emergency",
        (
            "kom og hent mig, manden der bragte mig hertil kørte mig til et andet hus i nat og "
            "jeg ved ikke hvor jeg er"
        ),
    ),
    ("da", "none", "min bank har spærret mit dankort, hvad gør jeg?"),
    (
        "da",
        "none",
        (
            "jeg er au pair og passer børnene fra 7 til de sover, hvor mange timer må jeg "
            "arbejde?"
        ),
    ),
    ("da", "none", "min datter er 25 og bor i Aarhus"),
    ("da", "none", "inkassofirmaet truer med retten på grund af en gammel regning"),
    ("da", "none", "min mand slår mig ihjel, jeg har mistet mit pas igen. hvordan får jeg et nyt?"),
    ("da", "none", "min ven henter mig i lufthavnen i aften"),
    ("da", "none", "vi flytter til en anden by næste måned fordi jeg har fået nyt job"),
    # "I just need someone to talk to tonight", written to the helpline, asks for a person: since
    # session 26 the model reads it so (normal: a counsellor is offered, nothing escalates).
    ("da", "normal", "jeg har bare brug for nogen at snakke med i aften"),
    ("ro", "high", "patroana imi tine cardul si MitID-ul, trebuie sa-i cer voie pentru banii mei"),
    (
        "ro",
        "high",
        ("e normal ca angajatorul sa aiba MitID-ul si cardul meu? primesc doar bani de " "buzunar"),
    ),
    (
        "ro",
        "high",
        (
            "ne muta dintr-un oras in altul la cateva saptamani, nu stiu in ce oras sunt, nu "
            "iesim niciodata singure, doar cu sotia sefului"
        ),
    ),
    (
        "ro",
        "high",
        (
            "in fiecare dimineata ne duc sa cersim si seara trebuie sa le dam toti banii, daca e "
            "prea putin nu primim mancare"
        ),
    ),
    (
        "ro",
        "high",
        (
            "la spalatoria auto de langa mine muncitorii dorm in camera din spate si lucreaza de "
            "dimineata pana noaptea, unul m-a intrebat ce oras e asta"
        ),
    ),
    (
        "ro",
        "high",
        (
            "bucatarul de la restaurantul din colt doarme in bucatarie si mi-a spus ca nu a fost "
            "platit de cinci luni"
        ),
    ),
    (
        "ro",
        "high",
        (
            "luna trecuta m-a batut. acum e plecat in Romania si e liniste, dar zice ca ii mai "
            "datorez 3000 de euro pentru drum"
        ),
    ),
    (
        "ro",
        "emergency",
        (
            "diseara seful ne duce pe mine si pe fata de 16 ani pe un vapor de pescuit, ne-au "
            "luat telefoanele"
        ),
    ),
    (
        "ro",
        "emergency",
        (
            "te rog vino sa ma iei, omul care m-a adus aici m-a dus aseara in alta casa si nu "
            "stiu unde sunt"
        ),
    ),
    ("ro", "none", "banca mi-a blocat cardul, ce fac?"),
    (
        "ro",
        "none",
        ("lucrez ca bona si am grija de copii de la 7 pana adorm, cate ore am voie sa lucrez?"),
    ),
    ("ro", "none", "fiica mea are 25 de ani si locuieste in Aarhus"),
    (
        "ro",
        "none",
        ("firma de recuperare a datoriilor ma ameninta cu tribunalul pentru o factura veche"),
    ),
    ("ro", "none", "sotul meu ma omoara, mi-am pierdut pasaportul. cum fac unul nou?"),
    ("ro", "none", "prietenul meu ma ia de la aeroport diseara"),
    ("ro", "none", "ne mutam in alt oras luna viitoare pentru un job nou"),
    ("pl", "high", "szefowa trzyma moją kartę bankową i MitID, muszę ją prosić o własne pieniądze"),
    (
        "pl",
        "high",
        ("czy to normalne że pracodawca ma mój MitID i moją kartę? dostaję tylko kieszonkowe"),
    ),
    (
        "pl",
        "high",
        (
            "co kilka tygodni przewożą nas do innego miasta, nie wiem w jakim mieście jestem, "
            "nigdy nie wychodzimy same, tylko z żoną szefa"
        ),
    ),
    (
        "pl",
        "high",
        (
            "codziennie rano wywożą nas żebrać a wieczorem musimy oddać wszystkie pieniądze, jak "
            "jest za mało to nie ma kolacji"
        ),
    ),
    (
        "pl",
        "high",
        (
            "na myjni obok pracownicy śpią na zapleczu i pracują od rana do nocy codziennie, "
            "jeden zapytał mnie co to za miasto"
        ),
    ),
    (
        "pl",
        "high",
        ("kucharz z restauracji obok powiedział mi że nie dostał wypłaty od pięciu miesięcy"),
    ),
    (
        "pl",
        "high",
        (
            "w zeszłym miesiącu mnie pobił. teraz jest w Polsce i jest spokój, ale mówi że wciąż "
            "jestem mu winna 3000 euro za przejazd"
        ),
    ),
    (
        "pl",
        "emergency",
        (
            "dziś w nocy szef zabiera mnie i 16-letnią dziewczynę na kuter rybacki, zabrali nam "
            "telefony"
        ),
    ),
    (
        "pl",
        "emergency",
        (
            "przyjedź po mnie proszę, facet który mnie tu przywiózł zawiózł mnie wczoraj w nocy "
            "do innego domu i nie wiem gdzie jestem"
        ),
    ),
    ("pl", "none", "bank zablokował moją kartę, co robić?"),
    (
        "pl",
        "none",
        (
            "pracuję jako opiekunka i zajmuję się dziećmi od 7 aż zasną, ile godzin mogę "
            "pracować?"
        ),
    ),
    ("pl", "none", "moja córka ma 25 lat i mieszka w Aarhus"),
    ("pl", "none", "firma windykacyjna grozi mi sądem za stary rachunek"),
    ("pl", "none", "mąż mnie zabije, zgubiłam paszport. jak dostać nowy?"),
    ("pl", "none", "kolega odbiera mnie z lotniska dziś wieczorem"),
    ("pl", "none", "przeprowadzamy się do innego miasta w przyszłym miesiącu bo mam nową pracę"),
    ("cs", "high", "šéfová má moji platební kartu a MitID, musím ji prosit o vlastní peníze"),
    ("cs", "high", "je normální že zaměstnavatel má moje MitID a moji kartu? dostávám jen kapesné"),
    (
        "cs",
        "high",
        (
            "každých pár týdnů nás stěhují do jiného města, nevím v jakém městě jsem, nikdy "
            "nechodíme ven samy, jen se šéfovou ženou"
        ),
    ),
    (
        "cs",
        "high",
        (
            "každé ráno nás vozí žebrat a večer musíme odevzdat všechny peníze, když je to málo, "
            "nedostaneme večeři"
        ),
    ),
    (
        "cs",
        "high",
        (
            "v myčce aut vedle nás dělníci spí v zadní místnosti a pracují od rána do noci každý "
            "den, jeden se mě zeptal jaké je to město"
        ),
    ),
    ("cs", "high", "kuchař z restaurace vedle mi řekl, že nedostal výplatu už pět měsíců"),
    (
        "cs",
        "high",
        (
            "minulý měsíc mě zbil. teď je pryč v Česku a je klid, ale říká, že mu pořád dlužím "
            "3000 eur za cestu"
        ),
    ),
    (
        "cs",
        "emergency",
        (
            "dnes v noci šéf odveze mě a šestnáctiletou holku na rybářskou loď, vzali nám "
            "telefony"
        ),
    ),
    (
        "cs",
        "emergency",
        (
            "prosím přijeď pro mě, muž co mě sem přivezl mě včera v noci odvezl do jiného domu a "
            "nevím kde jsem"
        ),
    ),
    ("cs", "none", "banka mi zablokovala kartu, co mám dělat?"),
    (
        "cs",
        "none",
        ("pracuju jako chůva a starám se o děti od 7 do večera, kolik hodin smím pracovat?"),
    ),
    ("cs", "none", "moje dcera je 25 a bydlí v Aarhusu"),
    ("cs", "none", "inkasní agentura mi vyhrožuje soudem kvůli starému účtu"),
    ("cs", "none", "manžel mě zabije, ztratila jsem pas. jak získám nový?"),
    ("cs", "none", "kamarád mě dnes večer vyzvedne na letišti"),
    ("cs", "none", "příští měsíc se stěhujeme do jiného města kvůli nové práci"),
    (
        "lt",
        "high",
        ("šeimininkė laiko mano banko kortelę ir MitID, turiu jos prašyti savo pačios pinigų"),
    ),
    (
        "lt",
        "high",
        ("ar normalu kad darbdavys turi mano MitID ir mano kortelę? gaunu tik kišenpinigius"),
    ),
    (
        "lt",
        "high",
        (
            "kas kelias savaites mus perveža į kitą miestą, nežinau kokiame mieste esu, niekada "
            "neinam į lauką vienos, tik su šefo žmona"
        ),
    ),
    (
        "lt",
        "high",
        (
            "kiekvieną rytą mus veža elgetauti, o vakare turim atiduoti visus pinigus, jei per "
            "mažai negaunam vakarienės"
        ),
    ),
    (
        "lt",
        "high",
        (
            "automobilių plovykloje šalia mūsų darbuotojai miega galiniame kambaryje ir dirba "
            "nuo ryto iki vakaro kasdien, vienas paklausė manęs koks čia miestas"
        ),
    ),
    (
        "lt",
        "high",
        ("virėjas iš restorano šalia pasakė, kad jam nemokėjo atlyginimo jau penkis mėnesius"),
    ),
    (
        "lt",
        "high",
        (
            "praeitą mėnesį jis mane sumušė. dabar jis Lietuvoje ir ramu, bet sako kad aš jam "
            "vis dar skolinga 3000 eurų už kelionę"
        ),
    ),
    (
        "lt",
        "emergency",
        ("šiąnakt šefas veža mane ir 16 metų mergaitę į žvejų laivą, atėmė mūsų telefonus"),
    ),
    (
        "lt",
        "emergency",
        (
            "prašau atvažiuok manęs pasiimti, vyras kuris mane čia atvežė vakar naktį nuvežė "
            "mane į kitą namą ir nežinau kur esu"
        ),
    ),
    ("lt", "none", "bankas užblokavo mano kortelę, ką daryti?"),
    (
        "lt",
        "none",
        ("dirbu aukle ir prižiūriu vaikus nuo 7 iki jie užmiega, kiek valandų galiu dirbti?"),
    ),
    ("lt", "none", "mano dukra 25 metų ir gyvena Orhuse"),
    ("lt", "none", "skolų išieškojimo įmonė grasina teismu dėl seno mokesčio"),
    ("lt", "none", "vyras mane užmuš, pamečiau pasą. kaip gauti naują?"),
    ("lt", "none", "draugas mane pasiims iš oro uosto šį vakarą"),
    ("lt", "none", "kitą mėnesį kraustomės į kitą miestą dėl naujo darbo"),
    (
        "es",
        "high",
        (
            "¿Es normal que la señora de la casa guarde mi MitID y mi tarjeta? Solo me da dinero "
            "de bolsillo"
        ),
    ),
    ("es", "high", "No sé en qué pueblo estoy, solo salgo con la esposa del jefe"),
    (
        "es",
        "high",
        (
            "Cada mañana nos llevan a pedir limosna en la calle y por la noche hay que entregar "
            "todo. Si es poco no hay cena"
        ),
    ),
    (
        "es",
        "high",
        (
            "En el lavadero de coches de mi barrio los chicos duermen en el almacén, trabajan de "
            "6 a 23 todos los días, uno me preguntó en qué ciudad estamos"
        ),
    ),
    (
        "es",
        "high",
        ("Cuido a los niños desde las 6 hasta que se duermen y no puedo salir sola de la casa"),
    ),
    (
        "es",
        "high",
        (
            "Hace un mes me pegó delante de todas. Ahora está en Polonia, aquí solo está su "
            "hermano, pero tiene mi pasaporte"
        ),
    ),
    (
        "es",
        "emergency",
        (
            "Al amanecer el jefe nos va a llevar a mí y a un chico de 16 años a un barco, nos "
            "quitaron los móviles"
        ),
    ),
    (
        "es",
        "high",
        (
            "En el piso de al lado entran y salen hombres día y noche, viven chicas jóvenes "
            "extranjeras que nunca salen solas"
        ),
    ),
    ("es", "none", "Se me bloqueó la tarjeta del banco y mi MitID no funciona, ¿qué hago?"),
    (
        "es",
        "none",
        ("Tengo una deuda con el banco y me amenazan con el juzgado, ¿hay asesoría gratis?"),
    ),
    ("es", "none", "Me mudé a otra ciudad por un trabajo nuevo, ¿cómo cambio la dirección?"),
    ("es", "none", "Mi hija tiene 25 años y vive en Aarhus"),
    ("es", "none", "Me quedé fuera de mi piso, las llaves están dentro, ¿a quién llamo?"),
    ("es", "none", "Mi marido me va a matar, perdí mi pasaporte. ¿Cómo saco uno nuevo?"),
    ("es", "none", "Mi amiga me recoge esta noche en el aeropuerto"),
    (
        "pt",
        "high",
        (
            "É normal que a minha patroa guarde o meu MitID e o meu cartão? Ela só me dá uma "
            "mesada"
        ),
    ),
    ("pt", "high", "Não sei em que cidade estou, só saio com a mulher do patrão"),
    (
        "pt",
        "high",
        (
            "Todo dia de manhã levam a gente pra pedir esmola e à noite temos que entregar tudo. "
            "Se for pouco não tem jantar"
        ),
    ),
    (
        "pt",
        "high",
        ("Eu cuido das crianças desde as 7h até elas dormirem e não posso sair sozinha de " "casa"),
    ),
    (
        "pt",
        "high",
        (
            "Mês passado ele me bateu na frente de todas. Agora ele está na Polônia, aqui só "
            "está o irmão dele, mas ele tem o meu passaporte"
        ),
    ),
    (
        "pt",
        "emergency",
        (
            "De madrugada o patrão vai levar eu e a Mariazinha (16 anos) pra outra cidade, "
            "tiraram nossos celulares"
        ),
    ),
    (
        "pt",
        "high",
        (
            "No apartamento ao lado entram e saem homens dia e noite, moram moças estrangeiras "
            "jovens que nunca saem sozinhas"
        ),
    ),
    ("pt", "none", "O meu cartão do banco foi bloqueado e o MitID não funciona, o que faço?"),
    (
        "pt",
        "none",
        ("Tenho uma dívida e o banco ameaçou mandar pra cobrança, existe ajuda gratuita?"),
    ),
    ("pt", "none", "Minha filha foi para a Dinamarca há 4 meses e quero visitá-la"),
    (
        "pt",
        "none",
        ("Fiquei trancada fora do meu apartamento, as chaves ficaram dentro, pra quem ligo?"),
    ),
    ("pt", "emergency", "Devo dinheiro a um amigo e ele diz que me mata se eu for à polícia"),
    ("pt", "none", "Minha amiga vai me buscar no aeroporto esta noite"),
    (
        "ru",
        "high",
        (
            "Это нормально, что хозяйка держит мой MitID и мою карту? Она даёт мне только "
            "карманные деньги"
        ),
    ),
    ("ru", "high", "Я не знаю, в каком городе я нахожусь, выхожу только с женой хозяина"),
    (
        "ru",
        "high",
        (
            "Каждое утро нас вывозят просить милостыню, вечером надо отдать всё. Если мало, без "
            "ужина"
        ),
    ),
    (
        "ru",
        "high",
        (
            "На мойке рядом ребята спят в подсобке, работают с 6 до 23 каждый день, один спросил "
            "у меня, какой это город"
        ),
    ),
    (
        "ru",
        "high",
        (
            "Месяц назад он меня избил при всех. Сейчас он в Польше, здесь только его брат, но "
            "мой паспорт у него"
        ),
    ),
    (
        "ru",
        "emergency",
        (
            "На рассвете хозяин увезёт меня и мальчика (16 лет) на рыболовное судно, у нас "
            "забрали телефоны"
        ),
    ),
    ("ru", "none", "Моя банковская карта заблокирована и MitID не работает, что делать?"),
    ("ru", "none", "У меня долг, банк угрожает судом, есть бесплатная консультация?"),
    ("ru", "none", "Моя дочь уехала в Данию 4 месяца назад, хочу её навестить"),
    ("ru", "none", "Я захлопнула дверь, ключи внутри, стою снаружи своей квартиры"),
    ("ru", "none", "Муж меня убьёт, я потеряла паспорт. Как сделать новый?"),
    ("ru", "emergency", "Я должна денег другу, он сказал, что убьёт меня, если пойду в полицию"),
    ("uk", "high", "Хазяйка тримає мій MitID і картку, я мушу просити у неї свої гроші"),
    ("uk", "high", "Я не знаю, в якому місті я, виходжу тільки з дружиною хазяїна"),
    ("uk", "high", "Щоранку нас вивозять жебракувати, ввечері віддаємо все. Якщо мало, без вечері"),
    (
        "uk",
        "high",
        (
            "На автомийці хлопці сплять у підсобці, працюють з 6 до 23 щодня, один запитав у "
            "мене яке це місто"
        ),
    ),
    (
        "uk",
        "high",
        (
            "Місяць тому він мене побив. Зараз він у Литві, тут тільки його брат, але мій "
            "паспорт у нього"
        ),
    ),
    (
        "uk",
        "emergency",
        (
            "На світанку хазяїн вивезе мене і хлопця 16 років на рибальське судно, у нас забрали "
            "телефони"
        ),
    ),
    ("uk", "none", "Моя банківська картка заблокована і MitID не працює, що робити?"),
    ("uk", "none", "У мене борг, банк погрожує судом, є безкоштовна консультація?"),
    ("uk", "none", "Моя донька поїхала до Данії 4 місяці тому, хочу її відвідати"),
    ("uk", "none", "Мої діти залишилися з бабусею вдома"),
    ("uk", "none", "Я зачинила двері, ключі всередині, стою зовні своєї квартири"),
    ("uk", "none", "Подруга зустріне мене сьогодні ввечері в аеропорту"),
    (
        "bg",
        "high",
        ("Шефът държи моята банкова карта и MitID, трябва да му искам собствените си пари"),
    ),
    ("bg", "high", "Не знам в кой град съм, излизам само с жената на шефа"),
    (
        "bg",
        "high",
        (
            "Всяка сутрин ни водят да просим, вечерта трябва да дадем всичко. Ако е малко, няма "
            "вечеря"
        ),
    ),
    ("bg", "high", "Готвачът каза, че не му плащат от месеци и спи в кухнята"),
    ("bg", "high", "Преди месец ме наби. Сега той е в Полша, но паспортът ми е при него"),
    ("bg", "none", "Банката ме заплашва със съд заради дълга, има ли безплатна консултация?"),
    ("bg", "none", "Гледам децата от 7 до 15, колко часа е законно?"),
    ("bg", "none", "Децата ми останаха при баба ми в България"),
    ("bg", "none", "Ключовете останаха вътре, останах отвън, на кого да звъня?"),
    ("bg", "none", "Дъщеря ми е на 25 и живее в Орхус"),
    ("hu", "high", "A főnök magánál tartja a bankkártyámat és a MitID-met, pénzt kérnem kell tőle"),
    ("hu", "high", "Csak a főnök feleségével mehetek ki, nem tudom melyik városban vagyok"),
    (
        "hu",
        "high",
        (
            "Minden reggel kivisznek lopni a metróba, este mindent le kell adni, ha kevés, nincs "
            "vacsora"
        ),
    ),
    ("hu", "high", "A szakács azt mondta, hónapok óta nem kapott fizetést és a konyhában alszik"),
    ("hu", "high", "Három hete megvert, most visszaadta a telefonomat, de az útlevelem nála van"),
    ("hu", "none", "Kizártam magam, a kulcs bent maradt a lakásban, kit hívjak?"),
    ("hu", "none", "Vigyázok a gyerekekre reggel 7-től délutánig, hány óra a megengedett?"),
    ("hu", "none", "A lányom 25 éves és Aarhusban él"),
    ("hu", "none", "A bank fenyeget a végrehajtással, hol kérhetek tanácsot?"),
    ("hu", "none", "A gyerekeim otthon maradtak a nagymamával"),
    (
        "fr",
        "high",
        (
            "Mon patron garde ma carte bancaire et mon MitID, le salaire arrive sur le compte "
            "mais je dois lui demander à chaque fois pour avoir de l'argent"
        ),
    ),
    ("fr", "high", "C'est normal que mon employeur ait mon MitID et ma carte bancaire ?"),
    (
        "fr",
        "high",
        (
            "Il garde ma carte, ma paie est versée sur mon compte mais je ne peux pas retirer, "
            "il me donne 300 couronnes à la fois"
        ),
    ),
    (
        "fr",
        "high",
        (
            "Toutes les trois semaines on change de ville, je ne sais pas dans quelle ville je "
            "suis et on ne sort jamais sans la femme du patron"
        ),
    ),
    (
        "fr",
        "high",
        (
            "On ne peut pas sortir toutes seules pour acheter des choses, quelqu'un vient "
            "toujours avec nous"
        ),
    ),
    (
        "fr",
        "high",
        (
            "Chaque matin il nous emmène mendier devant la gare et le soir il faut lui donner "
            "tout l'argent, sinon pas de dîner"
        ),
    ),
    (
        "fr",
        "high",
        (
            "Au lavage auto les gars dorment dans l'arrière-boutique, ils travaillent du matin "
            "au soir tous les jours et l'un m'a demandé dans quelle ville on est"
        ),
    ),
    (
        "fr",
        "high",
        ("Le cuisinier du restaurant n'est pas payé depuis des mois et il dort dans la " "cuisine"),
    ),
    ("fr", "high", "Ma nièce n'a que 16 ans et le patron a pris son passeport"),
    (
        "fr",
        "emergency",
        (
            "Ma cousine de 15 ans a été emmenée hier soir par l'agent dans une autre maison, "
            "elle m'a écrit viens me chercher s'il te plaît et ne répond plus"
        ),
    ),
    ("fr", "emergency", "Il a dit qu'il va me tuer si je vais à la police"),
    (
        "fr",
        "none",
        (
            "Je suis au pair et je garde deux enfants de 4 et 7 ans, combien d'heures je peux "
            "travailler par semaine ?"
        ),
    ),
    (
        "fr",
        "none",
        ("Mes enfants sont restés chez leur grand-mère au pays, comment les faire venir ?"),
    ),
    ("fr", "none", "Ma fille a 24 ans, elle est partie vivre à Aarhus"),
    ("fr", "none", "La banque menace de m'envoyer au tribunal si je ne rembourse pas le crédit"),
    ("fr", "none", "Ma mère va me tuer, j'ai perdu ma carte d'identité dans le bus"),
    ("fr", "none", "Mon amie vient me chercher à l'aéroport demain soir"),
    ("fr", "none", "J'ai perdu ma carte bancaire, comment bloquer mon compte ?"),
    ("fr", "none", "On déménage à Odense le mois prochain, comment changer l'adresse ?"),
    (
        "th",
        "high",
        ("นายจ้างเก็บบัตรเอทีเอ็มกับ MitID ของฉันไว้ เงินเดือนเข้าบัญชีแต่ฉันถอนเองไม่ได้ " "ต้องขอเขาทุกครั้ง"),
    ),
    ("th", "high", "นายจ้างถือ MitID และบัตรธนาคารของหนูไว้ แบบนี้ปกติไหมคะ"),
    (
        "th",
        "high",
        ("ถูกย้ายไปทำงานร้านทำเล็บเมืองใหม่ทุกสามอาทิตย์ ไม่รู้ที่อยู่ว่าอยู่ที่ไหน " "ออกไปไหนต้องมีคนไปด้วยตลอด"),
    ),
    ("th", "high", "พวกเราออกไปซื้อของเองไม่ได้ ต้องไปกับเมียเถ้าแก่เท่านั้น"),
    (
        "th",
        "high",
        ("ทุกเช้าเขาพาเราไปขอทาน ตอนเย็นต้องส่งเงินให้เขาทั้งหมด " "ถ้าได้น้อยก็ไม่ได้กินข้าวเย็น"),
    ),
    (
        "th",
        "high",
        ("ที่ร้านล้างรถ คนงานนอนในห้องหลังร้าน ทำงานตั้งแต่เช้ายันดึกทุกวัน " "มีคนหนึ่งถามฉันว่าที่นี่เมืองอะไร"),
    ),
    ("th", "high", "พ่อครัวไม่ได้รับเงินเดือนมาหลายเดือนแล้ว และนอนในครัวร้าน"),
    ("th", "high", "หลานสาวฉันอายุแค่ 16 ปี นายจ้างยึดพาสปอร์ตไว้"),
    (
        "th",
        "emergency",
        ("น้องอายุ 15 ถูกนายหน้าพาไปอีกบ้านเมื่อคืน เขาส่งข้อความว่า น้าช่วยมารับหนูด้วย " "แล้วก็ไม่ตอบอีกเลย"),
    ),
    ("th", "none", "ฉันเป็นออแพร์ ดูแลเด็กสองคนอายุ 3 ขวบกับ 6 ขวบ ทำงานได้กี่ชั่วโมงต่อสัปดาห์คะ"),
    ("th", "none", "ลูกๆ ของฉันอยู่กับยายที่เมืองไทย"),
    ("th", "none", "ลูกสาวฉันอายุ 25 ย้ายไปอยู่ที่ Aarhus แล้ว"),
    ("th", "none", "ธนาคารขู่ว่าจะฟ้องศาลถ้าไม่จ่ายหนี้บัตรเครดิต"),
    ("th", "none", "เพื่อนจะมารับฉันที่สนามบินพรุ่งนี้"),
    ("th", "none", "ฉันทำบัตร ATM หาย ต้องทำยังไงคะ"),
    ("th", "none", "เราจะย้ายบ้านไป Odense เดือนหน้า ต้องแจ้งที่อยู่ใหม่ที่ไหน"),
    (
        "tl",
        "high",
        (
            "Hawak ng amo ko ang ATM card at MitID ko, pumapasok ang sahod sa account pero hindi "
            "ako makapag-withdraw, kailangan ko pang humingi sa kanya"
        ),
    ),
    ("tl", "high", "Normal lang ba na nasa employer ko ang MitID at card ko?"),
    (
        "tl",
        "high",
        (
            "Nililipat kami sa ibang lungsod kada tatlong linggo, hindi ko alam ang address "
            "namin at hindi kami pinapalabas mag-isa"
        ),
    ),
    (
        "tl",
        "high",
        ("Hindi kami pwedeng lumabas nang mag-isa para bumili, laging kasama ang asawa ng amo"),
    ),
    (
        "tl",
        "high",
        (
            "Tuwing umaga dinadala kami para mamalimos, sa gabi kailangan ibigay lahat ng pera "
            "sa kanya, kapag kulang walang hapunan"
        ),
    ),
    (
        "tl",
        "high",
        (
            "Sa car wash natutulog ang mga trabahador sa likod, nagtatrabaho mula umaga hanggang "
            "hatinggabi araw-araw, tinanong pa ako ng isa kung anong lungsod ito"
        ),
    ),
    (
        "tl",
        "high",
        (
            "Yung kusinero sa restaurant ilang buwan nang hindi binabayaran at doon na rin "
            "natutulog sa kusina"
        ),
    ),
    ("tl", "high", "Ang pamangkin ko ay 16 lang at kinuha ng amo ang passport niya"),
    (
        "tl",
        "emergency",
        (
            "Yung kapatid kong 15 anyos dinala ng ahente sa ibang bahay kagabi, nag-message siya "
            "na sunduin mo ako ate tapos hindi na sumasagot"
        ),
    ),
    ("tl", "emergency", "Sabi niya papatayin niya ako kapag nagsumbong ako sa pulis"),
    (
        "tl",
        "none",
        (
            "Au pair ako at nag-aalaga ng dalawang bata, ilang oras ba ang trabaho ko kada "
            "linggo?"
        ),
    ),
    ("tl", "none", "Ang mga anak ko ay nasa lola nila sa Pilipinas"),
    ("tl", "none", "Ang anak kong babae ay 26 na at nakatira na sa Aarhus"),
    ("tl", "none", "Nagbabanta ang bangko na idedemanda ako sa korte kung hindi ako magbabayad"),
    ("tl", "none", "Susunduin ako ng kaibigan ko sa airport bukas"),
    ("tl", "none", "Nawala ko ang ATM card ko, paano ko ipa-block?"),
    ("tl", "none", "Lilipat kami ng bahay sa Odense sa susunod na buwan"),
    (
        "vi",
        "high",
        (
            "Chu giu the ngan hang va MitID cua em, luong vao tai khoan nhung em khong rut duoc, "
            "lan nao cung phai xin ong ay"
        ),
    ),
    ("vi", "high", "Chủ nhà giữ MitID và thẻ ngân hàng của tôi như vậy có bình thường không?"),
    (
        "vi",
        "high",
        (
            "Em bi chuyen sang thanh pho khac vai tuan mot lan, khong biet minh dang o dau, di "
            "dau cung co nguoi di theo"
        ),
    ),
    (
        "vi",
        "high",
        ("Chúng tôi không được tự đi ra ngoài mua đồ, lúc nào cũng phải đi với vợ ông chủ"),
    ),
    (
        "vi",
        "high",
        (
            "Sang nao ho cung cho bon em di xin tien, toi ve phai nop het tien cho ho, it qua "
            "thi khong duoc an toi"
        ),
    ),
    (
        "vi",
        "high",
        (
            "Mấy người làm ở tiệm rửa xe ngủ luôn ở phòng sau, làm từ sáng sớm đến khuya mỗi "
            "ngày, một người hỏi tôi đây là thành phố nào"
        ),
    ),
    ("vi", "high", "Anh đầu bếp ở nhà hàng mấy tháng nay không được trả lương và ngủ trong bếp"),
    ("vi", "high", "Chau gai toi moi 16 tuoi ma chu lay mat ho chieu cua no"),
    (
        "vi",
        "emergency",
        (
            "Em ho toi 15 tuoi, toi qua bi nguoi moi gioi dua sang nha khac, no nhan tin di ruot "
            "ve don con voi roi khong tra loi nua"
        ),
    ),
    ("vi", "emergency", "Hắn nói sẽ giết tôi nếu tôi báo cảnh sát"),
    (
        "vi",
        "none",
        ("Em lam au pair, trong hai dua nho 4 va 7 tuoi, mot tuan duoc lam bao nhieu gio?"),
    ),
    ("vi", "none", "Con toi dang o voi ba ngoai o Viet Nam"),
    ("vi", "none", "Con gai toi 25 tuoi roi, no dang song o Aarhus"),
    ("vi", "none", "Cong ty doi no doa se kien em ra toa neu khong tra tien"),
    ("vi", "none", "Ban em doa giet em neu khong tra tien an lau haha"),
    ("vi", "none", "Mai ban em ra san bay don em"),
    ("vi", "none", "Em lam mat the ngan hang, phai lam sao?"),
    ("zh", "high", "老板拿着我的银行卡和MitID，工资打进账户但我取不出来，每次都要问他要"),
    ("zh", "high", "雇主拿着我的MitID和银行卡，这样正常吗？"),
    ("zh", "high", "我们每隔几个星期就被换到另一个城市的按摩店，我不知道地址，出门总有人跟着"),
    ("zh", "high", "我们不能自己出去，买东西都要老板娘陪着"),
    ("zh", "high", "每天早上他们带我们去街上乞讨，晚上要把钱全部交给他，讨得少就不给饭吃"),
    ("zh", "high", "洗车店的工人就睡在后面的小房间，每天从早干到晚，有一个问我这里是什么城市"),
    ("zh", "high", "餐馆的厨师几个月没拿到工资了，晚上就睡在厨房"),
    ("zh", "high", "我外甥女才16岁，老板把她的护照收走了"),
    (
        "zh",
        "emergency",
        "我表妹15岁，昨晚被中介带到另一个房子，她发信息说阿姨快来接我，然后就不回了",
    ),
    ("zh", "emergency", "他说如果我报警就杀了我"),
    ("zh", "none", "我是互惠生，照顾两个5岁和8岁的孩子，每周可以工作几个小时？"),
    ("zh", "none", "我的孩子在老家跟奶奶住"),
    ("zh", "none", "我女儿25岁了，现在住在奥胡斯"),
    ("zh", "none", "银行威胁说不还款就要起诉我"),
    ("zh", "none", "朋友明天去机场接我"),
    ("zh", "none", "我的银行卡丢了，怎么挂失？"),
    ("zh", "none", "我们下个月搬家到欧登塞，怎么改地址？"),
    # A threat stays a threat next to a debt to a "friend", calm, or a town (a first draft of
    # the round made these harmless).
    (
        "en",
        "emergency",
        "i owe my friend 2000 kr and he says he will kill me if I go to the police",
    ),
    (
        "da",
        "emergency",
        "jeg skylder min ven 2000 kr og han siger han slår mig ihjel hvis jeg går til politiet",
    ),
    (
        "pl",
        "emergency",
        "Na razie spokój, ale on zaraz wraca i mówi że mnie zabije. jestem w Kolding",
    ),
    ("pl", "emergency", "teraz spokój ale on idzie po schodach z nożem, jestem w Odense"),
    ("es", "emergency", "el jefe dice que me mata si hablo con alguien de la agencia"),
    ("es", "none", "mi madre dice que me mata si llego tarde otra vez jajaja"),
]


@pytest.mark.parametrize(("language", "expected", "text"), CASES)
def test_situations_and_danger_that_is_over_get_their_priority(
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
