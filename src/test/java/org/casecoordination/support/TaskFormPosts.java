package org.casecoordination.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A task form posted from the task page, as a coordinator sends it. */
public final class TaskFormPosts {

    private TaskFormPosts() {
    }

    /** Cora (team North) completes an intake task with {@link FormAnswers#intakeEligible()}. */
    public static MockHttpServletRequestBuilder intakeByCora(String taskId) {
        MockHttpServletRequestBuilder post = post("/tasks/{id}/complete", taskId).with(Users.cora()).with(csrf());
        FormAnswers.intakeEligible().forEach((field, answer) -> post.param(field, String.valueOf(answer)));
        return post;
    }
}
