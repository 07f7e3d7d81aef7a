package nl.jeugdregie.audit.internal.overview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The AVG article 15 overview as JSON, for the privacy officer (SEC-2): the same lines as the PDF. A POST, because
 * making the overview is recorded and the BSN does not belong in an address.
 */
@RestController
@RequestMapping("/api/v1/access-overviews")
@Tag(name = "Inzageoverzicht", description = "Who accessed a client's files, when and why (AVG article 15, SEC-2)")
class AccessOverviewApiController {

	private static final ReferenceIsBsnOrFileNumber RECOGNISED = new ReferenceIsBsnOrFileNumber();

	private final AccessOverviews overviews;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	AccessOverviewApiController(AccessOverviews overviews, CurrentUsers users, OutcomeResponses responses) {
		this.overviews = overviews;
		this.users = users;
		this.responses = responses;
	}

	@Schema(description = "The client: a BSN or a file number such as HV-0828-2026-000123")
	record OverviewRequest(@Schema(description = "BSN or file number", requiredMode = Schema.RequiredMode.REQUIRED,
			example = "HV-0828-2026-000123") @Nullable String reference) {}

	@PostMapping
	@Operation(summary = "Make the overview of accesses to a client's files; the making is recorded in the audit trail",
			responses = { @ApiResponse(responseCode = "200", description = "The overview, accesses oldest first",
					content = @Content(schema = @Schema(implementation = AccessOverview.class))),
					@ApiResponse(responseCode = "400", description = "Not a BSN or file number"),
					@ApiResponse(responseCode = "404", description = "No client of the municipality with this BSN or number") })
	ResponseEntity<?> make(@RequestBody OverviewRequest request) {
		var input = ReferenceInput.of(request.reference());
		var refusal = RECOGNISED.check(input);
		Outcome<AccessOverview> outcome = refusal.isPresent() ? Outcome.refused(List.<Refusal>of(refusal.get()))
				: overviews.make(users.current(), input.reference().orElseThrow(), OverviewFormat.API);
		return responses.toResponse(outcome, ResponseEntity::ok);
	}
}
