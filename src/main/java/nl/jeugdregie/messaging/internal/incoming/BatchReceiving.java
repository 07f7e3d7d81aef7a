package nl.jeugdregie.messaging.internal.incoming;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.jeugdregie.allocation.messaging.AllocationsForMessaging;
import nl.jeugdregie.allocation.messaging.AllocationsForMessaging.AllocationFacts;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.messaging.internal.message.IjwMessage;
import nl.jeugdregie.messaging.internal.message.RetourCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Receives many messages at once, with exactly the judgement of {@link IncomingMessages#receive} one by one in the
 * given order (ADR 0050, P4). What needs no database (parsing, schema, reading) runs in parallel; then per sender and
 * municipality one transaction: one advisory lock, the earlier messages and the level-3 state loaded once, the
 * messages judged in order against a ledger that each accepted message updates, and the rows written in multi-row
 * inserts. If such a transaction fails, its messages are received one by one, so one bad message cannot hold back the
 * others. The answers come back in the order of the input; nothing is sent before the transaction committed.
 */
@Service
public class BatchReceiving {

	private static final Logger LOG = LoggerFactory.getLogger(BatchReceiving.class);

	private final IncomingMessages incoming;
	private final AllocationsForMessaging allocations;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final MessageRows rows;

	BatchReceiving(IncomingMessages incoming, AllocationsForMessaging allocations, JdbcClient jdbc,
			PlatformTransactionManager transactions, MessageRows rows) {
		this.incoming = incoming;
		this.allocations = allocations;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.rows = rows;
	}

	/** One message as delivered: its bytes and who delivered it. */
	public record Delivered(byte[] body, Origin origin) {}

	/** Messages read (parsed, level 1, read for level 2) and waiting to be judged: {@link #judge(Read)}. */
	public static final class Read {
		private final List<Delivered> messages;
		private final List<ReadMessage> read;

		private Read(List<Delivered> messages, List<ReadMessage> read) {
			this.messages = messages;
			this.read = read;
		}
	}

	/** Judges and stores every message; the answers in the order of {@code messages}. */
	public List<Received> receiveAll(List<Delivered> messages) {
		return judge(read(messages));
	}

	/** The part without database, on all cores; may run while an earlier batch is judged. */
	public Read read(List<Delivered> messages) {
		return new Read(messages, messages.parallelStream().map(m -> incoming.read(m.body(), m.origin())).toList());
	}

	/** Judges and stores messages read before, per sender in their order; the answers in the order of the input. */
	public List<Received> judge(Read batch) {
		var messages = batch.messages;
		var read = batch.read;
		var answers = new ArrayList<Received>(java.util.Collections.nCopies(messages.size(), (Received) null));
		var groups = new LinkedHashMap<String, List<Integer>>();
		for (var i = 0; i < read.size(); i++) {
			switch (read.get(i)) {
				case ReadMessage.Unreadable unreadable -> answers.set(i, unreadable.answer());
				case ReadMessage.OtherFlow other -> answers.set(i, incoming.receiveOther(other, false));
				case ReadMessage.Readable readable -> groups
						.computeIfAbsent(readable.municipality().value() + "/" + readable.header().sender(), k -> new ArrayList<>())
						.add(i);
			}
		}
		for (var group : groups.values()) {
			var readables = group.stream().map(i -> (ReadMessage.Readable) read.get(i)).toList();
			List<Received.Answered> answered;
			try {
				answered = transaction.execute(status -> judgeInOrder(readables));
			} catch (RuntimeException e) {
				LOG.warn("A batch of {} iJw messages failed ({}); they are received one by one", readables.size(),
						e.getClass().getSimpleName());
				for (var i : group) {
					answers.set(i, incoming.receive(messages.get(i).body(), messages.get(i).origin(), false));
				}
				continue;
			}
			for (var k = 0; k < group.size(); k++) {
				answers.set(group.get(k), answered.get(k));
			}
		}
		return answers;
	}

	/** One sender's messages to one municipality, in order, inside one transaction. */
	private List<Received.Answered> judgeInOrder(List<ReadMessage.Readable> readables) {
		var first = readables.getFirst();
		var municipality = first.municipality();
		var sender = first.header().sender();
		incoming.lockSender(municipality, sender);
		var earlier = earlier(readables, municipality, sender);
		var ledger = new Ledger(municipality, sender, readables);
		var batch = rows.batch();
		var answers = new ArrayList<Received.Answered>();
		for (var readable : readables) {
			var header = readable.header();
			var key = header.type().name() + "/" + header.identification();
			var before = earlier.get(key);
			if (before != null && before.hash().equals(readable.hash())) {
				answers.add(before.replay(header.type()));
				continue;
			}
			var judged = before != null
					? new IncomingMessages.Judged(RetourCodes.onHeader("9056"), null, List.of(), List.of())
					: incoming.judge(readable, ledger);
			var answer = incoming.store(readable, judged, before == null ? null : before.id(), false, batch);
			if (before == null) {
				earlier.put(key, new IncomingMessages.Earlier(java.util.Objects.requireNonNull(answer.id()), readable.hash(),
						answer.retour(), answer.accepted() ? "ACCEPTED" : "REJECTED", String.join(",", answer.remarks())));
			}
			if (answer.accepted()) {
				ledger.apply(judged);
			}
			answers.add(answer);
		}
		batch.complete();
		return answers;
	}

	/** The messages stored before under the identifications of this batch (not themselves duplicates). */
	private Map<String, IncomingMessages.Earlier> earlier(List<ReadMessage.Readable> readables,
			MunicipalityCode municipality, String sender) {
		var identifications = readables.stream().map(r -> r.header().identification()).distinct().toArray(String[]::new);
		var found = new HashMap<String, IncomingMessages.Earlier>();
		jdbc.sql("""
				select type, identification, id, content_hash, retour_body, outcome, remarks from messaging_message
				where municipality_code = ? and sender = ? and identification = any(?) and duplicate_of is null""")
				.params(municipality.value(), sender, identifications)
				.query(rs -> {
					found.put(rs.getString(1) + "/" + rs.getString(2), new IncomingMessages.Earlier(rs.getObject(3, UUID.class),
							rs.getString(4), rs.getBytes(5), rs.getString(6), rs.getString(7)));
				});
		return found;
	}

	/**
	 * The level-3 state of a whole batch: the deliveries not deleted for every allocation the batch names and those
	 * allocations' facts, read once; each accepted message's additions and withdrawals are applied here too, so every
	 * message sees what the one-by-one import would have read from the database.
	 */
	private final class Ledger implements LevelThreeState {

		private final Map<Long, List<Delivery>> current = new HashMap<>();
		private final Map<Long, AllocationFacts> facts = new HashMap<>();
		private final String sender;

		Ledger(MunicipalityCode municipality, String sender, List<ReadMessage.Readable> readables) {
			this.sender = sender;
			var numbers = readables.stream().map(ReadMessage.Readable::message).filter(java.util.Objects::nonNull)
					.flatMap(m -> numbers(m).stream()).distinct().toList();
			for (var number : numbers) {
				current.put(number, new ArrayList<>());
			}
			facts.putAll(allocations.allocations(municipality, numbers));
			jdbc.sql("""
					select kind, client_bsn, allocation_number, start_date, end_date, reason from messaging_delivery
					where municipality_code = ? and provider_agb = ? and allocation_number = any(?) and not deleted""")
					.params(municipality.value(), sender, numbers.toArray(Long[]::new))
					.query(IncomingMessages.DELIVERY).stream()
					.forEach(d -> current.get(d.allocationNumber()).add(d));
		}

		@Override
		public Deliveries deliveries(MunicipalityCode municipality, String sender, List<Long> numbers) {
			var rows = new ArrayList<Delivery>();
			var known = new HashMap<Long, AllocationFacts>();
			for (var number : numbers) {
				rows.addAll(current.getOrDefault(number, List.of()));
				var f = facts.get(number);
				if (f != null) {
					known.put(number, f);
				}
			}
			return new Deliveries(rows, known, this.sender);
		}

		void apply(IncomingMessages.Judged judged) {
			for (var d : judged.removed()) {
				current.get(d.allocationNumber()).removeIf(d::equals);
			}
			for (var d : judged.added()) {
				current.get(d.allocationNumber()).add(d);
			}
		}

		private static List<Long> numbers(IjwMessage message) {
			return IncomingMessages.numbers(message);
		}
	}
}
