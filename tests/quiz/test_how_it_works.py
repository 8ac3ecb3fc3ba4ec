import json

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db


def test_how_it_works_page_explains_the_method_with_the_codes_constants(client, default_data):
    response = client.get("/how-the-quiz-works/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>How the quiz works</h1>" in html
    assert "No area reaches 37.5%" in html
    assert "within 15 percentage points" in html
    assert "30 points or more is high, 15 or more moderate" in html
    assert "labels no career better than a Good fit" in html
    assert '<th scope="row">Great</th><td>75 or more</td><td>.75 or more</td>' in html
    assert "O*NET 29.3 Database" in html and "CC BY 4.0" in html
    assert 'href="/how-the-quiz-works/"' in html  # linked from every page's menu


def test_how_it_works_page_shows_the_committed_simulation_figures(client, default_data):
    study = json.loads((settings.BASE_DIR / "docs" / "simulation.json").read_text())
    html = client.get("/how-the-quiz-works/").content.decode()
    first = study["results"][0]
    top1 = round(100 * first["top"]["1"])
    assert f'<th scope="row">{first["form"]}</th><td>{first["noise"]}</td><td>{top1}%</td>' in html
    assert f"Run on {study['run_on']}" in html
    assert f"each of the {study['occupations']} careers" in html
