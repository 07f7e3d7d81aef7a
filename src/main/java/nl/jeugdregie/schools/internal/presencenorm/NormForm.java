package nl.jeugdregie.schools.internal.presencenorm;

import java.time.LocalDate;
import nl.jeugdregie.schools.internal.presence.NormPeriod;
import nl.jeugdregie.schools.internal.presence.NormSubject;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a new presence norm. */
public class NormForm {

	private @Nullable NormSubject subject;
	private @Nullable NormPeriod period;
	private @Nullable Integer minimum;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate effectiveFrom;

	public @Nullable NormSubject getSubject() { return subject; }
	public void setSubject(@Nullable NormSubject subject) { this.subject = subject; }
	public @Nullable NormPeriod getPeriod() { return period; }
	public void setPeriod(@Nullable NormPeriod period) { this.period = period; }
	public @Nullable Integer getMinimum() { return minimum; }
	public void setMinimum(@Nullable Integer minimum) { this.minimum = minimum; }
	public @Nullable LocalDate getEffectiveFrom() { return effectiveFrom; }
	public void setEffectiveFrom(@Nullable LocalDate effectiveFrom) { this.effectiveFrom = effectiveFrom; }

	NormDraft draft() {
		return new NormDraft(subject, period, minimum, effectiveFrom);
	}
}
