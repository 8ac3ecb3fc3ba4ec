"""The embedded default catalogue: every O*NET occupation, texts, safe reloading, exact facts."""

import csv
import json
import re
import subprocess
import sys
from collections import Counter
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from occupations.areas import LETTERS
from occupations.defaults import load_catalogue
from occupations.models import (
    Duty,
    Industry,
    InfoLink,
    Occupation,
    Quality,
    RelatedOccupation,
)
from occupations.outlook import is_bright
from occupations.work_styles import EXPLANATIONS, SPANISH, top_styles

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "fixtures"
CATALOGUE = json.loads((FIXTURES / "catalogue.json").read_text(encoding="utf-8"))
CODES = {entry["soc_code"] for entry in CATALOGUE}
IPM = "11-3051.00"
RUN = 10  # words in a row that count as copied text
WAGE_COLUMNS = {"median": "MEDIAN", "p10": "PCT10", "p25": "PCT25", "p75": "PCT75", "p90": "PCT90"}
TOP = 5  # an O*NET profile must find its own occupation among this many matches ...
FOUND_SHARE = 0.98  # ... for at least this share of the profiles


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _runs(text: str, length: int = RUN) -> set[tuple[str, ...]]:
    words = [word for word in re.split(r"[^a-z0-9]+", text.lower()) if word]
    return {tuple(words[i : i + length]) for i in range(len(words) - length + 1)}


def _sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip()) if part]


