package nl.jeugdregie.schools.internal.contact;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of contact persons and of an absence. */
public class ContactForm {

	private @Nullable String ocp;
	private @Nullable String standIn;
	private @Nullable String username;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate firstDay;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate lastDay;
	private long version;

	public @Nullable String getOcp() { return ocp; }
	public void setOcp(@Nullable String ocp) { this.ocp = ocp; }
	public @Nullable String getStandIn() { return standIn; }
	public void setStandIn(@Nullable String standIn) { this.standIn = standIn; }
	public @Nullable String getUsername() { return username; }
	public void setUsername(@Nullable String username) { this.username = username; }
	public @Nullable LocalDate getFirstDay() { return firstDay; }
	public void setFirstDay(@Nullable LocalDate firstDay) { this.firstDay = firstDay; }
	public @Nullable LocalDate getLastDay() { return lastDay; }
	public void setLastDay(@Nullable LocalDate lastDay) { this.lastDay = lastDay; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
}
