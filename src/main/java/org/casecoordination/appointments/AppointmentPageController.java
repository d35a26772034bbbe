package org.casecoordination.appointments;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.forms.FieldError;
import org.casecoordination.system.ErrorWords;
import org.casecoordination.system.InvalidInputException;
import org.casecoordination.system.TrimmedStrings;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The appointment pages: add one (appointments/edit), move one (the same page with its day, time and place only,
 * and the version it was read at, so a stale form is refused in words), cancel one after a question
 * (appointments/cancel); then back to the case page's panel. Errors are shown beside the fields and nothing is
 * written; a closed case's appointments stay as they are.
 */
@Controller
@TrimmedStrings
class AppointmentPageController {

    static final String PAGE = "appointments/edit";
    static final String CANCEL_PAGE = "appointments/cancel";

    private final Appointments appointments;
    private final AppointmentViews views;
    private final AppointmentLinks links;
    private final CaseFileService caseFiles;
    private final ErrorWords words;

    AppointmentPageController(Appointments appointments, AppointmentViews views, AppointmentLinks links,
            CaseFileService caseFiles, ErrorWords words) {
        this.appointments = appointments;
        this.views = views;
        this.links = links;
        this.caseFiles = caseFiles;
        this.words = words;
    }

    /** From the panel, or from a booked ride on the service plan ({@code ?kind=TRANSPORT_PICKUP&referral=id}). */
    @GetMapping("/cases/{caseNumber}/appointments/new")
    String newAppointment(@PathVariable String caseNumber, @RequestParam(required = false) String kind,
            @RequestParam(name = "referral", required = false) String referral, Model model) {
        CareCase careCase = openCase(caseNumber);
        AppointmentForm form = new AppointmentForm();
        form.setKind(kind);
        form.setKind(form.chosenKind().orElse(AppointmentKind.APPOINTMENT).name());
        links.choice(careCase, AppointmentForm.id(referral)).ifPresent(choice -> {
            form.setKind(choice.kind().name());
            form.setReferralId(String.valueOf(choice.referralId()));
            form.setProviderId(String.valueOf(choice.providerId()));
            form.setPlace(choice.place());
        });
        return page(careCase, null, form, Map.of(), model);
    }

    @PostMapping("/cases/{caseNumber}/appointments")
    String add(@PathVariable String caseNumber, @ModelAttribute("appointment") AppointmentForm form, Model model,
            RedirectAttributes redirect) {
        CareCase careCase = caseFiles.find(caseNumber); // another team learns nothing, not even that its input was wrong
        Map<String, String> errors = new LinkedHashMap<>();
        if (AppointmentForm.garbled(form.getProviderId()) || AppointmentForm.garbled(form.getReferralId())) {
            errors.put("referralId", words.text("appointments.error.referral"));
            return page(careCase, null, form, errors, model);
        }
        Instant startsAt = form.startsAt(views.zone(), words, errors);
        if (form.getPlace() == null) {
            form.setPlace(links.placeFor(careCase, AppointmentForm.id(form.getReferralId()),
                    AppointmentForm.id(form.getProviderId()))); // without JavaScript the chosen service still gives the address
        }
        try {
            appointments.schedule(caseNumber, new AppointmentRequest(form.chosenKind().orElse(null), startsAt,
                    form.getPlace(), AppointmentForm.id(form.getProviderId()), AppointmentForm.id(form.getReferralId())));
        } catch (InvalidInputException refused) {
            return page(careCase, null, form, merged(errors, refused.errors()), model);
        }
        redirect.addFlashAttribute("message", words.text("appointments.added"));
        return back(caseNumber);
    }

    @GetMapping("/cases/{caseNumber}/appointments/{id}/move")
    String moveForm(@PathVariable String caseNumber, @PathVariable long id, Model model) {
        CareCase careCase = openCase(caseNumber);
        AppointmentView appointment = views.of(careCase, appointments.find(caseNumber, id));
        return page(careCase, appointment, AppointmentForm.of(appointment), Map.of(), model);
    }

