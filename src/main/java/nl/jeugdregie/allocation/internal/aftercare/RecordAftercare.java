package nl.jeugdregie.allocation.internal.aftercare;

import java.time.LocalDate;
import nl.jeugdregie.allocation.AftercareKind;
import org.jspecify.annotations.Nullable;

/**
 * MON-5: record or change the aftercare decision of an allocation. A start for the CJG and another party, a party only
 * for another party. {@code version} is the version of the decision the user saw: 0 when there was none yet.
 */
record RecordAftercare(long number, AftercareKind kind, @Nullable LocalDate from, @Nullable AftercareParty party,
		long version) {

	RecordAftercare {
		if (number < 1 || number > 999_999_999 || kind == null || version < 0) {
			throw new IllegalArgumentException("Aftercare names an allocation number, a kind and the version seen");
		}
		if (kind.hasStart() != (from != null) || kind.hasParty() != (party != null)) {
			throw new IllegalArgumentException("A start for CJG and another party, a party only for another party");
		}
	}

	/** Whether the decision says the same as {@code current}. */
	boolean sameAs(AftercareDecision current) {
		return current.kind() == kind && java.util.Objects.equals(current.from(), from)
				&& java.util.Objects.equals(current.party(), party == null ? null : party.value());
	}
}
