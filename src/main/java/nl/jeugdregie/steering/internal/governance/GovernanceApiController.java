package nl.jeugdregie.steering.internal.governance;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.web.Problems;
import nl.jeugdregie.steering.internal.agenda.AgendaItemKind;
import nl.jeugdregie.steering.internal.assignment.TargetGroup;
import nl.jeugdregie.steering.internal.report.ProgressReportPdf;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Governance of the assignment over REST (STU-6) and its yearly versions (STU-1, STU-2). Readers (policy officers,
 * administrators, providers) get; policy officers and administrators change (the URL rules answer 403 to others).
 * Refusals are problem+json: 422 with field errors for wrong input, 409 for a conflict with what exists.
 */
@RestController
@RequestMapping("/api/v1/steering")
@Tag(name = "Sturing: overleg en verzoeken", description = "The governance rhythm with prepared agendas, new assignment requests and the reports to the council (STU-3, STU-4, STU-7)")
class GovernanceApiController {

	private final GovernanceService governance;
	private final OutcomeResponses responses;
	private final CurrentUsers users;

	GovernanceApiController(GovernanceService governance, OutcomeResponses responses, CurrentUsers users) {
		this.governance = governance;
		this.responses = responses;
		this.users = users;
	}

	@GetMapping("/meetings")
	@Operation(summary = "The governance calendar per type of meeting and the planned meetings (STU-3)")
	MeetingsResponse meetings() {
		var overview = governance.overview(users.current());
		return new MeetingsResponse(overview.calendar().rows().stream().map(CalendarRow::of).toList(),
				overview.meetings().stream().map(MeetingSummary::of).toList());
	}

