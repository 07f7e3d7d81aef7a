package nl.jeugdregie.platform.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Which characters no text field may hold: control characters other than TAB, LF and CR (PostgreSQL refuses
 * NUL, and none of them can be typed or printed) and lone UTF-16 surrogates (they cannot be encoded and would
 * be stored as '?'). One rule for the API and the UI, checked before any controller runs.
 */
public final class InputHygiene {

	/** The Dutch message next to a field that holds such a character (B1). */
	public static final String MESSAGE = "Dit veld bevat een teken dat niet is toegestaan. Haal dat teken weg en probeer het opnieuw.";

	private InputHygiene() {}

	/** Whether the text holds no forbidden character; {@code null} is clean. */
	public static boolean isClean(@Nullable CharSequence text) {
		return text == null || firstForbiddenIndex(text) < 0;
	}

	/** The index of the first forbidden character, or -1 when there is none. */
	public static int firstForbiddenIndex(CharSequence text) {
		for (var i = 0; i < text.length(); i++) {
			var c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return i;
			}
			if (Character.isLowSurrogate(c) || isForbiddenControl(c)) {
				return i;
			}
		}
		return -1;
	}

	private static boolean isForbiddenControl(char c) {
		return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
	}

	/** The names of the parameters whose name or any value holds a forbidden character, in request order. */
	public static List<String> uncleanParameters(Map<String, String[]> parameters) {
		var fields = new ArrayList<String>();
		parameters.forEach((name, values) -> {
			if (!isClean(name)) {
				fields.add(printable(name));
				return;
			}
			for (var value : values) {
				if (!isClean(value)) {
					fields.add(name);
					return;
				}
			}
		});
		return fields;
	}

	/**
	 * The paths of the JSON strings (and object keys) that hold a forbidden character, written as Spring
	 * writes field errors: {@code members[0].name}.
	 */
	public static List<String> uncleanFields(JsonNode root) {
		var fields = new ArrayList<String>();
		walk(root, "", fields);
		return fields;
	}

	private static void walk(JsonNode node, String path, List<String> fields) {
		if (node.isString()) {
			if (!isClean(node.stringValue())) {
				fields.add(path);
			}
		} else if (node.isArray()) {
			for (var i = 0; i < node.size(); i++) {
				walk(node.get(i), path + "[" + i + "]", fields);
			}
		} else if (node.isObject()) {
			for (var entry : node.properties()) {
				var name = entry.getKey();
				if (!isClean(name)) {
					fields.add(path.isEmpty() ? printable(name) : path + "." + printable(name));
				} else {
					walk(entry.getValue(), path.isEmpty() ? name : path + "." + name, fields);
				}
			}
		}
	}

	/** The text with every forbidden character replaced by U+FFFD, so a name can be echoed safely. */
	public static String printable(String text) {
		var out = new StringBuilder(text.length());
		for (var i = 0; i < text.length(); i++) {
			var index = firstForbiddenIndex(text.subSequence(i, Math.min(text.length(), i + 2)));
			if (index == 0) {
				out.append('\uFFFD');
			} else {
				out.append(text.charAt(i));
				if (Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()) {
					out.append(text.charAt(++i));
				}
			}
		}
		return out.toString();
	}
}
