package org.casecoordination.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Enforces {@link AllowedGroups} once for every controller: after the handler is chosen and before its arguments
 * are bound or validated, so a refused caller never learns what a valid request would look like. The refusal is
 * an {@link AccessDeniedException} ({@link AccessRefusedException}), answered like any other (403 page, or the API's
 * error body), in the reader's language.
 */
@Configuration(proxyBeanMethods = false)
class GroupAccess implements HandlerInterceptor, WebMvcConfigurer {

    private final CurrentUser currentUser;
    private final MessageSource messages;

    GroupAccess(CurrentUser currentUser, MessageSource messages) {
        this.currentUser = currentUser;
        this.messages = messages;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method) {
            AllowedGroups allowed = rule(method);
            if (allowed != null && Arrays.stream(allowed.value()).noneMatch(currentUser.groups()::contains)) {
                throw new AccessRefusedException(messages, allowed.because());
            }
        }
        return true;
    }

    static AllowedGroups rule(HandlerMethod method) {
        AllowedGroups onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), AllowedGroups.class);
        return onMethod != null ? onMethod
                : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), AllowedGroups.class);
    }
}
