package nl.jeugdregie.plans.internal.socialwork;

import java.time.Period;

/**
 * The social work norms in force on a trajectory's registration date (PLAN-8): at most {@code maxClarifications}
 * clarification conversations; the first conversation within {@code firstConversationTerm} for
 * {@code firstConversationShare} percent and within {@code firstConversationLimit} for all; the trajectory lasts at
 * most {@code duration} after clarification and is evaluated at the latest {@code evaluationLead} before its end.
 */
record SocialWorkTerms(int maxClarifications, Period firstConversationTerm, int firstConversationShare,
		Period firstConversationLimit, Period duration, Period evaluationLead) {}
