package nl.jeugdregie.policy;

/**
 * A norm value that is saved (BEY-2): what {@link NormSettings#schedule} answers when done.
 *
 * @param replacedEarlierSchedule whether it replaced a value scheduled earlier for the same future date
 */
public record ScheduledNormValue(NormValue value, boolean replacedEarlierSchedule) {}
