package nl.jeugdregie.findability.internal.socialmap;

import java.util.Optional;
import nl.jeugdregie.findability.AllocationLink;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * VIND-2: the link to the allocation module is optional, but when given it has both an AGB code of eight digits and
 * a product category of two digits (iJw), so reported waiting times can be matched.
 */
final class AllocationLinkComplete implements Policy<ServiceForm> {

	@Override
	public Optional<Refusal> check(ServiceForm form) {
		var agb = ServiceForm.text(form.getAgbCode());
		var category = ServiceForm.text(form.getProductCategory());
		if (agb.isEmpty() && category.isEmpty()) {
			return Optional.empty();
		}
		if (!agb.matches("[0-9]{8}")) {
			return Optional.of(Refusal.of("agbCode", "findability.service.agbCode.invalid"));
		}
		if (!AllocationLink.isValid(agb, category)) {
			return Optional.of(Refusal.of("productCategory", "findability.service.productCategory.invalid"));
		}
		return Optional.empty();
	}
}
