package nl.jeugdregie.plans.internal.heavystep;

import java.time.Period;

/**
 * The configured durations the heavy-step rules use, as in force on the decision date: how long an explanatory
 * analysis counts (PLAN-7) and above which duration support needs an Eigen Kracht conference (PLAN-6).
 */
record HeavyStepTerms(Period analysisValidity, int analysisValidityMonths, Period supportRequiringConference,
		int supportRequiringConferenceMonths) {

	static HeavyStepTerms ofMonths(int analysisValidityMonths, int supportRequiringConferenceMonths) {
		return new HeavyStepTerms(Period.ofMonths(analysisValidityMonths), analysisValidityMonths,
				Period.ofMonths(supportRequiringConferenceMonths), supportRequiringConferenceMonths);
	}
}
