package nl.jeugdregie.identity.internal.users;

import java.time.LocalDate;
import java.util.List;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * Issue 14: an account may have a first and a last working day (both optional, both included); the last may not
 * come before the first.
 */
final class ActivePeriodPolicy {

	private ActivePeriodPolicy() {}

	static List<Refusal> check(@Nullable LocalDate from, @Nullable LocalDate until) {
		if (from != null && until != null && until.isBefore(from)) {
			return List.of(Refusal.of("activeUntil", "identity.admin.user.activeUntil.beforeFrom"));
		}
		return List.of();
	}
}
