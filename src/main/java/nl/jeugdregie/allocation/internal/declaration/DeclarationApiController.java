package nl.jeugdregie.allocation.internal.declaration;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.jeugdregie.allocation.internal.Outcomes;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** TOEW-9: declarations against allocations and an allocation's budget, in the REST API. */
@RestController
@Tag(name = "Toewijzing: declaraties", description = "Budget per allocation and declarations checked against it (TOEW-9)")
class DeclarationApiController {

	private final Declarations declarations;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	DeclarationApiController(Declarations declarations, CurrentUsers users, OutcomeResponses responses) {
		this.declarations = declarations;
		this.users = users;
		this.responses = responses;
	}

	record DeclarationBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String allocationNumber,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String periodFrom,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String periodUntil,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String units,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "84,50") @Nullable String tariff) {}

	/** How many declaration lines were accepted. */
	record Accepted(int accepted) {}

	@PostMapping("/api/v1/allocation/declarations")
	@Operation(summary = "Declare one line against an allocation; refused when outside its period, above its volume or at another tariff")
	@ApiResponse(responseCode = "201", description = "Aangenomen regels", content = @Content(schema = @Schema(implementation = Accepted.class)))
	ResponseEntity<?> declare(@RequestBody DeclarationBody body) {
		var user = users.current();
		var outcome = Outcomes.then(DeclarationInput.entered(body.allocationNumber(), body.periodFrom(), body.periodUntil(),
				body.units(), body.tariff()), lines -> declarations.declare(user, lines, "ENTERED"));
		return responses.toResponse(outcome, count -> ResponseEntity.status(201).body(new Accepted(count)));
	}

	@PostMapping(value = "/api/v1/allocation/declarations/import", consumes = "text/csv")
	@Operation(summary = "Read declarations as CSV (toewijzingnummer;van;tot;aantal;tarief); any refused line refuses the file, each saying why")
	@ApiResponse(responseCode = "200", description = "Aangenomen regels", content = @Content(schema = @Schema(implementation = Accepted.class)))
	ResponseEntity<?> importCsv(@RequestBody String csv) {
		var user = users.current();
		var outcome = Outcomes.then(DeclarationInput.csv(csv), lines -> declarations.declare(user, lines, "CSV"));
		return responses.toResponse(outcome, count -> ResponseEntity.ok(new Accepted(count)));
	}

	@GetMapping("/api/v1/allocation/allocations/{number}/budget")
	@Operation(summary = "An allocation's budget (volume × tariff in force) and what has been declared against it")
	@ApiResponse(responseCode = "200", description = "Het budget en wat ertegen is gedeclareerd", content = @Content(schema = @Schema(implementation = Declarations.BudgetView.class)))
	ResponseEntity<?> budget(@PathVariable long number) {
		return responses.toResponse(declarations.budget(users.current(), number), ResponseEntity::ok);
	}
}
