package nl.jeugdregie.policy.internal;

import java.time.LocalDate;
import java.util.Optional;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.policy.NormKey;
import nl.jeugdregie.policy.NormValue;
import nl.jeugdregie.policy.Norms;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the norm in effect straight from the database. It is called for every registration and worklist row,
 * so it is one query of two backward index scans (on the unique constraint's index) stopping at the first row.
 * There is no cache: the lookup costs less than keeping a cache correct across application instances.
 */
@Service
class JdbcNorms implements Norms {

	// The municipality's own value wins over the product default, whatever their effective dates.
	private static final String IN_EFFECT = """
			select %1$s from (
			    (select %1$s, 0 as preference from norm_setting
			     where municipality_code = :municipality and norm_key = :key and effective_from <= :on
			     order by effective_from desc limit 1)
			    union all
			    (select %1$s, 1 as preference from norm_setting
			     where municipality_code is null and norm_key = :key and effective_from <= :on
			     order by effective_from desc limit 1)
			) candidates
			order by preference
			limit 1""".formatted(NormSettingRows.COLUMNS);

	private final JdbcClient jdbc;

	JdbcNorms(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public NormValue inEffect(MunicipalityCode municipality, NormKey key, LocalDate on) {
		return settingInEffect(municipality, key, on).map(NormSetting::value)
				.orElseThrow(() -> new IllegalStateException("Norm " + key + " is not configured for municipality "
						+ municipality + " on " + on + ", and there is no product default for that date either"));
	}

	/** The stored row in effect, with who set it: the municipality's own value, else the product default. */
	@Transactional(readOnly = true)
	Optional<NormSetting> settingInEffect(MunicipalityCode municipality, NormKey key, LocalDate on) {
		return jdbc.sql(IN_EFFECT)
				.param("municipality", municipality.value())
				.param("key", key.name())
				.param("on", on)
				.query(NormSettingRows::map)
				.optional();
	}
}
