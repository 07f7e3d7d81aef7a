package nl.jeugdregie.signin.internal.secondfactor;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who of the administrator's municipality logs in with a code, and resetting a second step, for the REST API. */
@RestController
@RequestMapping("/api/v1/admin/second-factors")
@Tag(name = "Tweede stap", description = "Inloggen met een code uit een app: wie het gebruikt, en herstellen (applicatiebeheerder)")
class SecondFactorAdminApiController {

	record SecondFactorResponse(String username, String displayName, String role, boolean enrolled,
			@Nullable Instant enrolledAt) {}

	private final SecondFactors factors;
	private final CurrentUsers users;

	SecondFactorAdminApiController(SecondFactors factors, CurrentUsers users) {
		this.factors = factors;
		this.users = users;
	}

	@GetMapping
	@Operation(summary = "The active accounts of the caller's municipality and whether each logs in with a code")
	List<SecondFactorResponse> list() {
		return factors.ofMunicipality(users.current()).stream()
				.map(a -> new SecondFactorResponse(a.username(), a.displayName(), a.role(), a.enrolledAt() != null,
						a.enrolledAt()))
				.toList();
	}

	@PostMapping("/{username}/reset")
	@Operation(summary = "Remove an account's second step (lost phone): 204; 404 when it has none or is of another municipality")
	@ApiResponse(responseCode = "204", description = "De tweede stap is verwijderd")
	ResponseEntity<ProblemDetail> reset(@PathVariable String username) {
		if (!factors.reset(users.current(), username)) {
			return Problems.of(HttpStatus.NOT_FOUND, "niet-gevonden", "Niet gevonden",
					"Dit account heeft geen tweede stap, of het hoort niet bij uw gemeente.");
		}
		return ResponseEntity.noContent().build();
	}
}
