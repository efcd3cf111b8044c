"""Names of the catalog languages as people write them, to honour "speak English" requests.

Keys are ISO 639-1 codes; values are lower-case names in the language itself, in English and
Danish, and in the neighbouring languages people are likely to use. Matching ignores case and
diacritics, so "vorbeste romana" finds Romanian.
"""

from __future__ import annotations

import re
import unicodedata

LANGUAGE_NAMES: dict[str, tuple[str, ...]] = {
    "en": ("english", "engelsk", "engleza", "английский", "английски", "англійська", "angielski",
           "anglicky", "angliskai", "angol", "inglés", "ingles", "inglês", "anglais", "英语",
           "tiếng anh", "ingles", "ภาษาอังกฤษ", "по-английски", "англійською", "po angielsku"),
    "da": ("dansk", "danish", "daneza", "датский", "датски", "данська", "duński", "dánsky",
           "danų", "dán", "danés", "dinamarquês", "danois", "丹麦语", "tiếng đan mạch",
           "ภาษาเดนมาร์ก"),
    "ro": ("română", "romana", "romanian", "rumænsk", "румынский", "румънски", "румунська",
           "rumuński", "rumunsky", "rumunų", "román", "rumano", "romeno", "roumain", "罗马尼亚语",
           "tiếng rumani", "по-румынски"),
    "bg": ("български", "bulgarian", "bulgarsk", "bulgara", "болгарский", "болгарська",
           "bułgarski", "bulharsky", "bolgarų", "bolgár", "búlgaro", "bulgare", "保加利亚语",
           "по-болгарски"),
    "hu": ("magyar", "hungarian", "ungarsk", "maghiara", "венгерский", "унгарски", "угорська",
           "węgierski", "maďarsky", "vengrų", "húngaro", "hongrois", "匈牙利语"),
    "th": ("ภาษาไทย", "ไทย", "thai", "thailandsk", "тайский", "tajski", "thajsky", "tailandés",
           "tailandês", "thaï", "泰语", "tiếng thái"),
    "ru": ("русский", "по-русски", "russian", "russisk", "rusa", "руски", "російська", "rosyjski",
           "rusky", "rusų", "orosz", "ruso", "russo", "russe", "俄语", "tiếng nga", "po rusku",
           "po russki", "ภาษารัสเซีย"),
    "uk": ("українська", "українською", "ukrainian", "ukrainsk", "ucraineana", "украинский",
           "украински", "ukraiński", "ukrajinsky", "ukrainiečių", "ukrán", "ucraniano", "ukrainien",
           "乌克兰语", "по-украински"),
    "pl": ("polski", "po polsku", "polish", "polsk", "poloneza", "польский", "полски", "польська",
           "polsky", "lenkų", "lengyel", "polaco", "polonais", "波兰语"),
    "lt": ("lietuvių", "lietuviškai", "lithuanian", "litauisk", "lituaniana", "литовский",
           "литовски", "литовська", "litewski", "litevsky", "litván", "lituano", "lituanien",
           "立陶宛语"),
    "cs": ("čeština", "česky", "czech", "tjekkisk", "ceha", "чешский", "чешки", "чеська", "czeski",
           "čekų", "cseh", "checo", "tcheco", "tchèque", "捷克语"),
    "es": ("español", "espanol", "spanish", "spansk", "spaniola", "испанский", "испански",
           "іспанська", "hiszpański", "španělsky", "ispanų", "spanyol", "espanhol", "espagnol",
           "西班牙语", "tiếng tây ban nha", "kastila"),
    "pt": ("português", "portugues", "portuguese", "portugisisk", "portugheza", "португальский",
           "португалски", "португальська", "portugalski", "portugalsky", "portugalų", "portugál",
           "portugués", "portugais", "葡萄牙语", "tiếng bồ đào nha"),
    "zh": ("中文", "汉语", "普通话", "chinese", "mandarin", "kinesisk", "chineza", "китайский",
           "китайски", "китайська", "chiński", "čínsky", "kinų", "kínai", "chino", "chinês",
           "chinois", "tiếng trung", "ภาษาจีน"),
    "vi": ("tiếng việt", "tieng viet", "vietnamese", "vietnamesisk", "vietnameza", "вьетнамский",
           "виетнамски", "вʼєтнамська", "wietnamski", "vietnamsky", "vietnamiečių", "vietnámi",
           "vietnamita", "vietnamien", "越南语"),
    "tl": ("tagalog", "filipino", "tagalog po", "tagalogisk", "тагальский", "tagalski", "tagalo",
           "他加禄语", "wikang tagalog"),
    "fr": ("français", "francais", "french", "fransk", "franceza", "французский", "френски",
           "французька", "francuski", "francouzsky", "prancūzų", "francia", "francés", "francês",
           "法语", "tiếng pháp", "pranses"),
}  # fmt: skip

# A request to switch is a short message: "English please", "vorbește română", "po polsku".
MAX_REQUEST_WORDS = 5


def fold(text: str) -> str:
    """Lower-case and strip diacritics (not from Thai, Chinese or Vietnamese tone-less forms)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _name_pattern(name: str) -> str:
    # Thai and Chinese are written without spaces: a name can follow any character there.
    if "\u0e00" <= name[0] <= "\u0e7f" or "\u4e00" <= name[0] <= "\u9fff":
        return re.escape(fold(name))
    return r"(?<!\w)" + re.escape(fold(name)) + r"(?!\w)"


_PATTERNS: dict[str, re.Pattern[str]] = {
    code: re.compile("|".join(_name_pattern(name) for name in sorted(names, key=len, reverse=True)))
    for code, names in LANGUAGE_NAMES.items()
}


def requested_language(text: str) -> str | None:
    """The catalog language a short message names ("speak English"), if exactly one."""
    if len(text.split()) > MAX_REQUEST_WORDS:
        return None
    folded = fold(text)
    named = {code for code, pattern in _PATTERNS.items() if pattern.search(folded)}
    return named.pop() if len(named) == 1 else None
