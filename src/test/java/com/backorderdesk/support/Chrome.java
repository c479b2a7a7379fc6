package com.backorderdesk.support;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Headless Debian Chromium driven by Debian's chromedriver (installed by .ci/run; override the
 * paths with CHROME_BIN and CHROMEDRIVER). Nothing is downloaded.
 */
public final class Chrome {

    private Chrome() {
    }

    public static WebDriver start() {
        String binary = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
        String driver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
        if (!new File(binary).canExecute() || !new File(driver).canExecute()) {
            throw new IllegalStateException("Browser tests need Chromium and chromedriver: apt-get install chromium chromium-driver"
                    + " (looked for " + binary + " and " + driver + ")");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(binary);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build();
        return new ChromeDriver(service, options);
    }

    /** Waits (up to 10 s) for an element after a click that loads a page. */
    public static org.openqa.selenium.WebElement await(WebDriver driver, org.openqa.selenium.By by) {
        return new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated(by));
    }

    /** Waits (up to 10 s) until the address matches a regular expression. */
    public static void awaitUrl(WebDriver driver, String regex) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.urlMatches(regex));
    }

    /** Keeps a picture of the page under target/screenshots, for a person to look at. */
    public static void screenshot(WebDriver driver, String name) {
        try {
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path dir = Files.createDirectories(Path.of("target/screenshots"));
            Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
