package nl.jeugdregie.identity.internal.skj;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.SkjRegistration;
import nl.jeugdregie.identity.SkjRegistrations;
import nl.jeugdregie.identity.TeamId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SKJ columns of {@code app_user} (SEC-1). */
@Repository
class JdbcSkjRegistrations implements SkjRegistrations {

	private final JdbcClient jdbc;

	JdbcSkjRegistrations(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<SkjRegistration> of(String username) {
		return jdbc.sql("select skj_number, skj_registered_until from app_user where username = ? and skj_number is not null")
				.param(username)
				.query((rs, row) -> new SkjRegistration(rs.getString(1), rs.getObject(2, LocalDate.class))).optional();
	}

	@Override
	public List<RegisteredStaff> ofMunicipality(MunicipalityCode municipality) {
		return jdbc.sql("""
				select username, display_name, team_id, skj_number, skj_registered_until from app_user
				where municipality_code = ? and enabled and skj_number is not null
				order by skj_registered_until, lower(display_name)""")
				.param(municipality.value())
				.query((rs, row) -> new RegisteredStaff(rs.getString(1), rs.getString(2),
						rs.getObject(3, java.util.UUID.class) == null ? null : new TeamId(rs.getObject(3, java.util.UUID.class)),
						new SkjRegistration(rs.getString(4), rs.getObject(5, LocalDate.class))))
				.list();
	}

	/** The account's name when it is of this municipality, for the administrator's page. */
	Optional<String> displayNameOf(String username, MunicipalityCode municipality) {
		return jdbc.sql("select display_name from app_user where username = ? and municipality_code = ?")
				.params(username, municipality.value()).query(String.class).optional();
	}

	/** Records or removes ({@code null}) the registration of an account of this municipality; false when none. */
	boolean save(String username, MunicipalityCode municipality, @Nullable SkjRegistration registration) {
		return jdbc.sql("""
				update app_user set skj_number = ?, skj_registered_until = ?, version = version + 1
				where username = ? and municipality_code = ?""")
				.params(registration == null ? null : registration.number(),
						registration == null ? null : registration.registeredUntil(), username, municipality.value())
				.update() == 1;
	}
}
