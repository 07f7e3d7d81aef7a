package nl.jeugdregie.allocation.internal.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.Financing;
import nl.jeugdregie.allocation.internal.arrangement.ArrangementId;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/** Typed input of a decision, or refusals per field. */
final class DecisionInput {

	private DecisionInput() {}

	static Outcome<DecideArrangement> of(ArrangementId arrangement, long version, @Nullable String legalRoute,
			@Nullable String referrerAgb, @Nullable String financing, boolean extension, @Nullable String decidedOn,
			LocalDate today) {
		var refusals = new ArrayList<Refusal>();
		LegalRoute route = null;
		try {
			route = legalRoute == null || legalRoute.isBlank() ? null : LegalRoute.valueOf(legalRoute.strip());
		}
		catch (IllegalArgumentException unknown) {
			// refused below
		}
		if (route == null) {
			refusals.add(Refusal.of("legalRoute", "allocation.decision.legalRoute.required"));
		}
		AgbCode agb = null;
		if (referrerAgb != null && !referrerAgb.isBlank()) {
			agb = AgbCode.parse(referrerAgb).orElse(null);
			if (agb == null) {
				refusals.add(Refusal.of("referrerAgb", "allocation.agb.invalid"));
			}
		}
		Financing paid = null;
		try {
			paid = financing == null || financing.isBlank() ? null : Financing.valueOf(financing.strip());
		}
		catch (IllegalArgumentException unknown) {
			// refused below
		}
		if (paid == null) {
			refusals.add(Refusal.of("financing", "allocation.decision.financing.required"));
		}
		var day = decidedOn == null || decidedOn.isBlank() ? java.util.Optional.of(today) : DutchFormat.parseDate(decidedOn);
		if (day.isEmpty()) {
			refusals.add(Refusal.of("decidedOn", "allocation.date.invalid"));
		}
		else if (day.get().isAfter(today)) {
			refusals.add(Refusal.of("decidedOn", "allocation.decision.decidedOn.future"));
		}
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		return Outcome.done(new DecideArrangement(arrangement, version, route, agb, paid, extension, day.get()));
	}
}
