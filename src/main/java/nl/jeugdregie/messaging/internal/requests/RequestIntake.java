package nl.jeugdregie.messaging.internal.requests;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.messaging.RequestsForMessaging;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.intake.HelpRequestDirectory;
import nl.jeugdregie.messaging.IjwMessageExchanged;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.messaging.internal.incoming.Origin;
import nl.jeugdregie.messaging.internal.incoming.Received;
import nl.jeugdregie.messaging.internal.message.Header;
import nl.jeugdregie.messaging.internal.xml.IjwSchemas;
import nl.jeugdregie.platform.text.Labels;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;

/**
 * TOEW-7 (ADR 0048): receives a provider's JW315 or JW317 and judges it as JW305/JW307 are judged (ADR 0036): level 1
 * schema and level 2 within the message give a header-only retour 0001; level 3 ({@link RequestRules}: TR347, TR374,
 * TR304, TR349, TR350, TR351, TR357, TR361, TR373, TR375, TR411, TR412) the code on the failing class. Idempotent under the same per-sender advisory lock as the other incoming messages.
 * An accepted request becomes one request per ReferentieAanbieder on the access team's worklist; OP043 marks it. Also
 * records the provider's JW320 retour on a JW319 and links it to the answer.
 */
@Service
public class RequestIntake {

	private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

	private final IjwSchemas schemas;
	private final RequestsForMessaging allocations;
	private final HelpRequestDirectory helpRequests;
	private final RequestRecords records;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RequestIntake(IjwSchemas schemas, RequestsForMessaging allocations, HelpRequestDirectory helpRequests, RequestRecords records, JdbcClient jdbc, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.schemas = schemas;
		this.allocations = allocations;
		this.helpRequests = helpRequests;
		this.records = records;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
	}

	/** Whether this service receives the type: the requests JW315, JW317 and the retour JW320. */
	public static boolean receives(IjwMessageType type) {
		return type == IjwMessageType.JW315 || type == IjwMessageType.JW317 || type == IjwMessageType.JW320;
	}

	public Received receive(byte[] body, Document document, Header header, Origin origin, boolean checkOnly) {
		if (header.type() == IjwMessageType.JW320) {
			// A pre-check gives the retour a message would get; a JW320 gets none, so there is nothing to check.
			return checkOnly ? new Received.Refused(nl.jeugdregie.messaging.internal.xml.XmlRefused.Kind.UNKNOWN_MESSAGE,
					Labels.text("text.messaging.jw320.checkOnly"))
					: retourOnAnswer(body, document, header, origin);
		}
		if (!header.receiver().equals(origin.municipality().value())
				|| (origin.provider() != null && !origin.provider().value().equals(header.sender()))) {
			return new Received.NotYours();
		}
		var hash = sha256(body);
		var result = transaction.execute(status -> {
			lock(origin.municipality(), header.sender());
			var earlier = records.earlier(origin.municipality(), header.sender(), header.type(), header.identification());
			if (earlier.isPresent() && earlier.get().hash().equals(hash)) {
				var e = earlier.get();
				return (Received) new Received.Answered(e.id(), header.type().retour().orElseThrow(), e.retour(), e.accepted(),
						true, e.remarks());
			}
			var judged = earlier.isPresent() ? new Judged(RequestCodes.onHeader("9056"), null)
					: judge(document, header, origin.municipality());
			var answered = store(body, hash, document, header, origin.municipality(), judged,
					earlier.map(RequestRecords.Earlier::id).orElse(null), checkOnly);
			if (checkOnly) {
				status.setRollbackOnly();
			}
			return answered;
		});
		if (checkOnly && result instanceof Received.Answered) {
			transaction.executeWithoutResult(status -> events.publishEvent(new IjwMessageExchanged(origin.municipality(),
					IjwMessageExchanged.Direction.RECEIVED, header.type(), header.identification(), header.sender(), null, null,
					clock.instant(), IjwMessageExchanged.Outcome.CHECKED_ONLY)));
		}
		return java.util.Objects.requireNonNull(result);
	}

	private record Judged(RequestCodes codes, @Nullable RequestMessage message) {}

