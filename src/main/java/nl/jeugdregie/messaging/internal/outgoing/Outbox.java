package nl.jeugdregie.messaging.internal.outgoing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.allocation.messaging.AllocationsForMessaging;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.intake.ClientsForMessaging;
import nl.jeugdregie.intake.HelpRequestId;
import nl.jeugdregie.messaging.IjwMessageExchanged;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.messaging.internal.transport.HubTransport;
import nl.jeugdregie.messaging.internal.xml.HardenedXml;
import nl.jeugdregie.messaging.internal.xml.IjwSchemas;
import nl.jeugdregie.messaging.internal.xml.IjwXmlWriter;
import nl.jeugdregie.messaging.internal.xml.XmlRefused;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * TOEW-7, ADR 0046: the outbox of JW301s. Recording a change and building its message happen in one transaction; the
 * hand-over to the hub happens after that committed (and its connection was given back), and only then is the entry
 * marked sent; a hand-over that failed leaves the entry ready, and retrying sends it. An entry waits while the client's
 * BSN is missing ({@link BsnKnownForAllocationMessage}) and is refused, loudly and for good, when its message is not
 * valid against the iJw schemas. Retrying (the outgoing list's action) builds the message again from what is current.
 * Concurrency: one entry per change (a unique key), and every state change of an entry under its row lock.
 */
@Service
class Outbox {

	private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);

	/** Where an entry stands. */
	enum Status {
		WAITING_BSN, INVALID, READY, SENT
	}

	private final AllocationsForMessaging allocations;
	private final ClientsForMessaging clients;
	private final HardenedXml xml;
	private final IjwSchemas schemas;
	private final ObjectProvider<HubTransport> transport;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final BsnKnownForAllocationMessage bsnKnown = new BsnKnownForAllocationMessage();

	Outbox(AllocationsForMessaging allocations, ClientsForMessaging clients, HardenedXml xml, IjwSchemas schemas,
			ObjectProvider<HubTransport> transport, JdbcClient jdbc, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.allocations = allocations;
		this.clients = clients;
		this.xml = xml;
		this.schemas = schemas;
		this.transport = transport;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
	}

	/** One change, once: a redelivered event finds its entry and does nothing. Not inside a caller's transaction. */
	void record(AllocationChange change) {
		var ready = transaction.execute(status -> recordInTransaction(change));
		if (ready != null && ready) {
			send(change.municipality(), change.key());
		}
	}

	/** Builds the entry's message again (a missing BSN recorded since, a transport that failed); false when unknown. */
	boolean retry(MunicipalityCode municipality, UUID id) {
		var found = transaction.execute(status -> retryInTransaction(municipality, id));
		if (found == null || !found) {
			return false;
		}
		jdbc.sql("select change_key from messaging_outbox where id = ?").param(id).query(String.class).optional()
				.ifPresent(key -> send(municipality, key));
		return true;
	}

	private Boolean recordInTransaction(AllocationChange change) {
		var line = allocations.line(change.municipality(), change.allocationNumber());
		if (line.isEmpty()) {
			LOG.warn("No allocation {} in municipality {} for an outgoing JW301", change.allocationNumber(),
					change.municipality().value());
			return false;
		}
		var id = UUID.randomUUID();
		var inserted = jdbc.sql("""
				insert into messaging_outbox (id, municipality_code, change_key, change_kind, allocation_number, provider_agb,
				    status, created_at)
				values (?, ?, ?, ?, ?, ?, 'WAITING_BSN', ?)
				on conflict (municipality_code, change_key) do nothing""")
				.params(id, change.municipality().value(), change.key(), change.kind().name(), change.allocationNumber(),
						line.get().provider().value(), Timestamp.from(clock.instant()))
				.update();
		if (inserted == 0) {
			return false;
		}
		if (change.kind() != AllocationChange.Kind.DECIDED) {
			remember(change);
		} else {
			replacementMoment(change);
		}
		return prepare(change.municipality(), id);
	}

	private boolean retryInTransaction(MunicipalityCode municipality, UUID id) {
		var status = jdbc.sql("select status from messaging_outbox where municipality_code = ? and id = ? for update")
				.params(municipality.value(), id).query(String.class).optional();
		if (status.isEmpty()) {
			return false;
		}
		switch (Status.valueOf(status.get())) {
			case WAITING_BSN, INVALID -> prepare(municipality, id);
			case READY -> {
				// sent after commit below
			}
			case SENT -> {
				// already with the provider: nothing to do (a double click)
			}
		}
		return true;
	}

	/** IV013: an allocation that replaces an ended one was established at the moment of that change. */
	private void replacementMoment(AllocationChange change) {
		jdbc.sql("""
				insert into messaging_allocation_state (municipality_code, allocation_number, changed_at)
				select municipality_code, ?, changed_at from messaging_allocation_state
				where municipality_code = ? and replaced_by = ?
				order by changed_at desc limit 1
				on conflict (municipality_code, allocation_number) do nothing""")
				.params(change.allocationNumber(), change.municipality().value(), change.allocationNumber()).update();
	}

	private void remember(AllocationChange change) {
		var at = Timestamp.from(change.at() == null ? clock.instant() : change.at());
		var withdrawn = change.kind() == AllocationChange.Kind.WITHDRAWN;
		jdbc.sql("""
				insert into messaging_allocation_state (municipality_code, allocation_number, valid_until, volume, change_reason,
				    changed_at, withdrawn, replaced_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (municipality_code, allocation_number) do update set
				    valid_until = coalesce(excluded.valid_until, messaging_allocation_state.valid_until),
				    volume = coalesce(excluded.volume, messaging_allocation_state.volume),
				    change_reason = excluded.change_reason,
				    changed_at = greatest(excluded.changed_at, messaging_allocation_state.changed_at),
				    withdrawn = messaging_allocation_state.withdrawn or excluded.withdrawn,
				    replaced_by = coalesce(excluded.replaced_by, messaging_allocation_state.replaced_by)""")
				.params(change.municipality().value(), change.allocationNumber(), change.validUntil(), change.volume(),
						change.reason(), at, withdrawn, change.replacedBy() == 0 ? null : change.replacedBy())
				.update();
	}

	/** Under the entry's row lock: the message built, checked and stored (true), or the reason it waits. */
	private boolean prepare(MunicipalityCode municipality, UUID id) {
		var entry = jdbc.sql("""
				select allocation_number, status from messaging_outbox where municipality_code = ? and id = ? for update""")
				.params(municipality.value(), id)
				.query((rs, n) -> new Object[] { rs.getLong(1), rs.getString(2) }).single();
		var subject = (long) entry[0];
		if (Status.valueOf((String) entry[1]) == Status.READY || Status.valueOf((String) entry[1]) == Status.SENT) {
			return false;
		}
		var lines = allocations.linesAtSameProvider(municipality, subject);
		var own = lines.stream().filter(l -> l.number() == subject).findFirst().orElseThrow();
		var client = clients.client(municipality, new HelpRequestId(own.helpRequestId()));
		if (client.isEmpty()) {
			status(id, Status.WAITING_BSN, "Cliënt onbekend");
			return false;
		}
		var refusal = bsnKnown.check(client.get());
		if (refusal.isPresent()) {
			status(id, Status.WAITING_BSN, BsnKnownForAllocationMessage.MISSING.equals(refusal.get().code())
					? "BSN ontbreekt" : "BSN ongeldig");
			return false;
		}
		var bsn = java.util.Objects.requireNonNull(client.get().bsn());
		// One JW301 of a client at a provider is built at a time, so each sees the changes and requests linked before
		// it, and the latest message (OP033x1: the most recent is leading) is complete.
		jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 301))) l")
				.param(municipality.value() + "/" + own.provider().value() + "/" + bsn).query().listOfRows();
		answeredRequest(municipality, own, bsn);
		var numbers = lines.stream().map(l -> l.number()).toArray(Long[]::new);
		var references = jdbc.sql("""
				select allocation_number, reference from messaging_allocation_reference
				where municipality_code = ? and allocation_number = any(?)""")
				.params(municipality.value(), numbers)
				.query((rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
				.collect(java.util.stream.Collectors.toMap(e -> e.getKey(), e -> e.getValue()));
		var pending = new HashSet<>(jdbc.sql("""
				select allocation_number from messaging_outbox
				where municipality_code = ? and allocation_number = any(?) and status <> 'SENT' and id <> ?""")
				.params(municipality.value(), numbers, id).query(Long.class).list());
		var states = jdbc.sql("""
				select allocation_number, valid_until, volume, change_reason, changed_at, withdrawn
				from messaging_allocation_state where municipality_code = ? and allocation_number = any(?)""")
				.params(municipality.value(), numbers)
				.query((rs, n) -> java.util.Map.entry(rs.getLong(1), new Jw301Contents.State(rs.getObject(2, LocalDate.class),
						(Integer) rs.getObject(3), rs.getString(4) == null ? null : rs.getString(4).strip(),
						rs.getTimestamp(5).toInstant(), rs.getBoolean(6))))
				.list().stream().collect(java.util.stream.Collectors.toMap(e -> e.getKey(), e -> e.getValue()));
		var today = LocalDate.now(clock);
		var products = Jw301Contents.products(
				lines.stream().map(l -> new Jw301Contents.Line(l, states.get(l.number()), references.get(l.number()))).toList(),
				subject, pending, today,
				clock.getZone());
		var identification = String.format("%012d",
				jdbc.sql("select nextval('messaging_outgoing_identification_seq')").query(Long.class).single());
		var message = Jw301Contents.message(municipality.value(), own.provider().value(), identification, today,
				client.get(), products);
		var body = IjwXmlWriter.allocation(message);
		var errors = validate(body);
		if (!errors.isEmpty()) {
			// Loud, without content: the errors may quote personal data, so they stay in the database.
			LOG.error("Outgoing JW301 {} for allocation {} is not valid against the iJw schemas and is NOT sent ({} errors)",
					id, subject, errors.size());
			status(id, Status.INVALID, String.join("\n", errors));
			return false;
		}
		var now = clock.instant();
		var messageId = UUID.randomUUID();
		jdbc.sql("""
				insert into messaging_message (id, municipality_code, direction, type, sender, receiver, identification,
				    date_stamp, provider_agb, content_hash, body, outcome, remarks, client_bsn, allocation_numbers, exchanged_at)
				values (?, ?, 'SENT', 'JW301', ?, ?, ?, ?, ?, ?, ?, 'SENT', '', ?, ?, ?)""")
				.params(messageId, municipality.value(), municipality.value(), own.provider().value(), identification, today,
						own.provider().value(), sha256(body), body, message.client().bsn().value(),
						products.stream().map(p -> p.allocationNumber()).toArray(Long[]::new), Timestamp.from(now))
				.update();
		jdbc.sql("update messaging_outbox set status = 'READY', problem = null, message_id = ? where id = ?")
				.params(messageId, id).update();
		events.publishEvent(new IjwMessageExchanged(municipality, IjwMessageExchanged.Direction.SENT, IjwMessageType.JW301,
				identification, own.provider().value(), null, null, now, IjwMessageExchanged.Outcome.ACCEPTED));
		return true;
	}

	/**
	 * TR359, TR374, OP344: the allocation answers the oldest open request of this provider for this client that it fits,
	 * once: a request for an allocation (JW315) of the same product (category, and code when the request names one),
	 * or a request for a change (JW317) naming this allocation or the one it replaces (never an allocation already
	 * replaced itself). Its ReferentieAanbieder then goes
	 * with every JW301 about the allocation, and the request counts as allocated.
	 */
	private void answeredRequest(MunicipalityCode municipality, AllocationsForMessaging.AllocationLine allocation,
			String bsn) {
		if (allocation.replacedBy() != 0) {
			return; // the allocation that replaced it answers the request
		}
		jdbc.sql("""
				insert into messaging_allocation_reference (municipality_code, allocation_number, request_id, reference)
				select r.municipality_code, ?, r.id, r.reference from messaging_request r
				where r.municipality_code = ? and r.provider_agb = ? and r.client_bsn = ?
				  and r.status in ('OPEN', 'UNDER_INVESTIGATION')
				  and not exists (select 1 from messaging_allocation_reference a where a.request_id = r.id)
				  and exists (select 1 from messaging_request_product p where p.request_id = r.id and (
				      (r.type = 'JW315' and p.kind = 'REQUESTED' and p.category = ? and (p.code is null or p.code = ?))
				      or (r.type = 'JW317' and p.allocation_number in (?, ?))
				      or (r.type = 'JW317' and p.kind = 'NEW' and p.category = ? and (p.code is null or p.code = ?))))
				order by r.received_at, r.reference
				limit 1
				on conflict (municipality_code, allocation_number) do nothing""")
				.params(allocation.number(), municipality.value(), allocation.provider().value(), bsn,
						allocation.productCategory(), allocation.productCode(), allocation.number(), allocation.replaces(),
						allocation.productCategory(), allocation.productCode())
				.update();
	}

	/** The schema errors of a produced message; a message that cannot even be read back counts as one error. */
	List<String> validate(byte[] body) {
		try {
			return schemas.validate(IjwMessageType.JW301, xml.parse(body));
		} catch (XmlRefused e) {
			return List.of(e.reason());
		}
	}

	private void status(UUID id, Status status, @Nullable String problem) {
		jdbc.sql("update messaging_outbox set status = ?, problem = ? where id = ?").params(status.name(), problem, id)
				.update();
	}

	/** Hands a ready message to the hub (when one is configured) and marks it sent; a failure leaves it ready. */
	private void send(MunicipalityCode municipality, String changeKey) {
		try {
			var ready = jdbc.sql("""
					select o.id, m.identification, m.body from messaging_outbox o join messaging_message m on m.id = o.message_id
					where o.municipality_code = ? and o.change_key = ? and o.status = 'READY'""")
					.params(municipality.value(), changeKey)
					.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2), rs.getBytes(3) }).optional();
			if (ready.isEmpty()) {
				return;
			}
			var hub = transport.getIfAvailable();
			if (hub != null) {
				hub.send("JW301-" + municipality.value() + "-" + ready.get()[1] + ".xml", (byte[]) ready.get()[2]);
			}
			jdbc.sql("update messaging_outbox set status = 'SENT', sent_at = ? where id = ? and status = 'READY'")
					.params(Timestamp.from(clock.instant()), ready.get()[0]).update();
		} catch (RuntimeException e) {
			LOG.warn("An outgoing JW301 could not be handed to the hub; it stays ready to send: {}", e.getClass().getSimpleName());
		}
	}

	/** Where an entry stands now, for the page's notification after a retry. */
	Optional<String> status(UUID id) {
		return jdbc.sql("select status from messaging_outbox where id = ?").param(id).query(String.class).optional();
	}

	/** The sent message's identification of an entry, for tests and the page. */
	Optional<String> identification(UUID id) {
		return jdbc.sql("select m.identification from messaging_outbox o join messaging_message m on m.id = o.message_id where o.id = ?")
				.param(id).query(String.class).optional();
	}

	private static String sha256(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

}
