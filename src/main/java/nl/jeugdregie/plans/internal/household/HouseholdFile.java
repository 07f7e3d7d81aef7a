package nl.jeugdregie.plans.internal.household;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.plans.internal.heavystep.RecordedDocument;
import nl.jeugdregie.plans.internal.heavystep.RecordedHeavyStep;
import nl.jeugdregie.plans.internal.plan.CooperationPlan;

/** Everything recorded about a household, as its pages and the API show it. */
public record HouseholdFile(Household household, List<HouseholdMember> members, List<HelpRequestId> helpRequests,
		List<DirectorChange> directorHistory, CooperationPlan plan, List<RecordedDocument> documents,
		List<RecordedHeavyStep> heavySteps) {

	public Optional<HouseholdMember> member(UUID id) {
		return members.stream().filter(m -> m.id().equals(id)).findFirst();
	}

	public String memberName(UUID id) {
		return member(id).map(HouseholdMember::name).orElse("");
	}
}
