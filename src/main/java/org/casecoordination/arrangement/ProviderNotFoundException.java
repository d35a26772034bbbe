package org.casecoordination.arrangement;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProviderNotFoundException extends RuntimeException {

    public ProviderNotFoundException(long id) {
        super("There is no provider " + id + ".");
    }
}
