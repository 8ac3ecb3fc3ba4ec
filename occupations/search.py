"""Career search as people type: any case, with or without Spanish accents, and any of a
word's plural or feminine forms ("enfermera" finds "Enfermeros", "medico" finds "Médicos").

A career's titles are folded once in the database (``Occupation.search_title``,
``search_title_es`` and ``search_alternates``); a query is folded the same way here. Each
of its words must appear: its stem in the title in English or Spanish, or the whole word in
the alternate titles (a stem there finds too much: "medic" is in hundreds of them).
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


def search_words(query: str) -> list[tuple[str, str]]:
    """Each word of ``query`` folded, with its stem, in the order typed."""
    return [(word, stem(word)) for word in dict.fromkeys(fold(query).split())]
