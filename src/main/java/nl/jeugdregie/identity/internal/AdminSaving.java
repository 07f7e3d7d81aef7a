package nl.jeugdregie.identity.internal;

import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrator's change in one transaction (issue 14): kept only when it is saved, rolled back for every other
 * outcome, and a name the database finds taken (also under a race) answered as a duplicate by {@code taken}.
 */
public final class AdminSaving {

	private AdminSaving() {}

	public static AdminOutcome saving(TransactionTemplate transaction, Supplier<AdminOutcome> work,
			Function<DuplicateKeyException, AdminOutcome.Duplicate> taken) {
		try {
			var outcome = transaction.execute(status -> {
				var result = work.get();
				if (!(result instanceof AdminOutcome.Saved)) {
					status.setRollbackOnly();
				}
				return result;
			});
			return outcome == null ? new AdminOutcome.NotFound() : outcome;
		}
		catch (DuplicateKeyException duplicate) {
			return taken.apply(duplicate);
		}
	}
}
