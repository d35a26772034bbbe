package org.casecoordination.appointments;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.casecoordination.arrangement.Provider;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.arrangement.ServiceType;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.supervision.calendar.BusinessHours;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Appointments with their provider's name and their service, on the agency's clock. */
@Component
class AppointmentViews {

    private final AppointmentLinks links;
    private final BusinessHours hours;

    AppointmentViews(AppointmentLinks links, BusinessHours hours) {
        this.links = links;
        this.hours = hours;
    }

    ZoneId zone() {
        return hours.zone();
    }

    @Transactional(readOnly = true)
    List<AppointmentView> of(CareCase careCase, List<Appointment> appointments) {
        if (appointments.isEmpty()) {
            return List.of(); // most case pages: no need for the whole provider directory and the case's services
        }
        Map<Long, Provider> providers = links.providersById();
        Map<Long, ProviderReferral> referrals = links.ofCase(careCase).stream()
                .collect(Collectors.toMap(ProviderReferral::getId, Function.identity()));
        Instant now = ClockUtil.getCurrentTime().toInstant();
        return appointments.stream().map(a -> view(a, providers, referrals, now)).toList();
    }

    @Transactional(readOnly = true)
    AppointmentView of(CareCase careCase, Appointment appointment) {
        return of(careCase, List.of(appointment)).get(0);
    }

    private AppointmentView view(Appointment a, Map<Long, Provider> providers, Map<Long, ProviderReferral> referrals,
            Instant now) {
        ZoneId zone = hours.zone();
        String providerName = Optional.ofNullable(a.getProviderId()).map(providers::get).map(Provider::getName)
                .orElse(null);
        return new AppointmentView(a.getId(), a.getKind(), a.getStartsAt(),
                a.getStartsAt().atZone(zone).toLocalDateTime(), zone.getId(), a.getPlace(), a.getProviderId(),
                providerName, a.getReferralId(), service(a.getReferralId(), referrals), a.getStatus(),
                !a.getStartsAt().isAfter(now), a.getVersion(), a.getCreatedBy(), a.getCreatedAt(), a.getChangedBy(),
                a.getChangedAt());
    }

    /** A ride is for the service it takes the client to; anything else for its own. */
    private static ServiceType service(Long referralId, Map<Long, ProviderReferral> referrals) {
        ProviderReferral referral = referralId == null ? null : referrals.get(referralId);
        if (referral == null) {
            return null;
        }
        ProviderReferral served = referral.getServesReferralId() == null ? null
                : referrals.get(referral.getServesReferralId());
        return served != null ? served.getServiceType() : referral.getServiceType();
    }
}
