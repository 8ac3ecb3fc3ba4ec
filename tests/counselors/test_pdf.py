import io
import re

import pytest
from django.test import Client
from pypdf import PdfReader

from tests.counselors.conftest import MARCH_1, MARCH_2, client_for, finish_as_member, join
from tests.counselors.test_groups import ANA, BEN

pytestmark = pytest.mark.django_db


def pdf_text(response) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), " ".join(text.split())


def test_the_group_summary_pdf_holds_the_profile_and_every_members_code(counselor_client, group):
    finish_as_member(group, "Ana", ANA, MARCH_1)
    finish_as_member(group, "Ben", BEN, MARCH_2)
    join(Client(), group, "Cleo")
    response = counselor_client.get(f"/groups/{group.pk}/summary.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="year-11-ms-lee-summary.pdf"'
    pages, text = pdf_text(response)
    assert pages == 1
    assert "Year 11, Ms Lee: group summary" in text
    assert f"Group code {group.display_code}, run by lee" in text
    assert "3 joined, 2 finished." in text
    assert "Over the 2 finished results, from March 1, 2026 to March 2, 2026." in text
    for line in [
        "R: Building (Realistic) 63% 1 of 2",
        "I: Thinking (Investigative) 38% 0 of 2",
        "A: Creating (Artistic) 25% 0 of 2",
        "S: Helping (Social) 38% 0 of 2",
        "E: Persuading (Enterprising) 50% 1 of 2",
        "C: Organizing (Conventional) 38% 0 of 2",
        "Ana Quick interest quiz Mar 1, 2026 ECS Persuading, Organizing and Helping",
        "Ben Quick interest quiz Mar 2, 2026 RIA Building, Thinking and Creating",
        "Cleo Quick interest quiz In progress (0 answers so far)",
    ]:
        assert line in text
    assert re.search(r"Page 1 of 1", text)


def test_the_group_summary_pdf_of_many_members_runs_onto_more_pages(counselor_client, group):
    for n in range(45):
        finish_as_member(group, f"Member {n:02}", BEN, MARCH_2)
    pages, text = pdf_text(counselor_client.get(f"/groups/{group.pk}/summary.pdf"))
    assert pages == 2
    assert "Member 00" in text and "Member 44" in text and "Page 2 of 2" in text


def test_another_counselor_gets_no_pdf(group, other_counselor):
    assert client_for(other_counselor).get(f"/groups/{group.pk}/summary.pdf").status_code == 404
