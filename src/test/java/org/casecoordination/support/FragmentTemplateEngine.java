package org.casecoordination.support;

import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * A real Thymeleaf engine without a Spring context, for fragment tests: templates/ from the classpath, and an
 * inline template as the page that includes the fragment under test.
 */
public final class FragmentTemplateEngine {

    public static SpringTemplateEngine create() {
        ClassLoaderTemplateResolver files = new ClassLoaderTemplateResolver();
        files.setPrefix("templates/");
        files.setSuffix(".html");
        files.setTemplateMode(TemplateMode.HTML);
        files.setCharacterEncoding("UTF-8");
        files.setCheckExistence(true);
        files.setOrder(1);
        StringTemplateResolver inline = new StringTemplateResolver();
        inline.setOrder(2);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.addTemplateResolver(files);
        engine.addTemplateResolver(inline);
        org.springframework.context.support.ResourceBundleMessageSource messages =
                new org.springframework.context.support.ResourceBundleMessageSource();
        messages.setBasenames("messages/messages", "messages/casework", "messages/management", "messages/forms",
                "messages/preferences", "messages/notices");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        engine.setTemplateEngineMessageSource(messages);
        return engine;
    }

    /**
     * A context in English whose {@code @people} names each person by the id it is given, as the application does
     * for someone the identity service does not know.
     */
    public static org.thymeleaf.context.Context context() {
        org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(java.util.Locale.ENGLISH);
        context.setVariable(org.thymeleaf.spring6.expression.ThymeleafEvaluationContext
                .THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME, evaluationContext());
        return context;
    }

    /** The beans templates call: {@code @people} as above and {@code @dates} (days and times as the reader writes). */
    public static org.thymeleaf.spring6.expression.ThymeleafEvaluationContext evaluationContext() {
        org.casecoordination.security.People people = org.mockito.Mockito.mock(
                org.casecoordination.security.People.class);
        org.mockito.Mockito.when(people.fullName(org.mockito.ArgumentMatchers.any()))
                .thenAnswer(call -> call.getArgument(0) == null ? "" : call.getArgument(0));
        org.mockito.Mockito.when(people.teamName(org.mockito.ArgumentMatchers.any()))
                .thenAnswer(call -> call.getArgument(0) == null ? "" : call.getArgument(0));
        org.springframework.context.support.StaticApplicationContext beans =
                new org.springframework.context.support.StaticApplicationContext();
        beans.getBeanFactory().registerSingleton("people", people);
        beans.getBeanFactory().registerSingleton("dates", new org.casecoordination.system.Dates(java.time.ZoneId.systemDefault()));
        beans.refresh();
        return new org.thymeleaf.spring6.expression.ThymeleafEvaluationContext(beans, null);
    }

    private FragmentTemplateEngine() {
    }
}
