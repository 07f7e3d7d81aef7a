package nl.jeugdregie.audit;

import java.util.Optional;
import java.util.function.Function;
import nl.jeugdregie.identity.CaseAccess;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.platform.result.Outcome;
import org.springframework.stereotype.Component;

/**
 * The one step that opens a client file for a change (issue 18 item 4): the caller loads it, this step decides
 * (with {@link nl.jeugdregie.identity.CaseAccessPolicy} or the module's own rule built on it), audits a refusal
 * in the trail of the municipality that holds the file (NEN 7513, SEC-2), and hands back the file or the outcome.
 * Only the case team changes a file: a user of another municipality learns nothing (not found); any other user
 * outside the caseload is forbidden. A change itself is audited by the caller, with what it changed.
 */
@Component
public class ClientFileOpening {

	/** The message code of the forbidden outcome: the file is not in the user's caseload. */
	public static final String NOT_IN_CASELOAD = "clientfile.notInCaseload";

	private final AuditTrail audit;

	ClientFileOpening(AuditTrail audit) {
		this.audit = audit;
	}

	/**
	 * What the trail says of a refused change: {@code known} of a file that exists, {@code unknown} of one that does
	 * not, which the trail names {@code unknownSubject} (an identifier, never personal data).
	 */
	public record RefusalText(String known, String unknownSubject, String unknown) {

		public RefusalText {
			if (known.isBlank() || unknownSubject.isBlank() || unknown.isBlank()) {
				throw new IllegalArgumentException("A refused opening says what was refused");
			}
		}

		/** The same text for a file that exists and for one that does not. */
		public static RefusalText of(String what, String unknownSubject) {
			return new RefusalText(what, unknownSubject, what);
		}
	}

	/**
	 * Opens a file for a change.
	 *
	 * @param found the file, when it exists
	 * @param access the decision for this user on the file
	 * @return done with the file when it is in the user's caseload; otherwise not found or forbidden, audited
	 */
	public <F extends ClientFile> Outcome<F> forChange(Optional<F> found, CurrentUser user,
			Function<F, CaseAccess> access, RefusalText refusal) {
		if (found.isEmpty()) {
			audit.record(ClientFileAccess.refused(user, null, refusal.unknownSubject(), refusal.unknown()));
			return Outcome.notFound();
		}
		var file = found.get();
		return switch (access.apply(file)) {
			case CaseAccess.WithinCaseload _ -> Outcome.done(file);
			case CaseAccess.NotVisible _ -> refused(file, user, refusal, Outcome.notFound());
			case CaseAccess.ReasonRequired _, CaseAccess.RoleNotAllowed _ ->
					refused(file, user, refusal, Outcome.forbidden(NOT_IN_CASELOAD));
		};
	}

	private <F extends ClientFile> Outcome<F> refused(F file, CurrentUser user, RefusalText refusal, Outcome<F> outcome) {
		audit.record(ClientFileAccess.refused(user, file.client(), file.subject(), refusal.known())
				.ofFileIn(file.municipality()));
		return outcome;
	}
}
