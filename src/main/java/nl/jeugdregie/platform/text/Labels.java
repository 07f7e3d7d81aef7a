package nl.jeugdregie.platform.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The Dutch texts of Java code, read from {@code messages.properties}: the same bundle Spring's message source
 * gives the templates, loaded once for the Dutch locale (UTF-8). Static, so records, PDFs, services and templates
 * share one lookup. A missing key is a programming error and throws; a constant's name is never shown instead.
 */
public final class Labels {

	/** The prefix of every enum label key. */
	public static final String PREFIX = "label.";
	private static final String ROOT_PACKAGE = "nl.jeugdregie.";
	private static final Locale DUTCH = Locale.of("nl", "NL");
	private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", DUTCH,
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

	private Labels() {}

	/** The label of an enum constant: key {@code label.<type>.<CONSTANT>}, e.g. {@code label.intake.Channel.PHONE}. */
	public static String of(Enum<?> value) {
		return text(key(value));
	}

	/** A second text of an enum constant: key {@code label.<type>.<CONSTANT>.<part>}, e.g. its description. */
	public static String of(Enum<?> value, String part) {
		return text(key(value) + "." + part);
	}

	/**
	 * The label of a type that is not an enum constant, such as a state record of a sealed interface: key
	 * {@code label.<type>}, e.g. {@code label.findability.internal.information.PageStatus.Draft}.
	 */
	public static String ofType(Class<?> type) {
		return text(PREFIX + typeName(type));
	}

	/** A second text of such a type: key {@code label.<type>.<part>}, e.g. a state's variant. */
	public static String ofType(Class<?> type, String part) {
		return text(PREFIX + typeName(type) + "." + part);
	}

	/** The label of an enum constant with its arguments filled in ({@link MessageFormat}, as Spring does). */
	public static String format(Enum<?> value, Object... arguments) {
		return text(key(value), arguments);
	}

	/**
	 * The text under a key, with {@code {0}}-style arguments filled in by {@link MessageFormat} when there are any
	 * (without arguments the text is taken as it stands, as Spring's message source does).
	 */
	public static String text(String key, Object... arguments) {
		String pattern;
		try {
			pattern = BUNDLE.getString(key);
		} catch (MissingResourceException e) {
			throw new IllegalStateException("No Dutch text for key " + key + " in messages.properties", e);
		}
		return arguments.length == 0 ? pattern : new MessageFormat(pattern, DUTCH).format(arguments);
	}

	/** The key of an enum constant's label: its type's binary name without {@code nl.jeugdregie.}, {@code $} as {@code .}. */
	public static String key(Enum<?> value) {
		return PREFIX + typeName(value.getDeclaringClass()) + "." + value.name();
	}

	/** The type part of a label key, e.g. {@code plans.internal.household.Goal.Status} for a nested enum. */
	public static String typeName(Class<?> type) {
		var name = type.getName();
		if (name.startsWith(ROOT_PACKAGE)) {
			name = name.substring(ROOT_PACKAGE.length());
		}
		return name.replace('$', '.');
	}

	/** Every key of the bundle, for the test that finds labels no enum constant uses. */
	public static Set<String> keys() {
		return BUNDLE.keySet();
	}
}
