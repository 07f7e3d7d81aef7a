package nl.jeugdregie.plans.internal.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.plans.ContinuationOutcome;
import nl.jeugdregie.plans.HouseholdId;
import nl.jeugdregie.platform.api.IfMatch;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * MDOs, goal progress, evaluations and the family's plan document in the REST API (PLAN-1, PLAN-5), with the same
 * rules, access and audit as the UI. Recording an MDO makes a new plan version, so it names the plan's version in
 * {@code If-Match}: a stale version answers 409 and saves nothing.
 */
@RestController
@RequestMapping("/api/v1/households/{id}")
@Tag(name = "Huishoudens", description = "MDOs, goal progress, evaluations and the plan document (PLAN-1, PLAN-5)")
class PlanFollowUpApiController {

	private final PlanFollowUpService service;
	private final CurrentUsers users;
	private final MessageSource messages;

	PlanFollowUpApiController(PlanFollowUpService service, CurrentUsers users, MessageSource messages) {
		this.service = service;
		this.users = users;
		this.messages = messages;
	}

	record Created(UUID id) {}

	record Meeting(UUID id, LocalDate heldOn, List<PlanMeeting.Attendee> participants, List<String> agenda,
			List<String> decisions, boolean familyPresent, @Nullable String absenceReason, int producedPlanVersion,
			@Nullable LocalDate nextMeetingOn, String recordedBy) {

		static Meeting of(PlanMeeting m) {
			return new Meeting(m.id(), m.heldOn(), m.participants(), m.agenda(), m.decisions(), m.familyPresent(),
					m.absenceReason(), m.producedVersion(), m.nextMeetingOn(), m.recordedBy());
		}
	}

	@Schema(name = "GoalMeasurement")
	record Measurement(UUID id, LocalDate measuredOn, int score, GoalStatus status, @Nullable String note,
			String recordedBy) {}

	record GoalWithProgress(UUID goal, String lifeDomain, String description, List<Measurement> progress) {}

	record Evaluation(UUID id, EvaluationMoment moment, LocalDate evaluatedOn, @Nullable UUID meeting,
			@Nullable ContinuationOutcome continuation, @Nullable String remarks, boolean remarksInternal,
			int goalsAgreed, int goalsRealised, int goalsImproved, String recordedBy) {

		static Evaluation of(PlanEvaluation e) {
			return new Evaluation(e.id(), e.moment(), e.evaluatedOn(), e.meeting(), e.continuation(), e.remarks(),
					e.remarksInternal(), e.goals().agreed(), e.goals().realised(), e.goals().improved(), e.recordedBy());
		}
	}

	@GetMapping("/meetings")
	@Operation(summary = "The household's MDOs, newest first, with the plan version each produced (PLAN-1)")
	@ApiResponse(responseCode = "200", description = "De MDO's", content = @Content(array = @ArraySchema(schema = @Schema(implementation = Meeting.class))))
	ResponseEntity<?> meetings(@PathVariable UUID id) {
		return opened(id, "MDO's bekeken", f -> f.meetings().stream().map(Meeting::of).toList());
	}

	@PostMapping("/meetings")
	@Operation(summary = "Record an MDO with participants (the family always invited), agenda and decisions; "
			+ "makes a new plan version (PLAN-1, PLAN-5); If-Match: the plan's version")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> recordMeeting(@PathVariable UUID id,
			@RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody FollowUpCommands.NewMeeting body) {
		var version = IfMatch.version(ifMatch);
		if (version == null) {
			return Problems.versionRequired();
		}
		return created(service.recordMeeting(new HouseholdId(id), version.intValue(), body, users.current()));
	}

