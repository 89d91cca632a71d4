"""The review page in a real headless Chromium (Debian's chromium and chromedriver).

Skipped, with the reason, only where Chromium or its driver is not installed (``.ci/run``
installs them). Saves a screenshot to ``docs/review.png`` when KLAIM_SCREENSHOT is set, else to
the test's temporary folder.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from klaim.cli import main
from tests.conftest import ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)")


@pytest.fixture
def browser(tmp_path: Path):  # type: ignore[no-untyped-def]
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'profile'}",
                 "--window-size=1400,1800"):
        options.add_argument(flag)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
    try:
        yield driver
    finally:
        driver.quit()


def test_review_page_shows_spans_and_messages_on_hover(browser, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    claims = [str(p) for p in sorted((ROOT / "claims").glob("*.claims.yaml"))]
    page = tmp_path / "review.html"
    main(["review", *claims, "-o", str(page)])
    main(["check", *claims, "--format", "json", "-o", str(tmp_path / "r.json")])
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    browser.get(page.as_uri())

    badges = browser.find_elements(By.CSS_SELECTOR, "a.badge")
    drawn = [f for f in report["findings"] if f["file"].startswith("seeds/") and f["length"] > 0]
    assert len(badges) == len(drawn)
    for badge in badges:
        assert badge.is_displayed()
    spans = browser.find_elements(By.CSS_SELECTOR, "span.f")
    assert all(span.is_displayed() for span in spans)

    if badges:
        tip = badges[0].find_element(By.CSS_SELECTOR, ".tip")
        assert not tip.is_displayed()
        ActionChains(browser).move_to_element(badges[0]).perform()
        assert tip.is_displayed()
        assert drawn[0]["code"] in tip.text
        # Keyboard: focusing a badge shows its message too.
        browser.execute_script("document.activeElement.blur(); arguments[0].focus();", badges[-1])
        assert badges[-1].find_element(By.CSS_SELECTOR, ".tip").is_displayed()

    target = Path(os.environ["KLAIM_SCREENSHOT"]) if os.environ.get("KLAIM_SCREENSHOT") else tmp_path / "review.png"
    ActionChains(browser).move_to_element(badges[0] if badges else browser.find_element(By.TAG_NAME, "h1")).perform()
    assert browser.save_screenshot(str(target))
    assert target.stat().st_size > 10_000
