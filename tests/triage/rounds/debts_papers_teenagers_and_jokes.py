"""Debts to banks and friends, passports copied or kept overnight at a hotel, teenagers who call
their grounding prison, jokes, lock-outs and quarantine do not escalate; the same words about an
employer, a recruiter or a man who brought her still do, in 15 languages.

Development sets 19 to 21 (bench/data/triage_dev19.yml to _dev21.yml, session 26: 408 ordinary
messages over several lines, every one using alarming words harmlessly) showed the lexicons
escalating 38 of them: a debt to a phone company, a bank, a brother or a friend read as debt
bondage; a passport taken at work to be photocopied and handed back, or kept overnight by a
hotel reception for check-in; a teenager who says her parent "keeps her prisoner" or
"threatens" to call the helpline; a chef who "will kill" whoever oversalts the soup, with
laughter; "locked out of everything" when MitID stops working; shut in with covid or in a
quarantine hotel; an escape room; a series about people made to work off debts; a lottery
scam's "fee"; overtime that is paid in full. Each harmless phrase needs its context on the
same line, and stands down when the line names a boss, a recruiter, threats or force.
"""

from __future__ import annotations

# (language, danger now or tonight, a look-alike of the same shape that is no emergency)
DANGER_NOW: list[tuple[str, str, str]] = []

