package nl.jeugdregie.messaging.internal.requests;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.audit.AuditAction;
import nl.jeugdregie.audit.AuditTrail;
import nl.jeugdregie.audit.ClientFileAccess;
import nl.jeugdregie.identity.CurrentUser;
import nl.jeugdregie.messaging.IjwMessageExchanged;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.messaging.internal.message.Header;
import nl.jeugdregie.messaging.internal.transport.HubTransport;
import nl.jeugdregie.messaging.internal.xml.HardenedXml;
import nl.jeugdregie.messaging.internal.xml.IjwSchemas;
import nl.jeugdregie.messaging.internal.xml.XmlRefused;
import nl.jeugdregie.platform.result.Outcome;
import nl.jeugdregie.platform.text.Labels;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * TOEW-7, OP274, OP346 (ADR 0048): the team answers a request with a JW319. Under the request's row lock the answer
 * rules (TR359, TR365, TR360) judge against what the request already has, so of parallel identical answers exactly one
 * is sent; the version the form showed makes a double click stale. The JW319 is validated against the schemas before
 * it is stored (SENT), published as {@link IjwMessageExchanged} (the terms watch it) and, after commit, handed to the
 * hub transport when one is configured.
 */
@Service
class Answering {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	/** What an answer made: the answer row and the JW319's identification. */
	record Sent(UUID answer, String identification) {}

	private final RequestRecords records;
	private final IjwSchemas schemas;
	private final HardenedXml xml;
	private final AuditTrail audit;
	private final ObjectProvider<HubTransport> transport;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	Answering(RequestRecords records, IjwSchemas schemas, HardenedXml xml, AuditTrail audit,
			ObjectProvider<HubTransport> transport, PlatformTransactionManager transactions, ApplicationEventPublisher events,
			Clock clock) {
		this.records = records;
		this.schemas = schemas;
		this.xml = xml;
		this.audit = audit;
		this.transport = transport;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
	}

	Outcome<Sent> answer(CurrentUser user, AnswerCommand command) {
		if (!RequestRoles.ANSWERERS.contains(user.role())) {
			return Outcome.forbidden("messaging.request.forbidden");
		}
		return java.util.Objects.requireNonNull(transaction.execute(status -> {
			var found = records.lock(user.municipality(), command.request());
			if (found.isEmpty()) {
				return Outcome.<Sent>notFound();
			}
			var request = found.get();
			var earlier = records.answers(request.id()).stream().map(RequestRecords.Answer::kind).toList();
			var refusal = AnswerRules.firstRefusal(new AnswerRules.Proposed(command.kind(), request.allocated(), earlier));
			if (refusal.isPresent()) {
				return Outcome.<Sent>refused(refusal.get());
			}
			if (request.version() != command.version()) {
				return Outcome.<Sent>stale(request.version());
			}
			var now = clock.instant();
			var identification = RequestIntake.identification();
			var header = new Header(IjwMessageType.JW319, user.municipality().value(), request.providerAgb(), identification,
					LocalDate.ofInstant(now, AMSTERDAM));
			var residence = command.residence() == null ? null : command.residence().value();
			var body = RequestXml.answer(header, request.reference(), command.kind(), command.reason(), residence);
			requireValid(body);
			var messageId = UUID.randomUUID();
			records.insertSentMessage(messageId, user.municipality(), request.providerAgb(), identification,
					header.dateStamp(), RequestIntake.sha256(body), body, request.clientBsn(), now);
			var answerId = UUID.randomUUID();
			records.insertAnswer(answerId, request.id(), command.kind(), command.reason(), residence, messageId,
					identification, user.username(), now);
			audit.record(new ClientFileAccess(user, request.youngPerson(), request.subject(), AuditAction.UPDATE,
					Labels.text("text.messaging.request.answered", command.kind().dutchName()), null));
			events.publishEvent(new IjwMessageExchanged(user.municipality(), IjwMessageExchanged.Direction.SENT,
					IjwMessageType.JW319, identification, request.providerAgb(), request.identification(), null, now,
					IjwMessageExchanged.Outcome.ACCEPTED, command.kind().asEventAnswer()));
			sendAfterCommit("JW319-" + identification + ".xml", body);
			return Outcome.done(new Sent(answerId, identification));
		}));
	}

	/** A JW319 that does not fit the schema is never sent: loudly refused (a defect, not a user error). */
	private void requireValid(byte[] body) {
		if (!schemas.enabled()) {
			return;
		}
		List<String> errors;
		try {
			errors = schemas.validate(IjwMessageType.JW319, xml.parse(body));
		} catch (XmlRefused e) {
			throw new IllegalStateException("The JW319 written is not readable: " + e.kind());
		}
		if (!errors.isEmpty()) {
			throw new IllegalStateException("The JW319 written does not fit the schema: " + errors.getFirst());
		}
	}

	private void sendAfterCommit(String name, byte[] body) {
		var hub = transport.getIfAvailable();
		if (hub == null || !TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				hub.send(name, body);
			}
		});
	}
}
