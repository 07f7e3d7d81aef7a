package nl.jeugdregie.messaging.internal.incoming;

import nl.jeugdregie.allocation.AgbCode;
import nl.jeugdregie.identity.MunicipalityCode;
import org.jspecify.annotations.Nullable;

/**
 * Who delivered a message: the municipality it was delivered to and, through the API, the provider whose account sent
 * it (a provider may only send for itself). Through the hub transport the provider is {@code null} and the header's
 * sender is trusted as the hub authenticated it.
 */
public record Origin(MunicipalityCode municipality, @Nullable AgbCode provider) {}
