package nl.jeugdregie.intake.internal.safety;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.web.Problems;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** TOE-14 in the REST API: the safety of a help request, for its case team only; answers with the safety file. */
@RestController
@RequestMapping("/api/v1/help-requests/{id}/safety")
@Tag(name = "Hulpvragen")
class SafetyApiController {

	private final SafetyService service;
	private final CurrentUsers users;
	private final MessageSource messages;

	SafetyApiController(SafetyService service, CurrentUsers users, MessageSource messages) {
		this.service = service;
		this.users = users;
		this.messages = messages;
	}

	record StepBody(@Nullable SafetyStep step, @Nullable LocalDate takenOn, @Nullable String note,
			@Nullable SafetyDecision decision) {}

	record PlanBody(@Nullable String agreements, @Nullable String responsible, @Nullable LocalDate reviewOn) {}

	record ActionBody(@Nullable SafetyActionKind kind, @Nullable LocalDate takenOn, @Nullable String outcome) {}

	record KeyDecisionBody(@Nullable String decision, @Nullable LocalDate decidedOn) {}

	record SafetyJson(SafetyFile safety, @Nullable SafetyStep nextStep) {}

	@GetMapping
	@Operation(summary = "The safety of a help request: meldcode steps, plans, actions, key decisions (TOE-14)")
	@ApiResponse(responseCode = "200", description = "De veiligheid van de hulpvraag", content = @Content(schema = @Schema(implementation = SafetyJson.class)))
	ResponseEntity<?> safety(@PathVariable UUID id) {
		return service.read(new HelpRequestId(id), users.current())
				.<ResponseEntity<?>>map(view -> ResponseEntity.ok(new SafetyJson(view.safety(), view.safety().nextStep())))
				.orElseGet(Problems::notFound);
	}

	@PostMapping("/steps")
	@Operation(summary = "Record the next step of the meldcode, with its date and note (TOE-14)")
	@ApiResponse(responseCode = "200", description = "De veiligheid na de stap", content = @Content(schema = @Schema(implementation = SafetyJson.class)))
	ResponseEntity<?> step(@PathVariable UUID id, @RequestBody StepBody body) {
		return respond(id, service.recordStep(new HelpRequestId(id), body.step(), body.takenOn(), body.note(),
				body.decision(), users.current()));
	}

	@PostMapping("/plans")
	@Operation(summary = "Record a safety plan: agreements, who, review date (TOE-14)")
	@ApiResponse(responseCode = "200", description = "De veiligheid na de stap", content = @Content(schema = @Schema(implementation = SafetyJson.class)))
	ResponseEntity<?> plan(@PathVariable UUID id, @RequestBody PlanBody body) {
		return respond(id, service.recordPlan(new HelpRequestId(id), body.agreements(), body.responsible(),
				body.reviewOn(), users.current()));
	}

	@PostMapping("/actions")
	@Operation(summary = "Record a report to Veilig Thuis, the protection table or a request to the Raad (TOE-14)")
	@ApiResponse(responseCode = "200", description = "De veiligheid na de stap", content = @Content(schema = @Schema(implementation = SafetyJson.class)))
	ResponseEntity<?> action(@PathVariable UUID id, @RequestBody ActionBody body) {
		return respond(id, service.recordAction(new HelpRequestId(id), body.kind(), body.takenOn(), body.outcome(),
				users.current()));
	}

	@PostMapping("/key-decisions")
	@Operation(summary = "Record a key decision not agreed with the parents; behavioural experts only (TOE-14)")
	@ApiResponse(responseCode = "200", description = "De veiligheid na de stap", content = @Content(schema = @Schema(implementation = SafetyJson.class)))
	ResponseEntity<?> keyDecision(@PathVariable UUID id, @RequestBody KeyDecisionBody body) {
		return respond(id, service.recordKeyDecision(new HelpRequestId(id), body.decision(), body.decidedOn(),
				users.current()));
	}

	private ResponseEntity<?> respond(UUID id, Outcome<String> result) {
		return switch (result) {
			case Outcome.Done<String> done -> safety(id);
			case Outcome.Refused<String> refused when refused.refusals().getFirst().code().endsWith("behaviouralExpertOnly") ->
					Problems.forbidden(text(refused.refusals().getFirst()));
			case Outcome.Refused<String> refused -> Problems.invalid(refused.refusals().stream()
					.map(v -> new Problems.FieldProblem(v.field(), text(v))).toList());
			case Outcome.NotFound<String> _, Outcome.Forbidden<String> _ -> Problems.notFound();
			case Outcome.Stale<String> _ -> throw new IllegalStateException("Not versioned");
		};
	}

	private String text(Refusal refusal) {
		return messages.getMessage(refusal.code(), refusal.arguments().toArray(), LocaleContextHolder.getLocale());
	}
}
