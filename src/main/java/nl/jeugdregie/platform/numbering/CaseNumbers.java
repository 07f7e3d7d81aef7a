package nl.jeugdregie.platform.numbering;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out the next number of a {@link CaseNumberSeries}. The counter row stays locked until the caller's
 * transaction ends, so two registrations of one municipality never get the same number and a rolled-back one
 * gives its number back; registrations of other municipalities do not wait. It runs in the caller's transaction,
 * so it needs no connection of its own.
 */
@Component
public class CaseNumbers {

	private final JdbcClient jdbc;

	CaseNumbers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public String next(CaseNumberSeries series) {
		var sequence = jdbc.sql("""
				insert into case_number_counter (prefix, municipality_code, year, last_value) values (?, ?, ?, 1)
				on conflict (prefix, municipality_code, year)
				do update set last_value = case_number_counter.last_value + 1
				returning last_value""")
				.params(series.prefix(), series.municipalityCode(), series.year())
				.query(Long.class).single();
		return series.number(sequence);
	}
}
