package nl.jeugdregie.allocation.internal.catalogue;

import org.jspecify.annotations.Nullable;

/** The form to change a product (name, unit, frequency) or end a tariff line (last day), with the version seen. */
public class CatalogueChangeForm {

	private @Nullable String name;
	private @Nullable String unit;
	private @Nullable String frequency;
	private @Nullable String lastDay;
	private long version;

	public @Nullable String getName() { return name; }
	public void setName(@Nullable String name) { this.name = name; }
	public @Nullable String getUnit() { return unit; }
	public void setUnit(@Nullable String unit) { this.unit = unit; }
	public @Nullable String getFrequency() { return frequency; }
	public void setFrequency(@Nullable String frequency) { this.frequency = frequency; }
	public @Nullable String getLastDay() { return lastDay; }
	public void setLastDay(@Nullable String lastDay) { this.lastDay = lastDay; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
}
