package nl.jeugdregie.plans;

/** A recorded document that a heavy step may need (PLAN-6, PLAN-7). */
public enum HeavyStepDocumentKind {
	/** Verklarende analyse. */
	EXPLANATORY_ANALYSIS("Verklarende analyse"),
	/** Eigen Kracht-conferentie. */
	EIGEN_KRACHT_CONFERENCE("Eigen Kracht-conferentie"),
	/** Familiegroepsplan: the plan a family group makes, at an Eigen Kracht conference or otherwise. */
	FAMILY_GROUP_PLAN("Familiegroepsplan");

	private final String dutchName;

	HeavyStepDocumentKind(String dutchName) {
		this.dutchName = dutchName;
	}

	public String dutchName() {
		return dutchName;
	}
}
