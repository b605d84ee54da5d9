package vn.thidua.pages;

import org.springframework.context.MessageSource;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Names for codes (unit kinds and levels, model fields, stages, roles) from the message bundles, keys
 * {@code code.<group>.<code>}; a code without a name (a kind is data, e.g. "xã") shows as itself.
 * Templates reach it as {@code #codes}.
 */
public final class CodeNames {

    private final MessageSource messages;
    private final Locale locale;

    public CodeNames(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String name(String group, String code) {
        if (code == null || code.isBlank()) return "—";
        return messages.getMessage("code." + group + "." + code, null, code, locale);
    }

    public String unitKind(String code) {
        return name("unitKind", code);
    }

    public String level(String code) {
        return name("level", code);
    }

    public String field(String code) {
        return name("field", code);
    }

    public String stage(String code) {
        return name("stage", code);
    }

    public String role(String code) {
        return name("role", code);
    }

    public List<String> roles(Collection<String> codes) {
        return codes == null ? List.of() : codes.stream().map(this::role).toList();
    }
}
