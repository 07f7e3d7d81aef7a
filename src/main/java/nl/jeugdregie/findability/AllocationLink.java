package nl.jeugdregie.findability;

/**
 * How a social-map service is known to the allocation module: the provider's AGB code (eight digits) and the
 * product category of the iJw standard (two digits). Reported waiting times are matched on both.
 */
public record AllocationLink(String agbCode, String productCategory) {

	public AllocationLink {
		if (agbCode == null || !agbCode.matches("[0-9]{8}")) {
			throw new IllegalArgumentException("An AGB code has eight digits");
		}
		if (productCategory == null || !productCategory.matches("[0-9]{2}")) {
			throw new IllegalArgumentException("A product category has two digits");
		}
	}

	public static boolean isValid(String agbCode, String productCategory) {
		return agbCode.matches("[0-9]{8}") && productCategory.matches("[0-9]{2}");
	}
}
