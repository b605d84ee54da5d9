package vn.thidua.pages;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PageLinksTest {

    private static PageLinks links(Map<String, String> services) {
        PageKitProperties properties = new PageKitProperties();
        properties.setLinks(services);
        properties.setRoutes(Map.of("review-case", "review:/cases/{0}",
                "model-history", "reporting:/models/{0}/history", "nowhere", "identity:/x"));
        return PageLinks.of(properties);
    }

    @Test
    void fillsTheRouteOnTheServiceBaseUrlEncodingEachPart() {
        PageLinks links = links(Map.of("review", "https://xet-duyet.example.vn/"));
        assertThat(links.to("review-case", "m 1/2")).isEqualTo("https://xet-duyet.example.vn/cases/m%201%2F2");
        assertThat(links.to("model-history", "abc")).isEqualTo("http://localhost:8084/models/abc/history");
    }

    @Test
    void noLinkWithoutARouteItsServiceOrAPart() {
        PageLinks links = links(Map.of("review", ""));
        assertThat(links.to("review-case", "m1")).isNull();
        assertThat(links.to("unknown", "m1")).isNull();
        assertThat(links.to("nowhere")).isNull();
        assertThat(links.to("model-history", (Object) null)).isNull();
    }
}