# (language, code, a sign that must be found, a look-alike of the same shape that escalates
# nothing)
SIGNS = [
    (
        "zh",
        "movement_restricted",
        "疫情的时候老板把我们锁在宿舍里，说是隔离，三个月不让出门",
        "去年回国被关在宾馆隔离了21天，太无聊了😅\n现在去中国还要隔离吗？",
    ),
    (
        "zh",
        "debt_bondage",
        "老板说我再不还中介费就把我卖了",
        "老板娘笑着说我再迟到就把我卖了，她其实人很好\n丹麦的带薪假期有多少天？",
    ),
    (
        "zh",
        "movement_restricted",
        "我感觉自己像在玩密室逃脱一样，被锁在这个房子里出不去",
        "我们上周约了密室逃脱，被锁在里面一个小时哈哈\n请问热线是免费的吗",
    ),
    (
        "pt",
        "debt_bondage",
        "tenho uma dívida de 3000 euros com o patrão que pagou a minha passagem",
        "tenho uma dívida de 600 coroas com o banco por causa do cartão de crédito\n"
        "dá pra parcelar?",
    ),
    (
        "pt",
        "debt_bondage",
        "devo 3000 euros a um amigo que me trouxe pra cá\nele fica com o meu salário até eu pagar",
        "devo 3000 coroas ao meu irmão e ele brinca que agora sou escravo dele até pagar kkk\n"
        "alguma dica de orçamento?",
    ),
    (
        "pt",
        "debt_bondage",
        "o chefe diz que tenho uma dívida de 900 euros da viagem",
        "boa tarde\na telia diz que tenho uma dívida de 900 kr de uma fatura antiga\ncomo reclamo?",
    ),
    (
        "pt",
        "threats_violence",
        "o patrão ameaçou ligar pra polícia se eu for embora",
        "oi\nmeu filho de 12 ameaçou escrever pra vocês porque desliguei o videogame kkk\n"
        "vocês fazem palestras em escolas?",
    ),
    (
        "pt",
        "excessive_hours",
        "minha filha de 16 trabalha no restaurante das 6h às 23h",
        "olá\nminha filha de 16 arrumou um bico de verão numa fazenda, ela fica lá até as 14h\n"
        "quanto deve ganhar?",
    ),
    (
        "da",
        "movement_restricted",
        "min datter på 15 siger at manden fra rengøringsfirmaet holder hende fanget i en "
        "lejlighed",
        "min søn på 17 siger jeg holder ham fanget fordi han ikke må tage til fest på en "
        "tirsdag 🙄\ner jeg for streng?",
    ),
    (
        "da",
        "debt_bondage",
        "chefen siger jeg skylder 12000 kr for flybilletten og værelset",
        "hej\nTelia siger jeg skylder 890 kr for data i udlandet og har lukket mit abonnement\n"
        "kan det passe?",
    ),
    (
        "en",
        "documents_withheld",
        "the foreman took my passport on the first day to copy it\n"
        "he never gave it back and says I get it when the contract ends",
        "hi\nthe site manager took my passport today to scan it for the access card\n"
        "handed it back ten minutes later, is that normal?",
    ),
    (
        "th",
        "debt_bondage",
        "หนูถูกพามาทำงานใช้หนี้ที่ฟาร์ม เหมือนในละครเลย",
        "เมื่อคืนอ่านนิยายที่นางเอกถูกขังในคฤหาสน์ให้ทำงานใช้หนี้ สนุกมาก\n" "อยากถามว่าเรียนภาษาเดนมาร์กฟรีได้ที่ไหนคะ",
    ),
    (
        "vi",
        "threats_violence",
        "Ông chủ bắt em làm đến 11 giờ đêm nhưng không trả tiền tăng ca",
        "Ở quán phở chủ bắt làm tới 10 giờ đêm nhưng trả đủ tiền làm thêm giờ\n"
        "em hỏi về bảo hiểm y tế ạ",
    ),
    (
        "vi",
        "movement_restricted",
        "em như bị bắt cóc thật, họ chở em đi rồi khóa cửa",
        "Cày phim tới 3h sáng, sáng nay đi làm như bị bắt cóc tinh thần haha\n"
        "xin lỗi nhắn nhầm nhóm",
    ),
    (
        "vi",
        "debt_bondage",
        "Em có visa du học nhưng phải trả nợ cho người đưa em sang, 10 nghìn euro",
        "Em vay ngân hàng để đi học, cho em hỏi visa sinh viên được làm thêm mấy giờ một tuần "
        "để trả nợ nhanh hơn ạ?",
    ),
    (
        "es",
        "debt_bondage",
        "le debo 4000 euros al hombre que me trajo a Dinamarca y dice que tengo que trabajar "
        "para pagarlo",
        "le debo 3000 coronas a mi prima, me las prestó para la fianza del piso\n"
        "¿dónde puedo pedir consejo sobre un presupuesto?",
    ),
    (
        "es",
        "debt_bondage",
        "el jefe dice que les debo 900 euros por el alojamiento y no me deja irme",
        "Telia dice que les debo 600 kr de la factura del móvil, pero yo ya pagué\n"
        "¿a quién reclamo?",
    ),
    (
        "ro",
        "isolation",
        "șeful mi-a luat telefonul, de o lună sunt fără telefon și nu pot vorbi cu familia",
        "băiatul meu de 15 ani e pedepsit, fără telefon și fără laptop până luni pentru că a "
        "chiulit\nce vârstă minimă e pentru un job de vară?",
    ),
    (
        "bg",
        "documents_withheld",
        "Шефът ми взе паспорта да направи копие и не ми го върна вече два месеца",
        "В агенцията ми взеха паспорта да направят копие за договора и веднага ми го върнаха",
    ),
    (
        "bg",
        "documents_withheld",
        "Шефът задържа паспортите ни, казва че са за регистрацията, но не ни ги връща вече месец",
        "Пристигнахме късно в Орхус и рецепцията на хотела задържа паспортите ни до сутринта "
        "за регистрация.\nНормално ли е?",
    ),
    (
        "ru",
        "documents_withheld",
        "Бригадир забрал паспорт на ночь, сказал для регистрации, и уже месяц не отдаёт",
        "Мы в Орхусе, на ресепшене гостиницы забрали паспорта до утра для регистрации, утром "
        "отдали",
    ),
    (
        "ru",
        "isolation",
        "Хозяйка говорит, что я наказана - неделю без телефона и без еды",
        "Дочке 16, она наказана до пятницы - без телефона и тусовок, прогуляла контрольную",
    ),
    (
        "uk",
        "sexual_exploitation",
        "Мого хлопця звинуватили в сутенерстві, а мене він змушує працювати з клієнтами",
        "Працюю сама, за власним бажанням.\nЯкщо подруга буде возити мене на замовлення, чи не "
        "звинуватять її у сутенерстві?",
    ),
    (
        "tl",
        "debt_bondage",
        "sabi ng agency magbayad muna daw ng processing fee bago ako makaalis\n"
        "hawak pa nila passport ko",
        "Hello po\nmay nag-text na panalo daw ako sa lotto ng 20,000 kr, magbayad muna daw ng "
        "processing fee\nlegit ba to?",
    ),
]

