package nl.jeugdregie.findability.internal.socialmap;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** VIND-2: the social map's HSDS tables. A search is four statements: the services, then their themes, places, waits. */
@Repository
class SocialMapRepository {

	private static final String SERVICE = """
			select s.id, s.organization_id, o.name as organization_name, s.name, s.description, s.min_age, s.max_age,
			       s.phone, s.email, o.website, s.agb_code, s.product_category, s.last_confirmed_on, s.version
			from findability_service s join findability_organization o on o.id = s.organization_id
			where s.withdrawn_on is null and o.withdrawn_on is null
			""";

	private final JdbcClient jdbc;

	SocialMapRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<ServiceEntry> search(MunicipalityCode municipality, SocialMapQuery query, int limit) {
		var rows = jdbc.sql(SERVICE + """
				  and o.municipality_code = :m
				  and (:q = '' or s.search_vector @@ to_tsquery('dutch', :q)
				       or o.search_vector @@ to_tsquery('dutch', :q))
				  and (:district = '' or exists (select 1 from findability_service_at_location sl
				       join findability_location l on l.id = sl.location_id
				       where sl.service_id = s.id and l.withdrawn_on is null and lower(l.district) = lower(:district)))
				  and (:theme = '' or exists (select 1 from findability_service_taxonomy t
				       where t.service_id = s.id and t.term_code = :theme))
				  and (:age < 0 or :age between s.min_age and s.max_age)
				order by case when :q = '' then 0 else -ts_rank(s.search_vector, to_tsquery('dutch', :q)) end,
				         s.name, o.name
				limit :limit""")
				.param("m", municipality.value()).param("q", query.prefixQuery()).param("district", query.district())
				.param("theme", query.theme()).param("age", query.age() == null ? -1 : query.age())
				.param("limit", limit)
				.query(SocialMapRepository::row).list();
		return complete(rows);
	}

	List<ServiceEntry> ofOrganizations(List<UUID> organizations) {
		if (organizations.isEmpty()) {
			return List.of();
		}
		return complete(jdbc.sql(SERVICE + " and s.organization_id in (:ids) order by o.name, s.name")
				.param("ids", organizations).query(SocialMapRepository::row).list());
	}

	List<ServiceEntry> ofMunicipality(MunicipalityCode municipality) {
		return complete(jdbc.sql(SERVICE + " and o.municipality_code = ? order by o.name, s.name")
				.param(municipality.value()).query(SocialMapRepository::row).list());
	}

	List<ServiceEntry> confirmedBefore(MunicipalityCode municipality, LocalDate limit) {
		return complete(jdbc.sql(SERVICE + " and o.municipality_code = ? and s.last_confirmed_on < ? order by s.last_confirmed_on, s.name")
				.params(municipality.value(), limit).query(SocialMapRepository::row).list());
	}

	Optional<ServiceEntry> find(MunicipalityCode municipality, UUID id) {
		return complete(jdbc.sql(SERVICE + " and o.municipality_code = ? and s.id = ?")
				.params(municipality.value(), id).query(SocialMapRepository::row).list()).stream().findFirst();
	}

	Optional<Long> lockVersion(UUID service) {
		return jdbc.sql("select version from findability_service where id = ? for update").param(service)
				.query(Long.class).optional();
	}

	List<UUID> organizationsOf(MunicipalityCode municipality, String username) {
		return jdbc.sql("""
				select e.organization_id from findability_organization_editor e
				join findability_organization o on o.id = e.organization_id
				where e.username = ? and o.municipality_code = ?""")
				.params(username, municipality.value()).query(UUID.class).list();
	}

	List<ServiceEntry.Theme> themes() {
		return jdbc.sql("select code, name from findability_taxonomy_term order by position")
				.query((rs, row) -> new ServiceEntry.Theme(rs.getString("code"), rs.getString("name"))).list();
	}

	List<String> districts(MunicipalityCode municipality) {
		return jdbc.sql("""
				select distinct l.district from findability_location l join findability_organization o on o.id = l.organization_id
				where o.municipality_code = ? and l.withdrawn_on is null and o.withdrawn_on is null order by l.district""").param(municipality.value()).query(String.class).list();
	}

	void update(UUID id, ServiceChange change, String by, Instant at) {
		jdbc.sql("""
				update findability_service set name = ?, description = ?, min_age = ?, max_age = ?, phone = ?, email = ?,
				    agb_code = ?, product_category = ?, last_confirmed_on = ?, version = version + 1, changed_by = ?,
				    changed_at = ? where id = ?""")
				.params(change.name(), change.description(), change.minAge(), change.maxAge(), change.phone(),
						change.email(), change.link() == null ? null : change.link().agbCode(),
						change.link() == null ? null : change.link().productCategory(), change.confirmedOn(), by,
						Timestamp.from(at), id)
				.update();
		jdbc.sql("delete from findability_service_taxonomy where service_id = ?").param(id).update();
		for (var theme : change.themes()) {
			jdbc.sql("insert into findability_service_taxonomy (service_id, term_code) values (?, ?)").params(id, theme).update();
		}
	}

	void confirm(UUID id, LocalDate on, String by, Instant at) {
		jdbc.sql("update findability_service set last_confirmed_on = ?, version = version + 1, changed_by = ?, changed_at = ? where id = ?")
				.params(on, by, Timestamp.from(at), id).update();
	}

