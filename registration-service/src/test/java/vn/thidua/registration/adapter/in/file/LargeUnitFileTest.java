package vn.thidua.registration.adapter.in.file;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 50,000 generated rows, CSV and .xlsx, read the way an upload is read (the whole file in memory as bytes, then
 * every row) by a separate JVM limited to a 128 MB heap: a reader that loaded the workbook's object model would
 * need several times that. Prints the time taken.
 */
class LargeUnitFileTest {

    private static final int ROWS = 50_000;
    private static final String HEAP = "-Xmx128m";

    @TempDir
    Path directory;

    @Test
    void fiftyThousandCsvRowsReadWithinA128MegabyteHeap() throws Exception {
        Path csv = directory.resolve("don-vi-50k.csv");
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("code,parent_code,level,kind,name,full_name,name_en,groups,opened_on\n");
            for (int i = 0; i < ROWS; i++) {
                String[] row = row(i);
                out.write(String.join(",", row));
                out.write('\n');
            }
        }
        assertThat(readInSmallJvm(csv)).contains("rows=" + ROWS).contains("format=csv");
    }

    @Test
    void fiftyThousandXlsxRowsReadWithinA128MegabyteHeap() throws Exception {
        Path xlsx = directory.resolve("don-vi-50k.xlsx");
        try (SXSSFWorkbook book = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(xlsx)) {
            Sheet sheet = book.createSheet("Đơn vị");
            String[] header = {"code", "parent_code", "level", "kind", "name", "full_name", "name_en", "groups", "opened_on"};
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) first.createCell(c).setCellValue(header[c]);
            for (int i = 0; i < ROWS; i++) {
                Row row = sheet.createRow(i + 1);
                String[] values = row(i);
                for (int c = 0; c < values.length; c++) row.createCell(c).setCellValue(values[c]);
            }
            book.write(out);
            book.dispose();
        }
        assertThat(readInSmallJvm(xlsx)).contains("rows=" + ROWS).contains("format=xlsx");
    }

    private static String[] row(int i) {
        String name = "Thôn Tân Lập " + i;
        return new String[] {"V" + i, i < 100 ? "" : "V" + (i / 100), i < 100 ? "province" : "village",
                i < 100 ? "tỉnh" : "thôn", name, "Thôn " + name, "Tan Lap " + i, "biên giới", "2020-01-01"};
    }

    private String readInSmallJvm(Path file) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), HEAP, "-cp", System.getProperty("java.class.path"),
                ReadUnitFile.class.getName(), file.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) process.destroyForcibly();
        System.out.println("[benchmark] " + file.getFileName() + " (" + Files.size(file) / 1024 + " KiB): " + output.strip());
        assertThat(finished).as("the reading JVM finished").isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** Reads a file as an upload is read and prints what it found. */
    public static final class ReadUnitFile {
        public static void main(String[] args) throws IOException {
            Path file = Path.of(args[0]);
            long started = System.nanoTime();
            byte[] content = Files.readAllBytes(file);
            var read = new UnitFileReader().read(file.getFileName().toString(), content);
            long millis = (System.nanoTime() - started) / 1_000_000;
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("format=%s rows=%d in %d ms, heap max %d MiB%n", read.format(), read.rows().size(), millis,
                    runtime.maxMemory() / (1024 * 1024));
        }
    }
}
