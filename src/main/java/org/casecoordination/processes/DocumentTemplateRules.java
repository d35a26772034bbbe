package org.casecoordination.processes;

import java.util.List;

/**
 * The check of document templates ({@code documents/*.html}), which are deployed and versioned with processes/ and
 * forms/ and go through the same validation at every deployment door. The processes module knows only this
 * interface; the module that fills the templates knows which merge fields exist and implements it.
 */
public interface DocumentTemplateRules {

    /** The problems of one template; empty when it may be deployed. */
    List<Problem> check(String resourceName, byte[] content);

    /**
     * @param file the template's resource name ({@code documents/care-plan-summary.es.html})
     * @param field the merge field at fault, null when the file as a whole is
     * @param problem what is wrong and what to change, in English, for an analyst
     */
    record Problem(String file, String field, String problem) {
    }
}
