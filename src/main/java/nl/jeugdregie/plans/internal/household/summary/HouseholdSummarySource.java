package nl.jeugdregie.plans.internal.household.summary;

import nl.jeugdregie.plans.internal.household.HouseholdFile;
/**
 * Gives the household summary page the facts kept by the plan's follow-up and the future plans. Implemented where
 * those facts live; it reads only, the opening of the household (access decision and audit) has happened already.
 */
public interface HouseholdSummarySource {

	HouseholdSummary summaryOf(HouseholdFile file);
}
