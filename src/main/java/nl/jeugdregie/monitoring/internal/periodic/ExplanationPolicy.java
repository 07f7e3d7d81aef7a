package nl.jeugdregie.monitoring.internal.periodic;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a half-yearly explanation must satisfy before it is stored (MON-2), as Dutch field messages. */
final class ExplanationPolicy {

	static final int MAX_LENGTH = 4000;

	/** A refused field and the message shown next to it. */
	record Violation(String field, String message) {}

	private ExplanationPolicy() {}

	static List<Violation> check(@Nullable String developments, @Nullable String bottlenecks,
			@Nullable String recommendations) {
		var violations = new ArrayList<Violation>();
		tooLong("ontwikkelingen", developments, violations);
		tooLong("knelpunten", bottlenecks, violations);
		tooLong("aanbevelingen", recommendations, violations);
		if (blank(developments) && blank(bottlenecks) && blank(recommendations)) {
			violations.add(new Violation("ontwikkelingen",
					"Schrijf ten minste de ontwikkelingen, de knelpunten of de aanbevelingen."));
		}
		return violations;
	}

	private static void tooLong(String field, @Nullable String text, List<Violation> violations) {
		if (text != null && text.strip().length() > MAX_LENGTH) {
			violations.add(new Violation(field, "Gebruik ten hoogste " + MAX_LENGTH + " tekens."));
		}
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