    @PostMapping("/cases/{caseNumber}/appointments/{id}/move")
    String move(@PathVariable String caseNumber, @PathVariable long id,
            @ModelAttribute("appointment") AppointmentForm form, Model model, RedirectAttributes redirect) {
        CareCase careCase = caseFiles.find(caseNumber);
        Map<String, String> errors = new LinkedHashMap<>();
        Instant startsAt = form.startsAt(views.zone(), words, errors);
        try {
            if (form.getVersion() == null) {
                appointments.move(caseNumber, id, startsAt, form.getPlace());
            } else {
                appointments.move(caseNumber, id, form.getVersion(), startsAt, form.getPlace());
            }
        } catch (InvalidInputException refused) {
            if (refused.errors().stream().anyMatch(e -> "status".equals(e.field()))) {
                redirect.addFlashAttribute("error", refused.getMessage());
                return back(caseNumber);
            }
            AppointmentView appointment = views.of(careCase, appointments.find(caseNumber, id));
            return page(careCase, appointment, form, merged(errors, refused.errors()), model);
        } catch (CaseConflictException stale) {
            if (careCase.isClosed()) {
                throw stale;
            }
            // as it is now, with the reason: the person sees what changed and decides again
            AppointmentView appointment = views.of(careCase, appointments.find(caseNumber, id));
            model.addAttribute("conflict", words.of(stale));
            return page(careCase, appointment, AppointmentForm.of(appointment), Map.of(), model);
        }
        redirect.addFlashAttribute("message", words.text("appointments.moved"));
        return back(caseNumber);
    }

    @GetMapping("/cases/{caseNumber}/appointments/{id}/cancel")
    String cancelQuestion(@PathVariable String caseNumber, @PathVariable long id, Model model) {
        CareCase careCase = openCase(caseNumber);
        model.addAttribute("caseNumber", careCase.getCaseNumber());
        model.addAttribute("clientName", careCase.getClient().fullName());
        model.addAttribute("appointment", views.of(careCase, appointments.find(caseNumber, id)));
        return CANCEL_PAGE;
    }

    @PostMapping("/cases/{caseNumber}/appointments/{id}/cancel")
    String cancel(@PathVariable String caseNumber, @PathVariable long id, RedirectAttributes redirect) {
        try {
            appointments.cancel(caseNumber, id);
        } catch (InvalidInputException alreadyCancelled) {
            redirect.addFlashAttribute("error", alreadyCancelled.getMessage());
            return back(caseNumber);
        }
        redirect.addFlashAttribute("message", words.text("appointments.cancelled"));
        return back(caseNumber);
    }

    /** A closed case: back to its page, which says so. */
    @ExceptionHandler(CaseConflictException.class)
    String closed(CaseConflictException e, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", words.of(e));
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request
                .getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return back(path.get("caseNumber"));
    }

    private CareCase openCase(String caseNumber) {
        CareCase careCase = caseFiles.find(caseNumber);
        if (careCase.isClosed()) {
            throw new CaseConflictException("The case is closed; its appointments can no longer be changed.",
                    "appointments.error.closed");
        }
        return careCase;
    }

    private String page(CareCase careCase, AppointmentView appointment, AppointmentForm form,
            Map<String, String> errors, Model model) {
        model.addAttribute("caseNumber", careCase.getCaseNumber());
        model.addAttribute("clientName", careCase.getClient().fullName());
        model.addAttribute("moving", appointment);
        model.addAttribute("appointment", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", AppointmentKind.values());
        if (appointment == null) {
            model.addAttribute("services", links.choices(careCase));
            model.addAttribute("providers", links.providers());
        }
        return PAGE;
    }

    /** The page's own words first (a garbled day says which part), then the rules' words for the other fields. */
    private static Map<String, String> merged(Map<String, String> page, List<FieldError> refused) {
        Map<String, String> errors = new LinkedHashMap<>(page);
        refused.forEach(error -> errors.putIfAbsent(error.field(), error.message()));
        return errors;
    }

    private static String back(String caseNumber) {
        return "redirect:/cases/" + caseNumber + "#appointments";
    }
}
