"""Career search as people type: any case, with or without Spanish accents, any of a word's
plural or feminine forms ("enfermera" finds "Enfermeros", "medico" finds "Médicos"), and the
everyday names of careers whose titles use another word ("camarero" finds "Meseros", "cop"
finds "Police and Sheriff's Patrol Officers").

A career's titles are folded once in the database (``Occupation.search_title``,
``search_title_es``, ``search_alternates``, ``search_everyday_names`` and
``search_alternates_es``); a query is folded the same way here. Each of its words must
appear: its stem in the title in English or Spanish or in our other names
(``Occupation.everyday_names`` in English, ``alternate_titles_es`` in Spanish: a few curated
names each, from fixtures/everyday_names.json, fixtures/alternate_titles_es.json and staff),
or the whole word in O*NET's alternate titles (a stem there finds too much: "medic" is in
hundreds of them). A word shorter than STEM letters counts only where a word of a title
begins: "it" is inside too many others ("Auditors").
"""

import re

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
# What may follow a stem for a title to hold the whole word: an ending (or the "e" that
# "nurses" -> "nurs" dropped), then no more letters. "mechanic" is not "Mechanical".
WHOLE_WORD_END = "(as|os|es|a|e|o|s)?([^a-z0-9]|$)"


def fold(text: str) -> str:
    return text.lower().translate(FOLD)


def stem(word: str) -> str:
    for ending in ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= STEM:
            return word[: -len(ending)]
    return word


def forms(word: str) -> tuple[str, ...]:
    """What a folded word looks for in titles: its stem first, then, for a word ending in
    "z" or in a consonant and "y", its plural's stem ("juez", "jueces"; "secretary",
    "secretaries"), and for an English plural in "-men", its singular ("firemen", "fireman")."""
    if word.endswith("z") and len(word) >= STEM:
        return (word, word[:-1] + "c")
    if word.endswith("y") and len(word) >= STEM and word[-2] not in "aeiou":
        return (word, word[:-1] + "i")
    if word.endswith("men") and len(word) > STEM:
        return (word, word[:-2] + "an")
    return (stem(word),)


def whole_word(form: str, after: str = "(^|[^a-z0-9])") -> str:
    """A regular expression (read alike by Python and PostgreSQL) finding ``form`` as a whole
    word, with any of its endings, where ``after`` matches: by default after the start or a
    break."""
    return after + re.escape(form) + WHOLE_WORD_END


def search_words(query: str) -> list[tuple[str, tuple[str, ...]]]:
    """Each word of ``query`` folded, with what it looks for in titles, in the order typed."""
    return [(word, forms(word)) for word in dict.fromkeys(fold(query).split())]
