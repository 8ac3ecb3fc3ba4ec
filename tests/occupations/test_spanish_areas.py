import pytest
from django.core.management import call_command
from django.utils import translation

from occupations.models import InterestArea


@pytest.mark.django_db
def test_default_areas_have_spanish_names_and_staff_spanish_is_kept():
    call_command("load_default_data", verbosity=0)
    InterestArea.objects.filter(letter="R").update(friendly_name_es="Hacer con las manos")
    InterestArea.objects.filter(letter="S").update(description_es="")
    call_command("load_default_data", verbosity=0)

    areas = InterestArea.objects.in_bulk(field_name="letter")
    with translation.override("es"):
        names = [(area.name_i18n, area.friendly_name_i18n) for area in areas.values()]
        assert names == [
            ("Realista", "Hacer con las manos"),
            ("Investigador", "Pensar"),
            ("Artístico", "Crear"),
            ("Social", "Ayudar"),
            ("Emprendedor", "Persuadir"),
            ("Convencional", "Organizar"),
        ]
        assert areas["S"].description_i18n.startswith("Trabajo con personas para enseñarles")
    with translation.override("en"):
        assert areas["R"].friendly_name_i18n == "Building"
