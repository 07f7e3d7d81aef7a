package nl.jeugdregie.schools.internal.presence;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import nl.jeugdregie.identity.MunicipalityCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * OND-2: the presence norms in force on a day for a municipality: its own latest row on or before the day, else the
 * product's default (rows without municipality), from {@code school_presence_norm}. Never literals (ADR 0005, 0028).
 */
@Repository
public class PresenceNorms {

	private final JdbcClient jdbc;

	PresenceNorms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<NormSubject, PresenceNorm> inEffect(MunicipalityCode municipality, LocalDate day) {
		var norms = new EnumMap<NormSubject, PresenceNorm>(NormSubject.class);
		jdbc.sql("""
				select distinct on (subject) subject, effective_from, period, minimum_contacts, municipality_code
				from school_presence_norm
				where (municipality_code = ? or municipality_code is null) and effective_from <= ?
				order by subject, (municipality_code is null), effective_from desc""")
				.params(municipality.value(), day)
				.query((rs, row) -> new PresenceNorm(NormSubject.valueOf(rs.getString("subject")),
						rs.getObject("effective_from", LocalDate.class), NormPeriod.valueOf(rs.getString("period")),
						rs.getInt("minimum_contacts"), rs.getString("municipality_code")))
				.list().forEach(norm -> norms.put(norm.subject(), norm));
		return norms;
	}
}
