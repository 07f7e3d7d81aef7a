package nl.jeugdregie.intake.internal.usefulness;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.UsefulnessScored.Respondent;
import nl.jeugdregie.intake.UsefulnessScored;
import nl.jeugdregie.intake.internal.file.ChangeableFiles;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MON-3: the usefulness score of a closed request, recorded by its case team and published as
 * {@link UsefulnessScored} (no personal data) for monitoring's outcome indicators.
 */
@Service
public class UsefulnessScoreService {

	private final ChangeableFiles files;
	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	UsefulnessScoreService(ChangeableFiles files, JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.files = files;
		this.jdbc = jdbc;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** The scores of a request the caller has already opened. */
	public List<UsefulnessScore> of(HelpRequestId request) {
		return jdbc.sql("""
				select respondent, score, scored_on, recorded_by from usefulness_score
				where help_request_id = ? order by recorded_at""").param(request.value())
				.query((rs, n) -> new UsefulnessScore(Respondent.valueOf(rs.getString("respondent")), rs.getInt("score"),
						rs.getObject("scored_on", LocalDate.class), rs.getString("recorded_by")))
				.list();
	}

	/** Opens the request for the case team and reads its scores; the read is audited. */
	@Transactional // read-write: the audit row of the read or refusal is written in this transaction (ADR 0019)
	java.util.Optional<List<UsefulnessScore>> read(HelpRequestId id, CurrentUser user) {
		return files.read(id, user, Labels.text("text.intake.usefulness.readRefused"), Labels.text("text.intake.usefulness.read"),
				request -> of(id));
	}

	@Transactional
	public Outcome<String> record(HelpRequestId id, @Nullable Respondent respondent, @Nullable Integer score, CurrentUser user) {
		var found = files.open(id, user, Labels.text("text.intake.changeRefused"));
		if (found.isEmpty()) {
			return Outcome.notFound();
		}
		var request = found.get();
		var refusal = UsefulnessScorePolicy.check(request.state(), respondent, score,
				of(id).stream().map(UsefulnessScore::respondent).toList());
		if (refusal.isPresent()) {
			return Outcome.refused(refusal.get());
		}
		var today = LocalDate.now(clock);
		var inserted = jdbc.sql("""
				insert into usefulness_score (help_request_id, respondent, score, scored_on, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
				.params(id.value(), respondent.name(), score, today, user.username(), clock.instant().atOffset(ZoneOffset.UTC))
				.update();
		if (inserted == 0) { // scored meanwhile by a colleague
			return Outcome.refused(Refusal.of("respondent", "intake.usefulness.already"));
		}
		events.publishEvent(new UsefulnessScored(id, request.municipality(), request.team(), today, respondent, score));
		var what = Labels.text("text.intake.usefulness.recorded");
		audit.record(ClientFileAccess.updated(user, request.client(), request.subject(), what));
		return Outcome.done(what);
	}
}
