package vn.thidua.registration.adapter.in.file;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.contracts.IndividualRegistrant;
import vn.thidua.contracts.ModelField;
import vn.thidua.contracts.ModelNovelty;
import vn.thidua.contracts.RegistrantKind;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.registration.application.dossier.DossierProperties;
import vn.thidua.registration.application.dossier.UploadRejections;
import vn.thidua.platform.upload.ZipBombGuard;
import vn.thidua.platform.upload.ZipLimits;
import vn.thidua.registration.application.model.RegistrationInput;
import vn.thidua.registration.application.model.SummaryTableReader;
import vn.thidua.registration.domain.VietnameseText;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A unit's summary table of models (Bảng tổng hợp, seed 004 II.4) as an .xlsx file: the first sheet, a header
 * row within the first 10 rows, then one model per row (blank rows skipped). Headers ({@link Column}) are matched
 * without regard to case or diacritics; unknown columns are ignored; column order is free. The headers and the
 * accepted values are the file's Vietnamese vocabulary, in both languages of the pages.
 */
@Component
public class SummaryTableFile implements SummaryTableReader {

    public static final int MAX_ROWS = 1000;
    /** Unpacked bytes a summary table may hold: POI keeps the whole workbook in memory (1,000 rows fit easily). */
    public static final long MAX_UNZIPPED_BYTES = 32L * 1024 * 1024;
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final int HEADER_SEARCH_ROWS = 10;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

    /** The columns, in template order, with the request field each one fills. */
    public enum Column {
        NUMBER("STT", false, null, "1"),
        UNIT("Đơn vị", true, "unitId", "W19363"),
        MANAGING_UNIT("Đơn vị quản lý", false, "managingUnitId", "D464"),
        TITLE("Tên mô hình", true, "title", "Dân vận khéo trong xây dựng nông thôn mới"),
        FIELD("Lĩnh vực", true, "field", "Xây dựng nông thôn mới"),
        KIND("Tập thể/Cá nhân", true, "registrantKind", "Tập thể"),
        NOVELTY("Mới/Tiếp tục", true, "novelty", "Mới"),
        FULL_NAME("Họ và tên", false, "individual.fullName", ""),
        POSITION("Chức vụ", false, "individual.position", ""),
        WORKPLACE("Nơi công tác", false, "individual.workplace", ""),
        CONTENT("Nội dung", false, "content", "Vận động nhân dân hiến đất làm đường liên thôn"),
        METHOD("Cách làm", false, "method", "Họp dân, cán bộ đảng viên làm trước"),
        RESULTS("Kết quả dự kiến", false, "expectedResults", "5 km đường bê tông"),
        START("Ngày bắt đầu", false, "startDate", "01/05/2024"),
        REPLICA("Nhân rộng từ mô hình", false, "replicaOf", "");

        public final String header;
        public final boolean required;
        public final String field;
        final String example;

        Column(String header, boolean required, String field, String example) {
            this.header = header;
            this.required = required;
            this.field = field;
            this.example = example;
        }

        static Column forField(String field) {
            for (Column c : values()) if (field.equals(c.field)) return c;
            return null;
        }
    }

    private static final Map<String, Column> HEADERS = new LinkedHashMap<>();
    private static final Map<String, ModelField> FIELDS = new LinkedHashMap<>();
    private static final Map<String, RegistrantKind> KINDS = new LinkedHashMap<>();
    private static final Map<String, ModelNovelty> NOVELTIES = new LinkedHashMap<>();
    private static final Map<ModelField, String> FIELD_LABELS = new EnumMap<>(ModelField.class);

