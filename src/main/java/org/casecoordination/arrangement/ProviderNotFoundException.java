package org.casecoordination.arrangement;

import org.casecoordination.system.Explained;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProviderNotFoundException extends RuntimeException implements Explained {

    private final long id;

    public ProviderNotFoundException(long id) {
        super("There is no provider " + id + ".");
        this.id = id;
    }

    @Override
    public String messageKey() {
        return "providers.error.notFound";
    }

    @Override
    public Object[] messageArguments() {
        return new Object[] {String.valueOf(id)};
    }
}
