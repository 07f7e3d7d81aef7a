package nl.jeugdregie.allocation.internal.cjgtransfer;

import java.util.List;
import java.util.Optional;
import nl.jeugdregie.allocation.ProductCategory;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/** TOEW-8: a category enters the CJG's scope once; marking it again (or a double submit) is refused. */
final class CategoryNotYetInScope implements Policy<CategoryNotYetInScope.Marking> {

	record Marking(ProductCategory category, List<CjgScope> existing) {}

	@Override
	public Optional<Refusal> check(Marking marking) {
		return marking.existing().stream().filter(scope -> scope.category() == marking.category()).findFirst()
				.map(scope -> Refusal.of("category", "allocation.cjg.alreadyInScope", DutchFormat.date(scope.effectiveFrom())));
	}
}
