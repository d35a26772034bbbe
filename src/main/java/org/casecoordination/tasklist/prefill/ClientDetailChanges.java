package org.casecoordination.tasklist.prefill;

import static org.casecoordination.casefile.TimelineText.Words.label;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.client.Client;
import org.casecoordination.contacts.ClientContacts;
import org.casecoordination.forms.FormComponent;
import org.casecoordination.forms.FormDefinition;
import org.casecoordination.forms.Prefill;
import org.springframework.stereotype.Component;

/**
 * A client detail the coordinator confirmed on a task ({@code client.phone} and the like) and changed goes back to
 * the client's record, with a timeline line saying what it was and what it is now. A blank answer leaves the record
 * as it is, as intake does with the caregiver: not knowing today is no reason to forget.
 */
@Component
public class ClientDetailChanges {

    static final String LABEL_KIND = "prefill.clientDetail";

    private final CaseTimeline timeline;
    private final ClientContacts contacts;

    ClientDetailChanges(CaseTimeline timeline, ClientContacts contacts) {
        this.timeline = timeline;
        this.contacts = contacts;
    }

    /** Called with the accepted values of a completed task, in the engine's transaction. */
    public void apply(CareCase careCase, DelegateTask task, FormDefinition form, Map<String, Object> values) {
        if (form == null) {
            return;
        }
        Client client = careCase.getClient();
        for (FormComponent field : form.fields()) {
            Prefill prefill = field.prefill();
            if (prefill == null || !prefill.fromClient() || !(values.get(field.key()) instanceof String answer)
                    || answer.isBlank()) {
                continue;
            }
            String now = answer.strip();
            String before = ClientContact.current(client, prefill.name());
            if (now.equals(before)) {
                continue;
            }
            if (ClientContact.CAREGIVER.equals(prefill.name())) {
                // the primary caregiver contact, read like the referral's one line; it writes its own timeline line
                contacts.caregiverAsWritten(careCase, now);
                continue;
            }
            ClientContact.change(client, prefill.name(), now);
            if (before == null) {
                timeline.record(careCase, TimelineKind.CLIENT_DETAILS_CHANGED, "timeline.prefill.clientDetailAdded",
                        label(LABEL_KIND, prefill.name()), task, now);
            } else {
                timeline.record(careCase, TimelineKind.CLIENT_DETAILS_CHANGED,
                        "timeline.prefill.clientDetailChanged", label(LABEL_KIND, prefill.name()), task, before, now);
            }
        }
    }
}
