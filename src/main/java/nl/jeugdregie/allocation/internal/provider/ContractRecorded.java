package nl.jeugdregie.allocation.internal.provider;

import nl.jeugdregie.allocation.ContractId;
import nl.jeugdregie.allocation.ProviderId;
import nl.jeugdregie.identity.MunicipalityCode;

/**
 * Within allocation only: a contract was recorded for a provider, in the recording's transaction. The CJG transfer
 * feature gives the provider its notices for categories already within the CJG's scope (TOEW-8).
 */
public record ContractRecorded(MunicipalityCode municipality, ProviderId provider, ContractId contract) {}
