"""The web UI in a real browser: Debian's Chromium, headless, driven by Playwright.

Screenshots go to nashra-test-output/screenshots in the temporary folder (or to
$NASHRA_TEST_OUTPUT/screenshots), never into the checkout.
"""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect, sync_playwright

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
SHOTS = (
    Path(os.environ.get("NASHRA_TEST_OUTPUT", Path(tempfile.gettempdir()) / "nashra-test-output"))
    / "screenshots"
)


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"no Chromium at {CHROMIUM}: apt-get install chromium (.ci/run does)")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, served_sqlite) -> Page:
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, base_url=served_sqlite.url
    )
    page = context.new_page()
    yield page
    context.close()


def test_search_in_arabic_then_item_then_person(page):
    page.goto("/")
    page.get_by_role("searchbox").fill("جون كيري البحرين")
    page.keyboard.press("Enter")
    expect(page.locator("article.hit").first).to_be_visible()
    expect(page.locator(".snippet mark").first).to_be_visible()
    expect(page.locator("svg.histogram rect").first).to_be_attached()
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.screenshot(path=SHOTS / "search.png", full_page=True)

    # The item whose record has the call with John Kerry.
    page.locator("article.hit", has=page.locator(".party", has_text="جون كيري")).first.locator(
        "h3 a"
    ).click()
    expect(page.locator(".original .text mark.m-person").first).to_be_visible()
    expect(page.locator(".record .type-call").first).to_be_visible()
    # A record value leads to its span in the text.
    link = page.locator(".record a.to-span").first
    target = link.get_attribute("href")
    link.click()
    assert page.url.endswith(target)
    expect(page.locator(f".original [id='{target[1:]}']")).to_be_attached()
    page.screenshot(path=SHOTS / "item.png", full_page=True)

    page.locator(".record .party a", has_text="جون كيري").first.click()
    expect(page.locator("h1")).to_contain_text("جون كيري")
    expect(page.locator("svg.histogram rect").first).to_be_attached()
    expect(page.locator("ol.met li a").first).to_be_visible()
    page.screenshot(path=SHOTS / "person.png", full_page=True)


def test_facets_narrow_a_search(page):
    page.goto("/?q=" + "البحرين")
    page.locator(".facets a", has_text="اتصال هاتفي").click()
    assert "type=call" in page.url
    expect(page.locator("article.hit").first).to_be_visible()
    assert page.locator("select[name=type]").input_value() == "call"


def test_the_network_and_a_node_to_its_page(page):
    page.goto("/network")
    nodes = page.locator("svg.network circle")
    expect(nodes.first).to_be_visible()
    assert nodes.count() >= 3
    assert page.locator("svg.network line").count() >= 2
    page.screenshot(path=SHOTS / "network.png", full_page=True)
    # the node's link, followed as a reader's click would (a small node may lie under
    # another's label, where a robot's click at its centre lands on that label)
    page.goto(page.locator("svg.network a.node").first.get_attribute("href"))
    expect(page.locator("h1")).to_be_visible()
    assert re.search(r"/entities/", page.url)


def test_the_network_labels_overlap_nothing_and_a_hovered_node_lights_its_lines(page):
    errors: list[str] = []
    page.on(
        "console", lambda message: errors.append(message.text) if message.type == "error" else None
    )
    page.goto("/network")
    boxes = [t.bounding_box() for t in page.locator("svg.network text").all()]
    for k, a in enumerate(boxes):
        for b in boxes[k + 1 :]:
            overlap_x = min(a["x"] + a["width"], b["x"] + b["width"]) - max(a["x"], b["x"])
            overlap_y = min(a["y"] + a["height"], b["y"] + b["height"]) - max(a["y"], b["y"])
            assert overlap_x <= 1 or overlap_y <= 1, "two labels overlap"
    # every node drawn met someone drawn
    nodes = page.locator("svg.network .node").count()
    assert nodes >= 3
    # the node itself (a label may be drawn clear of it, the gap between is no target)
    page.locator("svg.network a.node circle").first.hover()
    expect(page.locator("svg.network line.lit").first).to_be_attached()
    assert not errors  # the script ran under the page's Content-Security-Policy


def test_the_date_histogram_narrows_to_a_day(page):
    page.goto("/?q=" + "وزير")
    bars = page.locator("svg.histogram a")
    assert bars.count() >= 2
    bars.last.click()
    assert re.search(r"from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d|to=.*from=", page.url)
    expect(page.locator("input[name=from]")).not_to_have_value("")


def test_english_toggle_turns_the_page_left_to_right_and_stays(page):
    page.goto("/entities?type=state")
    page.get_by_role("link", name="English").click()
    assert page.locator("html").get_attribute("dir") == "ltr"
    expect(page.locator("h1")).to_have_text("Entities")
    page.goto("/events?state=BHR")  # the choice is remembered
    assert page.locator("html").get_attribute("lang") == "en"
    # names in the spelling English media use (the Arabic in the tooltip), states in English
    expect(page.locator(".party a", has_text="John Kerry").first).to_be_visible()
    assert (
        page.locator(".party a", has_text="John Kerry").first.get_attribute("title") == "جون كيري"
    )
    expect(page.locator("a.tag", has_text="Bahrain").first).to_be_visible()
    page.screenshot(path=SHOTS / "events-en.png", full_page=True)


