import io
import uuid

import pytest
from pypdf import PdfReader

from occupations.models import InterestArea
from tests.quiz.conftest import by_area, take_quiz

pytestmark = pytest.mark.django_db


def pdf_text(content: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(content))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.split())


@pytest.fixture
def persuader(client, default_data):
    return take_quiz(client, "full", by_area({"R": 2, "I": 1, "A": 0, "S": 1, "E": 4, "C": 4}))


def test_the_results_page_links_a_pdf_report_of_one_to_four_pages(client, persuader):
    page = client.get(persuader.get_absolute_url()).content.decode()
    link = f"/results/{persuader.token}/pdf/"
    assert f'href="{link}"' in page

    response = client.get(link)

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="careerquiz-result-ECR.pdf"'
    pages, text = pdf_text(response.content)
    assert 1 <= pages <= 4
    assert "ECR" in text
    assert "Persuading, Organizing and Building" in text
    for area in InterestArea.objects.all():
        assert f"{area.friendly_name} ({area.name})" in text
    assert "20 of 40 (50%)" in text  # Building: every answer 2 of 4
    assert "Industrial Production Managers (ECR)" in text
    assert (
        "Both you and industrial production managers rank Persuading and Organizing highest, "
        "then Building." in text
    )
    assert f"http://testserver/results/{persuader.token}/" in text.replace(" ", "")
    assert "CC BY 4.0" in text and "U.S. Bureau of Labor Statistics" in text


def test_the_report_lists_ten_matches_with_fit_job_zone_and_dated_pay(client, persuader):
    response = client.get(f"/results/{persuader.token}/pdf/")
    _, text = pdf_text(response.content)
    interpretation_matches = client.get(persuader.get_absolute_url()).context["result"]
    best = interpretation_matches.matches.matches[:10]

    assert "The 10 best fits of 156 careers considered." in text
    for match in best:
        assert match.occupation.title in text
        assert f"{match.label} · {match.fit}" in text
    assert "May 2024" in text or "May 2021" in text


def test_the_report_keeps_the_pages_filters(client, persuader):
    page = client.get(persuader.get_absolute_url(), {"job_zone": "2", "area": "R"})
    link = f"/results/{persuader.token}/pdf/?job_zone=2&amp;area=R"
    assert f'href="{link}"' in page.content.decode()

    response = client.get(f"/results/{persuader.token}/pdf/", {"job_zone": "2", "area": "R"})
    _, text = pdf_text(response.content)

    assert "careers considered, Job Zone 2 only, Building careers only." in text


def test_an_unknown_result_has_no_report(client, default_data):
    assert client.get(f"/results/{uuid.uuid4()}/pdf/").status_code == 404
    assert client.get("/results/not-a-token/pdf/").status_code == 404
