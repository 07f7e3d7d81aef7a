package nl.jeugdregie.policy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.policy.NormKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A municipality's own norm values: the history and its changes. */
@Repository
class NormSettingRepository {

	private final JdbcClient jdbc;

	NormSettingRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** All values the municipality set itself, past and scheduled, newest effective date first. */
	List<NormSetting> ofMunicipality(MunicipalityCode municipality) {
		return jdbc.sql("select " + NormSettingRows.COLUMNS
				+ " from norm_setting where municipality_code = ? order by norm_key, effective_from desc")
				.param(municipality.value())
				.query(NormSettingRows::map)
				.list();
	}

	boolean hasValueOn(MunicipalityCode municipality, NormKey key, LocalDate effectiveFrom) {
		return jdbc.sql("""
				select exists (select 1 from norm_setting
				               where municipality_code = ? and norm_key = ? and effective_from = ?)""")
				.params(municipality.value(), key.name(), effectiveFrom)
				.query(Boolean.class)
				.single();
	}

	/**
	 * Saves the value, replacing one scheduled for the same date only while that date lies after today. The
	 * condition sits in the statement too, so two administrators saving at once cannot rewrite a value in effect.
	 *
	 * @return whether the value was saved
	 */
	boolean saveUnlessInEffect(NormSetting setting, LocalDate today) {
		if (setting.municipality() == null) {
			throw new IllegalArgumentException("Product defaults are changed by migration only");
		}
		return jdbc.sql("""
				insert into norm_setting (municipality_code, norm_key, amount, effective_from, changed_by, changed_at, note)
				values (:municipality, :key, :amount, :effectiveFrom, :changedBy, :changedAt, :note)
				on conflict on constraint norm_setting_one_value_per_date do update
				set amount = excluded.amount, changed_by = excluded.changed_by, changed_at = excluded.changed_at,
				    note = excluded.note
				where norm_setting.effective_from > :today""")
				.param("municipality", setting.municipality().value())
				.param("key", setting.key().name())
				.param("amount", setting.amount())
				.param("effectiveFrom", setting.effectiveFrom())
				.param("changedBy", setting.changedBy())
				.param("changedAt", utc(setting.changedAt()))
				.param("note", setting.note())
				.param("today", today)
				.update() == 1;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
