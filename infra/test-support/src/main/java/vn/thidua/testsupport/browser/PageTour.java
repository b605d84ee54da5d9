package vn.thidua.testsupport.browser;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One stop of the page tour: the page the browser shows, seen 1366 px and 390 px wide. At each width axe-core
 * finds no serious or critical violation, and at 390 px the page does not scroll sideways; a screenshot of each
 * width goes to {@code docs/screenshots/<name>-<width>.png} of the repository (the README shows them), or to
 * {@code -Dthidua.screenshots=<folder>}.
 */
public final class PageTour {

    public static final int WIDE = 1366;
    public static final int NARROW = 390;

    private PageTour() {
    }

    /** What is wrong with the page shown now, at both widths; empty when nothing is. Leaves the browser wide. */
    public static List<String> check(WebDriver browser, String name) {
        List<String> problems = new ArrayList<>();
        for (int width : new int[] {WIDE, NARROW}) {
            resize(browser, width, width == WIDE ? 900 : 844);
            Axe.seriousViolations(browser).forEach(v -> problems.add(name + " at " + width + " px: " + v));
            if (width == NARROW) {
                long scroll = number(browser, "return document.documentElement.scrollWidth");
                long client = number(browser, "return document.documentElement.clientWidth");
                if (scroll > client) {
                    problems.add(name + " at " + width + " px scrolls sideways (" + scroll + " > " + client + ")");
                }
            }
            screenshot(browser, name + "-" + width + ".png");
        }
        resize(browser, WIDE, 900);
        return problems;
    }

    /** Where the screenshots go: {@code docs/screenshots} at the top of the repository (the folder with mvnw). */
    public static Path folder() {
        String configured = System.getProperty("thidua.screenshots");
        if (configured != null) return Path.of(configured);
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) dir = dir.getParent();
        return (dir == null ? Path.of("").toAbsolutePath() : dir).resolve("docs").resolve("screenshots");
    }

    /** Sets the viewport (not the window) to {@code width} × {@code height} CSS pixels. */
    public static void resize(WebDriver browser, int width, int height) {
        browser.manage().window().setSize(new Dimension(width, height));
        long inner = number(browser, "return window.innerWidth");
        long innerHeight = number(browser, "return window.innerHeight");
        if (inner != width || innerHeight != height) {
            browser.manage().window().setSize(new Dimension(width + (int) (width - inner),
                    height + (int) (height - innerHeight)));
        }
    }

    private static void screenshot(WebDriver browser, String file) {
        try {
            Path folder = folder();
            Files.createDirectories(folder);
            Files.write(folder.resolve(file), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long number(WebDriver browser, String script) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(script)).longValue();
    }
}
