package nl.jeugdregie.intake.internal;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When the CJG is staffed (TOE-2: workdays 09:00–17:00 in Oss). A crisis registered outside these hours follows
 * the crisis protocol (TOE-10).
 *
 * @param opens the first minute of a working day
 * @param closes the first minute after it
 * @param days the working days
 */
@ConfigurationProperties("jeugdregie.office-hours")
record OfficeHours(LocalTime opens, LocalTime closes, Set<DayOfWeek> days) {

	OfficeHours {
		if (opens == null || closes == null || days == null || days.isEmpty() || !opens.isBefore(closes)) {
			throw new IllegalArgumentException("jeugdregie.office-hours needs opens before closes and working days");
		}
		days = EnumSet.copyOf(days);
	}

	boolean areOpenAt(ZonedDateTime moment) {
		var time = moment.toLocalTime();
		return days.contains(moment.getDayOfWeek()) && !time.isBefore(opens) && time.isBefore(closes);
	}
}