	@PostMapping("/meetings")
	@Operation(summary = "Plan a meeting of a type on a date; its agenda is prepared from what changed since the last one (STU-3)")
	@ApiResponse(responseCode = "201", description = "Het overleg; Location wijst ernaar", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> plan(@RequestBody MeetingRequest request) {
		return answer(governance.planMeeting(users.current(), request.type(), request.date()), "/api/v1/steering/meetings/");
	}

	@GetMapping("/meetings/{id}")
	@Operation(summary = "One meeting with its agenda, minutes and decisions (STU-3)")
	@ApiResponse(responseCode = "200", description = "Het overleg", content = @Content(schema = @Schema(implementation = MeetingResponse.class)))
	ResponseEntity<?> meeting(@PathVariable long id) {
		return governance.meeting(users.current(), id).<ResponseEntity<?>>map(detail -> ResponseEntity.ok(
				new MeetingResponse(MeetingSummary.of(detail.meeting()), detail.agenda().stream().map(ItemResponse::of).toList())))
				.orElseGet(GovernanceApiController::notFound);
	}

	@PostMapping("/meetings/{id}/agenda")
	@Operation(summary = "Prepare the agenda again from what changed since the last meeting of its type (STU-3)")
	@ApiResponse(responseCode = "200", description = "Het overleg", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> refresh(@PathVariable long id) {
		return answer(governance.refreshAgenda(users.current(), id));
	}

	@PostMapping("/meetings/{id}/items/{itemId}/minutes")
	@Operation(summary = "Record the minutes and decision of an agenda item (STU-3)")
	@ApiResponse(responseCode = "200", description = "Het agendapunt", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> record(@PathVariable long id, @PathVariable long itemId, @RequestBody MinutesRequest request) {
		return answer(governance.record(users.current(), id, itemId, request.minutes(), request.decision()));
	}

	@PutMapping("/meeting-rhythm/{type}")
	@Operation(summary = "Change how often a type of meeting is held and in which month it starts (STU-3)")
	@ApiResponse(responseCode = "200", description = "Het ritme", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> rhythm(@PathVariable String type, @RequestBody RhythmRequest request) {
		return answer(governance.changeRhythm(users.current(), type, request.frequency(), request.anchorMonth()));
	}

	@GetMapping("/assignment-requests")
	@Operation(summary = "The new assignment requests with their impact analysis and decision (STU-4)")
	List<RequestResponse> requests() {
		return governance.requests(users.current()).stream().map(RequestResponse::of).toList();
	}

	@PostMapping("/assignment-requests")
	@Operation(summary = "Submit a new assignment request with its impact analysis (STU-4)")
	@ApiResponse(responseCode = "201", description = "Het verzoek; Location wijst ernaar", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> submit(@RequestBody NewRequest request) {
		var input = new GovernanceService.RequestInput(request.title(), request.currentSituation(),
				request.desiredSituation(), request.fit(), request.fte(), request.budget(), request.sourceOfFunds(),
				request.typeOfWorkId(), request.targetGroup());
		return answer(governance.submitRequest(users.current(), input), "/api/v1/steering/assignment-requests/");
	}

	@GetMapping("/assignment-requests/{id}")
	@Operation(summary = "One assignment request with its impact analysis and decision (STU-4)")
	@ApiResponse(responseCode = "200", description = "Het verzoek", content = @Content(schema = @Schema(implementation = RequestResponse.class)))
	ResponseEntity<?> request(@PathVariable long id) {
		return governance.request(users.current(), id).<ResponseEntity<?>>map(found -> ResponseEntity.ok(RequestResponse.of(found)))
				.orElseGet(GovernanceApiController::notFound);
	}

	@PostMapping("/assignment-requests/{id}/decision")
	@Operation(summary = "Decide on an assignment request: granted or refused, with a reason and date (STU-4)")
	@ApiResponse(responseCode = "200", description = "Het verzoek", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> decide(@PathVariable long id, @RequestBody DecisionRequest request) {
		return answer(governance.decide(users.current(), id, request.decision(), request.reason(), request.date()));
	}

	/** STU-1, STU-2: starts the next year's assignment as a copy of the latest one. */
	@PostMapping("/assignments")
	@Operation(summary = "Start the next year's assignment as a copy of the latest one (STU-1, STU-2); a year that exists answers 409")
	@ApiResponse(responseCode = "200", description = "De nieuwe opdracht", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> startYear(@RequestBody YearRequest request) {
		return answer(governance.startNextYear(users.current(), request.year()));
	}

	@PostMapping("/types-of-work")
	@Operation(summary = "Add a type of work to the current assignment (editor, STU-1)")
	@ApiResponse(responseCode = "201", description = "Het type werk; Location wijst ernaar", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> addTypeOfWork(@RequestBody TypeOfWorkRequest request) {
		return answer(governance.addTypeOfWork(users.current(), request.name(), request.targetGroup(),
				request.desiredSituation()), "/api/v1/steering/types-of-work/");
	}

	@GetMapping("/reports/progress")
	@Operation(summary = "The half-yearly progress report as accessible PDF (STU-7)")
	@ApiResponse(responseCode = "200", description = "De voortgangsrapportage als PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<?> progress(@RequestParam int year, @RequestParam int half) {
		if (half < 1 || half > 2 || year < 2000 || year > 2100) {
			return Problems.invalid(List.of(new Problems.FieldProblem(half < 1 || half > 2 ? "half" : "year",
					half < 1 || half > 2 ? "Het halfjaar is 1 of 2." : "Het jaar ligt tussen 2000 en 2100.")));
		}
		return pdf(year, half);
	}

	@GetMapping("/reports/council")
	@Operation(summary = "The council overview of a year as accessible PDF (STU-7)")
	@ApiResponse(responseCode = "200", description = "Het raadsoverzicht als PDF", content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
	ResponseEntity<?> council(@RequestParam int year) {
		if (year < 2000 || year > 2100) {
			return Problems.invalid(List.of(new Problems.FieldProblem("year", "Het jaar ligt tussen 2000 en 2100.")));
		}
		return pdf(year, null);
	}

	private ResponseEntity<?> pdf(int year, @Nullable Integer half) {
		return governance.report(users.current(), year, half).<ResponseEntity<?>>map(report -> ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_PDF).body(ProgressReportPdf.of(report)))
				.orElseGet(GovernanceApiController::notFound);
	}

	/** A change that answers 200 with the id of what it changed. */
	private ResponseEntity<?> answer(Outcome<Long> result) {
		return answer(result, id -> ResponseEntity.ok(new Created(id)));
	}

	/** A creation: 201 with the new id and its Location. */
	private ResponseEntity<?> answer(Outcome<Long> result, String location) {
		return answer(result, id -> ResponseEntity.created(URI.create(location + id)).body(new Created(id)));
	}

	/**
	 * The platform's answers, except that an unknown part of the assignment is named as such and a refusal because
	 * of the state rather than the input is 409 with the reason.
	 */
	private ResponseEntity<?> answer(Outcome<Long> result, Function<Long, ResponseEntity<?>> whenDone) {
		return switch (result) {
			case Outcome.NotFound<Long> _ -> notFound();
			case Outcome.Refused<Long> refused when GovernanceService.stateConflict(refused) ->
					Problems.conflict(responses.message(refused.refusals().getFirst()));
			case Outcome.Done<Long> _, Outcome.Refused<Long> _, Outcome.Forbidden<Long> _, Outcome.Stale<Long> _ ->
					responses.toResponse(result, whenDone);
		};
	}

	private static ResponseEntity<?> notFound() {
		return Problems.of(HttpStatus.NOT_FOUND, "niet-gevonden", "Niet gevonden",
				"Dit onderdeel van de opdracht bestaat niet, of u mag het niet zien.");
	}

	@Schema(name = "SteeringCreated")
	record Created(long id) {}

	/** @param date ISO (2026-12-08) or Dutch (8-12-2026) */
	record MeetingRequest(@Nullable String type, @Nullable String date) {}

	record MinutesRequest(@Nullable String minutes, @Nullable String decision) {}

	record RhythmRequest(@Nullable Integer frequency, @Nullable Integer anchorMonth) {}

	/** @param fte and budget as Dutch text ("0,50", "45.000,00"); typeOfWorkId null for a new type of work */
	record NewRequest(@Nullable String title, @Nullable String currentSituation, @Nullable String desiredSituation,
			@Nullable String fit, @Nullable String fte, @Nullable String budget, @Nullable String sourceOfFunds,
			@Nullable Long typeOfWorkId, @Nullable String targetGroup) {}

	/** @param decision ACCEPTED or REJECTED */
	record DecisionRequest(@Nullable String decision, @Nullable String reason, @Nullable String date) {}

	record YearRequest(@Nullable Integer year) {}

	record TypeOfWorkRequest(@Nullable String name, @Nullable String targetGroup, @Nullable String desiredSituation) {}

	record CalendarRow(MeetingType type, String rhythm, MeetingRhythm.Kind kind, int frequency,
			@Nullable LocalDate lastHeld, @Nullable Long nextMeetingId, LocalDate due, boolean behind,
			@Nullable String warning) {

		static CalendarRow of(GovernanceCalendar.Row row) {
			return new CalendarRow(row.type(), row.rhythm().text(), row.rhythm().kind(), row.rhythm().frequency(),
					row.lastHeld() == null ? null : row.lastHeld().date(),
					row.nextPlanned() == null ? null : row.nextPlanned().id(), row.due(), row.isBehind(), row.warning());
		}
	}

	record MeetingSummary(long id, MeetingType type, String name, LocalDate date, @Nullable LocalDate changesSince,
			int items, int recordedItems) {

		static MeetingSummary of(Meeting meeting) {
			return new MeetingSummary(meeting.id(), meeting.type(), meeting.type().dutchName(), meeting.date(),
					meeting.changesSince(), meeting.items(), meeting.recordedItems());
		}
	}

	record ItemResponse(long id, int position, AgendaItemKind kind, @Nullable Long subjectId, String title,
			String detail, String minutes, String decision) {

		static ItemResponse of(AgendaItem item) {
			return new ItemResponse(item.id(), item.position(), item.kind(), item.subjectId(), item.title(), item.detail(),
					item.minutes(), item.decision());
		}
	}

	record MeetingResponse(MeetingSummary meeting, List<ItemResponse> agenda) {}

	record MeetingsResponse(List<CalendarRow> calendar, List<MeetingSummary> meetings) {}

	record RequestResponse(long id, String title, String currentSituation, String desiredSituation, String fit,
			BigDecimal fte, long budgetCents, String budget, String sourceOfFunds, @Nullable Long typeOfWorkId,
			TargetGroup targetGroup, AssignmentRequest.Status status, @Nullable String decisionReason,
			@Nullable LocalDate decidedOn, Instant submittedAt) {

		static RequestResponse of(AssignmentRequest request) {
			return new RequestResponse(request.id(), request.title(), request.currentSituation(),
					request.desiredSituation(), request.fit(), request.fte(), request.budgetCents(), request.budgetText(),
					request.sourceOfFunds(), request.typeOfWorkId(), request.targetGroup(), request.status(),
					request.decisionReason(), request.decidedOn(), request.submittedAt());
		}
	}
}
