package nl.jeugdregie.findability.internal.information;

/**
 * VIND-1: what the editor writes; the page rules check it before it is built (so the constructor only guards what
 * the rules already promise).
 */
record PageDraft(String slug, Audience audience, String title, String summary, String body) {

	static final int MAX_TITLE = 120;
	static final int MAX_SUMMARY = 300;
	static final int MAX_BODY = 20_000;
	static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";

	PageDraft {
		if (!slug.matches(SLUG) || slug.length() > 80 || title.isBlank() || summary.isBlank() || body.isBlank()
				|| title.length() > MAX_TITLE || summary.length() > MAX_SUMMARY || body.length() > MAX_BODY) {
			throw new IllegalArgumentException("A page draft passes the page rules first");
		}
	}
}
