package nl.jeugdregie.findability.internal.onlinerequest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * VIND-3: a postcode range has two four-digit numbers (1000–9999) with the first not above the last, a district
 * name and an effective date that is not in the past (history is never rewritten; a new row replaces from its date).
 */
final class PostcodeRangeValid implements Policy<PostcodeRangeValid.Input> {

	record Input(@Nullable String from, @Nullable String to, @Nullable String district, @Nullable String effectiveFrom,
			LocalDate today) {}

	@Override
	public Optional<Refusal> check(Input input) {
		return all(input).stream().findFirst();
	}

	static List<Refusal> all(Input input) {
		var refusals = new ArrayList<Refusal>();
		var from = number(input.from());
		var to = number(input.to());
		if (from < 0) {
			refusals.add(Refusal.of("from", "findability.postcodes.number.invalid"));
		}
		if (to < 0) {
			refusals.add(Refusal.of("to", "findability.postcodes.number.invalid"));
		}
		if (from >= 0 && to >= 0 && from > to) {
			refusals.add(Refusal.of("to", "findability.postcodes.reversed"));
		}
		var district = input.district() == null ? "" : input.district().strip();
		if (district.isEmpty() || district.length() > 100) {
			refusals.add(Refusal.of("district", "findability.postcodes.district.required"));
		}
		var date = DutchFormat.parseDate(input.effectiveFrom());
		if (date.isEmpty()) {
			refusals.add(Refusal.of("effectiveFrom", "findability.postcodes.date.invalid"));
		} else if (date.get().isBefore(input.today())) {
			refusals.add(Refusal.of("effectiveFrom", "findability.postcodes.date.past"));
		}
		return refusals;
	}

	static PostcodeRange range(Input input) {
		return new PostcodeRange(number(input.from()), number(input.to()), input.district().strip(),
				DutchFormat.parseDate(input.effectiveFrom()).orElseThrow());
	}

	private static int number(@Nullable String text) {
		var value = text == null ? "" : text.strip();
		return value.matches("[1-9][0-9]{3}") ? Integer.parseInt(value) : -1;
	}
}
