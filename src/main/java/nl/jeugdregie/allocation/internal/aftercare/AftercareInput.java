package nl.jeugdregie.allocation.internal.aftercare;

import java.util.ArrayList;
import java.util.Arrays;
import nl.jeugdregie.allocation.AftercareKind;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.input.InputHygiene;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * MON-5: the aftercare form and API body as typed into a command, or refusals per field. A start is asked for the CJG
 * and another party, a party only for another party; what does not belong to the chosen kind is ignored.
 */
final class AftercareInput {

	private AftercareInput() {}

	static Outcome<RecordAftercare> of(long number, @Nullable String kind, @Nullable String from, @Nullable String party,
			long version) {
		var refusals = new ArrayList<Refusal>();
		var parsedKind = kind(kind);
		if (parsedKind == null) {
			refusals.add(Refusal.of("kind", "allocation.aftercare.kind.required"));
		}
		var day = DutchFormat.parseDate(from);
		if (parsedKind != null && parsedKind.hasStart() && day.isEmpty()) {
			refusals.add(Refusal.of("from", from == null || from.isBlank() ? "allocation.aftercare.from.required"
					: "allocation.aftercare.from.invalid"));
		}
		var name = party == null ? "" : party.strip();
		if (parsedKind != null && parsedKind.hasParty()) {
			if (name.isEmpty()) {
				refusals.add(Refusal.of("party", "allocation.aftercare.party.required"));
			}
			else if (name.length() > AftercareParty.MAX_LENGTH) {
				refusals.add(Refusal.of("party", "allocation.aftercare.party.tooLong", AftercareParty.MAX_LENGTH));
			}
			else if (!InputHygiene.isClean(name) || name.contains("\n") || name.contains("\r")) {
				refusals.add(Refusal.of("party", "allocation.aftercare.party.unclean"));
			}
		}
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		return Outcome.done(new RecordAftercare(number, parsedKind, parsedKind.hasStart() ? day.get() : null,
				parsedKind.hasParty() ? new AftercareParty(name) : null, version));
	}

	private static @Nullable AftercareKind kind(@Nullable String text) {
		if (text == null) {
			return null;
		}
		var value = text.strip();
		return Arrays.stream(AftercareKind.values()).filter(k -> k.name().equals(value)).findFirst().orElse(null);
	}
}
