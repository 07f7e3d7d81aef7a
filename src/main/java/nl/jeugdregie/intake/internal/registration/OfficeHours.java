package nl.jeugdregie.intake.internal.registration;

import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.Norms;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the CJG is staffed (TOE-2: workdays 09:00–17:00 in Oss). A crisis registered outside these hours follows
 * the crisis protocol (TOE-10). The hours are dated norms per municipality (OFFICE_HOURS_OPENING and _CLOSING,
 * whole hours); the working days are deployment configuration ({@code jeugdregie.office-days}).
 */
@Component
public class OfficeHours {

	private final Norms norms;
	private final Set<DayOfWeek> days;

	OfficeHours(Norms norms, @Value("${jeugdregie.office-days:MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY}") Set<DayOfWeek> days) {
		if (days.isEmpty()) {
			throw new IllegalArgumentException("jeugdregie.office-days needs at least one working day");
		}
		this.norms = norms;
		this.days = EnumSet.copyOf(days);
	}

	/** Whether the municipality's CJG is staffed at this moment, by the hours in force on that day. */
	public boolean areOpenAt(MunicipalityCode municipality, ZonedDateTime moment) {
		var day = moment.toLocalDate();
		var opens = norms.inEffect(municipality, NormKey.OFFICE_HOURS_OPENING, day).amount();
		var closes = norms.inEffect(municipality, NormKey.OFFICE_HOURS_CLOSING, day).amount();
		var hour = moment.getHour();
		return days.contains(moment.getDayOfWeek()) && hour >= opens && hour < closes;
	}
}
