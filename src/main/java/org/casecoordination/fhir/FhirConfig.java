package org.casecoordination.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** One FHIR context for the application: building it scans the R4 model, which takes seconds, so it is shared. */
@Configuration(proxyBeanMethods = false)
class FhirConfig implements WebMvcConfigurer {

    @Bean
    FhirContext fhirContext() {
        return FhirContext.forR4Cached();
    }

    /** Controllers return HAPI resources; this writes them as FHIR JSON. First, so Jackson never tries them. */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(0, new FhirJsonConverter(fhirContext()));
    }
}
