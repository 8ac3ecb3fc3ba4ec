from counselors.profile import group_profile


def test_the_profile_averages_percents_and_counts_first_letters():
    profile = group_profile(
        [
            ({"R": 25.0, "I": 0.0, "A": 0.0, "S": 50.0, "E": 100.0, "C": 75.0}, "ECS"),
            ({"R": 100.0, "I": 75.0, "A": 50.0, "S": 25.0, "E": 0.0, "C": 0.0}, "RIA"),
            ({"R": 10.0, "I": 20.0, "A": 30.0, "S": 40.0, "E": 50.0, "C": 60.0}, "CES"),
        ]
    )
    assert profile.results == 3
    assert profile.mean_percents == {
        "R": 45.0, "I": 31.7, "A": 26.7, "S": 38.3, "E": 50.0, "C": 45.0
    }  # fmt: skip
    assert profile.first_letters == {"R": 1, "I": 0, "A": 0, "S": 0, "E": 1, "C": 1}


def test_an_empty_group_has_a_zero_profile():
    profile = group_profile([])
    assert profile.results == 0
    assert profile.mean_percents == dict.fromkeys("RIASEC", 0.0)
    assert profile.first_letters == dict.fromkeys("RIASEC", 0)
