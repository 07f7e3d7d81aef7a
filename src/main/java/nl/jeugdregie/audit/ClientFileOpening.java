package nl.jeugdregie.audit;

import java.util.Optional;
import java.util.function.Function;
import nl.jeugdregie.identity.CaseAccess;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.platform.result.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one step that opens a client file (issue 18 item 4): the caller loads it, this step decides (with
 * {@link nl.jeugdregie.identity.CaseAccessPolicy} or the module's own rule built on it), audits the read or the
 * refusal in the trail of the municipality that holds the file (NEN 7513, SEC-2), and hands back the file or the
 * outcome. A user of another municipality learns nothing (not found).
 * <ul>
 * <li>{@link #forChange}: only the case team changes a file; anyone else is forbidden. The change itself is
 * audited by the caller, with what it changed.</li>
 * <li>{@link #forRead}: a file only the case team reads (without a reason to give); the read is audited.</li>
 * <li>{@link #withReason}: a file a case worker of another team reads with a reason ("break the glass"), which
 * puts the read on the review list of the lead of the team holding the file (ADR 0025).</li>
 * <li>{@link #decide}: the decision on a file already in hand, for callers that load it in their own way.</li>
 * </ul>
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
	 * What the trail says of a refused opening: {@code known} of a file that exists, {@code unknown} of one that does
	 * not, which the trail names {@code unknownSubject} (an identifier, never personal data). A case worker of another
	 * team is refused with {@code otherTeam} and the forbidden code {@code otherTeamCode}, a role without files with
	 * {@code roleCode}; both default to {@code known} and {@link #NOT_IN_CASELOAD}.
	 */
	public record RefusalText(String known, String unknownSubject, String unknown, String otherTeam,
			String otherTeamCode, String roleCode) {

		public RefusalText {
			if (known.isBlank() || unknownSubject.isBlank() || unknown.isBlank() || otherTeam.isBlank()
					|| otherTeamCode.isBlank() || roleCode.isBlank()) {
				throw new IllegalArgumentException("A refused opening says what was refused");
			}
		}

		public RefusalText(String known, String unknownSubject, String unknown) {
			this(known, unknownSubject, unknown, known, NOT_IN_CASELOAD, NOT_IN_CASELOAD);
		}

		/** The same text for a file that exists and for one that does not. */
		public static RefusalText of(String what, String unknownSubject) {
			return new RefusalText(what, unknownSubject, what);
		}

		/** The same refusal, saying {@code text} to a case worker of another team, forbidden with {@code code}. */
		public RefusalText otherTeam(String text, String code) {
			return new RefusalText(known, unknownSubject, unknown, text, code, roleCode);
		}

		/** The same refusal, forbidding a role without files with {@code code}. */
		public RefusalText role(String code) {
			return new RefusalText(known, unknownSubject, unknown, otherTeam, otherTeamCode, code);
		}
	}

	/**
	 * What the trail says of a read with a reason: {@code read} of the read itself, {@code withoutReason} of an
	 * attempt from outside the team without (an acceptable) reason, {@code refused} of a refused one, and
	 * {@code unknown} of a file that does not exist, named {@code unknownSubject}.
	 */
	public record ReadText(String read, String withoutReason, String refused, String unknownSubject, String unknown) {

		public ReadText {
			if (read.isBlank() || withoutReason.isBlank() || refused.isBlank() || unknownSubject.isBlank()
					|| unknown.isBlank()) {
				throw new IllegalArgumentException("An audited read says what was read or refused");
			}
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
		return decide(file, user, access.apply(file), refusal);
	}

	/**
	 * Decides on a file already loaded: done with it within the caseload; otherwise the refusal is audited where the
	 * file is held and the outcome is not found (another municipality) or forbidden (another team, or a role without
	 * files), with the codes of {@code refusal}.
	 */
	public <F extends ClientFile> Outcome<F> decide(F file, CurrentUser user, CaseAccess access, RefusalText refusal) {
		return switch (access) {
			case CaseAccess.WithinCaseload _ -> Outcome.done(file);
			case CaseAccess.NotVisible _ -> refused(file, user, refusal.known(), Outcome.notFound());
			case CaseAccess.ReasonRequired _ ->
					refused(file, user, refusal.otherTeam(), Outcome.forbidden(refusal.otherTeamCode()));
			case CaseAccess.RoleNotAllowed _ -> refused(file, user, refusal.known(), Outcome.forbidden(refusal.roleCode()));
		};
	}

	/**
	 * Opens a file for reading by its case team only, like {@link #forChange}; {@code load} reads what the page
	 * shows, and then the read is audited as {@code read} (the audit row last, ADR 0019).
	 */
	public <F extends ClientFile, R> Outcome<R> forRead(Optional<F> found, CurrentUser user,
			Function<F, CaseAccess> access, RefusalText refusal, String read, Function<F, R> load) {
		return switch (forChange(found, user, access, refusal)) {
			case Outcome.Done<F>(F file) -> {
				var loaded = load.apply(file);
				recordRead(file, user, read);
				yield Outcome.done(loaded);
			}
			case Outcome.NotFound<F> _ -> Outcome.notFound();
			case Outcome.Forbidden<F>(String code) -> Outcome.forbidden(code);
			case Outcome.Refused<F> _, Outcome.Stale<F> _ -> throw new IllegalStateException("Opening decides only");
		};
	}

	/**
	 * Opens a file for reading by its case team, or by a case worker of another team who gives an acceptable
	 * {@link AccessReason}. The read is recorded as held by the file's team, so a read with a reason lands on its
	 * lead's review list; an attempt without a reason is recorded as a refusal and answered with reason required.
	 */
	public <F extends TeamFile, R> ReasonedRead<F, R> withReason(Optional<F> found, CurrentUser user,
			Function<F, CaseAccess> access, @Nullable String reason, ReadText text, Function<F, R> load) {
		if (found.isEmpty()) {
			audit.record(ClientFileAccess.refused(user, null, text.unknownSubject(), text.unknown()));
			return new ReasonedRead.NotFound<>();
		}
		var file = found.get();
		return switch (access.apply(file)) {
			case CaseAccess.WithinCaseload _ -> read(file, user, text, null, load);
			case CaseAccess.ReasonRequired _ when AccessReason.isAcceptable(reason) ->
					read(file, user, text, reason.strip(), load);
			case CaseAccess.ReasonRequired _ -> {
				// NEN 7513: the attempt without a reason is recorded too; the reason form follows.
				recordRefusal(file, user, text.withoutReason());
				yield new ReasonedRead.ReasonRequired<>(file);
			}
			case CaseAccess.RoleNotAllowed _ -> {
				recordRefusal(file, user, text.refused());
				yield new ReasonedRead.Forbidden<>();
			}
			case CaseAccess.NotVisible _ -> {
				recordRefusal(file, user, text.refused());
				yield new ReasonedRead.NotFound<>();
			}
		};
	}

	/** Records a read of a file the user may read (decided by the caller), such as a file shown by search. */
	public void recordRead(ClientFile file, CurrentUser user, String what) {
		audit.record(new ClientFileAccess(user, file.client(), file.subject(), AuditAction.READ, what, null));
	}

	/**
	 * Records a refusal on a file that was opened, by a rule of the caller (a heavy step the rules do not allow, an
	 * age outside the target group), in the trail of the municipality that holds the file.
	 */
	public void recordRefusal(ClientFile file, CurrentUser user, String what) {
		audit.record(ClientFileAccess.refused(user, file.client(), file.subject(), what).ofFileIn(file.municipality()));
	}

	/** Records a refused attempt that names no file yet: a new file, or a list of files, by a role without them. */
	public void recordRefusal(CurrentUser user, String subject, String what) {
		audit.record(ClientFileAccess.refused(user, null, subject, what));
	}

	private <F extends TeamFile, R> ReasonedRead<F, R> read(F file, CurrentUser user, ReadText text,
			@Nullable String reason, Function<F, R> load) {
		var loaded = load.apply(file);
		// Held by the file's team: a read with a reason from outside it goes on the lead's review list (SEC-2).
		audit.record(new ClientFileAccess(user, file.client(), file.subject(), AuditAction.READ, text.read(), reason)
				.heldBy(file.team()));
		return new ReasonedRead.Opened<>(loaded);
	}

	private <T> Outcome<T> refused(ClientFile file, CurrentUser user, String what, Outcome<T> outcome) {
		recordRefusal(file, user, what);
		return outcome;
	}
}
