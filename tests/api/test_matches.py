import pytest

pytestmark = pytest.mark.django_db

PROFILE = "R=4&I=1&A=0&S=0&E=1&C=3"


def ranked(response) -> list[tuple[str, int]]:
    assert response.status_code == 200, response.content
    return [(match["soc_code"], match["fit"]) for match in response.json()["results"]]


def test_matches_are_ranked_by_fit_with_exact_values(client, careers):
    response = client.get(f"/api/v1/matches/?{PROFILE}")
    # Correlations: 0.972, 0.433, -0.025, -0.827.
    assert ranked(response) == [
        ("99-0001.00", 97),
        ("99-0004.00", 43),
        ("99-0002.00", 0),
        ("99-0003.00", 0),
    ]
    assert response.json()["results"][0] == {
        "soc_code": "99-0001.00",
        "title": "Bicycle Mechanics",
        "url": "http://testserver/careers/bicycle-mechanics/",
        "code": "RC",
        "job_zone": 2,
        "fit": 97,
        "label": "Great",
        "why": "Both you and bicycle mechanics rank Building and Organizing highest.",
    }


def test_only_the_shape_of_the_profile_matters(client, careers):
    first = ranked(client.get(f"/api/v1/matches/?{PROFILE}"))
    assert ranked(client.get("/api/v1/matches/?R=40&I=10&A=0&S=0&E=10&C=30")) == first
    assert ranked(client.get("/api/v1/matches/?R=100&I=25&A=0&S=0&E=25&C=75")) == first
    assert ranked(client.get("/api/v1/matches/?R=0.4&I=0.1&A=0&S=0&E=0.1&C=0.3")) == first


def test_matches_equal_those_of_a_result_with_the_same_percents(client, careers):
    from tests.api.conftest import answers_by_area, post_json

    values = {"R": 4, "I": 3, "A": 0, "S": 1, "E": 2, "C": 0}
    answers = answers_by_area("quick", values)
    result = post_json(client, "/api/v1/results/", {"questionnaire": "quick", "answers": answers})
    query = "&".join(f"{letter}={value}" for letter, value in result.json()["percents"].items())
    assert client.get(f"/api/v1/matches/?{query}").json()["results"] == result.json()["matches"]


def test_flat_profile_ranks_by_the_first_area_of_its_tied_code(client, careers):
    # All six tied: the code is RIA, so careers are ranked by their Realistic value.
    assert ranked(client.get("/api/v1/matches/?R=2&I=2&A=2&S=2&E=2&C=2")) == [
        ("99-0001.00", 0),
        ("99-0004.00", 0),
        ("99-0003.00", 0),
        ("99-0002.00", 0),
    ]
    assert ranked(client.get("/api/v1/matches/?R=0&I=0&A=0&S=0&E=0&C=0"))[0] == ("99-0001.00", 0)


def test_matches_filter_by_job_zone_and_limit(client, careers):
    assert ranked(client.get(f"/api/v1/matches/?{PROFILE}&job_zone=4")) == [
        ("99-0002.00", 0),
        ("99-0003.00", 0),
    ]
    assert ranked(client.get(f"/api/v1/matches/?{PROFILE}&limit=1")) == [("99-0001.00", 97)]
    assert ranked(client.get(f"/api/v1/matches/?{PROFILE}&job_zone=1")) == []


def test_all_missing_scores_are_named(client, careers):
    response = client.get("/api/v1/matches/")
    assert response.status_code == 400
    assert response.json() == {
        "detail": "Some fields are not valid; see errors.",
        "errors": [{"field": letter, "message": "Field required"} for letter in "RIASEC"],
    }
    partial = client.get("/api/v1/matches/?R=1&I=2&A=3")
    assert [e["field"] for e in partial.json()["errors"]] == ["S", "E", "C"]


def test_negative_nan_infinite_and_non_numeric_scores_are_named(client, careers):
    response = client.get("/api/v1/matches/?R=-1&I=nan&A=inf&S=x&E=1&C=2000000&job_zone=6&limit=0")
    assert response.status_code == 400
    assert {e["field"]: e["message"] for e in response.json()["errors"]} == {
        "R": "Input should be greater than or equal to 0",
        "I": "Input should be a finite number",
        "A": "Input should be a finite number",
        "S": "Input should be a valid number, unable to parse string as a number",
        "C": "Input should be less than or equal to 1000000",
        "job_zone": "Input should be less than or equal to 5",
        "limit": "Input should be greater than or equal to 1",
    }


@pytest.mark.parametrize(
    "query",
    [
        "R=5e-324&I=0&A=0&S=0&E=0&C=0",
        "R=1000000&I=0.000001&A=0&S=0&E=0&C=0",
        "R=1e-7&I=2e-7&A=0&S=0&E=0&C=0",
        "R=1000000&I=1000000&A=1000000&S=1000000&E=1000000&C=999999.999999",
    ],
)
def test_extreme_but_allowed_scores_never_fail(client, careers, query):
    response = client.get(f"/api/v1/matches/?{query}")
    assert response.status_code == 200
    assert all(0 <= match["fit"] <= 100 for match in response.json()["results"])
