"""The career list (/careers/) and career pages (/careers/<slug>/)."""

import html as html_lib
import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.text import slugify

from careerquiz.defaults import FIXTURES_DIR
from occupations.defaults import load_areas
from occupations.models import (
    Duty,
    Industry,
    InfoLink,
    Occupation,
    Quality,
    RelatedOccupation,
)
from occupations.services import occupation_save

ONET_CREDIT = (
    "O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training "
    "Administration (USDOL/ETA), used under the CC BY 4.0 license"
)
SEED_SECTIONS = [
    "What they do",
    "Work environment",
    "Work schedules",
    "How to become one",
    "Personality and interests",
    "Important qualities",
    "Pay",
    "Job outlook",
    "Related careers",
    "More information",
    "Data sources",
]
LIST = reverse("occupations:list")
HIGH_SCHOOL = "High school diploma or equivalent"


def text_of(page: str) -> str:
    """A page's visible words, tags removed and whitespace collapsed."""
    page = re.sub(r"<(script|style|svg)\b.*?</\1>", " ", page, flags=re.S)
    return re.sub(r"\s+", " ", html_lib.unescape(re.sub(r"<[^>]+>", " ", page))).strip()


def headings(page: str, level: int = 2) -> list[str]:
    return [text_of(h) for h in re.findall(rf"<h{level}\b[^>]*>(.*?)</h{level}>", page, re.S)]


def get(client, url: str, **params) -> str:
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def make(title: str, soc_code: str, **fields) -> Occupation:
    if "high_point_code" in fields or "job_zone" in fields:
        fields.setdefault("interest_source", "O*NET 29.3 Database (USDOL/ETA), CC BY 4.0")
    return Occupation.objects.create(title=title, soc_code=soc_code, slug=slugify(title), **fields)


def listed(page: str) -> list[str]:
    """Career titles in the order the list shows them, as people read them."""
    titles = re.findall(r'<th scope="row"[^>]*><a href="[^"]+">([^<]+)</a>', page)
    return [html_lib.unescape(title) for title in titles]


def assert_no_empty_output(page: str) -> None:
    visible = text_of(page)
    assert "None" not in visible
    assert "$0" not in visible
    for section in re.findall(r"<section\b.*?</section>", page, re.S):
        body = re.sub(r"<h2\b.*?</h2>", "", section, flags=re.S)
        assert text_of(body), f"empty section: {section[:120]}"


def assert_csp_safe(page: str) -> None:
    assert "style=" not in page
    assert "<style" not in page
    for tag in re.findall(r"<script\b[^>]*>", page):
        assert "src=" in tag


