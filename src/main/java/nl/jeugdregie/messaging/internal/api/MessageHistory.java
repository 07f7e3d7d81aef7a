package nl.jeugdregie.messaging.internal.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** BEY-5: every message in and out with its retour, searchable per client, allocation and provider. */
@Component
class MessageHistory {

	/** One message in the history (no body, no client data). */
	@Schema(name = "IjwMessageEntry")
	record Entry(UUID id, String direction, String type, String sender, String receiver, String identification,
			LocalDate dateStamp, String providerAgb, String outcome, List<String> remarks, List<Long> allocationNumbers,
			@Nullable String retourType, @Nullable String retourIdentification, Instant exchangedAt) {}

	/** A stored retour with the provider it belongs to. */
	record Retour(String providerAgb, String type, byte[] body) {}

	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	MessageHistory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Entry> search(MunicipalityCode municipality, @Nullable String provider, @Nullable String client,
			@Nullable Long allocation, int page) {
		return jdbc.sql("""
				select id, direction, type, sender, receiver, identification, date_stamp, provider_agb, outcome, remarks,
				       allocation_numbers, retour_type, retour_identification, exchanged_at
				from messaging_message
				where municipality_code = ?
				  and (cast(? as text) is null or provider_agb = ?)
				  and (cast(? as text) is null or client_bsn = ?)
				  and (cast(? as bigint) is null or allocation_numbers @> array[cast(? as bigint)])
				order by exchanged_at desc, id
				limit ? offset ?""")
				.params(municipality.value(), provider, provider, client, client, allocation, allocation, PAGE_SIZE,
						Math.max(page, 0) * PAGE_SIZE)
				.query((rs, n) -> new Entry(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3).strip(),
						rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8),
						rs.getString(9), rs.getString(10).isEmpty() ? List.of() : List.of(rs.getString(10).split(",")),
						Arrays.asList((Long[]) rs.getArray(11).getArray()),
						rs.getString(12) == null ? null : rs.getString(12).strip(), rs.getString(13),
						rs.getTimestamp(14).toInstant()))
				.list();
	}

	Optional<Retour> retour(MunicipalityCode municipality, UUID id) {
		return jdbc.sql("select provider_agb, retour_type, retour_body from messaging_message where municipality_code = ? and id = ? and retour_body is not null")
				.params(municipality.value(), id)
				.query((rs, n) -> new Retour(rs.getString(1), rs.getString(2).strip(), rs.getBytes(3))).optional();
	}
}
