import re

import pytest

from occupations.models import Occupation
from occupations.selectors import match_occupations
from occupations.services import occupation_save
from tests.quiz.conftest import by_area, take_quiz

pytestmark = pytest.mark.django_db


def test_persuading_and_organizing_person_sees_industrial_production_managers(client, default_data):
    attempt = take_quiz(client, "full", by_area({"R": 2, "I": 1, "A": 0, "S": 1, "E": 4, "C": 4}))
    assert attempt.code == "ECR"
    html = client.get(attempt.get_absolute_url()).content.decode()
    matches = html.split('id="matches"')[1].split("Next steps")[0]
    assert "Industrial Production Managers" in matches
    assert (
        '<span class="fw-semibold">Why:</span> Both you and industrial production managers '
        "rank Persuading and Organizing highest, then Building.</p>" in matches
    )
    ipm = Occupation.objects.get(soc_code="11-3051.00")
    assert ipm.get_absolute_url() in matches
    assert matches.count('<li class="match card') == 20
    assert "Show more careers" in matches


def test_an_occupations_own_profile_ranks_it_first(default_data):
    ipm = Occupation.objects.get(soc_code="11-3051.00")
    profile = {letter: float(value) for letter, value in ipm.interests.items()}
    result = match_occupations(profile, "ECR", limit=5)
    assert result.matches[0].occupation == ipm
    assert result.matches[0].fit == 100 and result.matches[0].label == "Great"
    assert result.matches[0].why == (
        "Both you and industrial production managers rank Persuading and Organizing highest, "
        "then Building."
    )


def test_matches_filter_by_job_zone_and_area_without_losing_the_result(client, default_data):
    attempt = take_quiz(client, "quick", by_area({"R": 4, "I": 3, "A": 0, "S": 0, "E": 1, "C": 2}))
    url = attempt.get_absolute_url()
    response = client.get(url, {"job_zone": "2"})
    matches = response.context["result"].matches.matches
    assert matches and all(m.occupation.job_zone == 2 for m in matches)
    assert attempt.code in response.content.decode()
    response = client.get(url, {"area": "A"})
    assert all(
        "A" in m.occupation.high_point_code for m in response.context["result"].matches.matches
    )
    assert "filters we do not recognise" not in response.content.decode()
    response = client.get(url, {"job_zone": "9", "area": "Q", "limit": "-3"})
    assert response.status_code == 200
    assert len(response.context["result"].matches.matches) == 20
    assert (
        '<p class="alert alert-warning" role="alert">This address asks for filters we do not '
        "recognise, so they are not applied: “How much preparation are you willing to do?”, "
        "“Interest area”, “Number of careers shown”.</p>" in response.content.decode()
    )
    response = client.get(url, {"job_zone": "2", "area": "Q"})
    assert all(m.occupation.job_zone == 2 for m in response.context["result"].matches.matches)
    assert "so they are not applied: “Interest area”.</p>" in response.content.decode()


def test_show_more_extends_the_list(client, default_data):
    attempt = take_quiz(client, "quick", by_area({"R": 4, "I": 3, "A": 0, "S": 0, "E": 1, "C": 2}))
    response = client.get(attempt.get_absolute_url(), {"limit": "40"})
    assert len(response.context["result"].matches.matches) == 40


def test_flat_profile_says_how_matches_are_ranked(client, default_data):
    attempt = take_quiz(client, "quick", lambda name, page: 2)
    html = client.get(attempt.get_absolute_url()).content.decode()
    assert "Your scores are the same in every area" in html


def test_matching_reacts_to_catalogue_changes(default_data):
    ipm = Occupation.objects.get(soc_code="11-3051.00")
    profile = {letter: float(value) for letter, value in ipm.interests.items()}
    assert match_occupations(profile, "ECR", limit=1).matches[0].occupation == ipm
    ipm.interest_e = 1
    occupation_save(occupation=ipm, changed_fields=["interest_e"])
    assert match_occupations(profile, "ECR", limit=1).matches[0].occupation != ipm


def test_a_reopened_result_shows_catalogue_edits(client, default_data):
    attempt = take_quiz(client, "full", by_area({"R": 2, "I": 1, "A": 0, "S": 1, "E": 4, "C": 4}))
    assert (
        "Industrial Production Managers" in client.get(attempt.get_absolute_url()).content.decode()
    )
    ipm = Occupation.objects.get(soc_code="11-3051.00")
    ipm.title = "Plant and Production Managers"
    occupation_save(occupation=ipm, changed_fields=["title"])
    html = client.get(attempt.get_absolute_url()).content.decode()
    assert "Plant and Production Managers" in html
    assert "Industrial Production Managers" not in html


def test_match_cards_name_areas_and_the_year_of_their_pay(client, default_data):
    attempt = take_quiz(client, "full", by_area({"R": 2, "I": 1, "A": 0, "S": 1, "E": 4, "C": 4}))
    html = client.get(attempt.get_absolute_url()).content.decode()
    card = html.split('<a href="/careers/industrial-production-managers/">')[1].split("</li>")[0]
    words = " ".join(re.sub(r"<[^>]+>", " ", card).split())
    assert "Code ECR: Persuading, Organizing, Building" in words
    assert "Median pay $121,440 (May 2024)." in words
    assert (
        "Why: Both you and industrial production managers rank Persuading and Organizing "
        "highest, then Building." in words
    )
