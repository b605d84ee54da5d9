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

    /** An entry's detail in words: an award proposal's form code by the form's name; other details as they are. */
    public String detail(ModelAction action, String detail, Locale locale) {
        if (action != ModelAction.AWARD_PROPOSED || detail == null) return detail;
        return new vn.thidua.pages.CodeNames(messages, locale).name("awardForm", detail);
    }
}
