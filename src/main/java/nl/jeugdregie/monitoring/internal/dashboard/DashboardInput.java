package nl.jeugdregie.monitoring.internal.dashboard;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.intake.Referrer;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;

/**
 * Checks the dashboard's filters as typed by a user (MON-1 bad input): months as yyyy-mm, not in the future, the
 * end not before the start, at most {@link #MAX_MONTHS} months; a team of the user's own municipality; a known
 * referrer. Empty filters mean: all teams, all referrers, the last twelve months up to the current one.
 */
final class DashboardInput {

	static final int MAX_MONTHS = 36;

	enum Field {
		TEAM("team", "team"), REFERRER("verwijzer", "referrer"), FROM("van", "from"), TO("tot", "to");

		/** The name in the page's form and in the API. */
		final String parameter;
		final String apiName;

		Field(String parameter, String apiName) {
			this.parameter = parameter;
			this.apiName = apiName;
		}
	}

	record Error(Field field, String message) {}

	/** Either a scope or the reasons there is none. */
	record Result(@Nullable DashboardScope scope, List<Error> errors) {}

	private DashboardInput() {}

	static Result check(String municipality, Collection<UUID> teamsOfMunicipality, @Nullable String team,
			@Nullable String referrer, @Nullable String from, @Nullable String to, YearMonth currentMonth) {
		var errors = new ArrayList<Error>();
		var toMonth = month(to, currentMonth, Field.TO, errors);
		var fromMonth = month(from, toMonth == null ? currentMonth.minusMonths(11) : toMonth.minusMonths(11),
				Field.FROM, errors);
		if (fromMonth != null && fromMonth.isAfter(currentMonth)) {
			errors.add(new Error(Field.FROM, Labels.text("text.monitoring.dashboard.input.futureMonth")));
		}
		if (toMonth != null && toMonth.isAfter(currentMonth)) {
			errors.add(new Error(Field.TO, Labels.text("text.monitoring.dashboard.input.futureMonth")));
		}
		if (fromMonth != null && toMonth != null && fromMonth.isAfter(toMonth)) {
			errors.add(new Error(Field.TO, Labels.text("text.monitoring.dashboard.input.reversed")));
		}
		if (fromMonth != null && toMonth != null && !fromMonth.isAfter(toMonth)
				&& fromMonth.plusMonths(MAX_MONTHS).isBefore(toMonth.plusMonths(1))) {
			errors.add(new Error(Field.FROM, Labels.text("text.monitoring.dashboard.input.tooLong", MAX_MONTHS)));
		}
		var teamId = team(team, teamsOfMunicipality, errors);
		var referrerValue = referrer(referrer, errors);
		if (!errors.isEmpty() || fromMonth == null || toMonth == null) {
			return new Result(null, List.copyOf(errors));
		}
		return new Result(new DashboardScope(municipality, teamId, referrerValue, fromMonth, toMonth), List.of());
	}

	private static @Nullable YearMonth month(@Nullable String value, YearMonth fallback, Field field,
			List<Error> errors) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return YearMonth.parse(value.strip());
		} catch (DateTimeParseException e) {
			errors.add(new Error(field, Labels.text("text.monitoring.dashboard.input.month")));
			return null;
		}
	}

	private static @Nullable UUID team(@Nullable String value, Collection<UUID> known, List<Error> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			var id = UUID.fromString(value.strip());
			if (known.contains(id)) {
				return id;
			}
		} catch (IllegalArgumentException e) {
			// falls through to the error below
		}
		errors.add(new Error(Field.TEAM, Labels.text("text.monitoring.dashboard.input.unknownTeam")));
		return null;
	}

	private static @Nullable Referrer referrer(@Nullable String value, List<Error> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Referrer.valueOf(value.strip());
		} catch (IllegalArgumentException e) {
			errors.add(new Error(Field.REFERRER, Labels.text("text.monitoring.dashboard.input.unknownReferrer")));
			return null;
		}
	}
}
