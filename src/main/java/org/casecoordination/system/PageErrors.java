package org.casecoordination.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Errors on pages, said in words a coordinator understands; never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    private final EmergencyAccessOffer emergencyAccess;

    PageErrors(EmergencyAccessOffer emergencyAccess) {
        this.emergencyAccess = emergencyAccess;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("problem", e.getMessage());
        return "error/404";
    }

    @ExceptionHandler(RecordAccessDeniedException.class)
    String forbidden(RecordAccessDeniedException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("problem", e.getMessage());
        model.addAttribute("caseNumber", e.recordNumber());
        model.addAttribute("mayBreakTheGlass", emergencyAccess.mayBreakTheGlass());
        return "error/403";
    }

    /** A task completed meanwhile: back to the list, saying so. */
    @ExceptionHandler(GoneException.class)
    String gone(GoneException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", e.getMessage());
        return "redirect:" + e.backTo();
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", e.getMessage());
        String path = request.getRequestURI().substring(request.getContextPath().length());
        // back to the task after a refused action on it; a page that cannot be shown goes to the list
        boolean actionOnTask = "POST".equals(request.getMethod()) && path.matches("/tasks/[^/]+/(claim|unclaim|complete)");
        return "redirect:" + (actionOnTask ? path.substring(0, path.lastIndexOf('/')) : "/tasks");
    }

    @ExceptionHandler({OptimisticLockingFailureException.class, OptimisticLockingException.class})
    String concurrentChange(RuntimeException e, HttpServletRequest request, RedirectAttributes redirect) {
        return conflict(new ConflictException(
                "This case changed while you were working on it. Reload and try again."), request, redirect);
    }
}
