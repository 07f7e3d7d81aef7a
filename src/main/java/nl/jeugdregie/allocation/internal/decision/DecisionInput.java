package nl.jeugdregie.allocation.internal.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
		return of(arrangement, version, legalRoute, referrerAgb, financing, extension, decidedOn, null, null, today);
	}

	/** With TOEW-8's choice for products within the CJG's scope: empty, TRANSFER, or OUT_OF_SCOPE with a situation. */
	static Outcome<DecideArrangement> of(ArrangementId arrangement, long version, @Nullable String legalRoute,
			@Nullable String referrerAgb, @Nullable String financing, boolean extension, @Nullable String decidedOn,
			@Nullable String cjgChoice, @Nullable String cjgSituation, LocalDate today) {
		var refusals = new ArrayList<Refusal>();
		var cjg = cjgChoice(cjgChoice, cjgSituation, refusals);
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
		return Outcome.done(new DecideArrangement(arrangement, version, route, agb, paid, extension, day.get(), cjg));
	}

	private static CjgChoice cjgChoice(@Nullable String choice, @Nullable String situation, List<Refusal> refusals) {
		var code = choice == null ? "" : choice.strip();
		switch (code) {
			case "", "NONE" -> {
				return CjgChoice.none();
			}
			case "TRANSFER" -> {
				return new CjgChoice.TransferToCjg();
			}
			case "OUT_OF_SCOPE" -> {
				try {
					return new CjgChoice.OutOfScope(UUID.fromString(situation == null ? "" : situation.strip()));
				}
				catch (IllegalArgumentException notAnId) {
					refusals.add(Refusal.of("cjgSituation", "allocation.decision.cjg.situation.required"));
					return CjgChoice.none();
				}
			}
			default -> {
				refusals.add(Refusal.of("cjgChoice", "allocation.decision.cjg.unknown"));
				return CjgChoice.none();
			}
		}
	}
}