def _strings(value) -> list[str]:
    """Every string in a JSON value: all the text a fixture ships."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in _strings(item)]
    return []


def _state() -> dict:
    return {
        model.__name__: sorted(model.objects.values_list(*fields))
        for model, fields in {
            Occupation: ("id", "soc_code", "updated_at"),
            Duty: ("id", "occupation_id", "order", "text"),
            Industry: ("id", "occupation_id", "order"),
            Quality: ("id", "occupation_id", "order", "name"),
            InfoLink: ("id", "occupation_id", "order"),
            RelatedOccupation: ("id", "from_occupation_id", "to_occupation_id", "order"),
        }.items()
    }


def _found_share(client, profiles: dict[str, dict[str, str]]) -> float:
    """Share of the profiles whose own occupation is in the top TOP matches via the API."""
    found = 0
    for code, profile in profiles.items():
        query = "&".join(f"{letter}={profile[letter]}" for letter in LETTERS)
        response = client.get(f"/api/v1/matches/?{query}&limit={TOP}")
        assert response.status_code == 200, response.content
        found += code in [match["soc_code"] for match in response.json()["results"]]
    return found / len(profiles)


def test_default_data_holds_every_onet_occupation_and_the_api_reports_them(client, default_data):
    assert len(CATALOGUE) == 1016
    assert set(Occupation.objects.values_list("soc_code", flat=True)) == CODES
    assert Occupation.objects.with_profiles().count() == 923
    assert client.get("/api/v1/careers/").json()["count"] == 1016
    assert client.get("/api/v1/careers/?bright=true").json()["count"] == (
        Occupation.objects.bright_outlook().count()
    )


def test_every_interest_area_leads_and_every_job_zone_is_present(default_data):
    first_letters = Counter(
        code[0] for code in Occupation.objects.values_list("high_point_code", flat=True) if code
    )
    # O*NET 29.3's first high-points (shared/README.md).
    assert first_letters == {"R": 388, "I": 116, "A": 28, "S": 133, "E": 101, "C": 157}
    zones = Counter(Occupation.objects.values_list("job_zone", flat=True))
    assert set(zones) == {None, 1, 2, 3, 4, 5}
    assert zones[None] == 1016 - 923


def test_every_career_page_has_our_text_qualities_and_dated_figures(default_data):
    occupations = Occupation.objects.prefetch_related("duties", "qualities")
    problems = []
    for occupation in occupations:
        code = occupation.soc_code
        words = len(re.findall(r"[A-Za-z0-9']+", occupation.summary))
        if words < 25 or not 2 <= len(_sentences(occupation.summary)) <= 4:
            problems.append((code, "summary"))
        if len(occupation.duties.all()) < 5:
            problems.append((code, "duties"))
        if not occupation.work_environment or occupation.text_source != "careerquiz editors":
            problems.append((code, "work environment"))
        if len(occupation.qualities.all()) < 4 or not occupation.qualities_source and code != IPM:
            problems.append((code, "qualities"))
        if occupation.wage_median is not None and occupation.wage_year != 2024:
            problems.append((code, "wage year"))
        if occupation.outlook_percent is not None and occupation.outlook_period != "2020-30":
            problems.append((code, "outlook period"))
    assert problems == []


def test_qualities_are_the_top_work_styles_with_our_explanations(default_data):
    ceo = Occupation.objects.get(soc_code="11-1011.00")
    assert [(q.name, q.description) for q in ceo.qualities.all()] == [
        (name, EXPLANATIONS[name])
        for name in ("Leadership", "Initiative", "Persistence", "Analytical Thinking")
    ]
    assert ceo.qualities_source == "O*NET 29.3 Database (USDOL/ETA), CC BY 4.0, Work Styles"
    developers = Occupation.objects.get(soc_code="15-1252.00")
    assert "closely related occupation" in developers.qualities_source
    infantry = Occupation.objects.get(soc_code="55-3016.00")
    assert [q.name for q in infantry.qualities.all()] == [
        "Dependability",
        "Cooperation",
        "Stress Tolerance",
        "Self-Control",
    ]
    assert infantry.qualities_source == (
        "O*NET work styles picked by careerquiz editors, as O*NET rates none for military "
        "occupations"
    )


def test_top_styles_rank_by_importance_then_name():
    importance = {
        "Integrity": Decimal("4.5"),
        "Dependability": Decimal("4.5"),
        "Leadership": Decimal("4.9"),
        "Innovation": Decimal("3.1"),
        "Cooperation": Decimal("4.0"),
        "Not a work style": Decimal("5"),
    }
    assert top_styles(importance) == ["Leadership", "Dependability", "Integrity", "Cooperation"]


def test_related_links_keep_onet_order(default_data):
    ipm = Occupation.objects.get(soc_code=IPM)
    related = [link.to_occupation.soc_code for link in ipm.related_links.all()]
    assert related[:5] == ["11-1021.00", "11-3051.01", "11-3051.04", "11-3051.03", "11-3071.00"]
    assert related == next(e for e in CATALOGUE if e["soc_code"] == IPM)["related"]


def test_loading_again_changes_nothing(default_data):
    before = _state()
    assert load_catalogue(fixtures_dir=FIXTURES) == 0
    assert _state() == before


def test_staff_edits_survive_and_only_missing_occupations_are_created(db):
    Occupation.objects.create(
        soc_code=IPM, title="Plant Managers (edited)", slug="industrial-production-managers"
    )
    assert load_catalogue(fixtures_dir=FIXTURES) == len(CATALOGUE) - 1
    edited = Occupation.objects.get(soc_code=IPM)
    assert edited.title == "Plant Managers (edited)"
    assert edited.summary == ""
    assert not edited.duties.exists()
    assert not edited.related_links.exists()
    general = Occupation.objects.get(soc_code="11-1021.00")
    # Links towards the kept record are still made from the new ones.
    assert general.related_links.filter(to_occupation=edited).exists()


def test_spanish_other_names_fill_only_careers_without_names_of_their_own(default_data):
    waiters, bartenders, plumbers = (
        Occupation.objects.get(soc_code=code) for code in ("35-3031.00", "35-3011.00", "47-2152.00")
    )
    assert waiters.alternate_titles_es.splitlines()[:2] == ["camarero", "camarera"]
    waiters.alternate_titles_es = "mesonero"
    waiters.edited_fields = ["alternate_titles_es"]
    waiters.save()
    bartenders.alternate_titles_es = ""  # cleared by staff on purpose
    bartenders.edited_fields = ["alternate_titles_es"]
    bartenders.save()
    Occupation.objects.filter(pk=plumbers.pk).update(alternate_titles_es="")  # never edited
    assert load_catalogue(fixtures_dir=FIXTURES) == 0
    names = dict(
        Occupation.objects.filter(pk__in=[waiters.pk, bartenders.pk, plumbers.pk]).values_list(
            "soc_code", "alternate_titles_es"
        )
    )
    assert names == {
        "35-3031.00": "mesonero",
        "35-3011.00": "",
        "47-2152.00": "fontanero\nfontanera\ngasfíter\ngasfitero",
    }


def test_everyday_names_fill_only_careers_without_names_of_their_own(default_data):
    police, truckers = (
        Occupation.objects.get(soc_code=code) for code in ("33-3051.00", "53-3032.00")
    )
    assert police.everyday_names.splitlines() == ["cop", "policeman", "policewoman"]
    police.everyday_names = "copper"
    police.edited_fields = ["everyday_names"]
    police.save()
    Occupation.objects.filter(pk=truckers.pk).update(everyday_names="")  # never edited
    assert load_catalogue(fixtures_dir=FIXTURES) == 0
    names = dict(
        Occupation.objects.filter(pk__in=[police.pk, truckers.pk]).values_list(
            "soc_code", "everyday_names"
        )
    )
    assert names == {
        "33-3051.00": "copper",
        "53-3032.00": "trucker\n18-wheeler driver\nbig rig driver",
    }


def test_loading_runs_in_a_constant_number_of_queries(db, django_assert_max_num_queries):
    # Bulk inserts in batches: SQLite splits the 1,016 careers (about seventy columns each, with
    # the Spanish twins) into about 85 statements, and their lists into about 75 more; a few
    # more look for records still missing Spanish or other names. None is made per career.
    with django_assert_max_num_queries(195):
        assert load_catalogue(fixtures_dir=FIXTURES) == len(CATALOGUE)


def test_industrial_production_managers_keep_every_seed_fact(default_data):
    ipm = Occupation.objects.get(soc_code=IPM)
    assert ipm.title == "Industrial Production Managers"
    assert ipm.slug == "industrial-production-managers"
    assert ipm.also_called == "plant managers"
    # Lists and sorting use the May 2024 and 2020-30 figures every career has ...
    assert (ipm.employment, ipm.employment_year, ipm.wage_year) == (234380, 2024, 2024)
    assert ipm.wage_median == Decimal("121440")
    assert (ipm.outlook_period, ipm.outlook_percent, ipm.outlook_openings) == (
        "2020-30",
        Decimal("5.3"),
        13900,
    )
    # ... and the seed page's figures stay, each with its own year or period.
    earlier = ipm.earlier_figures
    assert earlier["employment"] == {
        "count": 203800,
        "year": 2021,
        "source": "BLS Employment Projections 2021-31 (Occupational Outlook Handbook)",
    }
    assert earlier["wages"] == {
        "year": 2021,
        "unit": "annual",
        "median": 103150,
        "p10": 64150,
        # The seed page omits the quartiles; these are the OEWS May 2021 values.
        "p25": 80190,
        "p75": 134130,
        "p90": 170470,
        "top_coded": [],
        "source": "BLS Occupational Employment and Wage Statistics, May 2021",
    }
    assert {key: earlier["outlook"][key] for key in ("period", "percent_change", "openings")} == {
        "period": "2021-31",
        "percent_change": 3,
        "openings": 15400,
    }
    assert earlier["outlook"]["comparison"] == "slower"
    assert [(i.name, i.share_percent, i.median_wage, i.year) for i in ipm.industries.all()] == [
        ("Transportation equipment manufacturing", 10, 119400, 2021),
        ("Fabricated metal product manufacturing", 10, 98490, 2021),
        ("Chemical manufacturing", 8, 125480, 2021),
        ("Machinery manufacturing", 7, 101870, 2021),
        ("Food manufacturing", 7, 98500, 2021),
    ]
    assert (ipm.entry_education, ipm.work_experience, ipm.job_training) == (
        "Bachelor's degree",
        "5 years or more",
        "None",
    )
    assert [q.name for q in ipm.qualities.all()] == [
        "Interpersonal skills",
        "Leadership skills",
        "Problem-solving skills",
        "Time-management skills",
    ]
    assert [link.organisation for link in ipm.links.all()] == [
        "American Society for Quality",
        "National Association of Manufacturers",
    ]
    assert ipm.duties.count() == 10


def test_other_occupations_carry_may_2024_wages_and_2020_30_projections(default_data):
    ceo = Occupation.objects.get(soc_code="11-1011.00")
    assert (ceo.employment, ceo.employment_year, ceo.wage_year) == (211850, 2024, 2024)
    assert ceo.wage_median == Decimal("206420")
    assert (ceo.wage_p75, ceo.wage_p90) == (Decimal("239200"), Decimal("239200"))
    assert ceo.wage_top_coded == ["wage_p75", "wage_p90"]
    assert (ceo.outlook_period, ceo.outlook_percent, ceo.outlook_comparison) == (
        "2020-30",
        Decimal("-5.7"),
        "decline",
    )
    assert (ceo.outlook_employment, ceo.outlook_openings) == (292500, 17500)
    assert ceo.wage_source == "BLS Occupational Employment and Wage Statistics, May 2024"
    assert ceo.outlook_source == "BLS Employment Projections 2020-30"
    assert not ceo.bright_outlook
    actors = Occupation.objects.get(soc_code="27-2011.00")
    assert (actors.wage_unit, actors.wage_median, actors.wage_p10) == (
        "hourly",
        Decimal("23.33"),
        Decimal("14"),
    )
    developers = Occupation.objects.get(soc_code="15-1252.00")
    assert (developers.outlook_percent, developers.outlook_openings) == (Decimal("22.2"), 189200)
    assert developers.outlook_source == (
        "BLS Employment Projections 2020-30 for the group Software developers, quality "
        "assurance analysts, testers (15-1256)"
    )
    assert developers.bright_outlook


def test_bright_outlook_in_sql_agrees_with_the_rule(default_data):
    bright = set(Occupation.objects.bright_outlook().values_list("soc_code", flat=True))
    rule = {
        o.soc_code
        for o in Occupation.objects.all()
        if is_bright(o.outlook_comparison, o.outlook_openings)
    }
    assert bright == rule
    assert 150 < len(bright) < 250


def test_shipped_profiles_find_their_own_occupation_among_the_top_five(
    client, default_data, settings
):
    settings.API_READ_RATE_LIMIT_PER_MINUTE = 0  # 923 requests from one test client
    profiles = {
        entry["soc_code"]: {letter: str(value) for letter, value in entry["interests"].items()}
        for entry in CATALOGUE
        if entry["interests"]
    }
    assert len(profiles) == 923
    assert _found_share(client, profiles) >= FOUND_SHARE


# Against the agencies' real files (CAREERQUIZ_SHARED).


@pytest.mark.shared
def test_onet_profiles_find_their_own_occupation_among_the_top_five(
    shared_dir, client, default_data, settings
):
    settings.API_READ_RATE_LIMIT_PER_MINUTE = 0  # 923 requests from one test client
    profiles: dict[str, dict[str, str]] = {}
    for row in _tsv(shared_dir / "onet-29.3" / "Interests.txt"):
        if row["Scale ID"] == "OI":
            profiles.setdefault(row["O*NET-SOC Code"], {})[row["Element Name"][0]] = row[
                "Data Value"
            ]
    assert len(profiles) == 923
    assert _found_share(client, profiles) >= FOUND_SHARE


@pytest.mark.shared
def test_fixture_is_what_the_build_makes_with_the_importers(shared_dir, tmp_path):
    output = tmp_path / "catalogue.json"
    subprocess.run(
        [
            sys.executable,
            str(REPO / "scripts" / "build_catalogue.py"),
            "--shared",
            str(shared_dir),
            "--output",
            str(output),
        ],
        check=True,
        capture_output=True,
    )
    assert json.loads(output.read_text(encoding="utf-8")) == CATALOGUE


@pytest.mark.shared
def test_codes_titles_profiles_zones_and_titles_equal_onet(shared_dir, default_data):
    folder = shared_dir / "onet-29.3"
    titles = {r["O*NET-SOC Code"]: r["Title"] for r in _tsv(folder / "Occupation Data.txt")}
    zones = {r["O*NET-SOC Code"]: int(r["Job Zone"]) for r in _tsv(folder / "Job Zones.txt")}
    profiles: dict[str, dict[str, Decimal]] = {}
    points: dict[str, dict[str, int]] = {}
    for row in _tsv(folder / "Interests.txt"):
        if row["Scale ID"] == "OI":
            profiles.setdefault(row["O*NET-SOC Code"], {})[row["Element Name"][0]] = Decimal(
                row["Data Value"]
            )
        else:
            points.setdefault(row["O*NET-SOC Code"], {})[row["Element Name"]] = int(
                float(row["Data Value"])
            )
    reported: dict[str, list[str]] = {}
    for row in sorted(
        _tsv(folder / "Sample of Reported Titles.txt"),
        key=lambda row: row["Shown in My Next Move"] != "Y",
    ):
        reported.setdefault(row["O*NET-SOC Code"], []).append(row["Reported Job Title"])
    assert len(titles) == Occupation.objects.count() == 1016
    for occupation in Occupation.objects.all():
        code = occupation.soc_code
        assert occupation.title == titles[code]
        assert occupation.alternate_titles.splitlines() == reported.get(code, []), code
        if code not in profiles:
            assert None in occupation.interests.values() and occupation.job_zone is None
            continue
        assert occupation.interests == profiles[code], code
        ranks = [
            points[code][f"{rank} Interest High-Point"] for rank in ("First", "Second", "Third")
        ]
        assert occupation.high_point_code == "".join(LETTERS[n - 1] for n in ranks if n), code
        assert occupation.job_zone == zones[code]


@pytest.mark.shared
def test_qualities_follow_the_work_styles_file(shared_dir, default_data):
    ratings: dict[str, dict[str, Decimal]] = {}
    for row in _tsv(shared_dir / "onet-29.3" / "Work Styles.txt"):
        assert row["Scale ID"] == "IM"
        ratings.setdefault(row["O*NET-SOC Code"], {})[row["Element Name"]] = Decimal(
            row["Data Value"]
        )
    assert len(ratings) == 879
    assert {name for styles in ratings.values() for name in styles} == set(EXPLANATIONS)
    for occupation in Occupation.objects.exclude(soc_code=IPM).prefetch_related("qualities"):
        if occupation.soc_code in ratings:
            expected = sorted(
                ratings[occupation.soc_code].items(), key=lambda item: (-item[1], item[0])
            )
            names = [name for name, _ in expected[:4]]
            assert [q.name for q in occupation.qualities.all()] == names, occupation.soc_code
        else:
            assert "has not rated" in occupation.qualities_source or (
                occupation.soc_code.startswith("55-")
            )


def _oews_2024(shared_dir: Path) -> dict[str, dict]:
    workbook = openpyxl.load_workbook(
        shared_dir / "bls-oews" / "national_M2024_dl.xlsx", read_only=True
    )
    rows = workbook.worksheets[0].iter_rows(values_only=True)
    header = next(rows)
    detailed = [dict(zip(header, row, strict=False)) for row in rows]
    workbook.close()
    return {row["OCC_CODE"]: row for row in detailed if row["O_GROUP"] == "detailed"}


@pytest.mark.shared
def test_employment_and_wages_equal_oews_may_2024(shared_dir, default_data):
    oews = _oews_2024(shared_dir)
    hourly = without = 0
    for occupation in Occupation.objects.all():
        row = oews.get(occupation.soc_code[:7])
        if row is None:
            without += 1
            assert occupation.wage_median is None and occupation.employment is None
            continue
        assert occupation.employment == (
            row["TOT_EMP"] if isinstance(row["TOT_EMP"], int) else None
        ), occupation.soc_code
        prefix = "A_" if occupation.wage_unit == "annual" else "H_"
        if prefix == "H_":
            hourly += 1
            assert row["A_MEDIAN"] == "*" and row["HOURLY"] == "TRUE"
        ceiling = Decimal("239200") if prefix == "A_" else Decimal("115.00")
        for field, column in WAGE_COLUMNS.items():
            value = row[prefix + column]
            stored = getattr(occupation, f"wage_{field}")
            if value == "#":
                assert stored == ceiling and f"wage_{field}" in occupation.wage_top_coded
            elif value == "*":
                assert stored is None
            else:
                assert stored == Decimal(str(value)), (occupation.soc_code, field)
                assert f"wage_{field}" not in occupation.wage_top_coded
    assert hourly > 4
    assert without == 1016 - Occupation.objects.exclude(wage_year=None).count()


@pytest.mark.shared
def test_outlook_equals_bls_projections_2020_30(shared_dir, default_data):
    path = shared_dir / "bls-ep" / "occupation-projections-2020-30.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = {row["Occupation Code"].strip('="'): row for row in csv.DictReader(handle)}
    checked = 0
    for occupation in Occupation.objects.exclude(outlook_period=""):
        group = re.search(r"\((\d\d-\d{4})\)$", occupation.outlook_source)
        row = rows[group[1] if group else occupation.soc_code[:7]]
        thousands = Decimal(row["Employment 2020"].replace(",", ""))
        assert occupation.outlook_employment == thousands * 1000, occupation.soc_code
        openings = Decimal(row["Occupational Openings, 2020-2030 Annual Average"])
        assert occupation.outlook_openings == openings * 1000
        percent = Decimal(row["Employment Percent Change, 2020-2030"])
        assert occupation.outlook_percent == percent
        assert occupation.entry_education == row["Typical Entry-Level Education"]
        assert occupation.work_experience == row["Work Experience in a Related Occupation"]
        assert occupation.job_training == row["Typical on-the-job Training"]
        checked += 1
    assert checked == 864


@pytest.mark.shared
def test_industrial_production_managers_figures_are_on_the_seed_page(shared_dir, default_data):
    page = (shared_dir / "seed" / "000_ec4af2787da71b17.txt").read_text(encoding="utf-8")
    page = re.sub(r"\s+", " ", page)
    earlier = Occupation.objects.get(soc_code=IPM).earlier_figures
    employment, wages, outlook = earlier["employment"], earlier["wages"], earlier["outlook"]
    assert f"about {employment['count']:,} jobs in {employment['year']}" in page
    assert f"${wages['median']:,.0f} in May {wages['year']}" in page
    assert f"less than ${wages['p10']:,.0f}" in page
    assert f"more than ${wages['p90']:,.0f}" in page
    assert f"grow {outlook['percent_change']} percent from 2021 to 2031, slower than" in page
    assert f"about {outlook['openings']:,} openings" in page
    for industry in Occupation.objects.get(soc_code=IPM).industries.all():
        assert re.search(rf"{industry.name} {industry.share_percent:.0f}\b", page)
        assert re.search(rf"{industry.name} \$?{industry.median_wage:,.0f}\b", page)


@pytest.mark.shared
def test_no_shipped_text_shares_a_ten_word_run_with_onet_or_the_seed_page(shared_dir):
    folder = shared_dir / "onet-29.3"
    sources: set[tuple[str, ...]] = set()
    for row in _tsv(folder / "Occupation Data.txt"):
        sources |= _runs(row["Description"])
    for row in _tsv(folder / "Task Statements.txt"):
        sources |= _runs(row["Task"])
    sources |= _runs((shared_dir / "seed" / "000_ec4af2787da71b17.txt").read_text("utf-8"))
    shipped = list(EXPLANATIONS.values()) + [text for _name, text in SPANISH.values()]
    for path in sorted(FIXTURES.rglob("*.json")):
        shipped += _strings(json.loads(path.read_text(encoding="utf-8")))
    assert len(shipped) > 10_000
    copied = sorted({" ".join(run) for text in shipped for run in _runs(text) & sources})
    assert copied == []


def test_api_gives_every_figure_its_year_and_the_seed_figures_apart(client, default_data):
    ipm = client.get(f"/api/v1/careers/{IPM}/").json()
    assert (ipm["wages"]["year"], ipm["wages"]["median"]) == (2024, 121440.0)
    assert ipm["outlook"]["period"] == "2020-30"
    assert ipm["earlier_figures"]["wages"]["year"] == 2021
    assert ipm["earlier_figures"]["wages"]["median"] == 103150
    assert ipm["earlier_figures"]["outlook"]["period"] == "2021-31"
    assert [row["year"] for row in ipm["industries"]] == [2021] * 5
    assert len(ipm["qualities"]) == 4
    listed = client.get("/api/v1/careers/?q=Industrial Production Managers").json()["results"]
    assert listed[0]["wages"]["year"] == 2024 and listed[0]["outlook"]["period"] == "2020-30"
