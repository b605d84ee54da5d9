package vn.thidua.pages;

import java.util.List;

/**
 * The header's two menus: the services (absolute links, the current one marked) and this service's own pages
 * the signed-in person may open (the current one marked). Templates: {@code #nav}.
 */
public record Navigation(List<Link> services, List<Link> menu) {

    /** A link: its label's message key, where it goes, whether it is the page or service being shown. */
    public record Link(String label, String href, boolean current) {
    }

    static Navigation of(PageKitProperties properties, String service, String requestPath, SignedIn who) {
        List<Link> services = properties.getLinks().entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> new Link("kit.service." + e.getKey(), strip(e.getValue()) + "/", e.getKey().equals(service)))
                .toList();
        List<PageKitProperties.MenuItem> visible = properties.getMenu().stream()
                .filter(item -> item.roles().isEmpty() || who.holds(item.roles().toArray(String[]::new)))
                .toList();
        // the current page is the item whose path is the longest prefix of the page's path
        String current = visible.stream().map(PageKitProperties.MenuItem::path)
                .filter(path -> matches(path, requestPath))
                .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
        List<Link> menu = visible.stream()
                .map(item -> new Link(item.label(), item.path(), item.path().equals(current)))
                .toList();
        return new Navigation(services, menu);
    }

    private static boolean matches(String path, String requestPath) {
        if (requestPath == null) return false;
        return path.equals(requestPath) || (!"/".equals(path) && requestPath.startsWith(path + "/"));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
