package nl.jeugdregie.monitoring.internal.kpi;

import org.jspecify.annotations.Nullable;

/** The form beans of the KPI pages (MON-4): what the policy officer typed, shown again next to a refusal. */
public final class KpiForms {

	private KpiForms() {}

	/** A new or changed action line. */
	public static class ActionLineForm {

		private @Nullable String code;
		private @Nullable String name;
		private @Nullable String goal;
		private @Nullable Integer version;

		static ActionLineForm of(ActionLine line) {
			var form = new ActionLineForm();
			form.code = line.code();
			form.name = line.name();
			form.goal = line.goal();
			form.version = line.version();
			return form;
		}

		public @Nullable String getCode() { return code; }
		public void setCode(@Nullable String code) { this.code = code; }
		public @Nullable String getName() { return name; }
		public void setName(@Nullable String name) { this.name = name; }
		public @Nullable String getGoal() { return goal; }
		public void setGoal(@Nullable String goal) { this.goal = goal; }
		public @Nullable Integer getVersion() { return version; }
		public void setVersion(@Nullable Integer version) { this.version = version; }
	}

	/** A new KPI (year, indicator) or a changed one (name, direction, target). */
	public static class KpiForm {

		private @Nullable String year;
		private @Nullable String name;
		private @Nullable String indicator;
		private @Nullable String direction;
		private @Nullable String target;
		private @Nullable Integer version;

		static KpiForm forYear(int year) {
			var form = new KpiForm();
			form.year = Integer.toString(year);
			form.direction = Direction.AT_LEAST.name();
			return form;
		}

		static KpiForm of(Kpi kpi) {
			var form = new KpiForm();
			form.year = Integer.toString(kpi.year());
			form.name = kpi.name();
			form.indicator = kpi.indicator().name();
			form.direction = kpi.direction().name();
			form.target = kpi.targetText();
			form.version = kpi.version();
			return form;
		}

		public @Nullable String getYear() { return year; }
		public void setYear(@Nullable String year) { this.year = year; }
		public @Nullable String getName() { return name; }
		public void setName(@Nullable String name) { this.name = name; }
		public @Nullable String getIndicator() { return indicator; }
		public void setIndicator(@Nullable String indicator) { this.indicator = indicator; }
		public @Nullable String getDirection() { return direction; }
		public void setDirection(@Nullable String direction) { this.direction = direction; }
		public @Nullable String getTarget() { return target; }
		public void setTarget(@Nullable String target) { this.target = target; }
		public @Nullable Integer getVersion() { return version; }
		public void setVersion(@Nullable Integer version) { this.version = version; }
	}

	/** The realised value of a hand-entered KPI, with its source. */
	public static class RealisationForm {

		private @Nullable String value;
		private @Nullable String source;
		private @Nullable Integer version;

		static RealisationForm of(Kpi kpi) {
			var form = new RealisationForm();
			form.value = kpi.realisedText();
			form.source = kpi.realisedSource();
			form.version = kpi.version();
			return form;
		}

		public @Nullable String getValue() { return value; }
		public void setValue(@Nullable String value) { this.value = value; }
		public @Nullable String getSource() { return source; }
		public void setSource(@Nullable String source) { this.source = source; }
		public @Nullable Integer getVersion() { return version; }
		public void setVersion(@Nullable Integer version) { this.version = version; }
	}
}
