package nl.jeugdregie.monitoring.internal.periodic;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.platform.result.Refusal;
import org.jspecify.annotations.Nullable;

/** What a half-yearly explanation must satisfy before it is stored (MON-2); the refusals name the form's fields. */
final class ExplanationPolicy {

	static final int MAX_LENGTH = 4000;

	private ExplanationPolicy() {}

	static List<Refusal> check(@Nullable String developments, @Nullable String bottlenecks,
			@Nullable String recommendations) {
		var refusals = new ArrayList<Refusal>();
		tooLong("ontwikkelingen", developments, refusals);
		tooLong("knelpunten", bottlenecks, refusals);
		tooLong("aanbevelingen", recommendations, refusals);
		if (blank(developments) && blank(bottlenecks) && blank(recommendations)) {
			refusals.add(Refusal.of("ontwikkelingen", "monitoring.explanation.empty"));
		}
		return refusals;
	}

	private static void tooLong(String field, @Nullable String text, List<Refusal> refusals) {
		if (text != null && text.strip().length() > MAX_LENGTH) {
			refusals.add(Refusal.of(field, "monitoring.explanation.tooLong", String.valueOf(MAX_LENGTH)));
		}
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}
