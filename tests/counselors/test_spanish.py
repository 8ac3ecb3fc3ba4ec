"""The counselor area and the join flow in Spanish."""

import pytest
from django.test import Client
from django.utils import timezone

from tests.counselors.conftest import MARCH_1, MARCH_2, finish_as_member, join
from tests.counselors.test_groups import ANA, BEN, rows, text
from tests.counselors.test_pdf import pdf_text

pytestmark = pytest.mark.django_db

SPANISH = {"HTTP_ACCEPT_LANGUAGE": "es"}


def test_login_page_in_spanish(client):
    page = client.get("/accounts/login/", **SPANISH)
    html = page.content.decode()
    assert '<html lang="es">' in html
    assert "<h1>Inicio de sesión para consejeros</h1>" in html
    assert ">Nombre de usuario</label>" in html
    assert ">Iniciar sesión</button>" in html
    assert 'value="en" lang="en">English</button>' in html


def test_joining_in_spanish(group):
    client = Client(**SPANISH)
    page = client.get(group.join_path)
    html = page.content.decode()
    assert "<h1>Unirse a “Year 11, Ms Lee”</h1>" in html
    assert "<strong>Su consejero verá sus resultados con este apodo</strong>" in html
    assert ">Apodo</label>" in html
    assert '<legend class="form-label fs-6 mb-1">¿Qué cuestionario?</legend>' in html
    assert "actividades, unos " in html
    refused = client.post(group.join_path, {"nickname": "", "questionnaire": "quick"})
    assert "<strong>Elija un apodo.</strong>" in refused.content.decode()
    joined = join(client, group, "Ana")
    assert joined.status_code == 302
    notice = client.get(joined["Location"]).content.decode()
    assert (
        "Se unió a “Year 11, Ms Lee” como Ana. Su consejero verá su resultado cuando termine."
        in notice
    )


def test_an_unknown_code_in_spanish(client, default_data):
    page = client.get("/join/ABCD-EFGH/", **SPANISH)
    assert page.status_code == 404
    html = page.content.decode()
    assert "<h1>Ningún grupo tiene este código</h1>" in html
    assert "No encontramos ningún grupo con el código “ABCD-EFGH”." in html


def test_group_page_in_spanish(counselor_client, group):
    finish_as_member(group, "Ana", ANA, MARCH_1)
    finish_as_member(group, "Ben", BEN, MARCH_2)
    join(Client(), group, "Cleo")
    page = counselor_client.get(f"/groups/{group.pk}/", **SPANISH)
    html = page.content.decode()
    assert "Se unieron: 3. Terminaron: 2." in text(page)
    assert "La inscripción está abierta." in html
    assert (
        "Sobre los 2 resultados terminados, del 1 de marzo de 2026 al 2 de marzo de 2026." in html
    )
    today = timezone.localdate()
    members = rows(page, "members")
    assert members[0].startswith("Ana ")
    assert (
        "1 mar 2026 ECS Persuadir, Organizar y Ayudar Resultado de Ana Quitar a Ana" in members[0]
    )
    assert members[2].endswith("En curso (0 respuestas hasta ahora) Quitar a Cleo")
    assert f"Creado el {today.day} de " in html
    listed = counselor_client.get("/groups/", **SPANISH)
    assert "<h1>Sus grupos</h1>" in listed.content.decode()
    assert "abierta" in rows(listed, "table")[0]


def test_group_pdf_in_spanish(counselor_client, group):
    finish_as_member(group, "Ana", ANA, MARCH_1)
    response = counselor_client.get(f"/groups/{group.pk}/summary.pdf", **SPANISH)
    _pages, pdf = pdf_text(response)
    assert "Year 11, Ms Lee: resumen del grupo" in pdf
    assert "Se unieron: 1. Terminaron: 1." in pdf
    assert "Sobre 1 resultado terminado, del 1 de marzo de 2026." in pdf
    assert "Ana Cuestionario de intereses rápido 1 mar 2026 ECS" in pdf
    assert "Página 1 de 1" in pdf
    assert "E: Persuadir (Emprendedor)" in pdf


def test_messages_in_spanish(counselor_client, default_data):
    response = counselor_client.post("/groups/new/", {"name": "Club"}, follow=True, **SPANISH)
    assert (
        "“Club” está listo. Comparta su código o su enlace para unirse."
        in response.content.decode()
    )
