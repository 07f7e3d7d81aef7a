package nl.jeugdregie.steering.internal.norms;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;
import nl.jeugdregie.steering.internal.period.NormPeriod;
import nl.jeugdregie.steering.internal.period.ReportingPeriod;

/**
 * The typed ids and commands of the norms feature (STU-5). The controllers build a command from the form or the
 * JSON body with {@code of(...)}, which answers the refusals of the feature's rules per field; a command's
 * constructor accepts only checked values, so {@link NormService} never sees raw text. What depends on stored
 * state written by others (a quarter closed meanwhile, a norm code taken) the service checks again under the
 * assignment's lock.
 */
final class NormCommands {

	private NormCommands() {}

	/** Which norm; a positive database id, read from the path. */
	record NormId(long value) {

		NormId {
			if (value <= 0) {
				throw new IllegalArgumentException("A norm id is positive");
			}
		}

		/** The id in a path; empty when it can be no norm at all (answered as not found). */
		static Optional<NormId> of(long value) {
			return value > 0 ? Optional.of(new NormId(value)) : Optional.empty();
		}
	}

	/** Which evidence file; a positive database id, read from the path. */
	record EvidenceId(long value) {

		EvidenceId {
			if (value <= 0) {
				throw new IllegalArgumentException("An evidence id is positive");
			}
		}

		/** The id in a path; empty when it can be no evidence file at all (answered as not found). */
		static Optional<EvidenceId> of(long value) {
			return value > 0 ? Optional.of(new EvidenceId(value)) : Optional.empty();
		}
	}

	/** Which core condition of the assignment a new norm belongs to. */
	record CoreConditionId(long value) {

		CoreConditionId {
			if (value <= 0) {
				throw new IllegalArgumentException("A core condition id is positive");
			}
		}
	}

	/** A checked figure for one norm and period, with the evidence file if one was added. */
	record DeliverFigure(NormId norm, ProposedFigure figure, NormService.@Nullable EvidenceFile evidence) {

		DeliverFigure {
			Objects.requireNonNull(norm, "norm");
			Objects.requireNonNull(figure, "figure");
			if (figure.norm().id() != norm.value()) {
				throw new IllegalArgumentException("The figure belongs to another norm");
			}
		}

		/**
		 * The evidence file is judged first (alone, as a too large file is refused before anything else), then the
		 * period and value by {@link DeliveredFigurePolicy}: all of them, so the form shows every problem at once.
		 */
		static Outcome<DeliverFigure> of(Norm norm, @Nullable String period, @Nullable String value,
				NormService.@Nullable EvidenceFile evidence, LocalDate today, Collection<LocalDate> closedQuarters) {
			var evidenceRefusal = NormService.evidenceRefusal(evidence, false);
			if (evidenceRefusal != null) {
				return Outcome.refused(evidenceRefusal);
			}
			return switch (new DeliveredFigurePolicy().check(norm, period, value, today, closedQuarters)) {
				case DeliveredFigurePolicy.Refused refused -> Outcome.refused(refused.refusals());
				case DeliveredFigurePolicy.Accepted accepted ->
						Outcome.done(new DeliverFigure(new NormId(norm.id()), accepted.figure(), evidence));
			};
		}
	}

	/** The provider's analysis of the trend and cause of a missed norm, for one period. */
	record RecordCauseAnalysis(NormId norm, ReportingPeriod period, String analysis) {

		RecordCauseAnalysis {
			Objects.requireNonNull(norm, "norm");
			Objects.requireNonNull(period, "period");
			if (analysis.isBlank() || analysis.strip().length() > NormService.MAX_ANALYSIS_LENGTH) {
				throw new IllegalArgumentException("An analysis is 1 to " + NormService.MAX_ANALYSIS_LENGTH + " characters");
			}
			analysis = analysis.strip();
		}

		/** Without a period, the analysis is for the period the norm is evaluated over now. */
		static Outcome<RecordCauseAnalysis> of(NormEvaluation evaluation, @Nullable String period,
				@Nullable String analysis) {
			var text = analysis == null || analysis.isBlank() ? null : analysis.strip();
			if (text == null) {
				return Outcome.refused(Refusal.of("analysis", "steering.refusal.analysis.missing"));
			}
			if (text.length() > NormService.MAX_ANALYSIS_LENGTH) {
				return Outcome.refused(Refusal.of("analysis", "steering.refusal.analysis.tooLong",
						NormService.MAX_ANALYSIS_LENGTH));
			}
			var norm = evaluation.norm();
			var chosen = period == null || period.isBlank() ? Optional.of(evaluation.period())
					: norm.period().parse(period);
			if (chosen.isEmpty()) {
				return Outcome.refused(Refusal.of("period", "steering.refusal.period.malformed", norm.period().dutchName(),
						norm.period().example()));
			}
			return Outcome.done(new RecordCauseAnalysis(new NormId(norm.id()), chosen.get(), text));
		}
	}

	/** The municipality closes a quarter that has ended: its figures are final from now on. */
	record CloseQuarter(ReportingPeriod quarter) {

		CloseQuarter {
			if (quarter.kind() != NormPeriod.QUARTER) {
				throw new IllegalArgumentException("Only a quarter is closed");
			}
		}

		static Outcome<CloseQuarter> of(@Nullable String quarter, LocalDate today) {
			var period = NormPeriod.QUARTER.parse(quarter);
			if (period.isEmpty()) {
				return Outcome.refused(Refusal.of("quarter", "steering.refusal.period.malformed",
						NormPeriod.QUARTER.dutchName(), NormPeriod.QUARTER.example()));
			}
			if (!period.get().endedBefore(today)) {
				return Outcome.refused(Refusal.of("quarter", "steering.refusal.period.notEnded", period.get().label()));
			}
			return Outcome.done(new CloseQuarter(period.get()));
		}
	}

	/** A new norm on a core condition of the municipality's assignment, checked by {@link NewNormPolicy}. */
	record AddNorm(CoreConditionId coreCondition, NewNormPolicy.NewNorm norm) {

		AddNorm {
			Objects.requireNonNull(coreCondition, "coreCondition");
			Objects.requireNonNull(norm, "norm");
		}

		static Outcome<AddNorm> of(CoreConditionId coreCondition, @Nullable String code, @Nullable String description,
				@Nullable String kind, @Nullable String target, @Nullable String deadline, @Nullable String period,
				@Nullable String effectiveFrom, LocalDate today) {
			return switch (new NewNormPolicy().check(code, description, kind, target, deadline, period, effectiveFrom,
					today)) {
				case NewNormPolicy.Refused refused -> Outcome.refused(refused.refusals());
				case NewNormPolicy.Accepted accepted -> Outcome.done(new AddNorm(coreCondition, accepted.norm()));
			};
		}
	}
}
