package nl.jeugdregie.identity.internal;

import java.util.List;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.web.Problems.FieldProblem;
import org.jspecify.annotations.Nullable;

/** What became of an administrator's change to a team or user (issue 14); refusals are results, not exceptions. */
public sealed interface AdminOutcome {

	/**
	 * Saved. {@code oneTimePassword} is set only when an account got a new one-time password: it is shown once and
	 * never stored in plain text.
	 */
	record Saved(String id, long version, String confirmation, @Nullable String oneTimePassword) implements AdminOutcome {

		public Saved(String id, long version, String confirmation) {
			this(id, version, confirmation, null);
		}
	}

	/** Fields are filled in wrongly; nothing saved (400, or errors next to the fields). */
	record Invalid(List<FieldProblem> errors) implements AdminOutcome {}

	/** The name is taken (username, e-mail address, team name); nothing saved (409). */
	record Duplicate(FieldProblem error) implements AdminOutcome {}

	/**
	 * A rule refuses the change, such as deactivating a team with open help requests; nothing saved (422). Each refusal
	 * concerns the whole change; its code is a key in messages.properties.
	 */
	record Refused(List<Refusal> refusals) implements AdminOutcome {}

	/** Someone else changed it since this version was read; nothing saved (409). */
	record Stale() implements AdminOutcome {}

	/** No such team or user in the administrator's municipality (404). */
	record NotFound() implements AdminOutcome {}

	String STALE_MESSAGE = "Iemand anders heeft dit net gewijzigd. Bekijk de nieuwe gegevens en probeer het opnieuw.";
}
