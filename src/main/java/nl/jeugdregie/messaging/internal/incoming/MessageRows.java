package nl.jeugdregie.messaging.internal.incoming;

import java.util.ArrayList;
import java.util.List;
import nl.jeugdregie.messaging.IjwMessageExchanged;
import nl.jeugdregie.messaging.IjwMessagesExchanged;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes stored messages and applied deliveries, several rows per statement (ADR 0050): a {@link Batch} collects the
 * rows of one transaction and writes them when flushed, one array per column unnested into rows (ADR 0054). A withdrawal (an update) first writes what
 * was collected, so it sees every delivery added before it. The batch also collects what the messages exchanged and
 * which care they started or ended, and publishes it as ONE {@link IjwMessagesExchanged} when completed (ADR 0054):
 * the caller completes the batch before the transaction commits.
 */
@Component
class MessageRows {

	/** Rows per statement: one array per column, so the statement has 19 or 10 parameters whatever the rows. */
	static final int ROWS_PER_STATEMENT = 1_000;

	/** The messages: one text[] or bytea[] per column, unnested into rows (ADR 0054: one parse, no 4,000 parameters). */
	private static final String MESSAGE = """
			insert into messaging_message (id, municipality_code, direction, type, sender, receiver, identification,
			    date_stamp, provider_agb, content_hash, body, outcome, remarks, client_bsn, allocation_numbers,
			    retour_type, retour_identification, retour_body, duplicate_of, exchanged_at)
			select c1::uuid, c2, 'RECEIVED', c3, c4, c5, c6, c7::date, c8, c9, c10, c11, c12, c13, c14::bigint[], c15, c16,
			    c17, c18::uuid, c19::timestamptz
			from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
			    ?::bytea[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::bytea[], ?::text[], ?::text[])
			    as u (c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19)""";
	private static final String DELIVERY = """
			insert into messaging_delivery (id, municipality_code, provider_agb, kind, client_bsn, allocation_number,
			    start_date, end_date, reason, message_id)
			select c1::uuid, c2, c3, c4, c5, c6::bigint, c7::date, c8::date, c9, c10::uuid
			from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
			    ?::text[]) as u (c1, c2, c3, c4, c5, c6, c7, c8, c9, c10)""";
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
			write(MESSAGE, messages);
			write(DELIVERY, deliveries);
		}

		private void write(String insert, List<Object[]> rows) {
			for (var from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
				var part = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT));
				var columns = part.getFirst().length;
				var values = new Object[columns];
				for (var c = 0; c < columns; c++) {
					var column = c;
					var binary = part.stream().anyMatch(r -> r[column] instanceof byte[]);
					if (binary) {
						var bytes = new byte[part.size()][];
						for (var i = 0; i < bytes.length; i++) {
							bytes[i] = (byte[]) part.get(i)[c];
						}
						values[c] = bytes;
					} else {
						var texts = new String[part.size()];
						for (var i = 0; i < texts.length; i++) {
							texts[i] = text(part.get(i)[c]);
						}
						values[c] = texts;
					}
				}
				jdbc.update(insert, values);
			}
			rows.clear();
		}

	}

	/** A value as PostgreSQL reads it from text: instants in ISO form, arrays as array literals. */
	private static @Nullable String text(@Nullable Object value) {
		return switch (value) {
			case null -> null;
			case java.sql.Timestamp t -> t.toInstant().toString();
			case Long[] numbers -> java.util.Arrays.stream(numbers).map(String::valueOf)
					.collect(java.util.stream.Collectors.joining(",", "{", "}"));
			default -> value.toString();
		};
	}
}
