package nl.jeugdregie.identity.internal.skj;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Locale;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** SEC-1: a professional's SKJ registration, for the REST API (the administrator of the account's municipality). */
@RestController
@RequestMapping("/api/v1/admin/users/{username}/skj-registration")
@Tag(name = "SKJ-registratie", description = "De registratie van een jeugdprofessional in het Kwaliteitsregister Jeugd (SEC-1)")
class SkjApiController {

	record SkjRegistrationBody(@Nullable String number, @Nullable LocalDate registeredUntil) {}

	private final SkjAdministration administration;
	private final JdbcSkjRegistrations registrations;
	private final CurrentUsers users;
	private final MessageSource messages;

	SkjApiController(SkjAdministration administration, JdbcSkjRegistrations registrations, CurrentUsers users,
			MessageSource messages) {
		this.administration = administration;
		this.registrations = registrations;
		this.users = users;
		this.messages = messages;
	}

	@GetMapping
	@Operation(summary = "The account's SKJ registration: 200; 404 when none is recorded or the account is of another municipality")
	@ApiResponse(responseCode = "200", description = "De registratie", content = @Content(schema = @Schema(implementation = SkjRegistrationBody.class)))
	ResponseEntity<?> get(@PathVariable String username) {
		if (registrations.displayNameOf(username, users.current().municipality()).isEmpty()) {
			return Problems.notFound();
		}
		return registrations.of(username)
				.<ResponseEntity<?>>map(r -> ResponseEntity.ok(new SkjRegistrationBody(r.number(), r.registeredUntil())))
				.orElseGet(Problems::notFound);
	}

	@PutMapping
	@Operation(summary = "Record or change the account's SKJ registration (both fields empty removes it): 200; 400 when invalid; 404")
	@ApiResponse(responseCode = "200", description = "De vastgelegde registratie", content = @Content(schema = @Schema(implementation = SkjRegistrationBody.class)))
	ResponseEntity<?> put(@PathVariable String username, @RequestBody SkjRegistrationBody body) {
		return switch (administration.save(users.current(), username, new SkjInput(body.number(), body.registeredUntil()))) {
			case SkjAdministration.Result.Saved saved -> ResponseEntity.ok(body);
			case SkjAdministration.Result.Refused(var refusals) -> Problems.invalid(refusals.stream()
					.map(r -> new Problems.FieldProblem(r.field().equals("skjNumber") ? "number" : "registeredUntil",
							messages.getMessage(r.code(), r.arguments().toArray(), Locale.of("nl", "NL"))))
					.toList());
			case SkjAdministration.Result.NotFound() -> Problems.notFound();
		};
	}
}
