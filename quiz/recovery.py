"""The simulation study run on this site's data, written to docs/ (see quiz/simulation.py)."""

import json
from dataclasses import asdict
from datetime import date
from pathlib import Path

import numpy as np

from occupations.areas import LETTERS
from occupations.models import Occupation
from quiz.models import Item, Questionnaire
from quiz.simulation import TOPS, FormItems, Recovery, recovery

NOISE_LEVELS: tuple[float, ...] = (0.5, 1.0, 1.5)
PROFILE_FIELDS = tuple(f"interest_{letter.lower()}" for letter in LETTERS)


def catalogue_profiles() -> dict[str, list[float]]:
    rows = (
        Occupation.objects.with_profiles()
        .order_by("soc_code")
        .values_list("soc_code", *PROFILE_FIELDS)
    )
    return {code: [float(value) for value in values] for code, *values in rows}


def form_items(
    questionnaire: Questionnaire, profiles: dict[str, list[float]]
) -> tuple[FormItems, int]:
    """A form's items, and how many have their reference occupation loaded.

    An item whose reference occupation is not loaded samples its own area only.
    """
    items = list(Item.objects.in_form(questionnaire.pk))
    areas = np.array([LETTERS.index(item.area.letter) for item in items])
    references = np.array(
        [
            profiles.get(item.reference_soc_code) or [7.0 if n == area else 1.0 for n in range(6)]
            for item, area in zip(items, areas, strict=True)
        ]
    )
    found = sum(item.reference_soc_code in profiles for item in items)
    form = FormItems(name=questionnaire.slug, areas=areas, references=references)
    return form, found


def run_study(*, repeats: int, seed: int) -> dict:
    profiles = catalogue_profiles()
    matrix = list(profiles.values())
    forms = []
    results: list[Recovery] = []
    for questionnaire in Questionnaire.objects.offered():
        form, found = form_items(questionnaire, profiles)
        forms.append(
            {"slug": questionnaire.slug, "items": len(form.areas), "references_found": found}
        )
        for noise in NOISE_LEVELS:
            results.append(recovery(matrix, form, noise, repeats=repeats, seed=seed))
    return {
        "run_on": date.today().isoformat(),
        "occupations": len(matrix),
        "repeats": repeats,
        "seed": seed,
        "forms": forms,
        "results": [_row(result) for result in results],
    }


def _row(result: Recovery) -> dict:
    """As stored in JSON: rates rounded to four places, top-N keys as strings."""
    row = asdict(result)
    row["top"] = {str(n): round(rate, 4) for n, rate in result.top.items()}
    for key in ("tie_in_code", "low", "flat"):
        row[key] = round(row[key], 4)
    return row


def write_study(study: dict, directory: Path) -> tuple[Path, Path]:
    directory.mkdir(parents=True, exist_ok=True)
    data = directory / "simulation.json"
    data.write_text(json.dumps(study, indent=1) + "\n", encoding="utf-8")
    report = directory / "SIMULATION.md"
    report.write_text(markdown(study), encoding="utf-8")
    return report, data


def _pct(value: float) -> str:
    return f"{100 * value:.1f}%"


def markdown(study: dict) -> str:
    rows = "\n".join(
        f"| {r['form']} | {r['noise']} | {r['people']:,} | "
        + " | ".join(_pct(r["top"][str(n)]) for n in TOPS)
        + f" | {_pct(r['tie_in_code'])} | {_pct(r['low'])} | {_pct(r['flat'])} |"
        for r in study["results"]
    )
    forms = "; ".join(
        f"{f['slug']}: {f['items']} items, {f['references_found']} reference occupations loaded"
        for f in study["forms"]
    )
    return f"""# Simulation study: does the quiz lead back to the right careers?

Written by `python manage.py simulate_recovery` on {study["run_on"]}; do not edit by hand.
Seed {study["seed"]}, {study["repeats"]} simulated people per occupation and noise level.

**Catalogue:** the {study["occupations"]:,} occupations with interest profiles in this
site's database (the full O*NET 29.3 set has 923; a site with fewer loaded simulates fewer).
**Forms:** {forms}.

Each simulated person has the interest profile of one occupation and answers every item
of a form: their liking of an item is 80% their interest in the item's area and 20% how
much they resemble the item's reference occupation, rescaled to the 0-4 answer scale, plus
normal noise with the standard deviation shown (in answer points), rounded and kept within
0-4. Their answers are scored and matched exactly as the quiz does. "Top N" is the share
whose own occupation is among the first N matches (occupations with the same fit count as
ahead of it). The last three columns are the shares with a tie inside the three-letter
code, a low profile and a flat profile.

| Form | Noise (SD) | People | Top 1 | Top 5 | Top 20 | Tie in code | Low | Flat |
|---|---|---|---|---|---|---|---|---|
{rows}

Reading the table: noise 0.5 is a careful, consistent respondent; 1.5 is one whose answers
often move a whole step or more from what their interests imply. The figures say how well
the items and matching can recover a known profile; they are not evidence that people's
real answers behave this way, which only a study with real respondents can show.
"""


def published_study(directory: Path) -> dict | None:
    """The study last written to ``directory`` by the command, or None if it was never run."""
    path = directory / "simulation.json"
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))
