import pytest

from counselors import codes


def test_new_codes_have_eight_characters_from_the_alphabet_without_look_alikes():
    made = {codes.new_code() for _ in range(200)}
    assert len(made) == 200
    assert all(len(code) == 8 and set(code) <= set(codes.ALPHABET) for code in made)
    assert not set("0O1IL") & set(codes.ALPHABET)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("ABCD-EFGH", "ABCDEFGH"),
        (" abcd efgh ", "ABCDEFGH"),
        ("ab-cd_ef.gh", "ABCDEFGH"),
        ("2345\t6789", "23456789"),
        ("ABCDEFG", None),
        ("ABCDEFGHJ", None),
        ("ABCD-EFG0", None),
        ("<script>", None),
        ("", None),
    ],
)
def test_typed_codes_are_read_in_any_case_and_spacing(typed, stored):
    assert codes.normalize(typed) == stored


def test_codes_are_shown_in_two_halves():
    assert codes.display("ABCDEFGH") == "ABCD-EFGH"
