package vn.thidua.registration.adapter.in.file;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.xml.sax.XMLReader;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.registration.application.unit.UnitFileParser;
import vn.thidua.registration.application.unit.UnitRow;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads an organisation-tree file, CSV (UTF-8, comma, semicolon or tab separated) or Excel .xlsx (first sheet),
 * row by row without holding the workbook in memory (POI's event API: the sheet's XML is streamed through SAX).
 * The first row is the header naming the columns, in any order: {@link #REQUIRED} and any of {@link #OPTIONAL}.
 * A file that is no such table is refused (400, field {@code file}, texts {@code field.unit-file.*}).
 */
@Component
public class UnitFileReader implements UnitFileParser {

    public static final List<String> REQUIRED = List.of("code", "parent_code", "level", "kind", "name", "full_name");
    public static final List<String> OPTIONAL = List.of("name_en", "groups", "opened_on", "closed_on", "successor_code");
    public static final int MAX_ROWS = 100_000;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    @Override
    public UnitFile read(String fileName, byte[] content) {
        List<UnitRow> rows = new ArrayList<>();
        String format = read(fileName, content, rows::add);
        return new UnitFile(format, rows);
    }

    /** Streams the rows of {@code content} to {@code sink}; returns the format read ("csv" or "xlsx"). */
    private static String read(String fileName, byte[] content, Consumer<UnitRow> sink) {
        if (content == null || content.length == 0) throw emptyFile("empty");
        if (isExcel(fileName, content)) {
            Path temporary = null;
            try {
                temporary = Files.createTempFile("unit-import-", ".xlsx");
                Files.write(temporary, content);
                readXlsx(temporary, sink);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                deleteQuietly(temporary);
            }
            return "xlsx";
        }
        readCsv(new ByteArrayInputStream(content), sink);
        return "csv";
    }

    private static boolean isExcel(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (startsWith(content, OLE2) || name.endsWith(".xls")) {
            throw rejected("old-excel", "old-excel");
        }
        if (startsWith(content, ZIP)) return true;
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            throw brokenXlsx("the content is not a zip package");
        }
        return false;
    }

    // ---------------------------------------------------------------- CSV

    private static void readCsv(InputStream in, Consumer<UnitRow> sink) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        long lineOfError = 1;
        try (java.io.BufferedInputStream bytes = new java.io.BufferedInputStream(in, 65536);
             BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, decoder), 65536)) {
            bytes.mark(65536);
            byte[] first = bytes.readNBytes(8192);
            bytes.reset();
            for (byte b : first) {
                if (b == 0) {
                    throw rejected("not-csv", "binary");
                }
            }
            reader.mark(65536);
            char[] start = new char[65536];
            int read = reader.read(start);
            reader.reset();
            String head = read <= 0 ? "" : new String(start, 0, read);
            if (head.startsWith("\uFEFF")) reader.skip(1);
            String firstLine = head.lines().findFirst().orElse("");
            CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(firstLine))
                    .setIgnoreEmptyLines(true).get();
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
                Header header = null;
                int rows = 0;
                for (CSVRecord record : parser) {
                    lineOfError = record.getRecordNumber();
                    List<String> values = record.toList();
                    if (header == null) {
                        header = Header.of(values);
                        continue;
                    }
                    if (values.stream().allMatch(String::isBlank)) continue;
                    if (++rows > MAX_ROWS) throw tooManyRows();
                    sink.accept(header.row((int) record.getRecordNumber(), values));
                }
                if (header == null) throw emptyFile("empty");
                if (rows == 0) throw noRows();
            }
        } catch (UncheckedIOException | IOException | IllegalStateException e) {
            Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
            if (cause instanceof CharacterCodingException) {
                throw rejected("not-utf8", "not-utf8", String.valueOf(lineOfError));
            }
            throw rejected("not-csv", "bad-csv", String.valueOf(lineOfError));
        }
    }

    private static char delimiter(String headerLine) {
        long commas = headerLine.chars().filter(c -> c == ',').count();
        long semicolons = headerLine.chars().filter(c -> c == ';').count();
        long tabs = headerLine.chars().filter(c -> c == '\t').count();
        if (semicolons > commas && semicolons >= tabs) return ';';
        if (tabs > commas && tabs > semicolons) return '\t';
        return ',';
    }

    // ---------------------------------------------------------------- XLSX

    private static void readXlsx(Path file, Consumer<UnitRow> sink) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) throw brokenXlsx("the workbook has no sheet");
            SheetRows rows = new SheetRows(sink);
            try (InputStream sheet = sheets.next()) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new IsoDates(), false));
                xml.parse(new InputSource(sheet));
            }
            if (rows.header == null) throw emptyFile("empty-sheet");
            if (rows.count == 0) throw noRows();
        } catch (InvalidInput e) {
            throw e;
        } catch (Exception e) {
            Throwable cause = e;
            while (cause.getCause() != null && !(cause instanceof InvalidInput)) cause = cause.getCause();
            if (cause instanceof InvalidInput rejected) throw rejected;
            throw brokenXlsx(e.getClass().getSimpleName());
        }
    }

    /** Collects the cells of each sheet row; the first non-empty row is the header. */
    private static final class SheetRows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Consumer<UnitRow> sink;
        private final Map<Integer, String> cells = new HashMap<>();
        private Header header;
        private int count;

        SheetRows(Consumer<UnitRow> sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            if (reference == null || formattedValue == null) return;
            cells.put((int) new CellReference(reference).getCol(), formattedValue);
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.values().stream().allMatch(String::isBlank)) return;
            int width = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
            List<String> values = new ArrayList<>(width);
            for (int column = 0; column < width; column++) values.add(cells.getOrDefault(column, ""));
            if (header == null) {
                header = Header.of(values);
                return;
            }
            if (++count > MAX_ROWS) throw tooManyRows();
            sink.accept(header.row(rowNum + 1, values));
        }
    }

    /** Date cells become ISO dates (2025-07-01) whatever their display format; everything else as Excel shows it. */
    private static final class IsoDates extends DataFormatter {
        IsoDates() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    // ---------------------------------------------------------------- header

    /** Which column holds which field. */
    private record Header(Map<String, Integer> columns, int width) {

        static Header of(List<String> names) {
            Map<String, Integer> columns = new HashMap<>();
            Set<String> unknown = new LinkedHashSet<>();
            Set<String> repeated = new LinkedHashSet<>();
            for (int i = 0; i < names.size(); i++) {
                String name = normalise(names.get(i));
                if (name.isEmpty()) continue;
                if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) unknown.add(names.get(i).strip());
                else if (columns.putIfAbsent(name, i) != null) repeated.add(name);
            }
            List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
            List<Object> problems = new ArrayList<>();
            if (!missing.isEmpty()) problems.add(text("missing-columns", String.join(", ", missing)));
            if (!unknown.isEmpty()) problems.add(text("unknown-columns", String.join(", ", unknown)));
            if (!repeated.isEmpty()) problems.add(text("repeated-columns", String.join(", ", repeated)));
            if (!problems.isEmpty()) {
                problems.add(String.join(",", REQUIRED) + "[," + String.join("][,", OPTIONAL) + "]");
                throw rejected("wrong-columns", "wrong-columns." + (problems.size() - 1), problems.toArray());
            }
            return new Header(Map.copyOf(columns), names.size());
        }

        UnitRow row(int line, List<String> values) {
            int extra = 0;
            for (int i = width; i < values.size(); i++) if (!values.get(i).isBlank()) extra++;
            return new UnitRow(line, value(values, "code"), value(values, "parent_code"), value(values, "level"),
                    value(values, "kind"), value(values, "name"), value(values, "full_name"),
                    value(values, "name_en"), value(values, "groups"), value(values, "opened_on"),
                    value(values, "closed_on"), value(values, "successor_code"), extra);
        }

        /** Null when the column is absent, "" when the cell is empty. */
        private String value(List<String> values, String column) {
            Integer index = columns.get(column);
            if (index == null) return null;
            return index < values.size() ? values.get(index) : "";
        }

        private static String normalise(String name) {
            return name == null ? "" : name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)
                    .replaceAll("[\\s-]+", "_");
        }
    }

    // ---------------------------------------------------------------- helpers

    /** The file refused: the violation's message is "the file cannot be imported: " and the detail. */
    private static InvalidInput rejected(String code, String detail, Object... arguments) {
        FieldIssue issue = FieldIssue.of("file", "unit-file." + detail, arguments);
        return new InvalidInput(code, List.of(issue), text(detail, arguments));
    }

    /** A detail's text, resolved where the violation's message is. */
    private static MessageSourceResolvable text(String detail, Object... arguments) {
        return new DefaultMessageSourceResolvable(new String[] {"field.unit-file." + detail}, arguments);
    }

    private static InvalidInput emptyFile(String detail) {
        return rejected("empty-unit-file", detail);
    }

    private static InvalidInput brokenXlsx(String detail) {
        return rejected("broken-xlsx", "broken-xlsx", detail);
    }

    private static InvalidInput noRows() {
        return rejected("no-rows", "no-rows");
    }

    private static InvalidInput tooManyRows() {
        return rejected("too-many-rows", "too-many-rows", String.valueOf(MAX_ROWS));
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
    }

    private static void deleteQuietly(Path file) {
        if (file == null) return;
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a temporary file; the OS cleans up
        }
    }
}
