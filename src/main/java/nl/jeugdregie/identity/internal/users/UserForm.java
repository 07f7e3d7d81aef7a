package nl.jeugdregie.identity.internal.users;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import nl.jeugdregie.identity.Expertise;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.identity.TeamId;
import nl.jeugdregie.identity.internal.AccountFields;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The form of a user page. Each page sends only its own fields; the others keep the account's values, so one page
 * changes one thing. A mutable bean, so a wrongly typed date is shown back in its field next to the error.
 */
public class UserForm extends AccountFields {

	private @Nullable Role role;
	private @Nullable UUID team;
	private Set<Expertise> expertise = new LinkedHashSet<>();
	// input type=date always sends yyyy-MM-dd, whatever the user's language.
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate activeFrom;
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate activeUntil;
	private long version;

	static UserForm of(ManagedUser user) {
		var form = new UserForm();
		form.setUsername(user.username());
		form.setDisplayName(user.displayName());
		form.setEmail(user.email());
		form.role = user.role();
		form.team = user.team() == null ? null : user.team().value();
		form.expertise = user.expertise().isEmpty() ? new LinkedHashSet<>() : EnumSet.copyOf(user.expertise());
		form.activeFrom = user.activeFrom();
		form.activeUntil = user.activeUntil();
		form.version = user.version();
		return form;
	}

	UserDetails details() {
		return new UserDetails(getDisplayName(), getEmail(), role, team == null ? null : new TeamId(team), expertise, activeFrom,
				activeUntil);
	}

	public @Nullable Role getRole() {
		return role;
	}

	public void setRole(@Nullable Role role) {
		this.role = role;
	}

	public @Nullable UUID getTeam() {
		return team;
	}

	public void setTeam(@Nullable UUID team) {
		this.team = team;
	}

	public Set<Expertise> getExpertise() {
		return expertise;
	}

	public void setExpertise(@Nullable Set<Expertise> expertise) {
		this.expertise = expertise == null ? new LinkedHashSet<>() : expertise;
	}

	public @Nullable LocalDate getActiveFrom() {
		return activeFrom;
	}

	public void setActiveFrom(@Nullable LocalDate activeFrom) {
		this.activeFrom = activeFrom;
	}

	public @Nullable LocalDate getActiveUntil() {
		return activeUntil;
	}

	public void setActiveUntil(@Nullable LocalDate activeUntil) {
		this.activeUntil = activeUntil;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
