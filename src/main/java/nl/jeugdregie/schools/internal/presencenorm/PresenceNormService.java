package nl.jeugdregie.schools.internal.presencenorm;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.schools.internal.SchoolRoles;
import nl.jeugdregie.schools.internal.presence.NormPeriod;
import nl.jeugdregie.schools.internal.presence.NormSubject;
import nl.jeugdregie.schools.internal.presence.PresenceNorm;
import nl.jeugdregie.schools.internal.presence.PresenceNorms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * OND-2: the policy officer keeps the municipality's presence norms (ADR 0041). A norm is a new dated row of the
 * municipality overriding the product default from its effective date; a second norm for the same subject and date
 * replaces the first (so a planned norm can be corrected before it takes effect, and a double submit changes nothing).
 */
@Service
public class PresenceNormService {

	private final PresenceNorms norms;
	private final JdbcClient jdbc;
	private final Clock clock;

	PresenceNormService(PresenceNorms norms, JdbcClient jdbc, Clock clock) {
		this.norms = norms;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	LocalDate today() {
		return LocalDate.now(clock);
	}

	/** The norms in force today, per subject. */
	@Transactional(readOnly = true)
	public Map<NormSubject, PresenceNorm> inForce(MunicipalityCode municipality) {
		return norms.inEffect(municipality, today());
	}

	/** The municipality's own norms that take effect after today, soonest first. */
	@Transactional(readOnly = true)
	public List<PresenceNorm> planned(MunicipalityCode municipality) {
		return jdbc.sql("""
				select subject, effective_from, period, minimum_contacts, municipality_code from school_presence_norm
				where municipality_code = ? and effective_from > ? order by effective_from, subject""")
				.params(municipality.value(), today())
				.query((rs, row) -> new PresenceNorm(NormSubject.valueOf(rs.getString("subject")),
						rs.getObject("effective_from", LocalDate.class), NormPeriod.valueOf(rs.getString("period")),
						rs.getInt("minimum_contacts"), rs.getString("municipality_code")))
				.list();
	}

	@Transactional
	public Outcome<PresenceNorm> set(CurrentUser user, NormDraft draft) {
		if (!SchoolRoles.KEEP_NORMS.allows(user)) {
			return Outcome.forbidden(SchoolRoles.FORBIDDEN);
		}
		var refusals = new ArrayList<Refusal>(NormComplete.all(draft));
		new NormStartsFromToday(today()).check(draft).ifPresent(refusals::add);
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var norm = new PresenceNorm(draft.subject(), draft.effectiveFrom(), draft.period(), draft.minimum(),
				user.municipality().value());
		jdbc.sql("""
				insert into school_presence_norm (id, municipality_code, subject, effective_from, period, minimum_contacts,
				    recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (municipality_code, subject, effective_from)
				do update set period = excluded.period, minimum_contacts = excluded.minimum_contacts,
				    recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""")
				.params(UUID.randomUUID(), norm.municipality(), norm.subject().name(), norm.effectiveFrom(),
						norm.period().name(), norm.minimum(), user.username(), Timestamp.from(clock.instant()))
				.update();
		return Outcome.done(norm);
	}
}
