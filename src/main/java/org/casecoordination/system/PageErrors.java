package org.casecoordination.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.casefile.CaseNotFoundException;
import org.casecoordination.tasklist.TaskNotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Errors on pages, said in words a coordinator understands; never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageErrors {

    @ExceptionHandler(CaseNotFoundException.class)
    String caseNotFound(CaseNotFoundException e, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("message", e.getMessage());
        return "error/404";
    }

    @ExceptionHandler(TaskNotFoundException.class)
    String taskGone(TaskNotFoundException e, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", e.getMessage());
        return "redirect:/tasks";
    }

    @ExceptionHandler(CaseConflictException.class)
    String conflict(CaseConflictException e, HttpServletRequest request, RedirectAttributes redirect) {
        redirect.addFlashAttribute("error", e.getMessage());
        String taskPath = request.getRequestURI().replaceAll("/(claim|unclaim|complete)$", "");
        return "redirect:" + (taskPath.startsWith(request.getContextPath() + "/tasks/")
                ? taskPath.substring(request.getContextPath().length()) : "/tasks");
    }
}
