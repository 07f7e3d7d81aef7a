package nl.jeugdregie.allocation.internal.cjgtransfer;

import java.time.LocalDate;
import java.util.ArrayList;
import nl.jeugdregie.allocation.ProductCategory;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/** Typed input of a scope marking (category code, first day) or refusals per field; the notice goes out today. */
final class ScopeInput {

	private ScopeInput() {}

	static Outcome<NewScope> of(@Nullable String category, @Nullable String effectiveFrom, LocalDate today) {
		var refusals = new ArrayList<Refusal>();
		var parsedCategory = ProductCategory.ofCode(category);
		if (parsedCategory.isEmpty()) {
			refusals.add(Refusal.of("category", "allocation.cjg.category.required"));
		}
		var from = DutchFormat.parseDate(effectiveFrom);
		if (from.isEmpty()) {
			refusals.add(Refusal.of("effectiveFrom", "allocation.date.required"));
		}
		else if (!from.get().isAfter(today)) {
			refusals.add(Refusal.of("effectiveFrom", "allocation.cjg.effectiveFrom.future"));
		}
		return refusals.isEmpty() ? Outcome.done(new NewScope(parsedCategory.get(), from.get(), today))
				: Outcome.refused(refusals);
	}

	/** Typed input of moving a scope's date (TOEW-8): a date after today, on the version the keeper saw. */
	static Outcome<CjgScopes.DateMove> move(java.util.UUID scope, long version, @Nullable String effectiveFrom,
			LocalDate today) {
		var from = DutchFormat.parseDate(effectiveFrom);
		if (from.isEmpty()) {
			return Outcome.refused(Refusal.of("effectiveFrom", "allocation.date.required"));
		}
		if (!from.get().isAfter(today)) {
			return Outcome.refused(Refusal.of("effectiveFrom", "allocation.cjg.effectiveFrom.future"));
		}
		return Outcome.done(new CjgScopes.DateMove(scope, version, from.get()));
	}
}
