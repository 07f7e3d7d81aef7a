package nl.jeugdregie.allocation.internal.change;

import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * TOEW-7, iJw TR385: an allocation with approved declarations cannot be withdrawn (deleted as never sent); it can
 * still be ended early.
 */
final class NoWithdrawalWithApprovedDeclarations implements Policy<NoWithdrawalWithApprovedDeclarations.Declared> {

	/** The allocation and how many of its declaration lines were approved. */
	record Declared(long number, long approvedLines) {}

	@Override
	public Optional<Refusal> check(Declared declared) {
		return declared.approvedLines() > 0
				? Optional.of(Refusal.ofWhole("allocation.change.withdrawal.declared", String.valueOf(declared.number()),
						declared.approvedLines()))
				: Optional.empty();
	}
}
