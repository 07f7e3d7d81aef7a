package nl.jeugdregie.messaging.internal.requests;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.ProviderDirectory;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.Role;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * TOEW-7 (ADR 0048): the municipality's answers (JW319) to providers' requests, fetched by the provider (only its
 * own) or read by the administrator. The provider answers each with a JW320 through {@code POST /api/v1/ijw/messages}.
 */
@RestController
@Tag(name = "iJw-antwoorden", description = "Antwoordberichten (JW319) van de gemeente op verzoeken om toewijzing of wijziging (TOEW-7)")
class RequestApiController {

	private final RequestRecords records;
	private final ProviderDirectory providers;
	private final CurrentUsers users;

	RequestApiController(RequestRecords records, ProviderDirectory providers, CurrentUsers users) {
		this.records = records;
		this.providers = providers;
		this.users = users;
	}

	@GetMapping(value = "/api/v1/ijw/answers", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The JW319 answers sent, newest first, 50 a page; a provider sees only its own",
			responses = @ApiResponse(responseCode = "200", description = "The answers",
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							array = @ArraySchema(schema = @Schema(implementation = RequestRecords.SentAnswer.class)))))
	ResponseEntity<List<RequestRecords.SentAnswer>> list(
			@Parameter(description = "Page, from 0") @RequestParam(defaultValue = "0") int page) {
		var user = users.current();
		var own = providers.providerOf(user);
		if (user.role() == Role.PROVIDER && own.isEmpty()) {
			return ResponseEntity.ok(List.of());
		}
		return ResponseEntity.ok(records.sentTo(user.municipality(), own.map(a -> a.value()).orElse(null), page));
	}

	@GetMapping(value = "/api/v1/ijw/answers/{id}", produces = MediaType.APPLICATION_XML_VALUE)
	@Operation(summary = "One JW319 answer as iJw XML (a provider only its own)",
			responses = { @ApiResponse(responseCode = "200", description = "The JW319 XML",
							content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE,
									schema = @Schema(type = "string", description = "Het iJw-antwoordbericht JW319 (XML)"))),
					@ApiResponse(responseCode = "404", description = "Not found or not the provider's") })
	ResponseEntity<?> answer(@PathVariable UUID id) {
		var user = users.current();
		var own = providers.providerOf(user);
		if (user.role() == Role.PROVIDER && own.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		return records.answerBody(user.municipality(), id)
				.filter(a -> own.isEmpty() || own.get().value().equals(a[1]))
				.<ResponseEntity<?>>map(a -> ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(a[0]))
				.orElseGet(() -> ResponseEntity.notFound().build());
	}
}
