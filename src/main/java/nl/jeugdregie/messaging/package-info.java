/**
 * iJw 3.2 message exchange with youth-care providers (TOEW-7, BEY-5, P4): outgoing allocations and answers, incoming
 * starts, stops, requests and declarations judged at the standard's four levels, the answer terms in working days, and
 * the history of every message. Its base package is its API: the message types and the past-tense events that say a
 * message was exchanged, which the terms watch and monitoring may count.
 */
@NullMarked
@ApplicationModule(displayName = "iJw message exchange")
package nl.jeugdregie.messaging;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
