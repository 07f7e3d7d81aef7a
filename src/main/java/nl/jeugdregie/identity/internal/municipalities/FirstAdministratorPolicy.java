package nl.jeugdregie.identity.internal.municipalities;

import java.util.List;
import nl.jeugdregie.platform.result.Refusal;

/**
 * Issue 14 item 2 (ADR 0042): the regional administrator gives a municipality only its first administrator. Once the
 * municipality has an administrator account (active or not), that administrator keeps the municipality's accounts and
 * the regional administrator stays out of them.
 */
final class FirstAdministratorPolicy {

	static final Refusal HAS_ADMINISTRATOR = Refusal.ofWhole("identity.admin.municipality.hasAdministrator");

	private FirstAdministratorPolicy() {}

	static List<Refusal> check(long administratorAccounts) {
		return administratorAccounts == 0 ? List.of() : List.of(HAS_ADMINISTRATOR);
	}
}
