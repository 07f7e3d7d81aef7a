package nl.jeugdregie.plans.internal.socialwork;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.plans.SocialWorkTrajectoryId;
import nl.jeugdregie.plans.internal.futureplan.FuturePlanViews;
import nl.jeugdregie.plans.internal.household.InvalidPlanProblems;
import nl.jeugdregie.platform.api.IfMatch;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Individual social work for adults in the REST API (PLAN-8, PLAN-9), with the same rules, access and audit as
 * the UI. A change names the trajectory's {@code version} in {@code If-Match}: a stale version answers 409. A step
 * the rules forbid (a third clarification conversation, a step in the wrong state, a minor) answers 422.
 */
@RestController
@RequestMapping("/api/v1/social-work")
@Tag(name = "Maatschappelijk werk", description = "Individual social work trajectories for adults (PLAN-8, PLAN-9)")
class SocialWorkApiController {

	private final SocialWorkService service;
	private final CurrentUsers users;
	private final MessageSource messages;

	SocialWorkApiController(SocialWorkService service, CurrentUsers users, MessageSource messages) {
		this.service = service;
		this.users = users;
		this.messages = messages;
	}

	record Created(UUID id) {}

	record Contact(UUID id, String kind, LocalDate heldOn, String initiatedBy, String summary) {}

	record ClockResponse(LocalDate firstConversationDue, LocalDate firstConversationLimit,
			@Nullable Boolean firstConversationWithinTerm, @Nullable Boolean firstConversationWithinLimit,
			@Nullable LocalDate plannedEnd, @Nullable LocalDate evaluationDue, @Nullable LocalDate nextContactDue,
			String signal, String signalText) {

		static ClockResponse of(SocialWorkClock c) {
			return new ClockResponse(c.firstConversationDue(), c.firstConversationLimit(), c.firstConversationWithinTerm(),
					c.firstConversationWithinLimit(), c.plannedEnd(), c.evaluationDue(), c.nextContactDue(),
					c.signal().name(), c.signal().dutchName());
		}
	}

	record TrajectoryResponse(UUID id, String number, String residentName, LocalDate residentDateOfBirth,
			String question, LocalDate registeredOn, String state, @Nullable LocalDate firstConversationOn,
			@Nullable LocalDate clarifiedOn, @Nullable String clarifiedQuestion, @Nullable String kind,
			@Nullable Integer contactRhythmWeeks, @Nullable LocalDate closedOn, @Nullable String exitRoute, long version,
			ClockResponse clock, List<Contact> contacts) {

		static TrajectoryResponse of(SocialWorkViews.Trajectory view) {
			var t = view.trajectory();
			var state = t.state();
			var running = state instanceof TrajectoryState.InTrajectory r ? r : null;
			var closed = state instanceof TrajectoryState.Closed c ? c : null;
			return new TrajectoryResponse(t.id().value(), t.number(), t.residentName(), t.residentDateOfBirth(),
					t.question(), t.registeredOn(), state.code(), state.firstConversation(),
					running != null ? running.clarifiedOn() : closed != null ? closed.clarifiedOn() : null,
					running != null ? running.clarifiedQuestion() : null, running != null ? running.kind().name() : null,
					running != null ? running.rhythmWeeks() : null, closed != null ? closed.closedOn() : null,
					closed != null ? closed.exitRoute().name() : null, t.version(), ClockResponse.of(view.clock()),
					t.contacts().stream().map(c -> new Contact(c.id(), c.kind().name(), c.heldOn(), c.initiatedBy().name(),
							c.summary())).toList());
		}
	}

	@Schema(name = "SocialWorkWorklistRow")
	record WorklistRow(UUID id, String number, String state, String signal, String signalText,
			@Nullable LocalDate dueOn) {

		static WorklistRow of(SocialWorkViews.Trajectory view) {
			var clock = view.clock();
			var due = switch (view.trajectory().state()) {
				case TrajectoryState.Registered r -> clock.firstConversationDue();
				case TrajectoryState.InTrajectory t -> clock.evaluationDue() != null ? clock.evaluationDue() : clock.nextContactDue();
				case TrajectoryState.Clarifying _, TrajectoryState.Closed _ -> null;
			};
			return new WorklistRow(view.trajectory().id().value(), view.trajectory().number(),
					view.trajectory().state().code(), clock.signal().name(), clock.signal().dutchName(), due);
		}
	}

	@Schema(name = "SocialWorkWorklist")
	record WorklistResponse(List<WorklistRow> evaluationReminders, List<WorklistRow> open) {}

