package vn.thidua.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildProcessesTest {

    @TempDir
    Path dir;

    @Test
    void effectiveClasspathFollowsManifestClassPathLikeJavaMinusJar() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("target/lib"));
        jar(lib.resolve("a.jar"), null);
        jar(lib.resolve("b.jar"), null);
        Path app = jar(dir.resolve("target/app.jar"), "lib/a.jar lib/b.jar lib/missing.jar");

        String classpath = ChildProcesses.effectiveClasspath(app.toString());

        assertEquals(List.of(app.toString(), lib.resolve("a.jar").toString(), lib.resolve("b.jar").toString()),
                List.of(classpath.split(File.pathSeparator)));
    }

    @Test
    void effectiveClasspathOfThisJvmContainsKafka() {
        assertThat(ChildProcesses.effectiveClasspath()).contains("kafka_2.13");
    }

    @Test
    void tailShowsTheLastLines() throws Exception {
        Path log = dir.resolve("x.log");
        Files.writeString(log, IntStream.rangeClosed(1, 100).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")));
        assertEquals("line 98" + System.lineSeparator() + "line 99" + System.lineSeparator() + "line 100",
                ChildProcesses.tail(log, 3));
        assertThat(ChildProcesses.tail(dir.resolve("missing.log"), 3)).contains("no log file");
    }

    private static Path jar(Path path, String classPath) throws Exception {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        try (OutputStream out = Files.newOutputStream(path); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            jar.flush();
        }
        return path;
    }
}
