package vn.thidua.registration.adapter.in.file;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.platform.domain.RuleViolation;
import vn.thidua.registration.application.dossier.TestFiles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzz targets of the readers of uploaded files: whatever the bytes or the cells, a reader returns rows or refuses
 * with a rule violation that names the problem; any other exception is a finding. Every build replays the seeds
 * under {@code FileReadersFuzzTestInputs}; {@code JAZZER_FUZZ=1} fuzzes one target (registration README).
 */
class FileReadersFuzzTest {

    private static final UnitFileReader UNITS = new UnitFileReader();
    private static final SummaryTableFile SUMMARY = new SummaryTableFile(TestFiles.defaultLimits());
    private static final List<String> NAMES = List.of("don-vi.csv", "don-vi.xlsx", "don-vi.xls", "don-vi.txt", "");

    @FuzzTest(maxDuration = "60s")
    void unitFileBytes(FuzzedDataProvider data) {
        String name = data.pickValue(NAMES);
        byte[] content = data.consumeRemainingAsBytes();
        readOrRefuse(() -> UNITS.read(name, content));
    }

    @FuzzTest(maxDuration = "60s")
    void unitSheetCells(FuzzedDataProvider data) {
        List<String> header = new ArrayList<>(UnitFileReader.REQUIRED);
        header.addAll(UnitFileReader.OPTIONAL);
        byte[] workbook = workbook(header, data);
        readOrRefuse(() -> UNITS.read("don-vi.xlsx", workbook));
    }

    @FuzzTest(maxDuration = "60s")
    void summaryTableBytes(byte[] content) {
        readOrRefuse(() -> SUMMARY.read(new ByteArrayInputStream(content), "dan-van-kheo-2025"));
    }

    @FuzzTest(maxDuration = "60s")
    void summaryTableCells(FuzzedDataProvider data) {
        List<String> header = new ArrayList<>();
        for (SummaryTableFile.Column column : SummaryTableFile.Column.values()) header.add(column.header);
        byte[] workbook = workbook(header, data);
        readOrRefuse(() -> SUMMARY.read(new ByteArrayInputStream(workbook), "dan-van-kheo-2025"));
    }

    private static void readOrRefuse(Runnable read) {
        try {
            read.run();
        } catch (RuleViolation refused) {
            // a refusal the officer reads: the reader's contract
        }
    }

    /** A sheet with the header and a few rows of fuzzed cells: text, numbers, booleans and formulas. */
    private static byte[] workbook(List<String> header, FuzzedDataProvider data) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(data.consumeBoolean() ? "Bảng tổng hợp" : "Sheet1");
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) first.createCell(c).setCellValue(header.get(c));
            int rows = data.consumeInt(0, 6);
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < header.size() && data.remainingBytes() > 0; c++) fill(row.createCell(c), data);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Cell cell, FuzzedDataProvider data) {
        switch (data.consumeInt(0, 3)) {
            case 0 -> cell.setCellValue(data.consumeDouble());
            case 1 -> cell.setCellValue(data.consumeBoolean());
            case 2 -> {
                try {
                    cell.setCellFormula(data.consumeString(40));
                } catch (RuntimeException notAFormula) {
                    cell.setCellValue("=" + notAFormula.getClass().getSimpleName());
                }
            }
            default -> cell.setCellValue(data.consumeString(200));
        }
    }
}