@pytest.fixture(autouse=True)
def _page_cache_off(settings):
    """These tests edit records directly and look again: every view is a first view."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def areas(db):
    load_areas(fixtures_dir=FIXTURES_DIR)


@pytest.fixture
def ipm(areas) -> Occupation:
    """Industrial Production Managers with the seed page's facts, built without the catalogue."""
    occupation = make(
        "Industrial Production Managers",
        "11-3051.00",
        also_called="plant managers",
        alternate_titles="Plant Manager\nManufacturing Manager",
        summary="They run the day-to-day work of factories.",
        specialties="Some of them, known as quality control systems managers, check products.",
        work_environment="They split their days between an office and the plant floor.",
        employment=203800,
        employment_year=2021,
        schedules="Most work full time.",
        entry_education="Bachelor's degree",
        work_experience="5 years or more",
        job_training="None",
        education="A degree in business or engineering is common.",
        experience="Many start on the production line.",
        training="New managers learn the plant's processes.",
        certifications="The American Society for Quality (ASQ) offers Six Sigma credentials.",
        interest_r=Decimal("4.23"),
        interest_i=Decimal("2.94"),
        interest_a=Decimal("1.33"),
        interest_s=Decimal("1.83"),
        interest_e=Decimal("5.92"),
        interest_c=Decimal("5.29"),
        high_point_code="ECR",
        job_zone=4,
        wage_year=2021,
        wage_median=Decimal("103150"),
        wage_p10=Decimal("64150"),
        wage_p90=Decimal("170470"),
        outlook_period="2021-31",
        outlook_percent=Decimal("3"),
        outlook_comparison="slower",
        outlook_openings=15400,
        text_source="careerquiz editors",
        interest_source="O*NET 29.3 Database (USDOL/ETA), CC BY 4.0",
        wage_source="BLS Occupational Employment and Wage Statistics, May 2021",
        outlook_source="BLS Employment Projections 2021-31",
    )
    Duty.objects.create(occupation=occupation, order=0, text="Plan how the plant meets its goals")
    industries = [
        ("Transportation equipment manufacturing", 10, 119400),
        ("Fabricated metal product manufacturing", 10, 98490),
        ("Chemical manufacturing", 8, 125480),
        ("Machinery manufacturing", 7, 101870),
        ("Food manufacturing", 7, 98500),
    ]
    for order, (name, share, wage) in enumerate(industries):
        Industry.objects.create(
            occupation=occupation, order=order, name=name, share_percent=share, median_wage=wage
        )
    qualities = ["Interpersonal skills", "Leadership skills", "Problem-solving skills"]
    for order, name in enumerate([*qualities, "Time-management skills"]):
        Quality.objects.create(occupation=occupation, order=order, name=name, description="Yes.")
    for order, (name, url) in enumerate(
        [
            ("American Society for Quality", "https://asq.org/"),
            ("National Association of Manufacturers", "https://nam.org/"),
        ]
    ):
        InfoLink.objects.create(occupation=occupation, order=order, organisation=name, url=url)
    other = make("First-Line Supervisors of Production Workers", "51-1011.00")
    RelatedOccupation.objects.create(from_occupation=occupation, to_occupation=other)
    return occupation


def assert_seed_industries(words: str) -> None:
    """The seed's industries: shares in its order, medians from highest to lowest."""
    for row in [
        "Transportation equipment manufacturing 10%",
        "Fabricated metal product manufacturing 10%",
        "Chemical manufacturing 8%",
        "Machinery manufacturing 7%",
        "Food manufacturing 7%",
    ]:
        assert row in words
    pay_rows = [
        "Chemical manufacturing $125,480",
        "Transportation equipment manufacturing $119,400",
        "Machinery manufacturing $101,870",
        "Food manufacturing $98,500",
        "Fabricated metal product manufacturing $98,490",
    ]
    positions = [words.index(row) for row in pay_rows]
    assert positions == sorted(positions)


def assert_seed_facts(page: str) -> None:
    words = text_of(page)
    assert headings(page, 1) == ["Industrial Production Managers"]
    assert headings(page) == SEED_SECTIONS
    assert "Also called plant managers" in words
    assert "quality control systems managers" in words
    assert "There were 203,800 jobs in 2021" in words
    assert_seed_industries(words)
    assert "Typical education to start Bachelor's degree" in words
    assert "Typical on-the-job training Not usually needed" in words
    assert "ASQ" in words and "Six Sigma" in words
    assert "Persuading and Organizing (Enterprising and Conventional)" in words
    assert "Job Zone 4: Considerable preparation needed" in words
    for quality in [
        "Interpersonal skills",
        "Leadership skills",
        "Problem-solving skills",
        "Time-management skills",
    ]:
        assert quality in words
    assert "Median annual wage in May 2021: $103,150" in words
    assert "10th percentile $64,150" in words
    assert "90th percentile $170,470" in words
    assert (
        "projected to grow 3 percent from 2021 to 2031. "
        "That is slower than the average for all occupations." in words
    )
    assert "About 15,400 openings a year" in words
    assert "American Society for Quality" in words
    assert "National Association of Manufacturers" in words
    assert ONET_CREDIT in words
    assert "U.S. Bureau of Labor Statistics" in words
    assert_no_empty_output(page)
    assert_csp_safe(page)


