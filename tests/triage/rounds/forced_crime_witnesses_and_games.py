"""Forced crime, threats against her family and what witnesses see count; football, games, films
and jokes about being sold do not, in 12 languages.

Development set 17 (bench/data/triage_dev17.yml, session 23: messages over several lines, many
told by a witness) showed signs the lexicons missed: made to steal, sell drugs or tend a cannabis
farm; "if she leaves they will go after her family"; brought here with the promise of a job and
put to other work; wages kept until the journey and the bed are paid off; a nurse who saw a man
answer for her the whole time or hold her passport; a neighbour who sees men driven away at six
and never out alone; a boss who drives them abroad tonight against their will. It also showed
harmless messages that escalated: a football team "kept us locked in our own box", being locked
in a boot or kidnapped in GTA, sold in FIFA's career mode or "for two beers at poker", a film in
which a girl is sold, a head count of workers read as an age, and a passport held years ago and
long settled. Every harmless phrase needs its context on the same line, and danger on the next
line still counts.
"""

from __future__ import annotations

# (language, danger now or tonight, a look-alike of the same shape that is no emergency)
DANGER_NOW = [
    (
        "es",
        "nos tienen encerrados en el piso y nos obligan a robar en los supermercados",
        "el Midtjylland nos tuvo encerrados en nuestra área todo el partido, qué paliza",
    ),
    (
        "pt",
        "a menina tem 14 anos e obrigam-na a vender droga na estação",
        "a menina tem 14 anos e vende rifas da escola na estação",
    ),
    (
        "pt",
        "trancaram a gente no galpão e se eu falar com alguém vão fazer mal à minha filha",
        "a gente ficou no galpão e se eu falar com alguém vão fazer uma festa pra minha " "filha",
    ),
    (
        "ro",
        "vor să mă vândă diseară unui bărbat din Germania, ajutați-mă",
        "lol m-a vândut frate-miu pe două beri la poker aseară 😂",
    ),
    (
        "hu",
        "a főnök bezárt minket a pincébe és megvert, segítség most",
        "a nagykövetség megőrzi az útlevelemet, amíg elkészül a vízum",
    ),
    (
        "cs",
        "strýc nás dnes v noci odveze z Aarhusu do Německa, nechceme jet",
        "táta nás dnes v noci odveze z Aarhusu do Německa na dovolenou",
    ),
    (
        "cs",
        "šéf nás odveze dnes v noci z Randersu do Švédska, nechceme",
        "táta nás odveze dnes v noci z Randersu do Švédska na výlet",
    ),
    ("cs", "zavřeli mě do kufru auta, pomozte mi", "v GTA mě zase zavřeli do kufru auta, lol"),
    (
        "pl",
        "zamknęli mnie w bagażniku samochodu, pomocy",
        "w GTA znowu wrzucili mnie do bagażnika haha",
    ),
    ("ru", "меня заперли в багажнике, помогите", "в GTA меня опять закрыли в багажнике, ржу"),
    (
        "bg",
        "искат да я продадат довечера на някакъв мъж от Германия, тя плаче",
        "гледахме един трилър, в който искат да я продадат на някакъв мъж от Германия, тя " "плаче",
    ),
]

