package org.casecoordination.reports;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes {@link ExportSheet}s as CSV or XLSX. The lines about the table come first, then an empty line, the
 * headings and the rows. In XLSX numbers are numeric cells, so a spreadsheet can add them up.
 */
final class SheetFiles {

    private static final CsvMapper CSV = new CsvMapper();
    /** What spreadsheets read as the start of a formula (OWASP CSV injection; tab and return too). */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private SheetFiles() {
    }

    static byte[] write(ExportFormat format, ExportSheet sheet) {
        return switch (format) {
            case CSV -> csv(sheet);
            case XLSX -> xlsx(List.of(sheet));
            case PDF -> throw new IllegalArgumentException("a single table is not made a PDF");
        };
    }

    /** UTF-8 with a byte order mark, so spreadsheet programs read accents right. */
    static byte[] csv(ExportSheet sheet) {
        List<List<String>> lines = new ArrayList<>();
        lines.add(List.of(safe(sheet.title())));
        sheet.about().forEach(line -> lines.add(List.of(safe(line))));
        lines.add(List.of(""));
        lines.add(sheet.headers().stream().map(SheetFiles::safe).toList());
        for (List<Object> row : sheet.rows()) {
            lines.add(row.stream().map(SheetFiles::csvCell).toList());
        }
        try {
            String text = CSV.writer(CsvSchema.emptySchema()).writeValueAsString(lines);
            return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write CSV", e);
        }
    }

    private static String csvCell(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell instanceof Number number ? plain(number) : safe(cell.toString());
    }

    /** A number as a spreadsheet reads it back: no exponent, no trailing {@code .0}; a minus sign stays a number. */
    private static String plain(Number number) {
        double value = number.doubleValue();
        return value == Math.rint(value) ? Long.toString((long) value)
                : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * Text a spreadsheet would run as a formula gets a leading apostrophe (OWASP's advice): a client's or a
     * provider's name like {@code =HYPERLINK(...)} stays text.
     */
    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        return FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** One sheet per table, each with its title and the lines about it above the headings. */
    static byte[] xlsx(List<ExportSheet> sheets) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("0.0"));
            List<String> names = new ArrayList<>();
            for (ExportSheet table : sheets) {
                Sheet sheet = book.createSheet(uniqueName(table.name(), names));
                int r = 0;
                Row title = sheet.createRow(r++);
                title.createCell(0).setCellValue(table.title());
                title.getCell(0).setCellStyle(bold);
                for (String line : table.about()) {
                    sheet.createRow(r++).createCell(0).setCellValue(line);
                }
                r++;
                Row headers = sheet.createRow(r++);
                for (int c = 0; c < table.headers().size(); c++) {
                    headers.createCell(c).setCellValue(table.headers().get(c));
                    headers.getCell(c).setCellStyle(bold);
                }
                for (List<Object> cells : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < cells.size(); c++) {
                        Object cell = cells.get(c);
                        if (cell instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                            if (number.doubleValue() != Math.rint(number.doubleValue())) {
                                row.getCell(c).setCellStyle(decimal);
                            }
                        } else if (cell != null) {
                            row.createCell(c).setCellValue(cell.toString());
                        }
                    }
                }
                for (int c = 0; c < table.headers().size(); c++) {
                    sheet.setColumnWidth(c, 22 * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write XLSX", e);
        }
    }

    /** Sheet names are at most 31 characters, without some signs, and unique in a workbook. */
    private static String uniqueName(String wanted, List<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int i = 2; taken.contains(name.toLowerCase()); i++) {
            String suffix = " " + i;
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        taken.add(name.toLowerCase());
        return name;
    }
}
