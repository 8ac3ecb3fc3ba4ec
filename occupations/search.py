"""Career search as people type: any case, with or without Spanish accents, any of a word's
plural or feminine forms ("enfermera" finds "Enfermeros", "medico" finds "Médicos"), and the
everyday Spanish names of careers whose Spanish titles use another word ("camarero" finds
"Meseros").

A career's titles are folded once in the database (``Occupation.search_title``,
``search_title_es`` and ``search_alternates``); a query is folded the same way here. Each
of its words must appear: its stem in the title in English or Spanish, or the whole word in
the alternate titles (a stem there finds too much: "medic" is in hundreds of them). A word
shorter than STEM letters counts only where a word of a title begins: "it" is inside too many
others ("Auditors").
"""

# Each letter a title or query may hold with an accent, in both cases, and its plain letter.
# The database folds these in SQL (SQLite's lower() changes ASCII letters only).
ACCENTED = "áéíóúüñÁÉÍÓÚÜÑ"
PLAIN = "aeiouunaeiouun"
FOLD = str.maketrans(ACCENTED, PLAIN)
ACCENT_PAIRS = tuple(zip(ACCENTED, PLAIN, strict=True))
# Word endings dropped so one stem finds the forms of a word: Spanish -a/-o/-as/-os/-es and
# the plural -s. What is left keeps at least STEM letters, so short words stay whole.
ENDINGS = ("as", "os", "es", "a", "o", "s")
STEM = 4
# Everyday and regional Spanish names (Spain and Latin America) of careers whose Spanish
# titles say it another way. A folded word that begins with a key also finds its careers by
# the words given, which are in their folded titles in English or Spanish: chosen to be in
# few other titles ("talador" is in "instaladores", so "leñador" looks for "faller").
OTHER_NAMES = {
    "actric": ("actores",),
    "actriz": ("actores",),
    "azafat": ("sobrecarg",),
    "barman": ("cantiner",),
    "camarer": ("meser", "cantiner"),
    "camioner": ("conductores de camion",),
    "canguro": ("niner", "cuidado infantil"),
    "capataz": ("supervisores de oficios", "supervisores de trabajadores agric"),
    "celador": ("camiller",),
    "contabl": ("contador",),
    "cristaler": ("vidrier",),
    "delineant": ("dibujant",),
    "dependient": ("vendedores de tienda",),
    "doctor": ("medicos",),
    "esteticist": ("cuidado de la piel", "cosmetolog"),
    "fontaner": ("plomer",),
    "granjer": ("agricultor", "granja"),
    "herrer": ("forja",),
    "impresor": ("impres",),
    "inmobiliari": ("bienes raic",),
    "lenador": ("faller", "logging"),
    "logoped": ("del habla",),
    "matron": ("parter",),
    "mozo": ("meser", "maleter"),
    "ordenador": ("computador",),
    "perito": ("tasador", "ajustador"),
    "pescador": ("de pesca",),
    "presentador": ("locutor",),
    "repartidor": ("mensajer", "camiones ligeros"),
    "socorrist": ("salvavida",),
    "teleoperador": ("televendedor", "servicio al cliente"),
    "tornero": ("lathe",),
    "turistic": ("de turistas",),
    "vigilant": ("guardia",),
}


def fold(text: str) -> str:
    return text.lower().translate(FOLD)


def stem(word: str) -> str:
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= STEM:
            return word[: -len(ending)]
    return word


def forms(word: str) -> tuple[str, ...]:
    """What a folded word looks for in titles: its stem first, then, for a word ending in
    "z", its plural's stem ("juez", "jueces"), and the words of its other names."""
    found = [stem(word)]
    if word.endswith("z") and len(word) >= STEM:
        found.append(word[:-1] + "c")
    for start, words in OTHER_NAMES.items():
        if word.startswith(start):
            found.extend(words)
    return tuple(found)


def search_words(query: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each word of ``query`` folded, with what it looks for in titles, in the order typed."""
    return [(word, forms(word)) for word in dict.fromkeys(fold(query).split())]
