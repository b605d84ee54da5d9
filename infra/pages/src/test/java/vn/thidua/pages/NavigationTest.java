package vn.thidua.pages;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NavigationTest {

    private static PageKitProperties registration() {
        PageKitProperties properties = new PageKitProperties();
        properties.setMenu(List.of(new PageKitProperties.MenuItem("/models", "nav.models", null),
                new PageKitProperties.MenuItem("/models/new", "nav.register", List.of("UNIT_OFFICER"))));
        return properties;
    }

    private static SignedIn holding(String... roles) {
        return new SignedIn(true, "can-bo", "W19363", "Thị trấn Hồ Xá", List.of(roles));
    }

    @Test
    void linksTheFourServicesAndMarksThisOne() {
        Navigation nav = Navigation.of(registration(), "registration", "/", holding("VIEWER"));
        assertThat(nav.services()).extracting(Navigation.Link::href).containsExactly("http://localhost:8081/",
                "http://localhost:8082/", "http://localhost:8083/", "http://localhost:8084/");
        assertThat(nav.services()).filteredOn(Navigation.Link::current).extracting(Navigation.Link::label)
                .containsExactly("kit.service.registration");
    }

    @Test
    void offersMenuItemsByRoleAndMarksTheLongestMatch() {
        assertThat(Navigation.of(registration(), "registration", "/models", holding("VIEWER")).menu())
                .extracting(Navigation.Link::label).containsExactly("nav.models");
        Navigation officer = Navigation.of(registration(), "registration", "/models/new", holding("UNIT_OFFICER"));
        assertThat(officer.menu()).filteredOn(Navigation.Link::current).extracting(Navigation.Link::label)
                .containsExactly("nav.register");
    }

    @Test
    void aServiceLeftWithoutAnAddressIsNotLinked() {
        PageKitProperties properties = registration();
        properties.setLinks(java.util.Map.of("award", ""));
        assertThat(Navigation.of(properties, "registration", "/", holding()).services())
                .extracting(Navigation.Link::label).doesNotContain("kit.service.award").hasSize(3);
    }
}