    static {
        for (Column c : Column.values()) HEADERS.put(key(c.header), c);
        HEADERS.put(key("Mã đơn vị"), Column.UNIT);
        HEADERS.put(key("Tên đơn vị"), Column.UNIT);
        HEADERS.put(key("Đơn vị quản lý trực tiếp"), Column.MANAGING_UNIT);
        HEADERS.put(key("Nội dung đăng ký"), Column.CONTENT);
        HEADERS.put(key("Thời gian bắt đầu"), Column.START);
        FIELD_LABELS.put(ModelField.COMPREHENSIVE, "Toàn diện");
        FIELD_LABELS.put(ModelField.ECONOMY, "Kinh tế");
        FIELD_LABELS.put(ModelField.CULTURE_SOCIETY, "Văn hóa - xã hội");
        FIELD_LABELS.put(ModelField.DEFENCE_SECURITY, "Quốc phòng - an ninh");
        FIELD_LABELS.put(ModelField.POLITICAL_SYSTEM, "Xây dựng hệ thống chính trị");
        FIELD_LABELS.put(ModelField.NEW_RURAL_CONSTRUCTION, "Xây dựng nông thôn mới");
        FIELD_LABELS.put(ModelField.OTHER, "Khác");
        FIELD_LABELS.forEach((f, label) -> {
            FIELDS.put(key(label), f);
            FIELDS.put(key(f.name()), f);
        });
        FIELDS.put(key("Mô hình toàn diện"), ModelField.COMPREHENSIVE);
        FIELDS.put(key("Lĩnh vực khác"), ModelField.OTHER);
        KINDS.put(key("Tập thể"), RegistrantKind.COLLECTIVE);
        KINDS.put(key("Cá nhân"), RegistrantKind.INDIVIDUAL);
        for (RegistrantKind k : RegistrantKind.values()) KINDS.put(key(k.name()), k);
        NOVELTIES.put(key("Mới"), ModelNovelty.NEW);
        NOVELTIES.put(key("Xây dựng mới"), ModelNovelty.NEW);
        NOVELTIES.put(key("Tiếp tục"), ModelNovelty.CONTINUING);
        NOVELTIES.put(key("Tiếp tục thực hiện"), ModelNovelty.CONTINUING);
        NOVELTIES.put(key("Tiếp tục duy trì"), ModelNovelty.CONTINUING);
        for (ModelNovelty n : ModelNovelty.values()) NOVELTIES.put(key(n.name()), n);
    }

    private final ZipBombGuard zipBombGuard;

    /** The zip-bomb guard of dossier uploads, with its ratio and entry limits, and {@link #MAX_UNZIPPED_BYTES}. */
    public SummaryTableFile(DossierProperties limits) {
        this.zipBombGuard = new ZipBombGuard(new ZipLimits(Math.min(MAX_UNZIPPED_BYTES,
                limits.maxUnzippedSize().toBytes()), limits.maxCompressionRatio(), limits.maxZipEntries()),
                UploadRejections.REFUSALS);
    }

    @Override
    public List<TableRow> read(InputStream in, String campaignId) {
        Path file = null;
        try {
            // walked by the guard before POI opens it: POI would load the whole workbook, however large it unpacks
            file = Files.createTempFile("summary-table-", ".xlsx");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            try {
                zipBombGuard.inspect(file);
            } catch (InvalidInput refused) {
                // a bomb is named as such; anything else the guard refuses is no .xlsx to this reader
                if (UploadRejections.ZIP_BOMB.equals(refused.code())) throw refused;
                throw badFile("summary-table-unreadable");
            }
            return read(file, campaignId);
        } catch (IOException e) {
            throw badFile("summary-table-unreadable");
        } finally {
            if (file != null) file.toFile().delete();
        }
    }

