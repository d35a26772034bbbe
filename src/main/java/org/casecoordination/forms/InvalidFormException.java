package org.casecoordination.forms;

/** A form file that Camunda 7.24 Tasklist would not render the way we expect; the message names the file. */
public class InvalidFormException extends RuntimeException {

    public InvalidFormException(String resourceName, String problem) {
        super(resourceName + ": " + problem);
    }

    public InvalidFormException(String resourceName, String problem, Throwable cause) {
        super(resourceName + ": " + problem, cause);
    }
}
