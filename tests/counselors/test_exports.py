import csv
import io

import pytest
from django.test import Client
from openpyxl import load_workbook

from tests.counselors.conftest import MARCH_1, MARCH_2, finish_as_member, join
from tests.counselors.test_groups import ANA, BEN

pytestmark = pytest.mark.django_db

# The header line as the CSV file spells it.
HEADER_LINE = (
    "Nickname,Joined (UTC),Form,Status,Finished (UTC),Holland code,Top areas,"
    "Building (R) %,Thinking (I) %,Creating (A) %,Helping (S) %,Persuading (E) %,"
    "Organizing (C) %,Result link"
)
HEADER = next(csv.reader([HEADER_LINE]))


@pytest.fixture
def members(group):
    ana = finish_as_member(group, "Ana", ANA, MARCH_1)
    ben = finish_as_member(group, "Zoë O'Neil", BEN, MARCH_2)
    join(Client(), group, "Cleo")
    joined = {m.nickname: m.joined_at for m in group.memberships.all()}
    return ana, ben, {name: f"{moment:%Y-%m-%d %H:%M}" for name, moment in joined.items()}


def expected_rows(members) -> list[list[str]]:
    ana, ben, joined = members
    return [
        ["Ana", joined["Ana"], "Quick interest quiz", "Finished", "2026-03-01 09:30", "ECS",
         "Persuading, Organizing and Helping", "25.0", "0.0", "0.0", "50.0", "100.0", "75.0",
         f"http://testserver/results/{ana.token}/"],
        ["Zoë O'Neil", joined["Zoë O'Neil"], "Quick interest quiz", "Finished",
         "2026-03-02 14:05", "RIA", "Building, Thinking and Creating", "100.0", "75.0", "50.0",
         "25.0", "0.0", "0.0", f"http://testserver/results/{ben.token}/"],
        ["Cleo", joined["Cleo"], "Quick interest quiz", "In progress", "", "", "", "", "", "",
         "", "", "", ""],
    ]  # fmt: skip


def test_the_csv_holds_every_member_and_their_result(counselor_client, group, members):
    response = counselor_client.get(f"/groups/{group.pk}/results.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="year-11-ms-lee-results.csv"'
    table = list(csv.reader(io.StringIO(response.content.decode("utf-8"))))
    assert table == [HEADER, *expected_rows(members)]


def test_the_excel_file_holds_the_same_table_with_numbers_as_numbers(
    counselor_client, group, members
):
    response = counselor_client.get(f"/groups/{group.pk}/results.xlsx")
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="year-11-ms-lee-results.xlsx"'
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert sheet.title == "Results"
    values = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert values[0] == HEADER
    expected = [
        [
            float(cell) if 7 <= index <= 12 and cell else (cell or None)
            for index, cell in enumerate(row)
        ]
        for row in expected_rows(members)
    ]
    assert values[1:] == expected
    assert sheet["H2"].data_type == "n" and sheet["A2"].data_type == "s"
    assert sheet["A1"].font.bold and not sheet["A2"].font.bold
    assert sheet.freeze_panes == "A2"


def test_the_exports_of_an_empty_group_hold_the_header_only(counselor_client, group):
    response = counselor_client.get(f"/groups/{group.pk}/results.csv")
    assert response.content.decode() == HEADER_LINE + "\r\n"
    sheet = load_workbook(
        io.BytesIO(counselor_client.get(f"/groups/{group.pk}/results.xlsx").content)
    ).active
    assert [list(row) for row in sheet.iter_rows(values_only=True)] == [HEADER]


def test_a_spanish_counselor_gets_the_exports_in_spanish(counselor_client, group, members):
    ana = members[0]
    response = counselor_client.get(f"/groups/{group.pk}/results.csv", HTTP_ACCEPT_LANGUAGE="es")
    table = list(csv.reader(io.StringIO(response.content.decode("utf-8"))))
    assert table[0] == [
        "Apodo", "Se unió (UTC)", "Cuestionario", "Estado", "Terminó (UTC)", "Código Holland",
        "Áreas principales", "Construir (R) %", "Pensar (I) %", "Crear (A) %", "Ayudar (S) %",
        "Persuadir (E) %", "Organizar (C) %", "Enlace al resultado",
    ]  # fmt: skip
    assert table[1][3] == "Terminado" and table[3][3] == "En curso"
    assert table[1][-1] == f"http://testserver/results/{ana.token}/"
    workbook = counselor_client.get(f"/groups/{group.pk}/results.xlsx", HTTP_ACCEPT_LANGUAGE="es")
    sheet = load_workbook(io.BytesIO(workbook.content)).active
    assert sheet.title == "Resultados"
    assert [cell.value for cell in sheet[1]] == table[0]
