package nl.jeugdregie.messaging.internal.outgoing;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.jeugdregie.allocation.ProviderDirectory;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.platform.paging.PagedList;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** TOEW-7, BEY-5: the outgoing list (newest first), a sent message's XML, read-only. No BSN or names in a row. */
@Component
class OutgoingMessages {

	/** One outbox entry with its message and the provider's retour, if any. */
	@Schema(name = "IjwOutgoingMessage")
	record Row(UUID id, Instant createdAt, long allocationNumber, String providerAgb, String change, String status,
			@Nullable String problem, @Nullable UUID messageId, @Nullable String identification,
			@Schema(description = "SENT while no JW302 arrived; ACCEPTED or REJECTED by the provider's JW302") @Nullable String outcome,
			List<String> retourCodes, List<Long> allocationNumbers, @Nullable Instant sentAt) {

		/** Whether the list offers "Opnieuw proberen": it waits, was refused, or the hub did not take it yet. */
		public boolean retryable() {
			return !"SENT".equals(status);
		}
	}

	/** One page of the list with the providers' names. */
	record OutgoingList(OutgoingFilter filter, List<Row> rows, long total, Map<String, String> providerNames)
			implements PagedList {

		public String provider(String agb) {
			var name = providerNames.get(agb);
			return name == null ? "AGB " + agb : name + " (AGB " + agb + ")";
		}
	}

	private static final String ROWS = """
			from messaging_outbox o left join messaging_message m on m.id = o.message_id
			where o.municipality_code = ?
			  and (cast(? as text) is null or o.provider_agb = ?)
			  and (cast(? as text) is null or m.client_bsn = ?)
			  and (cast(? as bigint) is null or o.allocation_number = ? or m.allocation_numbers @> array[cast(? as bigint)])
			  and (cast(? as text) is null or o.status = ?)
			""";

	private final JdbcClient jdbc;
	private final ProviderDirectory providers;

	OutgoingMessages(JdbcClient jdbc, ProviderDirectory providers) {
		this.jdbc = jdbc;
		this.providers = providers;
	}

	@Transactional(readOnly = true)
	OutgoingList list(MunicipalityCode municipality, OutgoingFilter filter) {
		var agb = filter.provider() == null ? null : filter.provider().value();
		var bsn = filter.client() == null ? null : filter.client().value();
		var status = filter.status() == null ? null : filter.status().name();
		var params = new Object[] { municipality.value(), agb, agb, bsn, bsn, filter.allocation(), filter.allocation(),
				filter.allocation(), status, status };
		var total = jdbc.sql("select count(*) " + ROWS).params(params).query(Long.class).single();
		var rows = jdbc.sql("""
				select o.id, o.created_at, o.allocation_number, o.provider_agb, o.change_kind, o.status, o.problem, m.id,
				       m.identification, m.outcome, m.remarks, m.allocation_numbers, o.sent_at
				""" + ROWS + " order by o.seq desc limit ? offset ?")
				.params(Arrays.asList(params).toArray()).param(filter.size()).param(filter.offset())
				.query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getLong(3),
						rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getObject(8, UUID.class),
						rs.getString(9), rs.getString(10),
						rs.getString(11) == null || rs.getString(11).isEmpty() ? List.of() : List.of(rs.getString(11).split(",")),
						rs.getArray(12) == null ? List.of() : Arrays.asList((Long[]) rs.getArray(12).getArray()),
						rs.getTimestamp(13) == null ? null : rs.getTimestamp(13).toInstant()))
				.list();
		var names = providers.names(municipality).entrySet().stream()
				.collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue, (a, b) -> a));
		return new OutgoingList(filter, rows, total, names);
	}

	/** A sent message's XML with the provider it went to. */
	record Sent(String providerAgb, byte[] body) {}

	@Transactional(readOnly = true)
	Optional<Sent> body(MunicipalityCode municipality, UUID messageId) {
		return jdbc.sql("""
				select provider_agb, body from messaging_message
				where municipality_code = ? and id = ? and direction = 'SENT' and type = 'JW301'""")
				.params(municipality.value(), messageId).query((rs, n) -> new Sent(rs.getString(1), rs.getBytes(2)))
				.optional();
	}

	/** The provider names for the filter, by AGB code. */
	Map<String, String> providerChoices(MunicipalityCode municipality) {
		return providers.names(municipality).entrySet().stream().collect(Collectors.toMap(e -> e.getKey().value(),
				Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
	}
}
