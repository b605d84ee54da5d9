package vn.thidua.platform.web;

import org.springframework.context.support.ResourceBundleMessageSource;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one place rule violations become text: {@code rule.<code>} and {@code field.<code>} from the service's
 * {@code i18n/rules*.properties} and the platform's {@code thidua/platform-rules*.properties} (Vietnamese
 * default, {@code _en}). Texts are {@link java.text.MessageFormat} patterns: write {@code ''} for an apostrophe.
 */
public final class RuleMessages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final RuleMessages INSTANCE = new RuleMessages();

    private final ResourceBundleMessageSource source = new ResourceBundleMessageSource();

    private RuleMessages() {
        // a service without rule texts of its own (yet) only has the platform's
        if (RuleMessages.class.getClassLoader().getResource("i18n/rules.properties") != null) {
            source.addBasenames("i18n/rules");
        }
        source.addBasenames("thidua/platform-rules");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        source.setUseCodeAsDefaultMessage(true);
    }

    public static RuleMessages get() {
        return INSTANCE;
    }

    /** A field at fault with its message in both languages, as problem+json carries it. */
    public record ResolvedField(String field, String messageVi, String messageEn) {
    }

    public String text(RuleViolation violation, Locale locale) {
        Object[] arguments = violation.arguments().toArray();
        if (InvalidInput.VALIDATION.equals(violation.code()) && arguments.length == 0) {
            arguments = new Object[] {fieldNames(violation.fields())};
        }
        return message("rule." + violation.code(), arguments, locale);
    }

    public String text(FieldIssue issue, Locale locale) {
        return message("field." + issue.code(), issue.arguments().toArray(), locale);
    }

    /** A message of the bundles by its full key, e.g. {@code problem.not-found}. */
    public String message(String key, Object[] arguments, Locale locale) {
        return source.getMessage(key, arguments, isEnglish(locale) ? Locale.ENGLISH : VIETNAMESE);
    }

    public ResolvedField resolve(FieldIssue issue) {
        return new ResolvedField(issue.field(), text(issue, VIETNAMESE), text(issue, Locale.ENGLISH));
    }

    public List<ResolvedField> resolve(List<FieldIssue> issues) {
        return issues.stream().map(this::resolve).toList();
    }

    public static String fieldNames(List<FieldIssue> fields) {
        return fields.stream().map(FieldIssue::field).distinct().collect(Collectors.joining(", "));
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
