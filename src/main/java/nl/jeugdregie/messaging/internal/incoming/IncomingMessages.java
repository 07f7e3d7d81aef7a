package nl.jeugdregie.messaging.internal.incoming;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.allocation.AllocationsForMessaging;
import nl.jeugdregie.allocation.AllocationsForMessaging.AllocationFacts;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.messaging.CareEnded;
import nl.jeugdregie.messaging.CareStarted;
import nl.jeugdregie.messaging.IjwMessageExchanged;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.messaging.internal.declaration.IncomingDeclarations;
import nl.jeugdregie.messaging.internal.message.Header;
import nl.jeugdregie.messaging.internal.message.IjwMessage;
import nl.jeugdregie.messaging.internal.message.RetourCodes;
import nl.jeugdregie.messaging.internal.requests.RequestIntake;
import nl.jeugdregie.messaging.internal.xml.HardenedXml;
import nl.jeugdregie.messaging.internal.xml.IjwSchemas;
import nl.jeugdregie.messaging.internal.xml.IjwXmlReader;
import nl.jeugdregie.messaging.internal.xml.IjwXmlWriter;
import nl.jeugdregie.messaging.internal.xml.XmlRefused;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * TOEW-7, BEY-5: receives a JW305 or JW307 (a JW323 declaration goes to {@link IncomingDeclarations}) and judges it at the standard's levels (ADR 0036): readable at all
 * (hardened parser), level 1 schema, level 2 within the message (0001 on the header), level 3 across messages (9xxx on
 * the failing class). Idempotent: messages of one sender are handled one at a time (an advisory lock), and the same
 * sender, type and identification again returns the stored retour without a second effect; other content under a used
 * identification gets 9056 (TR056). A pre-check judges the same way and rolls everything back.
 */
@Service
public class IncomingMessages {

	private static final List<IjwMessageType> RECEIVED = List.of(IjwMessageType.JW305, IjwMessageType.JW307,
			IjwMessageType.JW323);

	private final HardenedXml xml;
	private final IjwSchemas schemas;
	private final AllocationsForMessaging allocations;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final AllocationRetours allocationRetours;
	private final RequestIntake requests;
	private final IncomingDeclarations declarations;

	IncomingMessages(HardenedXml xml, IjwSchemas schemas, AllocationsForMessaging allocations, JdbcClient jdbc,
			PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock,
			AllocationRetours allocationRetours, RequestIntake requests, IncomingDeclarations declarations) {
		this.requests = requests;
		this.declarations = declarations;
		this.xml = xml;
		this.schemas = schemas;
		this.allocations = allocations;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
		this.allocationRetours = allocationRetours;
	}

