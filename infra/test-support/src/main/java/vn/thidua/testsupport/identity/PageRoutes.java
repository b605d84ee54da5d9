package vn.thidua.testsupport.identity;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Set;
import java.util.TreeSet;

/** The GET routes of a service's pages, for {@link PageAccessMatrix}: everything mapped but the API and its documents. */
public final class PageRoutes {

    private PageRoutes() {
    }

    public static Set<String> of(RequestMappingHandlerMapping mappings) {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) return;
            info.getPatternValues().stream()
                    .filter(path -> !path.startsWith("/api/") && !path.startsWith("/v3/") && !path.startsWith("/swagger")
                            && !path.startsWith("/error"))
                    .forEach(routes::add);
        });
        return routes;
    }
}
