package nl.jeugdregie.allocation.internal.declaration;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.allocation.internal.DateRange;
import nl.jeugdregie.allocation.internal.EndNotBeforeStart;
import nl.jeugdregie.allocation.internal.EuroAmounts;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * Typed declaration lines, entered or as CSV ({@code toewijzingnummer;van;tot;aantal;tarief}), or refusals per field,
 * for a CSV per line and column ({@code regel 3.aantal}).
 */
final class DeclarationInput {

	static final String HEADER = "toewijzingnummer;van;tot;aantal;tarief";

	private DeclarationInput() {}

	static Outcome<List<Declarations.Numbered>> entered(@Nullable String number, @Nullable String from, @Nullable String until,
			@Nullable String units, @Nullable String tariff) {
		var refusals = new ArrayList<Refusal>();
		var line = line("", number, from, until, units, tariff, refusals, "allocationNumber", "periodFrom", "periodUntil",
				"units", "tariff");
		return refusals.isEmpty() ? Outcome.done(List.of(line)) : Outcome.refused(refusals);
	}

	static Outcome<List<Declarations.Numbered>> csv(String text) {
		var raw = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\\R", -1);
		if (!raw[0].strip().equalsIgnoreCase(HEADER)) {
			return Outcome.refused(Refusal.of("file", "allocation.csv.header", HEADER));
		}
		var refusals = new ArrayList<Refusal>();
		var lines = new ArrayList<Declarations.Numbered>();
		for (var index = 1; index < raw.length; index++) {
			if (raw[index].isBlank()) {
				continue;
			}
			var f = raw[index].split(";", -1);
			var at = "regel " + (index + 1);
			var line = line(at, get(f, 0), get(f, 1), get(f, 2), get(f, 3), get(f, 4), refusals, "toewijzingnummer", "van",
					"tot", "aantal", "tarief");
			if (line != null) {
				lines.add(line);
			}
		}
		if (lines.isEmpty() && refusals.isEmpty()) {
			return Outcome.refused(Refusal.of("file", "allocation.csv.empty"));
		}
		return refusals.isEmpty() ? Outcome.done(lines) : Outcome.refused(refusals);
	}

	private static Declarations.@Nullable Numbered line(String at, @Nullable String number, @Nullable String from,
			@Nullable String until, @Nullable String units, @Nullable String tariff, List<Refusal> refusals, String numberField,
			String fromField, String untilField, String unitsField, String tariffField) {
		var before = refusals.size();
		Long parsedNumber = null;
		try {
			parsedNumber = number == null ? null : Long.valueOf(number.strip());
		}
		catch (NumberFormatException notANumber) {
			// refused below
		}
		if (parsedNumber == null || parsedNumber < 1 || parsedNumber > 999_999_999) {
			refusals.add(Refusal.of(name(at, numberField), "allocation.declaration.number.invalid"));
		}
		var start = DutchFormat.parseDate(from);
		if (start.isEmpty()) {
			refusals.add(Refusal.of(name(at, fromField), "allocation.date.required"));
		}
		var end = DutchFormat.parseDate(until);
		if (end.isEmpty()) {
			refusals.add(Refusal.of(name(at, untilField), "allocation.date.required"));
		}
		if (start.isPresent() && end.isPresent()) {
			new EndNotBeforeStart().check(new DateRange(name(at, untilField), start.get(), end.get())).ifPresent(refusals::add);
		}
		Integer parsedUnits = null;
		try {
			parsedUnits = units == null ? null : Integer.valueOf(units.strip());
		}
		catch (NumberFormatException notANumber) {
			// refused below
		}
		if (parsedUnits == null || parsedUnits < 1) {
			refusals.add(Refusal.of(name(at, unitsField), "allocation.declaration.units.invalid"));
		}
		var cents = EuroAmounts.parseCents(tariff);
		if (cents.isEmpty()) {
			refusals.add(Refusal.of(name(at, tariffField), "allocation.tariff.amount.invalid"));
		}
		if (refusals.size() != before) {
			return null;
		}
		return new Declarations.Numbered(at, new DeclarationLine(parsedNumber, new DateRange("", start.get(), end.get()).period(),
				parsedUnits, cents.get()));
	}

	private static String name(String at, String field) {
		return at.isEmpty() ? field : at + "." + field;
	}

	private static @Nullable String get(String[] fields, int index) {
		return index < fields.length ? fields[index] : null;
	}
}