	List<UUID> servicesLinkedTo(String agbCode, String productCategory) {
		return jdbc.sql("select id from findability_service where agb_code = ? and product_category = ? and withdrawn_on is null")
				.params(agbCode, productCategory).query(UUID.class).list();
	}

	void recordWaitingTime(UUID service, int weeks, LocalDate reportedOn, Instant at) {
		jdbc.sql("insert into findability_waiting_time (service_id, weeks, reported_on, recorded_at) values (?, ?, ?, ?)")
				.params(service, weeks, reportedOn, Timestamp.from(at)).update();
	}

	UUID insertOrganization(MunicipalityCode municipality, String name, String description, @Nullable String website,
			@Nullable String email, @Nullable String phone) {
		var id = UUID.randomUUID();
		jdbc.sql("insert into findability_organization (id, municipality_code, name, description, website, email, phone) values (?, ?, ?, ?, ?, ?, ?)")
				.params(id, municipality.value(), name, description, website, email, phone).update();
		return id;
	}

	void addEditor(UUID organization, String username) {
		jdbc.sql("insert into findability_organization_editor (organization_id, username) values (?, ?) on conflict do nothing")
				.params(organization, username).update();
	}

	UUID insertLocation(UUID organization, String name, String address, String postcode, String city, String district) {
		var id = UUID.randomUUID();
		jdbc.sql("insert into findability_location (id, organization_id, name, address, postcode, city, district) values (?, ?, ?, ?, ?, ?, ?)")
				.params(id, organization, name, address, postcode, city, district).update();
		return id;
	}

	UUID insertService(UUID organization, ServiceChange service, List<UUID> locations, String by, Instant at) {
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into findability_service (id, organization_id, name, description, min_age, max_age, phone, email,
				    agb_code, product_category, last_confirmed_on, changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, organization, service.name(), service.description(), service.minAge(), service.maxAge(),
						service.phone(), service.email(), service.link() == null ? null : service.link().agbCode(),
						service.link() == null ? null : service.link().productCategory(), service.confirmedOn(), by,
						Timestamp.from(at))
				.update();
		for (var theme : service.themes()) {
			jdbc.sql("insert into findability_service_taxonomy (service_id, term_code) values (?, ?)").params(id, theme).update();
		}
		for (var location : locations) {
			jdbc.sql("insert into findability_service_at_location (service_id, location_id) values (?, ?)").params(id, location).update();
		}
		return id;
	}

	private List<ServiceEntry> complete(List<Row> rows) {
		if (rows.isEmpty()) {
			return List.of();
		}
		var ids = rows.stream().map(Row::id).toList();
		var themes = new HashMap<UUID, List<ServiceEntry.Theme>>();
		jdbc.sql("""
				select t.service_id, x.code, x.name from findability_service_taxonomy t
				join findability_taxonomy_term x on x.code = t.term_code where t.service_id in (:ids) order by x.position""")
				.param("ids", ids).query(rs -> {
					themes.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>())
							.add(new ServiceEntry.Theme(rs.getString("code"), rs.getString("name")));
				});
		var places = new HashMap<UUID, List<ServiceEntry.Place>>();
		jdbc.sql("""
				select sl.service_id, l.id, l.name, l.address, l.postcode, l.city, l.district from findability_service_at_location sl
				join findability_location l on l.id = sl.location_id
				where sl.service_id in (:ids) and l.withdrawn_on is null order by l.name""")
				.param("ids", ids).query(rs -> {
					places.computeIfAbsent(rs.getObject("service_id", UUID.class), k -> new ArrayList<>())
							.add(new ServiceEntry.Place(rs.getObject("id", UUID.class), rs.getString("name"),
									rs.getString("address"), rs.getString("postcode"), rs.getString("city"),
									rs.getString("district")));
				});
		var waits = new HashMap<UUID, ServiceEntry.WaitingTime>();
		jdbc.sql("""
				select distinct on (service_id) service_id, weeks, reported_on from findability_waiting_time
				where service_id in (:ids) order by service_id, reported_on desc, id desc""")
				.param("ids", ids).query(rs -> {
					waits.put(rs.getObject("service_id", UUID.class),
							new ServiceEntry.WaitingTime(rs.getInt("weeks"), rs.getObject("reported_on", LocalDate.class)));
				});
		var entries = new LinkedHashMap<UUID, ServiceEntry>();
		for (var row : rows) {
			entries.put(row.id(), new ServiceEntry(row.id(), row.organizationId(), row.organizationName(), row.name(),
					row.description(), row.minAge(), row.maxAge(), row.phone(), row.email(), row.website(), row.agbCode(),
					row.productCategory(), row.lastConfirmedOn(), row.version(), themes.getOrDefault(row.id(), List.of()),
					places.getOrDefault(row.id(), List.of()), waits.get(row.id())));
		}
		return List.copyOf(entries.values());
	}

	private record Row(UUID id, UUID organizationId, String organizationName, String name, String description,
			int minAge, int maxAge, @Nullable String phone, @Nullable String email, @Nullable String website,
			@Nullable String agbCode, @Nullable String productCategory, LocalDate lastConfirmedOn, long version) {}

	private static Row row(ResultSet rs, int row) throws SQLException {
		return new Row(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getString("organization_name"), rs.getString("name"), rs.getString("description"), rs.getInt("min_age"),
				rs.getInt("max_age"), rs.getString("phone"), rs.getString("email"), rs.getString("website"),
				rs.getString("agb_code"), rs.getString("product_category"),
				rs.getObject("last_confirmed_on", LocalDate.class), rs.getLong("version"));
	}

}
