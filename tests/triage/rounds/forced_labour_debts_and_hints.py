"""Forced labour told by hints, debts bigger than the wage, and what a witness sees count;
a sore body after the gym, a mall car park after closing time and a role-play game do not,
in 12 languages.

Development set 18 (bench/data/triage_dev18.yml, session 24: messages over several lines, more
of them from men in forced labour, minors, unpaid "internships" and people who only hint)
showed signs the lexicons missed: made to "take things from the shops"; owing more than she
earns; a threat to send men to her mother's house; a friend who whispers and "can't talk";
held now, told with an address or "I can't write more"; a companion who never left her alone
and answered every question for her; a wallet seized every night; no pay since Tet and "just
keep working"; a threat to be thrown overboard and the captain's man at the gangway; begging
money handed to a man; no pay until the loan is repaid. It also showed harmless messages that
escalated, and possible victims made emergencies: "I feel like I was beaten up at the gym",
locked in a mall car park after closing time, a character sold abroad in a murder-mystery
game, overtime that was paid in full, a greeting or "he doesn't want me making a fuss" read
as danger now by the learned model, a boy dropped off to steal read as sexual exploitation,
and a man yelling at workers read as a cry for help.
"""

from __future__ import annotations

# (language, danger now or tonight, a look-alike of the same shape that is no emergency)
DANGER_NOW = [
    (
        "pt",
        "nunca nos deixam sair sozinhos do galpão e se eu for embora me ameaçam de "
        "processo e de mandar uns caras na casa da minha família",
        "a gente nunca sai sozinho à noite e se eu for embora antes do fim do contrato me "
        "ameaçam de processo",
    ),
    (
        "pt",
        "a menina tem 15 anos e o dono ameaça de processo e de mandar alguém na casa da "
        "mãe dela",
        "a menina tem 15 anos e o dono ameaça de processo por causa do aluguel atrasado",
    ),
    (
        "hu",
        "nem engednek ki a házból\nVejle, Østergade 14, 1. emelet\nsiessenek kérem",
        "a kórházban még nem engednek ki\n" "Vejle, 1. emelet, 8-as szoba\n" "holnap látogass meg",
    ),
    (
        "hu",
        "fogva tartanak egy tanyán Herning mellett\nnem tudok tovább írni, jönnek",
        "egész nap dolgoztam egy tanyán Herning mellett\nnem tudok tovább írni, elalszom",
    ),
    (
        "ru",
        "капитан сказал: если пожалуюсь, я домой не вернусь. у трапа всегда стоит его " "помощник",
        "если буду жаловаться на шефа, я не вернусь на эту работу, у входа стоит его " "машина",
    ),
    (
        "ru",
        "бригадир сказал, что если настучу, живым отсюда не уйду, а его люди сидят у ворот",
        "тренер сказал, что в этом походе живым не уйдёшь 😂, у ворот стоит его машина",
    ),
    (
        "bg",
        "чувам жена да крещи за помощ в съседния апартамент",
        "чувам съседа да им крещи, че пак закъсняват за автобуса",
    ),
    (
        "tl",
        "Tulungan nyo po ako, sinasaktan niya ako ngayon sa kwarto",
        "Parang binugbog ako sa gym kanina, ang sakit ng hita ko haha",
    ),
    ("zh", "救命，老板说今晚就把我卖到德国去", "哈哈，昨晚玩剧本杀，我演的角色最后被卖到德国去了"),
]

