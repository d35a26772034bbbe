package org.casecoordination.system;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * The app's static files, each under its own prefix, instead of Spring Boot's catch-all {@code /**} handler
 * ({@code spring.web.resources.add-mappings: false}). Issue #17: Thymeleaf passes every {@code @{...}} link
 * through {@code ResourceUrlEncodingFilter}, which asks each resource handler whose pattern matches the link for a
 * versioned URL. With {@code /**} every page link ({@code /cases/CC-...}, {@code /tasks/...}) matched, and the
 * resolvers looked it up in every static location and as a WebJar, class path lookups inside jars that the
 * resource chain's cache does not keep when nothing is found: about a third of a page's CPU. Now a page link
 * matches no handler and is left alone; stylesheets, scripts and WebJars are resolved once and cached (the
 * WebJars' links still get their version, {@code /webjars/bootstrap/css/...} to {@code /webjars/bootstrap/5.x/css/...}).
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        for (String folder : new String[] {"css", "js", "vendor"}) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
                    .resourceChain(true);
        }
        // browsers ask for it on every first visit; a 404 there fills the access log with noise
        registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/");
    }
}
