package nl.jeugdregie.steering.internal.assignment;

import org.jspecify.annotations.Nullable;

/** A goal of a type of work; {@code heading} is the main goal (hoofddoel) it belongs to, if the document groups them. */
public record Goal(int position, @Nullable String heading, String text) {}
