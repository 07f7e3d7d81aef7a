package nl.jeugdregie.monitoring.internal.dashboard;

import java.time.YearMonth;
import java.util.UUID;
import nl.jeugdregie.intake.Referrer;
import org.jspecify.annotations.Nullable;

/**
 * What a dashboard covers: one municipality or all (national, for the benchmark), optionally one team (the
 * district unit) and one referrer, over whole registration months.
 */
public record DashboardScope(@Nullable String municipality, @Nullable UUID team, @Nullable Referrer referrer,
		YearMonth from, YearMonth to) {

	public DashboardScope {
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("A period runs forward");
		}
		if (municipality == null && team != null) {
			throw new IllegalArgumentException("A team belongs to a municipality");
		}
	}

	public static DashboardScope municipality(String municipality, YearMonth from, YearMonth to) {
		return new DashboardScope(municipality, null, null, from, to);
	}

	public static DashboardScope national(YearMonth from, YearMonth to) {
		return new DashboardScope(null, null, null, from, to);
	}
}
