"""In a real browser (Debian's chromium): an admin uploads the sample page, watches its job go
from queued to done, and searches it. The Celery worker is a real process."""
import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    if os.environ.get("CI"):
        raise RuntimeError("CI needs /usr/bin/chromium: `python3 dev.py test` installs it")
    pytest.skip("chromium is not installed (python3 dev.py test installs it as root)",
                allow_module_level=True)

from playwright.sync_api import expect, sync_playwright  # noqa: E402

SAMPLE = Path(__file__).resolve().parents[1] / "sample" / "seed-page.txt"


@pytest.fixture
def server(transactional_db):
    """A live server of this test's own, stopped before the test database is dropped (the
    session-wide one outlives it and keeps a PostgreSQL session open)."""
    from pytest_django.live_server_helper import LiveServer

    live = LiveServer("localhost")
    yield live
    live.stop()


@pytest.fixture
def editor(django_user_model):
    """Made before the browser starts: a connection the test body opened under Playwright's
    event loop would belong to another async context and never be closed by Django."""
    return django_user_model.objects.create_superuser("editor", "e@example.org",
                                                      "s3cret-pass-42")


@pytest.fixture
def browser_page(monkeypatch):
    # Playwright's sync API runs an event loop in this thread; the live server's database
    # access from this thread is still synchronous, so Django may allow it here.
    monkeypatch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run"])
        page = browser.new_page()
        yield page
        browser.close()


def test_it_uploads_watches_the_job_and_finds_the_page(
        server, celery_worker_process, editor, browser_page):
    page = browser_page
    page.goto(f"{server.url}/upload/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", "s3cret-pass-42")
    page.click("input[type=submit]")
    page.wait_for_url("**/upload/")

    page.set_input_files("#id_files", str(SAMPLE))
    page.fill("#id_date", "2022-04-13")
    page.fill("#id_number", "5")
    page.fill("#id_page_name", "党建")
    page.click("form.stacked button[type=submit]")

    row = page.locator("#jobs tr[data-job]").first
    expect(row.locator(".message")).to_contain_text("8 items loaded", timeout=60_000)
    expect(row.locator(".status")).to_have_class("status status-done")
    row.locator("a", has_text="查看版面").click()
    expect(page.locator("h1")).to_contain_text("党建")

    page.fill("header input[name=q]", "杭锦旗")
    page.press("header input[name=q]", "Enter")
    expect(page.locator("main")).to_contain_text("“硬”措施优化“软”实力")
    expect(page.locator("main mark").first).to_have_text("杭锦旗")

