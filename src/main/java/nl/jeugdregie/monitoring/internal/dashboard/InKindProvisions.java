package nl.jeugdregie.monitoring.internal.dashboard;

/**
 * MON-8 (in-kind individual provisions) needs figures from the allocation module, which does not exist yet: the
 * dashboard says so explicitly instead of showing invented or zero figures.
 */
public record InKindProvisions(String status, String requirement, String message) {

	static final InKindProvisions NO_DATA_YET = new InKindProvisions("NO_DATA_YET", "MON-8",
			"Nog geen gegevens: deze cijfers komen uit de module toewijzing, die er nog niet is.");
}
