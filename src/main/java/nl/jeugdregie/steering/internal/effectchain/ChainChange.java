package nl.jeugdregie.steering.internal.effectchain;

/** One accepted change to an effect chain or its indicators, as {@link EffectChain} decided it (STU-2). */
public sealed interface ChainChange {

	/** The link gets a new text; an empty text means the assignment does not describe the link. */
	record LinkDescribed(ChainLink link, String text) implements ChainChange {}

	record IndicatorAdded(long goalId, IndicatorDraft draft) implements ChainChange {}

	record IndicatorChanged(long indicatorId, IndicatorDraft draft) implements ChainChange {}

	record IndicatorRemoved(long indicatorId) implements ChainChange {}
}
