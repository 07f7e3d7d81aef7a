package nl.jeugdregie.plans;

/**
 * Why a heavy step may not be recorded: a stable Dutch reason code for programs and a B1 explanation for
 * people, naming the configured term where there is one.
 */
public record HeavyStepRefusal(Reason reason, String explanation) {

	public enum Reason {
		/** PLAN-7: no explanatory analysis on or before the decision date. */
		VERKLARENDE_ANALYSE_ONTBREEKT,
		/** PLAN-7: the latest explanatory analysis is older than its validity. */
		VERKLARENDE_ANALYSE_VERLOPEN,
		/** PLAN-6: no Eigen Kracht conference or family group plan on or before the decision date. */
		EIGEN_KRACHT_CONFERENTIE_ONTBREEKT
	}

	/** The Dutch reason code, as the API gives it. */
	public String code() {
		return reason.name();
	}
}
