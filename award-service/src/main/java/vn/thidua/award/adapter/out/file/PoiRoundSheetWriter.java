package vn.thidua.award.adapter.out.file;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.thidua.award.application.AwardProposalView;
import vn.thidua.award.application.document.RoundListing;
import vn.thidua.award.application.document.RoundSheetWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The round's list as one .xlsx sheet (Vietnamese headings): one row per proposal with its state, the decision
 * and the amount (a number, formatted #,##0), then the approved total and the budget.
 */
@Component
public class PoiRoundSheetWriter implements RoundSheetWriter {

    static final List<String> HEADINGS = List.of("STT", "Đối tượng", "Chức vụ", "Đơn vị", "Hình thức", "Trạng thái",
            "Số quyết định", "Ngày quyết định", "Hệ số", "Lương cơ sở (đ)", "Số tiền (đ)", "Lý do");

    @Override
    public byte[] write(RoundListing listing) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Danh sách");
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            sheet.createRow(0).createCell(0).setCellValue(listing.summary().round().name());
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            sheet.createRow(1).createCell(0).setCellValue("Hội đồng: " + listing.councilName());
            Row head = sheet.createRow(3);
            for (int i = 0; i < HEADINGS.size(); i++) {
                head.createCell(i).setCellValue(HEADINGS.get(i));
                head.getCell(i).setCellStyle(bold);
            }
            int at = 4;
            for (RoundListing.Row r : listing.rows()) {
                AwardProposalView p = r.proposal();
                Row row = sheet.createRow(at++);
                row.createCell(0).setCellValue(r.number());
                row.createCell(1).setCellValue(r.nominee());
                row.createCell(2).setCellValue(text(p.position()));
                row.createCell(3).setCellValue(r.unitName());
                row.createCell(4).setCellValue(r.formName());
                row.createCell(5).setCellValue(status(p.status()));
                row.createCell(6).setCellValue(text(p.decisionNumber()));
                row.createCell(7).setCellValue(p.decisionDate() == null ? ""
                        : java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(p.decisionDate()));
                if (p.coefficient() != null) row.createCell(8).setCellValue(p.coefficient().doubleValue());
                amount(row, 9, p.baseSalary(), money);
                amount(row, 10, p.amount(), money);
                row.createCell(11).setCellValue(text(p.decisionReason() != null ? p.decisionReason()
                        : p.withdrawalReason()));
            }
            Row total = sheet.createRow(at + 1);
            total.createCell(9).setCellValue("Tổng đã duyệt");
            amount(total, 10, listing.summary().approvedTotal(), money);
            Row budget = sheet.createRow(at + 2);
            budget.createCell(9).setCellValue("Kinh phí");
            amount(budget, 10, listing.summary().budget(), money);
            for (int i = 0; i < HEADINGS.size(); i++) sheet.setColumnWidth(i, (i == 1 || i == 3 || i == 4 ? 36 : 16) * 256);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String status(AwardProposalView.ProposalStatus status) {
        return switch (status) {
            case PENDING -> "Chờ quyết định";
            case APPROVED -> "Được khen thưởng";
            case REJECTED -> "Không khen thưởng";
            case WITHDRAWN -> "Đã rút";
        };
    }

    private static void amount(Row row, int column, Long value, CellStyle style) {
        if (value == null) return;
        row.createCell(column).setCellValue(value);
        row.getCell(column).setCellStyle(style);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
