package nl.jeugdregie.plans;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.types.Identifier;

/** Identifies an adult's individual social work trajectory (PLAN-8, PLAN-9). */
public record SocialWorkTrajectoryId(UUID value) implements Identifier {

	public SocialWorkTrajectoryId {
		Objects.requireNonNull(value, "value");
	}

	public static SocialWorkTrajectoryId random() {
		return new SocialWorkTrajectoryId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
