package com.backorderdesk.support;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/**
 * A person at a real browser: headless Debian Chromium driven by Debian's chromedriver
 * (installed by .ci/run; override the paths with CHROME_BIN and CHROMEDRIVER). Nothing is
 * downloaded. Waits after every click that loads a page.
 */
public final class Browser implements AutoCloseable {

    private final WebDriver driver;
    private final String base;

    private Browser(WebDriver driver, URL base) {
        this.driver = driver;
        this.base = base.toString();
    }

    public static Browser open(URL base) {
        String binary = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
        String chromedriver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
        if (!new File(binary).canExecute() || !new File(chromedriver).canExecute()) {
            throw new IllegalStateException("Browser tests need Chromium and chromedriver: apt-get install chromium chromium-driver"
                    + " (looked for " + binary + " and " + chromedriver + ")");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver)).build();
        return new Browser(new ChromeDriver(service, options), base);
    }

    /** Opens a path of the application, e.g. {@code "orders/new"}. */
    public Browser go(String path) {
        driver.get(base + path);
        return this;
    }

    /** The window's size, e.g. a phone's 390 x 844. */
    public void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** Opens an address outside the application (a data: URL with a page made for a test, say). */
    public Browser visit(String url) {
        driver.get(url);
        return this;
    }

    public Browser login(String user, String password) {
        driver.manage().deleteAllCookies();
        go("login");
        type("username", user);
        type("password", password);
        find(By.cssSelector("button[type=submit]")).click();
        await(By.cssSelector(".signout .user"));
        return this;
    }

    public void type(String id, String text) {
        WebElement input = find(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Keys typed wherever the cursor is, as a person at the keyboard would ({@code Keys.TAB} moves on). */
    public void keys(CharSequence... keys) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(keys).perform();
    }

    /** The element that has the cursor. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    public java.util.List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /**
     * Clicks and waits for something of the next page: the page shown before has gone first, so
     * an element both pages have (the flash message) is the new page's.
     */
    public WebElement clickAndAwait(By what, By expected) {
        WebElement before = find(By.tagName("html"));
        find(what).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> gone(before));
        return await(expected);
    }

    /** Whether an element's page has been replaced (chromedriver says so as "stale", or as a node of another document). */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException replaced) {
            return true;
        }
    }

    public WebElement await(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Waits until the element shows this text (e.g. what a script filled in), and returns it. */
    public WebElement awaitText(By by, String text) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(by, text));
        return find(by);
    }

    public void awaitUrl(String regex) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlMatches(regex));
    }

    public String url() {
        return driver.getCurrentUrl();
    }

    /**
     * What axe-core (Deque's rules, the copy bundled in its Selenium jar) finds wrong on the page
     * shown, of impact moderate or worse: one line per rule, with up to three of the elements.
     */
    @SuppressWarnings("unchecked")
    public java.util.List<String> accessibilityProblems() {
        try (java.io.InputStream axe = Browser.class.getResourceAsStream("/axe.min.js")) {
            JavascriptExecutor js = (JavascriptExecutor) driver;
            js.executeScript(new String(axe.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
            return (java.util.List<String>) js.executeAsyncScript("var done = arguments[arguments.length - 1];"
                    + "axe.run(document, {resultTypes: ['violations']}).then(function (r) { done(r.violations"
                    + ".filter(function (v) { return ['moderate', 'serious', 'critical'].indexOf(v.impact) >= 0; })"
                    + ".map(function (v) { return v.impact + ' ' + v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 3)"
                    + ".map(function (n) { return n.target.join(' '); }).join(', '); })); });");
        } catch (IOException e) {
            throw new IllegalStateException("axe.min.js is not on the class path (com.deque.html.axe-core:selenium)", e);
        }
    }

    /** Keeps a picture of the page under target/screenshots, for a person to look at. */
    public void screenshot(String name) {
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path dir = Files.createDirectories(Path.of("target/screenshots"));
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
