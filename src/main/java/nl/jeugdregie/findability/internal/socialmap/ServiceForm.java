package nl.jeugdregie.findability.internal.socialmap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.findability.AllocationLink;
import org.jspecify.annotations.Nullable;

/** The form of a social-map service, as typed by the editor or the provider. */
public class ServiceForm {

	private @Nullable String name;
	private @Nullable String description;
	private @Nullable String minAge;
	private @Nullable String maxAge;
	private @Nullable String phone;
	private @Nullable String email;
	private @Nullable String agbCode;
	private @Nullable String productCategory;
	private List<String> themes = new ArrayList<>();
	/** The chosen locations; null when the request did not name them (then a change keeps them as they are). */
	private @Nullable List<String> locations;
	private long version;

	static ServiceForm of(ServiceEntry entry) {
		var form = new ServiceForm();
		form.name = entry.name();
		form.description = entry.description();
		form.minAge = Integer.toString(entry.minAge());
		form.maxAge = Integer.toString(entry.maxAge());
		form.phone = entry.phone();
		form.email = entry.email();
		form.agbCode = entry.agbCode();
		form.productCategory = entry.productCategory();
		form.themes = new ArrayList<>(entry.themes().stream().map(ServiceEntry.Theme::code).toList());
		form.locations = new ArrayList<>(entry.locations().stream().map(p -> p.id().toString()).toList());
		form.version = entry.version();
		return form;
	}

	public @Nullable String getName() { return name; }
	public void setName(@Nullable String name) { this.name = name; }
	public @Nullable String getDescription() { return description; }
	public void setDescription(@Nullable String description) { this.description = description; }
	public @Nullable String getMinAge() { return minAge; }
	public void setMinAge(@Nullable String minAge) { this.minAge = minAge; }
	public @Nullable String getMaxAge() { return maxAge; }
	public void setMaxAge(@Nullable String maxAge) { this.maxAge = maxAge; }
	public @Nullable String getPhone() { return phone; }
	public void setPhone(@Nullable String phone) { this.phone = phone; }
	public @Nullable String getEmail() { return email; }
	public void setEmail(@Nullable String email) { this.email = email; }
	public @Nullable String getAgbCode() { return agbCode; }
	public void setAgbCode(@Nullable String agbCode) { this.agbCode = agbCode; }
	public @Nullable String getProductCategory() { return productCategory; }
	public void setProductCategory(@Nullable String productCategory) { this.productCategory = productCategory; }
	public List<String> getThemes() { return themes; }
	public void setThemes(@Nullable List<String> themes) { this.themes = themes == null ? new ArrayList<>() : themes; }
	public @Nullable List<String> getLocations() { return locations; }
	public void setLocations(@Nullable List<String> locations) { this.locations = locations; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }

	static String text(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	static @Nullable String optional(@Nullable String value) {
		var text = text(value);
		return text.isEmpty() ? null : text;
	}

	/** The change, once the service rules found nothing. */
	ServiceChange change(LocalDate today) {
		var link = optional(agbCode) == null ? null : new AllocationLink(text(agbCode), text(productCategory));
		return new ServiceChange(text(name), text(description), Integer.parseInt(text(minAge)),
				Integer.parseInt(text(maxAge)), optional(phone), optional(email), link, themes, today);
	}
}
