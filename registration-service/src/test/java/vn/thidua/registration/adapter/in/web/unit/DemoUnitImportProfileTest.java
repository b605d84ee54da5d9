package vn.thidua.registration.adapter.in.web.unit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import vn.thidua.registration.application.unit.DemoUnits;
import vn.thidua.registration.application.unit.ReferenceTrees;
import vn.thidua.registration.application.unit.Reform2025;
import vn.thidua.registration.application.unit.UnitImports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo-unit endpoint exists only with the {@code demo} profile; the rest of the import API always. */
class DemoUnitImportProfileTest {

    private final WebApplicationContextRunner web = new WebApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(WebMvcAutoConfiguration.class, JacksonAutoConfiguration.class,
                    HttpMessageConvertersAutoConfiguration.class))
            .withBean(UnitImports.class, () -> mock(UnitImports.class))
            .withBean(ReferenceTrees.class, () -> mock(ReferenceTrees.class))
            .withBean(Reform2025.class, () -> mock(Reform2025.class))
            .withBean(DemoUnits.class, () -> mock(DemoUnits.class))
            .withUserConfiguration(UnitImportController.class, DemoUnitImportController.class);

    @Test
    void withoutTheDemoProfileTheDemoEndpointIsAbsent() {
        web.run(context -> {
            assertThat(context).doesNotHaveBean(DemoUnitImportController.class);
            MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
            mvc.perform(post("/api/unit-imports/demo/45").param("seed", "2023")).andExpect(status().isNotFound());
            mvc.perform(get("/api/unit-imports/reference")).andExpect(status().isOk());
        });
    }

    @Test
    void withTheDemoProfileTheDemoEndpointIsThere() {
        web.withPropertyValues("spring.profiles.active=demo").run(context ->
                assertThat(context).hasSingleBean(DemoUnitImportController.class));
    }
}
