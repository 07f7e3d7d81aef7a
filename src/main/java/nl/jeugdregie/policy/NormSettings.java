package nl.jeugdregie.policy;

import java.time.LocalDate;
import nl.jeugdregie.identity.CurrentUser;
import org.jspecify.annotations.Nullable;

/**
 * Changes a municipality's norms (BEY-2). A change never rewrites history: it is scheduled from a date on
 * and applies to help requests registered from that date; requests registered earlier keep the old value.
 */
public interface NormSettings {

	/**
	 * Schedules a new value of a norm for the administrator's own municipality. There is deliberately no
	 * municipality parameter, so nobody can change another municipality's norms.
	 *
	 * @param note why the value changes (for example the council decision), shown in the history
	 * @return {@link NormChangeResult.Scheduled}, or {@link NormChangeResult.Refused} with the reason when a
	 *     rule forbids the change; then nothing is saved
	 */
	NormChangeResult schedule(CurrentUser admin, NormKey key, int amount, LocalDate effectiveFrom, @Nullable String note);
}
