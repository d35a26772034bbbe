package org.casecoordination.supervision.absence;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No absence with this id (a page gets the 404 page; the API its error shape, see AbsenceApiController). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AbsenceNotFoundException extends RuntimeException {

    AbsenceNotFoundException(long id) {
        super("There is no absence " + id + ".");
    }
}
