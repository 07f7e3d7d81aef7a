package nl.jeugdregie.messaging.internal.outgoing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.ProviderDirectory;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.OutcomeResponses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * TOEW-7: the municipality's outgoing JW301s through the REST API (ADR 0046): a provider fetches its own (paged, newest
 * first) and each message's XML; the municipality's staff see all of their municipality.
 */
@RestController
@Tag(name = "iJw-uitgaand", description = "The municipality's outgoing iJw messages (JW301) for providers to fetch (TOEW-7)")
class OutgoingApiController {

	/** One page of the outgoing list. */
	@Schema(name = "IjwOutgoingPage")
	record OutgoingPage(List<OutgoingMessages.Row> rows, long total, int page, long pages) {}

	private final OutgoingMessages messages;
	private final ProviderDirectory providers;
	private final CurrentUsers users;
	private final OutcomeResponses responses;

	OutgoingApiController(OutgoingMessages messages, ProviderDirectory providers, CurrentUsers users,
			OutcomeResponses responses) {
		this.messages = messages;
		this.providers = providers;
		this.users = users;
		this.responses = responses;
	}

	@GetMapping(value = "/api/v1/ijw/outgoing", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The outgoing JW301s, newest first, 25 a page; a provider sees only its own",
			responses = { @ApiResponse(responseCode = "200", description = "One page of the outgoing messages",
							content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE, schema = @Schema(implementation = OutgoingPage.class))),
					@ApiResponse(responseCode = "400", description = "A filter value that is not one of its kind (problem+json)") })
	ResponseEntity<?> list(
			@Parameter(description = "AGB code of the provider (staff only)") @RequestParam(name = "provider", required = false) @Nullable String provider,
			@Parameter(description = "The client's BSN") @RequestParam(name = "client", required = false) @Nullable String client,
			@Parameter(description = "An allocation number the message carries") @RequestParam(name = "allocation", required = false) @Nullable String allocation,
			@Parameter(description = "WAITING_BSN, INVALID, READY or SENT") @RequestParam(name = "status", required = false) @Nullable String status,
			@Parameter(description = "Page, from 1") @RequestParam(name = "page", required = false) @Nullable String page) {
		var user = users.current();
		var own = providers.providerOf(user);
		if (user.role() == Role.PROVIDER && own.isEmpty()) {
			return ResponseEntity.ok(new OutgoingPage(List.of(), 0, 1, 1));
		}
		return responses.toResponse(OutgoingFilter.of(provider, client, allocation, status, page), filter -> {
			var list = messages.list(user.municipality(), own.map(filter::withProvider).orElse(filter));
			return ResponseEntity.ok(new OutgoingPage(list.rows(), list.total(), list.filter().page(), list.pages()));
		});
	}

	@GetMapping(value = "/api/v1/ijw/outgoing/{id}", produces = MediaType.APPLICATION_XML_VALUE)
	@Operation(summary = "The XML of one outgoing JW301 (by the message id of a row; a provider only its own)",
			responses = { @ApiResponse(responseCode = "200", description = "The JW301 (XML)",
							content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string", description = "Het iJw-toewijzingsbericht (XML)"))),
					@ApiResponse(responseCode = "404", description = "Not found or not the provider's") })
	ResponseEntity<?> message(@PathVariable UUID id) {
		var user = users.current();
		var own = providers.providerOf(user);
		if (user.role() == Role.PROVIDER && own.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		return messages.body(user.municipality(), id)
				.filter(m -> own.isEmpty() || own.get().value().equals(m.providerAgb()))
				.<ResponseEntity<?>>map(m -> ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(m.body()))
				.orElseGet(() -> ResponseEntity.notFound().build());
	}
}
