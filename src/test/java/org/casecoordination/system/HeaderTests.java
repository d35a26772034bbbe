package org.casecoordination.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import org.casecoordination.casefile.TimelineText;
import org.casecoordination.supervision.notice.NoticeRepository;
import org.casecoordination.supervision.notice.Notices;
import org.casecoordination.support.ApplicationTest;
import org.casecoordination.support.Users;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

/** The header every page shares (fragments/layout.html): who is signed in, unread notices, menus by role. */
@ApplicationTest
class HeaderTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Notices notices;
    @Autowired
    NoticeRepository noticeRepository;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theSignedInPersonByFullNameTheUnreadNoticesCountedAndTheCurrentPageMarked() throws Exception {
        transaction.executeWithoutResult(status -> notices.send("colin", "CC-2026-999999", null,
                TimelineText.of("notice.overdue", "Assess needs", Instant.now())));
        long unread = noticeRepository.countByRecipientAndReadAtIsNull("colin");

        Document tasks = page(Users.colin(), "/tasks");
        assertThat(tasks.select("#current-user").text()).isEqualTo("Colin Mensah");
        assertThat(tasks.select("#nav-notices-count").text()).isEqualTo(String.valueOf(unread));
        assertThat(tasks.select("#nav-notices .visually-hidden").text())
                .isEqualTo(unread == 1 ? ", 1 unread notice" : ", " + unread + " unread notices");
        assertThat(tasks.select("#nav-tasks").attr("aria-current")).isEqualTo("page");
        assertThat(tasks.select("header [aria-current]")).hasSize(1);
        assertThat(tasks.body().child(0).id()).as("the skip link comes first").isEqualTo("skip-link");
        assertThat(tasks.select("#skip-link").attr("href")).isEqualTo("#main");
        assertThat(tasks.select("main#main").attr("tabindex")).isEqualTo("-1");

        Document providers = page(Users.colin(), "/providers");
        assertThat(providers.select("#nav-providers").attr("aria-current")).isEqualTo("page");
        assertThat(providers.select("#nav-tasks").hasAttr("aria-current")).isFalse();

        // more than the notice list shows (its latest 50): "Mark all as read" still leaves nothing unread
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 60; i++) {
                notices.send("colin", "CC-2026-999999", null, TimelineText.of("notice.overdue", "Reminder " + i,
                        Instant.now()));
            }
        });
        mvc.perform(post("/notices/read").with(Users.colin()).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(noticeRepository.countByRecipientAndReadAtIsNull("colin")).isZero();
        assertThat(page(Users.colin(), "/tasks").select("#nav-notices-count")).as("nothing unread").isEmpty();
    }

    @Test
    void menusByRoleCamundasWebappsOnlyUnderAdvancedForAnalystsAndAdministrators() throws Exception {
        Document coordinator = page(Users.cora(), "/tasks");
        assertThat(coordinator.select("a[href*=/camunda/app/]")).isEmpty();
        assertThat(coordinator.select("#nav-advanced, #nav-supervision, #nav-administration")).isEmpty();
        assertThat(coordinator.select("#nav-new-referral, #nav-absences")).hasSize(2);

        RequestPostProcessor sam = user("sam").authorities(() -> "GROUP_supervisors", () -> "GROUP_team-north");
        Document supervisor = page(sam, "/supervision/caseload");
        assertThat(supervisor.select("a[href*=/camunda/app/]")).isEmpty();
        assertThat(supervisor.select("#nav-supervision + .dropdown-menu a").eachAttr("id"))
                .containsExactly("nav-caseload", "nav-reports", "nav-on-call", "nav-emergency-review");
        assertThat(supervisor.select("#nav-supervision").hasClass("active")).isTrue();
        assertThat(supervisor.select("#nav-caseload").attr("aria-current")).isEqualTo("page");

        Document analyst = page(user("ana").authorities(() -> "GROUP_analysts"), "/tasks");
        assertThat(analyst.select("#nav-advanced + .dropdown-menu a").eachAttr("id")).containsExactly("nav-cockpit");
        assertThat(analyst.select("#current-user").text()).isEqualTo("Ana Petrova");

        Document admin = page(user("admin").authorities(() -> "GROUP_camunda-admin"), "/tasks");
        assertThat(admin.select("#nav-advanced + .dropdown-menu a").eachAttr("id"))
                .containsExactly("nav-cockpit", "nav-tasklist", "nav-camunda-admin");
        assertThat(admin.select("#nav-administration + .dropdown-menu a").eachAttr("id"))
                .containsExactly("nav-users", "nav-holidays", "nav-incidents", "nav-task-list-check");
    }

    @Test
    void theBrowsersFirstRequestForTheTabIconIsAnsweredWithoutALogin() throws Exception {
        byte[] icon = mvc.perform(get("/favicon.ico")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(icon).as("an icon file: reserved 0, type 1 (icon)").startsWith(0, 0, 1, 0);
    }

    private Document page(RequestPostProcessor who, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
