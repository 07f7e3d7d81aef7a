package nl.jeugdregie.plans;

import java.time.Instant;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import org.jspecify.annotations.Nullable;

/**
 * PLAN-3: a household got a new case director (regisseur). Carries usernames of staff only, no personal data
 * of the family; {@code previousDirector} is null when the household was just created.
 */
public record CaseDirectorChanged(HouseholdId household, MunicipalityCode municipality, TeamId team,
		@Nullable String previousDirector, String newDirector, Instant changedAt) {}
