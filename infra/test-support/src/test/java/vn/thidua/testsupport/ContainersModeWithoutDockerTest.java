package vn.thidua.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

/** Without a Docker engine, the containers mode fails at once with one clear message (no container start attempt). */
class ContainersModeWithoutDockerTest {

    @Test
    void failsWithOneClearMessage() {
        assumeFalse(DockerClientFactory.instance().isDockerAvailable(), "a Docker engine is available here");

        IllegalStateException failure = assertThrows(IllegalStateException.class, Infrastructure::startContainers);

        assertThat(failure.getMessage())
                .isEqualTo("-Dthidua.infra=containers needs a Docker engine, but Testcontainers found none: start Docker, "
                        + "or drop -Dthidua.infra to use the embedded infrastructure (the default).");
    }
}
