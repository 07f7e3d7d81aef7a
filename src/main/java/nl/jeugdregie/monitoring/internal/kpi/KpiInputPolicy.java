package nl.jeugdregie.monitoring.internal.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * What an action line, a KPI and a hand-entered realisation must satisfy before they are stored (MON-4), as
 * refusals per field whose Dutch texts live in {@code messages-monitoring-kpi.properties}. Numbers are typed the
 * Dutch way ("12,5") or with a point ("12.5"), one decimal at most. The commands in {@link KpiCommands} are built
 * only from input these rules accept.
 */
final class KpiInputPolicy {

	static final int MAX_CODE = 10;
	static final int MAX_NAME = 200;
	static final int MAX_GOAL = 1000;
	static final int MAX_SOURCE = 500;

	private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}.\\-]+");
	private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

	private KpiInputPolicy() {}

	static List<Refusal> actionLine(@Nullable String code, @Nullable String name, @Nullable String goal) {
		var refusals = new ArrayList<Refusal>();
		if (blank(code)) {
			refusals.add(Refusal.of("code", "kpi.actionLine.code.missing"));
		} else if (code.strip().length() > MAX_CODE) {
			refusals.add(tooLong("code", MAX_CODE));
		} else if (!CODE.matcher(code.strip()).matches()) {
			refusals.add(Refusal.of("code", "kpi.actionLine.code.malformed"));
		}
		required("name", name, "kpi.actionLine.name.missing", MAX_NAME, refusals);
		if (goal != null && goal.strip().length() > MAX_GOAL) {
			refusals.add(tooLong("goal", MAX_GOAL));
		}
		return refusals;
	}

	/** A new KPI: its indicator decides the unit the target is checked in. */
	static List<Refusal> kpi(@Nullable String name, @Nullable String indicator, @Nullable String direction,
			@Nullable String target) {
		var refusals = new ArrayList<Refusal>();
		required("name", name, "kpi.name.missing", MAX_NAME, refusals);
		var chosen = indicator(indicator);
		if (chosen == null) {
			refusals.add(Refusal.of("indicator", "kpi.indicator.missing"));
		}
		refusals.addAll(targetAndDirection(chosen == null ? Unit.NUMBER : chosen.unit(), direction, target));
		return refusals;
	}

	/** A changed KPI: its indicator is fixed, so only name, direction and target are checked. */
	static List<Refusal> change(Unit unit, @Nullable String name, @Nullable String direction, @Nullable String target) {
		var refusals = new ArrayList<Refusal>();
		required("name", name, "kpi.name.missing", MAX_NAME, refusals);
		refusals.addAll(targetAndDirection(unit, direction, target));
		return refusals;
	}

	static List<Refusal> realisation(Unit unit, @Nullable String value, @Nullable String source) {
		var refusals = new ArrayList<Refusal>();
		number("value", value, unit, "kpi.value.missing", refusals);
		required("source", source, "kpi.source.missing", MAX_SOURCE, refusals);
		return refusals;
	}

	/**
	 * Whether a realisation may be entered at all: only for a hand-entered indicator, and only once its year has
	 * begun. Refuses the change as a whole.
	 */
	static Optional<Refusal> realisationAllowed(Kpi kpi, LocalDate today) {
		if (!kpi.indicator().manual()) {
			return Optional.of(Refusal.ofWhole("kpi.realisation.computed"));
		}
		if (kpi.year() > today.getYear()) {
			return Optional.of(Refusal.ofWhole("kpi.realisation.notBegun", Integer.toString(kpi.year())));
		}
		return Optional.empty();
	}

	/** The version the writer last saw, which every change and removal names (optimistic locking). */
	static List<Refusal> version(@Nullable Integer version) {
		return version == null ? List.of(Refusal.of("version", "kpi.version.missing")) : List.of();
	}

	/** The number as typed, once {@link #number} accepted it. */
	static BigDecimal parse(String text) {
		return new BigDecimal(text.strip().replace(',', '.'));
	}

	static @Nullable Direction direction(@Nullable String text) {
		if (text == null) {
			return null;
		}
		for (var direction : Direction.values()) {
			if (direction.name().equals(text.strip())) {
				return direction;
			}
		}
		return null;
	}

	static @Nullable KpiIndicator indicator(@Nullable String text) {
		return text == null ? null : KpiIndicator.ofName(text.strip()).orElse(null);
	}

	private static List<Refusal> targetAndDirection(Unit unit, @Nullable String direction, @Nullable String target) {
		var refusals = new ArrayList<Refusal>();
		if (direction(direction) == null) {
			refusals.add(Refusal.of("direction", "kpi.direction.missing"));
		}
		number("target", target, unit, "kpi.target.missing", refusals);
		return refusals;
	}

	private static void number(String field, @Nullable String text, Unit unit, String missing, List<Refusal> refusals) {
		if (blank(text)) {
			refusals.add(Refusal.of(field, missing));
			return;
		}
		if (!NUMBER.matcher(text.strip()).matches()) {
			refusals.add(Refusal.of(field, "kpi.number.malformed"));
			return;
		}
		var number = parse(text);
		if (number.signum() < 0) {
			refusals.add(Refusal.of(field, "kpi.number.negative"));
		} else if (number.stripTrailingZeros().scale() > 1) {
			refusals.add(Refusal.of(field, "kpi.number.decimals"));
		} else if (number.compareTo(unit.maximum()) > 0) {
			refusals.add(unit == Unit.PERCENT
					? Refusal.of(field, "kpi.number.percentage")
					: Refusal.of(field, "kpi.number.tooLarge", unit.maximum().toPlainString()));
		}
	}

	private static void required(String field, @Nullable String text, String missing, int max, List<Refusal> refusals) {
		if (blank(text)) {
			refusals.add(Refusal.of(field, missing));
		} else if (text.strip().length() > max) {
			refusals.add(tooLong(field, max));
		}
	}

	private static Refusal tooLong(String field, int max) {
		return Refusal.of(field, "kpi.text.tooLong", Integer.toString(max));
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
