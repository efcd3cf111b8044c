"""An embassy keeping a passport for a visa is no employer keeping it.

Development sets 31 and 32 (session 31: 272 ordinary messages written by the person herself,
not committed because the lexicons escalate 41 and 42 of them) had eight people asking what
to do while an embassy or a consulate has their passport for a visa or a renewal: "Ambasada
trzyma mój paszport ... czekam na wizę", "Đại sứ quán giữ hộ chiếu ... để làm visa". Each
language now has a harmless phrase for the line up to its last word of the embassy or the
visa, when the line names both and no employer, agency or pimp, nor a cover story, in any
language's words (word lists ``keeper`` and ``cover_story``): a boss who keeps the passport
"because the embassy needs it for the visa" is still a possible victim's story.
"""

from __future__ import annotations

DANGER_NOW: list[tuple[str, str, str]] = []

# (language, code, a sign told in passing, a look-alike that escalates nothing)
SIGNS = [
    (
        "pl",
        "documents_withheld",
        "Szef trzyma mój paszport, mówi że ambasada musi dać wizę, już pół roku",
        "Ambasada Kanady trzyma mój paszport od dwóch tygodni, czekam na wizę. Mogę iść do "
        "lekarza z kartą pobytu?",
    ),
    (
        "ro",
        "documents_withheld",
        "Patronul îmi ține pașaportul, zice că e la ambasadă pentru viză, de un an",
        "Ambasada îmi ține pașaportul pentru viză de zece zile. Pot merge la medic cu cartea de "
        "rezidență?",
    ),
    (
        "hu",
        "documents_withheld",
        "A főnök tartja az útlevelem, azt mondja a nagykövetségen van a vízum miatt",
        "A nagykövetség tartja az útlevelem a vízum miatt, két hétig. Orvoshoz mehetek a "
        "tartózkodási kártyával?",
    ),
    (
        "vi",
        "documents_withheld",
        "Ông chủ giữ hộ chiếu của tôi, nói là đại sứ quán cần để làm visa, nửa năm rồi",
        "Đại sứ quán đang giữ hộ chiếu của tôi để làm visa, hai tuần nữa mới trả. Tôi đi khám "
        "bệnh bằng thẻ cư trú được không?",
    ),
    (
        "zh",
        "documents_withheld",
        "老板扣着我的护照，说大使馆办签证要用，已经半年了",
        "大使馆扣着我的护照办签证，还要两个星期。我可以拿居留卡去看医生吗？",
    ),
    (
        "cs",
        "documents_withheld",
        "Majitel mi drží pas, říká že je na ambasádě kvůli vízu, už rok",
        "Ambasáda mi drží pas kvůli vízu už dva týdny, můžu k doktorovi jen s průkazem o pobytu?",
    ),
    (
        "lt",
        "documents_withheld",
        "Darbdavys laiko mano pasą, sako kad ambasadoje dėl vizos, jau metai",
        "Ambasada laiko mano pasą dėl vizos jau dvi savaites. Ar galiu eiti pas gydytoją su "
        "leidimu gyventi?",
    ),
]

EVERYDAY: list[tuple[str, str, str]] = []
