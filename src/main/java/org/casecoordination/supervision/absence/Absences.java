package org.casecoordination.supervision.absence;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.casecoordination.casefile.CaseConflictException;
import org.casecoordination.forms.FieldError;
import org.casecoordination.security.AsApplication;
import org.casecoordination.security.CurrentUser;
import org.casecoordination.security.Groups;
import org.casecoordination.security.People;
import org.casecoordination.supervision.calendar.BusinessHours;
import org.casecoordination.supervision.caseload.CaseloadService;
import org.casecoordination.system.Dates;
import org.casecoordination.system.NodeSnapshot;
import org.casecoordination.system.Words;
import org.casecoordination.tasklist.TaskValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is away when. A coordinator marks themselves away; a supervisor marks away coordinators of the teams they
 * supervise. Days are whole days in the teams' time zone, read from the engine clock so tests can move it.
 */
@Service
public class Absences {

    private static final Logger log = LoggerFactory.getLogger(Absences.class);

    private final AbsenceRepository absences;
    private final CurrentUser currentUser;
    private final IdentityService identityService;
    private final AsApplication asApplication;
    private final BusinessHours hours;
    private final CaseloadService caseload;
    private final People people;
    private final Words words;
    private final Dates dates;
    /** Everyone with a current or coming absence, and the last day of the latest one. */
    private final NodeSnapshot<Map<String, LocalDate>> lastDayAway;

    Absences(AbsenceRepository absences, CurrentUser currentUser, IdentityService identityService,
            AsApplication asApplication, BusinessHours hours, @Lazy CaseloadService caseload, People people,
            Words words, Dates dates) {
        this.words = words;
        this.dates = dates;
        this.caseload = caseload;
        this.people = people;
        this.absences = absences;
        this.currentUser = currentUser;
        this.identityService = identityService;
        this.asApplication = asApplication;
        this.hours = hours;
        this.lastDayAway = new NodeSnapshot<>(() -> absences.lastDayAwayFrom(today()).stream()
                .collect(Collectors.toMap(AbsenceRepository.LastDayAway::getUserId,
                        AbsenceRepository.LastDayAway::getLastDay)), Duration.ofMinutes(1));
    }

