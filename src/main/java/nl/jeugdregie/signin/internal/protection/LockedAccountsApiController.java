package nl.jeugdregie.signin.internal.protection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Locked accounts of the administrator's municipality, and lifting a lock, for the REST API. */
@RestController
@RequestMapping("/api/v1/admin/locked-accounts")
@Tag(name = "Vergrendelde accounts", description = "Accounts locked after failed logins, and lifting a lock (administrator)")
class LockedAccountsApiController {

	record LockedAccountResponse(String username, String displayName, int failures, Instant lockedUntil) {}

	private final LockedAccounts locked;
	private final CurrentUsers users;

	LockedAccountsApiController(LockedAccounts locked, CurrentUsers users) {
		this.locked = locked;
		this.users = users;
	}

	@GetMapping
	@Operation(summary = "The accounts of the caller's municipality that are locked now")
	List<LockedAccountResponse> list() {
		return locked.of(users.current()).stream()
				.map(a -> new LockedAccountResponse(a.username(), a.displayName(), a.failures(), a.lockedUntil()))
				.toList();
	}

	@PostMapping("/{username}/unlock")
	@Operation(summary = "Lift the lock of an account: 204; 404 when it is not locked or of another municipality")
	@ApiResponse(responseCode = "204", description = "Het slot is opgeheven")
	ResponseEntity<ProblemDetail> unlock(@PathVariable String username) {
		if (!locked.unlock(users.current(), username)) {
			return Problems.of(HttpStatus.NOT_FOUND, "niet-gevonden", "Niet gevonden",
					"Dit account is niet vergrendeld, of het hoort niet bij uw gemeente.");
		}
		return ResponseEntity.noContent().build();
	}
}
