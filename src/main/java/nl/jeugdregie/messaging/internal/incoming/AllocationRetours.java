package nl.jeugdregie.messaging.internal.incoming;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import nl.jeugdregie.messaging.IjwMessageExchanged;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.messaging.internal.message.Header;
import nl.jeugdregie.messaging.internal.message.RetourCodes;
import nl.jeugdregie.messaging.internal.xml.IjwSchemas;
import nl.jeugdregie.messaging.internal.xml.XmlRefused;
import nl.jeugdregie.platform.text.Labels;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * TOEW-7, issue 16 item 2: the provider's JW302, its retour on a JW301 the municipality sent (ADR 0046). It keeps the
 * JW301's header (the municipality as sender, the provider as receiver, the JW301's identification), so it is linked to
 * that JW301; its retour codes are recorded on both, and its arrival closes the retour term (OP090). A JW301 is taken
 * when the retour has no code other than 0200. Not answered itself (a retour has no retour). Idempotent: the same
 * JW302 again changes nothing.
 */
@Component
class AllocationRetours {

	private final IjwSchemas schemas;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	AllocationRetours(IjwSchemas schemas, JdbcClient jdbc, PlatformTransactionManager transactions,
			ApplicationEventPublisher events, Clock clock) {
		this.schemas = schemas;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
	}

	/** The retour's own identification, date and codes. */
	record Retour(String identification, LocalDate dateStamp, List<String> codes) {

		boolean accepted() {
			return codes.stream().allMatch(RetourCodes.NO_REMARK::equals);
		}

		List<String> remarks() {
			return codes.stream().filter(c -> !RetourCodes.NO_REMARK.equals(c)).distinct().toList();
		}
	}

	Received receive(Document document, Header header, byte[] body, Origin origin, boolean checkOnly) {
		if (!header.sender().equals(origin.municipality().value())
				|| (origin.provider() != null && !origin.provider().value().equals(header.receiver()))) {
			return new Received.NotYours();
		}
		if (!schemas.validate(IjwMessageType.JW302, document).isEmpty()) {
			return new Received.Refused(XmlRefused.Kind.MALFORMED, Labels.text("text.messaging.retour.jw302Invalid"));
		}
		Retour retour;
		try {
			retour = read(document);
		} catch (IllegalArgumentException e) {
			return new Received.Refused(XmlRefused.Kind.MALFORMED, Labels.text("text.messaging.retour.unreadable"));
		}
		var agb = header.receiver();
		var municipality = origin.municipality().value();
		var hash = sha256(body);
		return transaction.execute(status -> {
			jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 16))) l").param(municipality + "/" + agb)
					.query().listOfRows();
			var answered = jdbc.sql("""
					select id, client_bsn, allocation_numbers from messaging_message
					where municipality_code = ? and direction = 'SENT' and type = 'JW301' and provider_agb = ? and identification = ?""")
					.params(municipality, agb, header.identification())
					.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2), rs.getArray(3).getArray() })
					.optional();
			if (answered.isEmpty()) {
				return new Received.Refused(XmlRefused.Kind.UNKNOWN_MESSAGE,
						Labels.text("text.messaging.retour.noAllocation", String.valueOf(header.identification())));
			}
			var earlier = jdbc.sql("""
					select id, content_hash from messaging_message
					where municipality_code = ? and sender = ? and type = 'JW302' and identification = ? and duplicate_of is null""")
					.params(municipality, agb, retour.identification())
					.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2) }).optional();
			if (earlier.isPresent()) {
				if (earlier.get()[1].equals(hash)) {
					return new Received.Recorded((UUID) earlier.get()[0], IjwMessageType.JW302, retour.accepted(), true, true, retour.remarks());
				}
				return new Received.Refused(XmlRefused.Kind.UNKNOWN_MESSAGE, Labels.text("text.messaging.retour.identificationUsed",
						String.valueOf(retour.identification())));
			}
			if (checkOnly) {
				return new Received.Recorded(null, IjwMessageType.JW302, retour.accepted(), true, false, retour.remarks());
			}
			var jw301 = (UUID) answered.get()[0];
			var now = clock.instant();
			var id = UUID.randomUUID();
			var remarks = String.join(",", retour.remarks());
			jdbc.sql("""
					insert into messaging_message (id, municipality_code, direction, type, sender, receiver, identification,
					    date_stamp, provider_agb, content_hash, body, outcome, remarks, client_bsn, allocation_numbers, answers_id,
					    exchanged_at)
					values (?, ?, 'RECEIVED', 'JW302', ?, ?, ?, ?, ?, ?, ?, 'ACCEPTED', ?, ?, ?, ?, ?)""")
					.params(id, municipality, agb, municipality, retour.identification(), retour.dateStamp(), agb, hash, body,
							remarks, answered.get()[1], answered.get()[2], jw301, Timestamp.from(now))
					.update();
			jdbc.sql("""
					update messaging_message set outcome = ?, remarks = ?, retour_type = 'JW302', retour_identification = ?,
					    retour_body = ?
					where id = ?""")
					.params(retour.accepted() ? "ACCEPTED" : "REJECTED", remarks, retour.identification(), body, jw301)
					.update();
			events.publishEvent(new IjwMessageExchanged(origin.municipality(), IjwMessageExchanged.Direction.RECEIVED,
					IjwMessageType.JW302, retour.identification(), agb, header.identification(), null, now,
					IjwMessageExchanged.Outcome.ACCEPTED));
			return new Received.Recorded(id, IjwMessageType.JW302, retour.accepted(), true, false, retour.remarks());
		});
	}

	/** IdentificatieRetour, DagtekeningRetour and every RetourCode of the message, in document order. */
	static Retour read(Document document) {
		var root = document.getDocumentElement();
		var ns = root.getNamespaceURI();
		var header = (Element) root.getElementsByTagNameNS(ns, "Header").item(0);
		if (header == null) {
			throw new IllegalArgumentException("Header");
		}
		var codes = new ArrayList<String>();
		var elements = root.getElementsByTagNameNS(ns, "RetourCode");
		for (var i = 0; i < elements.getLength(); i++) {
			codes.add(elements.item(i).getTextContent().strip());
		}
		return new Retour(text(header, ns, "IdentificatieRetour"), LocalDate.parse(text(header, ns, "DagtekeningRetour")),
				codes);
	}

	private static String text(Element parent, String ns, String name) {
		var nodes = parent.getElementsByTagNameNS(ns, name);
		if (nodes.getLength() == 0 || nodes.item(0).getTextContent().isBlank()) {
			throw new IllegalArgumentException(name);
		}
		return nodes.item(0).getTextContent().strip();
	}

	private static String sha256(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
