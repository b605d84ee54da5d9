package vn.thidua.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Links to another service's page by name: {@code thidua.pages.routes.<name>} is {@code <service>:<path>}, the
 * path naming its parts {@code {0}}, {@code {1}}… (e.g. {@code review:/cases/{0}}), the service's base URL from
 * {@code thidua.pages.links}. Templates: {@code #links.to('review-case', m.modelId)}; null (no link) when the
 * route or its service is not configured.
 */
public final class PageLinks {

    private final Map<String, String> services;
    private final Map<String, String> routes;

    public PageLinks(Map<String, String> services, Map<String, String> routes) {
        this.services = services;
        this.routes = routes;
    }

    static PageLinks of(PageKitProperties properties) {
        return new PageLinks(properties.getLinks(), properties.getRoutes());
    }

    public String to(String route, Object... parts) {
        String pattern = routes.get(route);
        if (pattern == null || pattern.indexOf(':') < 1) return null;
        String base = services.get(pattern.substring(0, pattern.indexOf(':')));
        if (base == null || base.isBlank()) return null;
        String path = pattern.substring(pattern.indexOf(':') + 1);
        for (int i = 0; i < parts.length; i++) {
            if (parts[i] == null) return null;
            String part = URLEncoder.encode(String.valueOf(parts[i]), StandardCharsets.UTF_8).replace("+", "%20");
            path = path.replace("{" + i + "}", part);
        }
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}
