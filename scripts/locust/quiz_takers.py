"""Locust scenario: job seekers taking the quick quiz, one quiz per simulated person.

Each person comes from an address of its own (sent in X-Forwarded-For, as a trusted proxy in
front of the site would), opens the start page, starts the quick quiz, answers every page with
its CSRF token, and opens its result. Like a person who reloads, it waits Retry-After seconds
and sends the same request again when the site answers 503 (a database restart) or 429.

Used by `make loadtest` and `make cluster` (scripts/loadtest.py, scripts/cluster.py), which read
what each person sent and got from the JSON file named in CAREERQUIZ_LOCUST_REPORT.
"""

import hashlib
import itertools
import json
import os
import re
import time
from collections import Counter

import gevent
from locust import HttpUser, constant, events, task

SLUG = os.environ.get("CAREERQUIZ_LOCUST_SLUG", "quick")
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
ITEM_INPUT = re.compile(r'name="(item_\d+)"')
RESULT_PATH = re.compile(r"/results/([0-9a-f-]{36})/$")
TRIES = 30
MAX_WAIT = 5.0

numbers = itertools.count(1)
statuses: Counter = Counter()
retry_after_missing: Counter = Counter()
outcomes: list[dict] = []
times_ms: list[float] = []
span = {"first": 0.0, "last": 0.0}


class FlowError(Exception):
    pass


def answer_for(person: int, name: str) -> int:
    return hashlib.sha256(f"{person}:{name}".encode()).digest()[0] % 5


class QuizTaker(HttpUser):
    wait_time = constant(0)

    def on_start(self) -> None:
        self.person = next(numbers)
        self.client.headers["X-Forwarded-For"] = f"10.{self.person // 250}.{self.person % 250}.7"

    def send(self, method: str, path: str, expected: int, name: str, data=None):
        """The request, sent again after Retry-After while the site answers 503 or 429."""
        for _ in range(TRIES):
            # Production cookies are marked Secure; this plain-HTTP test on loopback sends them
            # anyway, as the browser behind an HTTPS proxy would.
            cookies = "; ".join(f"{c.name}={c.value}" for c in self.client.cookies)
            with self.client.request(
                method,
                path,
                data=data,
                name=name,
                headers={"Cookie": cookies} if cookies else {},
                allow_redirects=False,
                catch_response=True,
            ) as response:
                statuses[response.status_code] += 1
                if response.status_code in (429, 503):
                    wait = response.headers.get("Retry-After")
                    if wait is None:
                        retry_after_missing[response.status_code] += 1
                    response.success()  # an answer the flow handles, not a failure
                    time.sleep(min(float(wait or 1), MAX_WAIT))
                    continue
                if response.status_code != expected:
                    response.failure(f"{method} {path}: {response.status_code}")
                    raise FlowError(f"{method} {path} answered {response.status_code}")
                return response
        raise FlowError(f"{method} {path}: still unavailable after {TRIES} tries")

    def take_quiz(self) -> dict:
        span["first"] = span["first"] or time.monotonic()
        start = self.send("GET", "/quiz/", 200, "/quiz/")
        token = CSRF_INPUT.search(start.text).group(1)
        data = {"csrfmiddlewaretoken": token, "questionnaire": SLUG}
        location = self.send("POST", "/quiz/", 302, "/quiz/ start", data).headers["Location"]
        sent: dict[str, int] = {}
        number = 1
        while not RESULT_PATH.search(location):
            page = self.send("GET", f"/quiz/page/{number}/", 200, "/quiz/page/[n]/")
            names = list(dict.fromkeys(ITEM_INPUT.findall(page.text)))
            answers = {name: answer_for(self.person, name) for name in names}
            last = "See my results" in page.text
            form = {
                "csrfmiddlewaretoken": CSRF_INPUT.search(page.text).group(1),
                "action": "finish" if last else "next",
                **answers,
            }
            posted = self.send("POST", f"/quiz/page/{number}/", 302, "/quiz/page/[n]/ post", form)
            sent.update(answers)
            location = posted.headers["Location"]
            number += 1
            if number > 50:
                raise FlowError("the quiz never ended")
        self.send("GET", location, 200, "/results/[token]/")
        result = RESULT_PATH.search(location).group(1)
        return {"person": self.person, "token": result, "answers": sent}

    @task
    def one_quiz(self) -> None:
        try:
            outcomes.append(self.take_quiz())
        except (FlowError, AttributeError) as error:
            outcomes.append({"person": self.person, "error": str(error)})
        span["last"] = time.monotonic()
        # One quiz per person: the run ends when every person is done. Until then a person who
        # is done stays idle (a stopped user would be replaced by a new one).
        if len(outcomes) >= self.environment.parsed_options.num_users:
            gevent.spawn(self.environment.runner.quit)  # not from this user's own greenlet
        while True:
            time.sleep(60)


@events.request.add_listener
def timed(response_time, **kwargs) -> None:
    times_ms.append(response_time)


def percentiles() -> dict[str, float]:
    ordered = sorted(times_ms) or [0.0]
    at = lambda share: ordered[min(len(ordered) - 1, int(share * len(ordered)))]  # noqa: E731
    return {"p50": at(0.5), "p95": at(0.95), "max": ordered[-1]}


@events.quitting.add_listener
def write_report(environment, **kwargs) -> None:
    path = os.environ.get("CAREERQUIZ_LOCUST_REPORT")
    if not path:
        return
    report = {
        "statuses": {str(k): v for k, v in sorted(statuses.items())},
        "retry_after_missing": {str(k): v for k, v in retry_after_missing.items()},
        "outcomes": outcomes,
        "requests": sum(statuses.values()),
        "latency_ms": percentiles(),
        "seconds": span["last"] - span["first"],
    }
    with open(path, "w") as out:
        json.dump(report, out)
