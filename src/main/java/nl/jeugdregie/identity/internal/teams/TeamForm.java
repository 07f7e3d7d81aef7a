package nl.jeugdregie.identity.internal.teams;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The form of a team page: its name, its districts one per line, and the version the page was made on. */
public class TeamForm {

	private @Nullable String name;
	private @Nullable String districts;
	private long version;

	static TeamForm of(ManagedTeam team) {
		var form = new TeamForm();
		form.name = team.name();
		form.districts = String.join("\n", team.districts());
		form.version = team.version();
		return form;
	}

	List<String> districtList() {
		return districts == null ? List.of() : List.of(districts.split("\\R"));
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getDistricts() {
		return districts;
	}

	public void setDistricts(@Nullable String districts) {
		this.districts = districts;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
