package vn.thidua.testsupport.browser;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Collectors;

/**
 * Debian's Chromium, headless, driven through Debian's ChromeDriver ({@code .ci/run} installs both; a test
 * tool's own browser download fails on these machines). One browser per test class: it is slow to start.
 */
public final class Browser {

    public static final Path CHROMIUM = Path.of(System.getProperty("thidua.chromium", "/usr/bin/chromium"));
    public static final Path CHROMEDRIVER = Path.of(System.getProperty("thidua.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    public static boolean available() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    public static ChromeDriver start() {
        try {
            Path profile = Files.createTempDirectory("thidua-chromium");
            ChromeOptions options = new ChromeOptions()
                    .setBinary(CHROMIUM.toFile())
                    .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
                            "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=vi",
                            "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                    .usingAnyFreePort()
                    .build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
            return driver;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start headless Chromium from " + CHROMIUM
                    + " with " + CHROMEDRIVER + " (install Debian's chromium and chromium-driver)", e);
        }
    }

    /** The body behind a link, fetched with the browser's cookies (its session) as following it would; 200 only. */
    public static byte[] download(WebDriver browser, String href) {
        HttpResponse<byte[]> response = fetch(browser, href);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + href + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** The answer behind a link (status, headers, body), fetched with the browser's cookies as following it would. */
    public static HttpResponse<byte[]> fetch(WebDriver browser, String href) {
        String cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                    .header("Cookie", cookies).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
