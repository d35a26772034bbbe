package org.casecoordination.arrangement;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.casecoordination.processes.ActivityNameValues;
import org.casecoordination.processes.ServiceArrangementProcess;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The service in an arrangement's task names ("Select provider – Home care") in the reader's language: the engine
 * wrote the service type's English label into the name ({@link ServiceLabelListener}); a reader of another language
 * sees the type's label in theirs ("Elegir proveedor – Cuidado en el hogar").
 */
@Component
class ServiceLabelWords implements ActivityNameValues {

    private final MessageSource messages;

    ServiceLabelWords(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public Optional<String> inLanguage(String variable, String value, Locale locale) {
        if (!ServiceArrangementProcess.Variables.SERVICE_LABEL.equals(variable)) {
            return Optional.empty();
        }
        return Arrays.stream(ServiceType.values()).filter(type -> type.label().equals(value)).findFirst()
                .map(type -> messages.getMessage("serviceType." + type.name(), null, value, locale));
    }
}
