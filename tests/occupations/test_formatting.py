from decimal import Decimal

import pytest

from occupations.formatting import (
    change_words,
    code_names,
    comparison_sentence,
    join_words,
    money,
    number,
    period_words,
    scale,
)


def test_money_reads_annual_hourly_and_top_coded_wages():
    assert money(Decimal("103150")) == "$103,150"
    assert money(Decimal("23.45"), unit="hourly") == "$23.45 per hour"
    assert money(Decimal("239200"), top_coded=True) == "$239,200 or more"
    assert money(Decimal("115.00"), unit="hourly", top_coded=True) == "$115.00 per hour or more"
    assert money(None) == ""


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (203800, "203,800"),
        (Decimal("10.0"), "10"),
        (Decimal("7.50"), "7.5"),
        (Decimal("-3"), "-3"),
        (Decimal("1234.5"), "1,234.5"),
        (0, "0"),
    ],
)
def test_number_separates_thousands_and_drops_trailing_zeros(value, text):
    assert number(value) == text


@pytest.mark.parametrize(
    ("period", "words"),
    [
        ("2021-31", "2021 to 2031"),
        ("2020-2030", "2020 to 2030"),
        ("2021–31", "2021 to 2031"),
        ("1995-05", "1995 to 2005"),
        ("the next decade", "the next decade"),
    ],
)
def test_period_words_spell_out_both_years(period, words):
    assert period_words(period) == words


def test_change_words_say_which_way_jobs_move():
    assert change_words(Decimal("3")) == "grow 3 percent"
    assert change_words(Decimal("17.3")) == "grow 17.3 percent"
    assert change_words(Decimal("-2.5")) == "shrink 2.5 percent"
    assert change_words(Decimal("0.0")) == "stay about the same"


def test_comparison_sentence_covers_every_bls_category_and_nothing_else():
    assert comparison_sentence("slower") == "That is slower than the average for all occupations."
    for code in ("much-faster", "faster", "average", "little-change", "decline"):
        assert comparison_sentence(code).endswith(".")
    assert comparison_sentence("") == ""
    assert comparison_sentence("bogus") == ""


def test_scale_maps_an_axis_and_clamps_values_outside_it():
    assert scale(Decimal("1"), low=1, high=7, length=100) == 0.0
    assert scale(Decimal("7"), low=1, high=7, length=100) == 100.0
    assert scale(Decimal("5.92"), low=1, high=7, length=100) == 82.0
    assert scale(Decimal("9"), low=1, high=7, length=100) == 100.0
    assert scale(Decimal("0"), low=1, high=7, length=100) == 0.0
    assert scale(5, low=5, high=5, length=300) == 150.0


def test_code_names_join_each_letters_name_in_code_order():
    names = {"E": "Persuading", "C": "Organizing", "R": "Building"}
    assert code_names("EC", names) == "Persuading and Organizing"
    assert code_names("ECR", names) == "Persuading, Organizing and Building"
    assert code_names("EX", names) == "Persuading and X"
    assert code_names("", names) == ""
    assert join_words(["Helping"]) == "Helping"
