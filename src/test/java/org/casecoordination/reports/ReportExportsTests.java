package org.casecoordination.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.casecoordination.reports.ReportsPageTests.supervisorOf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The dashboard's tables and drill-downs as files: the page's figures, the reader's words, audited, Part 2 safe. */
@ApplicationTest
class ReportExportsTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Autowired MockMvc mvc;
    @Autowired ReportData data;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theXlsxOfATableHasThePagesFiguresAsNumbersAndSaysWhatItCovers() throws Exception {
        String team = ReportData.newTeam();
        // the measures tests' fixture: first contact after 2 and 3 days, one referral never reached
        long onTime = data.newCase(team, data.at(MONDAY, 10, 0)).save();
        data.intake(onTime, LocalDate.of(2026, 3, 4), data.at(LocalDate.of(2026, 3, 17), 10, 0));
        long late = data.newCase(team, data.at(MONDAY, 11, 0)).save();
        data.intake(late, LocalDate.of(2026, 3, 5), data.at(LocalDate.of(2026, 3, 18), 10, 0));
        data.newCase(team, data.at(MONDAY, 12, 0)).save();

        Document page = Jsoup.parse(mvc.perform(get("/reports").param("team", team).param("month", "2026-03")
                .with(supervisorOf(team))).andReturn().getResponse().getContentAsString());
        String link = page.selectFirst("#measure-timeToContact a.export-xlsx").attr("href");
        byte[] file = mvc.perform(get(link).with(supervisorOf(team))).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"timeToContact-2026-03-01-2026-03-31.xlsx\""))
                .andReturn().getResponse().getContentAsByteArray();

        List<List<Object>> cells = sheet(file, 0);
        assertThat(text(cells.get(0))).containsExactly("Time to first contact and to completed intake");
        assertThat(text(cells.get(1)).get(0)).contains("Mar 1, 2026", "Mar 31, 2026");
        assertThat(text(cells.get(2))).containsExactly("Coordinator: Everyone. Primary concern: All. Acuity: All.");
        assertThat(text(cells.get(3)).get(0)).startsWith("Figures as of ");
        assertThat(text(cells.get(4)).get(0)).startsWith("For the referrals received in the period");
        int headings = 6;
        assertThat(text(cells.get(headings))).containsExactly("Which", "Referrals", "Reached", "Median (days)",
                "9 in 10 within (days)", "Within the standard (%)", "Within the standard: out of");
        List<Object> contact = cells.get(headings + 1);
        assertThat(contact).containsExactly("First contact", 3.0, 2.0, 2.5, 2.9, 33.3, 3.0);
        // the same numbers the page shows
        String shown = page.select("#measure-timeToContact tr[data-row=firstContact] td").eachText().toString();
        assertThat(shown).isEqualTo("[3, 2, 2.5 days, 2.9 days, 33 % of 3]");

        List<String> audited = jdbc.queryForList("select resource from audit_event where action = 'EXPORT' "
                + "and actor = 'sam' and resource like ?", String.class, "%team " + team + ",%");
        assertThat(audited).containsExactly("Report table timeToContact as XLSX, team " + team
                + ", 2026-03-01 to 2026-03-31, coordinator all, concern all, acuity all, 2 rows");
    }

    @Test
    void aCsvInSpanishHasSpanishHeadingsAndNoFormulaFromAName() throws Exception {
        String team = ReportData.newTeam();
        data.newCase(team, data.at(MONDAY, 9, 0)).lastName("=HYPERLINK(\"http://evil.example\",\"x\")").save();
        data.newCase(team, data.at(MONDAY, 9, 0)).lastName("+Baker").urgent().save();

        String table = csv(get("/reports/export").param("measure", "newReferrals").param("format", "csv")
                .param("team", team).param("month", "2026-03").header("Accept-Language", "es"), team);
        assertThat(table).startsWith("\uFEFF\"Derivaciones nuevas\"");
        assertThat(table).contains("Cuál,Casos,").contains("Todos,2,1");

        String list = csv(get("/reports/cases/export").param("measure", "newReferrals").param("row", "all")
                .param("figure", "count").param("format", "csv").param("team", team).param("month", "2026-03")
                .header("Accept-Language", "es"), team);
        assertThat(list).contains("Caso,Apellido,Nombre,Etapa,\"Coordinador(a) de casos\",\"Problema principal\"");
        assertThat(list).contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",", ",\"'+Baker\",");
        assertThat(list).doesNotContain(",=HYPERLINK", ",\"=HYPERLINK", ",+Baker", ",\"+Baker");
    }

    @Test
    void aCaseListLeavesOutThePart2ConcernAndEachCaseSeesTheExportInItsAccessLog() throws Exception {
        String team = ReportData.newTeam();
        long part2 = data.newCase(team, data.at(MONDAY, 9, 0)).concern("SUBSTANCE_USE").lastName("Abbot").save();
        long program = data.newCase(team, data.at(MONDAY, 9, 0)).concern("CANCER").lastName("Carter").save();
        data.providerReferral(program, data.provider("Clinic"), "SUBSTANCE_USE_PROGRAM", data.at(MONDAY, 10, 0));
        long other = data.newCase(team, data.at(MONDAY, 9, 0)).lastName("Baker").save();

        byte[] file = mvc.perform(get("/reports/cases/export").param("measure", "newReferrals").param("row", "all")
                        .param("figure", "count").param("format", "xlsx").param("team", team)
                        .param("month", "2026-03").with(supervisorOf(team)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        List<List<Object>> cells = sheet(file, 0);
        String all = cells.toString();
        assertThat(all).contains("The primary concern of clients with substance-use information is left out")
                .doesNotContain("Substance use", "Cancer");
        assertThat(row(cells, ReportData.caseNumber(part2))).containsExactly(ReportData.caseNumber(part2), "Abbot",
                "Test", "Intake", "No coordinator yet", "Left out (42 CFR Part 2)");
        assertThat(row(cells, ReportData.caseNumber(program)).get(5)).isEqualTo("Left out (42 CFR Part 2)");
        assertThat(row(cells, ReportData.caseNumber(other)).get(5)).isEqualTo("Dementia or Alzheimer's disease");

        assertThat(jdbc.queryForList("select resource from audit_event where action = 'EXPORT' and case_number = ?",
                String.class, ReportData.caseNumber(part2)))
                .containsExactly("Report cases newReferrals / all / count as XLSX");
        assertThat(jdbc.queryForList("select resource from audit_event where action = 'EXPORT' and case_number is null"
                + " and resource like ?", String.class, "Report cases%team " + team + ",%"))
                .singleElement().asString().endsWith(", 3 rows");
    }

    @Test
    void whenTheNumberItselfTellsSubstanceUseThePart2CasesAreLeftOutOfTheList() throws Exception {
        String team = ReportData.newTeam();
        long part2 = data.newCase(team, data.at(MONDAY, 9, 0)).concern("SUBSTANCE_USE").save();

        String list = csv(get("/reports/cases/export").param("measure", "newReferrals").param("row", "all")
                .param("figure", "count").param("format", "csv").param("team", team).param("month", "2026-03")
                .param("concern", "SUBSTANCE_USE"), team);

        assertThat(list).doesNotContain(ReportData.caseNumber(part2))
                .contains("1 case with substance-use information left out of this list (42 CFR Part 2)");
        assertThat(jdbc.queryForList("select resource from audit_event where action = 'EXPORT' and resource like ?",
                String.class, "Report cases%team " + team + ",%")).singleElement().asString()
                .endsWith(", 0 rows, 1 Part 2 cases left out");
    }

    @Test
    void coordinatorsAndOtherTeamsSupervisorsAreRefusedAndNothingIsAudited() throws Exception {
        String team = ReportData.newTeam();
        data.newCase(team, data.at(MONDAY, 9, 0)).save();
        mvc.perform(get("/reports/export").param("measure", "newReferrals").param("format", "csv").param("team", team)
                .with(Users.cora())).andExpect(status().isForbidden());
        mvc.perform(get("/reports/cases/export").param("measure", "newReferrals").param("row", "all")
                .param("figure", "count").param("format", "csv").param("team", team).with(Users.cora()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/reports/export").param("measure", "newReferrals").param("format", "xlsx")
                .param("team", team).param("month", "2026-03").with(supervisorOf(ReportData.newTeam())))
                .andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORT' and resource like ?",
                Long.class, "%team " + team + ",%")).isZero();
    }

    @Test
    void aBadFilterGoesBackToTheReportWhichShowsTheMistakeAndAnUnknownTableIsNotFound() throws Exception {
        String team = ReportData.newTeam();
        mvc.perform(get("/reports/export").param("measure", "closures").param("format", "csv").param("team", team)
                        .param("month", "March").with(supervisorOf(team)))
                .andExpect(redirectedUrl("/reports?team=" + team + "&period=month&month=March"));
        mvc.perform(get("/reports/export").param("measure", "closures").param("format", "pdf").param("team", team)
                .param("month", "2026-03").with(supervisorOf(team))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/export").param("measure", "nothing").param("format", "csv").param("team", team)
                .param("month", "2026-03").with(supervisorOf(team))).andExpect(status().isNotFound());
    }

    @Test
    void theQuarterlyFunderReportHasOneSectionPerMeasureWithThePagesFiguresInXlsxAndPdf() throws Exception {
        String team = ReportData.newTeam();
        data.newCase(team, data.at(LocalDate.of(2026, 1, 5), 9, 0)).urgent().save();
        data.newCase(team, data.at(LocalDate.of(2026, 2, 5), 9, 0)).closed(data.at(LocalDate.of(2026, 3, 9), 9, 0),
                "GOALS_MET").save();
        data.newCase(team, data.at(LocalDate.of(2026, 3, 5), 9, 0)).save();

        Document page = Jsoup.parse(mvc.perform(get("/reports").param("team", team).param("period", "quarter")
                .param("quarter", "2026-Q1").header("Accept-Language", "es").with(supervisorOf(team)))
                .andReturn().getResponse().getContentAsString());
        String xlsxLink = page.selectFirst("a.document-xlsx").attr("href");
        assertThat(xlsxLink).contains("kind=quarterly");
        byte[] xlsx = mvc.perform(get(xlsxLink).header("Accept-Language", "es").with(supervisorOf(team)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getNumberOfSheets()).isEqualTo(ReportDocuments.Kind.QUARTERLY.sections.size());
        }
        List<List<Object>> referrals = sheet(xlsx, 0);
        assertThat(text(referrals.get(0))).containsExactly("Derivaciones nuevas");
        assertThat(referrals.get(7)).containsExactly("Todos", 3.0, 1.0);
        assertThat(page.select("#measure-newReferrals tr[data-row=all] td").eachText()).containsExactly("3", "1");
        List<List<Object>> closures = sheet(xlsx, 3);
        assertThat(closures.get(7)).containsExactly("Metas alcanzadas", 1.0);

        byte[] pdf = mvc.perform(get(page.selectFirst("a.document-pdf").attr("href")).header("Accept-Language", "es")
                .with(supervisorOf(team))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String text;
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Informe trimestral para el financiador", "Derivaciones nuevas", "Todos 3 1",
                "Metas alcanzadas 1", page.getElementById("title-depressionFollowUp").text(),
                page.getElementById("definition-phq9Response").text().substring(0, 40));
        assertThat(jdbc.queryForList("select resource from audit_event where action = 'EXPORT' and resource like ?",
                String.class, "Report quarterly%team " + team + ",%")).containsExactlyInAnyOrder(
                        "Report quarterly as XLSX, team " + team + ", 2026-01-01 to 2026-03-31, coordinator all, "
                                + "concern all, acuity all, 16 rows",
                        "Report quarterly as PDF, team " + team + ", 2026-01-01 to 2026-03-31, coordinator all, "
                                + "concern all, acuity all, 16 rows");
    }

    private String csv(MockHttpServletRequestBuilder request, String team) throws Exception {
        return new String(mvc.perform(request.with(supervisorOf(team))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    /** Each row's cells: numbers as Double (a text cell would be a String), text as String. */
    static List<List<Object>> sheet(byte[] xlsx, int index) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheetAt(index);
            List<List<Object>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<Object> cells = new ArrayList<>();
                for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? null : cell.getCellType() == CellType.NUMERIC ? cell.getNumericCellValue()
                            : new DataFormatter().formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static List<String> text(List<Object> cells) {
        return cells.stream().map(String::valueOf).toList();
    }

    private static List<Object> row(List<List<Object>> cells, String caseNumber) {
        return cells.stream().filter(r -> !r.isEmpty() && caseNumber.equals(r.get(0))).findFirst().orElseThrow();
    }
}
