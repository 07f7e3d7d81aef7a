package nl.jeugdregie.findability.internal.socialmap;

import org.jspecify.annotations.Nullable;

/** The form of a social-map organisation; the provider account is only the editor's to set. */
public class OrganizationForm {

	private @Nullable String name;
	private @Nullable String description;
	private @Nullable String website;
	private @Nullable String email;
	private @Nullable String phone;
	private @Nullable String provider;
	private long version;

	static OrganizationForm of(OrganizationEntry entry) {
		var form = new OrganizationForm();
		form.name = entry.name();
		form.description = entry.description();
		form.website = entry.website();
		form.email = entry.email();
		form.phone = entry.phone();
		form.provider = entry.providers().isEmpty() ? null : entry.providers().getFirst();
		form.version = entry.version();
		return form;
	}

	public @Nullable String getName() { return name; }
	public void setName(@Nullable String name) { this.name = name; }
	public @Nullable String getDescription() { return description; }
	public void setDescription(@Nullable String description) { this.description = description; }
	public @Nullable String getWebsite() { return website; }
	public void setWebsite(@Nullable String website) { this.website = website; }
	public @Nullable String getEmail() { return email; }
	public void setEmail(@Nullable String email) { this.email = email; }
	public @Nullable String getPhone() { return phone; }
	public void setPhone(@Nullable String phone) { this.phone = phone; }
	public @Nullable String getProvider() { return provider; }
	public void setProvider(@Nullable String provider) { this.provider = provider; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
}
