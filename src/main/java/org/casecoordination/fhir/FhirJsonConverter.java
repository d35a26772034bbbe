package org.casecoordination.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;
import org.springframework.http.converter.HttpMessageNotReadableException;

/** Reads and writes FHIR resources as {@code application/fhir+json} with HAPI's parser (strict when reading). */
class FhirJsonConverter extends AbstractHttpMessageConverter<IBaseResource> {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    private final FhirContext fhir;

    FhirJsonConverter(FhirContext fhir) {
        super(StandardCharsets.UTF_8, FHIR_JSON, MediaType.APPLICATION_JSON);
        this.fhir = fhir;
    }

    @Override
    protected boolean supports(Class<?> type) {
        return IBaseResource.class.isAssignableFrom(type);
    }

    @Override
    protected IBaseResource readInternal(Class<? extends IBaseResource> type, HttpInputMessage input)
            throws IOException {
        try {
            return fhir.newJsonParser().setParserErrorHandler(new ca.uhn.fhir.parser.StrictErrorHandler())
                    .parseResource(type, input.getBody());
        } catch (ca.uhn.fhir.parser.DataFormatException e) {
            throw new HttpMessageNotReadableException(e.getMessage(), e, input);
        }
    }

    @Override
    protected void writeInternal(IBaseResource resource, HttpOutputMessage output) throws IOException {
        output.getHeaders().setContentType(new MediaType(FHIR_JSON, StandardCharsets.UTF_8));
        Writer writer = new OutputStreamWriter(output.getBody(), StandardCharsets.UTF_8);
        fhir.newJsonParser().encodeResourceToWriter(resource, writer);
        writer.flush();
    }
}