	private Judged judge(Document document, Header header, MunicipalityCode municipality) {
		if (!schemas.validate(header.type(), document).isEmpty()) {
			return new Judged(RequestCodes.onHeader("0001"), null);
		}
		RequestMessage message;
		try {
			message = RequestXml.read(document, header);
		} catch (nl.jeugdregie.messaging.internal.xml.IjwXmlReader.InvalidContent e) {
			return new Judged(RequestCodes.onHeader("0001"), null);
		}
		if (WithinRequestRules.firstBroken(message).isPresent()) {
			return new Judged(RequestCodes.onHeader("0001"), message);
		}
		var state = state(message, municipality);
		return new Judged(RequestRules.judge(message, state), message);
	}

	private RequestState state(RequestMessage message, MunicipalityCode municipality) {
		var agb = message.header().sender();
		var youngPerson = helpRequests.youngPersonWithBsn(municipality, message.bsn().value());
		var atProvider = youngPerson.map(p -> allocations.allocationsOf(municipality, p)).orElse(List.of()).stream()
				.filter(a -> a.provider().value().equals(agb)).toList();
		// TR304: a named ToewijzingNummer of this provider's allocation of another young person.
		var ours = atProvider.stream().map(a -> a.number()).collect(java.util.stream.Collectors.toSet());
		var ofOthers = message.lines().stream().map(RequestMessage.Line::allocationNumber).filter(n -> n != null)
				.filter(n -> !ours.contains(n))
				.filter(n -> allocations.ofAnotherYoungPerson(municipality, new AgbCode(agb), n, youngPerson.orElse(null)))
				.collect(java.util.stream.Collectors.toSet());
		return new RequestState(new HashSet<>(records.usedReferences(municipality, agb)),
				records.inProgress(municipality, agb, message.bsn().value()), atProvider, message.header().dateStamp(),
				youngPerson.isPresent(), ofOthers);
	}

