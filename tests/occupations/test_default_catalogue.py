"""The embedded default catalogue: coverage, texts, safe reloading and exact agency facts."""

import csv
import importlib.util
import json
import re
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

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "fixtures"
CATALOGUE = json.loads((FIXTURES / "catalogue.json").read_text(encoding="utf-8"))
CODES = {entry["soc_code"] for entry in CATALOGUE}
IPM = "11-3051.00"
RUN = 8  # words in a row that count as copied text
WAGE_COLUMNS = {"median": "MEDIAN", "p10": "PCT10", "p25": "PCT25", "p75": "PCT75", "p90": "PCT90"}


def _build_script():
    spec = importlib.util.spec_from_file_location(
        "build_catalogue", REPO / "scripts" / "build_catalogue.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def _runs(text: str) -> set[tuple[str, ...]]:
    words = re.split(r"[^a-z]+", text.lower())
    words = [word for word in words if word]
    return {tuple(words[i : i + RUN]) for i in range(len(words) - RUN + 1)}


def _sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip()) if part]


def _texts(occupation: Occupation) -> dict[str, str]:
    texts = {"summary": occupation.summary, "work_environment": occupation.work_environment}
    texts |= {f"duty {duty.order}": duty.text for duty in occupation.duties.all()}
    for field in ("specialties", "schedules", "education", "experience", "training"):
        texts[field] = getattr(occupation, field)
    texts |= {"certifications": occupation.certifications, "outlook": occupation.outlook_text}
    texts |= {f"quality {q.name}": q.description for q in occupation.qualities.all()}
    return {name: text for name, text in texts.items() if text}


def _state() -> dict:
    return {
        model.__name__: sorted(model.objects.values_list(*fields))
        for model, fields in {
            Occupation: ("id", "soc_code", "updated_at"),
            Duty: ("id", "occupation_id", "order", "text"),
            Industry: ("id", "occupation_id", "order"),
            Quality: ("id", "occupation_id", "order"),
            InfoLink: ("id", "occupation_id", "order"),
            RelatedOccupation: ("id", "from_occupation_id", "to_occupation_id", "order"),
        }.items()
    }


def test_default_data_creates_every_catalogue_occupation(default_data):
    assert len(CATALOGUE) == 156
    assert set(Occupation.objects.values_list("soc_code", flat=True)) == CODES
    assert Occupation.objects.count() >= 151


def test_every_interest_area_leads_at_least_fifteen_occupations(default_data):
    first_letters = Counter(
        code[0] for code in Occupation.objects.values_list("high_point_code", flat=True)
    )
    assert set(first_letters) == set(LETTERS)
    assert min(first_letters.values()) >= 15


def test_every_job_zone_is_present(default_data):
    zones = set(Occupation.objects.values_list("job_zone", flat=True))
    assert zones == {1, 2, 3, 4, 5}


def test_every_occupation_has_a_short_summary_duties_and_catalogue_neighbours(default_data):
    occupations = Occupation.objects.prefetch_related("duties", "related_links__to_occupation")
    without_related = []
    for occupation in occupations:
        assert 1 <= len(_sentences(occupation.summary)) <= 3, occupation.soc_code
        assert occupation.work_environment, occupation.soc_code
        assert occupation.duties.count() >= 3, occupation.soc_code
        assert occupation.text_source == "careerquiz editors"
        assert occupation.slug
        related = [link.to_occupation.soc_code for link in occupation.related_links.all()]
        assert set(related) <= CODES
        entry = next(e for e in CATALOGUE if e["soc_code"] == occupation.soc_code)
        assert related == entry["related"]
        if not related:
            without_related.append(occupation.soc_code)
    # O*NET relates these two only to occupations outside the default catalogue.
    assert without_related == ["49-3023.00", "51-4121.00"]


def test_duties_and_related_links_keep_their_order(default_data):
    analysts = Occupation.objects.get(soc_code="15-1211.00")
    assert analysts.duties.first().text == (
        "Interview staff to learn how current systems support their work."
    )
    ipm = Occupation.objects.get(soc_code=IPM)
    assert [link.to_occupation.soc_code for link in ipm.related_links.all()] == [
        "11-1021.00",
        "13-1082.00",
        "11-9021.00",
        "51-1011.00",
        "43-5061.00",
        "49-1011.00",
    ]


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


def test_loading_runs_in_a_few_queries(db, django_assert_max_num_queries):
    # One bulk insert per table; SQLite splits each into batches of at most 999 parameters.
    with django_assert_max_num_queries(30):
        assert load_catalogue(fixtures_dir=FIXTURES) == len(CATALOGUE)


