package nl.jeugdregie.steering.internal.assignment;

/** A core condition (kernbeding): the agreement without which the other agreements make no sense. */
public record CoreCondition(int position, String title, String text) {}