def test_career_page_shows_every_seed_fact_in_the_seed_order(client, ipm):
    page = get(client, ipm.get_absolute_url())
    assert_seed_facts(page)
    assert 'href="/careers/first-line-supervisors-of-production-workers/"' in page


def test_default_catalogue_career_page_keeps_the_seed_facts_as_labelled_earlier_figures(
    client, default_data
):
    assert Occupation.objects.count() == 1016
    ipm = Occupation.objects.get(soc_code="11-3051.00")
    page = get(client, ipm.get_absolute_url())
    words = text_of(page)
    assert headings(page) == [*SEED_SECTIONS[:8], "Earlier figures (2021)", *SEED_SECTIONS[8:]]
    # The figures every career has: OEWS May 2024 and the 2020-30 projections ...
    assert "There were 234,380 jobs in 2024" in words
    assert "Median annual wage in May 2024: $121,440" in words
    assert "projected to grow 5.3 percent from 2020 to 2030" in words
    assert "About 13,900 openings a year" in words
    # ... and every figure of the seed page, each with its year or period.
    earlier = words[words.index("Earlier figures (2021)") :]
    assert "203,800 jobs in 2021" in earlier
    assert (
        "Median annual wage in May 2021: $103,150; the lowest 10 percent earned less than "
        "$64,150 and the highest 10 percent more than $170,470 (middle half: $80,190 to "
        "$134,130)" in earlier
    )
    assert (
        "Projected change from 2021 to 2031: grow 3 percent (slower than average), with about "
        "15,400 openings a year" in earlier
    )
    assert_seed_industries(words)
    assert "each industry's share of the occupation's jobs in 2021" in words
    assert "industries employing the most industrial production managers, May 2021" in words
    for quality in ["Interpersonal skills", "Leadership skills", "Time-management skills"]:
        assert quality in words
    assert "Also called plant managers" in words
    assert ONET_CREDIT in words
    assert_no_empty_output(page)
    assert_csp_safe(page)


def test_no_default_career_page_shows_none_zero_or_an_empty_section(client, default_data):
    for occupation in Occupation.objects.all():
        page = get(client, occupation.get_absolute_url())
        assert headings(page, 1) == [occupation.title]
        assert_no_empty_output(page)
        assert_csp_safe(page)


def test_profile_chart_has_the_six_values_as_text_and_a_hidden_svg(client, ipm):
    page = get(client, ipm.get_absolute_url())
    words = text_of(page)
    for row in [
        "Building (Realistic) 4.23",
        "Thinking (Investigative) 2.94",
        "Creating (Artistic) 1.33",
        "Helping (Social) 1.83",
        "Persuading (Enterprising) 5.92",
        "Organizing (Conventional) 5.29",
    ]:
        assert row in words
    chart = re.search(r'<svg viewBox="0 0 240 140"[^>]*>', page)[0]
    assert 'aria-hidden="true"' in chart
    # Enterprising (5.92) is 82 of 100 units tall on the 1-7 scale.
    assert 'height="82.0" fill="#b3261e"' in page


def test_a_career_with_almost_no_data_shows_only_its_title(client, areas):
    occupation = make(
        "Mystery Workers",
        "99-9999.00",
        job_training="None",
        wage_median=Decimal("0"),
        outlook_comparison="",
    )
    page = get(client, occupation.get_absolute_url())
    assert headings(page, 1) == ["Mystery Workers"]
    assert "Typical on-the-job training Not usually needed" in text_of(page)
    assert headings(page) == ["How to become one"]
    assert_no_empty_output(page)
    occupation.job_training = ""
    occupation.save()
    page = get(client, occupation.get_absolute_url())
    assert headings(page) == []
    assert ONET_CREDIT not in text_of(page)
    assert_no_empty_output(page)


