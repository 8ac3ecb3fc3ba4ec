"""What a new user meets before any page: the Makefile, the package metadata, the README."""

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_make_run_installs_the_site_without_the_test_tools():
    planned = subprocess.run(
        ["make", "-n", "-B", "run"], cwd=ROOT, capture_output=True, text=True, timeout=60
    ).stdout
    assert "pip install --quiet -e ." in planned
    assert "[test]" not in planned
    assert "DJANGO_DEBUG" not in planned  # exported by make, not written into a command


def test_licence_is_an_spdx_string_so_setuptools_does_not_warn():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert project["license"] == "MIT"
    assert project["license-files"] == ["LICENSE"]


def test_readme_runs_manage_py_with_the_projects_python():
    readme = (ROOT / "README.md").read_text()
    commands = re.findall(r"([^\s`]*python\S*) manage\.py", readme)
    assert commands and all(command.endswith(".venv/bin/python") for command in commands)


def test_scoring_and_matching_import_without_django_settings():
    """`make bench` and any script use the arithmetic as plain Python: importing it must not
    need Django's settings (a module-level gettext_noop from Django once broke `make bench`)."""
    modules = (
        "quiz.scoring",
        "quiz.statistics",
        "quiz.norms",
        "quiz.simulation",
        "occupations.matching",
        "occupations.areas",
        "occupations.synthetic",
    )
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [sys.executable, "-c", f"import {', '.join(modules)}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
