package org.casecoordination.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.RequestDispatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casecoordination.casefile.Acuity;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.supervision.absence.AbsenceRepository;
import org.casecoordination.supervision.absence.Absences;
import org.casecoordination.supervision.calendar.HolidayRepository;
import org.casecoordination.supervision.crisis.OnCallShiftRepository;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Cases;
import org.casecoordination.support.FormAnswers;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The words on the supervision, administration, processes, insights, account, login and error pages, each rendered
 * as the role that uses it, with data that would show a code if one leaked: no enum codes, no logins where a name
 * belongs, no team ids, API paths, file names, "(s)" plurals or missing message keys. Checks what people read
 * (the page's main content, its title, and the title, aria-label, placeholder and alt attributes); the header
 * belongs to the layout. Where a login is the thing shown (the administrators' "User name" column) the element
 * carries class "login" and is not checked.
 */
@ApplicationTest
class PlainWordsPagesTests {

    static final Map<String, Pattern> FORBIDDEN = new LinkedHashMap<>();

    static {
        FORBIDDEN.put("an enum-like code", Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)+\\b"));
        FORBIDDEN.put("a demo user's login", Pattern.compile("\\b(cora|colin|dana|sam|ana|admin)\\b"));
        FORBIDDEN.put("a team id", Pattern.compile("team-[a-z]+"));
        FORBIDDEN.put("an API path", Pattern.compile("/api/"));
        FORBIDDEN.put("a file name", Pattern.compile("\\.(bpmn|dmn|form)\\b"));
        FORBIDDEN.put("an \"(s)\" plural", Pattern.compile("\\(s\\)"));
        FORBIDDEN.put("a missing message key", Pattern.compile("\\?\\?[\\w.]+\\?\\?"));
    }

    static final String REASON = "Hospital ER calls at 2am: client unconscious, needs medication list.";

    @Autowired
    MockMvc mvc;
    @Autowired
    Cases cases;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    Absences absences;
    @Autowired
    AbsenceRepository absenceRepository;
    @Autowired
    OnCallShiftRepository roster;
    @Autowired
    HolidayRepository holidays;

    @AfterEach
    void cleanUp() {
        absenceRepository.deleteAll();
        roster.deleteAll();
        holidays.deleteAll();
    }

    static UserRequestPostProcessor sam() {
        return user("sam").authorities(() -> "GROUP_supervisors", () -> "GROUP_team-north", () -> "GROUP_team-south");
    }

    static UserRequestPostProcessor admin() {
        return user("admin").authorities(() -> "GROUP_camunda-admin");
    }

    static UserRequestPostProcessor ana() {
        return user("ana").authorities(() -> "GROUP_analysts");
    }

    @Test
    void thePagesSpeakPlainWords() throws Exception {
        String caseNumber = dataThatCouldLeakCodes();
        List<String> found = new ArrayList<>();
        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("Away (supervisor)", new Page(get("/supervision/absences"), sam()));
        pages.put("Away (coordinator)", new Page(get("/supervision/absences"), Users.cora()));
        pages.put("On call", new Page(get("/supervision/on-call"), sam()));
        pages.put("On call, refused", new Page(post("/supervision/on-call").param("team", "team-north")
                .param("week", absences.today().toString()).param("userId", "dana"), sam()));
        pages.put("Caseload", new Page(get("/supervision/caseload").param("team", "team-north"), sam()));
        pages.put("Work of a coordinator", new Page(get("/supervision/caseload/cora").param("team", "team-north"), sam()));
        pages.put("Hand-over, refused", new Page(post("/supervision/caseload/cora").param("team", "team-north")
                .param("caseNumbers", caseNumber).param("to", "dana").param("reason", "Covering"), sam()));
        pages.put("Emergency access", new Page(get("/supervision/emergency-access"), sam()));
        pages.put("Holidays", new Page(get("/admin/holidays"), admin()));
        pages.put("Failed steps", new Page(get("/admin/incidents"), admin()));
        pages.put("Users", new Page(get("/admin/users"), admin()));
        pages.put("User", new Page(get("/admin/users/cora"), admin()));
        pages.put("Task list check", new Page(post("/admin/task-list/check"), admin()));
        pages.put("Task list rebuild question", new Page(get("/admin/task-list/rebuild"), admin()));
        pages.put("Processes", new Page(get("/processes"), ana()));
        pages.put("Process versions", new Page(get("/processes/CaseLifecycle").param("from", "1").param("to", "1"), ana()));
        pages.put("Migration", new Page(get("/processes/CaseLifecycle/migration").param("from", "1").param("to", "1"),
                ana()));
        pages.put("Insights", new Page(get("/insights"), ana()));
        pages.put("Change password", new Page(get("/account/password"), Users.cora()));
        // MockMvc does not forward to the error pages: ask Spring Boot's error controller as the container would
        pages.put("Not allowed", new Page(errorPage(403, "/admin/users"), Users.cora()));
        pages.put("Not found", new Page(errorPage(404, "/no-such-page"), Users.cora()));
        pages.put("Something went wrong", new Page(errorPage(500, "/tasks"), Users.cora()));
        pages.put("Not allowed, another team's case", new Page(get("/cases/{n}", caseNumber), Users.dana()));
        pages.put("Log in", new Page(get("/login"), null));

        for (Map.Entry<String, Page> page : pages.entrySet()) {
            Document html = render(page.getValue());
            if (html.selectFirst("main") == null) {
                found.add(page.getKey() + ": no page was rendered");
                continue;
            }
            String text = readable(html);
            FORBIDDEN.forEach((what, pattern) -> {
                Matcher matcher = pattern.matcher(text);
                while (matcher.find()) {
                    found.add(page.getKey() + ": " + what + " \u201c" + matcher.group() + "\u201d in \u2026"
                            + text.substring(Math.max(0, matcher.start() - 40), Math.min(text.length(), matcher.end() + 40))
                            + "\u2026");
                }
            });
        }
        assertThat(found).as("codes and internals on the pages").isEmpty();
    }

    /** The pages' words only say something if the data behind them holds codes, logins and team ids. */
    private String dataThatCouldLeakCodes() throws Exception {
        String caseNumber = cases.open("team-north");
        cases.completeIntake("cora", caseNumber);
        CareCase careCase = caseRepository.findByCaseNumber(caseNumber).orElseThrow();
        careCase.setAcuity(Acuity.MODERATE);
        caseRepository.save(careCase);
        String declined = cases.open("team-south");
        cases.complete("dana", declined, "Task_Intake", FormAnswers.intakeNotEligible("CLIENT_DECLINED"));

        mvc.perform(post("/supervision/absences").with(sam()).with(csrf()).param("user", "cora")
                .param("from", absences.today().toString()).param("until", absences.today().plusDays(2).toString())
                .param("coveredBy", "colin"));
        mvc.perform(post("/supervision/on-call").with(sam()).with(csrf()).param("team", "team-north")
                .param("week", absences.today().plusWeeks(1).toString()).param("userId", "colin"));
        mvc.perform(post("/admin/holidays").with(admin()).with(csrf())
                .param("day", absences.today().plusYears(1).withMonth(4).withDayOfMonth(2).toString())
                .param("name", "Plain Words Day"));
        String other = cases.open("team-north");
        mvc.perform(post("/cases/{n}/emergency-access", other).with(admin()).with(csrf()).param("reason", REASON));
        return caseNumber;
    }

    private Document render(Page page) throws Exception {
        MockHttpServletRequestBuilder request = page.request().with(page.who() == null ? anonymous() : page.who());
        return Jsoup.parse(mvc.perform(request.with(csrf())).andReturn().getResponse().getContentAsString());
    }

    /** What a person reads or hears: the main content and title, and the attributes a screen reader speaks. */
    private static String readable(Document html) {
        Element content = html.selectFirst("main").clone();
        content.select(".login").remove();
        StringBuilder text = new StringBuilder(html.title()).append(' ').append(content.text());
        for (Element element : content.select("[title], [aria-label], [placeholder], [alt], optgroup[label]")) {
            for (String attribute : List.of("title", "aria-label", "placeholder", "alt", "label")) {
                if (element.hasAttr(attribute)) {
                    text.append(' ').append(element.attr(attribute));
                }
            }
        }
        return text.toString();
    }

    private static MockHttpServletRequestBuilder errorPage(int status, String path) {
        return get("/error").accept(org.springframework.http.MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, path);
    }

    record Page(MockHttpServletRequestBuilder request, UserRequestPostProcessor who) {
    }
}
