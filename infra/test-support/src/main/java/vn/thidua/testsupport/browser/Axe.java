package vn.thidua.testsupport.browser;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Runs axe-core (Deque's engine, the {@code axe.min.js} of {@code com.deque.html.axe-core:selenium}, read from the
 * class path: nothing is downloaded) on the page the browser shows, against WCAG 2.1 A and AA, and answers its
 * serious and critical violations as one line each ("rule (impact): target… — help").
 */
public final class Axe {

    private static final String SOURCE = load();

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               resultTypes: ['violations']})
              .then(function (result) {
                done(result.violations.filter(function (v) {
                  return v.impact === 'serious' || v.impact === 'critical';
                }).map(function (v) {
                  return v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 5).map(function (n) {
                    return n.target.join(' ');
                  }).join(', ') + ' — ' + v.help;
                }));
              })
              .catch(function (error) { done(['axe failed: ' + error]); });
            """;

    private Axe() {
    }

    /** The serious and critical violations of the page shown now; empty when there are none. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(WebDriver browser) {
        JavascriptExecutor script = (JavascriptExecutor) browser;
        // injected through WebDriver, which the pages' Content-Security-Policy does not restrict
        script.executeScript(SOURCE);
        Object answer = script.executeAsyncScript(RUN);
        return answer instanceof List<?> list ? (List<String>) list : List.of(String.valueOf(answer));
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) throw new IllegalStateException("axe.min.js not on the class path: add "
                    + "com.deque.html.axe-core:selenium (test scope) to the module with browser tests");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
