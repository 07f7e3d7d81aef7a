package nl.jeugdregie.steering.internal.effectchain;

import org.jspecify.annotations.Nullable;

/** The form for one link of the effect chain; {@code version} is the link's version when the page was opened. */
public class LinkForm {

	private @Nullable String text;
	private @Nullable Integer version;

	public @Nullable String getText() {
		return text;
	}

	public void setText(@Nullable String text) {
		this.text = text;
	}

	public @Nullable Integer getVersion() {
		return version;
	}

	public void setVersion(@Nullable Integer version) {
		this.version = version;
	}
}
