package org.casecoordination.supervision.notice;

import org.casecoordination.security.CurrentUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** "My notices": the signed-in person's own reminders; case numbers link to the case page, which checks access. */
@Controller
class NoticePageController {

    private final Notices notices;
    private final CurrentUser currentUser;

    NoticePageController(Notices notices, CurrentUser currentUser) {
        this.notices = notices;
        this.currentUser = currentUser;
    }

    @GetMapping("/notices")
    String list(Model model) {
        model.addAttribute("notices", notices.of(currentUser.id()));
        return "notices";
    }

    /**
     * Where an email's link for a notice without a task leads: the notice's case, for its own recipient only (the
     * link names no case, so the email carries no case number). The case page then checks access as always.
     */
    @GetMapping("/notices/{id}/open")
    String open(@PathVariable long id) {
        Notice notice = notices.own(currentUser.id(), id).orElseThrow(() -> new NoticeNotFoundException(id));
        return notice.getTaskId() != null ? "redirect:/tasks/" + notice.getTaskId()
                : "redirect:/cases/" + notice.getCaseNumber();
    }

    @PostMapping("/notices/read")
    String markRead() {
        notices.markAllRead(currentUser.id());
        return "redirect:/notices";
    }
}