	@PostMapping("/trajectories")
	@Operation(summary = "Register an adult resident's request for individual social work (PLAN-8)")
	@ApiResponse(responseCode = "201", description = "Aangemaakt; Location wijst naar het traject", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> register(@RequestBody SocialWorkCommands.NewTrajectory body) {
		var outcome = service.register(body, users.current());
		if (outcome instanceof Outcome.Done<UUID> saved) {
			return ResponseEntity.created(URI.create("/api/v1/social-work/trajectories/" + saved.value()))
					.body(new Created(saved.value()));
		}
		return answer(outcome);
	}

	@GetMapping("/trajectories/{id}")
	@Operation(summary = "A trajectory: state, contacts and its clock (first-conversation terms, end, evaluation)")
	@ApiResponse(responseCode = "200", description = "Het traject; ETag is de versie", content = @Content(schema = @Schema(implementation = TrajectoryResponse.class)))
	ResponseEntity<?> trajectory(@PathVariable UUID id) {
		return switch (service.open(new SocialWorkTrajectoryId(id), users.current(), "Traject maatschappelijk werk bekeken (API)")) {
			case FuturePlanViews.Opening.Opened<SocialWorkViews.Trajectory> opened -> ResponseEntity.ok()
					.eTag("\"" + opened.view().trajectory().version() + "\"").body(TrajectoryResponse.of(opened.view()));
			case FuturePlanViews.Opening.NotFound<SocialWorkViews.Trajectory> n -> Problems.notFound();
			case FuturePlanViews.Opening.Forbidden<SocialWorkViews.Trajectory> f -> forbidden();
		};
	}

	@PostMapping("/trajectories/{id}/clarification-conversations")
	@Operation(summary = "Record a question-clarification conversation (at most 2); If-Match: the trajectory's version")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> conversation(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody SocialWorkCommands.Conversation body) {
		var version = IfMatch.version(ifMatch);
		return version == null ? Problems.versionRequired()
				: answer(service.recordClarificationConversation(new SocialWorkTrajectoryId(id), version, body, users.current()));
	}

	@PostMapping("/trajectories/{id}/clarification")
	@Operation(summary = "Complete the clarification: a regular trajectory or steun en leun with its contact rhythm")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> clarified(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody SocialWorkCommands.Clarified body) {
		var version = IfMatch.version(ifMatch);
		return version == null ? Problems.versionRequired()
				: answer(service.completeClarification(new SocialWorkTrajectoryId(id), version, body, users.current()));
	}

	@PostMapping("/trajectories/{id}/contacts")
	@Operation(summary = "Record a contact or the evaluation during the trajectory; If-Match: the trajectory's version")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> contact(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody SocialWorkCommands.NewContact body) {
		var version = IfMatch.version(ifMatch);
		return version == null ? Problems.versionRequired()
				: answer(service.recordContact(new SocialWorkTrajectoryId(id), version, body, users.current()));
	}

	@PostMapping("/trajectories/{id}/closure")
	@Operation(summary = "Close the trajectory with its exit route (PLAN-8); If-Match: the trajectory's version")
	@ApiResponse(responseCode = "201", description = "Vastgelegd", content = @Content(schema = @Schema(implementation = Created.class)))
	ResponseEntity<?> close(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody SocialWorkCommands.Closure body) {
		var version = IfMatch.version(ifMatch);
		return version == null ? Problems.versionRequired()
				: answer(service.close(new SocialWorkTrajectoryId(id), version, body, users.current()));
	}

	@GetMapping("/worklist")
	@Operation(summary = "The team's open trajectories, most urgent first, with the evaluation reminders")
	@ApiResponse(responseCode = "200", description = "De werklijst", content = @Content(schema = @Schema(implementation = WorklistResponse.class)))
	ResponseEntity<?> worklist() {
		var worklist = service.worklist(users.current());
		return ResponseEntity.ok(new WorklistResponse(worklist.reminders().stream().map(WorklistRow::of).toList(),
				worklist.open().stream().map(WorklistRow::of).toList()));
	}

	private ResponseEntity<?> answer(Outcome<UUID> outcome) {
		return switch (outcome) {
			case Outcome.Done<UUID> saved -> ResponseEntity.status(HttpStatus.CREATED).body(new Created(saved.value()));
			case Outcome.Refused<UUID> invalid -> InvalidPlanProblems.of(messages, invalid, SocialWorkController::isRefusal,
					"stap-niet-toegestaan", "Stap niet toegestaan");
			case Outcome.Stale<UUID> stale -> Problems.conflict(
					"Iemand anders heeft dit traject net gewijzigd. Haal de nieuwe versie op en probeer het opnieuw.");
			case Outcome.NotFound<UUID> notFound -> Problems.notFound();
			case Outcome.Forbidden<UUID> refused -> forbidden();
		};
	}

	private static ResponseEntity<?> forbidden() {
		return Problems.forbidden("Alleen het team van dit traject ziet en wijzigt het.");
	}
}
