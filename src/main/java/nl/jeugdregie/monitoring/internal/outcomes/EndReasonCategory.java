package nl.jeugdregie.monitoring.internal.outcomes;

import nl.jeugdregie.intake.ClosureReason;
import nl.jeugdregie.platform.text.Labelled;

/**
 * The CBS end-reason categories (Beleidsinformatie Jeugd, "reden beëindiging jeugdhulp") that the drop-out
 * indicator (MON-3) is computed from, and how intake's end reasons map onto them (docs/indicators.md).
 */
public enum EndReasonCategory implements Labelled {
	ACCORDING_TO_PLAN(false),
	IN_AGREEMENT(false),
	UNILATERAL_BY_CLIENT(true),
	UNILATERAL_BY_PROVIDER(true),
	EXTERNAL_CIRCUMSTANCES(false),
	UNKNOWN(false);

	private final boolean dropOut;

	EndReasonCategory(boolean dropOut) {
		this.dropOut = dropOut;
	}

	/** Whether an end in this category counts as drop-out (uitval): ended one-sidedly, not as agreed. */
	public boolean dropOut() {
		return dropOut;
	}

	/** Whether the category has a known reason, so it counts in the drop-out indicator's denominator. */
	public boolean known() {
		return this != UNKNOWN;
	}

	/**
	 * The explicit mapping. Triage outcomes that close the request were decided with the family, so they end
	 * "in agreement"; the CJG's own end and the hand-over to specialised care are the plan's end. Intake has no
	 * end reason "ended by the CJG one-sidedly" yet, so that category stays empty until it does.
	 */
	public static EndReasonCategory of(ClosureReason reason) {
		return switch (reason) {
			case SOLVED_BY_CJG, SPECIALISED_CARE_STARTED -> ACCORDING_TO_PLAN;
			case HANDED_TO_SOCIAL_TEAM, REFERRED_TO_PRECEDING_FIELD, NO_CARE_NEEDED -> IN_AGREEMENT;
			case WITHDRAWN -> UNILATERAL_BY_CLIENT;
			case MOVED_AWAY -> EXTERNAL_CIRCUMSTANCES;
			case OTHER -> UNKNOWN;
		};
	}

	/** The category of a stored end reason name; a name intake no longer knows counts as unknown. */
	public static EndReasonCategory ofName(String reason) {
		try {
			return of(ClosureReason.valueOf(reason));
		} catch (IllegalArgumentException e) {
			return UNKNOWN;
		}
	}
}
