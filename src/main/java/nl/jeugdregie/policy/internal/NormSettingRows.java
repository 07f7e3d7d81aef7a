package nl.jeugdregie.policy.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.jeugdregie.identity.MunicipalityCode;
import nl.jeugdregie.policy.NormKey;

/** Reads norm_setting rows; shared by the lookup of the value in effect and the history. */
final class NormSettingRows {

	static final String COLUMNS = "municipality_code, norm_key, amount, effective_from, changed_by, changed_at, note";

	private NormSettingRows() {}

	static NormSetting map(ResultSet rs, int row) throws SQLException {
		var municipality = rs.getString("municipality_code");
		return new NormSetting(municipality == null ? null : new MunicipalityCode(municipality),
				NormKey.valueOf(rs.getString("norm_key")), rs.getInt("amount"),
				rs.getObject("effective_from", LocalDate.class), rs.getString("changed_by"),
				rs.getObject("changed_at", OffsetDateTime.class).toInstant(), rs.getString("note"));
	}
}
