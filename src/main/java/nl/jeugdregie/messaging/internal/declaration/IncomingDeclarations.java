package nl.jeugdregie.messaging.internal.declaration;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.messaging.DeclarationsForMessaging;
import nl.jeugdregie.allocation.messaging.RequestsForMessaging;
import nl.jeugdregie.intake.HelpRequestDirectory;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.messaging.IjwMessageExchanged;
import nl.jeugdregie.messaging.IjwMessageType;
import nl.jeugdregie.messaging.internal.incoming.Origin;
import nl.jeugdregie.messaging.internal.incoming.Received;
import nl.jeugdregie.messaging.internal.message.DeclaredLine;
import nl.jeugdregie.messaging.internal.message.Header;
import nl.jeugdregie.messaging.internal.message.IjwMessage;
import nl.jeugdregie.messaging.internal.message.RetourCodes;
import nl.jeugdregie.messaging.internal.xml.IjwSchemas;
import nl.jeugdregie.messaging.internal.xml.IjwXmlReader;
import nl.jeugdregie.messaging.internal.xml.IjwXmlWriter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Document;

/**
 * BEY-5, TOEW-7 (ADR 0047): a provider's JW323 declaration judged at the standard's levels and answered with a JW325.
 * A JW323 has no retour message: the JW325 is the answer. Level 1 (schema) and level 2 (the rules within the message,
 * {@link DeclarationRules}) reject the whole declaration with a header-only 0001; a used DeclaratieNummer gets 9333
 * (TR333) and a period before the provider's latest accepted one 8214 (TR318) on the answer; otherwise every line is
 * judged: TR319 and TR304 (8187, the BSN is the allocation's client's) here, the rules against the allocation by the allocation
 * module ({@link DeclarationsForMessaging}), which records the approved lines. The JW323 is stored with its lines and
 * their codes, the JW325 as a message sent that answers it; both are published for the answer terms. Idempotent like
 * the other messages: one provider's messages are judged one at a time, the same JW323 again returns the same JW325.
 */
@Service
public class IncomingDeclarations {

	static final String DECLARATION_NUMBER_USED = "9333";
	/** TR318: the declaration period does not follow the provider's latest accepted one. */
	static final String PERIOD_OUT_OF_SEQUENCE = "8214";
	/** TR304: the line's allocation is another client's. */
	static final String NOT_THIS_CLIENT = "8187";
	/** Answer codes that reject the whole declaration. */
	private static final java.util.Set<String> REJECTING = java.util.Set.of(DECLARATION_NUMBER_USED, PERIOD_OUT_OF_SEQUENCE);

	private final IjwSchemas schemas;
	private final DeclarationsForMessaging allocations;
	private final RequestsForMessaging youngPersonsAllocations;
	private final HelpRequestDirectory helpRequests;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	IncomingDeclarations(IjwSchemas schemas, DeclarationsForMessaging allocations,
			RequestsForMessaging youngPersonsAllocations, HelpRequestDirectory helpRequests, JdbcClient jdbc,
			PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
		this.schemas = schemas;
		this.allocations = allocations;
		this.youngPersonsAllocations = youngPersonsAllocations;
		this.helpRequests = helpRequests;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.events = events;
		this.clock = clock;
	}

	/** How the declaration was judged: header codes, the answer's codes and every line with its codes. */
	private record Judged(List<String> header, List<String> answer, IjwMessage.@Nullable Declaration declaration,
			List<IjwXmlWriter.AnsweredLine> lines) {

		static Judged rejected(String code, IjwMessage.@Nullable Declaration declaration) {
			return new Judged(List.of(code), List.of(), declaration, List.of());
		}

		boolean accepted() {
			return header.isEmpty();
		}

		List<String> remarks() {
			var all = new ArrayList<String>(header);
			all.addAll(answer);
			lines.forEach(l -> all.addAll(l.codes()));
			return all.stream().filter(c -> !c.equals(IjwXmlWriter.APPROVED)).distinct().toList();
		}
	}

