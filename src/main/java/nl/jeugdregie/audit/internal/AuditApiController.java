package nl.jeugdregie.audit.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import nl.jeugdregie.audit.internal.AccessHistoryQuery.InvalidAccessHistoryQuery;
import nl.jeugdregie.identity.CurrentUsers;
import nl.jeugdregie.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail for the application administrator (SEC-2); the security rules admit only that role. The
 * access history covers the administrator's own municipality only.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audittrail", description = "The tamper-evident audit trail: verifying the chain and reading the access history (SEC-2)")
class AuditApiController {

	/** Response header: true when more rows matched than were returned. */
	static final String TRUNCATED_HEADER = "Result-Truncated";
	/** Response header: the most rows the access history returns. */
	static final String LIMIT_HEADER = "Result-Limit";

	private final AccessHistory history;
	private final AuditChainVerifier verifier;
	private final CurrentUsers users;
	private final MessageSource messages;

	AuditApiController(AccessHistory history, AuditChainVerifier verifier, CurrentUsers users, MessageSource messages) {
		this.history = history;
		this.verifier = verifier;
		this.users = users;
		this.messages = messages;
	}

	/** Whether the chain is intact; the first broken row otherwise. */
	record VerificationResponse(boolean intact, long rowsChecked, @Nullable Long brokenRowId, @Nullable String problem,
			String summary) {

		static VerificationResponse of(ChainVerification verification) {
			return new VerificationResponse(verification.intact(), verification.rowsChecked(), verification.brokenRowId(),
					verification.problem() == null ? null : verification.problem().name(), verification.summary());
		}
	}

	@GetMapping("/verification")
	@Operation(summary = "Check the municipality's audit chain: intact, or the first broken row (SEC-2)")
	VerificationResponse verification() {
		return VerificationResponse.of(verifier.verify());
	}

	/** Newest first, at most {@link AccessHistory#LIMIT} rows; the headers tell whether more matched. */
	@GetMapping("/access-history")
	@Operation(summary = "The access history of the municipality's client files, newest first, filtered by client or subject (SEC-2, NEN 7513)")
	ResponseEntity<List<AccessHistoryEntry>> accessHistory(@RequestParam(required = false) @Nullable String client,
			@RequestParam(required = false) @Nullable String subject) {
		var result = history.find(users.current().municipality(), AccessHistoryQuery.of(client, subject));
		return ResponseEntity.ok()
				.header(TRUNCATED_HEADER, Boolean.toString(result.truncated()))
				.header(LIMIT_HEADER, Integer.toString(AccessHistory.LIMIT))
				.body(result.entries());
	}

	@ExceptionHandler(InvalidAccessHistoryQuery.class)
	ResponseEntity<ProblemDetail> invalidQuery(InvalidAccessHistoryQuery e) {
		return Problems.of(HttpStatus.BAD_REQUEST, "ongeldige-parameter", "Ongeldige parameter",
				messages.getMessage(e.messageKey(), null, LocaleContextHolder.getLocale()));
	}
}
