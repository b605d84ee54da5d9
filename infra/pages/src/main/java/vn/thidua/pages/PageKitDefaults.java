package vn.thidua.pages;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Adds the kit's texts ({@code thidua/pages/kit}) after the service's own bundles, which may override them, and
 * keeps the machine's language out of the choice (Vietnamese is the bundles' default, not a {@code _vi} file).
 */
public class PageKitDefaults implements EnvironmentPostProcessor, Ordered {

    public static final String BUNDLE = "thidua/pages/kit";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String basenames = environment.getProperty("spring.messages.basename", "messages");
        if (basenames.contains(BUNDLE)) return;
        environment.getPropertySources().addFirst(new MapPropertySource("thiduaPageKit",
                Map.of("spring.messages.basename", basenames + "," + BUNDLE)));
        environment.getPropertySources().addLast(new MapPropertySource("thiduaPageKitDefaults",
                Map.of("spring.messages.fallback-to-system-locale", "false")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
