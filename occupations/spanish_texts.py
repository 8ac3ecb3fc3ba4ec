"""Our Spanish career texts, matched to the English rows they translate.

fixtures/career_texts/es/*.json give each career's title, summary, duties and work
environment; fixtures/industrial_production_managers_es.json every text of the seed career.
Lists (duties, industries, qualities, links) are in the English order, so a row's Spanish is
found by its English text: a row staff rewrote in English gets no stale Spanish. Qualities
from O*NET work styles take the Spanish of occupations/work_styles.py.
"""

import json
from pathlib import Path

from occupations import models
from occupations.work_styles import EXPLANATIONS, SPANISH

# Each career's lists: their key in the text fixtures, and the English fields that find a
# row's translation.
LISTS = {
    models.Duty: ("duties", ("text",)),
    models.Industry: ("industries", ("name",)),
    models.Quality: ("qualities", ("name", "description")),
    models.InfoLink: ("links", ("description",)),
}
WORK_STYLES = {
    (name, EXPLANATIONS[name]): {"name_es": spanish_name, "description_es": description}
    for name, (spanish_name, description) in SPANISH.items()
}


def read_spanish(fixtures_dir: Path) -> dict[str, dict]:
    texts = {}
    for path in [
        *sorted((fixtures_dir / "career_texts" / "es").glob("*.json")),
        fixtures_dir / "industrial_production_managers_es.json",
    ]:
        texts.update(json.loads(path.read_text(encoding="utf-8")))
    return texts


class SpanishTexts:
    """The Spanish fields of each career and of each of its rows, by O*NET-SOC code."""

    def __init__(self, english: dict[str, dict], spanish: dict[str, dict]):
        self.spanish = spanish
        self.rows: dict[type, dict] = {model: {} for model in LISTS}
        for code, text in spanish.items():
            for model, (key, fields) in LISTS.items():
                rows = [_as_row(row) for row in english.get(code, {}).get(key, [])]
                self.rows[model].update(
                    {
                        (code, _english_key(row, fields)): _spanish(row, es)
                        for row, es in zip(rows, text.get(key, []), strict=False)
                    }
                )

    def occupation(self, code: str) -> dict[str, str]:
        """The Spanish twin fields of the career, e.g. {"title_es": "Electricistas"}."""
        text = self.spanish.get(code, {})
        fields = {
            f"{field}_es": text[field]
            for field in models.Occupation.translated_fields
            if isinstance(text.get(field), str)
        }
        if text.get("also_called"):
            fields["also_called_es"] = ", ".join(text["also_called"])
        return fields

    def outlook_texts(self) -> dict[str, str]:
        """Spanish of the seed's earlier outlook text, by code (kept in earlier_figures)."""
        return {
            code: text["outlook"]["text"]
            for code, text in self.spanish.items()
            if text.get("outlook", {}).get("text")
        }

    def row(self, model: type, code: str, english: dict) -> dict[str, str]:
        """The Spanish twin fields of a row with these English fields, or {}."""
        key = _english_key(english, LISTS[model][1])
        found = self.rows[model].get((code, key))
        if found is None and model is models.Quality:
            found = WORK_STYLES.get(key)
        return found or {}


def _as_row(row: dict | str) -> dict:
    """A list entry of the English fixtures as a row's fields: a duty is a bare string."""
    return {"text": row} if isinstance(row, str) else row


def _english_key(row: dict, fields: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(row.get(field, "") for field in fields)


def _spanish(row: dict, spanish: dict | str) -> dict[str, str]:
    """A Spanish list entry as twin fields: a string translates the row's only text field."""
    if isinstance(spanish, str):
        field = next(field for field in ("text", "name", "description") if field in row)
        return {f"{field}_es": spanish}
    return {f"{field}_es": value for field, value in spanish.items()}
