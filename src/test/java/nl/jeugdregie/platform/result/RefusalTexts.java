package nl.jeugdregie.platform.result;

import java.util.List;
import java.util.Locale;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The Dutch text of a refusal, read from the same message bundles the application uses, for unit tests of rules and
 * commands: {@code RefusalTexts.of("messages-steering").text(refusal)}.
 */
public final class RefusalTexts {

	private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

	private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

	private RefusalTexts(String... basenames) {
		bundle.setBasenames(basenames);
		bundle.setDefaultEncoding("UTF-8");
		bundle.setFallbackToSystemLocale(false);
	}

	/** The texts of the bundles with these base names, such as {@code messages-steering}. */
	public static RefusalTexts of(String... basenames) {
		return new RefusalTexts(basenames);
	}

	/** The Dutch text of the refusal, its arguments filled in. */
	public String text(Refusal refusal) {
		return bundle.getMessage(refusal.code(), refusal.arguments().toArray(), DUTCH);
	}

	/** The refusals of a refused outcome; fails the test when the outcome is of another kind. */
	public static List<Refusal> refusals(Outcome<?> outcome) {
		if (outcome instanceof Outcome.Refused<?>(var refusals)) {
			return refusals;
		}
		throw new AssertionError("Expected a refused outcome, got " + outcome);
	}
}
