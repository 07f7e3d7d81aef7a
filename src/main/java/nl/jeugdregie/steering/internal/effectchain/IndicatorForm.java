package nl.jeugdregie.steering.internal.effectchain;

import org.jspecify.annotations.Nullable;

/**
 * The form to add or change an indicator. The norm and the target are text, so wrong input comes back as typed with
 * a Dutch explanation next to the field.
 */
public class IndicatorForm {

	private @Nullable String name;
	private @Nullable String measures;
	private @Nullable String unit;
	private @Nullable String normId;
	private @Nullable String target;
	private @Nullable Integer version;

	static IndicatorForm of(Indicator indicator) {
		var form = new IndicatorForm();
		form.name = indicator.name();
		form.measures = indicator.measures();
		form.unit = indicator.unit();
		form.normId = indicator.normId() == null ? "" : indicator.normId().toString();
		form.target = indicator.targetText();
		form.version = indicator.version();
		return form;
	}

	/** The input for the policy; a norm that is not a number is an unknown norm, which the policy refuses. */
	IndicatorInput input() {
		Long norm = null;
		if (normId != null && !normId.isBlank()) {
			try {
				norm = Long.valueOf(normId.strip());
			}
			catch (NumberFormatException notANumber) {
				norm = -1L;
			}
		}
		return new IndicatorInput(name, measures, unit, norm, target);
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getMeasures() {
		return measures;
	}

	public void setMeasures(@Nullable String measures) {
		this.measures = measures;
	}

	public @Nullable String getUnit() {
		return unit;
	}

	public void setUnit(@Nullable String unit) {
		this.unit = unit;
	}

	public @Nullable String getNormId() {
		return normId;
	}

	public void setNormId(@Nullable String normId) {
		this.normId = normId;
	}

	public @Nullable String getTarget() {
		return target;
	}

	public void setTarget(@Nullable String target) {
		this.target = target;
	}

	public @Nullable Integer getVersion() {
		return version;
	}

	public void setVersion(@Nullable Integer version) {
		this.version = version;
	}
}