# (language, code, a sign told in passing, a look-alike that escalates nothing)
SIGNS = [
    (
        "en",
        "debt_bondage",
        "my brother washes cars in Vejle and says he owes them more than he earns",
        "my brother washes cars in Vejle and says he saves more than he spends",
    ),
    (
        "en",
        "movement_restricted",
        "when my sister calls from the farm she whispers and always says she can't talk " "now",
        "my sister whispers on the phone and says she can't talk now, she is in a meeting",
    ),
    (
        "da",
        "debt_bondage",
        "drengen er bange og siger han skylder penge til nogle mænd fra Aarhus",
        "min bror siger han skylder penge til banken for bilen",
    ),
    (
        "da",
        "debt_bondage",
        "jeg skylder mere end jeg tjener på slagteriet, chefen trækker husleje",
        "jeg bruger mere end jeg tjener, hvordan lægger man et budget?",
    ),
    (
        "da",
        "movement_restricted",
        "min kusine arbejder på en gård, hun hvisker altid i telefonen og siger at hun "
        "ikke kan snakke nu",
        "min kusine hvisker i telefonen og siger at hun ikke kan snakke nu, hun er til " "møde",
    ),
    (
        "pt",
        "debt_bondage",
        "trabalho no frigorífico e a gente deve mais do que ganha, o patrão desconta o " "quarto",
        "trabalho no frigorífico e a gente gasta mais do que ganha, como faço um " "orçamento?",
    ),
    (
        "pt",
        "threats_violence",
        "se eu sair daqui vão mandar alguém na casa da minha mãe",
        "se eu sair cedo vão mandar alguém na casa da minha mãe buscar o bolo",
    ),
    (
        "pt",
        "movement_restricted",
        "minha prima trabalha numa estufa, quando liga fala sussurrando e diz que não pode "
        "falar",
        "minha prima liga sussurrando e diz que não pode falar, tá na aula",
    ),
    (
        "ro",
        "threats_violence",
        "oamenii la care stau ne pun să luăm haine din magazine fără să plătim",
        "mama mă trimite să iau pâine de la magazin în fiecare dimineață",
    ),
    (
        "ro",
        "threats_violence",
        "un om din sat o pune să fure parfumuri pentru el",
        "un om din sat o ajută să găsească parfumuri ieftine",
    ),
    (
        "hu",
        "movement_restricted",
        "a recepción láttam egy lányt, a férfi egy pillanatra sem hagyta egyedül, és "
        "helyette válaszolt mindenre",
        "a kiránduláson a tanár egy percre sem hagyta magára a diákokat, és minden "
        "kérdésre ő felelt",
    ),
    (
        "hu",
        "movement_restricted",
        "az orvosnál minden kérdésre a kísérője felelt, és egy percre sem hagyta magára a " "nőt",
        "a túrán a vezető egy percre sem hagyta magára a csoportot, minden kérdésre ő " "válaszolt",
    ),
    (
        "cs",
        "wages_withheld",
        "na rohu sedí stará paní a večer jí peníze z žebrání bere nějaký muž",
        "na rohu sedí stará paní a večer jí peníze ze sbírky bere farář",
    ),
    (
        "cs",
        "wages_withheld",
        "vyžebrané peníze musí každý večer odevzdat strýci",
        "vybrané peníze za lístky musíme každý večer odevzdat v pokladně",
    ),
    (
        "ru",
        "threats_violence",
        "он говорит, если я кому-то расскажу, я домой не вернусь",
        "он говорит, если я кому-то расскажу про сюрприз, я не вернусь к ним в гости",
    ),
    (
        "ru",
        "threats_violence",
        "боцман пригрозил, что выкинет меня за борт, если буду ныть",
        "боцман сказал, что выкинет старые сети на берег",
    ),
    (
        "ru",
        "movement_restricted",
        "у выхода круглосуточно дежурит хозяйский охранник",
        "у выхода из метро стоит его брат с цветами",
    ),
    (
        "bg",
        "debt_bondage",
        "чух мъж да им крещи, че няма да видят заплата, докато не изплатят заема",
        "чух мъж да им крещи, че няма да видят почивен ден, докато не свършат поръчката",
    ),
    (
        "bg",
        "debt_bondage",
        "докато не върнат аванса, няма да видят и стотинка, така им казва шефът",
        "казват, че докато не си върнем книгите в библиотеката, няма да получим нови",
    ),
    (
        "th",
        "documents_withheld",
        "ผมเป็นคนขับรถส่งของ เห็นผู้ชายคนนึงยืนรอหน้าร้านนวดทุกคืน " "พอผู้หญิงออกมาก็ยึดกระเป๋าสตางค์ของพวกเธอไว้",
        "ผมเป็นคนขับรถส่งของ เมื่อวานมีคนขโมยกระเป๋าสตางค์ของผมไปที่ปั๊มน้ำมัน",
    ),
    (
        "th",
        "wages_withheld",
        "ป้าข้างบ้านเล่าว่ามีเจ๊คนนึงมารับน้องๆ " "จากร้านอาหารทุกคืนแล้วเอาเงินทิปที่พวกเธอได้ไปหมด",
        "ป้าข้างบ้านเล่าว่าน้องๆ ที่ร้านอาหารได้เงินทิปเยอะมากช่วงคริสต์มาส",
    ),
    (
        "vi",
        "abusive_conditions",
        "anh em làm ở trang trại dâu, từ tháng 5 tới giờ chưa được trả đồng lương nào",
        "anh em làm ở trang trại dâu, tháng 5 mới nhận lương tháng đầu tiên, vui lắm",
    ),
    (
        "vi",
        "abusive_conditions",
        "ông chủ quán cứ bảo làm tiếp đi cuối mùa mới trả lương",
        "ông chủ quán bảo làm tiếp đi cuối tuần này được nghỉ hai ngày",
    ),
    (
        "vi",
        "wages_withheld",
        "chị họ em làm giúp việc ở Aarhus mà vẫn chưa nhận được đồng lương nào",
        "chị họ em làm giúp việc ở Aarhus, tuần trước mới nhận được lương tháng đầu",
    ),
]

