package nl.jeugdregie.intake.internal.triage;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.identity.Role;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.intake.TriageChecklist;
import nl.jeugdregie.intake.internal.file.ChangeableFiles;
import nl.jeugdregie.intake.internal.lifecycle.HelpRequest;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.result.Refusal;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * TOE-4: the life-domain list per municipality (kept by its administrator), and the checklist and question
 * clarification notes on a help request (by its case team; every change audited).
 */
@Service
public class TriageInventoryService implements TriageChecklist {

	private final ChangeableFiles files;
	private final JdbcTriageInventory inventory;
	private final AuditTrail audit;
	private final Clock clock;

	TriageInventoryService(ChangeableFiles files, JdbcTriageInventory inventory, AuditTrail audit, Clock clock) {
		this.files = files;
		this.inventory = inventory;
		this.audit = audit;
		this.clock = clock;
	}

	public List<String> lifeDomains(MunicipalityCode municipality) {
		return inventory.lifeDomains(municipality);
	}

	/** The inventory of a request the caller has already opened (and so has been audited). */
	public TriageInventory of(HelpRequest request) {
		return inventory.of(request.id());
	}

	/** Opens the request for the case team and reads its inventory; the read is audited. */
	@Transactional // read-write: the audit row of the read or refusal is written in this transaction (ADR 0019)
	Optional<TriageInventory> read(HelpRequestId id, CurrentUser user) {
		return files.read(id, user, Labels.text("text.intake.triage.readRefused"),
				Labels.text("text.intake.triage.read"), request -> inventory.of(id));
	}

	@Transactional
	Outcome<String> recordChecklist(HelpRequestId id, List<TriageInventory.Answer> answers, CurrentUser user) {
		var request = files.open(id, user, Labels.text("text.intake.changeRefused"));
		if (request.isEmpty()) {
			return Outcome.notFound();
		}
		var domains = inventory.lifeDomains(request.get().municipality());
		var refusals = TriageInventoryPolicy.checkChecklist(request.get().state(), domains, answers);
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		var entries = domains.stream().map(domain -> answers.stream().filter(a -> domain.equals(a.domain())).findFirst()
				.map(a -> new TriageInventory.Entry(domain, a.concern(), a.note() == null || a.note().isBlank() ? null
						: a.note().strip())).orElseThrow()).toList();
		inventory.replaceChecklist(id, entries, user.username(), clock.instant());
		return done(request.get(), user, Labels.text("text.intake.triage.checklistRecorded"));
	}

	@Override
	@Transactional
	public Outcome<String> recordConcerns(HelpRequestId id, Map<String, String> notesByDomain, CurrentUser professional) {
		var municipality = files.open(id, professional, Labels.text("text.intake.changeRefused")).map(HelpRequest::municipality);
		if (municipality.isEmpty()) {
			return Outcome.notFound();
		}
		return recordChecklist(id, inventory.lifeDomains(municipality.get()).stream()
				.map(domain -> new TriageInventory.Answer(domain, notesByDomain.containsKey(domain),
						notesByDomain.get(domain)))
				.toList(), professional);
	}

	@Transactional
	public Outcome<String> writeNote(HelpRequestId id, @Nullable String note, CurrentUser user) {
		var request = files.open(id, user, Labels.text("text.intake.changeRefused"));
		if (request.isEmpty()) {
			return Outcome.notFound();
		}
		var refusals = TriageInventoryPolicy.checkNote(request.get().state(), note);
		if (!refusals.isEmpty()) {
			return Outcome.refused(refusals);
		}
		inventory.insertNote(id, note.strip(), user.username(), clock.instant());
		return done(request.get(), user, Labels.text("text.intake.triage.clarificationRecorded"));
	}

	/** The municipality's administrator replaces its list; recorded checklists keep their own domain names. */
	@Transactional
	Outcome<String> replaceLifeDomains(List<String> names, CurrentUser administrator) {
		if (administrator.role() != Role.ADMINISTRATOR) {
			return Outcome.notFound();
		}
		var normalised = LifeDomainListPolicy.normalise(names);
		var refusal = LifeDomainListPolicy.check(normalised);
		if (refusal.isPresent()) {
			return Outcome.refused(refusal.get());
		}
		inventory.replaceLifeDomains(administrator.municipality(), normalised, administrator.username(), clock.instant());
		return Outcome.done(Labels.text("text.intake.triage.checklistSaved"));
	}

	private Outcome<String> done(HelpRequest request, CurrentUser user, String what) {
		audit.record(ClientFileAccess.updated(user, request.client(), request.subject(), what));
		return Outcome.done(what);
	}
}
