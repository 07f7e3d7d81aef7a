package nl.jeugdregie.plans;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.intake.HelpRequestId;

/**
 * The goals of the family's cooperation plan for a help request, for modules that link their work to them (an
 * arrangement in allocation, TOEW-2). Goal texts are client data: callers read them inside an audited access.
 */
public interface FamilyPlanGoals {

	/** A goal of the plan: its id, the life domain's Dutch name and the goal as the family put it. */
	record Goal(UUID id, String lifeDomain, String description) {}

	/** The household the help request is linked to, if any. */
	Optional<HouseholdId> householdOf(HelpRequestId helpRequest);

	/** The goals of the household's plan in priority order; empty without a plan. */
	List<Goal> goalsOf(HouseholdId household);
}
