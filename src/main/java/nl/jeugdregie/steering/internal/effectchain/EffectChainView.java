package nl.jeugdregie.steering.internal.effectchain;

import java.math.BigDecimal;
import java.util.List;
import nl.jeugdregie.steering.internal.assignment.TypeOfWork;
import nl.jeugdregie.steering.internal.norms.NormEvaluation;
import org.jspecify.annotations.Nullable;

/**
 * The effect chain of a type of work as the screens and the API show it (STU-2): the five links in order, and per
 * goal its indicators with the latest figure Jeugdregie computes for them.
 *
 * @param mayEdit whether the user may change the chain and the indicators (the municipality's policy officer)
 */
public record EffectChainView(TypeOfWork type, EffectChain chain, List<GoalView> goals, boolean mayEdit) {

	public List<EffectChain.Step> steps() {
		return chain.steps();
	}

	/** @param showHeading whether this goal starts a new main goal (hoofddoel) */
	public record GoalView(EffectChain.GoalIndicators goal, boolean showHeading, List<IndicatorView> indicators) {}

	/**
	 * An indicator with its norm and the norm's latest evaluated figure.
	 *
	 * @param latest null when the indicator has no norm: Jeugdregie computes no figure for it
	 */
	public record IndicatorView(Indicator indicator, @Nullable NormRef norm, @Nullable Measurement latest) {

		public boolean measured() {
			return latest != null;
		}
	}

	public record NormRef(long id, String code, String description) {}

	/**
	 * A norm's evaluation on today, as the indicator's latest figure.
	 *
	 * @param value the figure; null when there is none for the period, or for a deadline norm
	 * @param figure the figure as text: "83,5 %", "klaar op 3-1-2022", or "–"
	 * @param period the period it is about, such as "2026-K3"
	 * @param status the norm's status in Dutch: "gehaald", "geen cijfer", ...
	 * @param basis where the figure comes from, or why there is none, in Dutch
	 */
	public record Measurement(@Nullable BigDecimal value, String figure, String period, String status,
			String statusCode, String source, String basis) {

		static Measurement of(NormEvaluation evaluation) {
			return new Measurement(evaluation.figure(), evaluation.figureText(), evaluation.period().label(),
					evaluation.status().dutchName(), evaluation.status().name(), evaluation.source().dutchName(),
					evaluation.basis());
		}

		/** Whether there is a figure (or a completion date) for the period. */
		public boolean hasFigure() {
			return !"–".equals(figure);
		}
	}
}
