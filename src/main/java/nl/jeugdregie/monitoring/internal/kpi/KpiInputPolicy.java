package nl.jeugdregie.monitoring.internal.kpi;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an action line, a KPI and a hand-entered realisation must satisfy before they are stored (MON-4), as Dutch
 * messages per field. Numbers are typed the Dutch way ("12,5") or with a point ("12.5"), one decimal at most.
 */
final class KpiInputPolicy {

	static final int MAX_CODE = 10;
	static final int MAX_NAME = 200;
	static final int MAX_GOAL = 1000;
	static final int MAX_SOURCE = 500;

	private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}.\\-]+");
	private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

	/** A refused field and the message shown next to it. */
	record Violation(String field, String message) {}

	private KpiInputPolicy() {}

	static List<Violation> actionLine(@Nullable String code, @Nullable String name, @Nullable String goal) {
		var violations = new ArrayList<Violation>();
		if (blank(code)) {
			violations.add(new Violation("code", "Vul de code van de actielijn in, bijvoorbeeld 5.3."));
		} else if (code.strip().length() > MAX_CODE) {
			violations.add(new Violation("code", "Gebruik ten hoogste " + MAX_CODE + " tekens."));
		} else if (!CODE.matcher(code.strip()).matches()) {
			violations.add(new Violation("code", "Gebruik alleen cijfers, letters, punten en streepjes, bijvoorbeeld 5.3."));
		}
		required("name", name, "Vul de naam van de actielijn in.", MAX_NAME, violations);
		if (goal != null && goal.strip().length() > MAX_GOAL) {
			violations.add(new Violation("goal", "Gebruik ten hoogste " + MAX_GOAL + " tekens."));
		}
		return violations;
	}

	/** A new KPI: its indicator decides the unit the target is checked in. */
	static List<Violation> kpi(@Nullable String name, @Nullable String indicator, @Nullable String direction,
			@Nullable String target) {
		var violations = new ArrayList<Violation>();
		required("name", name, "Vul de naam van de KPI in.", MAX_NAME, violations);
		var chosen = indicator == null ? null : KpiIndicator.ofName(indicator.strip()).orElse(null);
		if (chosen == null) {
			violations.add(new Violation("indicator", "Kies wat de KPI meet."));
		}
		violations.addAll(targetAndDirection(chosen == null ? Unit.NUMBER : chosen.unit(), direction, target));
		return violations;
	}

	/** A changed KPI: its indicator is fixed, so only name, direction and target are checked. */
	static List<Violation> change(Unit unit, @Nullable String name, @Nullable String direction, @Nullable String target) {
		var violations = new ArrayList<Violation>();
		required("name", name, "Vul de naam van de KPI in.", MAX_NAME, violations);
		violations.addAll(targetAndDirection(unit, direction, target));
		return violations;
	}

	static List<Violation> realisation(Unit unit, @Nullable String value, @Nullable String source) {
		var violations = new ArrayList<Violation>();
		number("value", value, unit, "Vul de uitkomst in.", violations);
		required("source", source, "Vul de bron van de uitkomst in, bijvoorbeeld het jaarverslag van de aanbieder.",
				MAX_SOURCE, violations);
		return violations;
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

	private static List<Violation> targetAndDirection(Unit unit, @Nullable String direction, @Nullable String target) {
		var violations = new ArrayList<Violation>();
		if (direction(direction) == null) {
			violations.add(new Violation("direction", "Kies of de uitkomst ten minste of ten hoogste de streefwaarde moet zijn."));
		}
		number("target", target, unit, "Vul de streefwaarde in.", violations);
		return violations;
	}

	private static void number(String field, @Nullable String text, Unit unit, String missing,
			List<Violation> violations) {
		if (blank(text)) {
			violations.add(new Violation(field, missing));
			return;
		}
		if (!NUMBER.matcher(text.strip()).matches()) {
			violations.add(new Violation(field, "Vul een getal in, bijvoorbeeld 90 of 12,5, zonder punten voor duizendtallen."));
			return;
		}
		var number = parse(text);
		if (number.signum() < 0) {
			violations.add(new Violation(field, "Vul 0 of meer in."));
		} else if (number.stripTrailingZeros().scale() > 1) {
			violations.add(new Violation(field, "Gebruik ten hoogste één cijfer achter de komma."));
		} else if (number.compareTo(unit.maximum()) > 0) {
			violations.add(new Violation(field, unit == Unit.PERCENT
					? "Een percentage is ten hoogste 100."
					: "Vul ten hoogste " + unit.maximum().toPlainString() + " in."));
		}
	}

	private static void required(String field, @Nullable String text, String missing, int max,
			List<Violation> violations) {
		if (blank(text)) {
			violations.add(new Violation(field, missing));
		} else if (text.strip().length() > max) {
			violations.add(new Violation(field, "Gebruik ten hoogste " + max + " tekens."));
		}
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
