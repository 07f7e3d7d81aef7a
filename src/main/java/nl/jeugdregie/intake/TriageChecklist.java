package nl.jeugdregie.intake;

import java.util.Map;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.platform.result.Outcome;

/** TOE-4: records the life-domain checklist on which triage is based, for other modules (demo data). */
public interface TriageChecklist {

	/**
	 * Records the checklist of a request in triage: the life domains with a concern, each with its note; every
	 * other domain of the municipality's list without a concern.
	 */
	Outcome<String> recordConcerns(HelpRequestId id, Map<String, String> notesByDomain, CurrentUser professional);
}