	/** Judges a JW323 whose header was read and whose sender and receiver fit the origin. */
	public Received receive(Document document, Header header, byte[] body, Origin origin, boolean checkOnly) {
		var hash = sha256(body);
		var municipality = origin.municipality();
		var result = transaction.execute(status -> {
			jdbc.sql("select 1 from (select pg_advisory_xact_lock(hashtextextended(?, 16))) l")
					.param(municipality.value() + "/" + header.sender()).query().listOfRows();
			var earlier = jdbc.sql("""
					select id, content_hash, retour_body, outcome, remarks from messaging_message
					where municipality_code = ? and sender = ? and type = ? and identification = ? and duplicate_of is null""")
					.params(municipality.value(), header.sender(), header.type().name(), header.identification())
					.query((rs, n) -> new Object[] { rs.getObject(1, UUID.class), rs.getString(2), rs.getBytes(3),
							rs.getString(4), rs.getString(5) })
					.optional();
			if (earlier.isPresent() && earlier.get()[1].equals(hash)) {
				var e = earlier.get();
				var remarks = ((String) e[4]).isEmpty() ? List.<String>of() : List.of(((String) e[4]).split(","));
				return new Received.Answered((UUID) e[0], IjwMessageType.JW325, (byte[]) e[2], "ACCEPTED".equals(e[3]), true,
						remarks);
			}
			var judged = earlier.isPresent() ? Judged.rejected("9056", null) : judge(document, header, municipality);
			var answered = store(body, hash, header, municipality, judged, earlier.map(e -> (UUID) e[0]).orElse(null),
					checkOnly);
			if (checkOnly) {
				status.setRollbackOnly();
			}
			return answered;
		});
		if (checkOnly) {
			transaction.executeWithoutResult(status -> events.publishEvent(new IjwMessageExchanged(municipality,
					IjwMessageExchanged.Direction.RECEIVED, header.type(), header.identification(), header.sender(), null, null,
					clock.instant(), IjwMessageExchanged.Outcome.CHECKED_ONLY)));
		}
		return result;
	}

	private Judged judge(Document document, Header header, MunicipalityCode municipality) {
		if (!schemas.validate(header.type(), document).isEmpty()) {
			return Judged.rejected(RetourCodes.TECHNICAL, null);
		}
		IjwMessage.Declaration declaration;
		try {
			declaration = (IjwMessage.Declaration) IjwXmlReader.read(document, header);
		} catch (IjwXmlReader.InvalidContent e) {
			return Judged.rejected(RetourCodes.TECHNICAL, null);
		}
		if (DeclarationRules.firstBroken(declaration).isPresent()) {
			return Judged.rejected(RetourCodes.TECHNICAL, declaration);
		}
		var numberUsed = jdbc.sql("""
				select count(*) from messaging_message where municipality_code = ? and provider_agb = ? and type = 'JW323'
				  and declaration_number = ? and outcome = 'ACCEPTED'""")
				.params(municipality.value(), header.sender(), declaration.number()).query(Long.class).single() > 0;
		if (numberUsed) {
			return new Judged(List.of(), List.of(DECLARATION_NUMBER_USED), declaration, List.of());
		}
		var latestPeriod = jdbc.sql("""
				select max(declaration_period_from) from messaging_message where municipality_code = ? and provider_agb = ?
				  and type = 'JW323' and outcome = 'ACCEPTED'""")
				.params(municipality.value(), header.sender()).query(LocalDate.class).optional();
		if (new DeclarationRules.PeriodsFollowEachOther()
				.check(new DeclarationRules.PeriodAfter(declaration, latestPeriod.orElse(null))).isPresent()) {
			return new Judged(List.of(), List.of(PERIOD_OUT_OF_SEQUENCE), declaration, List.of());
		}
		var periodRule = new DeclarationRules.WithinDeclarationPeriod();
		var agb = new AgbCode(header.sender());
		var youngPersons = new java.util.HashMap<String, java.util.Optional<nl.jeugdregie.audit.ClientId>>();
		var codes = new ArrayList<List<String>>();
		var toAllocation = new ArrayList<DeclarationsForMessaging.Line>();
		for (var line : declaration.lines()) {
			var broken = periodRule.check(new DeclarationRules.LineIn(line, declaration)).map(r -> r.code());
			if (broken.isEmpty()) {
				// TR304 → 8187: the BSN is that of the allocation's client.
				var youngPerson = youngPersons.computeIfAbsent(line.bsn().value(),
						bsn -> helpRequests.youngPersonWithBsn(municipality, bsn));
				if (youngPersonsAllocations.ofAnotherYoungPerson(municipality, agb, line.allocationNumber(),
						youngPerson.orElse(null))) {
					broken = java.util.Optional.of(NOT_THIS_CLIENT);
				}
			}
			codes.add(broken.map(List::of).orElse(List.of()));
			if (broken.isEmpty()) {
				toAllocation.add(forAllocation(line));
			}
		}
		var verdicts = allocations.judgeAndRecord(new DeclarationsForMessaging.Declaration(municipality,
				new AgbCode(header.sender()), declaration.number(), toAllocation)).iterator();
		var lines = new ArrayList<IjwXmlWriter.AnsweredLine>();
		for (var i = 0; i < declaration.lines().size(); i++) {
			var lineCodes = codes.get(i).isEmpty() ? verdicts.next().codes() : codes.get(i);
			lines.add(new IjwXmlWriter.AnsweredLine(declaration.lines().get(i),
					lineCodes.isEmpty() ? List.of(IjwXmlWriter.APPROVED) : lineCodes));
		}
		var allApproved = lines.stream().allMatch(l -> l.codes().equals(List.of(IjwXmlWriter.APPROVED)));
		return new Judged(List.of(), List.of(allApproved ? IjwXmlWriter.APPROVED : RetourCodes.NO_REMARK), declaration, lines);
	}

