from decimal import Decimal

import pytest

from occupations.credits import BLS_ATTRIBUTION, ONET_ATTRIBUTION
from occupations.models import Occupation

pytestmark = pytest.mark.django_db


def soc_codes(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [career["soc_code"] for career in response.json()["results"]]


def test_careers_list_in_title_order_with_summary_fields(client, mechanic):
    response = client.get("/api/v1/careers/")
    body = response.json()
    assert body["count"] == 4
    assert [c["title"] for c in body["results"]] == [
        "Art Teachers",
        "Bicycle Mechanics",
        "Field Geologists",
        "Sales Managers",
    ]
    assert body["results"][1] == {
        "soc_code": "99-0001.00",
        "title": "Bicycle Mechanics",
        "slug": "bicycle-mechanics",
        "url": "http://testserver/careers/bicycle-mechanics/",
        "code": "RC",
        "job_zone": 2,
        "median_wage": 41230.0,
        "wage_unit": "annual",
        "wages": {"median": 41230.0, "unit": "annual", "year": 2024, "display": "$41,230"},
        "outlook": {
            "period": "2020-30",
            "percent_change": 4.5,
            "openings": 1700,
            "comparison": "slower",
        },
        "bright_outlook": False,
        "entry_education": "",
    }
    assert body["results"][0]["median_wage"] is None


def test_careers_search_and_filters(client, careers):
    assert soc_codes(client.get("/api/v1/careers/?q=geolog")) == ["99-0004.00"]
    assert soc_codes(client.get("/api/v1/careers/?q=99-0002")) == ["99-0002.00"]
    # area: the letter anywhere in the code; code: the code's first letters.
    assert soc_codes(client.get("/api/v1/careers/?area=C")) == ["99-0001.00", "99-0002.00"]
    assert soc_codes(client.get("/api/v1/careers/?code=e")) == ["99-0002.00"]
    assert soc_codes(client.get("/api/v1/careers/?code=IR")) == ["99-0004.00"]
    assert soc_codes(client.get("/api/v1/careers/?job_zone=4")) == ["99-0003.00", "99-0002.00"]
    assert soc_codes(client.get("/api/v1/careers/?job_zone=4&area=A")) == ["99-0003.00"]
    assert soc_codes(client.get("/api/v1/careers/?q=nothing-like-this")) == []


def test_careers_pages_with_limit_and_offset(client, careers):
    page = client.get("/api/v1/careers/?limit=2&offset=1").json()
    assert page["count"] == 4
    assert [c["title"] for c in page["results"]] == ["Bicycle Mechanics", "Field Geologists"]
    past_the_end = client.get("/api/v1/careers/?offset=10").json()
    assert past_the_end == {"count": 4, "results": []}


def test_careers_list_rejects_bad_parameters_naming_each(client, careers):
    response = client.get(
        "/api/v1/careers/?area=Q&code=XYZW&job_zone=0&limit=101&offset=-1&q=" + "a" * 101
    )
    assert response.status_code == 400
    assert [e["field"] for e in response.json()["errors"]] == [
        "q",
        "area",
        "code",
        "job_zone",
        "limit",
        "offset",
    ]
    assert client.get("/api/v1/careers/?limit=ten").status_code == 400


def test_career_detail_is_the_whole_record(client, mechanic):
    response = client.get("/api/v1/careers/99-0001.00/")
    assert response.status_code == 200
    body = response.json()
    assert body["soc_code"] == "99-0001.00"
    assert body["title"] == "Bicycle Mechanics"
    assert body["url"] == "http://testserver/careers/bicycle-mechanics/"
    assert body["summary"] == "Keep bicycles safe and running."
    assert body["also_called"] == "bike mechanics"
    assert body["alternate_titles"] == ["Bike Technician", "Cycle Repairer"]
    assert body["everyday_names"] == ["bike fixer"]
    assert body["alternate_titles_es"] == ["bicicletero", "mecánico de bicis"]  # no blank line
    assert body["duties"] == ["Adjust brakes and gears.", "Fit new tyres."]
    assert body["code"] == "RC"
    assert body["interests"] == {"R": 6.67, "I": 2.0, "A": 1.0, "S": 1.0, "E": 2.0, "C": 4.0}
    assert body["job_zone"] == 2
    assert body["job_zone_name"] == "Some preparation needed"
    assert body["wages"] == {
        "median": 41230.0,
        "p10": 30100.0,
        "p25": 35000.0,
        "p75": 50010.0,
        "p90": 239200.0,
        "employment": 12340,
        "year": 2024,
        "unit": "annual",
        "top_coded": ["p90"],
        "display": {
            "median": "$41,230",
            "p10": "$30,100",
            "p25": "$35,000",
            "p75": "$50,010",
            "p90": "$239,200 or more",
        },
    }
    assert body["outlook"] == {
        "period": "2020-30",
        "percent_change": 4.5,
        "openings": 1700,
        "employment": 15000,
        "comparison": "slower",
        "text": "",
    }
    assert body["industries"] == [
        {"name": "Sporting goods stores", "share_percent": 61.5, "median_wage": None, "year": None}
    ]
    assert body["bright_outlook"] is False
    assert body["earlier_figures"] == {}
    assert body["qualities"] == [{"name": "Patience", "description": "Small parts."}]
    assert body["links"] == [
        {"organisation": "A guild", "url": "https://guild.example/", "description": ""}
    ]
    assert body["related"] == [
        {
            "soc_code": "99-0004.00",
            "title": "Field Geologists",
            "url": "http://testserver/careers/field-geologists/",
        }
    ]
    assert body["sources"] == {
        "text": "careerquiz editors",
        "interests": "O*NET 29.3 Database (USDOL/ETA), CC BY 4.0",
        "employment": "",
        "wages": "BLS Occupational Employment and Wage Statistics, May 2024",
        "outlook": "",
        "qualities": "",
        "attribution": [ONET_ATTRIBUTION.format(release="O*NET 29.3"), BLS_ATTRIBUTION],
    }
    assert "CC BY 4.0" in ONET_ATTRIBUTION and "USDOL/ETA" in ONET_ATTRIBUTION


def test_hourly_wages_say_so(client, careers):
    Occupation.objects.filter(soc_code="99-0003.00").update(
        wage_unit="hourly", wage_median="23.45", wage_year=2024
    )
    body = client.get("/api/v1/careers/99-0003.00/").json()
    assert body["wages"]["unit"] == "hourly"
    assert body["wages"]["median"] == 23.45
    assert body["wages"]["display"] == {"median": "$23.45 per hour"}
    listed = client.get("/api/v1/careers/?q=art").json()["results"][0]
    assert (listed["median_wage"], listed["wage_unit"]) == (23.45, "hourly")


def test_a_career_without_data_credits_nobody(client, careers):
    Occupation.objects.filter(soc_code="99-0002.00").update(
        interest_r=None, high_point_code="", job_zone=None
    )
    body = client.get("/api/v1/careers/99-0002.00/").json()
    assert body["sources"]["attribution"] == []
    assert body["interests"]["R"] is None
    Occupation.objects.filter(soc_code="99-0002.00").update(outlook_openings=10)
    body = client.get("/api/v1/careers/99-0002.00/").json()
    assert body["sources"]["attribution"] == [BLS_ATTRIBUTION]


def test_unknown_career_is_404_and_malformed_code_is_400(client, careers):
    response = client.get("/api/v1/careers/99-9999.00/")
    assert response.status_code == 404
    assert response.json() == {
        "detail": "There is no career with this O*NET-SOC code.",
        "errors": [],
    }
    malformed = client.get("/api/v1/careers/bicycle-mechanics/")
    assert malformed.status_code == 400
    assert [e["field"] for e in malformed.json()["errors"]] == ["soc_code"]


def test_default_catalogue_careers_are_served(client, default_data):
    """The catalogue load_default_data installs, as integrators will find it."""
    listed = client.get("/api/v1/careers/?limit=100").json()
    assert listed["count"] == Occupation.objects.count()
    if not listed["count"]:
        pytest.fail("load_default_data created no occupations")
    for career in listed["results"][:25]:
        detail = client.get(f"/api/v1/careers/{career['soc_code']}/")
        assert detail.status_code == 200
        assert detail.json()["title"] == career["title"]


def test_careers_filter_by_education_and_bright_outlook(client, careers):
    Occupation.objects.filter(soc_code="99-0001.00").update(
        entry_education="High school diploma or equivalent",
        outlook_period="2020-30",
        outlook_comparison="much-faster",
        outlook_percent=Decimal("16.0"),
    )
    Occupation.objects.filter(soc_code="99-0002.00").update(
        entry_education="Bachelor's degree", outlook_openings=100_000
    )
    Occupation.objects.filter(soc_code="99-0003.00").update(
        entry_education="Bachelor's degree", outlook_openings=99_999
    )
    assert soc_codes(client.get("/api/v1/careers/?education=2")) == ["99-0001.00"]
    assert soc_codes(client.get("/api/v1/careers/?education=6")) == [
        "99-0003.00",
        "99-0001.00",
        "99-0002.00",
    ]
    assert soc_codes(client.get("/api/v1/careers/?bright=true")) == ["99-0001.00", "99-0002.00"]
    listed = client.get("/api/v1/careers/?bright=true").json()["results"]
    assert [career["bright_outlook"] for career in listed] == [True, True]
    assert listed[0]["outlook"]["period"] == "2020-30"
    assert client.get("/api/v1/careers/?education=9").status_code == 400
