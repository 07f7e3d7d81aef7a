package nl.jeugdregie.findability.internal.socialmap;

import org.jspecify.annotations.Nullable;

/** The form of a location of a social-map organisation. */
public class LocationForm {

	private @Nullable String name;
	private @Nullable String address;
	private @Nullable String postcode;
	private @Nullable String city;
	private @Nullable String district;
	private long version;

	static LocationForm of(OrganizationEntry.Place place) {
		var form = new LocationForm();
		form.name = place.name();
		form.address = place.address();
		form.postcode = place.postcode();
		form.city = place.city();
		form.district = place.district();
		form.version = place.version();
		return form;
	}

	public @Nullable String getName() { return name; }
	public void setName(@Nullable String name) { this.name = name; }
	public @Nullable String getAddress() { return address; }
	public void setAddress(@Nullable String address) { this.address = address; }
	public @Nullable String getPostcode() { return postcode; }
	public void setPostcode(@Nullable String postcode) { this.postcode = postcode; }
	public @Nullable String getCity() { return city; }
	public void setCity(@Nullable String city) { this.city = city; }
	public @Nullable String getDistrict() { return district; }
	public void setDistrict(@Nullable String district) { this.district = district; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }

	/** "5341 AB" for "5341ab": the form the table checks. */
	String normalisedPostcode() {
		var text = ServiceForm.text(postcode).replace(" ", "").toUpperCase(java.util.Locale.ROOT);
		return text.length() == 6 ? text.substring(0, 4) + " " + text.substring(4) : text;
	}
}
