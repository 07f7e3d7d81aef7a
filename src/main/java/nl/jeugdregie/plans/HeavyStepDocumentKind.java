package nl.jeugdregie.plans;

import nl.jeugdregie.platform.text.Labelled;

/** A recorded document that a heavy step may need (PLAN-6, PLAN-7). */
public enum HeavyStepDocumentKind implements Labelled {
	/** Verklarende analyse. */
	EXPLANATORY_ANALYSIS,
	/** Eigen Kracht-conferentie. */
	EIGEN_KRACHT_CONFERENCE,
	/** Familiegroepsplan: the plan a family group makes, at an Eigen Kracht conference or otherwise. */
	FAMILY_GROUP_PLAN;
}