# (language, code, a sign told in passing, a look-alike that escalates nothing)
SIGNS = [
    (
        "da",
        "isolation",
        "hos lægen svarede hendes kæreste hele tiden for hende, hun fik ikke lov at sige " "noget",
        "hos lægen svarede hun selv på alle spørgsmål, kæresten ventede udenfor",
    ),
    (
        "da",
        "isolation",
        "chefen ville ikke lade hende være alene med lægen",
        "chefen ville ikke lade hende arbejde alene den første uge",
    ),
    (
        "es",
        "threats_violence",
        "a mi primo lo obligan a vender droga en la estación de Aarhus",
        "a mi primo lo obligan a vender entradas en la estación de Aarhus, es su trabajo",
    ),
    (
        "es",
        "threats_violence",
        "el capataz dice que si se va le harán daño a sus hijos",
        "el capataz dice que si se va le harán una fiesta de despedida a sus hijos",
    ),
    (
        "es",
        "deception",
        "se la llevaron a Copenhague prometiéndole un empleo de camarera",
        "se la llevaron a Copenhague para su cumpleaños, le prometí un regalo",
    ),
    (
        "pt",
        "movement_restricted",
        "ela não pode sair, se ela fugir vão atrás da família dela no Brasil",
        "ela vai sair de férias, vai atrás da família dela no Brasil",
    ),
    (
        "pt",
        "threats_violence",
        "o chefe disse que vão machucar a minha mãe se eu não pagar",
        "o chefe disse que vão visitar a minha mãe se eu não puder ir",
    ),
    (
        "pt",
        "deception",
        "vim pra trabalhar num hotel mas me colocaram pra limpar casas de noite",
        "vim pra trabalhar num hotel e me colocaram na recepção, adoro",
    ),
    (
        "pt",
        "abuse_of_vulnerability",
        "nos mandaram pra vender droga na praça",
        "nos mandaram pra vender bolo na feira da escola",
    ),
    (
        "fr",
        "debt_bondage",
        "le patron retient mon salaire pour rembourser le voyage et le visa",
        "le patron retient une partie de mon salaire pour la mutuelle, c'est normal ?",
    ),
    (
        "fr",
        "wages_withheld",
        "la gérante garde ma paie depuis deux mois",
        "la gérante garde mon chat depuis deux mois pendant mes vacances",
    ),
    (
        "fr",
        "abusive_conditions",
        "avec les autres filles on dort dans la réserve du magasin",
        "avec les autres filles on dort dans la réserve naturelle ce week-end en camping",
    ),
    (
        "ro",
        "debt_bondage",
        "șeful ne ține salariul până achităm drumul și cazarea",
        "prietena îmi ține cheile până mă întorc din concediu",
    ),
    (
        "ro",
        "debt_bondage",
        "nu-mi dă banii pe curățenie până nu-i dau înapoi biletul de autobuz",
        "nu-mi dă rezultatele analizelor până nu merg la medic",
    ),
    (
        "hu",
        "documents_withheld",
        'a fogadócsaládom "megőrzi" a személyimet, azt mondják így szokás',
        "anyukám megőrzi otthon a régi útlevelemet",
    ),
    (
        "hu",
        "wages_withheld",
        "egyszer se kaptunk még fizetést a gazdától",
        "egyszer se kaptam még csomagot ebbe a lakásba",
    ),
    (
        "hu",
        "abusive_conditions",
        "hat hete dolgozom az üvegházban, egy fillért se láttam, a főnök azt mondja majd a "
        "szüret végén fizet",
        "a bónuszt a szezon végén kapjuk meg, a fizetés minden hónapban rendben jön",
    ),
    (
        "cs",
        "documents_withheld",
        "přišla k nám s chlapem, který držel její pas a nepustil ji ke slovu",
        "přišla k nám s chlapem, který držel její kabelku a čekal na chodbě",
    ),
    (
        "cs",
        "documents_withheld",
        "její pas měl u sebe ten muž, co ji přivezl",
        "její pas měla u sebe, ukázala ho na recepci",
    ),
    (
        "cs",
        "isolation",
        "ten muž za ni celou dobu odpovídal, ona jen koukala do země",
        "ten muž za ni zaplatil kafe a pak odešel",
    ),
    (
        "pl",
        "documents_withheld",
        "córka pisze, że szefowa zabrała jej paszport i trzyma w biurze",
        "córka pisze, że szefowa zabrała jej rower i oddała po tygodniu",
    ),
    (
        "pl",
        "documents_withheld",
        "kolega mówi, że brygadzista zabrał im dowody na pierwszy dzień",
        "kolega mówi, że na lotnisku zabrali mu paszport do kontroli i zaraz oddali",
    ),
    (
        "ru",
        "movement_restricted",
        "у соседей живут рабочие, их в шесть утра увозят на автобусе и привозят поздно, "
        "сами они никуда не ходят",
        "у соседей живут студенты, их в шесть утра увозят на автобусе в университет и "
        "привозят поздно",
    ),
    (
        "ru",
        "movement_restricted",
        "в доме напротив мужчины с Украины, сами никуда не выходят, только на работу",
        "в доме напротив мужчины с Украины, по вечерам выходят курить и шумят",
    ),
    (
        "bg",
        "movement_restricted",
        "жените от горния етаж излизат само с един мъж, който ги кара с кола до фермата",
        "жените от горния етаж излизат на разходка с едно куче всяка сутрин",
    ),
    (
        "bg",
        "movement_restricted",
        "момичетата от хотела ходят до магазина само с шофьора, никога сами",
        "момичетата от хотела ходят до магазина с колелата си след смяната",
    ),
    (
        "vi",
        "documents_withheld",
        "Năm 2021 ông chủ tiệm nail giữ hộ chiếu của em, đến giờ vẫn chưa trả lại",
        "Năm 2012 ông chủ tiệm nail giữ hộ chiếu của em, nhưng sau đó em đã lấy lại được, "
        "chuyện qua lâu rồi",
    ),
    (
        "vi",
        "wages_withheld",
        "Chủ quán không trả lương em ba tháng nay, em không biết phải làm sao",
        "Hồi 2016 chủ quán không trả lương em ba tháng, rồi em đi kiện và được trả đủ rồi",
    ),
    (
        "vi",
        "documents_withheld",
        "Hồi 2015 em từng bị giữ giấy tờ, chuyện đó xong rồi, nhưng giờ bà chủ mới lại cầm "
        "hộ chiếu của em",
        "Hồi 2015 em từng bị giữ giấy tờ, chuyện đó xong rồi, giờ em có hộ chiếu mới và đi "
        "làm bình thường",
    ),
]

