package nl.jeugdregie.policy;

import java.time.LocalDate;
import nl.jeugdregie.identity.MunicipalityCode;

/**
 * The one way the domain reads a norm: the value in force for a municipality on a date (for help
 * requests, their registration date).
 */
public interface Norms {

	/**
	 * @throws IllegalStateException when neither the municipality nor the product defaults configure the norm on
	 *     that date, a configuration error the application administrator must fix
	 */
	NormValue inEffect(MunicipalityCode municipality, NormKey key, LocalDate on);
}
