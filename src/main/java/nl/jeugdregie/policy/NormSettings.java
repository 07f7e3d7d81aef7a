package nl.jeugdregie.policy;

import java.time.LocalDate;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.platform.result.Outcome;
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
	 * @return done with the {@link ScheduledNormValue}; refused with the {@link nl.jeugdregie.platform.result.Refusal}
	 *     of the first rule that refuses the change, or forbidden ({@link NormChangeRefusal#NOT_ADMINISTRATOR}) for
	 *     anyone but the administrator; then nothing is saved. {@link NormChangeRefusal#in} names the reason.
	 */
	Outcome<ScheduledNormValue> schedule(CurrentUser admin, NormKey key, int amount, LocalDate effectiveFrom, @Nullable String note);
}
