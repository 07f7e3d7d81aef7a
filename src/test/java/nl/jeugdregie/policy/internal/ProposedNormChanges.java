package nl.jeugdregie.policy.internal;

import java.time.LocalDate;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.policy.NormKey;

/** Builds the changes the rule tests judge: an administrator's valid change unless a test says otherwise. */
final class ProposedNormChanges {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

	private ProposedNormChanges() {}

	static ProposedNormChange valid() {
		return new ProposedNormChange(Role.ADMINISTRATOR, NormKey.TREATMENT_START_TERM, 3, TODAY.plusDays(14), TODAY,
				false);
	}

	static ProposedNormChange by(Role role) {
		var valid = valid();
		return new ProposedNormChange(role, valid.key(), valid.amount(), valid.effectiveFrom(), TODAY, false);
	}

	static ProposedNormChange amount(NormKey key, int amount) {
		var valid = valid();
		return new ProposedNormChange(valid.role(), key, amount, valid.effectiveFrom(), TODAY, false);
	}

	static ProposedNormChange effectiveFrom(LocalDate date, boolean valueExistsOnThatDate) {
		var valid = valid();
		return new ProposedNormChange(valid.role(), valid.key(), valid.amount(), date, TODAY, valueExistsOnThatDate);
	}
}
