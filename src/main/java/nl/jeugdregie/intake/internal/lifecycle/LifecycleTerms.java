package nl.jeugdregie.intake.internal.lifecycle;

import java.time.Period;

/**
 * The norms of the later lifecycle, as in force on the request's registration date (BEY-2): the most
 * conversations, the term for the application after the last conversation, and the lead time after it.
 */
public record LifecycleTerms(int maxConversations, Period applicationTerm, Period leadTime) {}
