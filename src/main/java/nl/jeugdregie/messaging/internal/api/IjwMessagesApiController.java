package nl.jeugdregie.messaging.internal.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.messaging.AllocationsForMessaging;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.messaging.internal.incoming.IncomingMessages;
import nl.jeugdregie.messaging.internal.incoming.Origin;
import nl.jeugdregie.messaging.internal.incoming.Received;
import nl.jeugdregie.messaging.internal.xml.HardenedXml;
import nl.jeugdregie.messaging.internal.xml.XmlRefused;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * TOEW-7, BEY-5: providers deliver iJw messages (XML) and get the retour at once; with {@code check-only=true} the
 * retour the message would get, without effect (pre-check). A provider only sends, reads and searches its own.
 */
@RestController
@Tag(name = "iJw-berichten", description = "iJw 3.2 messages with providers: deliver, pre-check, retours and history (TOEW-7, BEY-5)")
class IjwMessagesApiController {

	private final IncomingMessages incoming;
	private final MessageHistory history;
	private final AllocationsForMessaging allocations;
	private final HardenedXml xml;
	private final CurrentUsers users;

	IjwMessagesApiController(IncomingMessages incoming, MessageHistory history, AllocationsForMessaging allocations,
			HardenedXml xml, CurrentUsers users) {
		this.incoming = incoming;
		this.history = history;
		this.allocations = allocations;
		this.xml = xml;
		this.users = users;
	}

	@PostMapping(value = "/api/v1/ijw/messages", consumes = { MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE },
			produces = { MediaType.APPLICATION_XML_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE })
	@Operation(summary = "Deliver a JW305, JW307, JW315, JW317 or JW323 (UTF-8, at most 10 MB) and get its retour (JW306/JW308/JW316/JW318) or declaration answer (JW325), or a JW302 or JW320 retour (204); check-only judges without effect",
			responses = { @ApiResponse(responseCode = "200", description = "The retour; header X-Ijw-Accepted says whether it was taken",
							content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string", description = "Het iJw-retourbericht (XML)"))),
					@ApiResponse(responseCode = "204", description = "A JW302 (on a JW301) or JW320 (on a JW319) was recorded with the message it answers; header X-Ijw-Accepted says whether the provider took that message, X-Ijw-Linked whether it was found"),
					@ApiResponse(responseCode = "400", description = "Not readable as an iJw message (problem+json)"),
					@ApiResponse(responseCode = "403", description = "Another sender or receiver than the account's"),
					@ApiResponse(responseCode = "413", description = "Larger than the limit") })
	ResponseEntity<?> deliver(HttpServletRequest request,
			@Parameter(description = "Only judge, store and apply nothing") @RequestParam(name = "check-only", defaultValue = "false") boolean checkOnly)
			throws IOException {
		var user = users.current();
		var provider = allocations.providerAgb(user);
		if (provider.isEmpty()) {
			return problem(HttpStatus.FORBIDDEN, "Dit account hoort niet bij een aanbieder.");
		}
		// Read at most one byte over the limit, so a 50 MB upload is refused without holding it.
		var body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, xml.maxBytes() + 1));
		var received = incoming.receive(body, new Origin(user.municipality(), provider.get()), checkOnly);
		return switch (received) {
			case Received.Refused refused -> problem(refused.kind() == XmlRefused.Kind.TOO_LARGE ? HttpStatus.CONTENT_TOO_LARGE
					: HttpStatus.BAD_REQUEST, refused.reason());
			case Received.NotYours notYours -> problem(HttpStatus.FORBIDDEN,
					"Het bericht noemt een andere afzender of ontvanger dan dit account.");
			case Received.Answered answered -> {
				var response = ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
						.header("X-Ijw-Accepted", String.valueOf(answered.accepted()))
						.header("X-Ijw-Retour-Type", answered.retourType().name());
				if (answered.id() != null) {
					response = response.location(URI.create("/api/v1/ijw/messages/" + answered.id() + "/retour"));
				}
				yield response.body(answered.retour());
			}
			case Received.Recorded recorded -> ResponseEntity.noContent()
					.header("X-Ijw-Accepted", String.valueOf(recorded.accepted()))
					.header("X-Ijw-Linked", String.valueOf(recorded.linked())).build();
		};
	}

	@GetMapping(value = "/api/v1/ijw/messages/{id}/retour", produces = MediaType.APPLICATION_XML_VALUE)
	@Operation(summary = "The retour of a delivered message (a provider only its own)",
			responses = { @ApiResponse(responseCode = "200", description = "The retour XML",
							content = @Content(mediaType = MediaType.APPLICATION_XML_VALUE, schema = @Schema(type = "string", description = "Het iJw-retourbericht (XML)"))),
					@ApiResponse(responseCode = "404", description = "Not found or not the provider's") })
	ResponseEntity<?> retour(@PathVariable UUID id) {
		var user = users.current();
		var own = allocations.providerAgb(user);
		if (user.role() == Role.PROVIDER && own.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		return history.retour(user.municipality(), id)
				.filter(r -> own.isEmpty() || own.get().value().equals(r.providerAgb()))
				.<ResponseEntity<?>>map(r -> ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(r.body()))
				.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@GetMapping(value = "/api/v1/ijw/messages", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The messages in and out with their retour codes, newest first, 50 a page; a provider sees only its own")
	ResponseEntity<List<MessageHistory.Entry>> list(@RequestParam(required = false) @Nullable String client,
			@RequestParam(required = false) @Nullable Long allocation, @RequestParam(required = false) @Nullable String provider,
			@RequestParam(defaultValue = "0") int page) {
		var user = users.current();
		var own = allocations.providerAgb(user);
		if (user.role() == Role.PROVIDER && own.isEmpty()) {
			return ResponseEntity.ok(List.of());
		}
		var providerFilter = own.map(a -> a.value()).orElse(provider);
		return ResponseEntity.ok(history.search(user.municipality(), providerFilter, client, allocation, page));
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(ProblemDetail.forStatusAndDetail(status, detail));
	}
}
