package vn.thidua.reporting.adapter.in.web.export;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.thidua.reporting.adapter.in.web.dashboard.DashboardTexts;
import vn.thidua.reporting.domain.Registration;
import vn.thidua.reporting.domain.rollup.Coverage;
import vn.thidua.reporting.domain.rollup.CoverageRollup;
import vn.thidua.reporting.domain.rollup.CoverageRollup.CountedModel;
import vn.thidua.reporting.domain.unit.Unit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The locality summary table (Bảng tổng hợp địa phương, đơn vị) as .xlsx, in Vietnamese whatever the page's
 * language: sheet "Bảng tổng hợp" lists the counting models of the unit's subtree (title rows, then a header row,
 * then one model per row: the registration's columns and the furthest stage); sheet "Độ bao phủ" gives coverage
 * against targets per unit kind, then per unit directly below; then the breakdowns, awards and late and overdue
 * ({@link ExportTables}), a sheet per group.
 */
public final class SummaryTableWorkbook {

    static final List<String> MODEL_COLUMNS = List.of("STT", "Tên đơn vị", "Mã đơn vị", "Tên mô hình", "Lĩnh vực",
            "Tập thể/Cá nhân", "Mới/Tiếp tục", "Nhân rộng từ mô hình", "Giai đoạn đạt được");
    static final List<String> COVERAGE_COLUMNS = List.of("Loại đơn vị", "Chỉ tiêu", "Số đơn vị",
            "Đơn vị có mô hình", "Tỷ lệ", "Kết quả", "Có mô hình được công nhận",
            "Có mô hình được đề nghị khen thưởng", "Có mô hình được khen thưởng",
            "Có mô hình hoạt động hiệu quả", "Tỷ lệ hiệu quả", "Kết quả (hiệu quả)");

    private SummaryTableWorkbook() {
    }

    static byte[] write(CoverageRollup rollup, String unitId, DashboardTexts texts, ExportTables more) {
        try (Workbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(book);
            Unit unit = rollup.unit(unitId);
            String campaign = rollup.campaign().plan() == null ? rollup.campaign().campaignId()
                    : rollup.campaign().plan().name();
            List<String> title = List.of("BẢNG TỔNG HỢP MÔ HÌNH", campaign, "Địa phương, đơn vị: " + unit.displayName(),
                    "Kỳ báo cáo: " + texts.period(rollup.period()) + "; số liệu đến hết ngày "
                            + texts.formats().date(rollup.day()));

            Sheet models = book.createSheet("Bảng tổng hợp");
            int r = title(models, title, styles);
            header(models, r++, MODEL_COLUMNS, styles);
            int number = 1;
            for (CountedModel counted : rollup.models(unitId)) {
                Registration registration = counted.model().registration();
                Unit owner = rollup.unit(counted.unitId());
                List<Object> cells = new ArrayList<>();
                cells.add(number++);
                cells.add(owner.displayName());
                cells.add(owner.unitId());
                cells.add(counted.model().details() != null ? counted.model().details().title()
                        : registration == null ? "" : registration.title());
                cells.add(counted.model().field() == null ? "" : texts.codes().field(counted.model().field()));
                cells.add(registration == null ? "" : texts.text("code.registrantKind." + registration.registrantKind()));
                cells.add(registration == null || registration.novelty() == null ? ""
                        : texts.text("code.novelty." + registration.novelty()));
                cells.add(registration == null || registration.replicaOf() == null ? "" : registration.replicaOf());
                cells.add(texts.codes().stage(counted.furthest().name()));
                row(models, r++, cells, styles);
            }
            widths(models, 6, 28, 12, 40, 22, 14, 12, 18, 22);

            Sheet coverage = book.createSheet("Độ bao phủ");
            r = title(coverage, title, styles);
            header(coverage, r++, COVERAGE_COLUMNS, styles);
            for (Coverage c : rollup.coverage(unitId)) {
                row(coverage, r++, List.of(texts.codes().unitKind(c.unitKind()), texts.target(c.target()), c.units(),
                        c.registered(), texts.percent(c), texts.met(c), c.recognized(), c.proposed(), c.awarded(),
                        c.effective(), texts.effectivePercent(c), texts.effectiveMet(c)),
                        styles);
            }
            r++;
            List<Coverage> kinds = rollup.coverage(unitId);
            List<String> perUnit = new ArrayList<>(List.of("STT", "Đơn vị trực thuộc"));
            kinds.forEach(k -> perUnit.add(texts.codes().unitKind(k.unitKind()) + " có mô hình / số đơn vị"));
            perUnit.add("Số mô hình");
            header(coverage, r++, perUnit, styles);
            number = 1;
            for (Unit child : rollup.children(unitId)) {
                List<Object> cells = new ArrayList<>(List.of(number++, child.displayName()));
                rollup.coverage(child.unitId()).forEach(c -> cells.add(c.units() == 0 ? "—"
                        : c.registered() + "/" + c.units()));
                cells.add(rollup.funnel(child.unitId()).get(vn.thidua.reporting.domain.ModelStage.REGISTERED));
                row(coverage, r++, cells, styles);
            }
            widths(coverage, 28, 12, 12, 16, 12, 14, 16, 16, 16);

            // the breakdowns, awards and late and overdue: one sheet per group, each table titled
            Map<String, List<ExportTables.Table>> sheets = new LinkedHashMap<>();
            more.tables().forEach(t -> sheets.computeIfAbsent(t.sheet(), k -> new ArrayList<>()).add(t));
            for (var entry : sheets.entrySet()) {
                Sheet sheet = book.createSheet(entry.getKey());
                r = title(sheet, title, styles);
                for (ExportTables.Table table : entry.getValue()) {
                    sheet.createRow(r).createCell(0).setCellValue(table.title());
                    sheet.getRow(r++).getCell(0).setCellStyle(styles.title);
                    header(sheet, r++, table.columns(), styles);
                    for (List<Object> cells : table.rows()) row(sheet, r++, cells, styles);
                    r++;
                }
                widths(sheet, 36, 14, 14, 14, 14, 16, 16, 16);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int title(Sheet sheet, List<String> lines, Styles styles) {
        int r = 0;
        for (String line : lines) {
            sheet.createRow(r).createCell(0).setCellValue(line);
            sheet.getRow(r++).getCell(0).setCellStyle(r == 1 ? styles.title : styles.plain);
        }
        return r + 1;
    }

    private static void header(Sheet sheet, int r, List<String> columns, Styles styles) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < columns.size(); c++) {
            row.createCell(c).setCellValue(columns.get(c));
            row.getCell(c).setCellStyle(styles.header);
        }
    }

    private static void row(Sheet sheet, int r, List<?> cells, Styles styles) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < cells.size(); c++) {
            Object value = cells.get(c);
            if (value instanceof Number n) row.createCell(c).setCellValue(n.doubleValue());
            else row.createCell(c).setCellValue(value == null ? "" : value.toString());
            row.getCell(c).setCellStyle(styles.cell);
        }
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) sheet.setColumnWidth(c, characters[c] * 256);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle header;
        final CellStyle cell;

        Styles(Workbook book) {
            Font bold = book.createFont();
            bold.setBold(true);
            title = book.createCellStyle();
            title.setFont(bold);
            plain = book.createCellStyle();
            header = book.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setAlignment(HorizontalAlignment.CENTER);
            borders(header);
            cell = book.createCellStyle();
            cell.setWrapText(true);
            borders(cell);
        }

        private static void borders(CellStyle style) {
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
        }
    }
}
