package vn.thidua.registration.adapter.in.web.page;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

import vn.thidua.contracts.DocumentKind;
import vn.thidua.contracts.MilestoneKind;
import vn.thidua.contracts.TargetComparison;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelNovelty;
import vn.thidua.contracts.RegistrantKind;
import vn.thidua.platform.security.Role;
import vn.thidua.registration.application.model.ModelView;
import vn.thidua.testsupport.browser.PageTour;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Codes that a Vietnamese page must show by their names (fields, statuses, kinds, roles, unit levels): which of
 * them a page's visible text holds as whole words.
 */
public final class RawCodes {

    static final List<String> CODES = Stream.of(
            Arrays.stream(ModelField.values()).map(Enum::name),
            ModelView.STATUSES.stream(),
            Arrays.stream(RegistrantKind.values()).map(Enum::name),
            Arrays.stream(ModelNovelty.values()).map(Enum::name),
            Arrays.stream(DocumentKind.values()).map(Enum::name),
            Arrays.stream(MilestoneKind.values()).map(Enum::name),
            Arrays.stream(TargetComparison.values()).map(Enum::name),
            Arrays.stream(Role.values()).map(Enum::name),
            Stream.of("OPEN", "CLOSED", "province", "district", "commune", "village", "agency", "ward"))
            .flatMap(s -> s).distinct().toList();

    private static final Pattern WORDS = Pattern.compile(
            "(?<![\\p{L}\\p{N}_-])(" + String.join("|", CODES) + ")(?![\\p{L}\\p{N}_-])");

    private RawCodes() {
    }

    /** What {@link PageTour#check} finds on the page and the raw codes in its Vietnamese text. */
    public static List<String> check(WebDriver browser, String name) {
        List<String> problems = new ArrayList<>(in(name, browser));
        problems.addAll(PageTour.check(browser, name));
        return problems;
    }

    /** The codes in the visible text of the page, as "name: CODE" problems (none on a page in English). */
    public static List<String> in(String name, WebDriver browser) {
        JavascriptExecutor page = (JavascriptExecutor) browser;
        if (!"vi".equals(page.executeScript("return document.documentElement.lang"))) return List.of();
        String text = String.valueOf(page.executeScript("return document.body.innerText"));
        List<String> found = new ArrayList<>();
        WORDS.matcher(text).results().map(m -> name + ": raw code " + m.group(1)).distinct().forEach(found::add);
        return found;
    }
}
