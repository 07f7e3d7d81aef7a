package nl.jeugdregie.allocation.internal.provider;

import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.identity.MunicipalityCode;

/** A youth-care provider contracted by the municipality, known by its AGB code (unique per municipality). */
public record Provider(ProviderId id, MunicipalityCode municipality, String name, AgbCode agbCode, long version) {}