	private Received.Answered store(byte[] body, String hash, Document document, Header header, MunicipalityCode municipality,
			Judged judged, @Nullable UUID duplicateOf, boolean checkOnly) {
		var now = clock.instant();
		var retourType = header.type().retour().orElseThrow();
		var retourIdentification = identification();
		var retour = RequestXml.retour(document, header, retourIdentification, LocalDate.now(clock), judged.codes());
		var accepted = judged.codes().accepted();
		var remarks = judged.codes().remarks();
		if (checkOnly) {
			return new Received.Answered(null, retourType, retour, accepted, false, remarks);
		}
		events.publishEvent(new IjwMessageExchanged(municipality, IjwMessageExchanged.Direction.RECEIVED, header.type(),
				header.identification(), header.sender(), null, null, now,
				accepted ? IjwMessageExchanged.Outcome.ACCEPTED : IjwMessageExchanged.Outcome.REJECTED));
		var id = UUID.randomUUID();
		var message = judged.message();
		var numbers = message == null ? new Long[0]
				: message.lines().stream().map(RequestMessage.Line::allocationNumber).filter(n -> n != null).toArray(Long[]::new);
		jdbc.sql("""
				insert into messaging_message (id, municipality_code, direction, type, sender, receiver, identification,
				    date_stamp, provider_agb, content_hash, body, outcome, remarks, client_bsn, allocation_numbers,
				    retour_type, retour_identification, retour_body, duplicate_of, exchanged_at)
				values (?, ?, 'RECEIVED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, municipality.value(), header.type().name(), header.sender(), header.receiver(),
						header.identification(), header.dateStamp(), header.sender(), hash, body,
						accepted ? "ACCEPTED" : "REJECTED", String.join(",", remarks),
						message == null ? null : message.bsn().value(), numbers, retourType.name(), retourIdentification, retour,
						duplicateOf, Timestamp.from(now))
				.update();
		events.publishEvent(new IjwMessageExchanged(municipality, IjwMessageExchanged.Direction.SENT, retourType,
				retourIdentification, header.sender(), header.identification(), null, now,
				IjwMessageExchanged.Outcome.ACCEPTED));
		if (accepted && message != null) {
			register(id, municipality, message);
		}
		return new Received.Answered(id, retourType, retour, accepted, false, remarks);
	}

	/** An accepted request: one request per ReferentieAanbieder on the worklist, OP043 marked. */
	private void register(UUID messageId, MunicipalityCode municipality, RequestMessage message) {
		var youngPerson = helpRequests.youngPersonWithBsn(municipality, message.bsn().value());
		var all = youngPerson.map(p -> allocations.allocationsOf(municipality, p)).orElse(List.of());
		var pgb = new NoInKindRequestWherePgb();
		var receivedOn = LocalDate.ofInstant(clock.instant(), AMSTERDAM);
		if (message.isChange()) {
			var overlap = message.lines().stream().filter(l -> l.kind() == RequestMessage.Kind.NEW
					|| l.kind() == RequestMessage.Kind.CHANGED)
					.anyMatch(l -> pgb.check(new NoInKindRequestWherePgb.Requested(l, all)).isPresent());
			records.insert(municipality, message, messageId, java.util.Objects.requireNonNull(message.changeReference()),
					youngPerson.orElse(null), message.lines(), overlap, clock.instant(), receivedOn);
			return;
		}
		for (var line : message.lines()) {
			var overlap = pgb.check(new NoInKindRequestWherePgb.Requested(line, all)).isPresent();
			records.insert(municipality, message, messageId, java.util.Objects.requireNonNull(line.reference()),
					youngPerson.orElse(null), List.of(line), overlap, clock.instant(), receivedOn);
		}
	}

	/**
	 * A JW320: the provider's retour on a JW319. Its header is the JW319's (sender the municipality, receiver the
	 * provider); it is stored under its own IdentificatieRetour and linked to the answer.
	 */
	private Received retourOnAnswer(byte[] body, Document document, Header header, Origin origin) {
		if (!header.sender().equals(origin.municipality().value())
				|| (origin.provider() != null && !origin.provider().value().equals(header.receiver()))) {
			return new Received.NotYours();
		}
		if (!schemas.validate(IjwMessageType.JW320, document).isEmpty()) {
			return new Received.Refused(nl.jeugdregie.messaging.internal.xml.XmlRefused.Kind.MALFORMED,
					Labels.text("text.messaging.jw320.invalid"));
		}
		RequestXml.AnswerRetour retour;
		String own;
		try {
			retour = RequestXml.readAnswerRetour(document);
			own = RequestXml.retourIdentification(document);
		} catch (nl.jeugdregie.messaging.internal.xml.IjwXmlReader.InvalidContent e) {
			return new Received.Refused(nl.jeugdregie.messaging.internal.xml.XmlRefused.Kind.MALFORMED,
					Labels.text("text.messaging.jw320.unreadable"));
		}
		var agb = header.receiver();
		var hash = sha256(body);
		return java.util.Objects.requireNonNull(transaction.execute(status -> {
			lock(origin.municipality(), agb);
			var earlier = records.earlier(origin.municipality(), agb, IjwMessageType.JW320, own);
			if (earlier.isPresent()) {
				return (Received) new Received.Recorded(earlier.get().id(), IjwMessageType.JW320, earlier.get().accepted(), true,
						true, earlier.get().remarks());
			}
			var now = clock.instant();
			var id = UUID.randomUUID();
			var remarks = retour.codes().stream().filter(c -> !"0200".equals(c)).distinct().toList();
			jdbc.sql("""
					insert into messaging_message (id, municipality_code, direction, type, sender, receiver, identification,
					    date_stamp, provider_agb, content_hash, body, outcome, remarks, exchanged_at)
					values (?, ?, 'RECEIVED', 'JW320', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(id, origin.municipality().value(), agb, origin.municipality().value(), own,
							LocalDate.now(clock), agb, hash, body, retour.accepted() ? "ACCEPTED" : "REJECTED",
							String.join(",", remarks), Timestamp.from(now))
					.update();
			var linked = records.linkRetour(origin.municipality(), agb, header.identification(), id,
					String.join(",", retour.codes().stream().distinct().toList()));
			events.publishEvent(new IjwMessageExchanged(origin.municipality(), IjwMessageExchanged.Direction.RECEIVED,
					IjwMessageType.JW320, own, agb, header.identification(), null, now,
					retour.accepted() ? IjwMessageExchanged.Outcome.ACCEPTED : IjwMessageExchanged.Outcome.REJECTED));
			return new Received.Recorded(id, IjwMessageType.JW320, retour.accepted(), linked, false, remarks);
		}));
	}

	private void lock(MunicipalityCode municipality, String sender) {
		jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 16))) l")
				.param(municipality.value() + "/" + sender).query().listOfRows();
	}

	/** A retour's or answer's own identification: twelve characters, unique in practice (random). */
	static String identification() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
	}

	static String sha256(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
