/**
 * The iJw answer terms in working days (issue 16 item 4, TOEW-7, BEY-5; ADR 0037): a read model fed only by
 * {@link nl.jeugdregie.messaging.IjwMessageExchanged}, the worklist {@code /ijw/termijnen}, the dashboard per message
 * flow {@code /ijw/termijnen/overzicht} and {@code GET /api/v1/ijw/terms[/summary]}. No personal data: a term names a
 * message by type and identification and the provider by its AGB code, so reading it is not a read of a client file.
 */
@NullMarked
package nl.jeugdregie.messaging.internal.terms;

import org.jspecify.annotations.NullMarked;
