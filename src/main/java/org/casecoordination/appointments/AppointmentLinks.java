package org.casecoordination.appointments;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casecoordination.arrangement.Provider;
import org.casecoordination.arrangement.ProviderDirectory;
import org.casecoordination.arrangement.ProviderReferral;
import org.casecoordination.arrangement.ProviderReferrals;
import org.casecoordination.arrangement.ProviderSearch;
import org.casecoordination.arrangement.ServiceType;
import org.casecoordination.casefile.CareCase;
import org.casecoordination.forms.FieldError;
import org.casecoordination.system.Words;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an appointment may belong to: a provider of the directory, and a service of its own case that is booked
 * (sent to the provider and not refused or ended); a ride belongs to one of the case's booked transport referrals.
 * Lookups return empty rather than throw, so a refused link never marks the caller's transaction for rollback.
 */
@Component
class AppointmentLinks {

    private static final ProviderSearch EVERY_PROVIDER = new ProviderSearch(null, null, null, null);

    private final ProviderDirectory directory;
    private final ProviderReferrals referrals;
    private final Words words;

    AppointmentLinks(ProviderDirectory directory, ProviderReferrals referrals, Words words) {
        this.directory = directory;
        this.referrals = referrals;
        this.words = words;
    }

    /** The case's booked services an appointment of this kind may belong to, in the order they were arranged. */
    List<ProviderReferral> bookable(CareCase careCase, AppointmentKind kind) {
        return referrals.ofCase(careCase).stream()
                .filter(referral -> referral.getStatus().isOpenAtProvider())
                .filter(referral -> (referral.getServiceType() == ServiceType.TRANSPORTATION)
                        == (kind == AppointmentKind.TRANSPORT_PICKUP))
                .toList();
    }

    /** The case's booked services of every kind, with what each fills in. */
    @Transactional(readOnly = true)
    List<ServiceChoice> choices(CareCase careCase) {
        return Stream.of(AppointmentKind.values()).flatMap(kind -> bookable(careCase, kind).stream()
                .map(referral -> choice(referral, kind))).toList();
    }

    /** Any service of the case, booked or not (what a link from the service plan names), with what it fills in. */
    @Transactional(readOnly = true)
    Optional<ServiceChoice> choice(CareCase careCase, Long referralId) {
        return referrals.ofCase(careCase).stream().filter(r -> r.getId().equals(referralId)).findFirst()
                .map(r -> choice(r, r.getServiceType() == ServiceType.TRANSPORTATION
                        ? AppointmentKind.TRANSPORT_PICKUP : AppointmentKind.APPOINTMENT));
    }

    private static ServiceChoice choice(ProviderReferral referral, AppointmentKind kind) {
        Provider provider = referral.getProvider();
        return new ServiceChoice(referral.getId(), kind, referral.getServiceType().name(), provider.getId(),
                provider.getName(), referral.getPickupAddress() != null ? referral.getPickupAddress()
                        : provider.getName());
    }

    /** The address a chosen service gives (a ride's pickup address, else its provider's name), or a provider's name. */
    @Transactional(readOnly = true)
    String placeFor(CareCase careCase, Long referralId, Long providerId) {
        if (referralId != null) {
            return choice(careCase, referralId).map(ServiceChoice::place).orElse(null);
        }
        return provider(providerId).map(Provider::getName).orElse(null);
    }

    List<ProviderReferral> ofCase(CareCase careCase) {
        return referrals.ofCase(careCase);
    }

    List<Provider> providers() {
        return directory.search(EVERY_PROVIDER);
    }

    Map<Long, Provider> providersById() {
        return providers().stream().collect(Collectors.toMap(Provider::getId, Function.identity()));
    }

    Optional<Provider> provider(Long id) {
        return id == null ? Optional.empty() : providers().stream().filter(p -> p.getId().equals(id)).findFirst();
    }

    /**
     * The request with its provider taken from its service when only the service is given; each link that does not
     * fit (an unknown provider, another case's or an unbooked service, a service of the wrong kind, a provider other
     * than the service's) adds an error on its field.
     */
    AppointmentRequest check(CareCase careCase, AppointmentRequest request, List<FieldError> errors) {
        Long providerId = request.providerId();
        if (providerId != null && provider(providerId).isEmpty()) {
            errors.add(new FieldError("providerId", words.text("appointments.error.provider")));
        }
        if (request.referralId() == null) {
            return request;
        }
        Optional<ProviderReferral> referral = referrals.ofCase(careCase).stream()
                .filter(r -> r.getId().equals(request.referralId())).findFirst();
        if (referral.isEmpty()) {
            errors.add(new FieldError("referralId", words.text("appointments.error.referral")));
            return request;
        }
        ProviderReferral service = referral.get();
        boolean ride = request.kind() == AppointmentKind.TRANSPORT_PICKUP;
        if (request.kind() != null && ride != (service.getServiceType() == ServiceType.TRANSPORTATION)) {
            errors.add(new FieldError("referralId", words.text(ride ? "appointments.error.notTransport"
                    : "appointments.error.transport")));
        } else if (!service.getStatus().isOpenAtProvider()) {
            errors.add(new FieldError("referralId", words.text("appointments.error.notBooked")));
        } else if (providerId != null && !Objects.equals(providerId, service.getProvider().getId())) {
            errors.add(new FieldError("providerId", words.text("appointments.error.otherProvider")));
        }
        return providerId != null ? request : new AppointmentRequest(request.kind(), request.startsAt(),
                request.place(), service.getProvider().getId(), request.referralId());
    }
}