def test_hourly_and_top_coded_wages_read_as_such(client, areas):
    hourly = make(
        "Actors",
        "27-2011.00",
        wage_unit="hourly",
        wage_year=2024,
        wage_median=Decimal("23.45"),
        wage_p10=Decimal("12.50"),
        wage_p90=Decimal("115.00"),
        wage_top_coded=["wage_p90"],
    )
    top = make(
        "Chief Executives",
        "11-1011.00",
        wage_year=2024,
        wage_median=Decimal("206420"),
        wage_p75=Decimal("239200"),
        wage_p90=Decimal("239200"),
        wage_top_coded=["wage_p75", "wage_p90"],
    )
    Industry.objects.create(occupation=hourly, name="Theatre", median_wage=Decimal("30.10"))
    words = text_of(get(client, hourly.get_absolute_url()))
    assert "Median hourly wage in May 2024: $23.45 per hour" in words
    assert "90th percentile $115.00 per hour or more" in words
    assert "Theatre $30.10 per hour" in words
    words = text_of(get(client, top.get_absolute_url()))
    assert "Median annual wage in May 2024: $206,420" in words
    assert "75th percentile $239,200 or more" in words
    assert "90th percentile $239,200 or more" in words
    words = text_of(get(client, LIST))
    assert "Actors 23.45" not in words
    assert "$23.45 per hour" in words
    assert "$206,420" in words


def test_outlook_reads_a_decline_and_little_change(client, areas):
    falling = make(
        "Word Processors",
        "43-9022.00",
        outlook_period="2020-30",
        outlook_percent=Decimal("-36.1"),
        outlook_comparison="decline",
    )
    words = text_of(get(client, falling.get_absolute_url()))
    assert "projected to shrink 36.1 percent from 2020 to 2030. That is a decline" in words
    assert "openings" not in words


@pytest.fixture
def catalogue(areas):
    """Five careers that differ in every way the list can filter or sort by."""
    rows = [
        ("Accountants", "13-2011.00", "CEI", 4, "annual", "79880", "4.0"),
        ("Bakers", "51-3011.00", "RCE", 2, "annual", "35450", None),
        ("Cashiers", "41-2011.00", "CES", 1, "hourly", "14.25", "-10.0"),
        ("Dentists", "29-1021.00", "ISR", 5, "annual", None, "3.0"),
        ("Sales Managers", "11-2022.00", "EC", 4, "annual", "150000", "7.0"),
    ]
    for title, code, letters, zone, unit, median, change in rows:
        make(
            title,
            code,
            high_point_code=letters,
            job_zone=zone,
            wage_unit=unit,
            wage_median=Decimal(median) if median else None,
            outlook_percent=Decimal(change) if change else None,
            alternate_titles="Pastry Chef" if title == "Bakers" else "",
        )


def test_list_shows_every_career_with_code_names_zone_and_pay(client, catalogue):
    page = get(client, LIST)
    words = text_of(page)
    assert "5 careers" in words
    assert listed(page) == ["Accountants", "Bakers", "Cashiers", "Dentists", "Sales Managers"]
    assert "Sales Managers EC Persuading and Organizing 4: Considerable preparation needed" in words
    assert "$150,000" in words
    assert "Dentists ISR Thinking, Helping and Building 5: Extensive preparation needed" in words
    assert "Not published" in words
    assert ONET_CREDIT in words
    assert_no_empty_output(page)
    assert_csp_safe(page)


@pytest.mark.parametrize(
    ("language", "columns"),
    [
        ("en", ["Holland code", "Job Zone", "Median pay", "Job growth"]),
        ("es", ["Código Holland", "Zona laboral", "Salario mediano", "Crecimiento del empleo"]),
    ],
)
def test_each_cell_is_labelled_with_its_column_heading(client, catalogue, language, columns):
    page = get(client.__class__(HTTP_ACCEPT_LANGUAGE=language), LIST)
    header = re.search(r"<thead\b.*?</thead>", page, re.S).group(0)
    assert [text_of(cell) for cell in re.findall(r"<th\b.*?</th>", header, re.S)][1:] == columns
    rows = re.findall(r"<tr role=\"row\"><th scope=\"row\".*?</tr>", page, re.S)
    assert len(rows) == 5
    for row in rows:
        assert re.findall(r'data-label="([^"]+)"', row) == columns


