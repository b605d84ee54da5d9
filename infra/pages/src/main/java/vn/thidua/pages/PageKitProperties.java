package vn.thidua.pages;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code thidua.pages.*}: where each service's pages are, as the browser reaches them (defaults: the local
 * stack's ports; compose and a deployment set {@code thidua.pages.links.<service>}), which of them this is, and
 * this service's own menu (path, message key of its label, roles that see it; none = everyone signed in) and
 * named routes to other services' pages ({@link PageLinks}).
 */
@ConfigurationProperties("thidua.pages")
public class PageKitProperties {

    /** The four services in navigation order; an empty URL leaves a service out. */
    private Map<String, String> links = new LinkedHashMap<>();

    {
        links.put("registration", "http://localhost:8081");
        links.put("review", "http://localhost:8082");
        links.put("award", "http://localhost:8083");
        links.put("reporting", "http://localhost:8084");
    }

    /** This service's key in {@link #links}; default: {@code spring.application.name} without "-service". */
    private String service;

    private List<MenuItem> menu = List.of();

    /** Pages of other services by name: {@code <service>:<path with {0}…>} ({@link PageLinks}). */
    private Map<String, String> routes = new LinkedHashMap<>();

    public record MenuItem(String path, String label, List<String> roles) {
        public MenuItem {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    public Map<String, String> getLinks() {
        return links;
    }

    public void setLinks(Map<String, String> links) {
        this.links.putAll(links);
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public Map<String, String> getRoutes() {
        return routes;
    }

    public void setRoutes(Map<String, String> routes) {
        this.routes.putAll(routes);
    }

    public List<MenuItem> getMenu() {
        return menu;
    }

    public void setMenu(List<MenuItem> menu) {
        this.menu = menu == null ? List.of() : List.copyOf(menu);
    }
}