def test_industrial_production_managers_carry_the_seed_facts(default_data):
    ipm = Occupation.objects.get(soc_code=IPM)
    assert ipm.title == "Industrial Production Managers"
    assert ipm.slug == "industrial-production-managers"
    assert ipm.also_called == "plant managers"
    assert (ipm.employment, ipm.employment_year) == (203800, 2021)
    assert (ipm.wage_year, ipm.wage_unit) == (2021, "annual")
    assert ipm.wage_median == Decimal("103150")
    assert ipm.wage_p10 == Decimal("64150")
    assert ipm.wage_p90 == Decimal("170470")
    # The seed page omits the quartiles; these are the OEWS May 2021 values.
    assert (ipm.wage_p25, ipm.wage_p75) == (Decimal("80190"), Decimal("134130"))
    assert ipm.wage_top_coded == []
    assert [(i.name, i.share_percent, i.median_wage) for i in ipm.industries.all()] == [
        ("Transportation equipment manufacturing", 10, 119400),
        ("Fabricated metal product manufacturing", 10, 98490),
        ("Chemical manufacturing", 8, 125480),
        ("Machinery manufacturing", 7, 101870),
        ("Food manufacturing", 7, 98500),
    ]
    assert ipm.outlook_period == "2021-31"
    assert ipm.outlook_percent == Decimal("3")
    assert ipm.outlook_comparison == "slower"
    assert ipm.outlook_openings == 15400
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
    assert ipm.wage_source == "BLS Occupational Employment and Wage Statistics, May 2021"
    assert ipm.outlook_source == "BLS Employment Projections 2021-31"
    assert ipm.interest_source == "O*NET 29.3 Database (USDOL/ETA), CC BY 4.0"
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
    actors = Occupation.objects.get(soc_code="27-2011.00")
    assert (actors.wage_unit, actors.wage_median, actors.wage_p10) == (
        "hourly",
        Decimal("23.33"),
        Decimal("14"),
    )


@pytest.mark.parametrize(
    ("percent", "average", "words"),
    [
        # Projections BLS itself worded: industrial production managers 2021-31 ...
        ("3", "5", "slower"),
        # ... and 2020-30: software developers, web developers, lawyers, programmers.
        ("22.2", "7.7", "much-faster"),
        ("12.8", "7.7", "faster"),
        ("9.0", "7.7", "average"),
        ("-9.9", "7.7", "decline"),
        ("1.4", "7.7", "little-change"),
        ("-1.4", "7.7", "little-change"),
        ("5.4", "7.7", "slower"),
        ("6.5", "7.7", "average"),
        ("14.4", "7.7", "faster"),
        ("14.5", "7.7", "much-faster"),
    ],
)
def test_outlook_words_follow_the_bands_around_the_period_average(percent, average, words):
    comparison = _build_script().outlook_comparison
    assert comparison(Decimal(percent), Decimal(average)) == words


# Against the agencies' real files (CAREERQUIZ_SHARED).


@pytest.mark.shared
def test_fixture_is_what_the_build_script_makes_from_the_agency_files(shared_dir):
    assert _build_script().build(shared_dir) == CATALOGUE


@pytest.mark.shared
def test_codes_titles_profiles_and_job_zones_equal_onet(shared_dir, default_data):
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
    for occupation in Occupation.objects.all():
        code = occupation.soc_code
        assert occupation.title == titles[code]
        assert occupation.interests == profiles[code], code
        ranks = [
            points[code][f"{rank} Interest High-Point"] for rank in ("First", "Second", "Third")
        ]
        assert occupation.high_point_code == "".join(LETTERS[n - 1] for n in ranks if n), code
        assert occupation.job_zone == zones[code]


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
    hourly = 0
    for occupation in Occupation.objects.exclude(soc_code=IPM):
        row = oews[occupation.soc_code[:7]]
        assert occupation.employment == row["TOT_EMP"], occupation.soc_code
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
    assert hourly == 4


@pytest.mark.shared
def test_outlook_equals_bls_projections_2020_30(shared_dir, default_data):
    path = shared_dir / "bls-ep" / "occupation-projections-2020-30.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = {row["Occupation Code"].strip('="'): row for row in csv.DictReader(handle)}
    for occupation in Occupation.objects.exclude(soc_code=IPM):
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


@pytest.mark.shared
def test_industrial_production_managers_figures_are_on_the_seed_page(shared_dir, default_data):
    page = (shared_dir / "seed" / "000_ec4af2787da71b17.txt").read_text(encoding="utf-8")
    page = re.sub(r"\s+", " ", page)
    ipm = Occupation.objects.get(soc_code=IPM)
    assert f"about {ipm.employment:,} jobs in {ipm.employment_year}" in page
    assert f"${ipm.wage_median:,.0f} in May {ipm.wage_year}" in page
    assert f"less than ${ipm.wage_p10:,.0f}" in page
    assert f"more than ${ipm.wage_p90:,.0f}" in page
    assert f"grow {ipm.outlook_percent:.0f} percent from 2021 to 2031, slower than" in page
    assert f"about {ipm.outlook_openings:,} openings" in page
    for industry in ipm.industries.all():
        assert re.search(rf"{industry.name} {industry.share_percent:.0f}\b", page)
        assert re.search(rf"{industry.name} \$?{industry.median_wage:,.0f}\b", page)


@pytest.mark.shared
def test_texts_share_no_eight_word_run_with_onet_or_the_seed_page(shared_dir, default_data):
    folder = shared_dir / "onet-29.3"
    sources: dict[str, set] = {code: set() for code in CODES}
    for row in _tsv(folder / "Occupation Data.txt"):
        if row["O*NET-SOC Code"] in sources:
            sources[row["O*NET-SOC Code"]] |= _runs(row["Description"])
    for row in _tsv(folder / "Task Statements.txt"):
        if row["O*NET-SOC Code"] in sources:
            sources[row["O*NET-SOC Code"]] |= _runs(row["Task"])
    seed = (shared_dir / "seed" / "000_ec4af2787da71b17.txt").read_text(encoding="utf-8")
    sources[IPM] |= _runs(seed)
    copied = []
    occupations = Occupation.objects.prefetch_related("duties", "qualities")
    for occupation in occupations:
        for name, text in _texts(occupation).items():
            shared = _runs(text) & sources[occupation.soc_code]
            if shared:
                copied.append((occupation.soc_code, name, " ".join(sorted(shared)[0])))
    assert copied == []
