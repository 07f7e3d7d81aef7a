package nl.jeugdregie.platform.format;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods a report or filter can be asked for, as choices for a select (issue 13 item 5): Dutch month,
 * quarter and half-year names, newest first, so no browser-dependent month input and no free text such as
 * "2026-H1". The value keeps the code the controllers already read ({@code 2026-10}, {@code 2026-Q3},
 * {@code 2026-H1}, {@code 2026}). In templates as the bean {@code periods}: {@code ${@periods.months(24)}}.
 */
public final class PeriodChoices {

	/** One option: the value sent and the Dutch label shown. */
	public record Choice(String value, String label) {

		public Choice {
			if (value.isBlank() || label.isBlank()) {
				throw new IllegalArgumentException("A period choice has a value and a label");
			}
		}
	}

	private final Clock clock;

	PeriodChoices(Clock clock) {
		this.clock = clock;
	}

	/** The current month and the {@code count - 1} before it: "november 2026", "oktober 2026", … */
	public List<Choice> months(int count) {
		var choices = new ArrayList<Choice>();
		var month = YearMonth.now(clock);
		for (var i = 0; i < count; i++, month = month.minusMonths(1)) {
			choices.add(new Choice(month.toString(),
					month.getMonth().getDisplayName(TextStyle.FULL, DutchFormat.DUTCH) + " " + month.getYear()));
		}
		return choices;
	}

	/** The current quarter and the {@code count - 1} before it: "4e kwartaal 2026", … (value 2026-Q4). */
	public List<Choice> quarters(int count) {
		return quarters(count, "Q");
	}

	/** As {@link #quarters(int)}, with the letter the reading controller expects: steering writes 2026-K4. */
	public List<Choice> quarters(int count, String letter) {
		var choices = new ArrayList<Choice>();
		var today = LocalDate.now(clock);
		var year = today.getYear();
		var quarter = (today.getMonthValue() - 1) / 3 + 1;
		for (var i = 0; i < count; i++) {
			choices.add(new Choice(year + "-" + letter + quarter, quarter + "e kwartaal " + year));
			if (--quarter == 0) {
				quarter = 4;
				year--;
			}
		}
		return choices;
	}

	/** The current half-year and the {@code count - 1} before it: "2e halfjaar 2026", … (value 2026-H2). */
	public List<Choice> halfYears(int count) {
		var choices = new ArrayList<Choice>();
		var today = LocalDate.now(clock);
		var year = today.getYear();
		var half = today.getMonthValue() <= 6 ? 1 : 2;
		for (var i = 0; i < count; i++) {
			choices.add(new Choice(year + "-H" + half, half + "e halfjaar " + year));
			if (--half == 0) {
				half = 2;
				year--;
			}
		}
		return choices;
	}

	/** The current year and the {@code count - 1} before it. */
	public List<Choice> years(int count) {
		var choices = new ArrayList<Choice>();
		var year = LocalDate.now(clock).getYear();
		for (var i = 0; i < count; i++) {
			choices.add(new Choice(Integer.toString(year - i), Integer.toString(year - i)));
		}
		return choices;
	}
}
