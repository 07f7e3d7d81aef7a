package nl.jeugdregie.steering.internal.agenda;

import org.jspecify.annotations.Nullable;

/**
 * Something that changed and belongs on the agenda (STU-6).
 *
 * @param subjectId the risk, norm or request it is about; null for a deviation of the assignment as a whole
 */
public record AgendaAlert(AgendaItemKind kind, @Nullable Long subjectId, String title, String detail) {}
