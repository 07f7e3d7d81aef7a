package nl.jeugdregie.signin.internal.sso;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import nl.jeugdregie.identity.MunicipalityCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcIdentityProviders {

	private static final String COLUMNS = "municipality_code, display_name, issuer_uri, client_id, client_secret, "
			+ "username_claim, enabled, local_login_enabled, version";

	private final JdbcClient jdbc;

	JdbcIdentityProviders(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<IdentityProvider> of(MunicipalityCode municipality) {
		return jdbc.sql("select " + COLUMNS + " from identity_provider where municipality_code = ?")
				.param(municipality.value()).query(JdbcIdentityProviders::map).optional();
	}

	List<IdentityProvider> enabled() {
		return jdbc.sql("select " + COLUMNS + " from identity_provider where enabled order by display_name")
				.query(JdbcIdentityProviders::map).list();
	}

	boolean trusts(String issuer) {
		return jdbc.sql("select exists (select 1 from identity_provider where enabled and issuer_uri = ?)")
				.param(issuer).query(Boolean.class).single();
	}

	/** The client ids registered for an issuer: a token for any of them is meant for Jeugdregie. */
	java.util.Set<String> clientIdsOf(String issuer) {
		return java.util.Set.copyOf(jdbc.sql("select client_id from identity_provider where enabled and issuer_uri = ?")
				.param(issuer).query(String.class).list());
	}

	/** The claim that names the user in tokens of an issuer (the first municipality's setting when shared). */
	String usernameClaimOf(String issuer) {
		return jdbc.sql("select username_claim from identity_provider where enabled and issuer_uri = ? "
				+ "order by municipality_code limit 1").param(issuer).query(String.class).optional()
				.orElse("preferred_username");
	}

	/** Whether the account belongs to a municipality that trusts this issuer. */
	boolean trustedFor(String issuer, String username) {
		return jdbc.sql("""
				select exists (select 1 from identity_provider p join app_user u on u.municipality_code = p.municipality_code
				               where p.enabled and p.issuer_uri = ? and u.username = ?)""")
				.params(issuer, username).query(Boolean.class).single();
	}

	/** Whether people of this municipality may still log in with a password of the product. */
	boolean localLoginAllowed(MunicipalityCode municipality) {
		return jdbc.sql("select coalesce((select local_login_enabled or not enabled from identity_provider "
				+ "where municipality_code = ?), true)").param(municipality.value()).query(Boolean.class).single();
	}

	/** Saves the settings when {@code expectedVersion} is still current (-1: none yet); false when someone was first. */
	boolean save(IdentityProvider provider, long expectedVersion, String changedBy, Instant at) {
		if (expectedVersion < 0) {
			return jdbc.sql("""
					insert into identity_provider (municipality_code, display_name, issuer_uri, client_id, client_secret,
					    username_claim, enabled, local_login_enabled, version, changed_at, changed_by)
					values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?) on conflict (municipality_code) do nothing""")
					.params(provider.municipality().value(), provider.displayName(), provider.issuer().toString(),
							provider.clientId(), provider.clientSecret(), provider.usernameClaim(), provider.enabled(),
							provider.localLoginEnabled(), java.sql.Timestamp.from(at), changedBy)
					.update() == 1;
		}
		return jdbc.sql("""
				update identity_provider set display_name = ?, issuer_uri = ?, client_id = ?, client_secret = ?,
				    username_claim = ?, enabled = ?, local_login_enabled = ?, version = version + 1, changed_at = ?,
				    changed_by = ?
				where municipality_code = ? and version = ?""")
				.params(provider.displayName(), provider.issuer().toString(), provider.clientId(),
						provider.clientSecret(), provider.usernameClaim(), provider.enabled(),
						provider.localLoginEnabled(), java.sql.Timestamp.from(at), changedBy,
						provider.municipality().value(), expectedVersion)
				.update() == 1;
	}

	private static IdentityProvider map(ResultSet rs, int row) throws SQLException {
		return new IdentityProvider(new MunicipalityCode(rs.getString("municipality_code")),
				rs.getString("display_name"), URI.create(rs.getString("issuer_uri")), rs.getString("client_id"),
				rs.getString("client_secret"), rs.getString("username_claim"), rs.getBoolean("enabled"),
				rs.getBoolean("local_login_enabled"), rs.getLong("version"));
	}
}
