"""Running the locust scenario (scripts/locust/quiz_takers.py) and checking what it wrote, for
`make loadtest` and `make cluster`."""

from __future__ import annotations

import json
import os
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from loadkit import PYTHON, ROOT

LOCUSTFILE = ROOT / "scripts" / "locust" / "quiz_takers.py"
RUN_LIMIT = 240


def run_locust(
    tmp: Path, url: str, users: int, spawn_rate: float, during: Callable[[float], list[str]]
) -> dict:
    """Run locust headless until every user took its quiz; `during(started)` runs meanwhile
    (the faults of `make cluster`) and returns what it did."""
    report = tmp / "locust.json"
    env = {**os.environ, "CAREERQUIZ_LOCUST_REPORT": str(report)}
    command = [
        *(PYTHON, "-m", "locust", "-f", str(LOCUSTFILE), "--headless", "--only-summary"),
        *("--users", str(users), "--spawn-rate", str(spawn_rate), "--host", url),
        *("--run-time", f"{RUN_LIMIT}s", "--stop-timeout", "30", "--loglevel", "WARNING"),
    ]
    with (tmp / "locust.log").open("w") as log:
        locust = subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
        started = time.monotonic()
        events = during(started)
        locust.wait(timeout=RUN_LIMIT + 90)
        seconds = time.monotonic() - started
    if not report.exists():
        raise SystemExit(f"cluster: locust wrote no report:\n{(tmp / 'locust.log').read_text()}")
    # "seconds" is from the first request to the last quiz done, as locust measured it.
    return {"seconds": seconds, **json.loads(report.read_text()), "events": events}


def database_checks(env: dict[str, str], outcomes: list[dict]) -> dict:
    """What the database holds of the answers each simulated person sent."""
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "careerquiz.settings")
    import django

    django.setup()
    from quiz.models import Answer, Attempt
    from quiz.selectors import results_out_of_step

    stored: dict[str, dict[str, int]] = {}
    for token, item_id, value in Answer.objects.filter(
        attempt__finished_at__isnull=False
    ).values_list("attempt__token", "item_id", "value"):
        stored.setdefault(str(token), {})[f"item_{item_id}"] = value
    finished = [o for o in outcomes if "token" in o]
    lost = sum(len(set(o["answers"]) - set(stored.get(o["token"], {}))) for o in finished)
    changed = sum(
        1
        for o in finished
        for name, value in o["answers"].items()
        if name in stored.get(o["token"], {}) and stored[o["token"]][name] != value
    )
    return {
        "finished_in_db": Attempt.objects.finished().count(),
        "lost": lost,
        "changed": changed,
        "out_of_step": len(results_out_of_step()),
        "answers_sent": sum(len(o["answers"]) for o in finished),
    }
