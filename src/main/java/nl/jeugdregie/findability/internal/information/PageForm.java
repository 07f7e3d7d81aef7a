package nl.jeugdregie.findability.internal.information;

import org.jspecify.annotations.Nullable;

/** The editor's form of a page, as typed. */
public class PageForm {

	private @Nullable String slug;
	private @Nullable Audience audience;
	private @Nullable String title;
	private @Nullable String summary;
	private @Nullable String body;
	private long version;

	static PageForm of(InformationPage page) {
		var form = new PageForm();
		form.slug = page.slug();
		form.audience = page.audience();
		form.title = page.title();
		form.summary = page.summary();
		form.body = page.body();
		form.version = page.version();
		return form;
	}

	public @Nullable String getSlug() { return slug; }
	public void setSlug(@Nullable String slug) { this.slug = slug; }
	public @Nullable Audience getAudience() { return audience; }
	public void setAudience(@Nullable Audience audience) { this.audience = audience; }
	public @Nullable String getTitle() { return title; }
	public void setTitle(@Nullable String title) { this.title = title; }
	public @Nullable String getSummary() { return summary; }
	public void setSummary(@Nullable String summary) { this.summary = summary; }
	public @Nullable String getBody() { return body; }
	public void setBody(@Nullable String body) { this.body = body; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }

	String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	/** The draft, once the page rules found nothing. */
	PageDraft draft() {
		return new PageDraft(text(slug), audience == null ? Audience.EVERYONE : audience, text(title), text(summary),
				text(body));
	}

	Readability.Measure readability() {
		return Readability.of(text(title) + "\n" + text(summary) + "\n" + text(body));
	}
}