@pytest.mark.parametrize(
    ("params", "titles"),
    [
        ({"q": "baker"}, ["Bakers"]),
        ({"q": "pastry"}, ["Bakers"]),
        ({"q": "29-1021"}, ["Dentists"]),
        ({"area": "Persuading"}, ["Accountants", "Bakers", "Cashiers", "Sales Managers"]),
        ({"area": "helping"}, ["Cashiers", "Dentists"]),
        ({"area": "Social"}, ["Cashiers", "Dentists"]),
        ({"code": "EC"}, ["Sales Managers"]),
        ({"code": "ce"}, ["Accountants", "Cashiers"]),
        ({"job_zone": "4"}, ["Accountants", "Sales Managers"]),
        ({"area": "Organizing", "job_zone": "4", "code": "C"}, ["Accountants"]),
        (
            {"area": "Persuading", "sort": "pay"},
            ["Sales Managers", "Accountants", "Bakers", "Cashiers"],
        ),
    ],
)
def test_search_and_filters_narrow_the_list(client, catalogue, params, titles):
    page = get(client, LIST, **params)
    assert listed(page) == titles
    count = len(titles)
    assert f"{count} career{'s' if count != 1 else ''}" in text_of(page)


@pytest.mark.parametrize(
    ("sort", "titles"),
    [
        ("title", ["Accountants", "Bakers", "Cashiers", "Dentists", "Sales Managers"]),
        # Hourly pay counts as 2,080 hours a year: $14.25 is $29,640 a year.
        ("pay", ["Sales Managers", "Accountants", "Bakers", "Cashiers", "Dentists"]),
        ("outlook", ["Sales Managers", "Accountants", "Dentists", "Cashiers", "Bakers"]),
    ],
)
def test_sorting_by_title_pay_and_outlook_puts_missing_values_last(client, catalogue, sort, titles):
    assert listed(get(client, LIST, sort=sort)) == titles


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"area": "Dancing"}, "There is no interest area called “Dancing”"),
        ({"code": "XYZ"}, "A Holland code is one to three different letters"),
        ({"code": "EE"}, "A Holland code is one to three different letters"),
        ({"job_zone": "9"}, "Job Zone must be a number from 1 to 5."),
        ({"job_zone": "'; DROP TABLE"}, "Job Zone must be a number from 1 to 5."),
        ({"sort": "salary"}, "Sort by best match, title, pay or outlook."),
        ({"q": "x" * 101}, "at most 100 characters"),
    ],
)
def test_invalid_filters_are_explained_and_ignored(client, catalogue, params, message):
    page = get(client, LIST, **params)
    words = text_of(page)
    assert message in words
    assert "the list ignores them" in words
    assert len(listed(page)) == 5


def test_a_valid_filter_still_applies_next_to_an_invalid_one(client, catalogue):
    page = get(client, LIST, job_zone="4", area="Dancing")
    assert listed(page) == ["Accountants", "Sales Managers"]


def test_empty_result_says_so_and_offers_the_whole_list(client, catalogue):
    page = get(client, LIST, q="astronaut")
    words = text_of(page)
    assert "0 careers" in words
    assert "No careers match these choices" in words
    assert listed(page) == []


def test_a_link_leads_past_the_filters_to_the_careers_found(client, catalogue):
    to_list = '<a href="#results-heading">{}</a>'
    assert to_list.format("Go to the 2 careers") in get(client, LIST, job_zone="4")
    assert to_list.format("Go to the career") in get(client, LIST, q="accountant")
    assert 'href="#results-heading"' not in get(client, LIST, q="astronaut")
    spanish = client.get(LIST, {"job_zone": "4"}, HTTP_ACCEPT_LANGUAGE="es").content.decode()
    assert to_list.format("Ir a las 2 carreras") in spanish


