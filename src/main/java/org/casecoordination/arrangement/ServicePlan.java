package org.casecoordination.arrangement;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.system.TransactionMemo;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case page's service plan: each referral with its provider, status and how long it has been in it, the
 * agreed start, any transport, and what is waiting too long. Called from the template (fragments/service-plan)
 * after the page controller has opened the case through CaseFileService, which checked access.
 */
@Component("servicePlan")
public class ServicePlan {

    /** How long a referral may wait for an answer or an approval before it stands out. */
    static final Duration WAITING_TOO_LONG = Duration.ofDays(2);

    public record Row(ProviderReferral referral, String providerName, Duration inStatus, boolean waitingTooLong,
            ProviderReferral transport) {

        /** A service the client travels to, accepted or running, without transport yet. */
        public boolean offersTransport() {
            return transport == null && referral.getServiceType().needsTravel()
                    && (referral.getStatus() == ProviderReferralStatus.ACCEPTED
                    || referral.getStatus() == ProviderReferralStatus.IN_PROGRESS);
        }

        /** Whole days in this status, for the page's "since" words ({@code casePage.servicePlan.inStatus.*}). */
        public long inStatusDays() {
            return Math.max(inStatus.toDays(), 0);
        }

        /** Whole hours in this status, when less than a day. */
        public long inStatusHours() {
            return Math.max(inStatus.toHours(), 0);
        }
    }

    /**
     * What fragments/service-plan shows: the rows, and the transport providers to book a ride with when a row
     * offers that (read once for the page, not once per such row).
     */
    public record View(List<Row> rows, List<Provider> transportProviders) {
    }

    private final ProviderReferralRepository referrals;
    private final ProviderDirectory directory;
    /** The case page's panels ask for the same plan (its own panel, the Documents panel's referral choices). */
    private final TransactionMemo<Long, List<Row>> readForThePage = new TransactionMemo<>();

    ServicePlan(ProviderReferralRepository referrals, ProviderDirectory directory) {
        this.referrals = referrals;
        this.directory = directory;
    }

    /** For the "Book transport" form: transport providers, open places first. */
    public List<Provider> transportProviders() {
        return directory.search(ProviderSearch.of(ServiceType.TRANSPORTATION, null, null));
    }

    public MobilityNeeds[] mobilityNeeds() {
        return MobilityNeeds.values();
    }

    @Transactional(readOnly = true)
    public View view(CareCase careCase) {
        List<Row> rows = of(careCase);
        return new View(rows, rows.stream().anyMatch(Row::offersTransport) ? transportProviders() : List.of());
    }

    /**
     * The rows; asked again in the same read-only transaction (a page's model), the same rows without reading them
     * again. A transaction that writes reads every time: it may have changed a referral since.
     */
    @Transactional(readOnly = true)
    public List<Row> of(CareCase careCase) {
        return readForThePage.getWhileReadOnly(careCase.getId(), id -> read(careCase));
    }

    private List<Row> read(CareCase careCase) {
        List<ProviderReferral> all = referrals.findByCareCaseOrderByCreatedAtAscIdAsc(careCase);
        Instant now = Instant.now();
        return all.stream().filter(r -> r.getServesReferralId() == null).map(r -> {
            Duration inStatus = Duration.between(r.getStatusChangedAt(), now);
            boolean waiting = (r.getStatus() == ProviderReferralStatus.REQUESTED || r.getStatus() == ProviderReferralStatus.DRAFT)
                    && inStatus.compareTo(WAITING_TOO_LONG) > 0;
            ProviderReferral transport = all.stream().filter(t -> r.getId().equals(t.getServesReferralId())).reduce(
                    (first, second) -> second).orElse(null);
            return new Row(r, r.getProvider().getName(), inStatus, waiting, transport);
        }).toList();
    }
}
