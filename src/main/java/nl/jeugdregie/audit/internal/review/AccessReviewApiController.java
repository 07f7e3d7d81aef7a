package nl.jeugdregie.audit.internal.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The break-the-glass review in the REST API (SEC-2): the team lead's list of reads with a reason on her team's
 * files, and her decision; the privacy officer reads every team's list. Security admits the two roles; the service
 * decides per item (another team's or municipality's item answers 404).
 */
@RestController
@RequestMapping("/api/v1/access-reviews")
@Tag(name = "Inzage met reden", description = "Review of reads with a reason by colleagues outside the file's team (SEC-2)")
class AccessReviewApiController {

	private final AccessReviews reviews;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	AccessReviewApiController(AccessReviews reviews, CurrentUsers users, OutcomeResponses responses) {
		this.reviews = reviews;
		this.users = users;
		this.responses = responses;
	}

	@Schema(name = "AccessReviewDecisionBody", description = "A team lead's decision on a read with a reason")
	record DecisionBody(
			@Schema(description = "JUSTIFIED (gerechtvaardigd) or REPORTED (gemeld)", requiredMode = Schema.RequiredMode.REQUIRED,
					allowableValues = { "JUSTIFIED", "REPORTED" }) @Nullable String decision,
			@Schema(description = "Why the read is reported (required for REPORTED), at most 500 characters")
			@Nullable String explanation,
			@Schema(description = "The item's version the decision is made on; another answers 409. Absent: the current one")
			@Nullable Long version) {}

	@GetMapping
	@Operation(summary = "The review list: open items (overdue first), then decided ones; the lead's team, or every team for the privacy officer",
			responses = @ApiResponse(responseCode = "200", description = "The list",
					content = @Content(schema = @Schema(implementation = ReviewOverview.class))))
	ResponseEntity<?> list() {
		return responses.toResponse(reviews.list(users.current()), ResponseEntity::ok);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One review item (its id is the audit row's)",
			responses = { @ApiResponse(responseCode = "200", description = "The item",
					content = @Content(schema = @Schema(implementation = ReviewEntry.class))),
					@ApiResponse(responseCode = "404", description = "No such item for this user") })
	ResponseEntity<?> item(@PathVariable long id) {
		return responses.toResponse(reviews.item(users.current(), id), ResponseEntity::ok);
	}

	@PostMapping("/{id}/decision")
	@Operation(summary = "Mark the read justified or report it, once; the team's lead only",
			responses = { @ApiResponse(responseCode = "200", description = "Decided; the item as it is now",
					content = @Content(schema = @Schema(implementation = ReviewEntry.class))),
					@ApiResponse(responseCode = "400", description = "No decision, or a report without explanation, or already decided"),
					@ApiResponse(responseCode = "403", description = "The privacy officer reads only"),
					@ApiResponse(responseCode = "404", description = "No such item for this user"),
					@ApiResponse(responseCode = "409", description = "Someone decided first (currentVersion)") })
	ResponseEntity<?> decide(@PathVariable long id, @RequestBody DecisionBody body) {
		return responses.toResponse(reviews.decide(users.current(), id, ProposedReview.of(body.decision(), body.explanation()),
				body.version()), ResponseEntity::ok);
	}
}