	public Received receive(byte[] body, Origin origin, boolean checkOnly) {
		org.w3c.dom.Document document;
		Header header;
		try {
			document = xml.parse(body);
			header = IjwXmlReader.header(document);
		} catch (XmlRefused e) {
			return new Received.Refused(e.kind(), e.reason());
		}
		if (header.type() == IjwMessageType.JW302) {
			return allocationRetours.receive(document, header, body, origin, checkOnly);
		}
		if (RequestIntake.receives(header.type())) {
			return requests.receive(body, document, header, origin, checkOnly); // JW315, JW317, JW320 (ADR 0048)
		}
		if (!RECEIVED.contains(header.type())) {
			return new Received.Refused(XmlRefused.Kind.UNKNOWN_MESSAGE,
					"Berichten van het type " + header.type() + " worden hier niet ontvangen.");
		}
		if (!header.receiver().equals(origin.municipality().value())
				|| (origin.provider() != null && !origin.provider().value().equals(header.sender()))) {
			return new Received.NotYours();
		}
		if (header.type() == IjwMessageType.JW323) {
			return declarations.receive(document, header, body, origin, checkOnly);
		}
		var hash = sha256(body);
		var result = transaction.execute(status -> {
			jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 16))) l")
					.param(origin.municipality().value() + "/" + header.sender()).query().listOfRows();
			var earlier = jdbc.sql("""
					select id, content_hash, retour_body, outcome, remarks from messaging_message
					where municipality_code = ? and sender = ? and type = ? and identification = ? and duplicate_of is null""")
					.params(origin.municipality().value(), header.sender(), header.type().name(), header.identification())
					.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2), rs.getBytes(3),
							rs.getString(4), rs.getString(5) })
					.optional();
			if (earlier.isPresent() && earlier.get()[1].equals(hash)) {
				var e = earlier.get();
				var remarks = ((String) e[4]).isEmpty() ? List.<String>of() : List.of(((String) e[4]).split(","));
				return new Received.Answered((UUID) e[0], header.type().retour().orElseThrow(), (byte[]) e[2],
						"ACCEPTED".equals(e[3]), true, remarks);
			}
			var judged = earlier.isPresent() ? new Judged(RetourCodes.onHeader("9056"), null, List.of(), List.of())
					: judge(document, header, origin.municipality());
			var answered = store(body, hash, header, origin.municipality(), judged, earlier.map(e -> (UUID) e[0]).orElse(null),
					checkOnly);
			if (checkOnly) {
				status.setRollbackOnly();
			}
			return answered;
		});
		if (checkOnly && result instanceof Received.Answered) {
			// The judging rolled back; the pre-check itself is still an exchange the terms may count.
			transaction.executeWithoutResult(status -> events.publishEvent(new IjwMessageExchanged(origin.municipality(),
					IjwMessageExchanged.Direction.RECEIVED, header.type(), header.identification(), header.sender(), null, null,
					clock.instant(), IjwMessageExchanged.Outcome.CHECKED_ONLY)));
		}
		return result;
	}

	/** The outcome of levels 1 to 3: codes, the message when readable, and the deliveries to apply. */
	private record Judged(RetourCodes codes, @Nullable IjwMessage message, List<Delivery> added, List<Delivery> removed) {}

	private Judged judge(org.w3c.dom.Document document, Header header, MunicipalityCode municipality) {
		if (!schemas.validate(header.type(), document).isEmpty()) {
			return new Judged(RetourCodes.onHeader(RetourCodes.TECHNICAL), null, List.of(), List.of());
		}
		IjwMessage message;
		try {
			message = IjwXmlReader.read(document, header);
		} catch (IjwXmlReader.InvalidContent e) {
			return new Judged(RetourCodes.onHeader(RetourCodes.TECHNICAL), null, List.of(), List.of());
		}
		if (WithinMessageRules.firstBroken(message).isPresent()) {
			return new Judged(RetourCodes.onHeader(RetourCodes.TECHNICAL), message, List.of(), List.of());
		}
		var numbers = numbers(message);
		var facts = new HashMap<Long, AllocationFacts>();
		for (var number : numbers) {
			allocations.allocation(municipality, number).ifPresent(f -> facts.put(number, f));
		}
		var current = jdbc.sql("""
				select kind, client_bsn, allocation_number, start_date, end_date, reason from messaging_delivery
				where municipality_code = ? and provider_agb = ? and allocation_number = any(?) and not deleted""")
				.params(municipality.value(), header.sender(), numbers.toArray(Long[]::new))
				.query((rs, n) -> new Delivery(Delivery.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3),
						rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class),
						rs.getString(6) == null ? null : rs.getString(6).strip()))
				.list();
		var state = new Deliveries(current, facts, header.sender());
		var judgement = switch (message) {
			case IjwMessage.Start start -> Judge.starts(start, state);
			case IjwMessage.Stop stop -> Judge.stops(stop, state);
			case IjwMessage.Allocation a -> throw new IllegalStateException("A JW301 is not received");
			case IjwMessage.Declaration d -> throw new IllegalStateException("A JW323 is judged elsewhere");
		};
		return new Judged(judgement.codes(), message, judgement.added(), judgement.removed());
	}

	private Received.Answered store(byte[] body, String hash, Header header, MunicipalityCode municipality, Judged judged,
			@Nullable UUID duplicateOf, boolean checkOnly) {
		var now = clock.instant();
		var today = LocalDate.now(clock);
		var retourType = header.type().retour().orElseThrow();
		var retourIdentification = identification();
		var retour = IjwXmlWriter.retour(header, retourIdentification, today, judged.codes(), judged.message());
		var accepted = judged.codes().isAccepted();
		var remarks = judged.codes().remarks();
		var outcome = accepted ? IjwMessageExchanged.Outcome.ACCEPTED : IjwMessageExchanged.Outcome.REJECTED;
		var careDate = careDate(judged.message());
		if (checkOnly) {
			return new Received.Answered(null, retourType, retour, accepted, false, remarks);
		}
		events.publishEvent(new IjwMessageExchanged(municipality, IjwMessageExchanged.Direction.RECEIVED, header.type(),
				header.identification(), header.sender(), null, careDate, now, outcome));
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into messaging_message (id, municipality_code, direction, type, sender, receiver, identification,
				    date_stamp, provider_agb, content_hash, body, outcome, remarks, client_bsn, allocation_numbers,
				    retour_type, retour_identification, retour_body, duplicate_of, exchanged_at)
				values (?, ?, 'RECEIVED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, municipality.value(), header.type().name(), header.sender(), header.receiver(),
						header.identification(), header.dateStamp(), header.sender(), hash, body,
						accepted ? "ACCEPTED" : "REJECTED", String.join(",", remarks), bsn(judged.message()),
						judged.message() == null ? new Long[0] : numbers(judged.message()).toArray(Long[]::new),
						retourType.name(), retourIdentification, retour, duplicateOf, Timestamp.from(now))
				.update();
		events.publishEvent(new IjwMessageExchanged(municipality, IjwMessageExchanged.Direction.SENT, retourType,
				retourIdentification, header.sender(), header.identification(), null, now, IjwMessageExchanged.Outcome.ACCEPTED));
		if (accepted) {
			apply(id, header, municipality, judged);
		}
		return new Received.Answered(id, retourType, retour, accepted, false, remarks);
	}

	private void apply(UUID messageId, Header header, MunicipalityCode municipality, Judged judged) {
		for (var d : judged.removed()) {
			jdbc.sql("""
					update messaging_delivery set deleted = true, deleted_by = ?
					where municipality_code = ? and provider_agb = ? and kind = ? and client_bsn = ? and allocation_number = ?
					  and start_date = ? and end_date is not distinct from ? and reason is not distinct from ? and not deleted""")
					.params(messageId, municipality.value(), header.sender(), d.kind().name(), d.bsn(), d.allocationNumber(),
							d.startDate(), d.endDate(), d.reason())
					.update();
			publishCare(municipality, header.sender(), d, true);
		}
		for (var d : judged.added()) {
			jdbc.sql("""
					insert into messaging_delivery (id, municipality_code, provider_agb, kind, client_bsn, allocation_number,
					    start_date, end_date, reason, message_id)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(UUID.randomUUID(), municipality.value(), header.sender(), d.kind().name(), d.bsn(),
							d.allocationNumber(), d.startDate(), d.endDate(), d.reason(), messageId)
					.update();
			publishCare(municipality, header.sender(), d, false);
		}
	}

	private void publishCare(MunicipalityCode municipality, String agb, Delivery d, boolean withdrawn) {
		if (d.kind() == Delivery.Kind.START) {
			events.publishEvent(new CareStarted(municipality, d.allocationNumber(), agb, d.startDate(), withdrawn));
		} else {
			events.publishEvent(new CareEnded(municipality, d.allocationNumber(), agb, d.startDate(),
					java.util.Objects.requireNonNull(d.endDate()), java.util.Objects.requireNonNull(d.reason()), d.temporary(),
					withdrawn));
		}
	}

	private static List<Long> numbers(IjwMessage message) {
		return switch (message) {
			case IjwMessage.Start s -> s.products().stream().map(p -> p.allocationNumber()).distinct().toList();
			case IjwMessage.Stop s -> s.products().stream().map(p -> p.allocationNumber()).distinct().toList();
			case IjwMessage.Allocation a -> a.products().stream().map(p -> p.allocationNumber()).distinct().toList();
			case IjwMessage.Declaration d -> d.lines().stream().map(l -> l.allocationNumber()).distinct().toList();
		};
	}

	private static @Nullable String bsn(@Nullable IjwMessage message) {
		return switch (message) {
			case null -> null;
			case IjwMessage.Start s -> s.client().bsn().value();
			case IjwMessage.Stop s -> s.client().bsn().value();
			case IjwMessage.Allocation a -> a.client().bsn().value();
			case IjwMessage.Declaration d -> null;
		};
	}

	private static @Nullable LocalDate careDate(@Nullable IjwMessage message) {
		return switch (message) {
			case null -> null;
			case IjwMessage.Start s -> s.products().getFirst().startDate();
			case IjwMessage.Stop s -> s.products().getFirst().endDate();
			case IjwMessage.Allocation a -> null;
			case IjwMessage.Declaration d -> null;
		};
	}

	/** A retour's own identification: twelve characters, unique in practice (random). */
	static String identification() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(java.util.Locale.ROOT);
	}

	private static String sha256(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
