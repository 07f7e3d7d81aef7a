package nl.jeugdregie.findability.internal.information;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.platform.result.Policy;
import nl.jeugdregie.platform.result.Refusal;

/**
 * VIND-1: a page has a web address (lower-case letters, digits and dashes), a title, a summary and a text, each
 * within its length, and an audience. {@link #all} gives every refusal at once, for the error summary.
 */
final class PageTextsComplete implements Policy<PageForm> {

	@Override
	public Optional<Refusal> check(PageForm form) {
		return all(form).stream().findFirst();
	}

	static List<Refusal> all(PageForm form) {
		var refusals = new ArrayList<Refusal>();
		var slug = form.text(form.getSlug());
		if (slug.isEmpty()) {
			refusals.add(Refusal.of("slug", "findability.page.slug.required"));
		} else if (!slug.matches(PageDraft.SLUG) || slug.length() > 80) {
			refusals.add(Refusal.of("slug", "findability.page.slug.invalid"));
		}
		if (form.getAudience() == null) {
			refusals.add(Refusal.of("audience", "findability.page.audience.required"));
		}
		text(refusals, "title", form.text(form.getTitle()), PageDraft.MAX_TITLE);
		text(refusals, "summary", form.text(form.getSummary()), PageDraft.MAX_SUMMARY);
		text(refusals, "body", form.text(form.getBody()), PageDraft.MAX_BODY);
		return refusals;
	}

	private static void text(List<Refusal> refusals, String field, String value, int max) {
		if (value.isEmpty()) {
			refusals.add(Refusal.of(field, "findability.page." + field + ".required"));
		} else if (value.length() > max) {
			refusals.add(Refusal.of(field, "findability.text.tooLong", max));
		}
	}
}
