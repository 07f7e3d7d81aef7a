package nl.jeugdregie.plans.internal.socialwork;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.audit.ClientId;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.plans.SocialWorkTrajectoryId;

/** Trajectories and the product-default terms of memo 001 3.2, for unit tests. */
final class SocialWorkFixtures {

	static final SocialWorkTerms TERMS = new SocialWorkTerms(2, Period.ofWeeks(4), 90, Period.ofWeeks(6),
			Period.ofMonths(6), Period.ofMonths(1));

	private SocialWorkFixtures() {}

	static SocialWorkTrajectory trajectory(LocalDate registeredOn, TrajectoryState state,
			SocialWorkTrajectory.Contact... contacts) {
		return new SocialWorkTrajectory(SocialWorkTrajectoryId.random(), "MW-2026-000001", ClientId.random(),
				new MunicipalityCode("0828"), new TeamId(UUID.randomUUID()), "sociaal-werker", "Inwoner",
				LocalDate.of(1970, 1, 1), "Vraag", registeredOn, state, 0, List.of(contacts));
	}

	static SocialWorkTrajectory.Contact contact(ContactKind kind, LocalDate on) {
		return new SocialWorkTrajectory.Contact(UUID.randomUUID(), kind, on, ContactInitiator.WORKER, "Gesprek", "w");
	}
}