	private static DeclarationsForMessaging.Line forAllocation(DeclaredLine line) {
		return new DeclarationsForMessaging.Line(line.reference(), line.allocationNumber(), line.product().category(),
				line.product().code(), line.from(), line.until(), line.volume(), line.unit(), line.tariffCents(),
				line.amountCents(), line.credit(), line.previousReference());
	}

	private Received.Answered store(byte[] body, String hash, Header header, MunicipalityCode municipality, Judged judged,
			@Nullable UUID duplicateOf, boolean checkOnly) {
		var now = clock.instant();
		var answerHeader = new Header(IjwMessageType.JW325, header.receiver(), header.sender(), identification(),
				LocalDate.now(clock));
		var declaration = judged.declaration();
		var answer = judged.accepted() && declaration != null
				? IjwXmlWriter.declarationAnswer(answerHeader, declaration, List.of(), judged.answer(),
						judged.lines().stream().filter(l -> !l.codes().equals(List.of(IjwXmlWriter.APPROVED))).toList())
				: IjwXmlWriter.declarationRejected(answerHeader, header, judged.header());
		var accepted = judged.accepted() && judged.answer().stream().noneMatch(REJECTING::contains);
		var remarks = judged.remarks();
		if (checkOnly) {
			return new Received.Answered(null, IjwMessageType.JW325, answer, accepted, false, remarks);
		}
		var numbers = declaration == null ? new Long[0]
				: declaration.lines().stream().map(DeclaredLine::allocationNumber).distinct().toArray(Long[]::new);
		var id = UUID.randomUUID();
		jdbc.sql("""
				insert into messaging_message (id, municipality_code, direction, type, sender, receiver, identification,
				    date_stamp, provider_agb, content_hash, body, outcome, remarks, allocation_numbers, retour_type,
				    retour_identification, retour_body, duplicate_of, exchanged_at, declaration_number, declaration_period_from)
				values (?, ?, 'RECEIVED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'JW325', ?, ?, ?, ?, ?, ?)""")
				.params(id, municipality.value(), header.type().name(), header.sender(), header.receiver(),
						header.identification(), header.dateStamp(), header.sender(), hash, body, accepted ? "ACCEPTED" : "REJECTED",
						String.join(",", remarks), numbers, answerHeader.identification(), answer, duplicateOf, Timestamp.from(now),
						declaration == null ? null : declaration.number(), declaration == null ? null : declaration.periodFrom())
				.update();
		for (var i = 0; i < judged.lines().size(); i++) {
			var answered = judged.lines().get(i);
			var l = answered.line();
			var approved = answered.codes().equals(List.of(IjwXmlWriter.APPROVED));
			jdbc.sql("""
					insert into messaging_declared_line (message_id, position, client_bsn, reference, allocation_number,
					    product_category, product_code, period_from, period_until, volume, unit, tariff_cents, amount_cents, credit,
					    approved, codes)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(id, i + 1, l.bsn().value(), l.reference(), l.allocationNumber(), l.product().category(),
							l.product().code(), l.from(), l.until(), l.volume(), l.unit(), l.tariffCents(), l.amountCents(), l.credit(),
							approved, approved ? "" : String.join(",", answered.codes()))
					.update();
		}
		jdbc.sql("""
				insert into messaging_message (id, municipality_code, direction, type, sender, receiver, identification,
				    date_stamp, provider_agb, content_hash, body, outcome, remarks, allocation_numbers, answers, exchanged_at)
				values (?, ?, 'SENT', 'JW325', ?, ?, ?, ?, ?, ?, ?, 'SENT', ?, ?, ?, ?)""")
				.params(UUID.randomUUID(), municipality.value(), answerHeader.sender(), answerHeader.receiver(),
						answerHeader.identification(), answerHeader.dateStamp(), header.sender(), sha256(answer), answer,
						String.join(",", remarks), numbers, id, Timestamp.from(now))
				.update();
		events.publishEvent(new IjwMessageExchanged(municipality, IjwMessageExchanged.Direction.RECEIVED, header.type(),
				header.identification(), header.sender(), null, null, now,
				accepted ? IjwMessageExchanged.Outcome.ACCEPTED : IjwMessageExchanged.Outcome.REJECTED));
		events.publishEvent(new IjwMessageExchanged(municipality, IjwMessageExchanged.Direction.SENT, IjwMessageType.JW325,
				answerHeader.identification(), header.sender(), header.identification(), null, now,
				IjwMessageExchanged.Outcome.ACCEPTED));
		return new Received.Answered(id, IjwMessageType.JW325, answer, accepted, false, remarks);
	}

	/** The JW325's own identification: twelve characters, unique in practice (random). */
	private static String identification() {
		return UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
	}

	private static String sha256(byte[] body) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
