"""A real headless Chromium against the live server, one browser for the whole session.

Playwright drives the system Chromium (never `playwright install`). Without a Chromium the
tests skip with a plain message, except under CI=true, where they fail.
"""

import io
import os
import re
import shutil
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

# Playwright's sync API runs an event loop in this thread; Django would refuse ORM calls.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
NO_CHROMIUM = "no Chromium found (apt-get install chromium)"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
BLOCKING_IMPACTS = {"serious", "critical"}
LOCAL_SCHEMES = ("data:", "about:", "blob:")

_skipped: list[str] = []


def find_chromium() -> str | None:
    """CAREERQUIZ_CHROMIUM if set, else the first Chromium on PATH."""
    explicit = os.environ.get("CAREERQUIZ_CHROMIUM")
    if explicit:
        return explicit if Path(explicit).is_file() else None
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def _unavailable(reason: str):
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"CI=true requires the browser tests, but {reason}", pytrace=False)
    _skipped.append(f"browser tests skipped: {reason}")
    pytest.skip(_skipped[-1])


@pytest.fixture(scope="session")
def browser():
    executable = find_chromium()
    if executable is None:
        _unavailable(NO_CHROMIUM)
    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def pytest_terminal_summary(terminalreporter):
    if _skipped:
        terminalreporter.write_line(_skipped[0], yellow=True)


@pytest.fixture
def site(live_server, transactional_db):
    """The live server's address, its database holding the default data."""
    from django.core.management import call_command

    call_command("load_default_data", verbosity=0, stdout=io.StringIO())
    return live_server.url


@pytest.fixture
def new_page(browser, site):
    """Opens pages in fresh browser contexts; every request must stay on the live server."""
    contexts = []
    requests: list[str] = []

    def open_page(**options):
        context = browser.new_context(**options)
        context.set_default_timeout(10_000)
        context.on("request", lambda request: requests.append(request.url))
        contexts.append(context)
        return context.new_page()

    open_page.requests = requests
    yield open_page
    for context in contexts:
        context.close()
    foreign = [url for url in requests if not url.startswith((site, *LOCAL_SCHEMES))]
    assert not foreign, f"requests to hosts other than {site}: {foreign}"


@pytest.fixture
def page(new_page):
    return new_page(viewport={"width": 1280, "height": 900})


def screenshot(page, name: str) -> None:
    """Keep a picture of the page under test-artifacts/ for a human to review."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    page.screenshot(path=str(ARTIFACTS / f"{slug}.png"), full_page=True)


def axe_violations(page) -> list[dict]:
    """Serious or critical WCAG 2.1 A/AA violations that axe-core finds on the page."""
    page.evaluate(_axe_script())
    results = page.evaluate(
        "options => axe.run(document, options)",
        {"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]},
    )
    return [v for v in results["violations"] if v["impact"] in BLOCKING_IMPACTS]


def describe_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"[{violation['impact']}] {violation['id']}: {violation['help']}")
        for node in violation["nodes"][:10]:
            lines.append(f"    {' '.join(node['target'])}: {node['failureSummary']!r}")
            lines.append(f"      {node['html'][:200]}")
    return "\n".join(lines)


def assert_accessible(page, name: str) -> None:
    screenshot(page, name)
    violations = axe_violations(page)
    assert not violations, f"axe on {name} ({page.url}):\n{describe_violations(violations)}"


_AXE_SCRIPT: list[str] = []


def _axe_script() -> str:
    # axe-core as shipped by the axe-playwright-python package, evaluated in the page.
    if not _AXE_SCRIPT:
        import axe_playwright_python

        path = Path(axe_playwright_python.__file__).with_name("axe.min.js")
        _AXE_SCRIPT.append(path.read_text(encoding="utf-8"))
    return _AXE_SCRIPT[0]


def item_letters() -> dict[str, str]:
    """Each answer group's field name mapped to its item's interest area letter."""
    from quiz.models import Item

    return {f"item_{item.pk}": item.area.letter for item in Item.objects.select_related("area")}


def finished_result(slug: str, values: dict[str, int]):
    """A result made through the quiz services: every item answered by its area's value."""
    from quiz.models import Questionnaire
    from quiz.selectors import active_items
    from quiz.services import attempt_finish, attempt_save_page, attempt_start

    attempt = attempt_start(questionnaire=Questionnaire.objects.get(slug=slug))
    items = active_items(attempt.questionnaire_id)
    attempt_save_page(attempt=attempt, answers={item: values[item.area_letter] for item in items})
    return attempt_finish(attempt=attempt, items=items)


def group_names(page) -> list[str]:
    """The radio group name of each fieldset on a quiz page, in page order."""
    return page.eval_on_selector_all(
        "form.quiz-page fieldset", "sets => sets.map(s => s.querySelector('input').name)"
    )


def checked_values(page) -> dict[str, int]:
    pairs = page.eval_on_selector_all(
        "form.quiz-page input[type=radio]:checked", "inputs => inputs.map(i => [i.name, +i.value])"
    )
    return dict(pairs)
