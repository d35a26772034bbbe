package org.casecoordination.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** A stored message's arguments (a timeline line's, a notice's) as a JSON array in one column, each with its kind. */
@Converter
public class TimelineArgumentsConverter implements AttributeConverter<List<TimelineText.Argument>, String> {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();
    private static final TypeReference<List<TimelineText.Argument>> ARGUMENTS = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<TimelineText.Argument> arguments) {
        try {
            return arguments == null ? null : JSON.writerFor(ARGUMENTS).writeValueAsString(arguments);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Timeline arguments cannot be written", e);
        }
    }

    @Override
    public List<TimelineText.Argument> convertToEntityAttribute(String column) {
        try {
            return column == null ? null : JSON.readValue(column, ARGUMENTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Timeline arguments cannot be read: " + column, e);
        }
    }
}
