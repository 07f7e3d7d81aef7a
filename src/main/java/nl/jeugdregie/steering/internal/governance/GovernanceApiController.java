package nl.jeugdregie.steering.internal.governance;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.web.Problems;
import nl.jeugdregie.steering.internal.agenda.AgendaItemKind;
import nl.jeugdregie.steering.internal.assignment.RefusalMessages;
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
class GovernanceApiController {

	private final GovernanceService governance;
	private final RefusalMessages refusals;
	private final CurrentUsers users;

	GovernanceApiController(GovernanceService governance, RefusalMessages refusals, CurrentUsers users) {
		this.governance = governance;
		this.refusals = refusals;
		this.users = users;
	}

	@GetMapping("/meetings")
	MeetingsResponse meetings() {
		var overview = governance.overview(users.current());
		return new MeetingsResponse(overview.calendar().rows().stream().map(CalendarRow::of).toList(),
				overview.meetings().stream().map(MeetingSummary::of).toList());
	}

	@PostMapping("/meetings")
	ResponseEntity<?> plan(@RequestBody MeetingRequest request) {
		return answer(governance.planMeeting(users.current(), request.type(), request.date()), "/api/v1/steering/meetings/");
	}

	@GetMapping("/meetings/{id}")
	ResponseEntity<?> meeting(@PathVariable long id) {
		return governance.meeting(users.current(), id).<ResponseEntity<?>>map(detail -> ResponseEntity.ok(
				new MeetingResponse(MeetingSummary.of(detail.meeting()), detail.agenda().stream().map(ItemResponse::of).toList())))
				.orElseGet(GovernanceApiController::notFound);
	}

	@PostMapping("/meetings/{id}/agenda")
	ResponseEntity<?> refresh(@PathVariable long id) {
		return answer(governance.refreshAgenda(users.current(), id), null);
	}

	@PostMapping("/meetings/{id}/items/{itemId}/minutes")
	ResponseEntity<?> record(@PathVariable long id, @PathVariable long itemId, @RequestBody MinutesRequest request) {
		return answer(governance.record(users.current(), id, itemId, request.minutes(), request.decision()), null);
	}

	@PutMapping("/meeting-rhythm/{type}")
	ResponseEntity<?> rhythm(@PathVariable String type, @RequestBody RhythmRequest request) {
		return answer(governance.changeRhythm(users.current(), type, request.frequency(), request.anchorMonth()), null);
	}

	@GetMapping("/assignment-requests")
	List<RequestResponse> requests() {
		return governance.requests(users.current()).stream().map(RequestResponse::of).toList();
	}

	@PostMapping("/assignment-requests")
	ResponseEntity<?> submit(@RequestBody NewRequest request) {
		var input = new GovernanceService.RequestInput(request.title(), request.currentSituation(),
				request.desiredSituation(), request.fit(), request.fte(), request.budget(), request.sourceOfFunds(),
				request.typeOfWorkId(), request.targetGroup());
		return answer(governance.submitRequest(users.current(), input), "/api/v1/steering/assignment-requests/");
	}

	@GetMapping("/assignment-requests/{id}")
	ResponseEntity<?> request(@PathVariable long id) {
		return governance.request(users.current(), id).<ResponseEntity<?>>map(found -> ResponseEntity.ok(RequestResponse.of(found)))
				.orElseGet(GovernanceApiController::notFound);
	}

	@PostMapping("/assignment-requests/{id}/decision")
	ResponseEntity<?> decide(@PathVariable long id, @RequestBody DecisionRequest request) {
		return answer(governance.decide(users.current(), id, request.decision(), request.reason(), request.date()), null);
	}

	/** STU-1, STU-2: starts the next year's assignment as a copy of the latest one. */
	@PostMapping("/assignments")
	ResponseEntity<?> startYear(@RequestBody YearRequest request) {
		return answer(governance.startNextYear(users.current(), request.year()), null);
	}

	@PostMapping("/types-of-work")
	ResponseEntity<?> addTypeOfWork(@RequestBody TypeOfWorkRequest request) {
		return answer(governance.addTypeOfWork(users.current(), request.name(), request.targetGroup(),
				request.desiredSituation()), "/api/v1/steering/types-of-work/");
	}

	@GetMapping("/reports/progress")
	ResponseEntity<?> progress(@RequestParam int year, @RequestParam int half) {
		if (half < 1 || half > 2 || year < 2000 || year > 2100) {
			return Problems.invalid(List.of(new Problems.FieldProblem(half < 1 || half > 2 ? "half" : "year",
					half < 1 || half > 2 ? "Het halfjaar is 1 of 2." : "Het jaar ligt tussen 2000 en 2100.")));
		}
		return pdf(year, half);
	}

	@GetMapping("/reports/council")
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

	private ResponseEntity<?> answer(GovernanceChange result, @Nullable String location) {
		return switch (result) {
			case GovernanceChange.Done done -> location == null ? ResponseEntity.ok(new Created(done.id()))
					: ResponseEntity.created(URI.create(location + done.id())).body(new Created(done.id()));
			case GovernanceChange.NotFound notFound -> notFound();
			case GovernanceChange.Refused refused -> {
				if (refused.notPermitted()) {
					yield Problems.forbidden(refusals.message(refused.refusals().getFirst()));
				}
				if (refused.conflict()) {
					yield Problems.conflict(refusals.message(refused.refusals().getFirst()));
				}
				yield Problems.invalid(refusals.problems(refused.refusals()));
			}
		};
	}

	private static ResponseEntity<?> notFound() {
		return Problems.of(HttpStatus.NOT_FOUND, "niet-gevonden", "Niet gevonden",
				"Dit onderdeel van de opdracht bestaat niet, of u mag het niet zien.");
	}

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
