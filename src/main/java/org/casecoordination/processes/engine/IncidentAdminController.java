package org.casecoordination.processes.engine;

import org.casecoordination.security.AllowedGroups;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.casecoordination.security.audit.AuditAction;
import org.casecoordination.security.audit.AuditEvent;
import org.casecoordination.security.audit.AuditLog;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /admin/incidents: every case step that failed after its retries, with a button to try it again. Shows case
 * numbers and step names only, no client data; a retry is audited against its case.
 */
@Controller
@AllowedGroups(value = Groups.ADMINS, because = "refusal.adminsOnly.incidents")
class IncidentAdminController {

    private static final String PATH = "/admin/incidents";

    private final Incidents incidents;
    private final CurrentUser currentUser;
    private final AuditLog auditLog;
    private final MessageSource messages;

    IncidentAdminController(Incidents incidents, CurrentUser currentUser, AuditLog auditLog,
            MessageSource messages) {
        this.messages = messages;
        this.incidents = incidents;
        this.currentUser = currentUser;
        this.auditLog = auditLog;
    }

    @GetMapping(PATH)
    String list(Model model) {
        model.addAttribute("incidents", incidents.all());
        return "admin/incidents";
    }

    @PostMapping(PATH + "/{incidentId}/retry")
    String retry(@PathVariable String incidentId, RedirectAttributes redirect) {
        String caseNumber = incidents.all().stream().filter(incident -> incident.id().equals(incidentId))
                .map(Incidents.OpenIncident::caseNumber).findFirst().orElse(null);
        if (incidents.retry(incidentId)) {
            auditLog.record(AuditAction.CHANGE_RECORD, caseNumber, PATH + "/" + incidentId + "/retry",
                    AuditEvent.SUCCESS);
            redirect.addFlashAttribute("message", caseNumber == null ? text("incidents.retried")
                    : text("incidents.retriedCase", caseNumber));
        } else {
            redirect.addFlashAttribute("error", text("incidents.resolvedAlready"));
        }
        return "redirect:" + PATH;
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }
}
