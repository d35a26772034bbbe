package org.casecoordination.system;

/**
 * A record that existed and is gone (a task someone completed meanwhile): 404 on the API; a page goes back to
 * {@link #backTo()} and says so, rather than showing the "not found" page.
 */
public class GoneException extends NotFoundException {

    private final String backTo;

    public GoneException(String message, String backTo) {
        super(message);
        this.backTo = backTo;
    }

    public String backTo() {
        return backTo;
    }
}
