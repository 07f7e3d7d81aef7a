package nl.jeugdregie.findability.internal.socialmap;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** VIND-2: the social map's organisations and locations as kept by editor and providers; withdrawn rows stay. */
@Repository
class OrganizationRecords {

	private final JdbcClient jdbc;

	OrganizationRecords(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The current organisations of the municipality, or only those named, by name. */
	List<OrganizationEntry> current(MunicipalityCode municipality, @Nullable List<UUID> only) {
		if (only != null && only.isEmpty()) {
			return List.of();
		}
		var rows = jdbc.sql("""
				select id, name, description, website, email, phone, version from findability_organization
				where municipality_code = :m and withdrawn_on is null and (:all or id in (:ids)) order by name""")
				.param("m", municipality.value()).param("all", only == null)
				.param("ids", only == null ? List.of(new UUID(0, 0)) : only)
				.query((rs, row) -> new Object[] { rs.getObject("id", UUID.class), rs.getString("name"),
						rs.getString("description"), rs.getString("website"), rs.getString("email"), rs.getString("phone"),
						rs.getLong("version") })
				.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		var ids = rows.stream().map(r -> (UUID) r[0]).toList();
		var providers = new HashMap<UUID, List<String>>();
		jdbc.sql("select organization_id, username from findability_organization_editor where organization_id in (:ids) order by username")
				.param("ids", ids).query(rs -> {
					providers.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
				});
		var places = new HashMap<UUID, List<OrganizationEntry.Place>>();
		jdbc.sql("""
				select id, organization_id, name, address, postcode, city, district, version from findability_location
				where organization_id in (:ids) and withdrawn_on is null order by name""")
				.param("ids", ids).query(rs -> {
					var place = new OrganizationEntry.Place(rs.getObject("id", UUID.class),
							rs.getObject("organization_id", UUID.class), rs.getString("name"), rs.getString("address"),
							rs.getString("postcode"), rs.getString("city"), rs.getString("district"), rs.getLong("version"));
					places.computeIfAbsent(place.organizationId(), k -> new ArrayList<>()).add(place);
				});
		return rows.stream().map(r -> new OrganizationEntry((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
				(String) r[4], (String) r[5], (Long) r[6], providers.getOrDefault((UUID) r[0], List.of()),
				places.getOrDefault((UUID) r[0], List.of()))).toList();
	}

	Optional<OrganizationEntry> find(MunicipalityCode municipality, UUID id) {
		return current(municipality, List.of(id)).stream().findFirst();
	}

	/** The organisation a location belongs to, withdrawn or not, within the municipality. */
	Optional<UUID> ownerOfLocation(MunicipalityCode municipality, UUID location) {
		return jdbc.sql("""
				select l.organization_id from findability_location l join findability_organization o on o.id = l.organization_id
				where l.id = ? and o.municipality_code = ?""").params(location, municipality.value()).query(UUID.class).optional();
	}

	/** The organisation a service belongs to, withdrawn or not, within the municipality. */
	Optional<UUID> ownerOfService(MunicipalityCode municipality, UUID service) {
		return jdbc.sql("""
				select s.organization_id from findability_service s join findability_organization o on o.id = s.organization_id
				where s.id = ? and o.municipality_code = ?""").params(service, municipality.value()).query(UUID.class).optional();
	}

	/** Whether the organisation exists in the municipality, withdrawn or not. */
	boolean exists(MunicipalityCode municipality, UUID organization) {
		return jdbc.sql("select count(*) from findability_organization where id = ? and municipality_code = ?")
				.params(organization, municipality.value()).query(Long.class).single() > 0;
	}

	Optional<Long> lockOrganization(UUID id) {
		return jdbc.sql("select version from findability_organization where id = ? and withdrawn_on is null for update")
				.param(id).query(Long.class).optional();
	}

	Optional<Long> lockLocation(UUID id) {
		return jdbc.sql("select version from findability_location where id = ? and withdrawn_on is null for update")
				.param(id).query(Long.class).optional();
	}

	void updateOrganization(UUID id, OrganizationForm form, String by, Instant at) {
		jdbc.sql("""
				update findability_organization set name = ?, description = ?, website = ?, email = ?, phone = ?,
				    version = version + 1, changed_by = ?, changed_at = ? where id = ?""")
				.params(ServiceForm.text(form.getName()), ServiceForm.text(form.getDescription()),
						ServiceForm.optional(form.getWebsite()), ServiceForm.optional(form.getEmail()),
						ServiceForm.optional(form.getPhone()), by, Timestamp.from(at), id)
				.update();
	}

	/** The editor names the provider account that keeps the organisation; the previous one no longer does. */
	void setProvider(UUID organization, @Nullable String username) {
		jdbc.sql("delete from findability_organization_editor where organization_id = ?").param(organization).update();
		if (username != null) {
			jdbc.sql("insert into findability_organization_editor (organization_id, username) values (?, ?)")
					.params(organization, username).update();
		}
	}

	void updateLocation(UUID id, LocationForm form) {
		jdbc.sql("""
				update findability_location set name = ?, address = ?, postcode = ?, city = ?, district = ?,
				    version = version + 1 where id = ?""")
				.params(ServiceForm.text(form.getName()), ServiceForm.text(form.getAddress()), form.normalisedPostcode(),
						ServiceForm.text(form.getCity()), ServiceForm.text(form.getDistrict()), id)
				.update();
	}

	/** Sets the current locations of a service (HSDS service_at_location); withdrawn ones stay for the record. */
	void setServiceLocations(UUID service, List<UUID> locations) {
		jdbc.sql("""
				delete from findability_service_at_location sl using findability_location l
				where sl.location_id = l.id and sl.service_id = ? and l.withdrawn_on is null""").param(service).update();
		for (var location : locations) {
			jdbc.sql("insert into findability_service_at_location (service_id, location_id) values (?, ?) on conflict do nothing")
					.params(service, location).update();
		}
	}

	/** Withdraws from the day; a second withdrawal changes nothing. Returns whether this call withdrew it. */
	boolean withdraw(Withdrawable what, UUID id, LocalDate on) {
		return jdbc.sql("update " + what.table + " set withdrawn_on = ?, version = version + 1 where id = ? and withdrawn_on is null")
				.params(on, id).update() > 0;
	}

	/**
	 * Brings a withdrawn entry back on the map; a second return (also one at the same moment: the row lock makes it
	 * wait and then find nothing to do) changes nothing. Returns whether this call brought it back.
	 */
	boolean restore(Withdrawable what, UUID id) {
		return jdbc.sql("update " + what.table + " set withdrawn_on = null, version = version + 1 where id = ? and withdrawn_on is not null")
				.param(id).update() > 0;
	}

	/** Records who withdrew or brought back an entry, and when (VIND-2). */
	void recordHistory(MunicipalityCode municipality, Withdrawable what, UUID id, String action, String by, Instant at) {
		jdbc.sql("""
				insert into findability_entry_history (municipality_code, entry_kind, entry_id, action, changed_by, changed_at)
				values (?, ?, ?, ?, ?, ?)""").params(municipality.value(), what.name(), id, action, by, Timestamp.from(at))
				.update();
		if (what != Withdrawable.LOCATION) {
			jdbc.sql("update " + what.table + " set changed_by = ?, changed_at = ? where id = ?")
					.params(by, Timestamp.from(at), id).update();
		}
	}

	/** Whether the organisation is withdrawn (its locations and services are then off the map with it). */
	boolean isWithdrawn(UUID organization) {
		return jdbc.sql("select withdrawn_on is not null from findability_organization where id = ?").param(organization)
				.query(Boolean.class).optional().orElse(false);
	}

	/**
	 * The withdrawn entries of the municipality, or of the organisations named, newest first: withdrawn organisations,
	 * and withdrawn locations and services of organisations still on the map.
	 */
	List<WithdrawnEntry> withdrawn(MunicipalityCode municipality, @Nullable List<UUID> only) {
		if (only != null && only.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select * from (
				    select 'ORGANIZATION' as kind, o.id, o.id as organization_id, o.name, o.name as organization_name,
				           o.withdrawn_on
				    from findability_organization o
				    where o.municipality_code = :m and o.withdrawn_on is not null
				    union all
				    select 'LOCATION', l.id, o.id, l.name, o.name, l.withdrawn_on
				    from findability_location l join findability_organization o on o.id = l.organization_id
				    where o.municipality_code = :m and l.withdrawn_on is not null and o.withdrawn_on is null
				    union all
				    select 'SERVICE', s.id, o.id, s.name, o.name, s.withdrawn_on
				    from findability_service s join findability_organization o on o.id = s.organization_id
				    where o.municipality_code = :m and s.withdrawn_on is not null and o.withdrawn_on is null
				) w where (:all or w.organization_id in (:ids)) order by w.withdrawn_on desc, w.name""")
				.param("m", municipality.value()).param("all", only == null)
				.param("ids", only == null ? List.of(new UUID(0, 0)) : only)
				.query((rs, row) -> new WithdrawnEntry(Withdrawable.valueOf(rs.getString("kind")),
						rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class), rs.getString("name"),
						rs.getString("organization_name"), rs.getObject("withdrawn_on", LocalDate.class)))
				.list();
	}

	/** One entry as kept, withdrawn or not, within the municipality: for the check step of bringing it back. */
	Optional<WithdrawnEntry> entry(MunicipalityCode municipality, Withdrawable what, UUID id) {
		var sql = switch (what) {
			case ORGANIZATION -> "select o.id, o.id, o.name, o.name, o.withdrawn_on from findability_organization o";
			case LOCATION -> """
					select l.id, o.id, l.name, o.name, l.withdrawn_on from findability_location l
					join findability_organization o on o.id = l.organization_id""";
			case SERVICE -> """
					select s.id, o.id, s.name, o.name, s.withdrawn_on from findability_service s
					join findability_organization o on o.id = s.organization_id""";
		};
		var alias = switch (what) {
			case ORGANIZATION -> "o";
			case LOCATION -> "l";
			case SERVICE -> "s";
		};
		return jdbc.sql(sql + " where " + alias + ".id = ? and o.municipality_code = ?").params(id, municipality.value())
				.query((rs, row) -> new WithdrawnEntry(what, rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
						rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class)))
				.optional();
	}

	/** What can be withdrawn from the social map; never deleted (ADR 0041). */
	enum Withdrawable {
		ORGANIZATION("findability_organization"), LOCATION("findability_location"), SERVICE("findability_service");

		private final String table;

		Withdrawable(String table) {
			this.table = table;
		}
	}
}
