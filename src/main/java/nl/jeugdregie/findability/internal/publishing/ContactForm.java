package nl.jeugdregie.findability.internal.publishing;

import org.jspecify.annotations.Nullable;

/** The administrator's form of the public contact settings. */
public class ContactForm {

	private @Nullable String siteName;
	private @Nullable String phone;
	private @Nullable String email;
	private @Nullable String visitingAddress;
	private long version = -1;

	public @Nullable String getSiteName() { return siteName; }
	public void setSiteName(@Nullable String siteName) { this.siteName = siteName; }
	public @Nullable String getPhone() { return phone; }
	public void setPhone(@Nullable String phone) { this.phone = phone; }
	public @Nullable String getEmail() { return email; }
	public void setEmail(@Nullable String email) { this.email = email; }
	public @Nullable String getVisitingAddress() { return visitingAddress; }
	public void setVisitingAddress(@Nullable String visitingAddress) { this.visitingAddress = visitingAddress; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }

	static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}
}
