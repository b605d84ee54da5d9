package vn.thidua.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The launcher's run-time class path (written by the build to target/runtime-classpath.txt) holds no test library. */
class RuntimeClasspathTest {

    private static final List<String> TEST_LIBRARIES =
            List.of("junit", "archunit", "assertj", "mockito", "testcontainers", "awaitility", "selenium");
    private static final List<String> TEST_PACKAGES = List.of("org/junit/", "com/tngtech/archunit/", "org/assertj/",
            "org/mockito/", "org/testcontainers/", "org/awaitility/", "org/openqa/selenium/");

    private final List<Path> classpath = readClasspath();

    @Test
    void holdsTheEmbeddedServersAndNoTestSupport() {
        assertThat(classpath).anyMatch(entry -> entry.endsWith(Path.of("embedded", "target", "classes"))
                || entry.getFileName().toString().matches("embedded-\\d.*\\.jar"));
        assertThat(classpath).noneMatch(entry -> entry.toString().contains("test-support"));
    }

    @Test
    void holdsNoJarOfATestLibrary() {
        assertThat(classpath)
                .map(entry -> entry.getFileName().toString().toLowerCase())
                .noneMatch(name -> TEST_LIBRARIES.stream().anyMatch(name::contains));
    }

    @Test
    void holdsNoPackageOfATestLibrary() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path entry : classpath) {
            for (String name : entryNames(entry)) {
                if (TEST_PACKAGES.stream().anyMatch(name::startsWith)) {
                    found.add(entry.getFileName() + "!/" + name);
                }
            }
        }
        assertThat(found).isEmpty();
    }

    private static List<Path> readClasspath() {
        try {
            String content = Files.readString(Path.of("target", "runtime-classpath.txt")).trim();
            return Stream.of(content.split(File.pathSeparator)).filter(entry -> !entry.isBlank()).map(Path::of).toList();
        } catch (IOException e) {
            throw new IllegalStateException("target/runtime-classpath.txt is written by the build "
                    + "(maven-dependency-plugin build-classpath): run the tests through Maven", e);
        }
    }

    /** Entry names of a jar, or paths (with '/') below a class folder. */
    private static List<String> entryNames(Path entry) throws IOException {
        if (Files.isDirectory(entry)) {
            try (Stream<Path> files = Files.walk(entry)) {
                return files.map(file -> entry.relativize(file).toString().replace(File.separatorChar, '/') + "/")
                        .toList();
            }
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            return jar.stream().map(JarEntry::getName).toList();
        }
    }
}
