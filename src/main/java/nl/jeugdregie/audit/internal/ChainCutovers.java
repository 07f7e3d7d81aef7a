package nl.jeugdregie.audit.internal;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the cutover once: migration V14_1 fixed it, and triggers refuse any change to it afterwards.
 */
@Component
class ChainCutovers {

	private final JdbcClient jdbc;
	private volatile @Nullable ChainCutover cutover;

	ChainCutovers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ChainCutover current() {
		var known = cutover;
		if (known == null) {
			known = jdbc.sql("select last_legacy_id, legacy_head_hash from audit_chain_cutover")
					.query((rs, row) -> new ChainCutover(rs.getLong(1), rs.getString(2))).single();
			cutover = known;
		}
		return known;
	}
}
