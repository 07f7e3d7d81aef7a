package nl.jeugdregie.steering.internal.effectchain;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An indicator that passed {@link EffectChainInputPolicy}: what is stored when one is added or changed (STU-2). */
public record IndicatorDraft(String name, String measures, String unit, @Nullable Long normId,
		@Nullable BigDecimal target) {

	public IndicatorDraft {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(measures, "measures");
		Objects.requireNonNull(unit, "unit");
		if (name.isBlank() || name.length() > EffectChainInputPolicy.MAX_NAME) {
			throw new IllegalArgumentException("An indicator has a name of 1 to " + EffectChainInputPolicy.MAX_NAME
					+ " characters");
		}
		if (measures.length() > EffectChainInputPolicy.MAX_MEASURES || unit.length() > EffectChainInputPolicy.MAX_UNIT) {
			throw new IllegalArgumentException("What an indicator measures, or its unit, is too long");
		}
		if (target != null && target.scale() > 2) {
			throw new IllegalArgumentException("A target has at most two decimals");
		}
	}
}