def many(count: int, **fields) -> list[Occupation]:
    return [
        make(f"Career {number:02d}", f"99-{number:04d}.00", **fields)
        for number in range(1, count + 1)
    ]


def test_pagination_shows_25_a_page_and_keeps_the_filters(client, areas):
    many(30, job_zone=3, high_point_code="SA")
    make("Outsider", "98-0001.00", job_zone=2)
    page = get(client, LIST, job_zone="3", sort="title")
    assert "30 careers" in text_of(page)
    assert listed(page) == [f"Career {n:02d}" for n in range(1, 26)]
    assert "Page 1 of 2" in text_of(page)
    assert 'href="?job_zone=3&amp;sort=title&amp;page=2"' in page
    page = get(client, LIST, job_zone="3", sort="title", page="2")
    assert listed(page) == [f"Career {n:02d}" for n in range(26, 31)]
    assert 'href="?job_zone=3&amp;sort=title&amp;page=1"' in page
    # A page number out of range or not a number shows a real page instead of an error.
    assert listed(get(client, LIST, job_zone="3", page="99")) == listed(page)
    assert listed(get(client, LIST, job_zone="3", page="two"))[0] == "Career 01"


def test_filter_form_is_a_plain_get_form_that_remembers_its_values(client, catalogue):
    page = get(client, LIST, q="bak", area="Building", code="rc", job_zone="2", sort="pay")
    assert re.search(r'<form method="get" action="/careers/"', page)
    assert 'value="bak"' in page
    assert '<option value="Building" selected>' in page
    assert 'value="rc"' in page
    assert '<option value="2" selected>' in page
    assert '<option value="pay" selected>' in page
    assert listed(page) == ["Bakers"]


