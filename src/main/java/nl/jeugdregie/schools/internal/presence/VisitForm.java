package nl.jeugdregie.schools.internal.presence;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a visit or contact. */
public class VisitForm {

	private @Nullable ContactKind kind;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate date;

	public @Nullable ContactKind getKind() { return kind; }
	public void setKind(@Nullable ContactKind kind) { this.kind = kind; }
	public @Nullable LocalDate getDate() { return date; }
	public void setDate(@Nullable LocalDate date) { this.date = date; }
}
