package nl.jeugdregie.allocation.internal.decision;

import java.time.LocalDate;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.Financing;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementId;
import org.jspecify.annotations.Nullable;

/**
 * The command to decide an agreed arrangement, on the version the page or client showed; {@code cjg} says what an
 * extension chose for products within the CJG's scope (TOEW-8).
 */
public record DecideArrangement(ArrangementId arrangement, long version, LegalRoute legalRoute, @Nullable AgbCode referrerAgb,
		Financing financing, boolean extension, LocalDate decidedOn, CjgChoice cjg) {

	public DecideArrangement {
		if (cjg == null) {
			throw new IllegalArgumentException("A decision says what it chose for the CJG's scope, if only none");
		}
	}

	/** A decision with nothing to choose for the CJG's scope. */
	public DecideArrangement(ArrangementId arrangement, long version, LegalRoute legalRoute, @Nullable AgbCode referrerAgb,
			Financing financing, boolean extension, LocalDate decidedOn) {
		this(arrangement, version, legalRoute, referrerAgb, financing, extension, decidedOn, CjgChoice.none());
	}
}
