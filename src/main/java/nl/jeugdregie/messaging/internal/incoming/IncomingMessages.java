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
import nl.jeugdregie.allocation.messaging.AllocationsForMessaging;
import nl.jeugdregie.allocation.messaging.AllocationsForMessaging.AllocationFacts;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.messaging.CareEnded;
import nl.jeugdregie.messaging.CareStarted;
import nl.jeugdregie.messaging.IjwMessageExchanged;
import nl.jeugdregie.messaging.IjwMessagesExchanged;
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
import nl.jeugdregie.platform.text.Labels;
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

	/** Starts and stops: judged here, one by one or in batches ({@link BatchReceiving}, ADR 0050). */
	private static final List<IjwMessageType> RECEIVED = List.of(IjwMessageType.JW305, IjwMessageType.JW307);

	/** Judged by their own classes, always one by one ({@link #receiveOther}). */
	private static final java.util.Set<IjwMessageType> OTHER_FLOWS = java.util.EnumSet.of(IjwMessageType.JW302,
			IjwMessageType.JW315, IjwMessageType.JW317, IjwMessageType.JW320, IjwMessageType.JW323);

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
	private final MessageRows rows;

	IncomingMessages(HardenedXml xml, IjwSchemas schemas, AllocationsForMessaging allocations, JdbcClient jdbc,
			PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock,
			AllocationRetours allocationRetours, RequestIntake requests, IncomingDeclarations declarations, MessageRows rows) {
		this.requests = requests;
		this.declarations = declarations;
		this.rows = rows;
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
		return switch (read(body, origin)) {
			case ReadMessage.Unreadable unreadable -> unreadable.answer();
			case ReadMessage.OtherFlow other -> receiveOther(other, checkOnly);
			case ReadMessage.Readable readable -> receiveStartOrStop(readable, origin, checkOnly);
		};
	}

	/** The flows judged by their own classes: retours on the municipality's messages, requests and declarations. */
	Received receiveOther(ReadMessage.OtherFlow other, boolean checkOnly) {
		var header = other.header();
		return switch (header.type()) {
			case JW302 -> allocationRetours.receive(other.document(), header, other.body(), other.origin(), checkOnly);
			// JW315, JW317, JW320 (ADR 0048)
			case JW315, JW317, JW320 -> requests.receive(other.body(), other.document(), header, other.origin(), checkOnly);
			case JW323 -> !header.receiver().equals(other.origin().municipality().value())
					|| (other.origin().provider() != null && !other.origin().provider().value().equals(header.sender()))
							? new Received.NotYours()
							: declarations.receive(other.document(), header, other.body(), other.origin(), checkOnly);
			case JW301, JW305, JW306, JW307, JW308, JW316, JW318, JW319, JW325 -> throw new IllegalStateException(
					header.type() + " is not another flow");
		};
	}

	private Received receiveStartOrStop(ReadMessage.Readable readable, Origin origin, boolean checkOnly) {
		var header = readable.header();
		var result = transaction.execute(status -> {
			lockSender(origin.municipality(), header.sender());
			var earlier = jdbc.sql("""
					select id, content_hash, retour_body, outcome, remarks from messaging_message
					where municipality_code = ? and sender = ? and type = ? and identification = ? and duplicate_of is null""")
					.params(origin.municipality().value(), header.sender(), header.type().name(), header.identification())
					.query((rs, n) -> new Earlier(rs.getObject(1, UUID.class), rs.getString(2), rs.getBytes(3),
							rs.getString(4), rs.getString(5)))
					.optional();
			if (earlier.isPresent() && earlier.get().hash().equals(readable.hash())) {
				return earlier.get().replay(header.type());
			}
			var judged = earlier.isPresent() ? new Judged(RetourCodes.onHeader("9056"), null, List.of(), List.of())
					: judge(readable, this::storedDeliveries);
			var rows = this.rows.batch();
			var answered = store(readable, judged, earlier.map(Earlier::id).orElse(null), checkOnly, rows);
			rows.complete();
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

	/**
	 * Everything that needs no database, so it may run on any thread (ADR 0050): the hardened parse, the header, the
	 * type and receiver checks, level 1 (schema) and reading the message for level 2.
	 */
	ReadMessage read(byte[] body, Origin origin) {
		org.w3c.dom.Document document;
		Header header;
		try {
			// Level 1 in the same pass as the parse (P4); judged below, once the header is known.
			document = xml.parse(body, schemas.all().orElse(null));
			header = IjwXmlReader.header(document);
		} catch (XmlRefused e) {
			return new ReadMessage.Unreadable(new Received.Refused(e.kind(), e.reason()));
		}
		if (OTHER_FLOWS.contains(header.type())) {
			return new ReadMessage.OtherFlow(body, document, header, origin);
		}
		if (!RECEIVED.contains(header.type())) {
			return new ReadMessage.Unreadable(new Received.Refused(XmlRefused.Kind.UNKNOWN_MESSAGE,
					Labels.text("text.messaging.incoming.typeNotReceived", String.valueOf(header.type()))));
		}
		if (!header.receiver().equals(origin.municipality().value())
				|| (origin.provider() != null && !origin.provider().value().equals(header.sender()))) {
			return new ReadMessage.Unreadable(new Received.NotYours());
		}
		var schemaValid = schemas.validate(header.type(), document).isEmpty();
		IjwMessage message = null;
		if (schemaValid) {
			try {
				message = IjwXmlReader.read(document, header);
			} catch (IjwXmlReader.InvalidContent e) {
				message = null;
			}
		}
		return new ReadMessage.Readable(body, sha256(body), header, origin.municipality(), schemaValid, message);
	}

	/** Messages of one sender to one municipality are judged one at a time, until the transaction ends. */
	void lockSender(MunicipalityCode municipality, String sender) {
		jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 16))) l")
				.param(municipality.value() + "/" + sender).query().listOfRows();
	}

	/** A message stored before under the same sender, type and identification (not itself a duplicate). */
	record Earlier(UUID id, String hash, byte[] retour, String outcome, String remarks) {
		Received.Answered replay(IjwMessageType type) {
			var list = remarks.isEmpty() ? List.<String>of() : List.of(remarks.split(","));
			return new Received.Answered(id, type.retour().orElseThrow(), retour, "ACCEPTED".equals(outcome), true, list);
		}
	}

	/** The outcome of levels 1 to 3: codes, the message when readable, and the deliveries to apply. */
	record Judged(RetourCodes codes, @Nullable IjwMessage message, List<Delivery> added, List<Delivery> removed) {}

	/** Levels 2 to 4 of a readable message (level 1 was judged when it was read), against the given level-3 state. */
	Judged judge(ReadMessage.Readable readable, LevelThreeState states) {
		if (!readable.schemaValid() || readable.message() == null) {
			return new Judged(RetourCodes.onHeader(RetourCodes.TECHNICAL), null, List.of(), List.of());
		}
		var message = readable.message();
		var header = readable.header();
		if (WithinMessageRules.firstBroken(message).isPresent()) {
			return new Judged(RetourCodes.onHeader(RetourCodes.TECHNICAL), message, List.of(), List.of());
		}
		var state = states.deliveries(readable.municipality(), header.sender(), numbers(message));
		var judgement = switch (message) {
			case IjwMessage.Start start -> Judge.starts(start, state);
			case IjwMessage.Stop stop -> Judge.stops(stop, state);
			case IjwMessage.Allocation a -> throw new IllegalStateException("A JW301 is not received");
			case IjwMessage.Declaration d -> throw new IllegalStateException("A JW323 is judged elsewhere");
		};
		return new Judged(judgement.codes(), message, judgement.added(), judgement.removed());
	}

	/** The level-3 state of one message, read from the database (the allocation facts through the port). */
	private Deliveries storedDeliveries(MunicipalityCode municipality, String sender, List<Long> numbers) {
		var facts = new HashMap<Long, AllocationFacts>();
		for (var number : numbers) {
			allocations.allocation(municipality, number).ifPresent(f -> facts.put(number, f));
		}
		var current = jdbc.sql("""
				select kind, client_bsn, allocation_number, start_date, end_date, reason from messaging_delivery
				where municipality_code = ? and provider_agb = ? and allocation_number = any(?) and not deleted""")
				.params(municipality.value(), sender, numbers.toArray(Long[]::new))
				.query(DELIVERY)
				.list();
		return new Deliveries(current, facts, sender);
	}

	static final org.springframework.jdbc.core.RowMapper<Delivery> DELIVERY = (rs, n) -> new Delivery(
			Delivery.Kind.valueOf(rs.getString(1)), rs.getString(2), rs.getLong(3), rs.getObject(4, LocalDate.class),
			rs.getObject(5, LocalDate.class), rs.getString(6) == null ? null : rs.getString(6).strip());

	Received.Answered store(ReadMessage.Readable readable, Judged judged, @Nullable UUID duplicateOf, boolean checkOnly,
			MessageRows.Batch rows) {
		var header = readable.header();
		var municipality = readable.municipality();
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
		rows.exchanged(new IjwMessageExchanged(municipality, IjwMessageExchanged.Direction.RECEIVED, header.type(),
				header.identification(), header.sender(), null, careDate, now, outcome));
		var id = UUID.randomUUID();
		rows.message(id, municipality.value(), header.type().name(), header.sender(), header.receiver(),
				header.identification(), header.dateStamp(), header.sender(), readable.hash(), readable.body(),
				accepted ? "ACCEPTED" : "REJECTED", String.join(",", remarks), bsn(judged.message()),
				judged.message() == null ? new Long[0] : numbers(judged.message()).toArray(Long[]::new),
				retourType.name(), retourIdentification, retour, duplicateOf, Timestamp.from(now));
		rows.exchanged(new IjwMessageExchanged(municipality, IjwMessageExchanged.Direction.SENT, retourType,
				retourIdentification, header.sender(), header.identification(), null, now, IjwMessageExchanged.Outcome.ACCEPTED));
		if (accepted) {
			apply(id, header, municipality, judged, rows);
		}
		return new Received.Answered(id, retourType, retour, accepted, false, remarks);
	}

	private void apply(UUID messageId, Header header, MunicipalityCode municipality, Judged judged, MessageRows.Batch rows) {
		for (var d : judged.removed()) {
			rows.removeDelivery(messageId, municipality.value(), header.sender(), d.kind().name(), d.bsn(),
					d.allocationNumber(), d.startDate(), d.endDate(), d.reason());
			rows.care(care(municipality, header.sender(), d, true));
		}
		for (var d : judged.added()) {
			rows.delivery(UUID.randomUUID(), municipality.value(), header.sender(), d.kind().name(), d.bsn(),
					d.allocationNumber(), d.startDate(), d.endDate(), d.reason(), messageId);
			rows.care(care(municipality, header.sender(), d, false));
		}
	}

	private static IjwMessagesExchanged.CareChange care(MunicipalityCode municipality, String agb, Delivery d,
			boolean withdrawn) {
		return d.kind() == Delivery.Kind.START
				? IjwMessagesExchanged.CareChange.of(new CareStarted(municipality, d.allocationNumber(), agb, d.startDate(),
						withdrawn))
				: IjwMessagesExchanged.CareChange.of(new CareEnded(municipality, d.allocationNumber(), agb, d.startDate(),
						java.util.Objects.requireNonNull(d.endDate()), java.util.Objects.requireNonNull(d.reason()),
						d.temporary(), withdrawn));
	}

	static List<Long> numbers(IjwMessage message) {
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
