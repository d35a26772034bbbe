package org.casecoordination.appointments;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.util.List;
import org.casecoordination.casefile.CaseFileService;
import org.casecoordination.system.InvalidInputException;
import org.casecoordination.system.JsonApi;
import org.casecoordination.system.Words;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * /api/cases/{caseNumber}/appointments: a case's appointments and rides. Errors get the API's shape from
 * system.ControllerRules: 400 naming fields, 403 another team's case, 404 an unknown case or another case's
 * appointment, 409 a stale version or a closed case. Each answer carries the appointment's version as its ETag.
 */
@RestController
@JsonApi
class AppointmentApiController {

    private final Appointments appointments;
    private final AppointmentViews views;
    private final CaseFileService caseFiles;
    private final Words words;

    AppointmentApiController(Appointments appointments, AppointmentViews views, CaseFileService caseFiles,
            Words words) {
        this.appointments = appointments;
        this.views = views;
        this.caseFiles = caseFiles;
        this.words = words;
    }

    @GetMapping("/api/cases/{caseNumber}/appointments")
    @Operation(summary = "The case's appointments and rides, earliest first, cancelled ones included (marked)")
    List<AppointmentView> list(@PathVariable String caseNumber) {
        return views.of(caseFiles.find(caseNumber), appointments.of(caseNumber));
    }

    @GetMapping("/api/cases/{caseNumber}/appointments/{id}")
    @Operation(summary = "One appointment of the case; its version is also the ETag")
    ResponseEntity<AppointmentView> get(@PathVariable String caseNumber, @PathVariable long id) {
        return answer(HttpStatus.OK, caseNumber, appointments.find(caseNumber, id));
    }

    @PostMapping("/api/cases/{caseNumber}/appointments")
    @ResponseStatus(HttpStatus.CREATED) // for the API document; the answer sets it too
    @Operation(summary = "Schedule an appointment or a ride pickup. 400 for a missing kind, a time not ahead, a"
            + " missing place, an unknown provider, a service that is not this case's booked one (a ride's must be"
            + " transport); 409 on a closed case")
    ResponseEntity<AppointmentView> schedule(@PathVariable String caseNumber, @RequestBody AppointmentBody body) {
        return answer(HttpStatus.CREATED, caseNumber, appointments.schedule(caseNumber, body.request()));
    }

    @PutMapping("/api/cases/{caseNumber}/appointments/{id}")
    @Operation(summary = "Move an appointment: a new startsAt and place, with the version read (If-Match or the"
            + " version field); 409 when someone changed it since, 400 when it was cancelled or no version is sent")
    ResponseEntity<AppointmentView> move(@PathVariable String caseNumber, @PathVariable long id,
            @Parameter(description = "the version read, as the ETag gave it")
            @RequestHeader(name = "If-Match", required = false) String ifMatch, @RequestBody AppointmentBody body) {
        long version = version(ifMatch, body.version());
        return answer(HttpStatus.OK, caseNumber, appointments.move(caseNumber, id, version, body.instant(),
                body.place()));
    }

    @PostMapping("/api/cases/{caseNumber}/appointments/{id}/cancel")
    @Operation(summary = "Cancel an appointment: kept, marked cancelled; 400 when it already was")
    ResponseEntity<AppointmentView> cancel(@PathVariable String caseNumber, @PathVariable long id) {
        return answer(HttpStatus.OK, caseNumber, appointments.cancel(caseNumber, id));
    }

    private ResponseEntity<AppointmentView> answer(HttpStatus status, String caseNumber, Appointment appointment) {
        AppointmentView view = views.of(caseFiles.find(caseNumber), appointment);
        return ResponseEntity.status(status).eTag("\"" + view.version() + "\"").body(view);
    }

    /** If-Match wins over the body's field; one of them is needed, so that no one moves what they have not read. */
    private long version(String ifMatch, Long field) {
        if (ifMatch != null && !ifMatch.isBlank()) {
            String version = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
            if (version.matches("\\d{1,18}")) {
                return Long.parseLong(version);
            }
            throw InvalidInputException.of("version", words.text("appointments.error.version"));
        }
        if (field == null) {
            throw InvalidInputException.of("version", words.text("appointments.error.version"));
        }
        return field;
    }
}
