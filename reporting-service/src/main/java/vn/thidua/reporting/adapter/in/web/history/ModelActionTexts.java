package vn.thidua.reporting.adapter.in.web.history;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.thidua.reporting.domain.history.ModelAction;

import java.util.Locale;

/** What a history action says to a reader, from the message bundles ({@code history.action.<NAME>}). */
@Component
public class ModelActionTexts {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final MessageSource messages;

    public ModelActionTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String text(ModelAction action, Locale locale) {
        return messages.getMessage("history.action." + action.name(), null, locale);
    }
}
