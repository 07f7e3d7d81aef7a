package nl.jeugdregie.monitoring.internal.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * The changes a policy officer makes to action lines and KPIs (MON-4), as typed commands. The controllers build
 * them from a form or a JSON body with {@code of(...)}, which answers the refusals of {@link KpiInputPolicy} per
 * field; a command's constructor accepts only what those rules accept, so the service never sees raw text.
 */
final class KpiCommands {

	private KpiCommands() {}

	/** A new action line; the goal may be empty. */
	record AddActionLine(String code, String name, String goal) {

		AddActionLine {
			accepted(KpiInputPolicy.actionLine(code, name, goal));
			code = code.strip();
			name = name.strip();
			goal = goal.strip();
		}

		static Outcome<AddActionLine> of(@Nullable String code, @Nullable String name, @Nullable String goal) {
			return orRefused(KpiInputPolicy.actionLine(code, name, goal),
					() -> new AddActionLine(code, name, text(goal)));
		}
	}

	/** An action line's new code, name and goal, against the version the writer saw. */
	record ChangeActionLine(ActionLineId id, AddActionLine fields, int version) {

		ChangeActionLine {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(fields, "fields");
		}

		static Outcome<ChangeActionLine> of(ActionLineId id, @Nullable String code, @Nullable String name,
				@Nullable String goal, @Nullable Integer version) {
			return orRefused(concat(KpiInputPolicy.actionLine(code, name, goal), KpiInputPolicy.version(version)),
					() -> new ChangeActionLine(id, new AddActionLine(code, name, text(goal)), version));
		}
	}

	/** Removing an action line (refused while it has KPIs), against the version the writer saw. */
	record RemoveActionLine(ActionLineId id, int version) {

		RemoveActionLine {
			Objects.requireNonNull(id, "id");
		}

		static Outcome<RemoveActionLine> of(ActionLineId id, @Nullable Integer version) {
			return orRefused(KpiInputPolicy.version(version), () -> new RemoveActionLine(id, version));
		}
	}

	/** A new KPI of an action line for one year. */
	record AddKpi(ActionLineId actionLine, int year, String name, KpiIndicator indicator, Direction direction,
			BigDecimal target) {

		AddKpi {
			Objects.requireNonNull(actionLine, "actionLine");
			Objects.requireNonNull(indicator, "indicator");
			accepted(KpiInputPolicy.change(indicator.unit(), name, direction == null ? null : direction.name(),
					target == null ? null : target.toPlainString()));
			if (year < KpiYear.FIRST) {
				throw new IllegalArgumentException("A KPI year lies from " + KpiYear.FIRST);
			}
			name = name.strip();
		}

		/** {@code today} bounds the year (up to next year). */
		static Outcome<AddKpi> of(ActionLineId actionLine, @Nullable String year, @Nullable String name,
				@Nullable String indicator, @Nullable String direction, @Nullable String target, LocalDate today) {
			var refusals = new ArrayList<>(KpiInputPolicy.kpi(name, indicator, direction, target));
			var chosen = KpiYear.parse(year, today);
			if (chosen instanceof KpiYear.Refused(Refusal refusal)) {
				refusals.add(refusal);
			}
			return orRefused(refusals, () -> new AddKpi(actionLine, ((KpiYear.Accepted) chosen).year(), name,
					KpiInputPolicy.indicator(indicator), KpiInputPolicy.direction(direction), KpiInputPolicy.parse(target)));
		}
	}

	/** A KPI's new name, direction and target (its year and indicator are fixed), against the version seen. */
	record ChangeKpi(KpiId id, String name, Direction direction, BigDecimal target, int version) {

		ChangeKpi {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(direction, "direction");
			Objects.requireNonNull(target, "target");
			name = required(name);
		}

		/** {@code kpi} is the KPI as loaded: its indicator's unit bounds the target. */
		static Outcome<ChangeKpi> of(Kpi kpi, @Nullable String name, @Nullable String direction,
				@Nullable String target, @Nullable Integer version) {
			return orRefused(concat(KpiInputPolicy.change(kpi.indicator().unit(), name, direction, target),
							KpiInputPolicy.version(version)),
					() -> new ChangeKpi(new KpiId(kpi.id()), name, KpiInputPolicy.direction(direction),
							KpiInputPolicy.parse(target), version));
		}
	}

	/** The realised value of a hand-entered KPI with its source, against the version seen. */
	record Realise(KpiId id, BigDecimal value, String source, int version) {

		Realise {
			Objects.requireNonNull(id, "id");
			Objects.requireNonNull(value, "value");
			if (value.signum() < 0) {
				throw new IllegalArgumentException("A realised value is 0 or more");
			}
			source = required(source);
		}

		/**
		 * {@code kpi} is the KPI as loaded: a computed KPI or one whose year has not begun is refused as a whole
		 * ({@link KpiInputPolicy#realisationAllowed}) before the fields are judged.
		 */
		static Outcome<Realise> of(Kpi kpi, @Nullable String value, @Nullable String source, @Nullable Integer version,
				LocalDate today) {
			var allowed = KpiInputPolicy.realisationAllowed(kpi, today);
			if (allowed.isPresent()) {
				return Outcome.refused(allowed.get());
			}
			return orRefused(concat(KpiInputPolicy.realisation(kpi.indicator().unit(), value, source),
							KpiInputPolicy.version(version)),
					() -> new Realise(new KpiId(kpi.id()), KpiInputPolicy.parse(value), source, version));
		}
	}

	/** Removing a KPI, against the version the writer saw. */
	record RemoveKpi(KpiId id, int version) {

		RemoveKpi {
			Objects.requireNonNull(id, "id");
		}

		static Outcome<RemoveKpi> of(KpiId id, @Nullable Integer version) {
			return orRefused(KpiInputPolicy.version(version), () -> new RemoveKpi(id, version));
		}
	}

	/** Copying last year's KPIs into {@code year}; there is no year before the first. */
	record CopyPreviousYear(int year) {

		CopyPreviousYear {
			if (year <= KpiYear.FIRST) {
				throw new IllegalArgumentException("There is no KPI year before " + KpiYear.FIRST);
			}
		}

		static Outcome<CopyPreviousYear> of(@Nullable String year, LocalDate today) {
			return switch (KpiYear.parse(year, today)) {
				case KpiYear.Refused(Refusal refusal) -> Outcome.refused(refusal);
				case KpiYear.Accepted accepted when accepted.year() == KpiYear.FIRST ->
						Outcome.refused(Refusal.ofWhole("kpi.copy.firstYear"));
				case KpiYear.Accepted accepted -> Outcome.done(new CopyPreviousYear(accepted.year()));
			};
		}
	}

	private static <C> Outcome<C> orRefused(List<Refusal> refusals, java.util.function.Supplier<C> command) {
		return refusals.isEmpty() ? Outcome.done(command.get()) : Outcome.refused(refusals);
	}

	private static void accepted(List<Refusal> refusals) {
		if (!refusals.isEmpty()) {
			throw new IllegalArgumentException("Refused input: " + refusals);
		}
	}

	private static String required(@Nullable String text) {
		if (text == null || text.isBlank()) {
			throw new IllegalArgumentException("Required text is missing");
		}
		return text.strip();
	}

	private static List<Refusal> concat(List<Refusal> first, List<Refusal> second) {
		var all = new ArrayList<>(first);
		all.addAll(second);
		return all;
	}

	private static String text(@Nullable String text) {
		return text == null ? "" : text;
	}
}