def queries(client, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


def test_list_page_costs_the_same_queries_for_1_or_30_careers(
    client, areas, django_assert_max_num_queries
):
    make("Lonely Career", "97-0001.00", high_point_code="R", job_zone=1)
    client.get(LIST)  # looks up the catalogue's O*NET releases for the credit, once
    one = queries(client, LIST)
    many(30, high_point_code="ECR", job_zone=4, wage_median=Decimal("50000"))
    assert queries(client, LIST) == one
    assert queries(client, f"{LIST}?page=2&sort=pay") == one
    # Areas, the count and the page of careers.
    with django_assert_max_num_queries(3):
        client.get(LIST, {"area": "Persuading", "sort": "outlook"})


def test_career_page_costs_the_same_queries_however_rich_it_is(
    client, ipm, django_assert_max_num_queries
):
    sparse = make("Sparse Career", "96-0001.00")
    rich_page_queries = queries(client, ipm.get_absolute_url())
    assert queries(client, sparse.get_absolute_url()) == rich_page_queries
    others = many(30)
    for order, other in enumerate(others):
        RelatedOccupation.objects.create(from_occupation=ipm, to_occupation=other, order=order)
        Duty.objects.create(occupation=ipm, order=order + 1, text=f"Duty {order}")
        Quality.objects.create(occupation=ipm, order=order + 9, name=f"Q{order}", description="x")
        Industry.objects.create(occupation=ipm, order=order + 9, name=f"I{order}", share_percent=1)
    assert queries(client, ipm.get_absolute_url()) == rich_page_queries
    # The career and its five lists, and the interest areas.
    with django_assert_max_num_queries(7):
        client.get(ipm.get_absolute_url())


def test_unknown_career_is_a_404(client, areas):
    assert client.get(reverse("occupations:detail", args=["no-such-career"])).status_code == 404


def test_about_page_credits_onet_and_bls(client, ipm):
    page = get(client, reverse("about"))
    words = text_of(page)
    assert headings(page, 1) == ["About careerquiz"]
    assert 'id="data"' in page
    assert ONET_CREDIT in words
    assert 'href="https://creativecommons.org/licenses/by/4.0/"' in page
    assert "public-domain U.S. Bureau of Labor Statistics data" in words
    assert "Occupational Employment and Wage Statistics" in words
    assert "Employment Projections" in words
    assert "Privacy" in headings(page)
    assert_csp_safe(page)


def test_a_cached_career_page_shows_staff_edits_at_once(client, ipm, settings):
    settings.PAGE_CACHE_SECONDS = 60
    url = ipm.get_absolute_url()
    first = client.get(url)
    assert "Industrial Production Managers" in first.content.decode()
    assert client.get(url, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304
    ipm.summary = "A freshly edited summary."
    occupation_save(occupation=ipm, changed_fields=["summary"])
    edited = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert edited.status_code == 200
    assert "A freshly edited summary." in edited.content.decode()
    assert edited["ETag"] != first["ETag"]
    # Headers of the first rendering are kept by the cached copy.
    assert client.get(url)["Content-Type"] == edited["Content-Type"]


def test_the_list_pay_column_names_each_wage_unit_and_year(client, areas):
    make("Actors", "27-2011.00", wage_unit="hourly", wage_year=2024, wage_median=Decimal("23.45"))
    make("Chief Executives", "11-1011.00", wage_year=2023, wage_median=Decimal("206420"))
    page = get(client, LIST)
    words = text_of(page)
    assert "Median pay (year)" not in words  # an hourly wage is not a yearly one
    assert "Median pay Job growth" in words
    assert "Actors Not rated Not rated $23.45 per hour (May 2024)" in words
    assert "Chief Executives Not rated Not rated $206,420 (May 2023)" in words


@pytest.mark.parametrize(
    "code", ["XYZ", "ABCD", "EEC", "e1"], ids=["letters", "too-long", "repeated", "digit"]
)
def test_a_bad_holland_code_filter_says_why_it_was_ignored(client, catalogue, code):
    words = text_of(get(client, LIST, code=code))
    assert (
        "Some of your choices could not be used, so the list ignores them: Holland code starts "
        "with: A Holland code is one to three different letters from R, I, A, S, E and C, for "
        "example EC." in words
    )
    assert "5 careers" in words


def test_list_and_search_on_the_whole_default_catalogue_cost_a_few_queries(
    client, default_data, django_assert_max_num_queries
):
    # The catalogue's freshness key, areas, the count and the page of careers.
    for params in [
        {},
        {"q": "manager", "sort": "pay"},
        {"education": "2", "bright": "on", "sort": "outlook", "page": "2"},
        {"area": "Helping", "job_zone": "3", "q": "29-"},
    ]:
        with django_assert_max_num_queries(4):
            assert client.get(LIST, params).status_code == 200


def test_list_filters_by_education_and_bright_outlook_and_dates_its_figures(client, default_data):
    page = get(client, LIST, education="2", bright="on", sort="outlook")
    # The rule in Python, apart from the SQL of the list: growth much faster than average or
    # 100,000 openings a year, and at most a high school diploma to start.
    expected = sorted(
        (
            o
            for o in Occupation.objects.all()
            if (o.outlook_comparison == "much-faster" or (o.outlook_openings or 0) >= 100_000)
            and o.entry_education in ("No formal educational credential", HIGH_SCHOOL)
        ),
        key=lambda o: (-o.outlook_percent, o.title, o.soc_code),
    )
    words = text_of(page)
    assert f"{len(expected)} careers" in words
    first = expected[0]
    assert first.title in words
    assert "Bright outlook" in words
    assert f"(May {first.wage_year})" in words
    assert f"{first.outlook_percent:+}% (2020-30)" in words
    errors = text_of(get(client, LIST, education="9"))
    assert "Education must be a number from 1 to 8." in errors


def test_bright_outlook_is_marked_and_explained_on_a_career_page(client, default_data):
    developers = Occupation.objects.get(soc_code="15-1252.00")
    words = text_of(get(client, developers.get_absolute_url()))
    assert (
        "Bright outlook Jobs are projected to grow much faster than average from 2020 to 2030."
        in words
    )
    about = text_of(get(client, reverse("about")))
    assert "at least 100,000 openings a year" in about
    assert "the average is 7.7 percent" in about
