package nl.jeugdregie.allocation.internal.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.platform.format.DutchFormat;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * TOEW-8 (visie Oldebroek): running allocations continue to their end, but on an extension support within the CJG's
 * scope moves to the CJG, unless a situation out of its scope applies. So an extension with such a product must say
 * which: transfer to the CJG, or a situation from the municipality's list. A choice where there is nothing to choose
 * is refused too, so the record never claims a transfer that did not happen.
 */
final class ExtensionInCjgScopeMovesToCjg implements Policy<ExtensionInCjgScopeMovesToCjg.Extension> {

	/** A product of the arrangement within the CJG's scope: its position and the date the scope starts. */
	record InScope(int position, LocalDate scopeFrom) {}

	record Extension(boolean extension, List<InScope> inScope, CjgChoice choice, Set<UUID> situations) {}

	@Override
	public Optional<Refusal> check(Extension e) {
		var applies = e.extension() && !e.inScope().isEmpty();
		return switch (e.choice()) {
			case CjgChoice.None none -> applies
					? Optional.of(Refusal.of("cjgChoice", "allocation.decision.cjg.choose", e.inScope().getFirst().position(),
							DutchFormat.date(e.inScope().getFirst().scopeFrom())))
					: Optional.empty();
			case CjgChoice.TransferToCjg transfer -> applies ? Optional.empty()
					: Optional.of(Refusal.of("cjgChoice", "allocation.decision.cjg.notApplicable"));
			case CjgChoice.OutOfScope(var situation) -> !applies
					? Optional.of(Refusal.of("cjgChoice", "allocation.decision.cjg.notApplicable"))
					: e.situations().contains(situation) ? Optional.empty()
							: Optional.of(Refusal.of("cjgSituation", "allocation.decision.cjg.situation.required"));
		};
	}
}
