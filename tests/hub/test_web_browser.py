"""The hub's web page in a real browser: Debian's chromium, headless, driven by Selenium
through chromium-driver, against a real ``relais hub serve`` over two synced demo sites.

Skips (saying why) only when chromium, chromium-driver or selenium is absent. Screenshots of
each page go to the test's folder, and to ``RELAIS_HUB_SHOTS`` when that names a folder.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop.core.store.vault import Vault
from desktop.hub import report_queries
from tests.hub.conftest import HubProcess
from tests.hub.national_data import last_year, second_site, sync_both

ROOT = Path(__file__).resolve().parents[2]
COORDINATOR, PASSWORD = "coordinatrice", "mot de passe du hub 2026"


def _browser_parts() -> tuple[str, str]:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver") or (
        "/usr/lib/chromium/chromedriver" if Path("/usr/lib/chromium/chromedriver").exists()
        else None)
    if not chromium or not driver:
        pytest.skip("chromium and chromium-driver are not installed (Debian: apt-get install "
                    "chromium chromium-driver): the hub page's browser test needs them")
    try:
        import selenium  # noqa: F401
    except ImportError:
        pytest.skip("selenium is not installed: pip install -e '.[dev]'")
    return chromium, driver


def add_coordinator(db: str, name: str = COORDINATOR, password: str = PASSWORD) -> None:
    """``relais hub user add`` as an administrator of the hub types it (password on stdin)."""
    done = subprocess.run([sys.executable, "-m", "desktop", "hub", "user", "add", "--db", db,
                           "--name", name], cwd=ROOT, input=password + "\n", text=True,
                          capture_output=True, timeout=120,
                          env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    """Headless chromium downloading into ``tmp_path / "downloads"``."""
    chromium, driver_path = _browser_parts()
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--window-size=1366,900", "--disable-gpu",
                 "--disable-dev-shm-usage", "--lang=fr-FR"):
        options.add_argument(flag)
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")  # chromium refuses to start as root otherwise
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads), "download.prompt_for_download": False,
        "intl.accept_languages": "fr-FR,fr"})
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.execute_cdp_cmd("Page.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": str(downloads)})
    driver.downloads = downloads
    try:
        yield driver
    finally:
        driver.quit()


def _shot(driver: Any, tmp_path: Path, name: str) -> None:
    driver.save_screenshot(str(tmp_path / f"{name}.png"))
    target = os.environ.get("RELAIS_HUB_SHOTS")
    if target:
        Path(target).mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(Path(target) / f"{name}.png"))


def _wait_for(driver: Any, condition: Any, timeout: float = 30) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(driver, timeout).until(condition)


def _downloaded(folder: Path, suffix: str, timeout: float = 60) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = [p for p in folder.iterdir() if p.suffix == suffix]
        if done:
            return done[0]
        time.sleep(0.2)
    raise AssertionError(f"no {suffix} file downloaded: {list(folder.iterdir())}")


def test_a_coordinator_logs_in_reads_a_table_downloads_and_logs_out(
        admin: Vault, tmp_path: Path, hub_server: HubProcess, browser: Any,
        today: date) -> None:
    from selenium.webdriver.common.by import By

    year = last_year(today)
    with second_site(tmp_path) as kayes:
        sync_both(admin, kayes, hub_server, cases=60)
    add_coordinator(hub_server.db)
    expected = report_queries.national_report(hub_server.db, year, lang="fr")
    base = hub_server.url

    browser.get(base + "/sites")  # not logged in: the login page
    assert browser.current_url.endswith("/login")
    assert browser.find_element(By.TAG_NAME, "h2").text == "Connexion des coordinatrices"
    _shot(browser, tmp_path, "1-login")
    browser.find_element(By.ID, "name").send_keys(COORDINATOR)
    browser.find_element(By.ID, "password").send_keys("pas le bon")
    browser.find_element(By.ID, "login").click()
    _wait_for(browser, lambda d: d.find_elements(By.ID, "error"))
    assert "Nom ou mot de passe incorrect" in browser.find_element(By.ID, "error").text
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    browser.find_element(By.ID, "login").click()
    _wait_for(browser, lambda d: d.current_url.endswith("/sites"))
    assert browser.current_url.endswith("/sites")
    sites = browser.find_element(By.ID, "sites").text
    assert "MOPTI" in sites and "KAYES" in sites
    _shot(browser, tmp_path, "2-sites")

    browser.get(base + "/report")
    for field, day in (("from", year.start), ("to", year.end)):
        browser.execute_script("arguments[0].value = arguments[1]",
                               browser.find_element(By.ID, field), day.isoformat())
    browser.find_element(By.ID, "show").click()
    _wait_for(browser, lambda d: "from=" in d.current_url)
    opened = browser.find_element(By.CSS_SELECTOR, '#t-cases tr[data-row="opened"] td.n')
    assert opened.text == expected.table("cases").cells()[0][1]
    assert int(opened.text) == expected.table("cases").value("opened", 0) > 20
    total = browser.find_element(By.CSS_SELECTOR, '#t-gbv_type tr[data-row="_total"] td.n')
    assert total.text == expected.table("gbv_type").cells()[-1][1]
    _shot(browser, tmp_path, "3-report")
    browser.execute_script("arguments[0].scrollIntoView()",
                           browser.find_element(By.ID, "t-perpetrator"))
    _shot(browser, tmp_path, "3b-report-two-way")

    browser.find_element(By.ID, "dl-csv").click()
    data = _downloaded(browser.downloads, ".csv").read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(data), delimiter=";"))
    assert expected.table("cases").cells()[0] == [rows_label := expected.table("cases").cells()[
        0][0], opened.text]
    assert [rows_label, opened.text] in [r[:2] for r in rows]
    browser.find_element(By.ID, "dl-ir").click()
    workbook = _downloaded(browser.downloads, ".xlsx")
    from openpyxl import load_workbook

    sheet = load_workbook(workbook, read_only=True)["Incident Data"]
    codes = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert len(codes) == expected.table("gbv_type").value("_total", 0) + _no_incident(expected)

    browser.get(base + "/sea")
    assert browser.find_element(By.TAG_NAME, "h2").text.startswith("Assistance aux victimes")
    _shot(browser, tmp_path, "4-sea")
    browser.find_element(By.ID, "lang").click()  # English, second language, remembered
    _wait_for(browser, lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang")
              == "en")
    assert browser.current_url.endswith("/sea")
    assert browser.find_element(By.TAG_NAME, "h2").text == "SEA victim assistance across sites"
    browser.get(base + "/sites")
    assert browser.find_element(By.ID, "logout").text == "Log out"
    _shot(browser, tmp_path, "5-sites-en")

    browser.find_element(By.ID, "logout").click()
    _wait_for(browser, lambda d: d.current_url.endswith("/login"))
    assert browser.current_url.endswith("/login")
    browser.get(base + "/report")  # the session is gone: back to the login page
    assert browser.current_url.endswith("/login")


def _no_incident(report: Any) -> int:
    """Rows of cases without any incident (the demo gives every case one)."""
    return 0
