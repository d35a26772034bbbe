package org.casecoordination.arrangement;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.casefile.DateOrder;
import org.casecoordination.casefile.TimelineWords;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.system.ErrorWords;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the coordinator records on a referral from the case page: the provider's answer given on the phone, and
 * the delivery afterwards. Under /cases/{caseNumber}, so the access check and the audit are the case's.
 */
@Controller
class ProviderReferralPagesController {

    private static final LocalDate EXAMPLE_START = LocalDate.of(2026, 12, 7);

    private final CaseFileService caseFiles;
    private final ProviderReferrals referrals;
    private final CurrentUser currentUser;
    private final ErrorWords words;
    private final TimelineWords timelineWords;

    ProviderReferralPagesController(CaseFileService caseFiles, ProviderReferrals referrals, CurrentUser currentUser,
            ErrorWords words, TimelineWords timelineWords) {
        this.words = words;
        this.timelineWords = timelineWords;
        this.caseFiles = caseFiles;
        this.referrals = referrals;
        this.currentUser = currentUser;
    }

    /**
     * The provider's answer as the coordinator heard it. A refused answer comes back beside its fields, in the
     * referral's row, with what was typed (flash attributes answerReferralId, answerErrors, answerInput).
     */
    @PostMapping("/cases/{caseNumber}/referrals/{id}/answer")
    String answer(@PathVariable String caseNumber, @PathVariable long id, @RequestParam String decision,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String startDate,
            RedirectAttributes redirect) {
        referralOf(caseNumber, id);
        boolean accepted = "ACCEPTED".equals(decision);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (!accepted && why == null) {
            errors.put("reason", words.text("referralAnswer.error.reason"));
        }
        LocalDate start = null;
        if (accepted && startDate != null && !startDate.isBlank()) {
            DateOrder order = DateOrder.of(LocaleContextHolder.getLocale());
            start = startDate(startDate.strip(), order);
            if (start == null || start.getYear() < 2000 || start.getYear() > 2999) {
                errors.put("startDate", words.text("referralAnswer.error.startDate", order.example(EXAMPLE_START)));
            }
        }
        if (!errors.isEmpty()) {
            return answerRefused(caseNumber, id, redirect, errors, decision, startDate, reason);
        }
        try {
            referrals.answer(id, new ProviderReferralAnswer(accepted, why, start), currentUser.id());
        } catch (CaseConflictException e) {
            return back(caseNumber, redirect, words.of(e));
        }
        redirect.addFlashAttribute("message", words.text(accepted ? "referralAnswer.accepted" : "referralAnswer.declined"));
        return "redirect:/cases/" + caseNumber;
    }

    /**
     * The date input sends 2026-12-07; a browser that shows a plain text box sends what was typed, in the order the
     * reader writes a day (the example in the refusal shows that order). Null when it is no day.
     */
    private static LocalDate startDate(String typed, DateOrder order) {
        String pattern = switch (order) {
            case DAY_MONTH_YEAR -> "d/M/uuuu";
            case MONTH_DAY_YEAR -> "M/d/uuuu";
            case YEAR_MONTH_DAY -> "uuuu-M-d";
        };
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE,
                DateTimeFormatter.ofPattern(pattern).withResolverStyle(ResolverStyle.STRICT))) {
            try {
                return LocalDate.parse(typed, format);
            } catch (DateTimeParseException notThisWay) {
                // the next way, if any
            }
        }
        return null;
    }

    private static String answerRefused(String caseNumber, long id, RedirectAttributes redirect,
            Map<String, String> errors, String decision, String startDate, String reason) {
        Map<String, String> input = new LinkedHashMap<>();
        input.put("decision", decision);
        input.put("startDate", startDate == null ? "" : startDate);
        input.put("reason", reason == null ? "" : reason);
        redirect.addFlashAttribute("answerReferralId", id);
        redirect.addFlashAttribute("answerErrors", errors);
        redirect.addFlashAttribute("answerInput", input);
        return "redirect:/cases/" + caseNumber + "#referral-" + id;
    }

    @PostMapping("/cases/{caseNumber}/referrals/{id}/delivery")
    String delivery(@PathVariable String caseNumber, @PathVariable long id, @RequestParam ProviderReferralStatus status,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        referralOf(caseNumber, id);
        if (status == ProviderReferralStatus.CANCELLED && (reason == null || reason.isBlank())) {
            return back(caseNumber, redirect, words.text("referralDelivery.error.reason"));
        }
        try {
            referrals.recordDelivery(id, status, currentUser.id(), reason == null ? null : reason.strip());
        } catch (CaseConflictException e) {
            return back(caseNumber, redirect, words.of(e));
        }
        redirect.addFlashAttribute("message", words.text("referralDelivery.recorded"));
        return "redirect:/cases/" + caseNumber;
    }

    @PostMapping("/cases/{caseNumber}/referrals/{id}/transport")
    String transport(@PathVariable String caseNumber, @PathVariable long id,
            @RequestParam(required = false) Long transportProviderId,
            @RequestParam(required = false) String pickupAddress, @RequestParam(required = false) String pickupTime,
            @RequestParam(required = false) String returnTime,
            @RequestParam(required = false) MobilityNeeds mobilityNeeds, RedirectAttributes redirect) {
        referralOf(caseNumber, id);
        try {
            referrals.bookTransport(id, new TransportRequest(transportProviderId, pickupAddress, pickupTime,
                    returnTime, mobilityNeeds), currentUser.id());
        } catch (InvalidTransportException e) {
            return back(caseNumber, redirect, words.text("transport.notBooked", words.of(e)));
        } catch (ProviderReferralRefusedException e) {
            return back(caseNumber, redirect, words.text("transport.notBooked", timelineWords.of(e.text(), e.getMessage())));
        }
        redirect.addFlashAttribute("message", words.text("transport.requested"));
        return "redirect:/cases/" + caseNumber;
    }

    /** The case (access checked) and a referral that belongs to it; anything else is "not found". */
    private void referralOf(String caseNumber, long id) {
        CareCase careCase = caseFiles.find(caseNumber);
        ProviderReferral referral = referrals.find(id);
        if (!referral.getCareCase().getId().equals(careCase.getId())) {
            throw new ProviderReferralNotFoundException(id);
        }
    }

    private static String back(String caseNumber, RedirectAttributes redirect, String error) {
        redirect.addFlashAttribute("error", error);
        return "redirect:/cases/" + caseNumber;
    }
}
