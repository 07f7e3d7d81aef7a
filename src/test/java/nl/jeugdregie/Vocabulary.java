package nl.jeugdregie;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Issue 13, item 8: one Dutch word per concept on pages, PDFs and messages (docs/glossary.md, "Words on every
 * screen"). The variants the glossary rules out, requirement codes and wrong plurals, as patterns over text a user
 * reads; each with the reason shown when a test finds it.
 */
public final class Vocabulary {

	private static final Map<Pattern, String> BANNED = Map.ofEntries(
			banned("\\bhuishoud(en|ens)\\b", "the glossary says \"gezin\", not \"huishouden\""),
			banned("\\bsamenwerkingsplan", "the glossary says \"gezinsplan\", not \"samenwerkingsplan\""),
			banned("\\bplan voor het gezin\\b", "the glossary says \"gezinsplan\" (printable: \"gezinsplan om te printen\")"),
			banned("\\bbehandelaar", "the glossary says \"toegewezen aan\" (a request) or \"regisseur\" (a family)"),
			banned("\\brapportage wachttijden\\b|\\bwachttijdenrapportage", "the report is the \"maandrapportage wachttermijn en doorlooptijd\""),
			banned("\\bmaandrapportage wachttermijn\\b(?! en doorlooptijd)", "the report is the \"maandrapportage wachttermijn en doorlooptijd\""),
			banned("(?-i)\\b(TOEW|TOE|STU|MON|OND|PLAN|BEY|SEC|VIND)-\\d+\\b", "requirement codes are not shown to users"),
			banned("(?<![\\d.,])\\b1 (hulpvragen|gezinnen|dagen|weken|maanden|gesprekken|doelen|personen|jongeren|jeugdigen|besluiten|acties)\\b",
					"one of something is singular (use a plural choice)"),
			banned("\\p{L}\\((en|s)\\)", "write singular or plural, not \"(en)\" or \"(s)\""));

	private Vocabulary() {}

	private static Map.Entry<Pattern, String> banned(String regex, String reason) {
		return Map.entry(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), reason);
	}

	/** The banned words in a text a user reads, each as "found: reason"; empty when the text keeps the glossary. */
	public static List<String> violations(String text) {
		var found = new ArrayList<String>();
		BANNED.forEach((pattern, reason) -> {
			var matcher = pattern.matcher(text);
			while (matcher.find()) {
				found.add("\"" + matcher.group() + "\": " + reason);
			}
		});
		return found;
	}

	/** A template as far as a user can read it: everything but its comments (attributes hold visible literals). */
	public static String withoutComments(String template) {
		return template.replaceAll("(?s)<!--.*?-->", " ");
	}

	/** The text of an HTML page a user can read: without comments, scripts, styles and tags. */
	public static String visibleText(String html) {
		return html.replaceAll("(?s)<!--.*?-->", " ").replaceAll("(?s)<script.*?</script>", " ")
				.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<[^>]*>", " ").replace("&nbsp;", " ")
				.replaceAll("\\s+", " ");
	}
}
