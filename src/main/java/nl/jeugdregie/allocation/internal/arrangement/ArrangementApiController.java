package nl.jeugdregie.allocation.internal.arrangement;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.internal.Outcomes;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.platform.api.IfMatch;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.OutcomeResponses;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * TOEW-2: arrangements in the REST API, for the help request's team. A change names the arrangement's version in
 * {@code If-Match} (also its ETag): stale answers 409 and saves nothing.
 */
@RestController
@RequestMapping("/api/v1/allocation/arrangements")
@Tag(name = "Toewijzing: arrangementen", description = "The arrangement agreed in the triangle (TOEW-2)")
public class ArrangementApiController {

	private final ArrangementService arrangements;
	private final CurrentUsers users;
	private final OutcomeResponses responses;
	private final Clock clock;

	ArrangementApiController(ArrangementService arrangements, CurrentUsers users, OutcomeResponses responses, Clock clock) {
		this.arrangements = arrangements;
		this.users = users;
		this.responses = responses;
		this.clock = clock;
	}

	record StartBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String helpRequestId) {}

	record LineBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String productId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String providerId,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "In the product's unit and frequency") @Nullable String volume,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String validFrom,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @Nullable String validUntil,
			@Schema(description = "The family plan's goal this product serves") @Nullable String goal) {}

	record AgreementBody(@Schema(description = "Empty: today") @Nullable String agreedOn) {}

	@Schema(name = "ArrangementLine")
	record LineResponse(int position, UUID productId, UUID providerId, UUID contractId, int volume, LocalDate validFrom,
			LocalDate validUntil, String goal) {}

	public record ArrangementResponse(UUID id, UUID helpRequestId, String state, @Nullable LocalDate familyAgreedOn,
			List<LineResponse> lines, long version) {

		static ArrangementResponse of(Arrangement arrangement) {
			LocalDate agreed = switch (arrangement.state()) {
				case ArrangementState.Composing c -> null;
				case ArrangementState.AgreedByFamily a -> a.on();
				case ArrangementState.Decided d -> d.agreedOn();
			};
			String state = switch (arrangement.state()) {
				case ArrangementState.Composing c -> "COMPOSING";
				case ArrangementState.AgreedByFamily a -> "AGREED_BY_FAMILY";
				case ArrangementState.Decided d -> "DECIDED";
			};
			return new ArrangementResponse(arrangement.id().value(), arrangement.helpRequest().value(), state, agreed,
					arrangement.lines().stream().map(line -> new LineResponse(line.position(), line.product().value(),
							line.provider().value(), line.contract().value(), line.volume(), line.period().from(),
							line.period().until(), line.goal())).toList(), arrangement.version());
		}
	}

	@PostMapping
	@Operation(summary = "Start the arrangement for a help request with an application (TOE-8); the existing one if there is one")
	@ApiResponse(responseCode = "201", description = "Het arrangement; Location wijst ernaar, ETag is de versie", content = @Content(schema = @Schema(implementation = ArrangementResponse.class)))
	ResponseEntity<?> start(@RequestBody StartBody body) {
		var user = users.current();
		var id = ArrangementInput.uuid(body.helpRequestId());
		Outcome<ArrangementId> outcome = id == null ? Outcome.refused(Refusal.of("helpRequestId", "allocation.arrangement.helpRequest.required"))
				: arrangements.start(user, new HelpRequestId(id));
		return responses.toResponse(Outcomes.then(outcome, started -> arrangements.open(user, started)),
				opened -> ResponseEntity.created(URI.create("/api/v1/allocation/arrangements/" + opened.arrangement().id()))
						.eTag(etag(opened.arrangement().version())).body(ArrangementResponse.of(opened.arrangement())));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One arrangement with its products; its version is also the ETag")
	@ApiResponse(responseCode = "200", description = "Het arrangement; ETag is de versie", content = @Content(schema = @Schema(implementation = ArrangementResponse.class)))
	ResponseEntity<?> arrangement(@PathVariable UUID id) {
		return responses.toResponse(arrangements.open(users.current(), new ArrangementId(id)),
				opened -> ResponseEntity.ok().eTag(etag(opened.arrangement().version()))
						.body(ArrangementResponse.of(opened.arrangement())));
	}

	@PostMapping("/{id}/lines")
	@Operation(summary = "Add a product from a provider contracted for it (TOEW-2, TOEW-3); If-Match: the version")
	@ApiResponse(responseCode = "200", description = "Het arrangement na de stap; ETag is de nieuwe versie", content = @Content(schema = @Schema(implementation = ArrangementResponse.class)))
	ResponseEntity<?> addLine(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody LineBody body) {
		var version = IfMatch.version(ifMatch);
		if (version == null) {
			return Problems.versionRequired();
		}
		var user = users.current();
		var outcome = Outcomes.then(ArrangementInput.line(version, body.productId(), body.providerId(), body.volume(),
				body.validFrom(), body.validUntil(), body.goal()), line -> arrangements.addLine(user, new ArrangementId(id), line));
		return responses.toResponse(outcome, arrangement -> ResponseEntity.ok().eTag(etag(arrangement.version()))
				.body(ArrangementResponse.of(arrangement)));
	}

	@PostMapping("/{id}/agreement")
	@Operation(summary = "Record that the young person or parents agree to the arrangement; If-Match: the version")
	@ApiResponse(responseCode = "200", description = "Het arrangement na de stap; ETag is de nieuwe versie", content = @Content(schema = @Schema(implementation = ArrangementResponse.class)))
	ResponseEntity<?> agree(@PathVariable UUID id, @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
			@RequestBody(required = false) @Nullable AgreementBody body) {
		var version = IfMatch.version(ifMatch);
		if (version == null) {
			return Problems.versionRequired();
		}
		var text = body == null ? null : body.agreedOn();
		var on = text == null || text.isBlank() ? java.util.Optional.of(LocalDate.now(clock)) : DutchFormat.parseDate(text);
		if (on.isEmpty()) {
			return responses.toResponse(Outcome.refused(Refusal.of("agreedOn", "allocation.date.invalid")), none -> ResponseEntity.ok().build());
		}
		return responses.toResponse(arrangements.agree(users.current(), new ArrangementId(id), version, on.get()),
				arrangement -> ResponseEntity.ok().eTag(etag(arrangement.version())).body(ArrangementResponse.of(arrangement)));
	}

	public static String etag(long version) {
		return "\"" + version + "\"";
	}

}
