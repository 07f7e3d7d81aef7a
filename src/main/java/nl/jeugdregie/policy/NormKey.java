package nl.jeugdregie.policy;

/**
 * The norms a municipality sets. Each names the requirement it comes from and the unit it is expressed in;
 * the values themselves are data (gemeente Oss's are the seeded defaults).
 */
public enum NormKey {

	/** TOE-5: a request is taken into treatment within this term after registration (Oss: 2 weeks). */
	TREATMENT_START_TERM("TOE-5", NormUnit.WEEKS, "Termijn tot in behandeling nemen"),
	/** TOE-7: the most conversations a professional has when solving a request alone (Oss: 5). */
	MAX_CONVERSATIONS("TOE-7", NormUnit.COUNT, "Maximum aantal gesprekken"),
	/** TOE-7: an application for specialised care is made within this term after the last conversation (Oss: 2 weeks). */
	APPLICATION_TERM_AFTER_LAST_CONVERSATION("TOE-7", NormUnit.WEEKS, "Termijn aanvraag na laatste gesprek"),
	/** TOE-8: the statutory lead time for the route to care once an application is made (Oss: 8 weeks). */
	ROUTE_TO_CARE_LEAD_TIME("TOE-8", NormUnit.WEEKS, "Doorlooptijd toeleiding naar zorg"),
	/** PLAN-6: support planned longer than this needs an Eigen Kracht conference first (Oss: 6 months). */
	SUPPORT_DURATION_REQUIRING_CONFERENCE("PLAN-6", NormUnit.MONTHS, "Duur ondersteuning waarboven Eigen Kracht-conferentie nodig is"),
	/** PLAN-7: how long before a placement or extension an explanatory analysis still counts (12 months, ADR 0008). */
	EXPLANATORY_ANALYSIS_VALIDITY("PLAN-7", NormUnit.MONTHS, "Geldigheid verklarende analyse"),
	/** TOE-12: a young person returning within this period goes to the professional who handled the earlier request. */
	RETURNING_CLIENT_PERIOD("TOE-12", NormUnit.MONTHS, "Periode terugkerende cliënt"),
	/** STU-5: a met norm within this many percentage points of its target counts as at risk (ADR 0014: 5). */
	STEERING_NORM_AT_RISK_MARGIN("STU-5", NormUnit.PERCENT, "Marge waarbinnen een norm dreigt niet gehaald te worden"),
	/** STU-7: half-yearly actuals that differ from budget by more than this share need an explanation (Oss: 0). */
	BUDGET_DEVIATION_EXPLANATION_MARGIN("STU-7", NormUnit.PERCENT, "Marge afwijking begroting zonder toelichting");

	private final String requirement;
	private final NormUnit unit;
	private final String dutchName;

	NormKey(String requirement, NormUnit unit, String dutchName) {
		this.requirement = requirement;
		this.unit = unit;
		this.dutchName = dutchName;
	}

	public String requirement() {
		return requirement;
	}

	public NormUnit unit() {
		return unit;
	}

	public String dutchName() {
		return dutchName;
	}
}
