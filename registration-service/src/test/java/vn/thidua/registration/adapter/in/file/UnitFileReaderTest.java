package vn.thidua.registration.adapter.in.file;

import org.apache.poi.ss.usermodel.CellStyle;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.thidua.platform.domain.InvalidInput;
import vn.thidua.platform.domain.RuleViolation.FieldIssue;
import vn.thidua.platform.web.RuleMessages;
import vn.thidua.registration.application.unit.UnitRow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Reading organisation-tree files: what a broken file is told, and that good ones read fully. */
class UnitFileReaderTest {

    private static final UnitFileReader READER = new UnitFileReader();

    /** The refusal of a file: a 400 naming the field {@code file}, its English text. */
    private static AbstractStringAssert<?> refusal(ThrowingCallable read) {
        Throwable thrown = catchThrowable(read);
        assertThat(thrown).isInstanceOf(InvalidInput.class);
        InvalidInput rejected = (InvalidInput) thrown;
        assertThat(rejected.fields()).extracting(FieldIssue::field).containsExactly("file");
        return assertThat(RuleMessages.get().text(rejected, Locale.ENGLISH));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = UnitFileReaderTest.class.getResourceAsStream("/reference-data/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void readsTheBundledTreesCompletely() throws IOException {
        var before = READER.read("vn-units-2025-03-01.csv", resource("vn-units-2025-03-01.csv"));
        assertThat(before.format()).isEqualTo("csv");
        assertThat(before.rows()).hasSize(63 + 696 + 10_035);
        assertThat(before.rows().get(0)).isEqualTo(new UnitRow(2, "01", "", "province", "thành phố", "Hà Nội",
                "Thành phố Hà Nội", "Ha Noi", null, null, null, null, 0));
        var after = READER.read("vn-units-2025-07-01.csv", resource("vn-units-2025-07-01.csv"));
        assertThat(after.rows()).hasSize(34 + 3_321);
        assertThat(after.rows().stream().filter(r -> !Normalizer.isNormalized(r.name(), Normalizer.Form.NFC)
                || !Normalizer.isNormalized(r.fullName(), Normalizer.Form.NFC)))
                .as("the file's decomposed names are read as they are; the import normalises them").hasSize(50);
    }

    @Test
    void columnsMayComeInAnyOrderSeparatedBySemicolonsAfterAByteOrderMark() {
        var file = READER.read("don-vi.csv", utf8("\uFEFFName;Code;Parent code;LEVEL;kind;full_name;opened_on\n"
                + "Vĩnh Thái;W19369;D464;commune;xã;Xã Vĩnh Thái;01/01/2020\n\n"));
        assertThat(file.rows()).containsExactly(new UnitRow(2, "W19369", "D464", "commune", "xã", "Vĩnh Thái",
                "Xã Vĩnh Thái", null, null, "01/01/2020", null, null, 0));
    }

    @Test
    void quotedCommasStayInTheNameAndSurplusValuesAreCounted() {
        var file = READER.read("x.csv", utf8("code,parent_code,level,kind,name,full_name\n"
                + "W1,D1,commune,xã,\"Ea H'leo, Mới\",\n"
                + "W2,D1,commune,xã,Ea H'leo, Mới,Xã Ea H'leo\n"));
        assertThat(file.rows().get(0).name()).isEqualTo("Ea H'leo, Mới");
        assertThat(file.rows().get(0).extraValues()).isZero();
        assertThat(file.rows().get(1).extraValues()).isEqualTo(1);
    }

    @Test
    void wrongColumnsAreNamed() {
        InvalidInput rejected = (InvalidInput) catchThrowable(() -> READER.read("x.csv",
                utf8("code,parent,level,kind,ten,full_name\nW1,,commune,xã,A,B\n")));
        assertThat(rejected.code()).isEqualTo("wrong-columns");
        assertThat(RuleMessages.get().text(rejected, Locale.ENGLISH)).contains("missing columns parent_code, name")
                .contains("unknown columns parent, ten")
                .contains("The first row must be the header with the columns code,parent_code,level,kind,name,full_name");
        assertThat(RuleMessages.get().text(rejected, RuleMessages.VIETNAMESE)).contains("thiếu cột parent_code, name");
        assertThat(rejected.fields()).extracting(FieldIssue::field).containsExactly("file");
    }

    @Test
    void aFileWithoutHeaderIsToldItNeedsOne() {
        refusal(() -> READER.read("x.csv", utf8("01,,province,tỉnh,Hà Nội,Thành phố Hà Nội\n")))
                .contains("The first row must be the header");
    }

    @Test
    void emptyFilesAndHeaderOnlyFilesAreRefused() {
        refusal(() -> READER.read("x.csv", new byte[0])).contains("the file is empty");
        refusal(() -> READER.read("x.csv", utf8("\n\n"))).contains("the file is empty");
        refusal(() -> READER.read("x.csv", utf8("code,parent_code,level,kind,name,full_name\n")))
                .contains("the file has a header but no unit rows");
    }

    @Test
    void binaryAndNonUtf8FilesAreNotCsv() {
        byte[] pdf = {'%', 'P', 'D', 'F', '-', '1', '.', '4', '\n', 0, 1, 2, 3};
        refusal(() -> READER.read("ke-hoach.pdf", pdf))
                .contains("it is not a CSV text file (binary content)");
        byte[] windows1258 = "code,parent_code,level,kind,name,full_name\nW1,,commune,xã,Vĩnh Thái,\n"
                .getBytes(Charset.forName("windows-1258"));
        refusal(() -> READER.read("x.csv", windows1258))
                .contains("it is not UTF-8 text").contains("save it as \"CSV UTF-8\"");
    }

    @Test
    void anUnclosedQuoteIsNotCsv() {
        refusal(() -> READER.read("x.csv", utf8("code,parent_code,level,kind,name,full_name\n"
                + "W1,,commune,xã,\"Vĩnh Thái,\n")))
                .contains("it is not valid CSV after line");
    }

    @Test
    void brokenAndOldExcelFilesAreRefused() {
        byte[] brokenZip = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        refusal(() -> READER.read("don-vi.xlsx", brokenZip))
                .contains("it is not a valid Excel .xlsx workbook");
        refusal(() -> READER.read("don-vi.xlsx", utf8("code,parent_code\n")))
                .contains("it is not a valid Excel .xlsx workbook (the content is not a zip package)");
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        refusal(() -> READER.read("don-vi.xls", ole2))
                .contains("Excel 97-2003 files (.xls) are not supported");
    }

    @Test
    void readsAnXlsxWithDateCellsNumbersAndGaps() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("Đơn vị");
            String[] header = {"code", "parent_code", "level", "kind", "name", "full_name", "opened_on", "groups"};
            Row first = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) first.createCell(i).setCellValue(header[i]);
            CellStyle dates = book.createCellStyle();
            dates.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Row unit = sheet.createRow(2); // an empty row before it
            unit.createCell(0).setCellValue("W19369");
            unit.createCell(1).setCellValue("D464");
            unit.createCell(2).setCellValue("commune");
            unit.createCell(3).setCellValue("xã");
            unit.createCell(4).setCellValue("Vĩnh Thái");
            // full_name left empty: no cell at all
            var opened = unit.createCell(6);
            opened.setCellValue(LocalDate.of(2020, 1, 1));
            opened.setCellStyle(dates);
            Row numeric = sheet.createRow(3);
            numeric.createCell(0).setCellValue(9700);
            numeric.createCell(2).setCellValue("commune");
            book.write(out);
            workbook = out.toByteArray();
        }
        var file = READER.read("don-vi.xlsx", workbook);
        assertThat(file.format()).isEqualTo("xlsx");
        assertThat(file.rows()).containsExactly(
                new UnitRow(3, "W19369", "D464", "commune", "xã", "Vĩnh Thái", "", null, "", "2020-01-01", null, null, 0),
                new UnitRow(4, "9700", "", "commune", "", "", "", null, "", "", null, null, 0));
    }

    @Test
    void anXlsxWithWrongColumnsIsToldSo() throws IOException {
        byte[] workbook;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row first = book.createSheet().createRow(0);
            List.of("Mã", "Tên").forEach(h -> first.createCell(first.getPhysicalNumberOfCells()).setCellValue(h));
            book.getSheetAt(0).createRow(1).createCell(0).setCellValue("W1");
            book.write(out);
            workbook = out.toByteArray();
        }
        refusal(() -> READER.read("don-vi.xlsx", workbook))
                .contains("missing columns code, parent_code, level, kind, name, full_name")
                .contains("unknown columns Mã, Tên");
    }
}
