package nl.jeugdregie.intake.internal.triage;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * TOE-4 in the REST API: a request's life-domain checklist and question clarification notes (case team), and
 * the municipality's life-domain list (read by all, replaced by the municipality's administrator).
 */
@RestController
@Tag(name = "Hulpvragen")
class TriageInventoryApiController {

	private final TriageInventoryService service;
	private final CurrentUsers users;
	private final MessageSource messages;

	TriageInventoryApiController(TriageInventoryService service, CurrentUsers users, MessageSource messages) {
		this.service = service;
		this.users = users;
		this.messages = messages;
	}

	record ChecklistBody(@Nullable List<TriageInventory.Answer> entries) {}

	record NoteBody(@Nullable String note) {}

	record LifeDomains(List<String> domains) {}

	record LifeDomainsBody(@Nullable List<String> domains) {}

	@GetMapping("/api/v1/help-requests/{id}/triage-inventory")
	@Operation(summary = "The life-domain checklist and question clarification notes of a request (TOE-4)")
	@ApiResponse(responseCode = "200", description = "De checklist en notities", content = @Content(schema = @Schema(implementation = TriageInventory.class)))
	ResponseEntity<?> inventory(@PathVariable UUID id) {
		return service.read(new HelpRequestId(id), users.current())
				.<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(Problems::notFound);
	}

	@PutMapping("/api/v1/help-requests/{id}/triage-inventory/checklist")
	@Operation(summary = "Record the life-domain checklist for the whole household during triage (TOE-4)")
	@ApiResponse(responseCode = "200", description = "De checklist en notities na de stap", content = @Content(schema = @Schema(implementation = TriageInventory.class)))
	ResponseEntity<?> checklist(@PathVariable UUID id, @RequestBody ChecklistBody body) {
		return respond(id, service.recordChecklist(new HelpRequestId(id),
				body.entries() == null ? List.of() : body.entries(), users.current()));
	}

	@PostMapping("/api/v1/help-requests/{id}/triage-inventory/clarification-notes")
	@Operation(summary = "Write a question clarification (vraagverheldering) note (TOE-4)")
	@ApiResponse(responseCode = "200", description = "De checklist en notities na de stap", content = @Content(schema = @Schema(implementation = TriageInventory.class)))
	ResponseEntity<?> note(@PathVariable UUID id, @RequestBody NoteBody body) {
		return respond(id, service.writeNote(new HelpRequestId(id), body.note(), users.current()));
	}

	@GetMapping("/api/v1/policy/life-domains")
	@Operation(summary = "The life domains of the caller's municipality for the triage checklist (TOE-4)")
	LifeDomains lifeDomains() {
		return new LifeDomains(service.lifeDomains(users.current().municipality()));
	}

	@PutMapping("/api/v1/policy/life-domains")
	@Operation(summary = "Replace the municipality's life-domain list (administrator); recorded checklists stay (TOE-4)")
	@ApiResponse(responseCode = "200", description = "De nieuwe lijst", content = @Content(schema = @Schema(implementation = LifeDomains.class)))
	ResponseEntity<?> replaceLifeDomains(@RequestBody LifeDomainsBody body) {
		return switch (service.replaceLifeDomains(body.domains() == null ? List.of() : body.domains(), users.current())) {
			case Outcome.Done<String> done -> ResponseEntity.ok(lifeDomains());
			case Outcome.Refused<String> refused -> invalid(refused.refusals());
			case Outcome.NotFound<String> _, Outcome.Forbidden<String> _ -> Problems.forbidden("Alleen de beheerder van de gemeente beheert de leefgebieden.");
			case Outcome.Stale<String> _ -> throw new IllegalStateException("Not versioned");
		};
	}

	private ResponseEntity<?> respond(UUID id, Outcome<String> result) {
		return switch (result) {
			case Outcome.Done<String> done -> inventory(id);
			case Outcome.Refused<String> refused when refused.refusals().getFirst().code().equals("intake.checklist.afterTriage") ->
					Problems.conflict(text(refused.refusals().getFirst()));
			case Outcome.Refused<String> refused -> invalid(refused.refusals());
			case Outcome.NotFound<String> _, Outcome.Forbidden<String> _ -> Problems.notFound();
			case Outcome.Stale<String> _ -> throw new IllegalStateException("Not versioned");
		};
	}

	private ResponseEntity<?> invalid(List<Refusal> refusals) {
		return Problems.invalid(refusals.stream().map(v -> new Problems.FieldProblem(v.field(), text(v))).toList());
	}

	private String text(Refusal refusal) {
		return messages.getMessage(refusal.code(), refusal.arguments().toArray(), LocaleContextHolder.getLocale());
	}
}
