package nl.jeugdregie.identity.internal.municipalities;

import java.util.List;
import java.util.Optional;
import nl.jeugdregie.identity.MunicipalityCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The region's municipalities as the regional administrator sees them; every query is scoped to one region. */
@Repository
class MunicipalityRecords {

	private static final String SELECT = """
			select m.code, m.name, r.name as region_name,
			       exists (select 1 from app_user u where u.municipality_code = m.code and u.role = 'ADMINISTRATOR')
			           as has_administrator
			from municipality m join region r on r.code = m.region_code""";

	private final JdbcClient jdbc;

	MunicipalityRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The region of this municipality, if it belongs to one. */
	Optional<Region> regionOf(MunicipalityCode municipality) {
		return jdbc.sql("select r.code, r.name from municipality m join region r on r.code = m.region_code where m.code = ?")
				.param(municipality.value()).query((rs, row) -> new Region(rs.getString("code"), rs.getString("name")))
				.optional();
	}

	Optional<Region> region(String code) {
		return jdbc.sql("select code, name from region where code = ?").param(code)
				.query((rs, row) -> new Region(rs.getString("code"), rs.getString("name"))).optional();
	}

	List<RegionalMunicipality> ofRegion(Region region) {
		return jdbc.sql(SELECT + " where m.region_code = ? order by lower(m.name), m.code").param(region.code())
				.query((rs, row) -> municipality(rs)).list();
	}

	/** The municipality when it belongs to the region; with {@code lock}, locked so that one first administrator wins. */
	Optional<RegionalMunicipality> find(Region region, MunicipalityCode code, boolean lock) {
		if (lock) {
			jdbc.sql("select code from municipality where code = ? and region_code = ? for update")
					.params(code.value(), region.code()).query(String.class).optional();
		}
		return jdbc.sql(SELECT + " where m.region_code = ? and m.code = ?").params(region.code(), code.value())
				.query((rs, row) -> municipality(rs)).optional();
	}

	long administratorAccounts(MunicipalityCode code) {
		return jdbc.sql("select count(*) from app_user where municipality_code = ? and role = 'ADMINISTRATOR'")
				.param(code.value()).query(Long.class).single();
	}

	/** Inserts the municipality; a taken code raises the primary key's {@code DuplicateKeyException}. */
	void insert(Region region, MunicipalityCode code, String name) {
		jdbc.sql("insert into municipality (code, name, region_code) values (?, ?, ?)")
				.params(code.value(), name, region.code()).update();
	}

	/** Puts a municipality without a region into this one (the installation's first municipality, at start-up). */
	void joinIfWithoutRegion(Region region, MunicipalityCode code) {
		jdbc.sql("update municipality set region_code = ? where code = ? and region_code is null")
				.params(region.code(), code.value()).update();
	}

	void insertAdministrator(MunicipalityCode municipality, String username, String passwordHash, String name,
			String email) {
		jdbc.sql("""
				insert into app_user (username, password_hash, display_name, email, role, municipality_code, enabled,
				                      password_change_required)
				values (?, ?, ?, ?, 'ADMINISTRATOR', ?, true, true)""")
				.params(username, passwordHash, name, email, municipality.value()).update();
	}

	/** An administrator account of the municipality as stored, without its second step. */
	record AdministratorRow(String username, String displayName, boolean enabled, boolean passwordChangeRequired,
			long version) {}

	private static final String ADMINISTRATORS = """
			select username, display_name, enabled, password_change_required, version from app_user
			where municipality_code = ? and role = 'ADMINISTRATOR'""";

	List<AdministratorRow> administrators(MunicipalityCode municipality) {
		return jdbc.sql(ADMINISTRATORS + " order by lower(display_name), username").param(municipality.value())
				.query((rs, row) -> administrator(rs)).list();
	}

	/** One administrator account of the municipality; with {@code lock}, locked until the transaction ends. */
	Optional<AdministratorRow> administrator(MunicipalityCode municipality, String username, boolean lock) {
		return jdbc.sql(ADMINISTRATORS + " and username = ?" + (lock ? " for update" : ""))
				.params(municipality.value(), username).query((rs, row) -> administrator(rs)).optional();
	}

	/** A new one-time password; false when someone changed the account since {@code version}. */
	boolean setOneTimePassword(MunicipalityCode municipality, String username, long version, String passwordHash) {
		return jdbc.sql("""
				update app_user set password_hash = ?, password_change_required = true, version = version + 1
				where username = ? and municipality_code = ? and role = 'ADMINISTRATOR' and version = ?""")
				.params(passwordHash, username, municipality.value(), version).update() == 1;
	}

	private static AdministratorRow administrator(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new AdministratorRow(rs.getString("username"), rs.getString("display_name"), rs.getBoolean("enabled"),
				rs.getBoolean("password_change_required"), rs.getLong("version"));
	}

	private static RegionalMunicipality municipality(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new RegionalMunicipality(new MunicipalityCode(rs.getString("code")), rs.getString("name"),
				rs.getString("region_name"), rs.getBoolean("has_administrator"));
	}
}
