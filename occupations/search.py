"""Career search as people type: any case, with or without Spanish accents, any of a word's
plural or feminine forms ("enfermera" finds "Enfermeros", "medico" finds "Médicos"), and the
everyday Spanish names of careers whose Spanish titles use another word ("camarero" finds
"Meseros").

A career's titles are folded once in the database (``Occupation.search_title``,
``search_title_es``, ``search_alternates`` and ``search_alternates_es``); a query is folded
the same way here. Each of its words must appear: its stem in the title in English or
Spanish or in the Spanish other names (``Occupation.alternate_titles_es``, a few curated
names each, from fixtures/alternate_titles_es.json and staff), or the whole word in O*NET's
alternate titles (a stem there finds too much: "medic" is in hundreds of them). A word
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


def fold(text: str) -> str:
    return text.lower().translate(FOLD)


def stem(word: str) -> str:
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= STEM:
            return word[: -len(ending)]
    return word


def forms(word: str) -> tuple[str, ...]:
    """What a folded word looks for in titles: its stem first, then, for a word ending in
    "z", its plural's stem ("juez", "jueces")."""
    if word.endswith("z") and len(word) >= STEM:
        return (word, word[:-1] + "c")
    return (stem(word),)


def search_words(query: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each word of ``query`` folded, with what it looks for in titles, in the order typed."""
    return [(word, forms(word)) for word in dict.fromkeys(fold(query).split())]