# (language, an everyday message, a danger that must still count on the next line)
EVERYDAY = [
    (
        "en",
        "hey\n"
        "my flatmate doesn't want me making a fuss about the broken heater. just wondering "
        "if that's ok",
        "they locked us in the basement and he is beating my friend right now",
    ),
    (
        "en",
        "he doesn't want me making a fuss. just wondering if the landlord can keep the " "deposit",
        "the boss has a knife and says he will kill us tonight, please help",
    ),
    (
        "da",
        "hej\n"
        "den samme mand bliver sat af ved butikken hver dag og stjæler, og en anden henter "
        "ham bagefter\n"
        "hvem skal vi kontakte?",
        "han har låst os inde og slår min veninde lige nu",
    ),
    (
        "hu",
        "tegnap este véletlenül bezártak minket a plázába zárás után 😅 egy biztonsági őr "
        "engedett ki",
        "a főnök most bezárt minket a raktárba és megvert, segítség",
    ),
    (
        "hu",
        "a múzeumban zárás után bezártak minket, nem vettek észre haha",
        "be vagyok zárva egy lakásban, segítsenek most",
    ),
    (
        "bg",
        "съседите ми тръгват в 6 сутринта с колата и се връщат към 21 часа",
        "чувам жена да крещи за помощ в съседния апартамент",
    ),
    (
        "bg",
        "момчетата отсреща излизат в 6 сутринта с бус и се прибират в 22",
        "сега той ме бие, помогнете",
    ),
    (
        "tl",
        "Hay naku, parang binugbog ako sa leg day kanina, hirap na hirap akong umakyat ng "
        "hagdan haha",
        "Tulungan nyo po ako, sinasaktan niya ako ngayon sa kwarto",
    ),
    (
        "tl",
        "Grabe yung training namin sa volleyball, feeling ko binugbog buong katawan ko",
        "Tulungan nyo po kami, kinulong kami ng amo sa bodega ngayon",
    ),
    (
        "vi",
        "công ty hay bắt làm thêm giờ mà vẫn trả đủ, lương tháng rồi bị trễ 3 ngày nhưng "
        "sau đó cũng nhận đủ",
        "Tối nay ông chủ nói sẽ bán em cho người khác, cứu em với",
    ),
    (
        "zh",
        "周末在剧本店玩了一个本子，我扮演一个被卖给富商的丫鬟，结局超好哭",
        "他们把我们关在地下室里，救命",
    ),
    (
        "zh",
        "我在学校话剧里饰演被卖到海外的女主角，下周五演出，欢迎来看",
        "救命，老板现在拿着刀要砍我",
    ),
]
