package vn.thidua.registration.application.dossier;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An upload copied to a private temporary file, with its size and SHA-256 (lower-case hex). Delete by closing. */
public record ReceivedFile(Path path, long sizeBytes, String sha256) implements AutoCloseable {

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a temp file left behind is removed with the temp directory
        }
    }
}
