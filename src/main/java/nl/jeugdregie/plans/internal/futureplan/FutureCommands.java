package nl.jeugdregie.plans.internal.futureplan;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What the UI and API ask of a future plan (PLAN-4); field names are the form fields' names. */
final class FutureCommands {

	private FutureCommands() {}

	record NewFuturePlan(@Nullable UUID youngPerson, @Nullable String motivation) {}

	record DomainEntry(@Nullable FutureDomain domain, @Nullable String currentSituation, @Nullable String needed,
			@Nullable String networkDoes, @Nullable String formalDoes) {}

	record NewKeyDate(@Nullable FutureDateKind dateKind, @Nullable LocalDate dateOn, @Nullable String dateDescription) {}
}
