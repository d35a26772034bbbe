package org.casecoordination.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.stereotype.Component;

/**
 * The provider referrals sent in the period (their first "requested" state), each with when it was answered
 * (accepted or declined) and whether the service was delivered (started or completed): what the referral measures
 * read, in one query over the status history.
 */
@Component
class ProviderReferralHistory {

    record Sent(long referralId, long caseId, long providerId, String providerName, Instant sentAt,
            Instant answeredAt, boolean delivered) {
    }

    private final ReportQueries queries;

    ProviderReferralHistory(ReportQueries queries) {
        this.queries = queries;
    }

    List<Sent> sentIn(ReportFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = "select r.id as referral_id, c.id as case_id, p.id as provider_id, p.name, s.status, s.changed_at"
                + " from provider_referral r join " + ReportQueries.CASES + " on c.id = r.case_id"
                + " join provider p on p.id = r.provider_id"
                + " join provider_referral_status_change s on s.referral_id = r.id where " + queries.scope(filter, params)
                + " and r.id in (select x.referral_id from provider_referral_status_change x where x.status = 'REQUESTED'"
                + " and x.changed_at >= :start and x.changed_at < :end) order by r.id, s.changed_at, s.id";
        List<Sent> sent = new ArrayList<>();
        Sent[] current = {null};
        queries.jdbc().query(sql, params, rs -> {
            long referralId = rs.getLong("referral_id");
            Sent was = current[0];
            if (was == null || was.referralId() != referralId) {
                if (was != null) {
                    sent.add(was);
                }
                was = new Sent(referralId, rs.getLong("case_id"), rs.getLong("provider_id"), rs.getString("name"),
                        null, null, false);
            }
            String status = rs.getString("status");
            Instant at = ReportQueries.instant(rs, "changed_at");
            if ("REQUESTED".equals(status) && was.sentAt() == null) {
                was = new Sent(referralId, was.caseId(), was.providerId(), was.providerName(), at, null, false);
            } else if (("ACCEPTED".equals(status) || "REJECTED".equals(status)) && was.sentAt() != null
                    && was.answeredAt() == null) {
                was = new Sent(referralId, was.caseId(), was.providerId(), was.providerName(), was.sentAt(), at,
                        was.delivered());
            } else if (("IN_PROGRESS".equals(status) || "COMPLETED".equals(status)) && was.sentAt() != null) {
                was = new Sent(referralId, was.caseId(), was.providerId(), was.providerName(), was.sentAt(),
                        was.answeredAt() == null ? at : was.answeredAt(), true);
            }
            current[0] = was;
        });
        if (current[0] != null) {
            sent.add(current[0]);
        }
        return sent.stream().filter(s -> s.sentAt() != null).toList();
    }
}
