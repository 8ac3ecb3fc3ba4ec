"""Build fixtures/catalogue.json, the facts of the default catalogue, with the real importers.

    make catalogue            # or: .venv/bin/python scripts/build_catalogue.py [--shared DIR]

DIR (default ../shared beside the repository) holds the O*NET 29.3 text release, the BLS OEWS
national workbooks and the BLS 2020-30 projections CSV. The script migrates a throwaway SQLite
database and runs import_onet, import_oews (May 2021, then May 2024) and import_projections on
it, exactly as staff would, then writes every occupation's facts: codes, titles, reported job
titles, interest profile, high-point code, Job Zone, related occupations, its top Work Styles,
employment and wages, projections and entry requirements. No O*NET description or task text
is written: the career texts are our own (fixtures/career_texts/) and are merged at load time.

The May 2021 import is kept only for Industrial Production Managers, whose seed page quotes
May 2021 wages: they are checked against the seed and kept as its "earlier" wages.
"""

import argparse
import json
import os
import sys
import tempfile
from collections import Counter
from decimal import Decimal
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "fixtures"
SEED_CODE = "11-3051.00"
WAGES = ("median", "p10", "p25", "p75", "p90")
# O*NET rates no military occupation (SOC 55-): our choice for officers, first-line
# supervisors and enlisted specialists.
MILITARY = {
    "55-1": ["Leadership", "Dependability", "Integrity", "Stress Tolerance"],
    "55-2": ["Leadership", "Dependability", "Cooperation", "Stress Tolerance"],
    "55-3": ["Dependability", "Cooperation", "Stress Tolerance", "Self-Control"],
}
PROFILE = tuple(f"interest_{letter}" for letter in "riasec")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--output", type=Path, default=FIXTURES / "catalogue.json")
    args = parser.parse_args()
    if not (args.shared / "onet-29.3").is_dir():
        sys.exit(f"{args.shared} has no onet-29.3 folder: pass --shared DIR")
    with tempfile.TemporaryDirectory() as folder:
        catalogue = build(args.shared, database=Path(folder) / "build.sqlite3")
    args.output.write_text(json.dumps(catalogue, indent=1, ensure_ascii=False) + "\n", "utf-8")
    print(f"Wrote {len(catalogue)} occupations to {args.output}")


def build(shared: Path, *, database: Path) -> list[dict]:
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careerquiz.settings")
    sys.path.insert(0, str(REPO))
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", verbosity=0)
    quiet = {"stdout": open(os.devnull, "w")}  # noqa: SIM115 - closed with the process
    call_command("import_onet", str(shared / "onet-29.3"), **quiet)
    call_command("import_oews", str(shared / "bls-oews" / "national_M2021_dl.xlsx"), **quiet)
    earlier = _seed_wages_may_2021()
    call_command("import_oews", str(shared / "bls-oews" / "national_M2024_dl.xlsx"), **quiet)
    projections = shared / "bls-ep" / "occupation-projections-2020-30.csv"
    call_command("import_projections", str(projections), **quiet)
    catalogue = facts()
    borrow_work_styles(catalogue)
    next(entry for entry in catalogue if entry["soc_code"] == SEED_CODE)["earlier_wages"] = earlier
    return catalogue


def _seed_wages_may_2021() -> dict:
    from occupations.models import Occupation

    seed = json.loads((FIXTURES / "industrial_production_managers.json").read_text("utf-8"))
    occupation = Occupation.objects.get(soc_code=SEED_CODE)
    wages = _wages(occupation) | {"source": occupation.wage_source}
    for key in ("median", "p10", "p90"):
        if wages[key] != seed["wages"][key]:
            sys.exit(f"Seed {key} wage {seed['wages'][key]} differs from OEWS May 2021 {wages}")
    return wages


def facts() -> list[dict]:
    from occupations.models import Occupation

    occupations = Occupation.objects.order_by("soc_code").prefetch_related(
        "qualities", "related_links__to_occupation"
    )
    return [_entry(occupation) for occupation in occupations]


def _entry(occupation) -> dict:
    profile = [_number(getattr(occupation, name)) for name in PROFILE]
    return {
        "soc_code": occupation.soc_code,
        "title": occupation.title,
        "alternate_titles": occupation.alternate_titles.splitlines(),
        "interests": None if None in profile else dict(zip("RIASEC", profile, strict=True)),
        "high_point_code": occupation.high_point_code,
        "job_zone": occupation.job_zone,
        "related": [link.to_occupation.soc_code for link in occupation.related_links.all()],
        "work_styles": [quality.name for quality in occupation.qualities.all()],
        "employment": occupation.employment,
        "employment_year": occupation.employment_year,
        "wages": _wages(occupation),
        "outlook": _outlook(occupation),
        "entry_education": occupation.entry_education,
        "work_experience": occupation.work_experience,
        "job_training": occupation.job_training,
        "sources": {
            "interest": occupation.interest_source,
            "employment": occupation.employment_source,
            "wage": occupation.wage_source,
            "outlook": occupation.outlook_source,
            "qualities": occupation.qualities_source,
        },
    }


def borrow_work_styles(catalogue: list[dict]) -> None:
    """Qualities for the occupations O*NET has not rated on Work Styles, said where from.

    First the first rated occupation in O*NET's related list; else the styles most often among
    the top four of the rated occupations in the same SOC group (broad, then minor, then
    major group), ties by name; for military occupations, which O*NET does not rate, MILITARY.
    """
    from occupations.sources import STYLES_FOR_MILITARY, STYLES_OF_RELATED, styles_of_group

    by_code = {entry["soc_code"]: entry for entry in catalogue}
    rated = [entry for entry in catalogue if entry["work_styles"]]
    for entry in catalogue:
        if entry["work_styles"]:
            continue
        release = "O*NET 29.3 Work Styles"
        other = next((by_code[c] for c in entry["related"] if by_code[c]["work_styles"]), None)
        if other:
            entry["work_styles"] = other["work_styles"]
            entry["sources"]["qualities"] = STYLES_OF_RELATED % {
                "release": release,
                "title": other["title"],
                "code": other["soc_code"],
            }
            continue
        for length in (6, 4, 2):
            group = [e for e in rated if e["soc_code"][:length] == entry["soc_code"][:length]]
            if group:
                break
        else:
            entry["work_styles"] = MILITARY[entry["soc_code"][:4]]
            entry["sources"]["qualities"] = STYLES_FOR_MILITARY
            continue
        counts = Counter(name for e in group for name in e["work_styles"])
        entry["work_styles"] = sorted(counts, key=lambda name: (-counts[name], name))[:4]
        prefix = entry["soc_code"][:length]
        entry["sources"]["qualities"] = styles_of_group(release, len(group), prefix)


def _wages(occupation) -> dict | None:
    if occupation.wage_year is None:
        return None
    return {
        "year": occupation.wage_year,
        "unit": occupation.wage_unit,
        **{key: _number(getattr(occupation, f"wage_{key}")) for key in WAGES},
        "top_coded": occupation.wage_top_coded,
    }


def _outlook(occupation) -> dict | None:
    if not occupation.outlook_period:
        return None
    return {
        "period": occupation.outlook_period,
        "employment": occupation.outlook_employment,
        "percent_change": _number(occupation.outlook_percent),
        "openings": occupation.outlook_openings,
        "comparison": occupation.outlook_comparison,
    }


def _number(value: Decimal | None) -> int | float | None:
    """JSON number for a Decimal: an int when whole, else the shortest float (4.23, 23.33)."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


if __name__ == "__main__":
    main()
