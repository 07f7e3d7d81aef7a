package nl.jeugdregie.steering.internal.effectchain;

import org.jspecify.annotations.Nullable;

/**
 * An indicator as typed on the form or sent to the API, not yet checked: {@link EffectChainInputPolicy} turns it into
 * an {@link IndicatorDraft} or says why not.
 *
 * @param normId the norm whose latest figure is the indicator's figure; null for none
 * @param target the target value as Dutch text, such as "90" or "12,5"; empty for none
 */
public record IndicatorInput(@Nullable String name, @Nullable String measures, @Nullable String unit,
		@Nullable Long normId, @Nullable String target) {}
