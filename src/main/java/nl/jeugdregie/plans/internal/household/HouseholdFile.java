package nl.jeugdregie.plans.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.intake.HelpRequestId;

/** Everything recorded about a household, as its pages and the API show it. */
record HouseholdFile(Household household, List<HouseholdMember> members, List<HelpRequestId> helpRequests,
		List<DirectorChange> directorHistory, CooperationPlan plan, List<RecordedDocument> documents,
		List<RecordedHeavyStep> heavySteps) {

	public Optional<HouseholdMember> member(UUID id) {
		return members.stream().filter(m -> m.id().equals(id)).findFirst();
	}

	public String memberName(UUID id) {
		return member(id).map(HouseholdMember::name).orElse("");
	}
}
