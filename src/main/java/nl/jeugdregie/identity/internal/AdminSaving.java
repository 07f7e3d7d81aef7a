package nl.jeugdregie.identity.internal;

import java.util.function.Function;
import java.util.function.Supplier;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An administrator's change in one transaction (issue 14): kept only when it is done, rolled back for every other
 * outcome, and a name the database finds taken (also under a race) refused with the refusal {@code taken} makes
 * ({@link TakenName}).
 */
public final class AdminSaving {

	private AdminSaving() {}

	public static Outcome<Saved> saving(TransactionTemplate transaction, Supplier<Outcome<Saved>> work,
			Function<DuplicateKeyException, Refusal> taken) {
		try {
			var outcome = transaction.execute(status -> {
				var result = work.get();
				if (!(result instanceof Outcome.Done<Saved>)) {
					status.setRollbackOnly();
				}
				return result;
			});
			return outcome == null ? Outcome.notFound() : outcome;
		}
		catch (DuplicateKeyException duplicate) {
			return Outcome.refused(taken.apply(duplicate));
		}
	}
}
