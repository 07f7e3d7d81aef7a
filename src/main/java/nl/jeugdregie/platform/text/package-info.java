/**
 * Where Dutch text lives: not in Java but in {@code messages.properties}, the bundle Spring's message source reads
 * for the templates too. An enum shown to users implements {@link nl.jeugdregie.platform.text.Labelled}, so
 * {@code x.dutchName()} reads {@code label.<type>.<CONSTANT>}; other user-visible texts of services are read with
 * {@link nl.jeugdregie.platform.text.Labels#text(String, Object...)} (issue 18 item 7).
 */
@NullMarked
package nl.jeugdregie.platform.text;

import org.jspecify.annotations.NullMarked;
