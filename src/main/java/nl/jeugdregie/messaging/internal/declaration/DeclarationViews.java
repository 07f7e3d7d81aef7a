package nl.jeugdregie.messaging.internal.declaration;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * BEY-5 (ADR 0047): the received JW323 declarations and, per declaration, every line with whether it was approved and
 * the codes of the rules it broke. A provider sees only its own ({@code provider} set), the administrator all.
 */
@Component
class DeclarationViews {

	/** One received declaration. */
	record Received(UUID id, String identification, @Nullable String number, String providerAgb, String outcome,
			List<String> remarks, Instant receivedAt, @Nullable String answerIdentification) {

		public boolean accepted() {
			return "ACCEPTED".equals(outcome);
		}
	}

	/** One line of a declaration with its judgement; no client data beyond what the provider sent. */
	record Line(int position, String reference, long allocationNumber, String product, LocalDate from, LocalDate until,
			long volume, String unit, long amountCents, boolean credit, boolean approved, List<String> codes) {}

	static final int LIMIT = 100;

	private final JdbcClient jdbc;

	DeclarationViews(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Received> list(MunicipalityCode municipality, @Nullable String provider) {
		return jdbc.sql("""
				select id, identification, declaration_number, provider_agb, outcome, remarks, exchanged_at, retour_identification
				from messaging_message
				where municipality_code = ? and type = 'JW323' and direction = 'RECEIVED'
				  and (cast(? as text) is null or provider_agb = ?)
				order by exchanged_at desc, id limit ?""")
				.params(municipality.value(), provider, provider, LIMIT)
				.query((rs, n) -> received(rs)).list();
	}

	Optional<Received> one(MunicipalityCode municipality, UUID id, @Nullable String provider) {
		return jdbc.sql("""
				select id, identification, declaration_number, provider_agb, outcome, remarks, exchanged_at, retour_identification
				from messaging_message
				where municipality_code = ? and id = ? and type = 'JW323' and direction = 'RECEIVED'
				  and (cast(? as text) is null or provider_agb = ?)""")
				.params(municipality.value(), id, provider, provider)
				.query((rs, n) -> received(rs)).optional();
	}

	List<Line> lines(UUID declaration) {
		return jdbc.sql("""
				select position, reference, allocation_number, product_category, product_code, period_from, period_until, volume,
				       unit, amount_cents, credit, approved, codes
				from messaging_declared_line where message_id = ? order by position""")
				.param(declaration)
				.query((rs, n) -> new Line(rs.getInt(1), rs.getString(2), rs.getLong(3),
						rs.getString(4).strip() + (rs.getString(5) == null ? "" : " · " + rs.getString(5)),
						rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getLong(8), rs.getString(9).strip(),
						rs.getLong(10), rs.getBoolean(11), rs.getBoolean(12), split(rs.getString(13))))
				.list();
	}

	private static Received received(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Received(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
				split(rs.getString(6)), rs.getTimestamp(7).toInstant(), rs.getString(8));
	}

	private static List<String> split(@Nullable String codes) {
		return codes == null || codes.isEmpty() ? List.of() : List.of(codes.split(","));
	}
}
