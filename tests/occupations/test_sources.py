"""Source notes: written in English by the build and the importers, read in the page's language."""

import pytest
from django.utils import translation

from occupations.sources import (
    EDITORS,
    PROJECTIONS,
    PROJECTIONS_GROUP,
    STYLES_FOR_MILITARY,
    STYLES_OF_RELATED,
    WAGES,
    source_note,
    styles_of_group,
)

RELEASE = "O*NET 29.3 Work Styles"
SPANISH = [
    (EDITORS, "equipo editorial de careerquiz"),
    (
        WAGES % {"year": 2024},
        "BLS Occupational Employment and Wage Statistics, mayo de 2024",
    ),
    (PROJECTIONS % {"period": "2020-30"}, "BLS Employment Projections 2020-30"),
    (
        PROJECTIONS_GROUP
        % {"period": "2020-30", "group": "Software developers, all other", "code": "15-1250"},
        "BLS Employment Projections 2020-30, para el grupo “Software developers, all other” "
        "(15-1250)",
    ),
    (
        styles_of_group(RELEASE, 3, "45-209"),
        "O*NET 29.3 Work Styles: los estilos valorados como más importantes con mayor "
        "frecuencia en las 3 ocupaciones valoradas cuyo código SOC empieza por 45-209, porque "
        "O*NET no ha valorado esta ocupación",
    ),
    (
        styles_of_group(RELEASE, 1, "15-209"),
        "O*NET 29.3 Work Styles: los estilos valorados como más importantes en la única "
        "ocupación valorada cuyo código SOC empieza por 15-209, porque O*NET no ha valorado "
        "esta ocupación",
    ),
    (
        STYLES_FOR_MILITARY,
        "los estilos de trabajo de O*NET que eligió el equipo editorial de careerquiz, porque "
        "O*NET no valora ninguno en las ocupaciones militares",
    ),
]


@pytest.mark.parametrize(("english", "spanish"), SPANISH)
def test_each_written_note_reads_in_spanish_and_unchanged_in_english(english, spanish):
    assert source_note(english) == english
    with translation.override("es"):
        assert source_note(english) == spanish


def test_the_written_notes_read_as_english():
    assert WAGES % {"year": 2024} == "BLS Occupational Employment and Wage Statistics, May 2024"
    assert styles_of_group(RELEASE, 1, "15-209") == (
        "O*NET 29.3 Work Styles: the styles rated most important in the one rated occupation "
        "whose SOC code starts 15-209, as O*NET has not rated this one"
    )
    assert styles_of_group(RELEASE, 2, "15-209").startswith(
        "O*NET 29.3 Work Styles: the styles most often rated most important in the 2 rated "
        "occupations"
    )


def test_a_borrowed_career_is_named_in_the_readers_language():
    note = STYLES_OF_RELATED % {"release": RELEASE, "title": "Statisticians", "code": "15-2041.00"}
    with translation.override("es"):
        assert source_note(note, {"Statisticians": "Estadísticos"}) == (
            "O*NET 29.3 Work Styles de una ocupación muy relacionada, Estadísticos (15-2041.00), "
            "porque O*NET no ha valorado esta ocupación"
        )
        assert "Statisticians (15-2041.00)" in source_note(note, {})
    assert source_note(note, {"Statisticians": "Statisticians"}) == note


def test_a_group_of_one_in_the_older_wording_reads_in_the_singular():
    older = (
        "O*NET 29.3 Work Styles: the styles most often rated most important in the 1 rated "
        "occupations whose SOC code starts 23-209, as O*NET has not rated this one"
    )
    with translation.override("es"):
        assert "en la única ocupación valorada cuyo código SOC empieza por 23-209" in (
            source_note(older)
        )


@pytest.mark.parametrize(
    "note",
    [
        "O*NET 29.3 Database (USDOL/ETA), CC BY 4.0",
        "Our counselors, from local employers' job ads",
        "BLS Occupational Employment and Wage Statistics, May of last year",
        "",
    ],
)
def test_any_other_note_is_shown_as_it_stands(note):
    with translation.override("es"):
        assert source_note(note) == note