	@GetMapping("/progress")
	@Operation(summary = "Progress per goal over time: score 1-10 and status, with date and who (PLAN-5)")
	@ApiResponse(responseCode = "200", description = "De voortgang per doel", content = @Content(array = @ArraySchema(schema = @Schema(implementation = GoalWithProgress.class))))
	ResponseEntity<?> progress(@PathVariable UUID id) {
		return opened(id, "Voortgang bekeken", f -> f.file().plan().goals().stream()
				.map(g -> new GoalWithProgress(g.id(), g.lifeDomain().name(), g.description(), f.progressOf(g.id())
						.stream().map(p -> new Measurement(p.id(), p.measuredOn(), p.score(), p.status(), p.note(),
								p.recordedBy())).toList()))
				.toList());
	}

	@PostMapping("/progress")
	@Operation(summary = "Record progress on a goal: score 1-10 and status (PLAN-5)")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> recordProgress(@PathVariable UUID id, @RequestBody FollowUpCommands.NewProgress body) {
		return created(service.recordProgress(new HouseholdId(id), body, users.current()));
	}

	@GetMapping("/evaluations")
	@Operation(summary = "The plan's evaluations, newest first, with goal counts and the CBS outcome (PLAN-5)")
	@ApiResponse(responseCode = "200", description = "De evaluaties", content = @Content(array = @ArraySchema(schema = @Schema(implementation = Evaluation.class))))
	ResponseEntity<?> evaluations(@PathVariable UUID id) {
		return opened(id, "Evaluaties bekeken", f -> f.evaluations().stream().map(Evaluation::of).toList());
	}

	@PostMapping("/evaluations")
	@Operation(summary = "Evaluate the plan at an MDO, at closure or at a handover; publishes PlanEvaluated (PLAN-5)")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> evaluate(@PathVariable UUID id, @RequestBody FollowUpCommands.NewEvaluation body) {
		return created(service.evaluate(new HouseholdId(id), body, users.current()));
	}

	@GetMapping(value = "/plan/document", produces = MediaType.APPLICATION_PDF_VALUE)
	@Operation(summary = "The family's plan as a plain-language PDF, without internal notes")
	@ApiResponse(responseCode = "200", description = "Het plan als PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<?> document(@PathVariable UUID id) {
		return switch (service.open(new HouseholdId(id), users.current(), "Plan als PDF gedownload")) {
			case FollowUpOpening.Opened opened -> pdf(PlanDocument.of(opened.followUp(), service.today()));
			case FollowUpOpening.NotFound notFound -> Problems.notFound();
			case FollowUpOpening.Forbidden forbidden -> forbidden();
		};
	}

	static ResponseEntity<byte[]> pdf(PlanDocument document) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
				.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"plan-" + document.number() + ".pdf\"")
				.body(PlanDocumentPdf.of(document));
	}

	private <T> ResponseEntity<?> opened(UUID id, String what, Function<PlanFollowUp, T> view) {
		return switch (service.open(new HouseholdId(id), users.current(), what)) {
			case FollowUpOpening.Opened opened -> ResponseEntity.ok(view.apply(opened.followUp()));
			case FollowUpOpening.NotFound notFound -> Problems.notFound();
			case FollowUpOpening.Forbidden forbidden -> forbidden();
		};
	}

	private static ResponseEntity<?> forbidden() {
		return Problems.forbidden("Alleen het team van het gezin en de regisseur zien en wijzigen het plan.");
	}

	private ResponseEntity<?> created(Outcome<UUID> outcome) {
		return switch (outcome) {
			case Outcome.Done<UUID> saved -> ResponseEntity.status(HttpStatus.CREATED).body(new Created(saved.value()));
			case Outcome.Refused<UUID> invalid -> Problems.invalid(invalid.refusals().stream()
					.map(v -> new Problems.FieldProblem(v.field(),
							messages.getMessage(v.code(), v.arguments().toArray(), LocaleContextHolder.getLocale())))
					.toList());
			case Outcome.Stale<UUID> stale -> Problems.conflict(
					"Iemand anders heeft het plan net gewijzigd. Haal de nieuwe versie op en probeer het opnieuw.");
			case Outcome.Forbidden<UUID> forbidden -> forbidden();
			case Outcome.NotFound<UUID> notFound -> Problems.notFound();
		};
	}
}
