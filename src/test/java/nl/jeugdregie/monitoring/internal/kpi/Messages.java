package nl.jeugdregie.monitoring.internal.kpi;

import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.result.RefusalTexts;

/** The Dutch text of a KPI refusal, read from the same bundle the application uses, for unit tests. */
final class Messages {

	private static final RefusalTexts TEXTS = RefusalTexts.of("messages-monitoring-kpi");

	private Messages() {}

	static String text(Refusal refusal) {
		return TEXTS.text(refusal);
	}
}
