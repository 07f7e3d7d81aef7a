package nl.jeugdregie.signin.internal.tokens;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code jeugdregie.api-tokens.*}: the longest validity of an API token (default in application.yml). */
@ConfigurationProperties("jeugdregie.api-tokens")
record ApiTokenSettings(Duration maxValidity) {}