def test_pages_work_without_javascript(browser, served_sqlite):
    context = browser.new_context(java_script_enabled=False, base_url=served_sqlite.url)
    page = context.new_page()
    page.goto("/")
    page.get_by_role("searchbox").fill("البحرين")
    page.get_by_role("button", name="بحث").click()
    expect(page.locator("article.hit").first).to_be_visible()
    context.close()


def test_issues_are_listed_and_shown_as_pages(page, served_sqlite):
    _a_bulletin(served_sqlite.db, "نشرة الاختبار")
    page.goto("/bulletins")
    page.get_by_role("link", name="نشرة الاختبار").first.click()
    expect(page.locator("article.bulletin h1")).to_contain_text("نشرة الاختبار")
    assert page.locator("article.bulletin .bulletin-item").count() == 3
    expect(page.locator(".dateline").first).to_be_visible()
    page.screenshot(path=SHOTS / "bulletin.png", full_page=True)


def test_the_api_docs_work_offline(page, served_sqlite):
    # every request the page makes stays on this server: the viewer ships with nashra
    elsewhere: list[str] = []
    page.on(
        "request",
        lambda r: None if r.url.startswith(served_sqlite.url) else elsewhere.append(r.url),
    )
    page.goto("/docs")
    page.locator(".opblock").first.wait_for()
    assert page.locator(".opblock").count() > 10  # the API's operations, listed
    assert elsewhere == []


SERIOUS = ("serious", "critical")


def _axe_violations(page: Page) -> list[str]:
    """axe-core run in the page (the copy axe-playwright-python ships: no network)."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} — {len(v['nodes'])} node(s), e.g. "
        f"{v['nodes'][0]['html'][:120]}"
        for v in results.response["violations"]
        if v["impact"] in SERIOUS
    ]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_no_serious_accessibility_violations_on_the_main_pages(page, served_sqlite, lang):
    item = page.request.get("/api/search?q=البحرين").json()["hits"][0]["item_id"]
    entity = page.request.get("/api/entities?type=person&limit=1").json()["entities"][0]["key"]
    paths = [
        "/?q=البحرين",
        f"/items/{item}",
        f"/entities/{entity}",
        "/network",
        "/events?state=BHR",
        "/bulletins",
        f"/bulletins/{_a_bulletin(served_sqlite.db, 'نشرة الفحص')}",
    ]
    page.goto(f"/?lang={lang}")
    found = {}
    for path in paths:
        answered = page.goto(path)
        assert answered is not None and answered.ok, path
        violations = _axe_violations(page)
        if violations:
            found[path] = violations
    assert not found, found


def _a_bulletin(db: str, title: str) -> int:
    """The number of a new bulletin composed from three of the archive's items."""
    from nashra.publishing import compose
    from nashra.storage import Archive

    with Archive(db) as archive:
        ids = [r[0] for r in archive.db.execute("SELECT DISTINCT item_id FROM events LIMIT 3")]
        number = compose.next_number(archive)
        compose.store(
            archive,
            compose.Bulletin(
                number=number,
                title=title,
                date=compose.dt.date(2015, 8, 11),
                items=compose.items_from_archive(archive, ids),
            ),
        )
    return number


def test_the_first_result_is_a_few_tabs_away(page):
    # from the search box, past its button and the filters' summary, to the first result
    page.goto("/?q=البحرين")
    page.get_by_role("searchbox").focus()
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.closest('article.hit') !== null"):
            break
    else:
        pytest.fail("the first result is more than 5 Tabs from the search box")


def test_a_skip_link_leads_to_the_results(page):
    # the first Tab of a page of results shows the skip link; from it, the next Tab is the
    # first result's headline
    page.goto("/?q=البحرين")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('href')") == "#results"
    expect(page.locator("a.skip")).to_be_in_viewport()
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('article.hit') !== null")


def test_results_come_before_the_facets_on_a_phone(browser, served_sqlite):
    context = browser.new_context(
        viewport={"width": 390, "height": 844}, base_url=served_sqlite.url
    )
    page = context.new_page()
    page.goto("/?q=البحرين")
    first = page.locator("article.hit").first.bounding_box()
    facets = page.locator("aside.facets").bounding_box()
    assert first["y"] < facets["y"] and first["y"] < 844  # on the first screen
    page.screenshot(path=SHOTS / "search-390.png", full_page=False)
    context.close()


PAGES = ["/?q=البحرين", "/events?state=BHR", "/network", "/entities?type=state", "/bulletins"]


@pytest.mark.parametrize("width", [1280, 390])
@pytest.mark.parametrize("lang", ["ar", "en"])
def test_every_page_fits_its_screen_in_both_languages(browser, served_sqlite, lang, width):
    # screenshots of each page, in each language, on a desktop and a phone, to look at; and no
    # page is wider than its screen (a table that clips its last column, a line that runs off)
    context = browser.new_context(
        viewport={"width": width, "height": 900}, base_url=served_sqlite.url
    )
    page = context.new_page()
    item = page.request.get("/api/search?q=البحرين").json()["hits"][0]["item_id"]
    entity = page.request.get("/api/entities?type=person&limit=1").json()["entities"][0]["key"]
    page.goto(f"/?lang={lang}")
    for path in [*PAGES, f"/items/{item}", f"/entities/{entity}"]:
        page.goto(path)
        name = re.sub(r"[^a-z]+", "-", path.split("?")[0]).strip("-") or "search"
        page.screenshot(path=SHOTS / f"{name}-{lang}-{width}.png", full_page=True)
        wide = page.evaluate("document.documentElement.scrollWidth")
        assert wide <= width + 1, f"{path} is {wide}px wide on a {width}px screen ({lang})"
    context.close()
