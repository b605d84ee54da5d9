package vn.thidua.pages;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/** Adds the kit's texts ({@code thidua/pages/kit}) after the service's own bundles, which may override them. */
public class PageKitDefaults implements EnvironmentPostProcessor, Ordered {

    public static final String BUNDLE = "thidua/pages/kit";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String basenames = environment.getProperty("spring.messages.basename", "messages");
        if (basenames.contains(BUNDLE)) return;
        environment.getPropertySources().addFirst(new MapPropertySource("thiduaPageKit",
                Map.of("spring.messages.basename", basenames + "," + BUNDLE)));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
