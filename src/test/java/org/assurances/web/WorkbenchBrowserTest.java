package org.assurances.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in real headless Chromium (Debian's chromium and chromium-driver, installed by .ci/run):
 * build the 13 Nov 1962 state by clicking, read the verdicts, follow a fact reference, open the
 * timeline, read the rulebook, share the set as a link, fit a phone, and save screenshots.
 */
@QuarkusTest
@EnabledIf(
        value = "org.assurances.web.Browser#enabled",
        disabledReason = "Chromium and chromium-driver are not installed")
class WorkbenchBrowserTest {
    static ChromeDriver browser;
    static WebDriverWait wait;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void open() {
        Browser.check();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(Browser.CHROMIUM.toString());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Browser.DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    /** The workbench, ready, with scenario {@code id} chosen and its as-of date (its first ten characters) shown. */
    private void openScenario(String id) {
        browser.get(root.toString());
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        new Select(browser.findElement(By.id("scenario"))).selectByValue(id);
        String asOf = id.substring(0, 10);
        wait.until(d -> asOf.equals(d.findElement(By.id("asOf")).getDomProperty("value")));
    }

    /** The workbench opened on a share link carrying {@code factSetJson}, as the Share link button makes it. */
    private void openShared(String factSetJson) {
        browser.get(root + "#/?set="
                + java.util.Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(factSetJson.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The name a screenshot gets a suffix by: "" at desktop width, "-phone" at phone width. */
    static String suffix = "";

    /**
     * The window at {@code width}: 1400 x 1000 at desktop width, 390 x 844 (a phone) otherwise, on a blank page, so
     * that the test's first address loads the page afresh (a change of the address's # part alone would not).
     */
    private static void width(int width) {
        browser.get("about:blank");
        browser.manage().window().setSize(width < 600 ? new Dimension(width, 844) : new Dimension(width, 1000));
        suffix = width < 600 ? "-phone" : "";
    }

    @AfterEach
    void desktopAgain() {
        width(1400);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void anAnalystBuildsTheThirteenthOfNovemberByClickingAndReadsTheVerdicts() throws Exception {
        browser.get(root.toString());
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        ((JavascriptExecutor) browser)
                .executeScript("window.busyLog = []; new MutationObserver(() => window.busyLog.push("
                        + "document.getElementById('output').getAttribute('aria-busy')))"
                        + ".observe(document.getElementById('output'), {attributeFilter: ['aria-busy']});");
        setDate(browser.findElement(By.id("asOf")), "1962-11-13");
        addFact("weaponSystem", "system", "MRBM", "status", "REMOVED");
        addFact("weaponSystem", "system", "IRBM", "status", "NEVER_DELIVERED");
        addFact("weaponSystem", "system", "IL28_BOMBER", "status", "PRESENT");
        addFact("verification", "by", "UN", "onSite", "true", "outcome", "REFUSED");
        addFact("undertaking", "party", "USSR", "pledge", "REMOVE_IL28", "status", "NOT_GIVEN");

        assertThat(browser.findElements(By.cssSelector("#facts .fact"))).hasSize(5);
        assertThat(verdict("QUARANTINE_LIFT")).isEqualTo("NOT_BINDING");
        @SuppressWarnings("unchecked")
        List<String> busyLog = (List<String>) ((JavascriptExecutor) browser).executeScript("return window.busyLog;");
        // While a change waits for its answer, the verdicts say they are busy (for a screen reader), then not.
        assertThat(busyLog).as("aria-busy of the verdicts, change by change").contains("true");
        assertThat(busyLog.get(busyLog.size() - 1)).isEqualTo("false");
        assertThat(verdict("NON_INVASION")).isEqualTo("NOT_BINDING");
        assertThat(verdict("AIR_SURVEILLANCE")).isEqualTo("BINDING");
        browser.findElement(By.cssSelector(".verdict[data-id=NON_INVASION] details.conditions > summary"))
                .click();
        WebElement un = browser.findElement(
                By.cssSelector(".verdict[data-id=NON_INVASION] .condition[data-id=UN_VERIFICATION]"));
        assertThat(un.getText())
                .contains("unknown", "follows the removal")
                .doesNotContain("UNKNOWN", "on site REFUSED");
        assertThat(un.findElement(By.cssSelector(".badge")).getDomAttribute("title"))
                .isEqualTo("UNKNOWN");

        un.findElement(By.cssSelector("a.factref")).click();
        wait.until(d -> d.findElement(By.id("fact-3")).getDomAttribute("class").contains("highlight"));
        assertThat(browser.findElement(By.id("json")).getDomProperty("value")).contains("\"REMOVE_IL28\"");
        screenshot("workbench");

        browser.findElement(By.id("share")).click();
        String link = browser.getCurrentUrl();
        assertThat(link).contains("#/?set=");
        browser.get(root.toString());
        browser.navigate().refresh();
        browser.get(link);
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        wait.until(d -> d.findElements(By.cssSelector("#facts .fact")).size() == 5);
        assertThat(verdict("QUARANTINE_LIFT")).isEqualTo("NOT_BINDING");
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400, 390})
    void theTimelineShowsTheHistoryAndTheRulebookItsConditionTrees(int width) throws Exception {
        width(width);
        browser.get(root + "#/timeline");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        browser.findElement(By.id("replay")).click();
        wait.until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-replayed") != null);
        List<WebElement> bands =
                browser.findElements(By.cssSelector("#timelineChart svg rect.band[data-id=QUARANTINE_LIFT]"));
        assertThat(bands).isNotEmpty();
        assertThat(browser.findElement(By.id("transitions")).getText())
                .contains("20 Nov 1962", "The US lifts the quarantine: not binding → binding")
                .containsPattern("the US lifted the quarantine \\(fact #\\d+\\)")
                .doesNotContain("conditions only", "NOT_BINDING", "UNSATISFIED");
        // rows by title; a tap on a date says what happened that day
        // (on a phone shortened, so that the days get the width; the whole title and the id on hover)
        WebElement row = browser.findElement(By.cssSelector("#timelineChart svg text[data-id=QUARANTINE_LIFT]"));
        if (width < 600) {
            assertThat(row.getText()).isEqualTo("The US lifts the quaran…");
            assertThat(row.findElement(By.tagName("title")).getDomProperty("textContent"))
                    .isEqualTo("The US lifts the quarantine (QUARANTINE_LIFT)");
        } else {
            assertThat(row.getText()).isEqualTo("The US lifts the quarantine");
        }
        browser.findElement(By.cssSelector("#timelineChart svg text.date[data-date='1962-11-20']"))
                .click();
        assertThat(browser.findElement(By.id("timelineTip")).getText())
                .startsWith("20 Nov 1962")
                .contains("The US lifts the quarantine");
        screenshot("timeline");

        browser.get(root + "#/rulebook");
        wait.until(d -> d.findElement(By.id("rule-NON_INVASION")).isDisplayed());
        assertThat(browser.findElement(By.id("rule-NON_INVASION")).getText())
                .contains("An assurance against an invasion of Cuba", "Safeguards against reintroduction");
        // any-of and all-of are marked, the notation explained, the rule's DRL under its paragraph, a search
        assertThat(browser.findElement(By.cssSelector("#rule-QUARANTINE_LIFT li[data-id=BOMBER_TERM] > .combines"))
                        .getText())
                .isEqualTo("any of:");
        assertThat(browser.findElement(By.cssSelector("#rule-NON_INVASION li[data-id=UNDERTAKINGS] > .combines"))
                        .getText())
                .isEqualTo("all of:");
        assertThat(browser.findElement(By.cssSelector("#rulebook .legend")).getText())
                .contains("dashed box");
        WebElement drl = browser.findElement(By.cssSelector("#rule-NON_INVASION details.drl"));
        drl.findElement(By.tagName("summary")).click();
        assertThat(drl.getText()).contains("rule \"6(a) binds when para 7 is met", "Decide.status(");
        WebElement search = browser.findElement(By.id("rulebookSearch"));
        search.sendKeys("IL-28");
        wait.until(d -> !d.findElement(By.id("rulebookCount")).getText().isEmpty());
        assertThat(browser.findElement(By.id("rule-QUARANTINE_LIFT")).isDisplayed())
                .isTrue();
        assertThat(browser.findElement(By.id("rule-AIR_SURVEILLANCE")).isDisplayed())
                .isFalse();
        search.clear();
        search.sendKeys(" ");
        screenshot("rulebook");
    }

    @Test
    void theCoveragePageListsEveryRuleWithTheCasesThatFireIt() throws Exception {
        browser.get(root + "#/coverage");
        wait.until(
                d -> d.findElements(By.cssSelector("#coverageTable tbody tr")).size() > 60);
        assertThat(browser.findElement(By.id("coverageSummary")).getText())
                .contains("every rule fires in at least one case");
        assertThat(browser.findElements(By.cssSelector("#coverageTable tr.unfired")))
                .isEmpty();
        assertThat(browser.findElement(By.id("coverageTable")).getText())
                .contains(
                        "para7.drl", "7(a) holds when the offensive weapons are out and the UN verified their removal");
        screenshot("coverage");
    }

    @Test
    void theAnswerComesFirstAllSevenOnTheFirstScreenAndOnAPhoneBeforeTheForms() throws Exception {
        browser.get(root.toString());
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        Dimension before = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(1400, 900));
            new Select(browser.findElement(By.id("scenario"))).selectByValue("1962-11-13-bombers-remain");
            wait.until(d -> "1962-11-13".equals(d.findElement(By.id("asOf")).getDomProperty("value")));
            assertThat(verdict("NON_INVASION")).isEqualTo("NOT_BINDING");
            ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
            List<WebElement> lines = browser.findElements(By.cssSelector("#answerLines .answer-line"));
            assertThat(lines).hasSize(7);
            long height = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerHeight;");
            for (WebElement line : lines) {
                assertThat(line.getRect().getY() + line.getRect().getHeight())
                        .as("on the first screen: " + line.getText())
                        .isLessThanOrEqualTo((int) height);
                assertThat(line.getText()).containsPattern("^(BINDING|NOT BINDING|UNDETERMINED) .+ — .+");
            }
            // in the memo's words, the one fact that decides it named and linked, its field values on hover only
            WebElement nonInvasion = browser.findElement(By.cssSelector("#answerLines [data-id=NON_INVASION]"));
            assertThat(nonInvasion.getText())
                    .contains("not binding: Offensive systems (MRBM, IRBM, IL-28) are out of Cuba — fails: "
                            + "the IL-28 bombers are in Cuba (fact #2, 22 Oct 1962)")
                    .doesNotContain("IL28_BOMBER", "PRESENT", "UNSATISFIED");
            assertThat(nonInvasion.findElements(By.cssSelector("a.factref")))
                    .extracting(WebElement::getText)
                    .containsExactly("#2");
            assertThat(browser.findElement(By.cssSelector("#answerLines [data-id=AIR_SURVEILLANCE]"))
                            .getText())
                    .contains("binding since 23 Oct 1962");
            screenshot("answer-first");
            // the line leads to its verdict, whose tree opens
            browser.findElement(By.cssSelector("#answerLines [data-id=NON_INVASION] a.to-verdict"))
                    .click();
            wait.until(d -> d.findElement(By.cssSelector("#verdict-NON_INVASION details.conditions"))
                            .getDomAttribute("open")
                    != null);
            browser.manage().window().setSize(new Dimension(390, 844));
            ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
            int answer = browser.findElement(By.id("answerFirst")).getRect().getY();
            int forms = browser.findElement(By.id("facts")).getRect().getY();
            assertThat(answer)
                    .as("on a phone the answer comes before the fact forms")
                    .isLessThan(forms);
            screenshot("answer-first-phone");
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400, 390})
    void whileTheInputIsInvalidTheLastVerdictsAreWithdrawnAndTheErrorSitsBesideItsField(int width) throws Exception {
        width(width);
        openScenario("1962-11-13-bombers-remain");
        assertThat(verdict("NON_INVASION")).isEqualTo("NOT_BINDING");
        WebElement json = browser.findElement(By.id("json"));
        String valid = json.getDomProperty("value");
        // not JSON at all: withdrawn, and the reason is under the JSON box
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));",
                        json,
                        valid.substring(0, valid.length() / 2));
        wait.until(
                d -> d.findElement(By.id("verdicts")).getDomAttribute("class").contains("stale"));
        assertThat(browser.findElement(By.id("staleNotice")).getText()).startsWith("Not evaluated:");
        assertThat(browser.findElement(By.id("jsonError")).getText()).startsWith("Not valid JSON yet");
        // a misspelt field: the error beside the field of that fact
        String misspelt = valid.replaceFirst("\"status\"", "\"statu\"");
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));",
                        json,
                        misspelt);
        wait.until(
                d -> !d.findElements(By.cssSelector("#facts .fact .fielderror")).isEmpty());
        WebElement beside = browser.findElement(By.cssSelector("#facts .fact .fielderror"));
        String fact = beside.findElement(By.xpath("ancestor::li[contains(@class,'fact')]"))
                .getDomAttribute("data-index");
        assertThat(beside.getText()).contains("unknown field 'statu'", "did you mean 'status'");
        assertThat(browser.findElement(By.id("staleNotice")).getText()).contains("fix fact " + fact + ", field statu");
        assertThat(browser.findElement(By.id("answerFirst")).getDomAttribute("class"))
                .contains("stale");
        screenshot("stale");
        // fixed: fresh again
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));",
                        json,
                        valid);
        wait.until(
                d -> !d.findElement(By.id("verdicts")).getDomAttribute("class").contains("stale"));
        assertThat(browser.findElements(By.cssSelector(".fielderror"))).isEmpty();
        assertThat(browser.findElement(By.id("staleNotice")).isDisplayed()).isFalse();
    }

    /** axe-core from npm (npm ci), run in the page: no serious or critical violation on any page, at either width. */
    @Test
    void noPageHasASeriousOrCriticalAccessibilityViolationAtEitherWidth() throws Exception {
        Path axe = Path.of("node_modules/axe-core/axe.min.js");
        if (!Files.exists(axe)) {
            org.junit.jupiter.api.Assertions.assertFalse(
                    Browser.required(), "axe-core is not installed: run npm ci (as .ci/run does)");
            org.junit.jupiter.api.Assumptions.abort("axe-core is not installed: npm ci installs it");
        }
        String script = Files.readString(axe);
        JavascriptExecutor js = browser;
        Dimension before = browser.manage().window().getSize();
        List<String> found = new java.util.ArrayList<>();
        try {
            for (Dimension size : List.of(new Dimension(1400, 900), new Dimension(390, 844))) {
                browser.manage().window().setSize(size);
                for (String page : List.of("#/", "#/timeline", "#/rulebook", "#/coverage", "#/compare", "edition")) {
                    browser.get(root + page);
                    if (page.startsWith("#")) {
                        wait.until(d ->
                                "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
                    }
                    if (page.equals("#/")) {
                        new Select(browser.findElement(By.id("scenario"))).selectByValue("1962-11-13-bombers-remain");
                        wait.until(d -> d.findElements(By.cssSelector("#answerLines .answer-line"))
                                        .size()
                                == 7);
                    }
                    js.executeScript(script);
                    Object violations = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                            + " axe.run(document, {resultTypes: ['violations']}).then(r => done(r.violations"
                            + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                            + ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '"
                            + " + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))));");
                    for (Object v : (List<?>) violations) {
                        found.add(page + " at " + size.getWidth() + "px: " + v);
                    }
                    // and a picture of every view at both widths, for docs/screens
                    String view = page.replace("#/", "").replace("/", "");
                    screenshot("screens/" + (view.isEmpty() ? "workbench" : view) + "-" + size.getWidth());
                }
            }
        } finally {
            browser.manage().window().setSize(before);
        }
        assertThat(found).as("serious or critical accessibility violations").isEmpty();
    }

    /** The workbench by keyboard alone: pick a scenario, jump from the answer to its verdict, open a timeline day. */
    @Test
    void theWorkbenchIsUsableByKeyboard() throws Exception {
        browser.get(root.toString());
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(browser);
        tabTo(keys, "select#scenario");
        keys.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN).perform();
        wait.until(d -> !""
                .equals(new Select(d.findElement(By.id("scenario")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value")));
        wait.until(
                d -> d.findElements(By.cssSelector("#answerLines .answer-line")).size() == 7);
        tabTo(keys, "#answerLines a.to-verdict");
        String id =
                browser.switchTo().activeElement().findElement(By.xpath("..")).getDomAttribute("data-id");
        keys.sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        wait.until(d -> d.findElement(By.cssSelector("#verdict-" + id + " details.conditions"))
                        .getDomAttribute("open")
                != null);
        browser.get(root + "#/timeline");
        wait.until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-replayed") != null);
        tabTo(keys, "#timelineChart text.date");
        String date = browser.switchTo().activeElement().getDomAttribute("data-date");
        keys.sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        wait.until(d -> !d.findElements(By.cssSelector("#timelineTip strong[title='" + date + "']"))
                .isEmpty());
    }

    /** Presses Tab until the focused element matches {@code css} (at most 200 times). */
    private static void tabTo(org.openqa.selenium.interactions.Actions keys, String css) {
        for (int i = 0; i < 200; i++) {
            Boolean there = (Boolean) ((JavascriptExecutor) browser)
                    .executeScript(
                            "return document.activeElement && document.activeElement.matches(arguments[0]);", css);
            if (Boolean.TRUE.equals(there)) {
                return;
            }
            keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
        throw new AssertionError("no element matching " + css + " is reached by Tab");
    }

    @Test
    void theWorkbenchFitsAPhone() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            openShared("{\"asOf\":\"1962-12-06\",\"facts\":[{\"type\":\"weaponSystem\""
                    + ",\"system\":\"IL28_BOMBER\",\"status\":\"REMOVED\"}]}");
            wait.until(d -> d.findElements(By.cssSelector(".verdict")).size() == 7);
            Long overflow = (Long) ((JavascriptExecutor) browser)
                    .executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            Object wide = ((JavascriptExecutor) browser)
                    .executeScript("return [...document.querySelectorAll('body *')].filter(e => "
                            + "e.getBoundingClientRect().right > "
                            + "document.documentElement.clientWidth + 1).slice(0, 5).map(e => "
                            + "e.tagName + '#' + e.id + '.' + e.className).join(' ');");
            assertThat(overflow).as("wider than the phone: %s", wide).isLessThanOrEqualTo(0L);
            screenshot("workbench-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    @Test
    void onAPhoneTheTimelineShowsSeveralDaysAtOnceAndATapOnADateSaysWhatHappened() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        try {
            browser.get(root + "#/timeline");
            wait.until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-replayed") != null);
            // a tap on a date (the chart scrolls sideways inside its box, the page does not)
            WebElement date =
                    browser.findElement(By.cssSelector("#timelineChart svg text.date[data-date='1962-11-20']"));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", date);
            date.click();
            assertThat(browser.findElement(By.id("timelineTip")).getText())
                    .startsWith("20 Nov 1962")
                    .contains("The US lifts the quarantine: not binding → binding");
            Long overflow = (Long) ((JavascriptExecutor) browser)
                    .executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("the page is wider than the phone").isLessThanOrEqualTo(0L);
            // the list of days: each day's conditions fold away, so one screen holds several days
            List<WebElement> days = browser.findElements(By.cssSelector("#transitions > li"));
            assertThat(days).hasSizeGreaterThan(5);
            long screen = (Long) ((JavascriptExecutor) browser).executeScript("return window.innerHeight;");
            int first = days.get(0).getRect().getY();
            assertThat(days.get(3).getRect().getY() - first)
                    .as("four days within one screen")
                    .isLessThan((int) screen);
            WebElement folded = days.get(0).findElement(By.cssSelector("details.conditions-changed"));
            assertThat(folded.getDomAttribute("open")).isNull();
            folded.findElement(By.tagName("summary")).click();
            assertThat(folded.getText())
                    .containsPattern("\\d+ conditions changed")
                    .contains("(from the start)");
            screenshot("timeline-phone");
        } finally {
            browser.manage().window().setSize(new Dimension(1400, 1000));
        }
    }

    /** A share link says what it did, and a damaged one says so in words, not in the browser's. */
    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400, 390})
    void aShareLinkSaysWhatItDidAndADamagedOneSaysSoInWords(int width) throws Exception {
        width(width);
        browser.get(root + "#/?set=eyJhc09mIjoiMTk2Mi0xMS0x%%%");
        wait.until(d -> !d.findElement(By.id("problem")).getText().isEmpty());
        assertThat(browser.findElement(By.id("problem")).getText())
                .contains("This shared link is damaged")
                .doesNotContain("atob", "Window", "Failed to execute");
        browser.get("about:blank");
        openScenario("1962-11-13-bombers-remain");
        browser.findElement(By.id("share")).click();
        wait.until(d -> !d.findElement(By.id("shareStatus")).getText().isEmpty());
        assertThat(browser.findElement(By.id("shareStatus")).getText())
                .isIn("Link copied: it carries this fact set.", "The link is in the address bar: copy it from there.");
        assertThat(browser.getCurrentUrl()).contains("set=");
    }

    /** A violation on record reads its days as every other day on the page does ("15 Jan 1963"), not as ISO dates. */
    @Test
    void aViolationOnRecordGivesItsDaysInWords() throws Exception {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        var kase = json.readTree(getClass().getResourceAsStream("/cases/history-a-violation-outlives-a-lapse.json"));
        var factSet = json.createObjectNode();
        factSet.set("asOf", kase.get("asOf"));
        factSet.set("facts", kase.get("facts"));
        openShared(factSet.toString());
        wait.until(d -> !d.findElements(By.cssSelector(".violation")).isEmpty());
        String violation = browser.findElement(By.cssSelector(".violation")).getText();
        assertThat(violation)
                .startsWith("Violated on 15 Jan 1963 (binding since ")
                .doesNotContain("1963-01-15");
        assertThat(violation.substring(0, violation.indexOf(')')))
                .matches("Violated on 15 Jan 1963 \\(binding since \\d{1,2} [A-Z][a-z]{2} 19\\d\\d");
    }

    @jakarta.inject.Inject
    org.assurances.service.Records records;

    @jakarta.inject.Inject
    org.assurances.service.EvaluationService service;

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400, 390})
    void anAnalystSavesASetRevisesItAndOpensItByItsLink(int width) throws Exception {
        width(width);
        openShared("{\"asOf\":\"1962-11-13\",\"facts\":[{\"type\":\"weaponSystem\""
                + ",\"system\":\"MRBM\",\"status\":\"REMOVED\"}]}");
        wait.until(d -> d.findElements(By.cssSelector("#facts .fact")).size() == 1);
        String name = "Browser " + java.util.UUID.randomUUID();
        browser.findElement(By.id("save")).click();
        assertThat(browser.findElement(By.id("saveStatus")).getText()).contains("name");
        browser.findElement(By.id("saveName")).sendKeys(name);
        browser.findElement(By.id("save")).click();
        wait.until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-saved") != null);
        String id = browser.findElement(By.tagName("body"))
                .getDomAttribute("data-saved")
                .split(":")[0];
        assertThat(browser.getCurrentUrl()).endsWith("#/?id=" + id);

        setDate(browser.findElement(By.id("asOf")), "1962-11-21");
        browser.findElement(By.id("save")).click();
        wait.until(d -> (id + ":2").equals(d.findElement(By.tagName("body")).getDomAttribute("data-saved")));
        wait.until(d -> d.findElement(By.id("savedSets")).getText().contains(name + " (rev. 2, as of 1962-11-21)"));
        screenshot("saved");

        browser.get(root.toString());
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        browser.get(root + "#/?id=" + id);
        browser.navigate().refresh();
        wait.until(d -> (id + ":2").equals(d.findElement(By.tagName("body")).getDomAttribute("data-saved")));
        assertThat(browser.findElement(By.id("asOf")).getDomProperty("value")).isEqualTo("1962-11-21");
        assertThat(browser.findElement(By.id("saveName")).getDomProperty("value"))
                .isEqualTo(name);
        assertThat(verdict("AIR_SURVEILLANCE")).isEqualTo("BINDING");
    }

    @Test
    void theChangesPageShowsWhatAnEarlierRulebookDecidedOtherwise() throws Exception {
        // An earlier rulebook that gave NON_INVASION the other status for one saved set: its registry entry
        // and the decision it recorded, as the service would have logged them when it ran under it.
        String earlier = "rules-earlier-" + Long.toHexString(System.nanoTime());
        records.rulebooks().register(earlier, java.util.Map.of("assurances.drl", "(an earlier text)"));
        var facts = new com.fasterxml.jackson.databind.ObjectMapper()
                .findAndRegisterModules()
                .readValue(
                        "{\"asOf\":\"1962-11-13\",\"facts\":[{\"type\":\"weaponSystem\""
                                + ",\"system\":\"IL28_BOMBER\",\"status\":\"PRESENT\"}]}",
                        org.assurances.facts.FactSet.class);
        var saved = records.factSets()
                .create(new org.assurances.store.SavedFactSet.Draft("Bombers stay " + earlier, null, List.of(), facts));
        var now = service.evaluator().evaluate(facts);
        var flipped = new org.assurances.engine.Report(
                null,
                null,
                null,
                earlier,
                now.asOf(),
                now.readings(),
                now.determinations().stream()
                        .map(d -> d.id() != org.assurances.rules.Determination.NON_INVASION
                                ? d
                                : new org.assurances.engine.Report.DeterminationReport(
                                        d.id(),
                                        d.title(),
                                        d.citation(),
                                        d.rule(),
                                        org.assurances.rules.Status.BINDING,
                                        d.bindingSince(),
                                        d.reason(),
                                        d.formalized(),
                                        d.formality(),
                                        d.formalityRule(),
                                        d.conditions(),
                                        d.violations(),
                                        d.role(),
                                        d.toSettle(),
                                        null))
                        .toList(),
                now.conditions(),
                now.ignored(),
                now.notes(),
                null);
        records.decisions().record(org.assurances.store.Decision.Origin.SAVED, facts, saved.id(), 1, null, flipped);
        assertThat(records.decisions().flush(Duration.ofSeconds(10))).isTrue();

        browser.get(root + "#/changes");
        wait.until(d -> d.findElements(By.cssSelector("#fromRulebook option[value='" + earlier + "']"))
                        .size()
                == 1);
        new Select(browser.findElement(By.id("fromRulebook"))).selectByValue(earlier);
        browser.findElement(By.id("compareRulebooks")).click();
        wait.until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-compared") != null);
        WebElement changed = browser.findElement(By.cssSelector("#changesList [data-case='" + saved.id() + "']"));
        assertThat(changed.getText()).contains("Bombers stay", "NON_INVASION", "BINDING", "NOT_BINDING");
        assertThat(browser.findElement(By.id("changesSummary")).getText()).contains(earlier + " → ");
        assertThat(browser.findElement(By.id("changesMarkdown")).getDomAttribute("href"))
                .contains("regressions.md?from=" + earlier);
        screenshot("changes");
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400, 390})
    void whatWouldItTakeOnThe1970StateAppliedWithOneClickMakesTheAssuranceBind(int width) throws Exception {
        width(width);
        openScenario("1970-08-04-implicit-understanding");
        assertThat(verdict("NON_INVASION")).isEqualTo("NOT_BINDING");
        WebElement card = browser.findElement(By.cssSelector(".verdict[data-id=NON_INVASION]"));
        card.findElement(By.cssSelector(".whatif > summary")).click();
        card.findElement(By.cssSelector(".whatif button.ask")).click();
        wait.withTimeout(Duration.ofSeconds(30))
                .until(d -> d.findElement(By.cssSelector(".verdict[data-id=NON_INVASION]"))
                                .getDomAttribute("data-searched")
                        != null);
        WebElement first =
                browser.findElement(By.cssSelector(".verdict[data-id=NON_INVASION] .answer[data-answer='0']"));
        assertThat(first.getText())
                .contains(
                        "the UN confirmed the removal on site",
                        "Cuba undertook not to reintroduce",
                        "for the long term");
        assertThat(first.getText()).contains("Changes the determinations: Assurance against an invasion of Cuba");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", first);
        screenshot("what-would-it-take");
        int before = browser.findElements(By.cssSelector("#facts .fact")).size();
        first.findElement(By.cssSelector("button.apply")).click();
        wait.until(d -> d.findElements(By.cssSelector("#facts .fact")).size() == before + 4);
        wait.until(d -> "BINDING".equals(verdict("NON_INVASION")));
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400, 390})
    void aVerdictSaysWhichReadingItDependsOnAndTheEditionLeadsToTheWorkbenchAndBack(int width) throws Exception {
        width(width);
        openScenario("1970-08-04-implicit-understanding");
        wait.until(d -> "BINDING".equals(verdict("CONTINGENT_NON_INVASION")));
        By depends = By.cssSelector(".verdict[data-id=CONTINGENT_NON_INVASION] .sensitive");
        wait.until(d -> d.findElements(depends).size() == 1);
        assertThat(browser.findElement(depends).getText())
                .contains("Depends on reading 8-not-at-all: under both-refused, UNDETERMINED");
        // switch the reading: the verdict follows, and the JSON carries the reading
        browser.findElement(By.cssSelector("#readingsView > summary")).click();
        new Select(browser.findElement(By.cssSelector("select[data-reading='8-not-at-all']")))
                .selectByValue("both-refused");
        wait.until(d -> "UNDETERMINED".equals(verdict("CONTINGENT_NON_INVASION")));
        assertThat(browser.findElement(By.id("json")).getDomProperty("value")).contains("\"8-not-at-all\"");
        assertThat(browser.findElement(By.id("readingCount")).getText()).isEqualTo("(1 switched)");
        screenshot("readings");
        // from a condition to its rule in the edition
        browser.findElement(By.cssSelector(".verdict[data-id=CONTINGENT_NON_INVASION] details.conditions > summary"))
                .click();
        WebElement link = browser.findElement(By.cssSelector(
                ".verdict[data-id=CONTINGENT_NON_INVASION] li[data-id=CASTRO_NOT_COOPERATING] a.edition"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
        link.click();
        wait.until(d -> d.getCurrentUrl().contains("/edition#decides-CASTRO_NOT_COOPERATING"));
        assertThat(browser.findElement(By.id("decides-CASTRO_NOT_COOPERATING")).getText())
                .contains("Castro does not cooperate at all");
        assertThat(browser.findElement(By.id("reading-8-not-at-all")).getText())
                .contains("both-refused", "Contingent non-invasion assurance if Castro does not cooperate");
        screenshot("edition");
        // from a case of the edition back to the workbench, with the case's reading
        browser.findElement(By.cssSelector("#case-cooperation-a-refused-check-read-as-both-refused a.workbench"))
                .click();
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        wait.until(d -> "UNDETERMINED".equals(verdict("CONTINGENT_NON_INVASION")));
        assertThat(new Select(browser.findElement(By.cssSelector("select[data-reading='8-not-at-all']")))
                        .getFirstSelectedOption()
                        .getDomAttribute("value"))
                .isEqualTo("both-refused");
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400, 390})
    void whatWouldItTakeShowsTheClosestSetAndOffersTheNextDayWhenTheSameDayBlocksAChange(int width) throws Exception {
        width(width);
        openScenario("1962-11-13-bombers-remain");
        assertThat(verdict("QUARANTINE_LIFT")).isEqualTo("NOT_BINDING");
        // NON_INVASION within one change: no answer, but the nearest miss and what still fails
        WebElement card = browser.findElement(By.cssSelector(".verdict[data-id=NON_INVASION]"));
        card.findElement(By.cssSelector(".whatif > summary")).click();
        new Select(card.findElement(By.cssSelector(".maxChanges"))).selectByValue("1");
        card.findElement(By.cssSelector(".whatif button.ask")).click();
        wait.withTimeout(Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.cssSelector(".verdict[data-id=NON_INVASION] .closest"))
                        .isEmpty());
        assertThat(card.findElement(By.cssSelector(".closest")).getText())
                .contains("The closest found", "Still not holding:");
        // QUARANTINE_LIFT: Khrushchev's promise contradicts the refusal posted that day; the next day is offered
        WebElement lift = browser.findElement(By.cssSelector(".verdict[data-id=QUARANTINE_LIFT]"));
        lift.findElement(By.cssSelector(".whatif > summary")).click();
        new Select(lift.findElement(By.cssSelector(".maxChanges"))).selectByValue("1");
        lift.findElement(By.cssSelector(".whatif button.ask")).click();
        wait.withTimeout(Duration.ofSeconds(30))
                .until(d -> !d.findElements(By.cssSelector(".verdict[data-id=QUARANTINE_LIFT] .skipped"))
                        .isEmpty());
        WebElement skipped = browser.findElement(By.cssSelector(".verdict[data-id=QUARANTINE_LIFT] .skipped"));
        assertThat(skipped.getText()).contains("contradict a fact posted on the same day");
        skipped.findElement(By.cssSelector("button.nextDay")).click();
        wait.until(d -> "1962-11-14".equals(d.findElement(By.id("asOf")).getDomProperty("value")));
        // read in the page, in one go: the cards are drawn anew when the new day is evaluated
        wait.withTimeout(Duration.ofSeconds(30)).until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return [...document.querySelectorAll("
                        + "'.verdict[data-id=QUARANTINE_LIFT] .answer')]"
                        + ".some(a => a.textContent.includes("
                        + "'the Soviet Union undertook to take the IL-28 bombers out'));"));
        screenshot("what-would-it-take-next-day");
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400, 390})
    void theComparisonViewMarksWhatDiffersBetweenAScenarioAndAnEditedCopy(int width) throws Exception {
        width(width);
        browser.get(root + "#/compare");
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
        new Select(browser.findElement(By.id("leftSource"))).selectByValue("1962-11-13-bombers-remain");
        browser.findElement(By.id("copyFromLeft")).click();
        wait.until(d -> d.findElement(By.id("copyJson")).getDomProperty("value").contains("IL28_BOMBER"));
        String copy = browser.findElement(By.id("copyJson"))
                .getDomProperty("value")
                .replace("\"asOf\": \"1962-11-13\"", "\"asOf\": \"1962-12-10\"")
                .replace(
                        "\"facts\": [",
                        "\"facts\": [{\"type\": \"weaponSystem\", \"system\": \"IL28_BOMBER\", "
                                + "\"status\": \"REMOVED\", \"date\": \"1962-12-06\"},");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('copyJson').value = arguments[0];", copy);
        new Select(browser.findElement(By.id("rightSource"))).selectByValue("copy");
        browser.findElement(By.id("compareSides")).click();
        wait.until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-compared-sides") != null);
        assertThat(browser.findElements(By.cssSelector("#comparisonColumns .summary.differs")))
                .isNotEmpty();
        assertThat(browser.findElement(By.id("comparisonDetails")).getText())
                .contains("Facts only on the right", "the IL-28 bombers are out of Cuba (6 Dec 1962)")
                .doesNotContain("IL28_BOMBER", "weaponSystem:");
        assertThat(browser.findElement(By.id("comparisonSummary")).getText())
                .contains("differ")
                .doesNotContainPattern("\\b1 (determinations|conditions|facts)\\b");
        assertThat(browser.findElement(By.id("compare")).getText()).doesNotContain("null");
        screenshot("compare");
    }

    @Test
    void theTimelineRunsOnOpeningToScaleAndDownloadsAsSvgAndCsv() throws Exception {
        browser.get(root + "#/timeline");
        wait.until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-replayed") != null);
        List<Double> scaled = bandStarts();
        new Select(browser.findElement(By.id("timeScale"))).selectByValue("columns");
        List<Double> columns = bandStarts();
        assertThat(scaled).hasSameSizeAs(columns).hasSizeGreaterThan(3);
        // Columns are evenly spaced; to scale, 1962's weeks crowd together and the years to 1970 take the most room.
        assertThat(gaps(columns).stream().distinct().count()).isEqualTo(1);
        new Select(browser.findElement(By.id("timeScale"))).selectByValue("time");
        // to scale, the weeks of 1962 crowd together and the years to the history's end take the most room; the
        // date labels stand upright, never closer than a line apart
        List<Double> gaps = gaps(scaled);
        double end = Double.parseDouble(browser.findElement(By.cssSelector("#timelineChart svg text.end"))
                .getDomAttribute("x"));
        assertThat(end - scaled.get(scaled.size() - 1)).isGreaterThan(java.util.Collections.max(gaps));
        List<Double> labels = browser.findElements(By.cssSelector("#timelineChart svg text.date")).stream()
                .map(t -> Double.parseDouble(t.getDomAttribute("x")))
                .toList();
        assertThat(gaps(labels)).allSatisfy(g -> assertThat(g).isGreaterThanOrEqualTo(14.0));

        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.__downloads = []; const made = URL.createObjectURL;"
                + " URL.createObjectURL = (b) => { window.__downloads.push(b); return made(b); };");
        browser.findElement(By.id("downloadSvg")).click();
        browser.findElement(By.id("downloadCsv")).click();
        Object texts = js.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " Promise.all(window.__downloads.map((b) => b.text())).then(done);");
        List<?> files = (List<?>) texts;
        assertThat(files).hasSize(2);
        assertThat((String) files.get(0)).startsWith("<svg").contains("QUARANTINE_LIFT");
        assertThat((String) files.get(1)).startsWith("date,QUARANTINE_LIFT").contains("1962-11-20");
    }

    @ParameterizedTest(name = "at {0} px")
    @ValueSource(ints = {1400, 390})
    void theReportDownloadsAsMarkdownAndPrintsWithoutTheForms(int width) throws Exception {
        width(width);
        openScenario("1962-11-13-bombers-remain");
        wait.until(d -> !d.findElements(By.cssSelector("#printFactList li")).isEmpty());
        wait.until(d -> d.findElements(By.cssSelector(".verdict")).size() == 7);
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript("window.__downloads = []; const made = URL.createObjectURL;"
                + " URL.createObjectURL = (b) => { window.__downloads.push(b); return made(b); };");
        browser.findElement(By.id("downloadMarkdown")).click();
        wait.until(d -> ((Number) js.executeScript("return window.__downloads.length;")).intValue() == 1);
        Object markdown = js.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; window.__downloads[0].text().then(done);");
        assertThat((String) markdown)
                .startsWith("# The assurances as of ")
                .contains("## The US lifts the quarantine")
                .contains("## The facts")
                .containsPattern("read at the rulebook's default|Read otherwise than by default");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            screenshot("print");
            assertThat(browser.findElement(By.id("input")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.cssSelector("header nav")).isDisplayed())
                    .isFalse();
            assertThat(browser.findElement(By.cssSelector(".verdict .cite")).isDisplayed())
                    .isTrue();
            assertThat(browser.findElement(By.id("answerAsOf")).getText()).startsWith("as of ");
            assertThat(browser.findElement(By.id("printFacts")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.id("printFactList")).getText())
                    .as("the posted facts in words, with their numbers and days")
                    .containsPattern("#0 \\S.* \\(\\d{1,2} [A-Z][a-z]{2} 19\\d\\d\\)")
                    .doesNotContain("weaponSystem:", "_BOMBER", "PRESENT", "REMOVED");
            assertThat(browser.findElement(By.id("printFactList")).getCssValue("list-style-type"))
                    .as("one number per fact, its own #N")
                    .isEqualTo("none");
            assertThat(browser.findElement(By.cssSelector(".verdict")).getCssValue("break-inside"))
                    .isEqualTo("avoid");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    private static List<Double> bandStarts() {
        return browser.findElements(By.cssSelector("#timelineChart svg rect.band[data-id=QUARANTINE_LIFT]")).stream()
                .map(r -> Double.parseDouble(r.getDomAttribute("x")))
                .toList();
    }

    private static List<Double> gaps(List<Double> xs) {
        List<Double> gaps = new java.util.ArrayList<>();
        for (int i = 1; i < xs.size(); i++) {
            gaps.add(Math.round((xs.get(i) - xs.get(i - 1)) * 10) / 10.0);
        }
        return gaps;
    }

    private static void addFact(String type, String... fieldValues) {
        settled(); // a click while the verdicts re-render may land where the button was
        new Select(browser.findElement(By.id("newType"))).selectByValue(type);
        int before = browser.findElements(By.cssSelector("#facts .fact")).size();
        browser.findElement(By.id("addFact")).click();
        wait.until(d -> d.findElements(By.cssSelector("#facts .fact")).size() == before + 1);
        for (int i = 0; i < fieldValues.length; i += 2) {
            WebElement card = browser.findElement(By.id("fact-" + before));
            new Select(card.findElement(By.name(fieldValues[i]))).selectByValue(fieldValues[i + 1]);
        }
    }

    /** Date pickers differ by locale; the value is typed in through the input's own API, as a user's pick ends. */
    private static void setDate(WebElement input, String date) {
        ((JavascriptExecutor) browser)
                .executeScript(
                        "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change'));",
                        input,
                        date);
    }

    /** The page evaluates 150 ms after the last change; until its answer is shown the verdicts are aria-busy. */
    private static void settled() {
        wait.until(d -> !"true".equals(d.findElement(By.id("output")).getDomAttribute("aria-busy")));
    }

    private static String verdict(String id) {
        By card = By.cssSelector(".verdict[data-id=" + id + "] > h3 > .badge");
        wait.until(d -> d.findElement(By.tagName("body")).getDomAttribute("data-evaluated") != null);
        settled();
        wait.withMessage(() -> "the page shows a problem: "
                        + browser.findElement(By.id("problem")).getText())
                .until(d -> d.findElement(By.id("problem")).getText().isEmpty());
        wait.until(d -> d.findElements(card).size() == 1);
        return browser.findElement(card).getText().replace(' ', '_');
    }

    private static void screenshot(String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir.resolve(name).getParent());
        Files.copy(
                browser.getScreenshotAs(OutputType.FILE).toPath(),
                dir.resolve(name + (name.endsWith("-phone") || name.startsWith("screens/") ? "" : suffix) + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
