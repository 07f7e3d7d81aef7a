package nl.jeugdregie.monitoring.internal.kpi;

import java.util.Locale;
import nl.jeugdregie.platform.result.Refusal;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The Dutch text of a KPI refusal, read from the same bundle the application uses, for unit tests. */
final class Messages {

	private static final ResourceBundleMessageSource BUNDLE = new ResourceBundleMessageSource();

	static {
		BUNDLE.setBasename("messages-monitoring-kpi");
		BUNDLE.setDefaultEncoding("UTF-8");
		BUNDLE.setFallbackToSystemLocale(false);
	}

	private Messages() {}

	static String text(Refusal refusal) {
		return BUNDLE.getMessage(refusal.code(), refusal.arguments().toArray(), Locale.forLanguageTag("nl-NL"));
	}
}
