package nl.jeugdregie.identity.internal.municipalities;

import nl.jeugdregie.identity.MunicipalityCode;

/**
 * A municipality of the region as the regional administrator sees it: no teams, no users, no client data; only
 * whether it has an administrator account yet (ADR 0042).
 */
record RegionalMunicipality(MunicipalityCode code, String name, String regionName, boolean hasAdministrator) {

	public String cbsCode() {
		return MunicipalityInputPolicy.cbsCode(code);
	}
}
