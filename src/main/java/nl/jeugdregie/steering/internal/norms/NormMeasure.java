package nl.jeugdregie.steering.internal.norms;

/**
 * Where a norm's figure comes from (BEY-3): computed by Jeugdregie from case data or the financing lines where it
 * has them, otherwise the figures the provider delivers per period.
 */
public enum NormMeasure {
	/** Only the provider's delivered figures. */
	PROVIDER_FIGURES(false),
	/** Share of adults registered in the period who had their first conversation within the norm's term. */
	FIRST_CONVERSATION_WITHIN_TERM(true),
	/** Share of trajectories closed in the period whose exit route is a Wmo tailored provision. */
	WMO_REFERRALS_AFTER_CLOSURE(true),
	/** Individual social work's share of individual plus collective social work's budget, from the lines. */
	INDIVIDUAL_WORK_BUDGET_SHARE(false);

	private final boolean fromCaseData;

	NormMeasure(boolean fromCaseData) {
		this.fromCaseData = fromCaseData;
	}

	public boolean fromCaseData() {
		return fromCaseData;
	}

	/** The budget share is computed from the lines; the provider cannot deliver a figure for it. */
	public boolean acceptsDeliveredFigures() {
		return this != INDIVIDUAL_WORK_BUDGET_SHARE;
	}
}
