from decimal import Decimal

import pytest
from django.core.cache import cache

from occupations.models import Duty, Industry, InfoLink, Occupation, Quality, RelatedOccupation

# Four careers with known profiles, so that rankings and fits have exact expected values.
CAREERS = [
    # soc_code, title, code, job_zone, R I A S E C
    ("99-0001.00", "Bicycle Mechanics", "RC", 2, (7, 2, 1, 1, 2, 4)),
    ("99-0002.00", "Sales Managers", "EC", 4, (1, 2, 1, 3, 7, 5)),
    ("99-0003.00", "Art Teachers", "SA", 4, (1, 2, 6, 7, 3, 2)),
    ("99-0004.00", "Field Geologists", "IR", 5, (5, 7, 2, 1, 2, 3)),
]

# The test careers have no BLS figures: empty, with no year or period to show.
NO_FIGURES = {
    "wages": {"median": None, "unit": "annual", "year": None, "display": ""},
    "outlook": {"period": "", "percent_change": None, "openings": None, "comparison": ""},
    "bright_outlook": False,
}


@pytest.fixture(autouse=True)
def _fresh_rate_limit_counts():
    cache.clear()


@pytest.fixture
def careers(default_data) -> dict[str, Occupation]:
    """Areas and questionnaires by default, and only the four careers above."""
    Occupation.objects.all().delete()
    created = {}
    for soc_code, title, code, zone, profile in CAREERS:
        created[soc_code] = Occupation.objects.create(
            soc_code=soc_code,
            title=title,
            slug=title.lower().replace(" ", "-"),
            high_point_code=code,
            job_zone=zone,
            **{
                f"interest_{letter}": Decimal(value)
                for letter, value in zip("riasec", profile, strict=True)
            },
        )
    return created


@pytest.fixture
def mechanic(careers) -> Occupation:
    """A whole record: texts, wages with a top-coded percentile, outlook, lists, sources."""
    occupation = careers["99-0001.00"]
    Occupation.objects.filter(pk=occupation.pk).update(
        summary="Keep bicycles safe and running.",
        also_called="bike mechanics",
        alternate_titles="Bike Technician\nCycle Repairer",
        everyday_names="bike fixer",
        alternate_titles_es="bicicletero\n\nmecánico de bicis",
        interest_r=Decimal("6.67"),
        employment=12340,
        employment_year=2024,
        wage_year=2024,
        wage_unit="annual",
        wage_median=Decimal("41230.00"),
        wage_p10=Decimal("30100.00"),
        wage_p25=Decimal("35000.00"),
        wage_p75=Decimal("50010.00"),
        wage_p90=Decimal("239200.00"),
        wage_top_coded=["wage_p90"],
        outlook_period="2020-30",
        outlook_employment=15000,
        outlook_percent=Decimal("4.5"),
        outlook_comparison="slower",
        outlook_openings=1700,
        text_source="careerquiz editors",
        interest_source="O*NET 29.3 Database (USDOL/ETA), CC BY 4.0",
        wage_source="BLS Occupational Employment and Wage Statistics, May 2024",
    )
    Duty.objects.create(occupation=occupation, order=1, text="Fit new tyres.")
    Duty.objects.create(occupation=occupation, order=0, text="Adjust brakes and gears.")
    Industry.objects.create(
        occupation=occupation, name="Sporting goods stores", share_percent=Decimal("61.5")
    )
    Quality.objects.create(occupation=occupation, name="Patience", description="Small parts.")
    InfoLink.objects.create(
        occupation=occupation, organisation="A guild", url="https://guild.example/"
    )
    RelatedOccupation.objects.create(
        from_occupation=occupation, to_occupation=careers["99-0004.00"], order=0
    )
    occupation.refresh_from_db()
    return occupation


def answers_by_area(slug: str, values: dict[str, int]) -> dict[str, int]:
    """A complete set of answers giving every item of an area the same value."""
    from tests.quiz.conftest import form_items

    items = form_items(slug)
    return {str(item.pk): values[item.area.letter] for item in items}


def post_json(client, url: str, data, **extra):
    import json

    body = data if isinstance(data, str | bytes) else json.dumps(data)
    return client.post(url, body, content_type="application/json", **extra)
