package org.casecoordination.fhir;

import jakarta.servlet.http.HttpServletRequest;
import org.casecoordination.system.BackgroundCalls;
import org.springframework.stereotype.Component;

/**
 * A bulk export's status polls and file downloads: a system following an export, not a person waiting for a page.
 * The export does not give way to them (it would wait for its own client's polls).
 */
@Component
class ExportPolling implements BackgroundCalls {

    @Override
    public boolean isBackgroundCall(String path, HttpServletRequest request) {
        String decoded = path.replace("%24", "$"); // the raw path, as a client may have encoded it
        return decoded.startsWith("/fhir/$export-status/") || decoded.startsWith("/fhir/$export-file/");
    }
}
