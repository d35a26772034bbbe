package org.casecoordination.appointments;

import org.casecoordination.system.Explained;
import org.casecoordination.system.NotFoundException;

/** No appointment with this id on this case (another case's appointment is not found, not refused). */
public class AppointmentNotFoundException extends NotFoundException implements Explained {

    public AppointmentNotFoundException(String caseNumber, long id) {
        super("There is no such appointment on case " + caseNumber + ".");
    }

    @Override
    public String messageKey() {
        return "appointments.error.notFound";
    }

    @Override
    public Object[] messageArguments() {
        return new Object[0];
    }
}
