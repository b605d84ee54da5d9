package vn.thidua.pages;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import java.util.Optional;
import java.util.Set;

/**
 * The kit's helpers in every template: {@code #formats} ({@link Formats}), {@code #codes} ({@link CodeNames}),
 * {@code #signedIn} ({@link SignedIn}), {@code #nav} ({@link Navigation}) and {@code #links} ({@link PageLinks}).
 */
public class PageKitDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final PageKitProperties properties;
    private final String service;
    private final MessageSource messages;
    private final ObjectProvider<UnitNames> unitNames;

    public PageKitDialect(PageKitProperties properties, String service, MessageSource messages,
                          ObjectProvider<UnitNames> unitNames) {
        super("thidua-pages");
        this.properties = properties;
        this.service = service;
        this.messages = messages;
        this.unitNames = unitNames;
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("formats", "codes", "signedIn", "nav", "links");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return switch (name) {
                    case "formats" -> Formats.of(context.getLocale());
                    case "codes" -> new CodeNames(messages, context.getLocale());
                    case "signedIn" -> signedIn();
                    case "links" -> PageLinks.of(properties);
                    case "nav" -> Navigation.of(properties, service, path(context), signedIn());
                    default -> null;
                };
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }

    private SignedIn signedIn() {
        return SignedIn.current(Optional.ofNullable(unitNames.getIfAvailable()));
    }

    private static String path(IExpressionContext context) {
        return context instanceof IWebContext web ? web.getExchange().getRequest().getPathWithinApplication() : null;
    }
}