# (language, an everyday message, a danger that must still count on the next line)
EVERYDAY = [
    (
        "es",
        "jajaja el FCK nos tuvo encerrados atrás todo el partido, menos mal que empatamos",
        "acaba de cerrar la puerta con llave por fuera y se fue",
    ),
    (
        "es",
        "en la liga de ayer el rival nos tuvo encerrados en nuestro campo los 90 minutos",
        "le dieron una paliza a mi compañera y ahora no se puede levantar del suelo",
    ),
    (
        "pt",
        "kkk o técnico me vendeu no modo carreira do FIFA por uma mixaria",
        "espancaram ela de novo, ta no chao sangrando e nao consegue levantar",
    ),
    (
        "pt",
        "agora estou bem, ele não está aqui",
        "quebraram o braço do meu primo e nao deixam ele ir pro hospital",
    ),
    (
        "fr",
        "je bosse comme serveuse dans un bar à Odense, ma patronne est vraiment sympa",
        "le chef d'equipe vient de nous enfermer dans le dortoir",
    ),
    (
        "fr",
        "Je travaille en cuisine depuis 2 ans, mon patron est réglo",
        "il est rentré complètement bourré et il a fermé la porte à clé, il a pris mon " "portable",
    ),
    (
        "ro",
        "haha m-a vândut colegul pe o pizza la remi aseară 😂 întrebare: cum îmi fac CPR?",
        "m-au încuiat în apartament și mă bat, ajutor acum",
    ),
    ("ro", "🤣 ne-a vândut vărul la table pe trei beri", "șeful mă bate chiar acum, sunați la 112"),
    (
        "hu",
        "a nagykövetség megőrzi az útlevelemet, amíg elkészül a vízum",
        "a főnök bezárt minket a pincébe és megvert, segítség most",
    ),
    (
        "cs",
        "Včera mě v GTA zase unesli a hodili do kufru auta, smál jsem se tomu celý večer 😂",
        "šéf mě zamkl ve skladu a nemůžu ven, pomozte",
    ),
    (
        "pl",
        "Wczoraj w GTA porwali mnie i wsadzili do bagażnika, śmiałem się pół godziny",
        "właściciel zamknął mnie w piwnicy, nie mogę wyjść, pomocy",
    ),
    (
        "ru",
        "Вчера в GTA меня похитили и закрыли в багажнике, смеялся полчаса",
        "хозяин запер меня в подвале, выйти не могу, помогите",
    ),
    (
        "ru",
        "В нашем общежитии 20 рабочих, все из Молдовы, подскажите, где ближайший врач?",
        "нас заперли в вагончике и бьют, помогите",
    ),
    (
        "ru",
        "В соседнем доме живут человек 10 мужчин, очень шумят по ночам, куда жаловаться?",
        "хозяин запер меня в подвале, выйти не могу, помогите",
    ),
    (
        "bg",
        "снощи гледах един сериал, в който отвличат журналистка и я продават, не можах да "
        "заспя 😅",
        "довечера ще ме продадат на някакъв мъж, помогнете",
    ),
    (
        "bg",
        "тръгвам рано сутринта и се прибирам в 10 вечерта, благодаря, че четете",
        "шефът ме заключи в мазето и ме бие, помогнете",
    ),
    ("bg", "благодаря ви, че ме изслушахте", "той пак е тук пиян и ме удари, заключи вратата"),
    (
        "vi",
        "Mười năm trước em từng bị môi giới lấy mất giấy tờ ở Đài Loan, nhưng mọi chuyện "
        "đã kết thúc từ lâu rồi, giờ em muốn hỏi về thẻ thuế",
        "nhưng bây giờ chồng em khóa cửa nhốt em trong phòng và đánh em, cứu em với",
    ),
    (
        "vi",
        "Hồi năm 2009 em bị chủ giữ hộ chiếu khi làm ở Nga, chuyện đó xong lâu lắm rồi, "
        "cho em hỏi gia hạn thẻ cư trú thế nào ạ",
        "ông chủ mới vừa nhốt bọn em trong kho, hắn cầm dao dọa giết em",
    ),
]
