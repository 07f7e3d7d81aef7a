package nl.jeugdregie.schools.internal.location;

import java.time.LocalDate;
import nl.jeugdregie.schools.ConnectionType;
import nl.jeugdregie.schools.SchoolType;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The form of a new location and of its connection, as the browser posts it. */
public class LocationForm {

	private @Nullable String name;
	private @Nullable String brin;
	private @Nullable String locationNumber;
	private @Nullable String street;
	private @Nullable String houseNumber;
	private @Nullable String postcode;
	private @Nullable String city;
	private @Nullable SchoolType type;
	private @Nullable Integer pupils;
	private @Nullable ConnectionType connectionType;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate since;
	private @Nullable String reason;
	private boolean realised;
	private long version;

	LocationDraft draft() {
		return new LocationDraft(name, brin, locationNumber, street, houseNumber, postcode, city, type, pupils, connection());
	}

	ConnectionDraft connection() {
		return new ConnectionDraft(connectionType, since, reason, realised);
	}

	static LocationForm of(SchoolLocation location) {
		var form = new LocationForm();
		form.connectionType = location.connection().type();
		form.since = location.connection().since();
		if (location.connection() instanceof Connection.Extra extra) {
			form.reason = extra.reason();
			form.realised = extra.realised();
		}
		form.version = location.version();
		return form;
	}

	public @Nullable String getName() { return name; }
	public void setName(@Nullable String name) { this.name = name; }
	public @Nullable String getBrin() { return brin; }
	public void setBrin(@Nullable String brin) { this.brin = brin; }
	public @Nullable String getLocationNumber() { return locationNumber; }
	public void setLocationNumber(@Nullable String locationNumber) { this.locationNumber = locationNumber; }
	public @Nullable String getStreet() { return street; }
	public void setStreet(@Nullable String street) { this.street = street; }
	public @Nullable String getHouseNumber() { return houseNumber; }
	public void setHouseNumber(@Nullable String houseNumber) { this.houseNumber = houseNumber; }
	public @Nullable String getPostcode() { return postcode; }
	public void setPostcode(@Nullable String postcode) { this.postcode = postcode; }
	public @Nullable String getCity() { return city; }
	public void setCity(@Nullable String city) { this.city = city; }
	public @Nullable SchoolType getType() { return type; }
	public void setType(@Nullable SchoolType type) { this.type = type; }
	public @Nullable Integer getPupils() { return pupils; }
	public void setPupils(@Nullable Integer pupils) { this.pupils = pupils; }
	public @Nullable ConnectionType getConnectionType() { return connectionType; }
	public void setConnectionType(@Nullable ConnectionType connectionType) { this.connectionType = connectionType; }
	public @Nullable LocalDate getSince() { return since; }
	public void setSince(@Nullable LocalDate since) { this.since = since; }
	public @Nullable String getReason() { return reason; }
	public void setReason(@Nullable String reason) { this.reason = reason; }
	public boolean isRealised() { return realised; }
	public void setRealised(boolean realised) { this.realised = realised; }
	public long getVersion() { return version; }
	public void setVersion(long version) { this.version = version; }
}
