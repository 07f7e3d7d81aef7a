package nl.jeugdregie.allocation.internal.cjgtransfer;

import org.jspecify.annotations.Nullable;

/** The scope form and its check step, moving a scope's date (with the version seen), and the form to add an out-of-scope situation, as typed. */
public class ScopeForm {

	private @Nullable String category;
	private @Nullable String effectiveFrom;
	private @Nullable String label;
	private long version;

	public @Nullable String getCategory() { return category; }
	public void setCategory(@Nullable String category) { this.category = category; }
	public @Nullable String getEffectiveFrom() { return effectiveFrom; }
	public void setEffectiveFrom(@Nullable String effectiveFrom) { this.effectiveFrom = effectiveFrom; }
	public @Nullable String getLabel() { return label; }
	public void setLabel(@Nullable String label) { this.label = label; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
}
