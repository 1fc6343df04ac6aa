package org.adsync.it.console;

import org.adsync.it.ServerUnderTest;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's headless Chromium driven through its own chromedriver (Selenium Manager would try to download one),
 * with a profile of its own under target/ that is deleted on close.
 */
public final class Browser implements AutoCloseable {

    private final Path profile;
    private final Path downloads;
    private final ChromeDriver driver;

    public Browser() {
        try {
            profile = Files.createTempDirectory(Path.of("target"), "chromium-profile");
            downloads = Files.createDirectories(profile.resolve("downloads"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("adsync.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1400,1000", "--user-data-dir=" + profile.toAbsolutePath());
        options.setExperimentalOption("prefs", Map.of(
                "download.default_directory", downloads.toAbsolutePath().toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("adsync.it.chromedriver", "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
    }

    /** Where the browser saves downloads, inside its profile (deleted on close). */
    Path downloads() {
        return downloads;
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Waits up to 15 s, looking every 50 ms (what a timing measures is then the page, not the wait); PrimeFaces
     * re-renders parts of the page, so stale elements just mean "look again".
     */
    public <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(15), Duration.ofMillis(50))
                .ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class)
                .ignoring(ElementClickInterceptedException.class)
                .ignoring(ElementNotInteractableException.class)
                .until(condition);
    }

    /** Clicks what the locator finds once it can be clicked, looking again if an ajax update replaced it. */
    public void click(By locator) {
        waitUntil(driver -> {
            driver.findElement(locator).click();
            return true;
        });
    }

    /**
     * Types into what the locator finds once no ajax request is under way (one might replace the input while the
     * keys go in), looking again if an ajax update replaced it.
     */
    public void type(By locator, String text) {
        awaitAjax();
        waitUntil(driver -> {
            driver.findElement(locator).sendKeys(text);
            return true;
        });
    }

    /** Replaces what the input the locator finds holds (a filter the page kept from before, say) by the text. */
    public void replaceText(By locator, String text) {
        awaitAjax();
        waitUntil(driver -> {
            var input = driver.findElement(locator);
            input.clear();
            input.sendKeys(text);
            return true;
        });
    }

    /**
     * Chooses an item of a PrimeFaces menu by its label as a user does: opens the menu, and clicks the item once the
     * panel has stopped moving (a click during the opening animation is lost), until the menu shows the choice.
     */
    void choose(String menuId, String label) {
        By menu = By.id(menuId);
        By item = By.cssSelector("[id='" + menuId + "_items'] li[data-label='" + label + "']");
        waitUntil(d -> {
            List<WebElement> items = d.findElements(item);
            if (items.isEmpty() || !items.get(0).isDisplayed()) {
                d.findElement(menu).click();
            } else if (Boolean.FALSE.equals(driver.executeScript(
                    "return $(document.getElementById(arguments[0] + '_panel')).is(':animated')", menuId))) {
                items.get(0).click();
            }
            return d.findElement(By.id(menuId + "_label")).getText().equals(label);
        });
        awaitAjax(); // a choice may update part of the page
    }

    /** Until PrimeFaces has no ajax request under way. */
    void awaitAjax() {
        waitUntil(d -> Boolean.TRUE.equals(driver.executeScript("return !window.PrimeFaces "
                + "|| (PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0))")));
    }

    /** Signs in on the console's form as that user, starting from the list of syncs. */
    public void signIn(String username, String password) {
        driver.manage().deleteAllCookies(); // each test signs in as its own user
        driver.get(ServerUnderTest.consoleUrl().resolve("admin/ad-sync.xhtml").toString());
        type(By.id("username"), username);
        type(By.id("password"), password);
        click(By.id("signIn"));
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.id("adSyncIntro")));
    }

    /** Shows pages as a screen of that size would (390 x 844: a phone held upright), until {@link #desktop()}. */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Back to the window's own size. */
    void desktop() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    /** The browser's time zone, as the operating system of a user elsewhere would set it. */
    void timeZone(String zoneId) {
        driver.executeCdpCommand("Emulation.setTimezoneOverride", Map.of("timezoneId", zoneId));
    }

    /** Saves what the browser shows as target/screenshots/{name}.png. */
    public void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
    }

    /** A failed test's page: its screenshot and its HTML, beside the others. */
    public void keepFailure(String name) throws IOException {
        screenshot(name);
        Files.writeString(Path.of("target", "screenshots", name + ".html"), driver.getPageSource());
    }

    @Override
    public void close() {
        driver.quit();
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            // a profile left under target/ is removed by the next clean
        }
    }
}
