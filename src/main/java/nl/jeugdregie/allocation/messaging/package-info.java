/**
 * What allocation offers iJw messaging: the allocations, declarations and providers' requests messaging judges and
 * answers, and the port through which messaging shows an allocation's messages on its page (implemented by
 * messaging, so there is no module cycle). A named interface of allocation's API, kept apart from the base package so
 * each package stays small (issue 18).
 */
@NullMarked
@NamedInterface("messaging")
package nl.jeugdregie.allocation.messaging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