# (language, an everyday message that must not escalate, danger that must be an emergency
# after it on the next line and, for the same-line test, after a comma or a dash)
EVERYDAY = [
    (
        "zh",
        "上周末和同事玩完密室逃脱《午夜病房》，真刺激，被关在铁笼里十五分钟才找到钥匙😂\n"
        "你们热线周末有人接吗？",
        "救命，老板把我们锁在地下室里，我们出不去",
    ),
    (
        "zh",
        "昨天仓库的门锁坏了，被锁在里面一个小时😂 最后锁匠来开的\n想问一下加班费怎么算",
        "老板说门锁坏了，其实是他把我们锁在仓库里，现在出不去，快来救我",
    ),
    (
        "pt",
        "oi\nmeu filho de 12 ameaçou escrever pra vocês porque desliguei o videogame kkk\n"
        "vocês fazem palestras em escolas?",
        "ele ameaçou me matar e está aqui na porta com uma faca\nsocorro",
    ),
    (
        "en",
        "ugh I'm stuck in overdraft again haha\n"
        "feels like I'm trapped in debt forever, can I ask the bank for a payment plan?",
        "I'm trapped in the back of a van, they locked the doors and I can't get out, please "
        "call the police",
    ),
    (
        "da",
        "hej\nrestaurantchefen truer med at sætte mig til at skrælle kartofler resten af "
        "sommeren haha\nmå jeg egentlig arbejde efter kl 22 når jeg er 16?",
        "hjælp, chefen har låst os inde i kølerummet og siger han slår mig ihjel",
    ),
    (
        "th",
        "สวัสดีค่ะ เพื่อนยืมเงินไป 5,000 โครนแล้วหายเงียบ ไม่ใช่เรื่องค้ามนุษย์ค่ะ\n"
        "อยากทราบว่าต้องไปแจ้งตำรวจที่สถานีไหนคะ",
        "ช่วยโทรเรียกตำรวจทีค่ะ ผู้ชายคนนั้นพังประตูเข้ามาในห้องแล้ว",
    ),
    (
        "th",
        "เชฟที่ร้านดุมาก บอกว่าถ้าต้มยำจืดอีกรอบจะฆ่าทิ้ง 555\n" "แต่จ่ายโอทีครบ อยากถามเรื่องวันลาพักร้อนค่ะ",
        "หัวหน้าบอกว่าถ้าหนีอีกจะฆ่าทิ้ง\nตอนนี้เขายืนอยู่หน้าห้อง หนูกลัวมาก",
    ),
    (
        "es",
        "trabajo de niñera en Odense, los peques me tienen secuestrada toda la tarde jugando "
        "al escondite jaja\n¿cuántas horas puede trabajar una au pair a la semana?",
        "el jefe me tiene encerrada en el sótano y dice que me va a matar esta noche, ayúdenme "
        "por favor",
    ),
    (
        "fr",
        "au boulot on est enfermés dans le congélateur une heure pour ranger les palettes mdr\n"
        "c'est normal qu'on n'ait pas de prime de froid ?",
        "on est enfermés dans la chambre froide, le patron a fermé à clé et on a très froid, "
        "aidez-moi vite",
    ),
    (
        "ro",
        "lucrez la o fermă lângă Aalborg, șeful zice că ne omoară dacă nu terminăm recolta "
        "până mâine haha\nne plătește orele în plus, cât e salariul minim?",
        "șeful zice că ne omoară dacă nu terminăm până vineri, ieri l-a bătut pe un coleg, ne "
        "ține încuiați în baracă, ajutor",
    ),
    (
        "bg",
        "Баща съм на 16-годишна дъщеря, спрях ѝ джобните за седмица заради бележника.\n"
        "Това не е незаконно, нали? 😅",
        "На 15 съм, шефът ме заключи в склада и ме бие, помогнете",
    ),
    (
        "bg",
        "Синът ми е на 13 и заплашва да ви се обади, защото трябва да си подреди стаята 🙄\n"
        "Това нормално ли е?",
        "На 16 съм, шефът заплашва да се обади в полицията ако избягам, и ме заключва нощем",
    ),
    (
        "ru",
        "Дочь 13 лет угрожает позвонить на горячую линию, потому что я заставляю её мыть "
        "посуду 😄",
        "Мне 15, хозяин угрожает позвонить в полицию если я уйду, и запер меня в подвале",
    ),
    (
        "uk",
        "Моя донька-підліток погрожує зателефонувати на лінію довіри, бо я забрала в неї "
        "приставку 😅\nЦе ж нормально, правда?",
        "Мені 14, бригадир погрожує що вб'є мене якщо я втечу, він зараз за дверима",
    ),
    (
        "uk",
        "На складі нас закрили бо сторож пішов з ключами раніше, чекали пів години поки він "
        "повернувся 🤦\nЦе рахується як робочий час?",
        "Нас замкнули на об'єкті, бригадир поїхав з ключами і сказав що ми не вийдемо поки не "
        "відпрацюємо борг, допоможіть",
    ),
    (
        "pl",
        "no i super 🙈 trzy razy złe hasło i MitID zablokowany\n"
        "jestem uwięziona bez e-Boksa i netbanku haha\ngdzie to się odblokowuje?",
        "szef zabrał mi MitID i paszport\njestem uwięziona w jego mieszkaniu, nie mogę wyjść",
    ),
    (
        "cs",
        "Dobrý den, mám chřipku a jsem zavřený doma už týden 🤧\n"
        "můžu dostat neschopenku, když dělám přes agenturu?",
        "mám horečku a jsem zavřená ve sklepě\nšéf mě nepustí ven ani k doktorovi",
    ),
    (
        "lt",
        "Sveiki\nnaujame telefone neveikia MitID, esu užrakinta iš visko - banko, e-Boks 🙄\n"
        "kur kreiptis?",
        "bosas paėmė mano MitID ir pasą\nesu užrakinta rūsyje, negaliu išeiti",
    ),
]
