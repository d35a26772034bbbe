package org.casecoordination.processes.deployment;

/**
 * Uploads are refused because processes/ and forms/ are not read from a folder the application can write: the
 * request is fine, the server's configuration is not (409, not 400). The message says what turns uploads on.
 */
public class UploadsOffException extends RuntimeException {

    public UploadsOffException(String reason) {
        super(reason);
    }
}
