package nl.jeugdregie.schools.internal.zat;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a ZAT meeting. */
public class ZatForm {

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate heldOn;
	private @Nullable Boolean ocpTookPart;

	public @Nullable LocalDate getHeldOn() { return heldOn; }
	public void setHeldOn(@Nullable LocalDate heldOn) { this.heldOn = heldOn; }
	public @Nullable Boolean getOcpTookPart() { return ocpTookPart; }
	public void setOcpTookPart(@Nullable Boolean ocpTookPart) { this.ocpTookPart = ocpTookPart; }
}
