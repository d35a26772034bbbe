package org.casecoordination.casefile;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.casecoordination.system.JsonApi;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's notes and timeline over JSON, with the case page's rules: the case's team (or an emergency access) only,
 * a note of 1 to 8000 characters, never edited (a correction is a new note).
 */
@RestController
@JsonApi
class CaseNotesApiController {

    private final CaseFileService caseFiles;
    private final CaseTimeline timeline;
    private final CaseNoteRepository notes;
    private final TimelineWords words;

    CaseNotesApiController(CaseFileService caseFiles, CaseTimeline timeline, CaseNoteRepository notes,
            TimelineWords words) {
        this.caseFiles = caseFiles;
        this.timeline = timeline;
        this.notes = notes;
        this.words = words;
    }

    /** The same limits and messages as the case page's note form. */
    record NoteRequest(@NotBlank(message = "{casePage.note.required}") @Size(max = 8000,
            message = "{casePage.note.tooLong}") String text) {
    }

    record NoteView(Long id, String author, Instant createdAt, String text) {
        static NoteView of(CaseNote note) {
            return new NoteView(note.getId(), note.getAuthor(), note.getCreatedAt(), note.getText());
        }
    }

    record EntryView(Instant occurredAt, String actor, String kind, String summary) {
        /** The summary in the request's language, as the case page shows it. */
        static EntryView of(TimelineEntry entry, TimelineWords words) {
            return new EntryView(entry.getOccurredAt(), entry.getActor(), entry.getKind().name(), words.of(entry));
        }
    }

    /** Newest first, as on the case page. */
    record TimelineView(String caseNumber, List<EntryView> entries, List<NoteView> notes) {
    }

    @PostMapping("/api/cases/{caseNumber}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a note to the case (1 to 8000 characters, never edited afterwards)")
    NoteView addNote(@PathVariable String caseNumber, @Valid @RequestBody NoteRequest request) {
        return NoteView.of(caseFiles.addNote(caseNumber, request.text()));
    }

    @GetMapping("/api/cases/{caseNumber}/timeline")
    @Operation(summary = "The case's timeline and notes, newest first")
    TimelineView timeline(@PathVariable String caseNumber) {
        CareCase careCase = caseFiles.find(caseNumber);
        return new TimelineView(careCase.getCaseNumber(), timeline.of(careCase).stream()
                .map(entry -> EntryView.of(entry, words)).toList(),
                notes.findByCareCaseIdOrderByCreatedAtDesc(careCase.getId()).stream().map(NoteView::of).toList());
    }
}
