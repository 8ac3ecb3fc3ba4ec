"""The interactive docs in a real headless Chromium, under the site's Content-Security-Policy."""

import pytest

pytestmark = pytest.mark.browser


def test_docs_render_every_operation_with_local_files_only(page, site):
    errors: list[str] = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    response = page.goto(f"{site}/api/v1/docs")
    assert response.status == 200
    assert "script-src 'self';" in response.headers["content-security-policy"]
    page.wait_for_selector(".opblock-summary-path", timeout=15_000)
    paths = page.locator(".opblock-summary-path").all_inner_texts()
    assert sorted(path.strip().replace("\u200b", "") for path in paths) == [
        "/api/v1/areas/",
        "/api/v1/careers/",
        "/api/v1/careers/{soc_code}/",
        "/api/v1/matches/",
        "/api/v1/questionnaires/",
        "/api/v1/questionnaires/{slug}/",
        "/api/v1/results/",
        "/api/v1/results/{token}/",
    ]
    assert page.locator(".info .title").inner_text().startswith("careerquiz API")
    # No script, style or connection was refused by the policy, and nothing else failed.
    assert errors == []
