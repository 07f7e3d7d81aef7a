package nl.jeugdregie.identity.internal.users;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * Issue 14: a municipality always keeps an administrator who can log in. Refuses taking away the last active
 * administrator (deactivating, another role, a last working day in the past), and deactivating or removing one's
 * own account, which would end one's own session halfway.
 */
final class AdministratorRemainsPolicy {

	private AdministratorRemainsPolicy() {}

	/**
	 * @param user the account as it is now
	 * @param after the account as it would be, or null when it is being deactivated
	 * @param otherActiveAdministrators active administrators of the municipality besides this account
	 */
	static List<Refusal> check(String actor, ManagedUser user, @Nullable UserDetails after, long otherActiveAdministrators,
			LocalDate today) {
		if (!user.activeOn(today) || user.role() != Role.ADMINISTRATOR) {
			return List.of();
		}
		var remains = after != null && after.role() == Role.ADMINISTRATOR
				&& (after.activeFrom() == null || !after.activeFrom().isAfter(today))
				&& (after.activeUntil() == null || !after.activeUntil().isBefore(today));
		if (remains) {
			return List.of();
		}
		if (user.username().equals(actor)) {
			return List.of(Refusal.ofWhole("identity.admin.user.ownAccount"));
		}
		if (otherActiveAdministrators == 0) {
			return List.of(Refusal.ofWhole("identity.admin.user.lastAdministrator"));
		}
		return List.of();
	}
}
