"""Debts to banks and friends, passports copied or kept overnight at a hotel, teenagers who call
their grounding prison, jokes, lock-outs and quarantine do not escalate; the same words about an
employer, a recruiter or a man who brought her still do, in 16 languages.

Development sets 19 to 21 (bench/data/triage_dev19.yml to _dev21.yml, session 26: 408 ordinary
messages over several lines, every one using alarming words harmlessly) showed the lexicons
escalating 38 of them: a debt to a phone company, a bank, a brother or a friend read as debt
bondage; a passport taken at work to be photocopied and handed back, or kept overnight by a
hotel reception for check-in; a teenager who says her parent "keeps her prisoner" or
"threatens" to call the helpline; a chef who "will kill" whoever oversalts the soup, with
laughter; "locked out of everything" when MitID stops working; shut in with covid or in a
quarantine hotel; an escape room; a series about people made to work off debts; a lottery
scam's "fee"; overtime that is paid in full. Sets 22 to 25, written after that round, showed
15 more (a boss who "will kill us" if the warehouse is not spotless, with laughter; stranded
abroad until a new passport comes; a night shift "shut in" a bakery; screams next door that
were a horror film; "the boss doesn't let me leave early") and signs the lexicons missed:
"o patrão fica com o passaporte", "el patrón se queda con mi pasaporte", "el jefe no me deja
salir de la casa", "lucrăm noaptea fără bani". Older joke entries were narrowed on the way:
"he will kill me if I try to leave lol" had been set aside as a joke. Each harmless phrase
needs its context on the same line, and stands down when the line names a boss, a recruiter,
threats or force.
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
    (
        "pt",
        "documents_withheld",
        "o patrão fica com o passaporte de todos nós no escritório",
        "o patrão ficou com o meu passaporte pra tirar uma xerox e devolveu na hora",
    ),
    (
        "ro",
        "wages_withheld",
        "lucrăm noaptea fără bani la depozit de o lună",
        "lucrăm noaptea la depozit, dar ne plătesc bine și la timp",
    ),
    (
        "da",
        "threats_violence",
        "chefen slår mig hvis jeg brokker mig haha",
        "chefen slår mig ihjel hvis jeg brokker mig over vagtplanen igen haha",
    ),
    (
        "da",
        "threats_violence",
        "han slår mig hvis jeg kommer for sent igen 😅",
        "chefen slår mig ihjel hvis jeg taber en tallerken igen 😂",
    ),
    (
        "vi",
        "debt_bondage",
        "Tôi nợ người đưa tôi sang Đan Mạch 6000 euro\nHọ nói phải trả nợ xong mới được nghỉ việc",
        "Tôi nợ ngân hàng 40.000 kr vay mua nhà, giờ bị cắt giờ làm, có cách nào xin giãn trả "
        "nợ không?",
    ),
    (
        "vi",
        "movement_restricted",
        "con gái em 13 tuổi đi chơi game ở quán net thì bị bắt cóc rồi\n"
        "em không liên lạc được với con",
        "chào ad\n"
        'bé nhà mình chơi Minecraft hay hét lên "em bị bắt cóc rồi" làm cả nhà hết hồn 😂\n'
        "bé mới 10 tuổi, có nên cho chơi ít lại không ạ?",
    ),
    (
        "zh",
        "abuse_of_vulnerability",
        "我16岁，中介说我是非法打工\n不能去找警察，只能一直给他干活",
        "我儿子16岁，周末禁足不准玩手机，他骂我们这是“非法拘禁” 😂\n这样管孩子在丹麦算违法吗？",
    ),
    (
        "bg",
        "isolation",
        "шефът ме наказа без телефон и без излизане цяла седмица, защото не изкарах достатъчно",
        "дъщеря ми е на 14 и я наказах без телефон и без компютър до петък заради бележника",
    ),
    (
        "ro",
        "threats_violence",
        "am o datorie la omul care m-a adus aici, 3000 euro, si m-a amenintat ca ma bate daca nu"
        " platesc",
        "am o factura restanta la compania de curent, 900 kr, si m-au amenintat ca o trimit la "
        "firma de recuperare\n"
        "ce pot face?",
    ),
    (
        "cs",
        "excessive_hours",
        "ahoj\n"
        "na ubytovně máme zákaz vycházení po 23h, ale v práci jsme po 14 hodin bez přestávky\n"
        "je to legální?",
        "ahoj\nna ubytovně máme zákaz vycházení po 23h kvůli sousedům\nje to legální?",
    ),
    (
        "cs",
        "minor",
        "jsem au pair a je mi 16 let, rodina mě nechává hlídat děti celý den",
        "jsem au pair v Odense a hostitelská rodina má tři děti, vodím je do školky\n"
        "je to normální?",
    ),
    (
        "es",
        "excessive_hours",
        "Trabajamos desde las 6h hasta las 22h todos los días en el invernadero\nsin día libre",
        "Hola\n"
        "mi hijo de 15 vive con una familia anfitriona en Vejle y no le dejan volver después de "
        "las 23h los sábados\n"
        "¿eso es normal allí?",
    ),
    (
        "pt",
        "movement_restricted",
        "O patrão não me deixa sair da casa, fecha a porta à chave de noite",
        "A minha chefe não me deixa sair mais cedo às sextas porque temos muitas encomendas\n"
        "posso pedir férias?",
    ),
    (
        "es",
        "movement_restricted",
        "El patrón no me deja salir de la casa, dice que afuera es peligroso",
        "Mi jefe no me deja salir más temprano los viernes porque hay mucho trabajo\n"
        "¿puedo cambiar de turno?",
    ),
    (
        "es",
        "documents_withheld",
        "El patrón se queda con mi pasaporte y no sé cuándo me lo va a devolver",
        "El jefe se queda con el pasaporte un rato para hacer una copia y me lo devuelve",
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
    (
        "en",
        "lol my supervisor said she'll kill us if the stockroom isn't tidy before the audit\n"
        "so many weekend shifts this month 😩\nhow many hours can I work per week?",
        "he'll kill us if we tell anyone\nhe locked us in the van, please help now",
    ),
    (
        "en",
        "the chef will kill me if I burn the risotto again lol",
        "he will kill me if I try to leave lol",
    ),
    (
        "da",
        "Hej\nformanden slår os ihjel hvis hallen ikke er fejet før inspektionen 😂\n"
        "men hvor mange overarbejdstimer må man egentlig have om måneden?",
        "han slår os ihjel hvis vi siger det til nogen\nhan står uden for døren nu, hjælp",
    ),
    (
        "da",
        "chefen slår mig ihjel hvis jeg taber en tallerken igen 😂",
        "han slår mig ihjel hvis jeg prøver at gå haha",
    ),
    (
        "lt",
        "Penktadienį su kolegomis ėjom į escape roomą, užrakino mus kambaryje su bomba, "
        "išsprūdom per 55 minutes 😄\nGal žinot gerų escape roomų Kopenhagoje?",
        "Jie užrakino mus rūsyje, negalim išeiti\nPadėkit, greitai!",
    ),
    (
        "bg",
        "Здравейте\n"
        "по цели нощи съм затворена в сладкарницата с тортите 😂 работя 23-7\n"
        "мога ли да уча датски онлайн?",
        "Помощ\nшефът ме заключи в сладкарницата и взе ключа, не мога да изляза",
    ),
    (
        "ru",
        "Привет\n"
        "наш бригадир грозится убить, если опоздаешь хоть на пять минут 😂\n"
        "а вообще зарплата белая, вопрос про отпуск",
        "Помогите\nхозяин грозится убить меня, если я уйду, он с ножом стоит у двери",
    ),
    (
        "th",
        "ชั้นบนมีเสียงกรี๊ดดังมากเมื่อคืน นึกว่ามีเรื่อง ที่แท้เขาดูหนังผีกันทั้งบ้าน 😂\n" "แบบนี้ต้องแจ้งนิติบุคคลไหมคะ",
        "ห้องข้างๆ มีเสียงผู้หญิงกรีดร้องเมื่อกี้ ผู้ชายบอกว่าเล่นเกม " "แต่ตอนนี้มีเสียงร้องไห้และเสียงทุบ",
    ),
    (
        "tl",
        "Uy\n"
        "nangutang ako sa pinsan ko ng 300 kr, papatayin daw niya ako pag hindi ko naibalik bago"
        " mag-sweldo hahaha\n"
        "saan ba pinakamurang mag-load?",
        "sabi ng amo papatayin niya daw ako pag tumakas ako haha\n"
        "nakakulong ako sa kwarto ngayon, tulungan niyo ako",
    ),
    (
        "ro",
        "buna\n"
        "mi s-a furat pasaportul la Aarhus si consulatul imi face unul nou\n"
        "suntem blocati aici pana vine documentul, dar avem hotel si bani, stam linistiti",
        "ajutor\n"
        "suntem blocati aici in pivnita, seful a incuiat usa si a plecat\n"
        "nu avem apa, va rog sunati politia",
    ),
    (
        "cs",
        "ahoj\n"
        "vlak měl hodinu zpoždění kvůli výluce, šéf mě zabije 😫\n"
        "ale už sedím v kanceláři, dá se žádat o náhradu jízdného?",
        "pomoc\nšéf mě zamkl ve skladu a říká že mě zabije\nmá nůž, prosím zavolejte policii",
    ),
    (
        "da",
        "Vi blev låst inde i et escape room i Aarhus til min søsters polterabend, det var sjovt "
        "haha\n"
        "hvordan får jeg et sundhedskort?",
        "Hjælp, chefen har låst os inde i containeren og siger han slår os ihjel i nat",
    ),
]