    private List<TableRow> read(Path file, String campaignId) {
        try (Workbook workbook = new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ))) {
            if (workbook.getNumberOfSheets() == 0) throw badFile("summary-table-no-sheet");
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("vi"));
            Map<Column, Integer> columns = null;
            int headerRow = -1;
            for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS); r++) {
                Map<Column, Integer> found = headers(sheet.getRow(r), formatter);
                if (found.containsKey(Column.TITLE)) {
                    columns = found;
                    headerRow = r;
                    break;
                }
            }
            List<String> missing = new ArrayList<>();
            for (Column c : Column.values()) {
                if (c.required && (columns == null || !columns.containsKey(c))) missing.add(c.header);
            }
            if (!missing.isEmpty()) {
                String list = missing.stream().map(h -> "“" + h + "”").collect(Collectors.joining(", "));
                throw badFile("summary-table-missing-columns", list);
            }
            List<TableRow> rows = new ArrayList<>();
            for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (blankRow(row, columns, formatter)) continue;
                if (rows.size() == MAX_ROWS) {
                    throw badFile("summary-table-too-many-rows", String.valueOf(MAX_ROWS));
                }
                rows.add(row(r + 1, row, columns, formatter, campaignId));
            }
            if (rows.isEmpty()) throw badFile("summary-table-no-rows");
            return rows;
        } catch (InvalidInput e) {
            throw e;
        } catch (IOException | InvalidFormatException | RuntimeException e) {
            // not a zip, not OOXML, an .xls, a damaged or encrypted file, a zip bomb refused by POI...
            throw badFile("summary-table-unreadable");
        }
    }

    private static TableRow row(int number, Row row, Map<Column, Integer> columns, DataFormatter formatter,
                                String campaignId) {
        List<FieldIssue> issues = new ArrayList<>();
        Map<Column, String> text = new EnumMap<>(Column.class);
        for (var entry : columns.entrySet()) text.put(entry.getKey(), text(row, entry.getValue(), formatter));
        ModelField field = choice(text.get(Column.FIELD), FIELDS, Column.FIELD, FIELD_LABELS.values(), issues);
        RegistrantKind kind = choice(text.get(Column.KIND), KINDS, Column.KIND, List.of("Tập thể", "Cá nhân"), issues);
        ModelNovelty novelty = choice(text.get(Column.NOVELTY), NOVELTIES, Column.NOVELTY, List.of("Mới", "Tiếp tục"), issues);
        LocalDate start = null;
        if (columns.containsKey(Column.START)) start = date(row, columns.get(Column.START), text.get(Column.START), issues);
        String name = text.get(Column.FULL_NAME);
        String position = text.get(Column.POSITION);
        String workplace = text.get(Column.WORKPLACE);
        IndividualRegistrant individual = name == null && position == null && workplace == null ? null
                : new IndividualRegistrant(name, position, workplace);
        RegistrationInput input = new RegistrationInput(campaignId, text.get(Column.UNIT), text.get(Column.MANAGING_UNIT),
                kind, individual, novelty, text.get(Column.TITLE), field, text.get(Column.CONTENT),
                text.get(Column.METHOD), text.get(Column.RESULTS), start, text.get(Column.REPLICA));
        return new TableRow(number, input, issues);
    }

    @Override
    public String column(String field) {
        Column column = Column.forField(field);
        return column == null ? null : column.header;
    }

    /** The template: the columns with one example row, and a sheet explaining each column. */
    public static byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet table = workbook.createSheet("Bảng tổng hợp");
            Row header = table.createRow(0);
            Row example = table.createRow(1);
            for (Column c : Column.values()) {
                Cell cell = header.createCell(c.ordinal());
                cell.setCellValue(c.header);
                cell.setCellStyle(bold);
                example.createCell(c.ordinal()).setCellValue(c.example);
                table.setColumnWidth(c.ordinal(), Math.min(60, Math.max(12, c.header.length() + 4)) * 256);
            }
            table.createFreezePane(0, 1);
            Sheet help = workbook.createSheet("Hướng dẫn");
            String[][] lines = {
                    {"Cột", "Bắt buộc", "Giá trị"},
                    {"STT", "không", "Số thứ tự (bỏ qua)"},
                    {"Đơn vị", "có", "Mã đơn vị đăng ký trong cây đơn vị"},
                    {"Đơn vị quản lý", "không", "Mã đơn vị quản lý trực tiếp; để trống = đơn vị cấp trên"},
                    {"Tên mô hình", "có", "Tên mô hình (3-300 ký tự)"},
                    {"Lĩnh vực", "có", String.join("; ", FIELD_LABELS.values())},
                    {"Tập thể/Cá nhân", "có", "Tập thể; Cá nhân"},
                    {"Mới/Tiếp tục", "có", "Mới; Tiếp tục"},
                    {"Họ và tên, Chức vụ, Nơi công tác", "khi là Cá nhân", "Chỉ điền khi đăng ký cá nhân"},
                    {"Nội dung, Cách làm, Kết quả dự kiến", "Nội dung bắt buộc với lĩnh vực Khác", "Tối đa 4000 ký tự mỗi ô"},
                    {"Ngày bắt đầu", "không", "Ô ngày hoặc dd/mm/yyyy; có thể là ngày trong tương lai (chưa triển khai)"},
                    {"Nhân rộng từ mô hình", "không", "Mã mô hình được nhân rộng"},
                    {"", "", "Mỗi dòng một mô hình; dòng trống được bỏ qua; tối đa " + MAX_ROWS + " dòng."}};
            for (int i = 0; i < lines.length; i++) {
                Row row = help.createRow(i);
                for (int j = 0; j < lines[i].length; j++) {
                    Cell cell = row.createCell(j);
                    cell.setCellValue(lines[i][j]);
                    if (i == 0) cell.setCellStyle(bold);
                }
            }
            help.setColumnWidth(0, 36 * 256);
            help.setColumnWidth(1, 36 * 256);
            help.setColumnWidth(2, 100 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("Could not write the summary table template", e);
        }
    }

    // ---- reading cells ----------------------------------------------------------------------------------

    private static Map<Column, Integer> headers(Row row, DataFormatter formatter) {
        Map<Column, Integer> found = new EnumMap<>(Column.class);
        if (row == null) return found;
        for (Cell cell : row) {
            Column column = HEADERS.get(key(formatter.formatCellValue(cell)));
            if (column != null) found.putIfAbsent(column, cell.getColumnIndex());
        }
        return found;
    }

    private static boolean blankRow(Row row, Map<Column, Integer> columns, DataFormatter formatter) {
        if (row == null) return true;
        return columns.entrySet().stream().filter(e -> e.getKey() != Column.NUMBER)
                .allMatch(e -> text(row, e.getValue(), formatter) == null);
    }

    private static String text(Row row, int column, DataFormatter formatter) {
        Cell cell = row.getCell(column);
        if (cell == null) return null;
        String value = cell.getCellType() == CellType.FORMULA
                ? formatter.formatCellValue(cell, row.getSheet().getWorkbook().getCreationHelper().createFormulaEvaluator())
                : formatter.formatCellValue(cell);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(Row row, int column, String text, List<FieldIssue> issues) {
        Cell cell = row.getCell(column);
        if (cell == null || text == null) return null;
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate();
        }
        try {
            return text.contains("/") ? LocalDate.parse(text, DAY) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            issues.add(FieldIssue.of("startDate", "summary-table-not-a-date", text));
            return null;
        }
    }

    private static <T> T choice(String text, Map<String, T> values, Column column, java.util.Collection<String> allowed,
                                List<FieldIssue> issues) {
        if (text == null) return null;
        T value = values.get(key(text));
        if (value == null) {
            String list = String.join(", ", allowed);
            issues.add(FieldIssue.of(column.field, "summary-table-not-one-of", text, list));
        }
        return value;
    }

    /** Folded, letters and digits only: "Văn hóa - Xã hội" and "van hoa xa hoi" are one key. */
    private static String key(String text) {
        return VietnameseText.fold(text).replaceAll("[^a-z0-9]", "");
    }

    /** "Tệp bảng tổng hợp …": the rule's text names the file's problem, the field issue's text. */
    private static InvalidInput badFile(String code, Object... arguments) {
        return new InvalidInput("bad-summary-table", List.of(FieldIssue.of("file", code, arguments)),
                new DefaultMessageSourceResolvable(new String[] {"field." + code}, arguments));
    }
}