    public LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(hours.zone()).toLocalDate();
    }

    /**
     * The absence {@code userId} is on today, if any. Asked for every task created with an assignee, and almost
     * always answered from the node's list of who has an absence that has not ended (see {@link NodeSnapshot}).
     */
    @Transactional(readOnly = true)
    public Optional<Absence> current(String userId) {
        LocalDate today = today();
        LocalDate lastDay = lastDayAway.get().get(userId);
        if (lastDay == null || lastDay.isBefore(today)) {
            return Optional.empty();
        }
        return absences.findByUserIdAndAwayFromLessThanEqualAndAwayUntilGreaterThanEqualOrderByAddedAtDesc(
                userId, today, today).stream().findFirst();
    }

    /** Current and coming absences of the coordinators the current user may mark away. */
    @Transactional(readOnly = true)
    public List<Absence> visible() {
        return absences.findByUserIdInAndAwayUntilGreaterThanEqualOrderByAwayFromAscUserIdAsc(markable(), today());
    }

    /** Whom the current user may mark away: a supervisor the coordinators of her teams, a coordinator herself. */
    public List<String> markable() {
        if (currentUser.groups().contains(Groups.SUPERVISORS)) {
            return coordinatorsOfMyTeams();
        }
        return currentUser.groups().contains(Groups.COORDINATORS) ? List.of(currentUser.id()) : List.of();
    }

    /**
     * For a supervisor, the team of hers {@code user} coordinates in, where she hands over their work (the
     * caseload's work page); empty for a coordinator or a colleague of no team of hers.
     */
    public Optional<String> handOverTeam(String user) {
        if (!currentUser.groups().contains(Groups.SUPERVISORS)) {
            return Optional.empty();
        }
        return teamsOf(user).stream().filter(currentUser.teams()::contains).findFirst();
    }

    /** Who may cover: the coordinators of the current user's teams. */
    public List<String> coordinatorsOfMyTeams() {
        return currentUser.teams().stream().flatMap(team -> caseload.coordinatorsOf(team).stream()).distinct()
                .toList();
    }

    /** An absence of {@code userId} on any day from {@code first} to {@code last}, if there is one. */
    @Transactional(readOnly = true)
    public Optional<Absence> during(String userId, LocalDate first, LocalDate last) {
        return absences.findByUserIdAndAwayFromLessThanEqualAndAwayUntilGreaterThanEqualOrderByAddedAtDesc(
                userId, last, first).stream().findFirst();
    }

    /** Records an absence; 403 when the current user may not mark this person away, 400 for a bad period. */
    @Transactional
    public Absence record(AbsenceRequest request) {
        String user = request.getUser().strip();
        checkMayMarkAway(user);
        List<FieldError> errors = new ArrayList<>();
        if (request.getUntil().isBefore(request.getFrom())) {
            errors.add(new FieldError("until", words.text("away.error.untilBeforeFrom")));
        } else if (request.getUntil().isBefore(today())) {
            errors.add(new FieldError("until", words.text("away.error.over")));
        }
        String coveredBy = request.getCoveredBy() == null || request.getCoveredBy().isBlank()
                ? null : request.getCoveredBy().strip();
        if (coveredBy != null && (coveredBy.equals(user) || !shareATeam(user, coveredBy))) {
            errors.add(new FieldError("coveredBy", coveredBy.equals(user) ? words.text("away.error.coverSelf")
                    : words.text("away.error.coverOtherTeam", people.fullName(coveredBy), people.fullName(user))));
        }
        if (!errors.isEmpty()) {
            throw new TaskValidationException(errors);
        }
        Absence absence = absences.save(new Absence(user, request.getFrom(), request.getUntil(), coveredBy,
                currentUser.id()));
        lastDayAway.changed();
        log.info("{} marked {} away {}..{} (absence {})", currentUser.id(), user, absence.getAwayFrom(),
                absence.getAwayUntil(), absence.getId());
        return absence;
    }

    /**
     * Ends an absence early, as of today: the coordinator is back and new tasks go to them again. An absence that
     * has not begun before today is removed. 404 unknown, 403 for whoever may not mark this person away, 409 over.
     */
    @Transactional
    public Ended end(long id) {
        Absence absence = absences.findById(id).orElseThrow(() -> new AbsenceNotFoundException(id));
        checkMayMarkAway(absence.getUserId());
        LocalDate today = today();
        if (absence.getAwayUntil().isBefore(today)) {
            throw new CaseConflictException(words.text("away.error.endedAlready", dates.day(absence.getAwayUntil())));
        }
        lastDayAway.changed();
        if (!absence.getAwayFrom().isBefore(today)) {
            absences.delete(absence);
            log.info("{} removed absence {} of {}", currentUser.id(), id, absence.getUserId());
            return new Ended(absence.getUserId(), true);
        }
        absence.endOn(today.minusDays(1));
        log.info("{} ended absence {} of {} as of {}", currentUser.id(), id, absence.getUserId(), today);
        return new Ended(absence.getUserId(), false);
    }

    /** Whose absence ended, and whether it was removed altogether (it had not begun). */
    public record Ended(String userId, boolean removed) {
    }

    private void checkMayMarkAway(String user) {
        if (user.equals(currentUser.id()) && currentUser.groups().contains(Groups.COORDINATORS)) {
            return;
        }
        if (!currentUser.groups().contains(Groups.SUPERVISORS)) {
            throw new AccessDeniedException(words.text("away.error.onlySelf"));
        }
        if (teamsOf(user).isEmpty()) {
            throw new TaskValidationException(List.of(new FieldError("user", words.text("away.error.notYourTeam"))));
        }
        if (teamsOf(user).stream().noneMatch(currentUser.teams()::contains)) {
            throw new AccessDeniedException(words.text("away.error.notSupervised", people.fullName(user)));
        }
    }

    private boolean shareATeam(String user, String other) {
        List<String> teams = teamsOf(other);
        return teamsOf(user).stream().anyMatch(teams::contains);
    }

    /** The teams {@code user} is a coordinator of; empty if they are not a coordinator. */
    private List<String> teamsOf(String user) {
        return asApplication.run(() -> {
            if (identityService.createUserQuery().userId(user).memberOfGroup(Groups.COORDINATORS).count() == 0) {
                return List.<String>of();
            }
            return identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId)
                    .filter(Groups::isTeam).toList();
        });
    }

}
