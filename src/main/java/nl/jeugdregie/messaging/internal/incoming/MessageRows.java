package nl.jeugdregie.messaging.internal.incoming;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.messaging.IjwMessageExchanged;
import nl.jeugdregie.messaging.IjwMessagesExchanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes stored messages and applied deliveries, several rows per statement (ADR 0050): a {@link Batch} collects the
 * rows of one transaction and writes them in multi-row inserts when flushed. A withdrawal (an update) first writes what
 * was collected, so it sees every delivery added before it. The batch also collects what the messages exchanged and
 * which care they started or ended, and publishes it as ONE {@link IjwMessagesExchanged} when completed (ADR 0054):
 * the caller completes the batch before the transaction commits.
 */
@Component
class MessageRows {

	/** Rows per statement: 20 parameters a message, well below PostgreSQL's 65,535 parameters a statement. */
	static final int ROWS_PER_STATEMENT = 200;

	private static final String MESSAGE = """
			insert into messaging_message (id, municipality_code, direction, type, sender, receiver, identification,
			    date_stamp, provider_agb, content_hash, body, outcome, remarks, client_bsn, allocation_numbers,
			    retour_type, retour_identification, retour_body, duplicate_of, exchanged_at)
			values\s""";
	private static final String MESSAGE_ROW = "(?, ?, 'RECEIVED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
	private static final String DELIVERY = """
			insert into messaging_delivery (id, municipality_code, provider_agb, kind, client_bsn, allocation_number,
			    start_date, end_date, reason, message_id)
			values\s""";
	private static final String DELIVERY_ROW = "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
	private static final String WITHDRAW = """
			update messaging_delivery set deleted = true, deleted_by = ?
			where municipality_code = ? and provider_agb = ? and kind = ? and client_bsn = ? and allocation_number = ?
			  and start_date = ? and end_date is not distinct from ? and reason is not distinct from ? and not deleted""";

	private final JdbcTemplate jdbc;
	private final ApplicationEventPublisher events;

	MessageRows(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	Batch batch() {
		return new Batch();
	}

	/** The rows of one transaction, written in order: messages before the deliveries that refer to them. */
	final class Batch {

		private final List<Object[]> messages = new ArrayList<>();
		private final List<Object[]> deliveries = new ArrayList<>();
		private final List<IjwMessageExchanged> exchanged = new ArrayList<>();
		private final List<IjwMessagesExchanged.CareChange> care = new ArrayList<>();

		private Batch() {}

		/** A message received or a retour sent, for the batch's one event. */
		void exchanged(IjwMessageExchanged message) {
			exchanged.add(message);
		}

		/** A start or stop of care applied or withdrawn, for the batch's one event. */
		void care(IjwMessagesExchanged.CareChange change) {
			care.add(change);
		}

		/** Writes what is left and publishes the batch's one event (if anything was exchanged), inside the transaction. */
		void complete() {
			flush();
			if (!exchanged.isEmpty() || !care.isEmpty()) {
				events.publishEvent(new IjwMessagesExchanged(exchanged, care));
				exchanged.clear();
				care.clear();
			}
		}

		void message(Object... values) {
			messages.add(values);
		}

		void delivery(Object... values) {
			deliveries.add(values);
		}

		/** Marks a delivery deleted by the message with the first value; what was collected is written first. */
		void removeDelivery(Object... values) {
			flush();
			jdbc.update(WITHDRAW, values);
		}

		void flush() {
			write(MESSAGE, MESSAGE_ROW, messages);
			write(DELIVERY, DELIVERY_ROW, deliveries);
		}

		private void write(String insert, String row, List<Object[]> rows) {
			for (var from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
				var part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
				var sql = new StringBuilder(insert);
				var values = new ArrayList<Object>();
				for (var i = 0; i < part.size(); i++) {
					sql.append(i == 0 ? "" : ", ").append(row);
					values.addAll(java.util.Arrays.asList(part.get(i)));
				}
				jdbc.update(sql.toString(), values.toArray());
			}
			rows.clear();
		}
	}
}
