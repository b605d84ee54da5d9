package vn.thidua.platform.upload;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** An upload copied to a private temporary file, with its size and SHA-256 (lower-case hex). Delete by closing. */
public record ReceivedFile(Path path, long sizeBytes, String sha256) implements AutoCloseable {

    /**
     * Copies the upload to a temporary file ({@code <prefix>…upload}), counting and hashing, stopping one byte
     * past {@code maxBytes}; the stream is closed.
     *
     * @throws vn.thidua.platform.domain.InvalidInput empty or larger than {@code maxBytes}
     * @throws UncheckedIOException the upload could not be read or written
     */
    public static ReceivedFile receive(InputStream content, long maxBytes, String prefix, UploadRefusals refusals) {
        Path file;
        try {
            file = Files.createTempFile(prefix, ".upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean keep = false;
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            long size = 0;
            try (InputStream in = content; OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    size += n;
                    if (size > maxBytes) throw refusals.tooLarge(maxBytes);
                    sha256.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            if (size == 0) throw refusals.empty();
            keep = true;
            return new ReceivedFile(file, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (!keep) new ReceivedFile(file, 0, "").close();
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a temp file left behind is removed with the temp directory
        }
    }
}
