import json

import numpy as np
import pytest
from django.conf import settings
from django.core.management import call_command

from quiz.simulation import FormItems, ranks_of_own, recovery


def _form(per_area: int) -> FormItems:
    areas = np.repeat(np.arange(6), per_area)
    references = np.array([[7.0 if n == a else 1.0 for n in range(6)] for a in areas])
    return FormItems(name="test", areas=areas, references=references)


PROFILES = [
    [7, 5, 1, 1, 2, 4],  # RCI
    [1, 2, 6, 7, 3, 1],  # SAE
    [2, 7, 3, 1, 1, 5],  # ICA
    [1, 1, 2, 4, 7, 6],  # ECS
]


def test_noiseless_people_come_back_to_their_own_occupation():
    result = recovery(PROFILES, _form(10), 0.0, repeats=3, seed=1)
    assert result.people == 12
    assert result.top == {1: 1.0, 5: 1.0, 20: 1.0}
    assert result.low == 0.0 and result.flat == 0.0


def test_more_noise_never_helps_on_average():
    profiles = np.random.default_rng(3).uniform(1, 7, size=(60, 6))
    quiet = recovery(profiles, _form(5), 0.5, repeats=4, seed=7)
    noisy = recovery(profiles, _form(5), 2.0, repeats=4, seed=7)
    assert noisy.top[1] < quiet.top[1]
    assert noisy.top[5] <= quiet.top[5]


def test_an_identical_profile_counts_as_ahead():
    profiles = np.array([[7, 1, 1, 1, 1, 1], [7, 1, 1, 1, 1, 1], [1, 7, 1, 1, 1, 1]], float)
    scores = np.array([[100, 0, 0, 0, 0, 0], [0, 100, 0, 0, 0, 0]], float)
    assert ranks_of_own(scores, profiles, np.array([0, 2])).tolist() == [2, 1]


@pytest.mark.django_db
def test_command_writes_the_study_and_docs_hold_its_figures(default_data, tmp_path):
    call_command("simulate_recovery", "--output", str(tmp_path))
    fresh = json.loads((tmp_path / "simulation.json").read_text())
    assert [(r["form"], r["noise"]) for r in fresh["results"]] == [
        (form, noise) for form in ("full", "quick") for noise in (0.5, 1.0, 1.5)
    ]
    report = (tmp_path / "SIMULATION.md").read_text()
    assert "| full | 0.5 |" in report and "python manage.py simulate_recovery" in report
    # The committed figures are this command's output on the default data.
    committed = json.loads((settings.BASE_DIR / "docs" / "simulation.json").read_text())
    assert {**committed, "run_on": None} == {**fresh, "run_on": None}
    committed_report = (settings.BASE_DIR / "docs" / "SIMULATION.md").read_text()
    assert (
        committed_report.split("do not edit by hand.")[1] == report.split("do not edit by hand.")[1]
    )
