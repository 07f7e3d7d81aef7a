package nl.jeugdregie.allocation.internal.catalogue;

import org.jspecify.annotations.Nullable;

/** The form to add a product, as typed. */
public class ProductForm {

	private @Nullable String category;
	private @Nullable String code;
	private @Nullable String name;
	private @Nullable String unit;
	private @Nullable String frequency;

	public @Nullable String getCategory() { return category; }
	public void setCategory(@Nullable String category) { this.category = category; }
	public @Nullable String getCode() { return code; }
	public void setCode(@Nullable String code) { this.code = code; }
	public @Nullable String getName() { return name; }
	public void setName(@Nullable String name) { this.name = name; }
	public @Nullable String getUnit() { return unit; }
	public void setUnit(@Nullable String unit) { this.unit = unit; }
	public @Nullable String getFrequency() { return frequency; }
	public void setFrequency(@Nullable String frequency) { this.frequency = frequency; }
}
