package org.casecoordination.security.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class UnknownUserException extends RuntimeException {

    UnknownUserException(String userId) {
        super("There is no user " + userId + ".");
    }
}
