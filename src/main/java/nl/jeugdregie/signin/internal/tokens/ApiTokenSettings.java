package nl.jeugdregie.signin.internal.tokens;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code jeugdregie.api-tokens.*} (defaults in application.yml): the longest validity of an API token, and how long
 * a verified token is used without looking it up again ({@link VerifiedTokens}, ADR 0053; 0 looks it up on every
 * call).
 */
@ConfigurationProperties("jeugdregie.api-tokens")
record ApiTokenSettings(Duration maxValidity, @DefaultValue("5s") Duration verifiedFor) {}
