package org.casecoordination.supervision.notice;

import org.casecoordination.system.Explained;
import org.casecoordination.system.NotFoundException;

/** No such notice for the person asking: someone else's notice is not found either (it names no case to them). */
class NoticeNotFoundException extends NotFoundException implements Explained {

    NoticeNotFoundException(long id) {
        super("There is no notice " + id + " for you.");
    }

    @Override
    public String messageKey() {
        return "notices.error.notFound";
    }

    @Override
    public Object[] messageArguments() {
        return new Object[0];
    }
}
