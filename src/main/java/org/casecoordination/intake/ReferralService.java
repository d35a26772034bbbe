package org.casecoordination.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.casefile.CaseAccess;
import org.casecoordination.casefile.CaseNote;
import org.casecoordination.casefile.CaseNoteRepository;
import org.casecoordination.casefile.CaseNumbers;
import org.casecoordination.casefile.CaseRepository;
import org.casecoordination.casefile.CaseTimeline;
import org.casecoordination.casefile.TimelineKind;
import org.casecoordination.client.Client;
import org.casecoordination.client.ClientRepository;
import org.casecoordination.contacts.ClientContacts;
import org.casecoordination.forms.FieldError;
import org.casecoordination.processes.CaseLifecycleProcess;
import org.casecoordination.processes.LifecycleProperties;
import org.casecoordination.processes.CaseLifecycleProcess.Variables;
import org.casecoordination.security.AccessRefusedException;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.casecoordination.system.Words;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a referral into a client, a case and a running CaseLifecycle, in one transaction: either all exist or
 * none does.
 */
@Service
public class ReferralService {

    private final ClientRepository clients;
    private final CaseRepository cases;
    private final CaseNoteRepository notes;
    private final CaseTimeline timeline;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final CurrentUser currentUser;
    private final CaseNumbers caseNumbers;
    private final CaseAccess access;
    private final String reassessmentInterval;
    /** Only for {@link AccessRefusedException}, which keeps its English words for the log. */
    private final MessageSource messages;
    private final Words words;
    private final ClientContacts contacts;

    ReferralService(ClientRepository clients, CaseRepository cases, CaseNoteRepository notes, CaseTimeline timeline,
            RuntimeService runtimeService, IdentityService identityService, CurrentUser currentUser,
            CaseNumbers caseNumbers, CaseAccess access, LifecycleProperties lifecycle, MessageSource messages,
            Words words, ClientContacts contacts) {
        this.contacts = contacts;
        this.messages = messages;
        this.words = words;
        this.reassessmentInterval = lifecycle.reassessmentIntervalIso();
        this.caseNumbers = caseNumbers;
        this.access = access;
        this.clients = clients;
        this.cases = cases;
        this.notes = notes;
        this.timeline = timeline;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.currentUser = currentUser;
    }

    /** Clients with the same name and date of birth as the referral's: probably the same person. */
    @Transactional(readOnly = true)
    public List<Client> possibleDuplicates(ClientDetails details) {
        if (details.getFirstName() == null || details.getLastName() == null || details.getDateOfBirth() == null) {
            return List.of();
        }
        return clients.findByFirstNameIgnoreCaseAndLastNameIgnoreCaseAndDateOfBirth(details.getFirstName().strip(),
                details.getLastName().strip(), details.getDateOfBirth()).stream()
                .filter(this::isVisible).toList();
    }

    /** Only clients with a case in one of the caller's teams are shown or can be attached to (minimum necessary). */
    private boolean isVisible(Client client) {
        return cases.findByClientIdOrderByOpenedAtDesc(client.getId()).stream().anyMatch(access::canSee);
    }

    /** Team of the referral: the one chosen, else the referrer's own (the first when they are in several). */
    public String teamFor(ReferralRequest referral) {
        if (referral.getTeam() != null && !referral.getTeam().isBlank()) {
            return referral.getTeam();
        }
        return currentUser.teams().stream().findFirst().orElse(null);
    }

    public boolean teamExists(String team) {
        return team != null && Groups.isTeam(team) && identityService.createGroupQuery().groupId(team).count() == 1;
    }

    /** What Bean Validation cannot know: that the team and the chosen existing client exist. */
    @Transactional(readOnly = true)
    public List<FieldError> check(ReferralRequest referral) {
        List<FieldError> errors = new ArrayList<>();
        if (!teamExists(teamFor(referral))) {
            errors.add(new FieldError("team", referral.getTeam() == null || referral.getTeam().isBlank()
                    ? words.text("referral.error.noTeamOfYours")
                    : words.text("referral.error.noSuchTeam", referral.getTeam())));
        }
        if (referral.getClientId() != null
                && clients.findById(referral.getClientId()).filter(this::isVisible).isEmpty()) {
            errors.add(new FieldError("clientId", words.text("referral.error.noSuchClient",
                    String.valueOf(referral.getClientId()))));
        }
        return errors;
    }

    /** Coordinators and supervisors take referrals; analysts and administrators do not handle cases. */
    public void checkMayRefer() {
        List<String> groups = currentUser.groups();
        if (!groups.contains(Groups.COORDINATORS) && !groups.contains(Groups.SUPERVISORS)
                && !currentUser.isEngineWork()) {
            throw new AccessRefusedException(messages, "refusal.referrals");
        }
    }

    @Transactional
    public CareCase refer(ReferralRequest referral) {
        checkMayRefer();
        List<FieldError> errors = check(referral);
        if (!errors.isEmpty()) {
            throw new ReferralRejectedException(errors);
        }
        String team = teamFor(referral);
        Client client = referral.getClientId() == null ? newClient(referral) : existingClient(referral);
        CareCase careCase = cases.save(new CareCase(caseNumbers.next(), client, team, referral.getUrgency(),
                referral.getReferralSource()));
        timeline.record(careCase, TimelineKind.REFERRAL_RECEIVED, "timeline.referralReceived", referral.getUrgency(),
                client.getPrimaryConcern());
        if (referral.getClientId() == null) {
            contacts.caregiverAsWritten(careCase, referral.getClient().getCaregiverContact());
        }
        if (referral.getNotes() != null && !referral.getNotes().isBlank()) {
            notes.save(new CaseNote(careCase, currentUser.id(), referral.getNotes().strip()));
        }
        ProcessInstance instance = runtimeService.startProcessInstanceByKey(CaseLifecycleProcess.PROCESS_KEY,
                careCase.getCaseNumber(), Map.of(
                        Variables.CASE_NUMBER, careCase.getCaseNumber(),
                        Variables.TEAM, team,
                        Variables.FOLLOW_UP_INTERVAL, Variables.DEFAULT_FOLLOW_UP_INTERVAL,
                        Variables.REASSESSMENT_INTERVAL, reassessmentInterval));
        careCase.setProcessInstanceId(instance.getId());
        return careCase;
    }

    private Client newClient(ReferralRequest referral) {
        ClientDetails details = referral.getClient();
        Client client = new Client(details.getFirstName().strip(), details.getLastName().strip(),
                details.getDateOfBirth(), details.getSex(), referral.getPrimaryConcern());
        client.updateContact(blankToNull(details.getPhone()), blankToNull(details.getAddress()),
                blankToNull(details.getPreferredLanguage()));
        return clients.save(client);
    }

    private Client existingClient(ReferralRequest referral) {
        Client client = clients.findById(referral.getClientId()).orElseThrow();
        client.setPrimaryConcern(referral.getPrimaryConcern());
        return client;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
